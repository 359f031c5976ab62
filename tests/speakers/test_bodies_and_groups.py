"""Documents, organisations and groups as speakers: a document whose owners are several people named
together ("Ben Sasse and Tom Hale sent a letter ... The letter says"), a document a verb brought about
("Tom Hale sued the city ... The lawsuit says"), a document from a body the
phrase refers back to ("a statement from the union"), a surname the model tags an organisation
("Sasse and Tom Hale wrote"), and a group of two named together ("the two senators"). A wrong name is
worse than none: a document of an owner left unclear keeps no name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.parse.nlp import load
from quotes.speakers import entities


def _speaker(text: str) -> tuple[str | None, str]:
    speaker = extract(text)[-1].speaker
    return speaker.name, speaker.kind


OWNED = [
    # the subject of the verb that brought the document out names two people
    (
        "Ben Sasse spoke on Monday. Sasse and Tom Hale sent a letter to the mayor. The letter says that "
        "the plan is illegal.",
        ("Ben Sasse and Tom Hale", "group"),
    ),
    (
        "The Harbor Trust and Tom Hale released a report on Monday. The report says that the river is dirty.",
        ("Harbor Trust and Tom Hale", "group"),
    ),
    # a body the phrase refers back to by its noun
    (
        "The Acme Workers Union went on strike. A statement from the union said that pay had fallen.",
        ("Acme Workers Union", "organization"),
    ),
    # a document a verb brought about: the verb's subject
    (
        "The Acme Workers Union sued the city on Monday. According to the suit, the fence is illegal.",
        ("Acme Workers Union", "organization"),
    ),
    ("Tom Hale sued the city on Monday. The lawsuit says that the fence is illegal.", ("Tom Hale", "person")),
    (
        "Kestrel Research polled 900 adults in May. The poll found that most voters are undecided.",
        ("Kestrel Research", "organization"),
    ),
    (
        "A statement from the Acme Workers Union said that pay had fallen.",
        ("Acme Workers Union", "organization"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNED)
def test_a_document_speaks_for_the_owners_the_article_names(text: str, expected: tuple[str, str]) -> None:
    assert _speaker(text) == expected


UNOWNED = [
    # one of the owners is nobody the article names: no name rather than half of one
    "Tom Hale and several neighbours sent a letter to the mayor. The letter says that the plan is illegal.",
    # "or": the sentence does not say whose
    "Tom Hale or Ann Roe will send a letter to the mayor. The letter says that the plan is illegal.",
    # an indefinite body is a new one, not the union named before
    "The Acme Workers Union went on strike. A statement from a union said that pay had fallen.",
    # nothing of the noun's kind was named
    "The Acme Workers Union went on strike. A statement from the agency said that pay had fallen.",
    "The report says that the river is dirty.",
    # sued in the passive: the verb names no owner
    "The city was sued on Monday. The lawsuit says that the fence is illegal.",
    # a lawsuit is no report, and "a lawsuit" is another one
    "Tom Hale sued the city on Monday. The report says that the fence is illegal.",
    "Tom Hale sued the city on Monday. A lawsuit says that the fence is illegal.",
]


@pytest.mark.parametrize("text", UNOWNED)
def test_a_document_whose_owner_is_unclear_keeps_no_name(text: str) -> None:
    record = extract(text)[-1]
    assert record.speaker.name is None
    assert record.speaker.mention is not None  # the mention is kept


def test_a_surname_the_model_tags_an_organisation_is_the_person() -> None:
    doc = load()("Ben Sasse spoke on Monday. Sasse and Tom Hale wrote to the mayor.")
    assert any(e.text == "Sasse" and e.label_ == "ORG" for e in doc.ents)  # what the model does today
    model = entities.build(doc)
    sasse = next(t for t in doc if t.text == "Sasse" and t.i > 2)
    assert (model.by_token[sasse.i].name, model.by_token[sasse.i].kind) == ("Ben Sasse", "person")


def test_a_lone_word_that_begins_an_organisations_name_stays_an_organisation() -> None:
    # "Sasse" may be the person or the company: the model's tag stands
    doc = load()("Ben Sasse works for Sasse Logistics. Sasse and Tom Hale wrote to the mayor.")
    model = entities.build(doc)
    sasse = next(t for t in doc if t.text == "Sasse" and t.i > 5)
    assert model.by_token[sasse.i].kind == "organization"


GROUPS = [
    (
        "Ben Sasse spoke on Monday. Sasse and Judiciary Committee Chairman Tom Hale wrote to the mayor. The "
        "mayor did not reply. The two senators said that the plan was illegal.",
        ("Ben Sasse and Tom Hale", "group"),
    ),
    (
        "Ben Sasse spoke on Monday. Later, Sasse and Tom Hale met the mayor. Both men said that the talks "
        "went well.",
        ("Ben Sasse and Tom Hale", "group"),
    ),
    # the two were not named together: no name
    ("Tom Hale met Ann Roe on Friday. Both lawmakers said that the talks went well.", (None, "group")),
    ("Officials said that the road would reopen.", (None, "group")),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_a_group_is_named_only_by_the_two_the_article_names_together(
    text: str, expected: tuple[str | None, str]
) -> None:
    assert _speaker(text) == expected
