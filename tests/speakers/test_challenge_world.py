"""The second challenge set (tests/speakers/challenge_world.py), in outlet styles nobody tuned for:
every quote and claim of each passage names the speaker a careful reader gives it."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract
from quotes.evaluation.names import strict_match
from tests.speakers.challenge_world import CASES

#: Cases the parser still gets wrong, with why; each must fail (strict), so that a fix shows.
KNOWN_FAILURES: dict[str, str] = {}


def _marks(case_id: str) -> list[pytest.MarkDecorator]:
    reason = KNOWN_FAILURES.get(case_id)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, expected, id=case_id, marks=_marks(case_id)) for case_id, text, expected in CASES],
)
def test_each_quote_names_its_speaker(nlp, text: str, expected: list[tuple[str, str | None]]) -> None:
    records = extract(text, nlp=nlp)
    wrong = []
    for snippet, name in expected:
        found = [r for r in records if snippet in r.text]
        assert found, f"no record holds {snippet!r}: {[r.text for r in records]}"
        got = found[0].speaker.name
        if not (got == name if name is None or got is None else strict_match(name, got)):
            wrong.append((snippet, name, got))
    assert not wrong


def test_the_set_is_varied() -> None:
    # eight styles and over a hundred quotes, so that no one pattern decides the score
    styles = {case_id.split("-")[0] for case_id, _, _ in CASES}
    assert {"uktab", "ukbroad", "wire", "india", "nigeria", "aus", "sport", "court", "interview"} <= styles
    assert sum(len(expected) for _, _, expected in CASES) >= 100
