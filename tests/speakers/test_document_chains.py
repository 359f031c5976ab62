"""Documents and their owners where the owner is given beside another document, or where the words in
front of a document are not its owner's name: documents joined with "and", a state that files a
complaint, a party's document its committee filed, a court's circuit, a poll's title after a
newspaper's name, a capitalised title, emails named after where they came from, a reader's or
holder's participle, an ad a candidate puts out, a pronoun that released a document, and a study whose
authors the article names a few sentences on. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.speakers import documents, entities


def _speakers(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(a.text, a.speaker.name, a.speaker.kind, a.speaker.resolution) for a in extract(text)]


def _of(text: str, content: str) -> tuple[str | None, str, str]:
    """The speaker (name, kind, resolution) of the record whose text holds ``content``."""
    found = [speaker[1:] for speaker in _speakers(text) if content in speaker[0]]
    assert found, _speakers(text)
    return found[0]


OWNED = [
    # documents joined with "and" speak together: both owners, a state among them after "by"
    (
        "According to a civil complaint filed by the federal Acme Commission and a complaint by Vermont, "
        "the builders ran a scheme.",
        "the builders ran a scheme",
        ("Acme Commission and Vermont", "group", "document"),
    ),
    # a document joined to one a named subject released is that subject's too
    (
        "The Hale Institute released a report and a statement that said rents rose.",
        "rents rose",
        ("Hale Institute", "organization", "document"),
    ),
    # a party files nothing: its committee, which filed the complaint the article introduced, does
    (
        "The Republican National Committee is filing a complaint with the city's ethics board. The GOP's "
        "complaint to the board says Tom Hale broke the rules.",
        "Tom Hale broke the rules",
        ("Republican National Committee", "organization", "document"),
    ),
    # a court's name goes on with the circuit the article gives it
    (
        "A federal appeals court ruled Friday against the county. A panel of the U.S. Court of Appeals for "
        "the Ninth Circuit overruled a judge. \u201cA county cannot do this,\u201d said the ruling.",
        "A county cannot do this",
        ("U.S. Court of Appeals for the Ninth Circuit", "organization", "document"),
    ),
    # the words after a newspaper's name in front of a poll are the poll's title, not its owner's name
    (
        "The Lakeview Times Sunrise tracking poll, which asks voters daily, showed that Hale is leading Roe.",
        "Hale is leading Roe",
        ("Lakeview Times", "organization", "document"),
    ),
    # an ad a candidate puts out is the candidate's campaign's, also where a pronoun names the candidate
    (
        "Ann Roe spoke in Dayton on Monday. Her new ad says that taxes will fall.",
        "taxes will fall",
        ("Roe campaign", "organization", "document"),
    ),
    # a report the committee's report refers back to, through "The report", is the committee's
    (
        "Hackers broke into computers at the Acme Deposit Agency, according to a congressional report on "
        "Wednesday. The report cited an internal review of the breach. \u201cThe committee\u2019s interim "
        "report sheds light on lax security,\u201d said Ann Roe, who chairs the House Committee on Science.",
        "Hackers broke into computers",
        ("House Committee on Science", "organization", "document"),
    ),
    # new polls the next sentences introduce one by one, each with its owner: those owners together
    (
        "New polls released Sunday showed Roe taking a lead in the race. According to an Acme News survey, "
        "51 percent of voters backed Roe. A Lakeview Times/Hale Research poll showed a slimmer lead for Roe.",
        "Roe taking a lead",
        ("Acme News and Lakeview Times/Hale Research", "group", "document"),
    ),
    # a referral is a letter: "the missive" refers back to the one two chairmen sent
    (
        "Committee Chairman Tom Hale and Judiciary Chairman Sam Lee sent the referral to the city attorney "
        "on Monday. The city attorney is unlikely to act on the referral. But the missive suggests the "
        "council will not back down.",
        "the council will not back down",
        ("Tom Hale and Sam Lee", "group", "document"),
    ),
    # the authors named two sentences on own the study the article introduced with none
    (
        "An exhaustive study was released on Tuesday by a group of researchers. Readers may be angry. "
        "Instead, the study, which notes that 58 companies owe $212 billion, should be a wake-up call. If "
        "nothing else does, this study may be. The authors of the report, which include the Acme Fund and "
        "the Hale Trust, combed through the filings of 500 firms.",
        "58 companies owe",
        ("Acme Fund and Hale Trust", "group", "document"),
    ),
]


@pytest.mark.parametrize(("text", "content", "expected"), OWNED)
def test_owner_given_beside_another_document(
    text: str, content: str, expected: tuple[str | None, str, str]
) -> None:
    assert _of(text, content) == expected


UNOWNED = [
    # one of the joined documents names no owner: no name, not half of it
    (
        "According to a complaint filed by the Acme Commission and a second complaint, the builders ran a "
        "scheme.",
        "the builders ran a scheme",
    ),
    # "or": whose, the sentence does not say
    ("According to an Acme Institute report or a Hale Trust complaint, rents rose.", "rents rose"),
    # emails take the name of where they came from; a reader's participle names no author
    (
        "Tom Hale is smart, one email shows. Other Acme emails combed through by Lakeview News suggest that "
        "Hale puts business first.",
        "Hale puts business first",
    ),
    (
        "A previously undisclosed email obtained by Acme Watch shows that Hale met the donor.",
        "Hale met the donor",
    ),
    # several polls before "The Acme poll": one of them, no owner passed back
    (
        "Recent polls in two states show that the mayor's lead is shrinking. The Acme Institute poll was "
        "conducted in May. The poll found that most voters were undecided.",
        "the mayor's lead is shrinking",
    ),
    # one poll after new polls may be one of many: no owner for all of them
    (
        "New polls released Sunday showed Roe taking a lead in the race. According to an Acme News survey, "
        "51 percent of voters backed Roe. The race is close.",
        "Roe taking a lead",
    ),
    # a second poll is another one: its owner is not the first one's
    (
        "A new poll found that most voters were angry. The second poll, by the Acme Institute, found that "
        "turnout would fall.",
        "most voters were angry",
    ),
]


@pytest.mark.parametrize(("text", "content"), UNOWNED)
def test_no_owner_where_the_words_name_none(text: str, content: str) -> None:
    found = [speaker for speaker in _speakers(text) if content in speaker[0]]
    assert found and found[0][1] is None, _speakers(text)


def test_a_pronoun_that_released_a_document_owns_it() -> None:
    text = (
        "Tom Hale is a triathlete. He released a letter from his doctor on Friday that says he has "
        "\u201cexcellent health\u201d for a man of 63."
    )
    assert _of(text, "he has") == ("Tom Hale", "person", "document")


def test_a_pronoun_far_from_its_name_gives_no_owner() -> None:
    text = (
        "Tom Hale says the tax is bad.\n\nAnn Roe's doctor calls the candidate fit. The former governor is a "
        "triathlete. He released a letter from his doctor on Friday that says he has \u201cexcellent "
        "health\u201d for a man of 63."
    )
    assert _of(text, "he has") == (None, "unknown", "document")


def test_a_court_with_two_circuits_keeps_its_short_name() -> None:
    text = (
        "The U.S. Court of Appeals for the Ninth Circuit heard one case. The U.S. Court of Appeals for the "
        "Sixth Circuit heard another. \u201cA county cannot do this,\u201d said the ruling."
    )
    assert _of(text, "A county cannot do this") == ("U.S. Court of Appeals", "organization", "document")


def _title_owner(nlp, text: str) -> str | None:
    doc = nlp(text)
    head = next(t for t in doc if t.text == "Email")
    assert head.pos_ == "NOUN"  # a document head, capitalised in its title
    found = documents.owner(head, entities.build(doc))
    return found.name if found is not None else None


def test_a_capitalised_title_names_no_owner_by_its_untagged_words(nlp) -> None:
    assert _title_owner(nlp, "Monday\u2019s Evening Email: Mayor Hale\u2019s Final Budget Speech") is None


def test_a_capitalised_title_keeps_only_the_owner_the_model_tags(nlp) -> None:
    assert _title_owner(nlp, "Tom Hale's Weekly Email: The Council\u2019s Last Vote") == "Tom Hale"


_LIVE_BLOG = "\n\n".join(
    [
        "Most voters say that values matter.",
        "A poll of voters in Saturday\u2019s primary showed that change is also an important quality.",
        "The voters are split on whether the next mayor should be an outsider. Nearly half prefer someone "
        "with experience.",
        "Four in 10 voters see Tom Hale's campaign as most unfair. Less than 10 percent picked Sam Lee.",
        "The survey was conducted for the networks by Acme Research with voters leaving 35 precincts.",
        "___.",
        "A poll of voters showed that turnout was high.",
        "Turnout was high in the north. Few voted in the south. Rain kept many at home.",
        "___.",
        "The survey was conducted for the networks by Acme Research.",
    ]
)


def test_a_note_of_who_conducted_the_survey_names_the_owner_of_the_poll_of_its_section() -> None:
    assert _of(_LIVE_BLOG, "change is also") == ("Acme Research", "organization", "document")


def test_a_note_in_a_later_section_names_no_owner_of_a_poll_far_before_it() -> None:
    assert _of(_LIVE_BLOG, "turnout was high") == (None, "unknown", "document")


def test_a_video_a_person_posts_is_that_persons_own_not_a_campaigns() -> None:
    text = "Tom Hale posted a video on Monday that says the bridge will close."
    assert _of(text, "the bridge will close") == ("Tom Hale", "person", "document")
