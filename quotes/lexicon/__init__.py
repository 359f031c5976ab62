"""Word lists only, as data: cue verbs and nouns, claim forms, speaker words, fragment words.

Imported by every stage above; imports nothing of the project but itself.
"""
