"""Claims of cue verbs (quotes.find.claims.verb_claims): who holds the content."""

from __future__ import annotations

import pytest

from tests.find.claims.claim_helpers import claims_of

#: "(When) asked whether ...": the question put to the subject of the main clause is nobody's named,
#: and the answer after it is the subject's claim of its own.
ASKED_CASES = [
    (
        "Asked whether she would run again, Ms. Lee said she had not decided.",
        [
            ("indirect", "whether she would run again", "Asked", None),
            ("indirect", "she had not decided", "said", "Ms. Lee"),
        ],
    ),
    (
        "If asked whether the tax will rise, the minister will say no.",
        [("indirect", "whether the tax will rise", "asked", None)],
    ),
    (  # negative: a question with its asker named
        "The senator asked whether the agency had read the report.",
        [("indirect", "whether the agency had read the report", "asked", "The senator")],
    ),
    (  # negative: the askers are the subject
        "Reporters asked the mayor whether he would run again.",
        [("indirect", "whether he would run again", "asked", "Reporters")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASKED_CASES)
def test_asked_question_has_no_named_asker(nlp, text, expected):
    assert claims_of(nlp, text) == expected


#: A "that" clause cut short after its auxiliary, which the parse makes the cue's object.
ELLIPTICAL_CASES = [
    (
        "I think the plan will fail, and I told the minister that it would.",
        [
            ("indirect", "the plan will fail", "think", "I"),
            ("indirect", "it would", "told", "I"),
        ],
    ),
    ("Officials told the paper that it could.", [("indirect", "it could", "told", "Officials")]),
    ("He told me that story twice.", []),  # negative: "that" is a determiner
    ("They told him that last year.", []),  # negative: "that" is the thing told
]


@pytest.mark.parametrize(("text", "expected"), ELLIPTICAL_CASES)
def test_elliptical_that_clause(nlp, text, expected):
    assert claims_of(nlp, text) == expected


#: A "that" inside a content clause with a subject of its own belongs to that clause: the content
#: starts at the clause ("said [it is important that ...]"). After the cue's object, a clause the
#: parse makes the cue's is a relative clause of the object, and the "that" is the cue's.
EMBEDDED_THAT_CASES = [
    (
        "Lee said the problem for the party is that nobody trusts it.",
        [("indirect", "the problem for the party is that nobody trusts it", "said", "Lee")],
    ),
    (
        "He said he hoped that the talks would resume.",
        [("indirect", "he hoped that the talks would resume", "said", "He")],
    ),
    (
        "The mayor said it’s important that residents stay home.",
        [("indirect", "it’s important that residents stay home", "said", "The mayor")],
    ),
    (
        "The aide said the message was that “this will be a long fight.”",
        [("mixed", "the message was that “this will be a long fight.”", "said", "The aide")],
    ),
    (  # negative: "soldiers he met" is the recipient
        "He told soldiers he met that the war was over.",
        [("indirect", "the war was over", "told", "He")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EMBEDDED_THAT_CASES)
def test_that_of_a_clause_inside_the_content(nlp, text, expected):
    assert claims_of(nlp, text) == expected


#: A cue whose subject the parse hangs on a clause before it (a word of the speaker's description read
#: as a verb): the clause right after the cue is still its content, and the speaker is the name
#: opening the sentence. A quote closed before the cue, or a relative clause after it, is no content.
LOST_SUBJECT_CASES = [
    (
        "Sara Kim, a Reno, Nev., rabbi helping to lead the vigil, said she was moved by the crowd.",
        [("indirect", "she was moved by the crowd", "said", "Sara Kim")],
    ),
    (
        "The mayor visited the shelter on Monday, then says he will fund two more.",
        [("indirect", "he will fund two more", "says", "The mayor")],
    ),
    ("“We are ready,” said Jane Roe, who chairs the panel.", []),  # negative: the quote's own cue
    (  # negative: the name after the cue is its subject, with a relative clause of its own
        "The storm was the worst in decades, said a spokesman for the utility, Ben Ortiz, who also runs "
        "its outage team.",
        [("indirect", "The storm was the worst in decades", "said", "a spokesman")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOST_SUBJECT_CASES)
def test_content_after_a_cue_that_lost_its_subject(nlp, text, expected):
    assert claims_of(nlp, text) == expected


#: A "that" right after the cue that the parse reads as a preposition ("that at one point ...") still
#: opens the content when a clause with its own subject follows; "that" as a pronoun opens none.
MISPARSED_THAT_CASES = [
    (
        "“We have come a long way in the last year,” he said, noting that at one point earlier in the "
        "race he had trailed the mayor by 40 points.",
        [
            (
                "indirect",
                "at one point earlier in the race he had trailed the mayor by 40 points",
                "noting",
                "he",
            )
        ],
    ),
    ("He told me that in March.", []),  # negative: "that" is what he told
]


@pytest.mark.parametrize(("text", "expected"), MISPARSED_THAT_CASES)
def test_that_misparsed_as_a_preposition_opens_the_content(nlp, text, expected):
    assert claims_of(nlp, text) == expected


#: A cue set inside a relative clause whose relative word is the subject of the content: the clause
#: from the relative word on is the content. Only cues of saying: a belief so set stays the writer's.
RELATIVE_AROUND_CUE_CASES = [
    (
        "Farmers are struggling to adapt to what the minister said is a permanent drought.",
        [("indirect", "what the minister said is a permanent drought", "said", "the minister")],
    ),
    ("She bought what she thought was a painting by a local artist.", []),  # negative: a belief
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_AROUND_CUE_CASES)
def test_relative_clause_around_a_cue(nlp, text, expected):
    assert claims_of(nlp, text) == expected


#: Verbs of saying common in South Asian and West African English news, each with its content clause.
REGIONAL_SAYING_CASES = [
    (
        "Congress leader Ravi Menon opined that the Centre had failed farmers.",
        [("indirect", "the Centre had failed farmers", "opined", "Ravi Menon")],
    ),
    (
        "Mr Ahmed Bello averred that fuel supply had stabilised across the country.",
        [("indirect", "fuel supply had stabilised across the country", "averred", "Mr Ahmed Bello")],
    ),
    (
        "The counsel for the petitioner submitted that the order was illegal.",
        [("indirect", "the order was illegal", "submitted", "The counsel")],
    ),
    (
        "Officials intimated that the bridge would open late.",
        [("indirect", "the bridge would open late", "intimated", "Officials")],
    ),
    # negative: "submitted" a thing is no claim
    ("The company submitted its accounts on Friday.", []),
]


@pytest.mark.parametrize(("text", "expected"), REGIONAL_SAYING_CASES)
def test_regional_verbs_of_saying(nlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert claims_of(nlp, text) == expected


#: A cue set off after a closing mark that interrupts the clause the quoted words begin: the clause
#: goes on after the cue in the writer's words, and the whole of it is one mixed record around the cue.
INTERRUPTED_QUOTE_CASES = [
    (  # a subject with its titles right after the closing mark
        "Despite its “bold promises,” Deputy Mayor Ann Lee said, the plan has failed to cut costs.",
        [
            (
                "mixed",
                "Despite its “bold promises,” Deputy Mayor Ann Lee said, the plan has failed to cut costs",
                "said",
                "Ann Lee",
            )
        ],
    ),
    (
        "Despite its “bold promises,” the mayor said, the plan has failed to cut costs.",
        [
            (
                "mixed",
                "Despite its “bold promises,” the mayor said, the plan has failed to cut costs",
                "said",
                "the mayor",
            )
        ],
    ),
    (
        "Her “firm resolve,” the senator wrote, has carried the party through two hard years.",
        [
            (
                "mixed",
                "Her “firm resolve,” the senator wrote, has carried the party through two hard years",
                "wrote",
                "the senator",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTERRUPTED_QUOTE_CASES)
def test_cue_interrupting_a_quoted_clause(nlp, text, expected):
    assert claims_of(nlp, text) == expected


#: The quote that opens the interrupted clause is part of the one mixed record, not a direct quote of
#: its own; a sentence complete before the cue, a participle after it and a quote reopened after it
#: leave the direct quotes alone.
INTERRUPTED_QUOTE_RECORDS = [
    (
        "“Only the council,” she said, could approve such a costly plan.",
        [("mixed", "“Only the council,” she said, could approve such a costly plan")],
    ),
    ("“We will win,” he said, as the crowd cheered.", [("direct", "We will win,")]),
    ("“We will win,” Deputy Mayor Ann Lee said, as the crowd cheered.", [("direct", "We will win,")]),
    (
        "“It has been a long year,” the senator said, asked about the delay in an interview.",
        [("direct", "It has been a long year,")],
    ),
    (
        "“He will have the loudest voice,” she said, not even hinting that the race was over.",
        [("direct", "He will have the loudest voice,")],
    ),
    (
        "“We will win,” he said, “and we will govern.”",
        [("direct", "We will win,"), ("direct", "and we will govern.")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTERRUPTED_QUOTE_RECORDS)
def test_quote_opening_an_interrupted_clause_is_one_mixed_record(nlp, text, expected):
    from quotes.extract import extract

    assert [(a.type, a.text) for a in extract(text, nlp=nlp)] == expected


#: A quoted title that ends the sentence after a cue set in a clause of its own names the work the
#: cue's setting speaks of, not more content: the content ends before the cue.
TITLE_AFTER_CUE_CASES = [
    (
        "Prices fell sharply that year, Ms. Roe wrote in her 2010 memoir, ''A Life in Numbers.''",
        [("indirect", "Prices fell sharply that year", "wrote", "Ms. Roe")],
    ),
    (
        "The town never recovered, he said in his book, “The Long Road Home.”",
        [("indirect", "The town never recovered", "said", "he")],
    ),
    (  # negative: quoted words that go on with the content
        "The plan, she said, was “a mess.”",
        [("mixed", "The plan, she said, was “a mess.”", "said", "she")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_AFTER_CUE_CASES)
def test_title_after_cue_is_no_content(nlp, text, expected):
    assert claims_of(nlp, text) == expected
