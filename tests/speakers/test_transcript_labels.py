"""Transcript labels in capitals named as people (quotes/speakers/transcript_labels.py), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.speakers.transcript_labels import label_name


def _at(text: str, label: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(label, start + 1)
    return start, start + len(label)


TRANSCRIPT = "Partial transcript:\n\nTOM HALE: Will you run?\n\nROE: I might.\n\nHALE: When?\n\nROE: Soon."


@pytest.mark.parametrize(
    ("label", "occurrence", "expected"),
    [
        # a full name in capitals whose first word is a given name: that person, in ordinary case
        ("TOM HALE", 0, ("Tom Hale", "name")),
        # the surname alone: the person of the full-name label that ends in it
        ("HALE", 1, ("Tom Hale", "surname")),
        # a surname no full-name label ends in: not named this way
        ("ROE", 0, None),
        # a word in capitals that is no label (no colon after it, not opening its line)
        ("Partial", 0, None),
    ],
)
def test_label_names(label: str, occurrence: int, expected: tuple[str, str] | None) -> None:
    decision = label_name(TRANSCRIPT, *_at(TRANSCRIPT, label, occurrence))
    assert (None if decision is None else (decision.name, decision.resolution)) == expected


def test_labels_of_no_given_name_or_of_a_shared_surname_name_no_one() -> None:
    text = "WHITE HOUSE: No comment.\n\nTOM HALE: Yes.\n\nANN HALE: No.\n\nHALE: Maybe."
    assert label_name(text, *_at(text, "WHITE HOUSE")) is None
    assert label_name(text, *_at(text, "HALE", 2)) is None  # Tom Hale or Ann Hale: no telling
    assert label_name(text, *_at(text, "ANN HALE")).name == "Ann Hale"


def test_transcript_records_name_labelled_speakers_in_ordinary_case(nlp) -> None:
    text = (
        "Governor Ann Roe spoke on Sunday.\n\nPartial transcript:\n\nTOM HALE: Will you run again?\n\n"
        "ROE: I think so.\n\nHALE: Why now?"
    )
    names = [(r.speaker.mention, r.speaker.name) for r in extract(text, nlp=nlp) if r.type == "direct"]
    assert names == [("TOM HALE", "Tom Hale"), ("ROE", "Ann Roe"), ("HALE", "Tom Hale")]
