"""The cue or speaker before a quote's opening mark (quotes/find/direct/cue_before.py): clauses ending in a
colon,
"As X put it,", quotes in brackets, and the speaker where the cue has no subject."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotes.find.direct.direct import find_direct_quotes

COLON_CUE_CASES = [
    # (text, mode, the cue word or None): a quote after a colon
    # the cue after the quote, when the clause before the colon has none
    (
        "After the attack on a church in Lyon, Roe asserted that the city had lost its soul: "
        "“Lyon is no longer Lyon,” he claimed.",
        "cue_after",
        "claimed",
    ),
    # the lead's own verb when the parse runs its sentence on into the quote ("As ... put it:")
    (
        "As Professor Hale put it: ''The city does a better job at welcoming newcomers than most.''",
        "cue_before",
        "put",
    ),
    # a lead without a reporting verb: its main verb
    ("The mayor had one rule for the staff: “Never apologise, never explain.”", "cue_before", "had"),
    ("He added: “We will win,” and left.", "cue_before", "added"),
]


@pytest.mark.parametrize(("text", "mode", "cue"), COLON_CUE_CASES)
def test_cue_of_a_quote_after_a_colon(nlp, text: str, mode: str, cue: str | None) -> None:
    doc = nlp(text)
    [quote] = find_direct_quotes(doc)
    assert quote.mode == mode
    assert (doc[quote.cue].text if quote.cue is not None else None) == cue


def test_colon_lead_run_on_into_the_quote_skips_its_content_clause(nlp) -> None:
    # the parse hangs the lead "Roe felt that the city lost its soul:" on the quote's verb: the lead's
    # verb is "felt", never "lost" inside its content clause
    words = [
        "Roe",
        "felt",
        "that",
        "the",
        "city",
        "lost",
        "its",
        "soul",
        ":",
        "“",
        "Lyon",
        "is",
        "gone",
        ".",
        "”",
    ]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[
            True,
            True,
            True,
            True,
            True,
            True,
            True,
            False,
            True,
            False,
            True,
            True,
            False,
            False,
            False,
        ],
        heads=[1, 11, 5, 4, 5, 1, 7, 5, 11, 11, 11, 11, 11, 11, 11],
        deps=[
            "nsubj",
            "ccomp",
            "mark",
            "det",
            "nsubj",
            "ccomp",
            "poss",
            "dobj",
            "punct",
            "punct",
            "nsubj",
            "ROOT",
            "acomp",
            "punct",
            "punct",
        ],
        pos=[
            "PROPN",
            "VERB",
            "SCONJ",
            "DET",
            "NOUN",
            "VERB",
            "PRON",
            "NOUN",
            "PUNCT",
            "PUNCT",
            "PROPN",
            "AUX",
            "ADJ",
            "PUNCT",
            "PUNCT",
        ],
    )
    [quote] = find_direct_quotes(doc)
    assert quote.cue is not None and doc[quote.cue].text == "felt"


COLON_SENTENCE_CASES = [
    # (text, the cue word, the speaker token's word): a quote after a colon takes the cue of the
    # colon's own sentence, never a reporting verb of an earlier sentence in the paragraph
    (
        "Roe said he would run again. At a rally in Dayton, Roe went further: “Nobody can stop us now.”",
        "went",
        None,
    ),
    ("Jane Roe said the plan was fair. She stood by it: “It is the best deal we could get.”", "stood", None),
    # a digest line: a topic, a dash, then the name of the source before the colon
    (
        "Turnout surprised analysts - Mark Hale: “The late deciders broke for the challenger.”",
        None,
        "Hale",
    ),
    ("Polls held steady — Gallup: “Approval was flat all month.”", None, "Gallup"),
    # negative: a clause with its own verb after the dash is no name
    ("The count went on - officials said it was close: “We will know by noon.”", "said", None),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), COLON_SENTENCE_CASES)
def test_quote_after_a_colon_takes_its_own_sentence(
    nlp, text: str, cue: str | None, speaker: str | None
) -> None:
    doc = nlp(text)
    [quote] = [q for q in find_direct_quotes(doc) if q.mode == "cue_before"]
    assert (doc[quote.cue].text if quote.cue is not None else None) == cue
    assert (doc[quote.speaker_token].text if quote.speaker_token is not None else None) == speaker


PUT_IT_AND_BRACKET_CASES = [
    # (text, [(quote, mode, cue word, speaker word)])
    # "As X put it," before a quoted sentence: "put" is the cue, the name after "As" the speaker
    (
        "As Jane Roe, a historian at Yale, put it, “The past is never quite past.”",
        [("The past is never quite past.", "cue_before", "put", "Roe")],
    ),
    (
        "As the court's clerk put it, ''We simply ran out of time.''",
        [("We simply ran out of time.", "cue_before", "put", "clerk")],
    ),
    # a quoted sentence in brackets, its cue after it
    (
        "The sale drew complaints (“No refunds, ever,” wrote one buyer on a forum) and the shop closed.",
        [("No refunds, ever,", "cue_after", "wrote", None)],
    ),
    # negative: a fragment in the writer's sentence, in brackets or after "as he puts it"
    ("Her plan for the markets (“Uber for everything”) won few fans.", []),
]


@pytest.mark.parametrize(("text", "expected"), PUT_IT_AND_BRACKET_CASES)
def test_as_one_put_it_and_quotes_in_brackets(nlp, text: str, expected: list[tuple]) -> None:
    doc = nlp(text)
    found = [
        (
            text[q.start : q.end],
            q.mode,
            doc[q.cue].text if q.cue is not None else None,
            doc[q.speaker_token].text if q.speaker_token is not None and q.mode == "cue_before" else None,
        )
        for q in find_direct_quotes(doc)
    ]
    assert found == expected


SPEAKER_FALLBACK_CASES = [
    # (text, the word of the speaker token of the last direct quote): where the cue leads to no subject
    # a participle opening its sentence goes on in the words of the previous sentence's speaker
    ("Roe stated that the report was bad. Adding, “Nobody reads these things anyway.”", "Roe"),
    # an inverted cue and a name before the colon
    ("Continued Hale: “So I think it is a very real problem.”", "Hale"),
    # "According to X:" names its source
    ("According to the Herald: “The mayor has left the city.”", "Herald"),
    # negative: a participle after a sentence headed by no reporting verb
    ("Roe left the room early. Adding, “Nobody reads these things anyway.”", None),
]


@pytest.mark.parametrize(("text", "word"), SPEAKER_FALLBACK_CASES)
def test_speaker_token_where_the_cue_has_no_subject(nlp, text: str, word: str | None) -> None:
    doc = nlp(text)
    quote = find_direct_quotes(doc)[-1]
    assert (doc[quote.speaker_token].text if quote.speaker_token is not None else None) == word


SPEAKER_MENTION_CASES = [
    # (text, the speaker mention of the last direct quote, or None for no direct quote)
    # a long clause before the name leaves the verb without a subject: the name before it, over a
    # party tag in brackets
    (
        "While discussing a post featuring a star likened to the Star of David, Rep. Jane Roe (R-WI) "
        "said “those images have no place in a campaign.”",
        "Jane Roe",
    ),
    ("Sen. John Doe (D-NY) said, “This is beneath the office.”", "John Doe"),
    # "in X's words" and "in the words of X" name the speaker of a quote ending the sentence
    (
        "The summit was held in Tel Aviv because, in Forbes’ words, “they are the most "
        "entrepreneurial places on the planet.”",
        "Forbes",
    ),
    ("In the words of one senior aide, “This is a disaster.”", "one senior aide"),
    ("In the mayor’s words, “This city will not be bullied.”", "the mayor"),
    ("Jane Roe spoke for an hour. In her words, “We have only just begun.”", "her"),
    # a colon after a clause with no reporting verb: its subject speaks
    (
        "Rather than rule on the petition, the state board was conclusive in its findings: "
        "“Further discussion on this issue is unnecessary.”",
        "the state board",
    ),
    # the number is part of the name
    ("Article 33 affirms: “No state shall expel a refugee to a place of danger.”", "Article 33"),
    ("Here’s Roe in December 1992: “Our new direction must rest on the new realities.”", "Roe"),
    # a passive verb of addressing: the name before it heard the words
    ("In an interview on Wednesday, Jane Roe was asked, “What is the most dangerous place you saw?”", None),
    # negatives: "in other words" names nobody, and a fragment in the writer's sentence is no quote
    ("In other words, “the plan is dead.”", None),
    ("In his words, “a disaster,” for the city and its people.", None),
]


@pytest.mark.parametrize(("text", "mention"), SPEAKER_MENTION_CASES)
def test_speaker_before_the_quote(nlp, text: str, mention: str | None) -> None:
    directs = [a for a in nlp(text)._.attributions if a["type"] == "direct"]
    assert (directs[-1]["speaker"]["mention"] if directs else None) == mention


#: A verb whose object is a free relative ("what he believes") does not report the quote after it.
FREE_RELATIVE_CASES = [
    # (text, [(quote, cue word)])
    ("He says what he believes “no matter what.”", []),
    # negative: a colon after the verb's clause introduces the quote
    ("She said what she thought: “This is wrong.”", [("This is wrong.", "thought")]),
    # negative: a quote that is the verb's own object
    ("He declared “We will win the war.”", [("We will win the war.", "declared")]),
]


@pytest.mark.parametrize(("text", "expected"), FREE_RELATIVE_CASES)
def test_a_free_relative_object_is_no_cue_of_the_quote(nlp, text: str, expected: list[tuple]) -> None:
    doc = nlp(text)
    found = [(text[q.start : q.end], doc[q.cue].text) for q in find_direct_quotes(doc) if q.cue is not None]
    assert found == expected


LISTENER_CASES = [
    # (text, the cue word or None): a long listener after the verb, which the parse hangs on the quote
    (
        "In discussing the various troubles swirling around mayoral candidate Ann Lee, former UN envoy "
        "John Roe told Daily Morning SiriusXM host Matt Cole, “Their party slogan might as well be Vote "
        "for Ann Lee – Not Charged, Yet!”",
        "told",
    ),
    # ... or makes the listener a sentence of its own
    (
        "Speaking about the scandals around the governor, retired judge Ann Lee told Capital Radio Weekly "
        "SiriusXM host Sam Cole, “The motto might as well be Vote for Us – Not Convicted, Yet!”",
        "told",
    ),
    # a verb that is no cue between the names and the mark: no quotation, a fragment in the sentence
    (
        "Roe said the station hired Channel Four evening host Tom Reyes, “the best anchor in town,” "
        "last year.",
        None,
    ),
    ("The mayor visited Channel Four evening host Tom Reyes, “the best anchor in town,” on Monday.", None),
    # a phrase set off by dashes after the verb's object is no quotation of the verb
    ("The judge said the ruling — “a narrow one” — does not settle the wider question.", None),
]


@pytest.mark.parametrize(("text", "cue"), LISTENER_CASES)
def test_cue_before_a_long_listener_the_parse_runs_into_the_quote(nlp, text: str, cue: str | None) -> None:
    doc = nlp(text)
    quotes = [q for q in find_direct_quotes(doc) if q.mode == "cue_before"]
    assert [doc[q.cue].text for q in quotes if q.cue is not None] == ([cue] if cue else [])
