"""Where a claim's content ends (quotes.find.claims.claim_bounds): the rules that cut it before what is the
writer's."""

from __future__ import annotations

import pytest

from tests.find.claims.claim_helpers import claims_of

#: A cue in a clause set before the main clause ("While X said ..., Y ..."): the main clause is the
#: writer's, not the content. A clause led in by a colon, or one with no comma before its subject,
#: stays in the content.
SUBORDINATE_CUE_CASES = [
    (
        "While the mayor said the budget was balanced, he looked uneasy when asked about the pension fund.",
        [("indirect", "the budget was balanced", "said", "the mayor")],
    ),
    (
        "After saying she was proud of the vote, the senator left the chamber without taking questions.",
        [("indirect", "she was proud of the vote", "saying", "the senator")],
    ),
    (  # the main clause has a cue of its own: two claims, not one running over both
        "Though aides say they expect him to win, they also say he has not raised enough money.",
        [
            ("indirect", "they expect him to win", "say", "aides"),
            ("indirect", "he has not raised enough money", "say", "they"),
        ],
    ),
    (  # negative: a colon leads in to more of the content
        "Many farmers have said the rule falls short for one reason: The subsidy does not reach small farms.",
        [
            (
                "indirect",
                "the rule falls short for one reason: The subsidy does not reach small farms",
                "said",
                "Many farmers",
            )
        ],
    ),
    (  # negative: the clause of the cue is the content of a later cue
        "Voters know that the plan is dead, Ms. Lee said.",
        [("indirect", "Voters know that the plan is dead", "said", "Ms. Lee")],
    ),
    (  # negative: a main-clause cue, with a condition inside its content
        "The mayor said that while the budget was tight, the city would hire more teachers.",
        [("indirect", "while the budget was tight, the city would hire more teachers", "said", "The mayor")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBORDINATE_CUE_CASES)
def test_content_ends_before_the_main_clause(nlp, text, expected):
    assert claims_of(nlp, text) == expected


#: Other clauses that end a content: a sentence of its own after a semicolon, and a comparison the
#: parse hangs on the cue, not on the content. A semicolon before a fragment, and a comparison inside
#: the content, stay.
OTHER_ENDS_CASES = [
    (
        "A strong majority of members say they back the contract; 26 percent say they have not decided.",
        [
            ("indirect", "they back the contract", "say", "A strong majority"),
            ("indirect", "they have not decided", "say", "26 percent"),
        ],
    ),
    (
        "She said the vote was close; the count took all night.",
        [("indirect", "the vote was close", "said", "She")],
    ),
    (  # negative: no clause of its own after the semicolon
        "He said the plan had three parts; first, cut taxes.",
        [("indirect", "the plan had three parts; first, cut taxes", "said", "He")],
    ),
    (
        "Most parents say they have not been paying attention, compared with 11 percent of teachers.",
        [("indirect", "they have not been paying attention", "say", "Most parents")],
    ),
    (  # negative: the comparison is part of the content
        "Lee said that sales rose 5 percent compared with last year.",
        [("indirect", "sales rose 5 percent compared with last year", "said", "Lee")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_ENDS_CASES)
def test_content_ends_before_another_clause(nlp, text, expected):
    assert claims_of(nlp, text) == expected


#: A comma right after "that" opens the content ("finds that, while ..."); it ends nothing. A chained
#: "according to" there is still a claim of its own.
COMMA_AFTER_THAT_CASES = [
    (
        "The survey finds that, while most voters say the economy is improving, few expect a raise.",
        [
            (
                "indirect",
                "while most voters say the economy is improving, few expect a raise",
                "finds",
                "The survey",
            ),
            ("indirect", "the economy is improving", "say", "most voters"),
        ],
    ),
    (  # negative: "according to" after the comma chains a claim of its own
        "The report said that, according to the agency, the mine was safe.",
        [("indirect", "the mine was safe", "according to", "the agency")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMA_AFTER_THAT_CASES)
def test_comma_after_that_opens_the_content(nlp, text, expected):
    assert claims_of(nlp, text) == expected


#: A relative clause after a comma in which the speaker characterises the person just named ("...,
#: whom he described as “reckless”") is an act of its own: the content ends before it and the
#: fragment is a mixed claim. A relative clause without "as", or one the person is the subject of,
#: stays in the content.
RELATIVE_CHARACTERISATION_CASES = [
    (
        "The mayor repeated that voters must reject the developer, "
        "whom she described as “a menace to the city.”",
        [
            ("indirect", "voters must reject the developer", "repeated", "The mayor"),
            ("mixed", "whom she described as “a menace to the city.”", "described", "she"),
        ],
    ),
    (  # the sentence goes on after the clause
        "The mayor repeated that voters must reject the developer, "
        "whom she described as “a menace,” at every meeting.",
        [
            ("indirect", "voters must reject the developer", "repeated", "The mayor"),
            ("mixed", "whom she described as “a menace,”", "described", "she"),
        ],
    ),
    (  # negative: no "as" after the verb, and the sentence goes on after the clause
        "The coach said the team would miss the striker, "
        "whom he called “irreplaceable”, more than any other player.",
        [
            (
                "mixed",
                "the team would miss the striker, whom he called “irreplaceable”, more than any other player",
                "said",
                "The coach",
            )
        ],
    ),
    (  # negative: the person named is the subject of the relative clause
        "The mayor said the city owes a debt to the firefighters, who worked through the night.",
        [
            (
                "indirect",
                "the city owes a debt to the firefighters, who worked through the night",
                "said",
                "The mayor",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CHARACTERISATION_CASES)
def test_content_ends_before_the_speakers_characterisation_of_a_person(nlp, text, expected):
    assert claims_of(nlp, text) == expected


#: A content opening with a quoted fragment keeps the mark that opens it (the parse starts the clause at
#: the word after the mark); a content quoted to its end, or a mark closed before the content, is not moved.
OPENING_MARK_CASES = [
    (
        "The auditor said “dozens” of invoices had never been paid.",
        [("mixed", "“dozens” of invoices had never been paid", "said", "The auditor")],
    ),
    (
        'The coach said "a lack of focus" cost them the final.',
        [("mixed", '"a lack of focus" cost them the final', "said", "The coach")],
    ),
    (
        "The curator said ''minor repairs'' would close the wing for a month.",
        [("mixed", "''minor repairs'' would close the wing for a month", "said", "The curator")],
    ),
    (  # negative: no mark before the content
        "The auditor said dozens of invoices had never been paid.",
        [("indirect", "dozens of invoices had never been paid", "said", "The auditor")],
    ),
    (  # negative: the mark before the content does not close in it
        "The coach said the “team had lost its way and would need a new captain.",
        [("mixed", "the “team had lost its way and would need a new captain", "said", "The coach")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_MARK_CASES)
def test_content_keeps_the_mark_that_opens_it(nlp, text: str, expected: list) -> None:
    assert claims_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("said “a few” were lost", 6, 5),
        ("said “all of it.”", 6, 6),  # quoted to its end: the quote finders' business
        ("said x“a few” were lost", 7, 7),  # a mark glued to a word does not open a quote
        ("said “a few were lost", 6, 6),  # never closed
    ],
)
def test_with_opening_mark(text: str, start: int, expected: int) -> None:
    from quotes.find.claims.claim_bounds import _with_opening_mark

    assert _with_opening_mark(text, start, len(text)) == expected


#: A quote closed on its comma (American style) and a participle of a cue after it: a claim of its own
#: chained to the cue, which ends the content at the closing mark. A participle that is no cue goes on
#: with the content.
CHAINED_AFTER_CLOSING_COMMA_CASES = [
    (
        "The mayor said the budget was “a disgrace,” noting that the council had ignored her warnings.",
        [
            ("mixed", "the budget was “a disgrace,”", "said", "The mayor"),
            ("indirect", "the council had ignored her warnings", "noting", "The mayor"),
        ],
    ),
    (
        "The minister said the new law would be “the best of both worlds,” giving towns more power.",
        [
            (
                "mixed",
                "the new law would be “the best of both worlds,” giving towns more power",
                "said",
                "The minister",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHAINED_AFTER_CLOSING_COMMA_CASES)
def test_chained_cue_after_a_comma_inside_the_marks(nlp, text, expected):
    assert claims_of(nlp, text) == expected


#: A quoted title after "told" is the programme or paper the speaker told it to, not content: the
#: content starts at the clause after it. A title in apposition ("a book, “...,” that ...") or one
#: that is the content's own subject is left alone.
LISTENER_TITLE_CASES = [
    (
        "She told NBC’s “Meet the Press” on Sunday the plan was a mistake.",
        [("indirect", "the plan was a mistake", "told", "She")],
    ),
    (
        "The mayor told “Face the Nation” on Sunday that voters were “very angry.”",
        [("mixed", "voters were “very angry.”", "told", "The mayor")],
    ),
    (
        "The survey found ''The Crown,'' a show that began in 2016, was the most watched drama.",
        [
            (
                "mixed",
                "''The Crown,'' a show that began in 2016, was the most watched drama",
                "found",
                "The survey",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTENER_TITLE_CASES)
def test_quoted_title_told_is_the_listener(nlp, text, expected):
    from quotes.extract import extract

    records = extract(text, nlp=nlp)
    assert [(a.type, a.text, a.cue.text if a.cue else None, a.speaker.mention) for a in records] == expected


#: A list of infinitives after the cue ("to A, B and C"): the comma before the next verb of the list
#: does not end the content; a comma before another speaker's cue still does.
LISTED_INFINITIVE_CASES = [
    (
        "The governor is promising to “clean up” the state budget, cut property taxes and hire more nurses.",
        [
            (
                "mixed",
                "“clean up” the state budget, cut property taxes and hire more nurses",
                "promising",
                "The governor",
            )
        ],
    ),
    (
        "The governor has vowed to “take back” the statehouse, raise the minimum wage and expand the ports.",
        [
            (
                "mixed",
                "to “take back” the statehouse, raise the minimum wage and expand the ports",
                "vowed",
                "The governor",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_INFINITIVE_CASES)
def test_list_of_infinitives_is_one_content(nlp, text, expected):
    assert claims_of(nlp, text) == expected
