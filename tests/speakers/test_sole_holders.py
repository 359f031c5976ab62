"""A definite description by role that no nearer sieve names is the one person the article titles with
that role, before or after it; "Hale's lawyer" is the one person the article introduces as Hale's
lawyer. Several holders, or none, leave it unnamed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _speaker_of(text: str, mention: str) -> str | None:
    return next(r.speaker.name for r in extract(text) if r.speaker.mention == mention)


NAMED = [
    (  # the next sentence names Price's lawyer
        "Price's lawyer has said he will refuse to answer. Dan Wills, a lawyer for Price, said his client "
        "was ready.",
        "Price's lawyer",
        "Dan Wills",
    ),
    (
        "The state attorney general is confirming that the charity is not registered. The charity did not "
        "comment. Its chairman was away. But Attorney General Ann Roe is not saying more.",
        "The state attorney general",
        "Ann Roe",
    ),
    (
        "An attorney for Price, Dan Wills, said his client was ready. However, Price's lawyer has said "
        "he will refuse to answer any questions from the panel.",
        "Price's lawyer",
        "Dan Wills",
    ),    (  # an indefinite role named in the next sentences by a synonym: "a judge" ... "Justice Ann Roe"
        "A county judge has rejected a request to unseal the file, saying the courts have no business "
        "deciding what voters need. The Herald and the Gazette filed a motion in May. They argued the file "
        "would inform voters. Superior Court Justice Ann Roe rejected that argument on Thursday.",
        "A county judge",
        "Ann Roe",
    ),
]


@pytest.mark.parametrize(("text", "mention", "name"), NAMED)
def test_a_role_is_the_one_person_the_article_titles_with_it(text: str, mention: str, name: str) -> None:
    assert _speaker_of(text, mention) == name


UNNAMED = [
    (  # two attorneys general: no telling which
        "The state attorney general is confirming that the charity is not registered. The charity did not "
        "comment. Its chairman was away. But Attorney General Ann Roe is not saying more. Attorney "
        "General Tom Hale of Iowa said he would look into it.",
        "The state attorney general",
    ),
    (  # Hale's lawyer is not Price's
        "An attorney for Hale, Dan Wills, said his client was ready. However, Price's lawyer has said he "
        "will refuse to answer any questions from the panel.",
        "Price's lawyer",
    ),
    ("Hale's lawyer said the deal was void. The judge disagreed.", "Hale's lawyer"),
    (  # the next sentence names a lawyer, but Hale's, not Price's
        "Price's lawyer has said he will refuse to answer. Dan Wills, a lawyer for Hale, said his client "
        "was ready.",
        "Price's lawyer",
    ),
]


@pytest.mark.parametrize(("text", "mention"), UNNAMED)
def test_a_role_held_by_several_or_none_stays_unnamed(text: str, mention: str) -> None:
    assert _speaker_of(text, mention) is None


def test_the_plural_role_is_the_pair_its_sentence_has_as_subject() -> None:
    text = (
        "But Ms. Roe and Mr. Hale said developers had defined these areas too broadly, amounting to what "
        "the senators said was gerrymandering."
    )
    assert _speaker_of(text, "the senators") == "Roe and Hale"


def test_the_plural_role_far_from_a_pair_names_no_one() -> None:
    text = (
        "Ms. Roe and Mr. Hale met the governor. The measure passed. Critics were loud. The senators said "
        "it was wrong."
    )
    assert _speaker_of(text, "The senators") is None

