"""A "he"/"she" after its own sentence's subject is that subject's possessor, also when the model left
the possessor's surname untagged (issue 13). Sentences written for these tests."""

from __future__ import annotations

from quotes.engines.local import extract


def test_a_pronoun_after_an_untagged_possessor_of_its_subject_is_that_person() -> None:
    text = (
        "Tom Oz hosts a health show. Dan Marsh, a physician who writes a blog, said the show misled "
        'viewers. "He cannot ignore facts," Marsh said.\n\n'
        "Oz’s dubious advice earned him the attention of regulators, and he said that green tea was a cure."
    )
    speaker = extract(text)[-1].speaker
    assert (speaker.mention, speaker.name) == ("he", "Tom Oz")


def test_a_possessor_of_the_other_gender_leaves_the_pronoun_to_the_foreground() -> None:
    text = (
        "Ann Oz hosts a health show. Dan Marsh, a physician who writes a blog, said the show misled "
        'viewers. "She cannot ignore facts," Marsh said.\n\n'
        "Oz’s dubious advice worried him, and he said that green tea was no cure."
    )
    speaker = extract(text)[-1].speaker
    assert speaker.name == "Dan Marsh"
