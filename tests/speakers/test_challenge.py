"""The three challenge sets of speakers: every quote and claim of each passage names the speaker a careful
reader gives it.

- ``tests/speakers/challenge_passages.py``: pronouns and continuations in five outlet styles; names must be
  exactly those expected.
- ``tests/speakers/challenge_world.py``: outlet styles nobody tuned for (British, wire, Indian, Nigerian,
  Australian, sport, court, interview); names must match as the benchmark's strict measure reads them.
- ``tests/speakers/challenge_names.py``: from a name as written to the full name (nicknames, "Jr.",
  apostrophes, misspellings, namesakes of the other gender, short forms of organisations, "the
  campaign"), and pronouns and continuations after someone else; compared strictly too.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quotes.engines.local import extract
from quotes.evaluation.names import strict_match
from tests.speakers import challenge_names, challenge_passages, challenge_world

#: Cases the parser still gets wrong, with why; each must fail (strict), so that a fix shows.
KNOWN_FAILURES: dict[str, str] = {}


def _exactly(expected: str | None, got: str | None) -> bool:
    return got == expected


def _strictly(expected: str | None, got: str | None) -> bool:
    return got == expected if expected is None or got is None else strict_match(expected, got)


#: Each set with how its names are compared.
SETS: dict[str, tuple[list, Callable[[str | None, str | None], bool]]] = {
    "passages": (challenge_passages.CASES, _exactly),
    "world": (challenge_world.CASES, _strictly),
    "names": (challenge_names.CASES, _strictly),
}


def _params() -> list:
    params = []
    for set_name, (cases, same) in SETS.items():
        for case_id, text, expected in cases:
            reason = KNOWN_FAILURES.get(case_id)
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            params.append(pytest.param(text, expected, same, id=f"{set_name}-{case_id}", marks=marks))
    return params


@pytest.mark.parametrize(("text", "expected", "same"), _params())
def test_each_quote_names_its_speaker(
    nlp, text: str, expected: list[tuple[str, str | None]], same: Callable[[str | None, str | None], bool]
) -> None:
    records = extract(text, nlp=nlp)
    wrong = []
    for snippet, name in expected:
        found = [r for r in records if snippet in r.text]
        assert found, f"no record holds {snippet!r}: {[r.text for r in records]}"
        got = found[0].speaker.name
        if not same(name, got):
            wrong.append((snippet, name, got))
    assert not wrong


@pytest.mark.parametrize(
    ("cases", "styles", "quotes"),
    [
        # several outlets' styles and over sixty quotes, so that no one pattern decides the score
        (challenge_passages.CASES, {"uk", "us", "wire", "longform", "interview"}, 60),
        # eight styles and over a hundred quotes
        (
            challenge_world.CASES,
            {"uktab", "ukbroad", "wire", "india", "nigeria", "aus", "sport", "court", "interview"},
            100,
        ),
        # eight styles and forty quotes
        (
            challenge_names.CASES,
            {"usmetro", "uspolitics", "localtv", "usnational", "opinion", "ukregional", "liveblog", "wire"},
            40,
        ),
    ],
    ids=["passages", "world", "names"],
)
def test_each_set_is_varied(cases: list, styles: set[str], quotes: int) -> None:
    assert styles <= {case_id.split("-")[0] for case_id, _, _ in cases}
    assert sum(len(expected) for _, _, expected in cases) >= quotes
