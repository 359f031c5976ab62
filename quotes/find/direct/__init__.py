"""Marked quotes and their cues: quote marks paired into spans, which are direct quotes, who said them.

Takes a parsed ``Doc``; gives :class:`~quotes.find.direct.marks.DirectQuote` candidates with cue and
speaker mention, continuations, "NAME:" transcript lines and "said:" blocks, and not the titles and labels.
"""
