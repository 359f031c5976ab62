"""A "he"/"she" after a subject, or the possessor of one, it stands for: a surname the model left untagged
("Oz’s advice earned him ..., and he said"), an office the article gives one person ("The president's
roots came into play. ... he told") (issue 13). Sentences written for these tests."""

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


_ROOTS = (
    "{titles} on Monday. His adviser, Dan Marsh, said the trip mattered. "
    '"He has seen the islands," Marsh said.\n\n'
    "The president's island roots also came into play. In Honolulu last week, he told island "
    "leaders that few people understood the stakes better than they did."
)


def test_a_pronoun_after_an_office_described_as_the_subject_is_its_one_holder() -> None:
    speaker = extract(_ROOTS.format(titles="President Tom Hale spoke about the climate"))[-1].speaker
    assert (speaker.mention, speaker.name) == ("he", "Tom Hale")


def test_an_office_the_article_gives_two_people_leaves_the_pronoun_to_the_foreground() -> None:
    speaker = extract(_ROOTS.format(titles="President Tom Hale met President Joe Ruiz"))[-1].speaker
    assert speaker.name == "Dan Marsh"
