"""Finding what was said in a parsed ``Doc``: marked quotes (:mod:`.direct`) and reported claims
(:mod:`.claims`).

Takes a parsed ``Doc``; gives typed candidates (quote and claim spans with their cues and speaker
mentions). Pure functions: no I/O, no state.
"""
