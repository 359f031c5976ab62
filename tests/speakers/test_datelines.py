"""Datelines are the writer's place, never a speaker (:mod:`quotes.speakers.datelines`). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.speakers.datelines import dateline_end, in_dateline

DATELINES = [
    ("BERLIN (AP) — Chancellor Hans Weber said ...", "BERLIN (AP) — "),
    ("LONDON (Reuters) - Britain's biggest bank said ...", "LONDON (Reuters) - "),
    ("PARIS, Dec 5 (Reuters) - France's finance minister said ...", "PARIS, Dec 5 (Reuters) - "),
    ("DES MOINES, Iowa (AP) -- Voters said ...", "DES MOINES, Iowa (AP) -- "),
    ("ABUJA—The Federal Government said ...", "ABUJA—"),
    ("JERUSALEM/GAZA (Reuters) - Israel said ...", "JERUSALEM/GAZA (Reuters) - "),
    ("ISLAMABAD: Prime Minister Ali Raza said ...", "ISLAMABAD: "),
    ("New Delhi: Union Minister Ravi Anand said ...", "New Delhi: "),
    ("Mumbai, Dec 6 (PTI): The court said ...", "Mumbai, Dec 6 (PTI): "),
]

NOT_DATELINES = [
    "PENCE: Well, look, we will win.",  # a transcript speaker
    "Obama: We Will Win in November",  # a headline's speaker
    "The minister — tired and angry — said ...",
    "Jane Roe said that ...",
    "EXCLUSIVE – Ann Roe: Do Not Trust the Machines",  # an editor's rubric before a dash
    "AP-GfK Poll: Voters increasingly see Roe as electable.",  # a hyphen inside a name
    "OHIO’S VOTERS FAVOR ROE, BUT MONEY FAVORS HALE - Ann Roe: “Ohio has ...",  # a heading in capitals
]


@pytest.mark.parametrize(("text", "dateline"), DATELINES)
def test_dateline_end(text: str, dateline: str) -> None:
    assert dateline_end(text, 0) == len(dateline)
    assert in_dateline(text, 0) and not in_dateline(text, len(dateline))


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_no_dateline(text: str) -> None:
    assert dateline_end(text, 0) is None


def test_a_dateline_in_a_later_paragraph() -> None:
    text = "Markets fell.\n\nTOKYO (Reuters) - Japan's central bank said ..."
    start = text.index("TOKYO")
    assert dateline_end(text, start) == text.index("Japan")
    assert in_dateline(text, start + 2)


SPEAKERS = [
    # the parse makes the place the subject and hangs the speaker on it as an apposition
    (
        "BERLIN (AP) — German Chancellor Hans Weber said Monday his government would not send tanks.",
        "Hans Weber",
    ),
]


@pytest.mark.parametrize(("text", "name"), SPEAKERS)
def test_a_dateline_never_speaks(text: str, name: str | None) -> None:
    records = [r for r in extract(text) if r.cue is not None and r.cue.lemma in ("say", "tell")]
    assert len(records) == 1
    speaker = records[0].speaker
    assert speaker.name == name
    assert speaker.mention is not None and not speaker.mention.isupper()
