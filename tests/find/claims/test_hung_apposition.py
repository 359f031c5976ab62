"""A claim before its cue whose subject is a role noun with a name in apposition, which the parse hangs
on the content ("Prices will rise, the UK's energy regulator, Ofgem, said": "regulator" read as the
object of "rise", "said" left with no subject), or with an auxiliary before the cue ("..., has said"):
one record, its content up to the comma before the subject, its speaker the role noun
(quotes.find.claims.verb_claims). Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from tests.find.claims.claim_helpers import claims_of

CASES = [
    (
        "Prices will rise, the UK's energy regulator, Ofgem, said.",
        [("indirect", "Prices will rise", "said", "the UK's energy regulator")],
    ),
    (
        "Prices will rise, the regulator, Ofgem, has said.",
        [("indirect", "Prices will rise", "said", "the regulator")],
    ),
    (
        "Energy prices will rise by 10% from April, the regulator, Ofgem, said, blaming wholesale costs.",
        [("indirect", "Energy prices will rise by 10% from April", "said", "the regulator")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_subject_hung_on_the_content_still_speaks(nlp, text: str, expected: list[tuple]) -> None:
    assert claims_of(nlp, text) == expected


@pytest.mark.parametrize("text", [text for text, _ in CASES])
def test_the_body_in_apposition_is_the_speakers_name(text: str) -> None:
    [record] = extract(text)
    assert (record.speaker.name, record.speaker.kind) == ("Ofgem", "organization")


def test_a_cue_with_its_own_subject_keeps_it(nlp) -> None:
    # the apposition is inside the content, the cue has a subject of its own
    text = "The regulator, Ofgem, will raise prices, Ann Roe said."
    assert [c[3] for c in claims_of(nlp, text)] == ["Ann Roe"]
