"""Direct quotes in wire and archive copy: two apostrophes as a double mark (''like this''), marks that
face the wrong way or do not match, nested quotes that close next to the outer mark, and quotes
introduced by a clause that ends in a comma."""

from __future__ import annotations

import pytest

from quotes.find.direct.direct import find_direct_quotes

DIRECT_CASES = [
    # (text, [(quote text, mode, cue word or None)])
    (
        "''It's a bad deal,'' said Dale Moss, a farmer. ''We lose either way.''",
        [("It's a bad deal,", "cue_after", "said"), ("We lose either way.", "continuation", None)],
    ),
    # a cue clause that ends in a comma, with a verb that is not a saying verb
    (
        "As one columnist put it, ''The council has lost its nerve.''",
        [("The council has lost its nerve.", "cue_before", "put")],
    ),
    (
        "Asked about the fine, the mayor shot back, “I suppose I could have paid it.”",
        [("I suppose I could have paid it.", "cue_before", "shot")],
    ),
    (
        "Hours after the vote, the governor issued a statement, “Tonight the people have spoken.”",
        [("Tonight the people have spoken.", "cue_before", "issued")],
    ),
    # the sentence may go on with a participle about the speaker
    (
        "The host came back on stage and joked, “Folks, you are being ridiculous,” drawing loud jeers.",
        [("Folks, you are being ridiculous,", "cue_before", "joked")],
    ),
    # ... or with a clause about when it was said; a cue in a relative clause ends with its quote
    (
        "The spot shows the mayor saying during the debate last week, “That makes me smart,” when his rival "
        "blasted him.",
        [("That makes me smart,", "cue_before", "saying")],
    ),
    (
        "The senator, who joked of the new stadium, ''I haven't seen a game there yet,'' left early.",
        [("I haven't seen a game there yet,", "cue_before", "joked")],
    ),
    ("He was named the best student in a class, “Perceptions 301,” because he stayed.", []),
    # negative: a slogan or a lower-case phrase after a comma is an apposition, not an utterance
    ("The group adopted a new slogan, “Forward Together.”", []),
    ("She has a new phrase, “soft landing,” for it.", []),
    # a sentence of quoted words after a quoted fragment with its cue goes on in the same words
    (
        "Costs are ''far too high,'' Ms. Reyes said. ''We cannot keep the doors open.''",
        [("We cannot keep the doors open.", "continuation", "said")],
    ),
    # a quote with its nested quote's mark before the closing one still finds the cue after it
    (
        "''They kept saying, 'Wait your turn,''' Ms. Ortiz recalled.",
        [("They kept saying, 'Wait your turn,'", "cue_after", "recalled")],
    ),
    ("“Is that the plan?“ the reporter asked.", [("Is that the plan?", "cue_after", "asked")]),
    # a short paragraph all in single marks, where speech is in double marks, is a subheading
    (
        "''We will win,'' she said. ''And soon.''\n\n'A change of heart.'\n\nThe vote is Monday.",
        [("We will win,", "cue_after", "said"), ("And soon.", "continuation", None)],
    ),
    # negative: where speech is in single marks, such a paragraph goes on with the quote
    (
        "‘We will win,’ she said.\n\n‘And we will rebuild.’",
        [("We will win,", "cue_after", "said"), ("And we will rebuild.", "continuation", None)],
    ),
    # a pronoun starting a new sentence after a full stop is not the speaker of the quote before
    (
        "The mayor spoke at noon. “We are seeking a court order.” She then announced a second suit.",
        [("We are seeking a court order.", "continuation", "spoke")],
    ),
    # a quote ending the sentence after a cued quote, with no cue of its own, goes on in the same words
    (
        "“It is over,” she said. But “we will be back next year with a better team.”",
        [
            ("It is over,", "cue_after", "said"),
            ("we will be back next year with a better team.", "continuation", None),
        ],
    ),
    ("“It is over,” she said. He starred in “The Apprentice.”", [("It is over,", "cue_after", "said")]),
    # a whole quoted sentence after a sentence reporting someone's words goes on in those words
    (
        "At the rally she said they had made real progress. “We have worked hard for this town.”",
        [("We have worked hard for this town.", "continuation", "said")],
    ),
    # negative: a quoted term starting a sentence, or a quote after a sentence with no cue
    ('The agency said it had classified the files. "Top secret" is the highest level.', []),
    ("The bridge opened in May. “It is a fine bridge.”", []),
    # a run-on quote opened mid-paragraph after a cued quote is cut at the paragraph break, so the next
    # paragraph's own cue is found
    (
        '"The lines are long here," he said. "They think every visitor is a tourist.\n\n'
        '"And they still believe we ride camels," he said with a grin.',
        [
            ("The lines are long here,", "cue_after", "said"),
            ("They think every visitor is a tourist.", "continuation", None),
            ("And they still believe we ride camels,", "cue_after", "said"),
        ],
    ),
    # a quote set off by dashes: the clause before it, or the cue after it, names the speaker
    (
        "When the mayor finally wrapped up — “We will rebuild this town!” — the crowd cheered.",
        [("We will rebuild this town!", "cue_before", "wrapped")],
    ),
    (
        "Neither voter liked the senator - ''Spoiled from the start,'' Mr. Ames said - but both stayed home.",
        [("Spoiled from the start,", "cue_after", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT_CASES)
def test_direct_quotes_in_archive_styles(nlp, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    doc = nlp(text)
    found = find_direct_quotes(doc)
    assert [
        (text[q.start : q.end], q.mode, doc[q.cue].text if q.cue is not None else None) for q in found
    ] == expected


def test_continuation_after_a_fragment_names_the_fragments_speaker(nlp) -> None:
    doc = nlp("Costs are ''far too high,'' Ms. Reyes said. ''We cannot keep the doors open.''")
    [record] = [a for a in doc._.attributions if a["type"] == "direct"]
    assert record["text"] == "We cannot keep the doors open."
    assert record["speaker"]["mention"] == "Ms. Reyes"
