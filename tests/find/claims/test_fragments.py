"""Quoted fragments no other rule attributes (quotes/find/claims/fragments.py), through the whole
component."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotes.find.claims import fragments, reported
from quotes.find.direct import direct, marks


def _mixed(doc: Doc) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker mention, cue) of the mixed records of a Doc."""
    return [
        (a["text"], a["speaker"]["mention"], a["cue"]["text"] if a["cue"] else None)
        for a in doc._.attributions
        if a["type"] == "mixed"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Senator Ann Holt exhorted voters to “stand up for the farms that feed us” at a rally in Ames.",
            [("voters to “stand up for the farms that feed us”", "Ann Holt", "exhorted")],
            id="infinitive-object-of-an-unlisted-verb",
        ),
        pytest.param(
            "The mayor likened the new tax to “a hand that reaches into every family’s pocket” in a radio"
            " interview.",
            [("the new tax to “a hand that reaches into every family’s pocket”", "The mayor", "likened")],
            id="writer-setting-after-the-fragment-left-out",
        ),
        pytest.param(
            "Jane Roe arrived late and implored the board to “stop pretending the budget will balance"
            " itself.”",
            [("the board to “stop pretending the budget will balance itself.”", "Jane Roe", "implored")],
            id="conjunct-verb-takes-the-first-conjunct-subject",
        ),
        pytest.param(
            "Her remark that “nobody reads the fine print anymore” drew laughs from the crowd.",
            [("“nobody reads the fine print anymore”", "Her", "remark")],
            id="noun-with-a-possessor",
        ),
        pytest.param(
            "The union renewed its call for “a contract that pays every nurse what she is worth” on Monday.",
            [("“a contract that pays every nurse what she is worth”", "its", "call")],
            id="call-for",
        ),
        pytest.param(
            "The budget was greeted by the mayor as “the plan that finally fixes the roads.”",
            [("as “the plan that finally fixes the roads.”", "the mayor", "greeted")],
            id="passive-with-a-by-agent",
        ),
        pytest.param(
            "The senator mounted a passionate defense of “the values that built every small town in this"
            " state.”",
            [("“the values that built every small town in this state.”", "The senator", "mounted")],
            id="noun-of-speech-under-the-verb-carries-the-content",
        ),
        pytest.param(
            "Ann Lee greeted the ruling as a “victory.”",
            [("the ruling as a “victory.”", "Ann Lee", "greeted")],
            id="short-fragment-cast-as-a-predicate",
        ),
        pytest.param(
            "Jane Roe texted reporters she was “done waiting for answers from the council.”",
            [("she was “done waiting for answers from the council.”", "Jane Roe", "texted")],
            id="content-clause-without-the-listener",
        ),
        pytest.param(
            "She won applause by exhorting the crowd to “keep knocking on every door until the polls close.”",
            [("the crowd to “keep knocking on every door until the polls close.”", "She", "exhorting")],
            id="participle-after-by-takes-the-clause-subject",
        ),
        pytest.param(
            "The senator talked about continuing “the progress we made under the last governor” for years.",
            [("continuing “the progress we made under the last governor”", "The senator", "talked")],
            id="gerund-topic-of-the-outer-verb",
        ),
        pytest.param(
            "The director held an audition and told the actors to act “whiter.”",
            [("the actors to act “whiter.”", "The director", "told")],
            id="short-fragment-in-the-infinitive-a-verb-of-saying-asks-for",
        ),
        pytest.param(
            "While Ann Lee refers to the mayor as “Tom,” the mayor refers to her as “Madam Chair.”",
            [
                ("the mayor as “Tom,”", "Ann Lee", "refers"),
                ("her as “Madam Chair.”", "the mayor", "refers to"),
            ],
            id="short-title-cast-as-after-refer-to",
        ),
        pytest.param(
            "But the governor's broadside against “reckless spending” leaves room for doubt.",
            [("“reckless spending”", "the governor", "broadside")],
            id="short-fragment-after-a-noun-of-an-act-of-speech",
        ),
        pytest.param(
            "The governor has delivered an impassioned defense of “Ohio values,” saying the state embodied"
            " courage.",
            [("“Ohio values,”", "The governor", "delivered")],
            id="short-fragment-after-a-noun-of-speech-under-the-verb",
        ),
        pytest.param(
            "About 50 protesters gathered on Wednesday, chanting “no contract, no peace” after talks failed.",
            [("“no contract, no peace”", "About 50 protesters", "chanting")],
            id="short-fragment-a-verb-of-uttering-utters",
        ),
        pytest.param(
            "The deal comes just three days after Lee told The Boston Globe he was “not quite ready yet” on"
            " backing Cruz.",
            [("he was “not quite ready yet” on backing Cruz", "Lee", "told")],
            id="content-clause-the-parse-strands-from-its-verb",
        ),
        pytest.param(
            "Multiple outlets reported on Tuesday the police had “more than one meeting” with the mayor about"
            " the threat.",
            [
                (
                    "the police had “more than one meeting” with the mayor about the threat",
                    "Multiple outlets",
                    "reported",
                )
            ],
            id="stranded-clause-of-a-verb-parsed-as-a-participle",
        ),
        pytest.param(
            "He was challenged over his statement on Wednesday that “the council hates us,” but he kept"
            " calm.",
            [("“the council hates us,”", "his", "statement")],
            id="stranded-clause-of-a-noun-of-speech-after-a-time",
        ),
        pytest.param(
            "Walter Hale sniped that Ann Lee, a first-time chief executive, was “learning on the job,” while"
            " Lee and other leaders penned a series of angry letters.",
            [("Ann Lee, a first-time chief executive, was “learning on the job,”", "Walter Hale", "sniped")],
            id="clause-the-writer-sets-against-the-words-is-left-out",
        ),
        pytest.param(
            "Mark Jones found no fault with Ann Lee's scathing criticism that the mayor “lied” about the"
            " budget while leading the city into debt.",
            [("the mayor “lied” about the budget while leading the city into debt", "Ann Lee", "criticism")],
            id="participle-after-while-stays-in-the-content",
        ),
        pytest.param(
            "Critics seized on the suggestion by a possible president that someone “ought to look into” the"
            " judge.",
            [("someone “ought to look into” the judge", "a possible president", "suggestion")],
            id="noun-of-speech-with-its-agent-after-it",
        ),
        pytest.param(
            "On Monday, Eric Lee knocked a statement by actor Tom Roe that an “obscene amount of money” was"
            " raised at the dinner.",
            [("an “obscene amount of money” was raised", "Tom Roe", "statement")],
            id="stranded-clause-of-a-noun-of-speech-after-its-agent",
        ),
        pytest.param(
            "His remarks buttress the contention of former governor Ann Lee that some of her emails were"
            " subjected to “over-classification.”",
            [("some of her emails were subjected to “over-classification.”", "Ann Lee", "contention")],
            id="content-clause-parsed-as-relative-with-a-passive-verb",
        ),
        pytest.param(
            "The senator exhorted voters to “stand firm”\u00a0at the rally.",
            [("voters to “stand firm”", "The senator", "exhorted")],
            id="no-break-space-after-the-mark-is-not-content",
        ),
    ],
)
def test_fragment_with_a_speaker_is_mixed(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = nlp(text)
    assert _mixed(doc) == expected
    for record in doc._.attributions:
        assert text[record["start"] : record["end"]] == record["text"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Springsteen sang “American Skin” at the benefit concert.", id="song-title"),
        pytest.param("She wrote a book titled “Why the River Keeps Moving On” last year.", id="book-titled"),
        pytest.param(
            "The program, known as the “every child gets a laptop that works plan,” ended.", id="known-as"
        ),
        pytest.param(
            "The budget was greeted as “the plan that finally fixes the roads” across the county.",
            id="passive-without-agent",
        ),
        pytest.param(
            "The governor did not address “the families who have waited years for this road to open” in"
            " her speech.",
            id="negated",
        ),
        pytest.param(
            "The Ukrainian President thanks the UK for the “big support” it has given.", id="thanks-seed"
        ),
        pytest.param(
            "The coach thanked the fans for “standing with us when nobody else would.”", id="thanks-clause"
        ),
        pytest.param(
            "The loudspeakers boomed “we are the champions of the whole wide world” all night.",
            id="subject-that-cannot-speak",
        ),
        pytest.param(
            "Drivers still pay the “temporary” tax that has lasted for a decade.", id="short-scare-quote"
        ),
        pytest.param(
            "Rebels armed by the so-called “friends of the people who need no help” fled.", id="so-called"
        ),
        pytest.param("Ann Lee greeted the “new” budget warmly.", id="short-fragment-in-an-object"),
        pytest.param(
            "In his homily, the bishop told the story of the old city, which was “destroying itself"
            " through greed and cruelty and pride.”",
            id="writer-relative-clause-describing-a-thing",
        ),
        pytest.param(
            "Her brother, whom Jane Roe introduced to cheers as “my big little brother,” spoke next.",
            id="relative-pronoun-is-no-object-cast-as",
        ),
        pytest.param(
            "Protesters wore shirts with “no one is above the law, not even the president” on them.",
            id="light-verb",
        ),
        pytest.param(
            "The director held an audition and wanted the actors to act “whiter.”",
            id="short-fragment-in-the-infinitive-of-a-verb-that-is-no-speech",
        ),
        pytest.param(
            "The director held an audition and paid the actors to act “whiter.”",
            id="short-fragment-in-the-infinitive-of-an-act",
        ),
        pytest.param("The governor's budget for “essential services” grew again.", id="noun-of-no-speech"),
        pytest.param(
            "Officials searched their records for terms containing words such as “ambassador,” “attack” and"
            " “talking points.”",
            id="clause-describing-a-noun-of-speech-is-no-content-of-it",
        ),
        pytest.param(
            "After Lee spoke to reporters, the crowd was “ecstatic about the whole new plan” all night.",
            id="clause-after-a-comma-is-no-stranded-content",
        ),
        pytest.param(
            "Lee spoke to reporters. The crowd was “ecstatic about the whole new plan” all night.",
            id="clause-of-the-next-sentence-is-no-stranded-content",
        ),
        pytest.param(
            "The deal comes three days after Lee did not tell the Globe he was “ready to run for the seat”"
            " again.",
            id="negated-verb-strands-no-content",
        ),
        pytest.param(
            "The band played at the rally and the crowd was “ecstatic about the whole new plan” all night.",
            id="clause-after-an-act-is-no-content",
        ),
        pytest.param(
            "The crowd on Friday that “nobody could stop” surged toward the stage.",
            id="noun-of-no-speech-before-a-that-clause",
        ),
    ],
)
def test_fragment_without_a_speaker_is_not_attributed(nlp, text: str) -> None:
    assert _mixed(nlp(text)) == []


def test_first_person_inside_another_quote_is_the_quote_own_words(nlp) -> None:
    text = "“I begged them to ‘count every ballot that came in by mail,’ and they did,” Ann Lee said."
    doc = nlp(text)
    assert [(a["type"], a["speaker"]["mention"]) for a in doc._.attributions] == [("direct", "Ann Lee")]


def test_fragments_of_one_verb_make_one_claim(nlp) -> None:
    text = "Jane Roe implored the board to “stop pretending” and to “start counting what the roads cost.”"
    records = _mixed(nlp(text))
    assert len(records) == 1
    assert records[0][0].endswith("“start counting what the roads cost.”")


def test_fragment_already_in_a_claim_is_left_to_it(nlp) -> None:
    doc = nlp("Jane Roe said the budget was “a plan that will bankrupt the city.”")
    text = doc.text
    marked = marks.find_marked_quotes(text)
    directs = direct.find_direct_quotes(doc, marked, text)
    claims = reported.find_claims(doc, marked, directs, text)
    assert claims
    assert fragments.find_fragment_claims(doc, marked, directs, claims, text) == []
    assert len(_mixed(doc)) == 1
