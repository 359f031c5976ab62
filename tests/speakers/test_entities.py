"""The article's entity model, on sentences written for these tests."""

from __future__ import annotations

from quotes.speakers import entities


def test_people_are_clustered_under_their_fullest_name_with_gender(nlp) -> None:
    doc = nlp("Ann Carter met Tom Hale on Monday. Mrs. Carter said Hale was late. Later Carter left.")
    model = entities.build(doc)
    carter = model.person(["Carter"])
    assert carter is not None and carter.name == "Ann Carter" and carter.gender == "female"
    hale = model.person(["Mr.", "Hale"][1:])
    assert hale is not None and hale.name == "Tom Hale" and hale.gender == "male"
    assert len(carter.offsets) >= 2 and carter.offsets == sorted(carter.offsets)


def test_two_people_of_one_surname_stay_apart(nlp) -> None:
    doc = nlp("George Bush spoke first. Jeb Bush arrived late, and Bush waved.")
    model = entities.build(doc)
    assert {e.name for e in model.persons} >= {"George Bush", "Jeb Bush"}
    assert model.person(["Bush"], at=len(doc.text) - 6).name == "Jeb Bush"
    assert model.person(["Bush"], at=10).name == "George Bush"


def test_organisations_by_acronym_and_by_word(nlp) -> None:
    doc = nlp("The Acme Workers Union (AWU) called a strike. The union said pay fell.")
    model = entities.build(doc)
    union = model.organisation("AWU")
    assert union is not None and union.name == "Acme Workers Union"
    assert model.organisation_by_word("union", before=len(doc.text)) is union
    assert model.organisation_by_word("union", before=0) is None


def test_name_words_drop_honorifics_titles_and_possessive() -> None:
    assert entities.name_words("Sen. Ann Carter's") == ["Ann", "Carter"]
    assert entities.name_words("the Reuters/Ipsos") == ["Reuters/Ipsos"]
    assert entities.given_name_gender("Maria") == "female"
    assert entities.given_name_gender("Jordan") is None
