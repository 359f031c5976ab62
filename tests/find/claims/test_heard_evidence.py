"""Evidence a court, an inquest or a committee heard (British, Irish and Commonwealth court reports):
"The High Court heard that ...", "“...,” the jury heard". The body heard the words and did not say
them; whoever did goes unnamed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract

HEARD_CASES = [
    # (text, the record's text, or None for no record)
    ("Tom Hale denies murder. The High Court heard that he had bought a knife.", "he had bought a knife"),
    (
        "Ann Roe died in March. The inquest heard she had complained of chest pains.",
        "she had complained of chest pains",
    ),
    ("Leeds Crown Court heard Hale had been drinking.", "Hale had been drinking"),
    ("MPs heard that the scheme had cost £2bn.", "the scheme had cost £2bn"),
    ("Tom Hale denies murder. “I was terrified,” the jury heard.", "I was terrified,"),
    ("Ann Roe died in March. The court heard: “She was in pain.”", "She was in pain."),
    # a person hearing something is no report of anyone's words, and a hearing of a case has no content
    ("I heard that he had left.", None),
    ("The court heard the case on Monday.", None),
]


@pytest.mark.parametrize(("text", "content"), HEARD_CASES)
def test_evidence_a_body_heard_has_an_unnamed_speaker(text: str, content: str | None) -> None:
    records = extract(text)
    if content is None:
        assert records == []
        return
    (record,) = records
    assert record.text == content
    assert record.cue is not None and record.cue.lemma == "hear"
    speaker = record.speaker
    assert (speaker.mention, speaker.name, speaker.resolution) == (None, None, "none")


def test_a_hearer_told_is_no_speaker_after_a_quote_either() -> None:
    (record,) = extract("Ann Roe died in March. “She was in pain,” the inquest was told.")
    assert (record.speaker.mention, record.speaker.name) == (None, None)


def test_a_speaker_who_heard_something_keeps_the_whole_content() -> None:
    (record,) = extract("Tom Hale said he heard that the plant would close.")
    assert (record.text, record.speaker.name) == ("he heard that the plant would close", "Tom Hale")
