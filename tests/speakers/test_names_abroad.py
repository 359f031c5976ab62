"""Speaker names in the styles of news from outside the US: offices the model tags as people ("The
Treasurer", "the Taoiseach"), "Number 10", the Irish police, British police ranks, and names of
Indian, African and Irish people the model tags in part or not at all. Sentences written for these
tests; the people and bodies in them are invented."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract

CASES = [
    # (text, snippet of the record's text, mention, name, kind, resolution)
    # an office the model tags a person is no surname: the holder the article names, else nobody
    (
        "The Treasurer, Tom Hale, delivered the budget on Tuesday. The Treasurer said the budget would "
        "return to surplus.",
        "return to surplus",
        "The Treasurer",
        "Tom Hale",
        "person",
        "role",
    ),
    (
        "Treasurer Tom Hale delivered the budget on Tuesday. The Treasurer said the budget would return "
        "to surplus.",
        "return to surplus",
        "The Treasurer",
        "Tom Hale",
        "person",
        "role",
    ),
    (
        "The Treasurer said the budget would return to surplus.",
        "return to surplus",
        "The Treasurer",
        None,
        "person",
        "unresolved",
    ),
    (
        "The Taoiseach, Tom Hale, spoke on Monday. The Taoiseach said the border would stay open.",
        "the border would stay open",
        None,
        "Tom Hale",
        "person",
        "role",
    ),
    # "Number 10" and "No 10" are Downing Street
    (
        "Number 10 said the prime minister had full confidence in the chancellor.",
        "full confidence",
        "Number 10",
        "Downing Street",
        "organization",
        "organization",
    ),
    (
        "No 10 said the prime minister had full confidence in the chancellor.",
        "full confidence",
        "No 10",
        "Downing Street",
        "organization",
        "organization",
    ),
    # the Irish police: "Gardaí" is the force, tagged a person or not; "a garda" one unnamed officer
    (
        "Gardaí said a man in his 40s had been arrested.",
        "had been arrested",
        "Gardaí",
        "An Garda Síochána",
        "organization",
        "organization",
    ),
    (
        "A man was arrested in Cork. Gardaí said he would appear in court on Monday.",
        "appear in court",
        "Gardaí",
        "An Garda Síochána",
        "organization",
        "organization",
    ),
    ("A garda said the road was closed.", "the road was closed", "A garda", None, "person", "unresolved"),
    ("Garda Tom Hale said the road was closed.", "the road was closed", None, "Tom Hale", "person", None),
    # British police ranks before a name
    (
        "Detective Inspector Tom Hale said the victim had been stabbed. DI Hale said officers were "
        "appealing for witnesses.",
        "appealing for witnesses",
        None,
        "Tom Hale",
        "person",
        None,
    ),
    (
        "Officers were called to the scene. DCI Ann Roe said the man had been arrested.",
        "had been arrested",
        None,
        "Ann Roe",
        "person",
        None,
    ),
    (
        "Chief Constable Tom Hale said the force would cooperate.",
        "would cooperate",
        None,
        "Tom Hale",
        "person",
        None,
    ),
    # given names the model does not know, and a surname of two words joined by a hyphen
    (
        "Thandiwe Nkosi is a nurse in Durban. Ms Nkosi said the clinic had run out of gloves.",
        "run out of gloves",
        "Ms Nkosi",
        "Thandiwe Nkosi",
        "person",
        "honorific",
    ),
    (
        "Ama Owusu-Ansah is the chief executive. Ms Owusu-Ansah said the bank would grow.",
        "the bank would grow",
        "Ms Owusu-Ansah",
        "Ama Owusu-Ansah",
        "person",
        "honorific",
    ),
    (
        "Chukwuemeka Okonkwo-Adeyemi is the governor. Mr Okonkwo-Adeyemi said the roads would be fixed.",
        "the roads would be fixed",
        "Mr Okonkwo-Adeyemi",
        "Chukwuemeka Okonkwo-Adeyemi",
        "person",
        "honorific",
    ),
    (
        "Ravi Kumar Singh, 45, a farmer from Punjab, said prices had fallen. Singh said he would protest.",
        "he would protest",
        "Singh",
        "Ravi Kumar Singh",
        "person",
        "surname",
    ),
    # "Mrs Hale" beside "Tom Hale" is the wife the article names by her given name, else no one fuller
    (
        "Tom Hale and his wife Maria live in Perth. Mrs Hale said the fire had come within metres of the "
        "house.",
        "the fire had come",
        "Mrs Hale",
        "Maria Hale",
        "person",
        "honorific",
    ),
    (
        "Maria Hale lives with her husband, Tom, in Cork. Mr Hale said the flood came at night.",
        "the flood came",
        "Mr Hale",
        "Tom Hale",
        "person",
        "honorific",
    ),
    (
        "Tom Hale runs the shop. Mrs Hale said trade was slow.",
        "trade was slow",
        "Mrs Hale",
        "Hale",
        "person",
        None,
    ),
    # a surname with particles the model tagged without them, and a body's name with "of" in it
    (
        "Pieter van der Berg farms near Stellenbosch. Van der Berg said the drought had ruined his crop.",
        "the drought had ruined",
        "Van der Berg",
        "Pieter van der Berg",
        "person",
        "surname",
    ),
    (
        "The Department of Health and Social Care said the figures were encouraging.",
        "the figures were encouraging",
        "Department of Health and Social Care",
        "Department of Health and Social Care",
        "organization",
        "organization",
    ),
    # a place or body the model tags after "the" keeps its name (only untagged nouns give none)
    (
        "The Vatican said the pope would travel to Lisbon in May.",
        "the pope would travel",
        "The Vatican",
        "Vatican",
        "unknown",
        "surname",
    ),
    # a nickname the article gives right after the name
    (
        "Tom Hale, known as Tiny, is the club's prop. “We are ready,” Tiny said.",
        "We are ready",
        "Tiny",
        "Tom Hale",
        "person",
        None,
    ),
    (
        "Tom Hale (better known as 'Tiny') is the club's prop. Tiny said the team was ready.",
        "the team was ready",
        "Tiny",
        "Tom Hale",
        "person",
        None,
    ),
    # a capitalised noun after "the" that no entity tags is no surname ("the Opposition", "the Coalition")
    (
        "The Opposition said the budget was a betrayal.",
        "betrayal",
        "The Opposition",
        None,
        "unknown",
        "unresolved",
    ),
    (
        "The Coalition said the budget was a betrayal.",
        "betrayal",
        "The Coalition",
        None,
        "unknown",
        "unresolved",
    ),
    # a place named after an office in words the parse sets in apposition is no holder's name
    ("The Mayor of Washington DC said the budget was tight.", "budget", "The Mayor", None, "person", None),
    # no given name written anywhere: the surname alone, as before
    (
        "Mr Hale said the plant would close.",
        "the plant would close",
        "Mr Hale",
        "Hale",
        "person",
        "honorific",
    ),
]


@pytest.mark.parametrize(("text", "snippet", "mention", "name", "kind", "resolution"), CASES)
def test_speaker_names_in_news_from_abroad(
    text: str, snippet: str, mention: str | None, name: str | None, kind: str, resolution: str | None
) -> None:
    record = next(r for r in extract(text) if snippet in r.text)
    speaker = record.speaker
    assert (speaker.name, speaker.kind) == (name, kind)
    if mention is not None:
        assert speaker.mention == mention
    if resolution is not None:
        assert speaker.resolution == resolution


def test_a_possessive_inside_a_quote_in_single_marks_opening_a_sentence() -> None:
    text = (
        "Maria Lopez leads the union. 'Members' pay has fallen for a decade,' she said. 'That can't go on.'"
    )
    records = extract(text)
    assert [(r.text, r.speaker.name, r.speaker.resolution) for r in records] == [
        ("Members' pay has fallen for a decade,", "Maria Lopez", "pronoun"),
        ("That can't go on.", "Maria Lopez", "continuation"),
    ]


def test_a_person_tagged_as_one_run_with_a_body_is_the_person_not_the_run() -> None:
    # the model tags "Meena Ganguly of the Acme Rights Watch" as one organisation: the mention and the
    # name stop at the preposition, which only a body's head word ("Department of ...") takes in
    text = "The count was unfair, said Meena Ganguly of the Acme Rights Watch, who observed the vote."
    record = next(r for r in extract(text) if "The count was unfair" in r.text)
    assert (record.speaker.mention, record.speaker.name) == ("Meena Ganguly", "Meena Ganguly")
