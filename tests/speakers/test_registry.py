"""The speaker registry: the shipped data, role holders by date, and validation of a user's file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.speakers.registry import Registry, RegistryError


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


HOLDER_CASES = [
    # (role, date, holder)
    ("Prime Minister", "2015-06-01", "David Cameron"),
    ("Prime Minister", "2016-07-13", "Theresa May"),  # start dates are inclusive
    ("Prime Minister", "2019-07-23", "Theresa May"),
    ("Prime Minister", "2019-07-24", "Boris Johnson"),  # end dates are exclusive
    ("Prime Minister", "2022-10-01", "Liz Truss"),
    ("Prime Minister", "2025-03-01", "Keir Starmer"),
    ("Foreign Secretary", "2016-01-01", "Philip Hammond"),
    ("Foreign Secretary", "2017-06-01", "Boris Johnson"),
    ("Foreign Secretary", "2019-01-01", "Jeremy Hunt"),
    ("Foreign Secretary", "2020-06-01", "Dominic Raab"),
    ("Foreign Secretary", "2025-10-01", "Yvette Cooper"),
    ("Defence Secretary", "2017-01-01", "Michael Fallon"),
    ("Defence Secretary", "2018-06-01", "Gavin Williamson"),
    ("Defence Secretary", "2019-06-01", "Penny Mordaunt"),
    ("Defence Secretary", "2021-01-01", "Ben Wallace"),
    ("NATO Secretary General", "2012-01-01", "Anders Fogh Rasmussen"),
    ("NATO Secretary General", "2016-01-01", "Jens Stoltenberg"),
    ("NATO Secretary General", "2025-01-01", "Mark Rutte"),
    ("President of the United States", "2016-05-01", "Barack Obama"),
    ("President of the United States", "2018-05-01", "Donald Trump"),
    ("President of the United States", "2022-05-01", "Joe Biden"),
]


@pytest.mark.parametrize(("role", "date", "holder"), HOLDER_CASES)
def test_one_holder_on_each_date(registry: Registry, role: str, date: str, holder: str) -> None:
    assert [s.name for s in registry.holders(role, date)] == [holder]


def test_no_holder_before_the_first_term(registry: Registry) -> None:
    assert registry.holders("NATO Secretary General", "2000-01-01") == []


def test_terms_of_a_role_never_overlap(registry: Registry) -> None:
    terms: dict[str, list[tuple[str, str]]] = {}
    for speaker in registry.speakers:
        for term in speaker.roles:
            terms.setdefault(term.role, []).append((term.start or "", term.end or "9999-12-31"))
    for role, spans in terms.items():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start, role


def test_seed_speakers_are_known(registry: Registry) -> None:
    gold = Path(__file__).resolve().parents[2] / "seeds" / "gold.jsonl"
    speakers = [json.loads(line)["speaker"] for line in gold.read_text().splitlines() if line.strip()]
    named = {s["name"] for s in speakers if s["kind"] in ("person", "organization")}
    assert named and all(registry.by_alias(name) is not None for name in named)


def test_lookups(registry: Registry) -> None:
    assert registry.by_wikidata_id("Q192").name == "David Cameron"
    assert registry.by_alias("Theresa May").gender == "female"
    assert registry.by_alias("May") is None  # a month, never an alias
    assert registry.by_surname("May", "female").name == "Theresa May"
    assert registry.by_surname("May", "male") is None
    assert registry.by_surname("Cameron").name == "David Cameron"
    assert registry.role("the British Prime Minister") == "Prime Minister"


def test_a_users_file_replaces_the_shipped_one(tmp_path: Path) -> None:
    path = tmp_path / "people.json"
    path.write_text(
        json.dumps(
            {
                "roles": {"Mayor of Springfield": ["mayor", "the mayor of springfield"]},
                "speakers": [
                    {
                        "name": "Ada Quimby",
                        "gender": "female",
                        "aliases": ["Quimby"],
                        "wikidata_id": "Q42",
                        "roles": [{"role": "Mayor of Springfield", "start": "2020-01-01", "end": None}],
                    }
                ],
            }
        )
    )
    registry = Registry.load(path)
    assert registry.by_alias("quimby").name == "Ada Quimby"
    assert registry.by_alias("Ben Wallace") is None
    assert [s.name for s in registry.holders(registry.role("the mayor"), "2021-05-01")] == ["Ada Quimby"]


INVALID_CASES = [
    # (file content, message pattern): every message names the file and the entry
    ("[1, 2]", r"expected an object"),
    ('{"speakers": [{"aliases": []}]}', r"speakers\[0\]: missing or empty 'name'"),
    (
        '{"speakers": [{"name": "A B", "kind": "robot"}]}',
        r"speakers\[0\] \('A B'\): kind 'robot' is not one of",
    ),
    ('{"speakers": [{"name": "A B", "gender": "m"}]}', r"gender 'm' is not one of male, female"),
    ('{"speakers": [{"name": "A B", "aliases": "AB"}]}', r"aliases must be a list"),
    ('{"speakers": [{"name": "A B", "wikidata_id": "42"}]}', r"wikidata_id '42' is not an id like 'Q192'"),
    ('{"speakers": [{"name": "A B", "nickname": "x"}]}', r"unknown field 'nickname'"),
    (
        '{"speakers": [{"name": "A B", "roles": [{"role": "Mayor", "start": "2020-13"}]}]}',
        r"speakers\[0\] \('A B'\): roles\[0\]: start '2020-13' is not a date YYYY-MM-DD",
    ),
    (
        '{"speakers": [{"name": "A B", "roles": '
        '[{"role": "Mayor", "start": "2021-01-01", "end": "2020-01-01"}]}]}',
        r"end 2020-01-01 is not after start 2021-01-01",
    ),
    ('{"roles": {"Mayor": "mayor"}, "speakers": []}', r"roles: expected an object of role name -> list"),
    ('{"speakers": [', r"line 1: not valid JSON"),
]


@pytest.mark.parametrize(("content", "message"), INVALID_CASES)
def test_invalid_files_name_the_file_and_entry(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(RegistryError, match=message) as info:
        Registry.load(path)
    assert str(path) in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="cannot read speaker registry"):
        Registry.load(tmp_path / "missing.json")
