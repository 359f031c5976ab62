"""The sentence after a quote that names its source ("Those were the words of ...", "So said ...")
(quotes/find/direct/source_after.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract

#: (text, the quote, its speaker's mention); the paragraph before has another speaker, whom the quote
#: must not go on with.
PREFIX = "Her lawyer, Dan Price, said the family had been failed. “This is a disgrace,” he said.\n\n"

SOURCE_CASES = [
    ("“We are co-operating fully.” Those were the words of a police spokeswoman.", "a police spokeswoman"),
    ("“We need more nurses.” The words came from Dr Anna Fields, a consultant.", "Dr Anna Fields"),
    ("“The river rose in an hour.” So said Maria Lopez, who runs the village shop.", "Maria Lopez"),
    ("“No comment.” That was all the minister would say.", "the minister"),
    ("“It is over.” The comments were made by Tom Baker on Monday.", "Tom Baker"),
    ("“This is the worst flood.” The words of Tom Baker were echoed by his neighbours.", "Tom Baker"),
]


@pytest.mark.parametrize(("text", "mention"), SOURCE_CASES)
def test_the_sentence_after_names_the_source(text: str, mention: str) -> None:
    record = next(r for r in extract(PREFIX + text) if r.type == "direct" and r.start > len(PREFIX))
    assert record.speaker.mention == mention
    assert record.speaker.name != "Dan Price"


def test_the_next_paragraph_names_the_source() -> None:
    text = (
        "Residents were less sure. “I'll believe it when I see it.”\n\n"
        "The comment came from Mary Price, 71, who has lived in the village all her life."
    )
    [record] = extract(text)
    assert record.type == "direct" and record.speaker.name == "Mary Price"


NOT_SOURCE_CASES = [
    # the sentence after is news, not the quote's source: the quote goes on in the earlier speaker's words
    "“The police have questions to answer.” The words of the report were clear.",
    "“The police have questions to answer.” That was in March.",
]


@pytest.mark.parametrize("text", NOT_SOURCE_CASES)
def test_other_sentences_after_a_quote(text: str) -> None:
    record = next(r for r in extract(PREFIX + text) if r.type == "direct" and r.start > len(PREFIX))
    assert record.speaker.mention is None and record.speaker.name == "Dan Price"
