"""Direct quotes (quotes/find/direct/direct.py): which marked quotes stand as quotations and how their cue was
found, continuations and interrupted quotes, unmarked "X said:" blocks, titles and fragments left out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.find.direct.direct import find_direct_quotes

DIRECT_CASES = [
    # (text, [(quote text, mode)])
    ("“We will win,” he said.", [("We will win,", "cue_after")]),
    ("“We will win,” said Mr Wallace.", [("We will win,", "cue_after")]),
    ("He added: “We will win.”", [("We will win.", "cue_before")]),
    ("Ben Wallace said\n\n“We will win.”", [("We will win.", "previous_paragraph")]),
    (
        "He said:\n\n“We will win.”\n\n“And we will rebuild.”",
        [("We will win.", "previous_paragraph"), ("And we will rebuild.", "continuation")],
    ),
    (
        "Ben Wallace said:\n\nI was delighted to visit.\n\nOur support goes on.\n\n"
        "The visit came in a busy week.",
        [("I was delighted to visit.", "block"), ("Our support goes on.", "continuation")],
    ),
    ('Jane Doe said, "It is over."', [("It is over.", "cue_before")]),
    ('Mr Smith said "we will win the war".', [("we will win the war", "cue_before")]),
    ("“No,” said Boris Johnson. “Never.”", [("No,", "cue_after"), ("Never.", "continuation")]),
    (
        "“Here he is,” she said, clapping. “The Donald.”",
        [("Here he is,", "cue_after"), ("The Donald.", "continuation")],
    ),
    (
        "''It's tinkering,'' said Alan Cole, an economist. ''I wouldn't call it reform.''",
        [("It's tinkering,", "cue_after"), ("I wouldn't call it reform.", "continuation")],
    ),
    # a paragraph of quotes whose cue comes after the last: all the cued speaker's, not a continuation
    (
        "“We will not back down,” Tom Hale said.\n\n"
        "“The plan failed.” “Nobody listened,” Ann Roe said.",
        [
            ("We will not back down,", "cue_after"),
            ("The plan failed.", "cue_after"),
            ("Nobody listened,", "cue_after"),
        ],
    ),
    (
        "“We won,” Tom Hale said.\n\n“It was close”. “Very close.” “We deserved it,” Ann Roe said.",
        [
            ("We won,", "cue_after"),
            ("It was close", "cue_after"),
            ("Very close.", "cue_after"),
            ("We deserved it,", "cue_after"),
        ],
    ),
    # words between the quotes break the run: the first one goes on in the earlier speaker's words
    (
        "“We won,” Tom Hale said.\n\n“It was close.” And then: “We deserved it,” Ann Roe said.",
        [("We won,", "cue_after"), ("It was close.", "continuation"), ("We deserved it,", "cue_after")],
    ),
    # transcript lines: a speaker label in capitals
    (
        "WALLACE: Will she be there?\nPENCE: She will not.",
        [("Will she be there?", "label"), ("She will not.", "label")],
    ),
    ("UPDATE: The talks resumed on Monday.", []),
    # fragments after a quote with its own cue are someone else's words, not a continuation
    (
        "“Is it on?” she said, as Trump went on about “how the system is rigged,” and “wounded families”.",
        [("Is it on?", "cue_after")],
    ),
    # a fragment in narration is not a direct quote on its own
    ('He said "several huge mistakes" were made by the Kremlin.', []),
    ("The President thanks the UK for the “big support” it has given.", []),
    ("Mr Wallace said that allies would “stand in solidarity” with Kyiv.", []),
    # "continue" with no comma before a quote is no cue: nothing goes on being said
    ("Clubs keep closing, a trend that experts predict will continue “for the next few years.”", []),
    (
        "“We are not done,” he continued. “We will be back.”",
        [("We are not done,", "cue_after"), ("We will be back.", "continuation")],
    ),
    # a quote closing a subordinate clause with its cue, before the main clause
    (
        "When someone in the audience shouted, “Cruz,” Beck joked, “Amen, brother!”",
        [("Cruz,", "cue_before"), ("Amen, brother!", "cue_before")],
    ),
    ("As the crowd chanted “four more years,” the president smiled.", [("four more years,", "cue_before")]),
    # a quoted sentence closed by a comma before a relative clause on the last name in it
    (
        "Roe interjected, “Ladies and gentlemen, Mr. Paul Simon,” who went on to sing a song.",
        [("Ladies and gentlemen, Mr. Paul Simon,", "cue_before")],
    ),
    # negatives: a quote closing a main clause that goes on, or a content clause, is a fragment
    ("He said “no,” and left the room.", []),
    (
        "Roe wrote that he had been named the most honest student in a class, “Perceptions 301,” "
        "because he was the only one to stay.",
        [],
    ),
    # a titled work is not a quote
    ("Watch our documentary 'The A Word' tonight.", []),
    # a cue after a long appositive ("X, a doctor who treated him, said")
    (
        "“He was lucky to survive the night,” Hugh Hill, a doctor who treated him at the clinic, said.",
        [("He was lucky to survive the night,", "cue_after")],
    ),
    # cues of manner are cues of direct quotes
    ("“Stay there!” a man in the crowd yelled.", [("Stay there!", "cue_after")]),
    ("“It is a long line,” he joked.", [("It is a long line,", "cue_after")]),
    ("“Go out and vote,” exhorted her introducer.", [("Go out and vote,", "cue_after")]),
    (  # inverted: the manner verb before its speaker
        "“This is a disaster for the party,” grumbled one senior aide.",
        [("This is a disaster for the party,", "cue_after")],
    ),
    # a quote interrupted by its cue: both parts take the cue
    (
        "“It is a hard question,” said the Ohio senator, “because it puts two rights in conflict.”",
        [("It is a hard question,", "cue_after"), ("because it puts two rights in conflict.", "cue_inside")],
    ),
    # a dash attribution at the end of the paragraph
    (
        "“The river came up faster than anyone expected.” ― Steve Quinlan\n\nThe town was flooded.",
        [("The river came up faster than anyone expected.", "dash")],
    ),
    # a colon with no reporting verb: a name, "From X:", or the clause's own verb
    (
        "From the governor’s statement: “The state will cover the repairs.”",
        [("The state will cover the repairs.", "cue_before")],
    ),
    (
        "Cruz called them on it:\n\n“The questions show why people distrust the media.”",
        [("The questions show why people distrust the media.", "previous_paragraph")],
    ),
    # a whole utterance after its cue, even when the sentence goes on
    (
        "She declared “What a night for us!” and left the stage.",
        [("What a night for us!", "cue_before")],
    ),
    # "According to X," before a quote
    (
        "According to the newspaper, “Gun laws let dealers sell to almost anyone.”",
        [("Gun laws let dealers sell to almost anyone.", "cue_before")],
    ),
    # the cue before a long object and its relative clause
    (
        "She told the mayors who gathered in the city, “no one should doubt our commitment.”",
        [("no one should doubt our commitment.", "cue_before")],
    ),
    (
        "Ryan said,“Look, those images have no place here.”",
        [("Look, those images have no place here.", "cue_before")],
    ),
    ("“This is a win for me,” I confessed.", [("This is a win for me,", "cue_after")]),
    # a participial aside between the cue and the quote ("joked, again using a fake accent, “...”")
    (
        "When a man in the crowd shouted, “Smith,” Roe joked, again using a fake Southern accent, "
        "“Amen, brother! Come on up!”",
        [("Smith,", "cue_before"), ("Amen, brother! Come on up!", "cue_before")],
    ),
    # ... but a quoted phrase after such an aside is no utterance
    ("Roe said nothing, using his phone, “a habit of his.”", []),
    # not speech: a title used as a modifier, a possessive title, a link label
    ("On the channel’s “Sunday Morning Futures,” Rep. Jo Smith said the vote was close.", []),
    ("“Orange Is the New Black” star Dascha Polanco spoke about her role.", []),
    ("Budget news.\n\n“Related:”\n\nThe vote is on Monday.", []),
    # a quote opened as a fragment of the writer's sentence that runs on into a paragraph closed before a
    # cue: the fragment is left to the reported clause, the later paragraph is a quote of its own
    (
        "Ann Roe said the plan is “a mess from start to finish.\n\n“What we need is a budget. We have "
        "none. That is the problem,” Roe said. “We cannot wait.”",
        [
            ("What we need is a budget. We have none. That is the problem,", "cue_after"),
            ("We cannot wait.", "continuation"),
        ],
    ),
    # ... but a run-on quote right after its cue is one quote over both paragraphs
    (
        "Ann Roe said “The plan is a mess from start to finish.\n\n“What we need is a budget,” she said.",
        [("The plan is a mess from start to finish.\n\n“What we need is a budget,", "cue_before")],
    ),
    # ... and a fragment run on to the end of a paragraph with nothing after it stays one fragment
    ("The council called the budget “a mess from start to finish.\n\n“Nobody read it. Nobody.”\n\nEnd.", []),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT_CASES)
def test_direct_quotes(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert [(text[q.start : q.end], q.mode) for q in find_direct_quotes(doc)] == expected


def test_cue_token_is_the_reporting_verb(nlp) -> None:
    doc = nlp("“We will win,” a Downing Street spokesman said.")
    [quote] = find_direct_quotes(doc)
    assert quote.cue is not None and doc[quote.cue].text == "said"


SPEAKER_TOKEN_CASES = [
    # (text, the word the quote's speaker_token points at, or None)
    ("“The river came up faster than anyone expected.” ― Steve Quinlan", "Quinlan"),
    ("From the governor’s statement: “The state will cover the repairs.”", "governor"),
    ("The timing does not surprise pollster Daron Shaw: “Late deciders move late.”", "Shaw"),
    ("“We were wrong not to confront him,” Jorge Ramos, 58, told a news agency.", "Ramos"),
    ("He added: “We will win.”", None),  # the cue leads to the speaker
    ("According to the newspaper, “Gun laws let dealers sell to almost anyone.”", "newspaper"),
]


@pytest.mark.parametrize(("text", "word"), SPEAKER_TOKEN_CASES)
def test_speaker_token_where_no_cue_leads_to_the_speaker(nlp, text: str, word: str | None) -> None:
    doc = nlp(text)
    [quote] = find_direct_quotes(doc)
    if word is None:
        assert quote.speaker_token is None
    else:
        assert quote.speaker_token is not None and doc[quote.speaker_token].text == word


def test_quotes_ahead_of_a_cued_quote_take_its_cue(nlp) -> None:
    doc = nlp("“We will not give up,” Tom Hale said.\n\n“The plan failed.” “Nobody listened,” Ann Roe said.")
    _, first, second = find_direct_quotes(doc)
    assert first.cue == second.cue and doc[first.cue].text == "said" and doc[first.cue].idx > second.end


def test_interrupted_quote_parts_share_the_cue(nlp) -> None:
    doc = nlp("“It is a hard question,” said the Ohio senator, “because it puts two rights in conflict.”")
    first, second = find_direct_quotes(doc)
    assert first.cue == second.cue and doc[first.cue].text == "said"


def test_quote_inside_a_reported_clause_after_a_cue_is_no_resumed_quote(nlp) -> None:
    # "adding that if ..., “...”": the second quote ends a reported clause (a mixed quote for claims),
    # it does not resume the first one
    text = (
        "“The city is broke,” the mayor wrote, adding that if taxes rose again, “the last shops will leave.”"
    )
    doc = nlp(text)
    assert [(text[q.start : q.end], q.mode) for q in find_direct_quotes(doc)] == [
        ("The city is broke,", "cue_after")
    ]
    assert [a["type"] for a in doc._.attributions] == ["direct", "mixed"]


SUBJECT_SPLIT_CASES = [
    # (text, [(quote text, mode, cue word, speaker mention)]): a quote split by its cue between subject
    # and predicate, the writer's verb between the parts: both parts take the cue and the speaker
    (
        "“Family leave,” the policy states, becomes available “after one year of employment.”",
        [
            ("Family leave,", "cue_after", "states", "the policy"),
            ("after one year of employment.", "cue_inside", "states", "the policy"),
        ],
    ),
    (
        "“The new rules,” the mayor said, will take effect “as soon as the council votes.”",
        [
            ("The new rules,", "cue_after", "said", "the mayor"),
            ("as soon as the council votes.", "cue_inside", "said", "the mayor"),
        ],
    ),
    # negatives: the cue's own clause goes on (a verb it coordinates, a participle): the later quote is
    # not the first one's predicate
    ("“We will win,” he said, and walked out “in disgust.”", [("We will win,", "cue_after", "said", "he")]),
    (
        "“We will win,” he said, pointing to “the latest polls.”",
        [("We will win,", "cue_after", "said", "he")],
    ),
    # a present-tense cue the tagger reads as a plural noun ("the states") is still the cue
    (
        "“Family leave is a right,” the union states, and the company agrees.",
        [("Family leave is a right,", "cue_after", "states", "the union")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_SPLIT_CASES)
def test_quote_split_between_subject_and_predicate(nlp, text: str, expected: list[tuple]) -> None:
    doc = nlp(text)
    found = [
        (a["text"], a["cue"]["text"] if a["cue"] else None, a["speaker"]["mention"])
        for a in doc._.attributions
        if a["type"] == "direct"
    ]
    assert found == [(quote, cue, mention) for quote, _, cue, mention in expected]
    assert [q.mode for q in find_direct_quotes(doc)] == [mode for _, mode, _, _ in expected]


@given(st.text(alphabet="ab \n", max_size=80), st.integers(-2, 85))
def test_the_paragraph_of_an_offset_is_the_one_a_scan_finds(text: str, offset: int) -> None:
    from quotes.find.direct.direct import _paragraph_of
    from quotes.find.direct.marks import paragraph_spans

    paragraphs = paragraph_spans(text)
    scan = next((n for n, (start, end) in enumerate(paragraphs) if start <= offset < end), -1)
    assert _paragraph_of(paragraphs, offset, [start for start, _ in paragraphs]) == scan
