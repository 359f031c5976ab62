"""Reported and mixed claims: "X said (that) ...", "according to X", quoted fragments in a speaker's words.

Takes a parsed ``Doc`` and the direct quotes found; gives :class:`~quotes.find.claims.claim.Claim`
candidates (content span, cue, speaker mention), one per content, overlaps dropped.
"""
