"""What a pronoun's own sentence says it stands for (quotes/speakers/pronouns.py), on sentences
written for these tests."""

from __future__ import annotations

from quotes.speakers import entities, pronouns


def _token(doc, word: str, nth: int = -1):
    return [t for t in doc if t.text == word][nth]


def test_inside_quote_marks() -> None:
    assert pronouns.inside_quote_marks("“Tom Roe is")
    assert not pronouns.inside_quote_marks("“Tom Roe is wrong,” ")
    assert pronouns.inside_quote_marks('He said "Tom')
    assert pronouns.inside_quote_marks("''Tom")
    assert not pronouns.inside_quote_marks("Tom Roe")


def test_subject_before_takes_the_outermost_agreeing_subject(nlp) -> None:
    doc = nlp("After Jim Hale left, Ann Roe said that Tom Lutz was late, and she said it again.")
    model = entities.build(doc)
    found = pronouns.subject_before(_token(doc, "she"), model, lambda e: e.gender != "male")
    assert found is not None and found.name == "Ann Roe"
    assert pronouns.subject_before(_token(doc, "she"), model, lambda e: False) is None


def test_relative_antecedent(nlp) -> None:
    doc = nlp("The prize went to Ann Lee, who said she would give the money away.")
    found = pronouns.relative_antecedent(_token(doc, "she"), entities.build(doc), lambda e: True)
    assert found is not None and found.name == "Ann Lee"


def test_named_pair(nlp) -> None:
    doc = nlp("Ann Roe and Tom Hale toured the state on Monday. They said the roads were bad.")
    assert pronouns.named_pair(_token(doc, "They"), entities.build(doc)) == "Ann Roe and Tom Hale"
    doc = nlp("Ann Roe and Tom Hale toured the state. Farmers met them. They said the roads were bad.")
    assert pronouns.named_pair(_token(doc, "They"), entities.build(doc)) is None
