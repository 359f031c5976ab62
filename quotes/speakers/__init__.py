"""Who said it: the mention of a cue's speaker, resolved to one canonical name per article.

Takes a speaker token in a parsed ``Doc``; gives the mention as written and the speaker it refers
to (article name, surname, pronoun, role, continuation), linked to the registry in ``data/``.
"""
