"""Where the parse puts a cue's content clause somewhere else: a "that" clause hung on the noun of a
phrase placing the speech, content coordinated past a quote, a preposed "As X noted," and an
"according to X" inside the clause it attributes."""

from __future__ import annotations

import pytest

from tests.find.claims.claim_helpers import claims_of

#: A "that" clause the parse makes a relative clause of the noun placing the speech, with "that" as
#: its object: it is the cue's content when the clause has a subject and an object of its own.
RELATIVE_THAT_CASES = [
    (
        "Kasich said at the most recent GOP debate that Republicans will take every state.",
        [("indirect", "Republicans will take every state", "said", "Kasich")],
    ),
    (
        "Ohio Gov. John Kasich predicted at the most recent GOP debate that Republicans will take "
        "“every state” if Sanders wins.",
        [("mixed", "Republicans will take “every state” if Sanders wins", "predicted", "John Kasich")],
    ),
    (  # negative: a real relative clause, "that" is the object of its verb
        "Ms. Ruiz said it at the conference that she chaired last year.",
        [],
    ),
    (  # negative: the same after a verb that is no cue
        "Ms. Ruiz wrote about the dinner that her friends hosted for the governor.",
        [],
    ),
    (  # negative: a relative clause on a noun that does not place the speech
        "The senator repeated the claim at the forum that she had organized in March.",
        [],
    ),
]

#: A second predicate the parse coordinates with the cue verb is still content when it opens a quote.
QUOTED_PREDICATE_CASES = [
    (
        "Mr. Hale said that the department “came out of the crisis not only broke, but in debt,” and "
        "“struggled to pay its staff.”",
        [
            (
                "mixed",
                "the department “came out of the crisis not only broke, but in debt,” and “struggled to pay "
                "its staff.”",
                "said",
                "Mr. Hale",
            )
        ],
    ),
    (  # negative: a second act of the speaker, not quoted, ends the content
        "The mayor said the budget was “a disgrace,” and asked the council for another month.",
        [("mixed", "the budget was “a disgrace,”", "said", "The mayor")],
    ),
]

#: A content clause whose subject the parse hangs on the cue ("said [the days] ... are gone"): the
#: content starts at that subject. A dating of the speech is not one.
LOST_SUBJECT_CASES = [
    (
        "Jane Hill, the author of “Going Viral,” a book about the spread of rumours, said the days when "
        "the nation had “one shared story” are gone.",
        [("mixed", "the days when the nation had “one shared story” are gone", "said", "Jane Hill")],
    ),
    (
        "Ms. Ortiz and Mr. Lee, her deputy for a decade, said their staff, almost all volunteers until "
        "last year, were now paid.",
        [
            (
                "indirect",
                "their staff, almost all volunteers until last year, were now paid",
                "said",
                "Ms. Ortiz",
            )
        ],
    ),
    (  # negative: a dating of the speech before a clause with its subject stays out
        "Officials said Monday the bridge would reopen in May.",
        [("indirect", "the bridge would reopen in May", "said", "Officials")],
    ),
]

#: A condition the parse hangs on the cue before its content is the content's ("says no matter what
#: ..., “...”"); an adverb of the cue is not.
CONDITION_BEFORE_CASES = [
    (
        "Speaker Ryan says no matter what action the president takes, “his word does not trump the "
        "Constitution.”",
        [
            (
                "mixed",
                "no matter what action the president takes, “his word does not trump the Constitution.”",
                "says",
                "Ryan",
            )
        ],
    ),
    (
        "Judge Lane, in her dissent, said just because bias was not obvious did not mean it was absent.",
        [("indirect", "just because bias was not obvious did not mean it was absent", "said", "Lane")],
    ),
    (  # negative: an adverb of the cue is the writer's
        "The mayor said again the council would vote on Friday.",
        [("indirect", "the council would vote on Friday", "said", "The mayor")],
    ),
]

#: A cue in an "as" clause setting off the writer's clause: the clause is the content ("As the minister
#: noted, [...]", "[...], as the Ledger reported."). An "as" clause that times or compares is not one.
AS_ASIDE_CASES = [
    (
        "As the senator has pointed out, the budget is basically a “fiscal fantasy” that nobody will pass.",
        [
            (
                "mixed",
                "the budget is basically a “fiscal fantasy” that nobody will pass",
                "pointed out",
                "the senator",
            )
        ],
    ),
    (
        "As the minister noted, the talks have stalled.",
        [("indirect", "the talks have stalled", "noted", "the minister")],
    ),
    (
        "However, as the Ledger has reported, the mill will close in June.",
        [("indirect", "the mill will close in June", "reported", "Ledger")],
    ),
    (
        "But the mill will close in June, as the Ledger reported.",
        [("indirect", "the mill will close in June", "reported", "Ledger")],
    ),
    (  # in the middle of its clause: the content runs around it
        "The last part, as Ms. Ruiz notes, is that nobody asked the workers.",
        [
            (
                "indirect",
                "The last part, as Ms. Ruiz notes, is that nobody asked the workers",
                "notes",
                "Ms. Ruiz",
            )
        ],
    ),
    (  # the parse hangs the comma after the cue on the "as" clause
        "As Harbor Trust's Lee said, the two rival unions have become some of the calmest voices in the "
        "dispute.",
        [
            (
                "indirect",
                "the two rival unions have become some of the calmest voices in the dispute",
                "said",
                "Lee",
            )
        ],
    ),
    (  # in the passive: the agent is the speaker
        "As first reported by the Daily Ledger, the mill will close in June.",
        [("indirect", "the mill will close in June", "reported", "Daily Ledger")],
    ),
    (
        "The mill will close in June, as reported by the Ledger.",
        [("indirect", "The mill will close in June", "reported", "the Ledger")],
    ),
    (  # negative: a passive of expecting is no cue
        "As expected by most analysts, the bank raised rates.",
        [],
    ),
    (  # negative: an "as" clause that times the sentence
        "As he spoke in the lobby, there were no steaks on the table.",
        [],
    ),
    (  # negative: no speaker
        "As expected, the talks have stalled.",
        [],
    ),
    (  # negative: the "as" clause has an object of its own
        "As he said it, the crowd cheered.",
        [],
    ),
]

#: "According to X" after its content: the content leaves out a word linking its sentence to the one
#: before, a concession and a lead-in before a colon; the writer's dating of the fact stays.
ACCORDING_TO_BEFORE_CASES = [
    (
        "Still, most voters now view the mayor favorably, according to a Gallup poll taken last week.",
        [("indirect", "most voters now view the mayor favorably", "according to", "a Gallup poll")],
    ),
    (
        "Despite a month of attacks, the senator has failed to dent her lead, according to a new survey.",
        [("indirect", "the senator has failed to dent her lead", "according to", "a new survey")],
    ),
    (  # negative: a dating of the fact is part of it
        "In 2007, the firm set up a fund in the Cayman Islands, according to a court filing.",
        [
            (
                "indirect",
                "In 2007, the firm set up a fund in the Cayman Islands",
                "according to",
                "a court filing",
            )
        ],
    ),
    (  # negative: a plain sentence is all content
        "The mill will close in June, according to the union.",
        [("indirect", "The mill will close in June", "according to", "the union")],
    ),
    (  # the copula before the cue is no content
        "That’s according to fundraising reports filed on Monday.",
        [("indirect", "That", "according to", "fundraising reports")],
    ),
]

#: "According to X" set off inside the clause it attributes: the clause around it, or the clause after
#: it when only a conjunction or a linking word stands before it.
ACCORDING_TO_INSIDE_CASES = [
    (
        "He will attend, because, according to aides, the party would call him a “coward” if he stayed away.",
        [
            ("mixed", "the party would call him a “coward” if he stayed away", "according to", "aides"),
            ("mixed", "him a “coward”", "call", "the party"),
        ],
    ),
    (
        "The talks, according to the minister, have stalled.",
        [("indirect", "The talks, according to the minister, have stalled", "according to", "the minister")],
    ),
    (
        "In addition, according to the ministry, nine million more workers will get overtime pay.",
        [("indirect", "nine million more workers will get overtime pay", "according to", "the ministry")],
    ),
]

#: A gerund subject the parse makes the cue's complement, with the content clause under it.
GERUND_SUBJECT_CASES = [
    (
        "Ana Ruiz said seeing so many officers at the fair was a welcome sight.",
        [("indirect", "seeing so many officers at the fair was a welcome sight", "said", "Ana Ruiz")],
    ),
    (  # negative: a gerund object reports an act, not a claim
        "He recalled leaving the room before the vote.",
        [],
    ),
]

#: A first-person speaker outside any quote (the writer, an interviewee) holds their claims; inside a
#: quote "I think" is the quoted speaker's own words, and an outlet's "we" is no speaker.
FIRST_PERSON_CASES = [
    (
        "I think the plan will fail.",
        [("indirect", "the plan will fail", "think", "I")],
    ),
    (  # negative: inside a quote
        "“I think the plan will fail,” she said.",
        [],
    ),
    (  # negative: the outlet's appeal
        "We believe quality journalism should be free.",
        [],
    ),
]

#: "According to" a document names as speaker the agent behind it ("an analysis by X"); a document
#: with no agent is its own source.
SOURCE_DOCUMENT_CASES = [
    (
        "Turnout has hit a record this year, according to an analysis by the Pew Research Center.",
        [("indirect", "Turnout has hit a record this year", "according to", "Pew Research Center")],
    ),
    (
        "The mill will close, according to interviews with a dozen workers.",
        [("indirect", "The mill will close", "according to", "a dozen workers")],
    ),
    (  # negative: no agent
        "Sales of electric cars are growing fast, according to a report.",
        [("indirect", "Sales of electric cars are growing fast", "according to", "a report")],
    ),
]

#: A cue the parse coordinates with the clause before it, with no conjunction and its subject set off
#: by a comma, names that clause's source.
ASYNDETIC_CUE_CASES = [
    (
        "The army is adding troops in the north. This includes a special unit to train local police, "
        "Defense Secretary Ann Roe told a Senate panel Wednesday.",
        [("indirect", "This includes a special unit to train local police", "told", "Ann Roe")],
    ),
    (  # negative: a second act joined by "and" is no cue of the clause before it
        "The unit trains local police, and Ms. Roe told the panel about its budget.",
        [],
    ),
]

#: A content before its cue ("[...], he said") leaves out what only links its sentence to the one
#: before; the writer's dating stays, and a quote opening the content keeps its mark.
LINKING_WORD_CASES = [
    (
        "Still, the mill will close in June, a union official said.",
        [("indirect", "the mill will close in June", "said", "a union official")],
    ),
    (
        "In fact, neither plan would change taxes much, analysts say.",
        [("indirect", "neither plan would change taxes much", "say", "analysts")],
    ),
    (  # negative: a dating of the fact
        "On Monday, the firm set up a fund in Ohio, a spokesman said.",
        [("indirect", "On Monday, the firm set up a fund in Ohio", "said", "a spokesman")],
    ),
    (  # negative: an opening quote mark is no linking word
        "“Racist” paintings should be removed from the museum, the group argues.",
        [("mixed", "“Racist” paintings should be removed from the museum", "argues", "the group")],
    ),
]

#: A participle aside between the subject and the cue ("Mr. Hale, asked about the mine, said ..."), which
#: the parse takes for the clause the cue reports, leaves the cue its subject and its real content.
PARTICIPLE_ASIDE_CASES = [
    (
        "Mr. Hale, asked about the mine, said the company had failed them.",
        [("indirect", "the company had failed them", "said", "Mr. Hale")],
    ),
    (
        "The mayor, pressed on the budget, insisted the city could pay for the repairs.",
        [("indirect", "the city could pay for the repairs", "insisted", "The mayor")],
    ),
    (  # negative: no comma before the verb, so it is no aside; the first clause is the reported one
        "Officials asked about the mine, the union said.",
        [("indirect", "Officials asked about the mine", "said", "the union")],
    ),
]

#: Every rule's cases, by rule: one test runs them all.
RULES: dict[str, list[tuple[str, list[tuple[str, str, str, str | None]]]]] = {
    "relative_that": RELATIVE_THAT_CASES,
    "quoted_predicate": QUOTED_PREDICATE_CASES,
    "lost_subject": LOST_SUBJECT_CASES,
    "condition_before": CONDITION_BEFORE_CASES,
    "as_aside": AS_ASIDE_CASES,
    "according_to_before": ACCORDING_TO_BEFORE_CASES,
    "according_to_inside": ACCORDING_TO_INSIDE_CASES,
    "gerund_subject": GERUND_SUBJECT_CASES,
    "first_person": FIRST_PERSON_CASES,
    "source_document": SOURCE_DOCUMENT_CASES,
    "asyndetic_cue": ASYNDETIC_CUE_CASES,
    "linking_word": LINKING_WORD_CASES,
    "participle_aside": PARTICIPLE_ASIDE_CASES,
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{rule}-{i}")
        for rule, cases in RULES.items()
        for i, (text, expected) in enumerate(cases)
    ],
)
def test_clause_claims(nlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert claims_of(nlp, text) == expected
