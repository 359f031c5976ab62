"""Article-wide look-ups the resolver reads only when a mention needs them (the relatives an article names,
the parties it ties people to), and the cheap test that says a mention cannot be a relative. Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from quotes.engines.local import extract
from quotes.speakers import parties, relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Hale spoke first. His wife", True),
        ("the ex-wife", True),
        ("Hale's late husband", True),
        ("his father\n", True),
        ("The senator", False),
        ("the housewife", False),  # ends in a family noun's letters, but the noun is another word
        ("his wife said", False),
        ("", False),
    ],
)
def test_a_family_mention_ends_in_a_family_noun(text: str, expected: bool) -> None:
    assert relations.family_mention(text) is expected


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Replace ``module.name`` by a wrapper that counts its calls; the list of calls (one 1 each)."""
    calls: list[int] = []
    original = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_relatives_are_read_only_for_a_family_mention(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch, relations, "relations")
    # "One resident" is left unresolved: the relatives' sieve sees it, and no family noun ends it
    records = extract("Tom Hale said the plan would work. One resident said the vote was close.")
    assert [r.speaker.name for r in records] == ["Tom Hale", None]
    assert calls == []
    text = (
        "Tom Hale lost the divorce case against wife Mary in 1991. Lawyers for both Tom and Mary Hale "
        "filed papers. His ex-wife agreed, saying that the file should stay sealed."
    )
    assert [r.speaker.name for r in extract(text)] == ["Mary Hale"]
    assert calls == [1]


def test_parties_are_read_only_for_a_party_description(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch, parties, "ties")
    records = extract("Republican Tom Hale spoke in Ohio. The nominee said taxes would fall.")
    assert [r.speaker.name for r in records] == ["Tom Hale"]
    assert calls == []
    text = (
        "The race between Republican Tom Hale and Democrat Ann Roe tightened on Friday.\n\n"
        "Roe said the debate had gone well for her. The GOP nominee said the sound was poor."
    )
    records = extract(text)
    assert [r.speaker.name for r in records] == ["Ann Roe", "Tom Hale"]
    assert calls == [1]
