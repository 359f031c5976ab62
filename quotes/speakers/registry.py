"""Known speakers: canonical names, aliases (misspellings included), kinds, roles with dates, ids.

The data lives in ``quotes/speakers/data/speakers.json`` (shipped inside the package); another file with the
same shape can be loaded with :meth:`Registry.load`. Role look-ups take the article date: "the Defence
Secretary" in 2022 is Ben Wallace, in 2025 John Healey. An entry's optional ``country`` (a two-letter
code, "GB") keeps its one-word aliases and offices to stories of that country
(:mod:`quotes.speakers.countries`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

#: The packaged registry file.
PACKAGED_FILE = "speakers.json"

_SPACE = re.compile(r"\s+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WIKIDATA = re.compile(r"Q[1-9]\d*")
#: The kinds of speaker a registry entry may have.
KINDS: tuple[str, ...] = ("person", "organization", "group")
#: The genders a person entry may have (``null`` when unknown).
GENDERS: tuple[str, ...] = ("male", "female")
_SPEAKER_FIELDS = frozenset({"name", "kind", "gender", "aliases", "wikidata_id", "roles", "country"})
_COUNTRY = re.compile(r"[A-Z]{2}")
_ROLE_FIELDS = frozenset({"role", "start", "end"})


class RegistryError(ValueError):
    """The speaker registry file is missing or malformed."""


@lru_cache(maxsize=8192)  # asked for the same words again and again: 25,000 times, 4,700 words, 84 articles
def normalise(text: str) -> str:
    """Lower-case, straighten apostrophes, drop full stops after honorifics and squeeze spaces."""
    text = text.replace("’", "'").replace("‘", "'").replace(".", " ").replace("-", " ")
    return _SPACE.sub(" ", text).strip().lower()


@dataclass(frozen=True)
class RoleTerm:
    """One holder's term in a role; ``end`` is ``None`` while the term runs."""

    role: str
    start: str | None
    end: str | None

    def covers(self, date: str) -> bool:
        """Whether the ISO date falls in the term (start inclusive, end exclusive)."""
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass(frozen=True)
class KnownSpeaker:
    """A canonical speaker."""

    name: str
    kind: str
    gender: str | None
    aliases: tuple[str, ...]
    wikidata_id: str | None
    roles: tuple[RoleTerm, ...] = ()
    country: str | None = None  # ISO 3166 code of the country whose office or person it is


@dataclass
class Registry:
    """Look-ups over the known speakers by alias and by role and date."""

    speakers: list[KnownSpeaker]
    role_aliases: dict[str, str] = field(default_factory=dict)  # normalised alias -> canonical role
    _by_alias: dict[str, KnownSpeaker] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        for speaker in self.speakers:
            for alias in (speaker.name, *speaker.aliases):
                self._by_alias.setdefault(normalise(alias), speaker)
        for role in {term.role for s in self.speakers for term in s.roles}:
            self.role_aliases.setdefault(normalise(role), role)

    @classmethod
    def load(cls, path: Path | None = None) -> Registry:
        """Read a registry file; ``None`` reads the one shipped with the package.

        Raises:
            RegistryError: when the file cannot be read or an entry lacks a field.
        """
        if path is None:
            raw = resources.files("quotes.speakers.data").joinpath(PACKAGED_FILE).read_text(encoding="utf-8")
            where = f"quotes/speakers/data/{PACKAGED_FILE}"
        else:
            try:
                raw = Path(path).read_text(encoding="utf-8")
            except OSError as exc:
                raise RegistryError(f"cannot read speaker registry {str(path)!r}: {exc}") from exc
            where = str(path)
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise RegistryError(f"{where}: line {exc.lineno}: not valid JSON ({exc.msg})") from exc
        return cls.from_dict(data, where=where)

    @classmethod
    def from_dict(cls, data: Any, *, where: str = "<dict>") -> Registry:
        """Build a registry from the parsed JSON object (``{"roles": ..., "speakers": [...]}``).

        Raises:
            RegistryError: naming the file (``where``), the entry and the field, and what is valid.
        """
        if not isinstance(data, dict) or not isinstance(data.get("speakers", []), list):
            raise RegistryError(f'{where}: expected an object {{"roles": {{...}}, "speakers": [...]}}')
        roles = data.get("roles", {})
        if not isinstance(roles, dict) or not all(
            isinstance(aliases, list) and all(isinstance(a, str) and a.strip() for a in aliases)
            for aliases in roles.values()
        ):
            raise RegistryError(f"{where}: roles: expected an object of role name -> list of alias strings")
        speakers = [
            _speaker(entry, f"{where}: speakers[{index}]")
            for index, entry in enumerate(data.get("speakers", []))
        ]
        role_aliases = {normalise(alias): role for role, aliases in roles.items() for alias in aliases}
        return cls(speakers=speakers, role_aliases=role_aliases)

    def by_wikidata_id(self, wikidata_id: str) -> KnownSpeaker | None:
        """The speaker with that Wikidata id ("Q192"), if any."""
        return next((s for s in self.speakers if s.wikidata_id == wikidata_id), None)

    def by_surname(self, surname: str, gender: str | None = None) -> KnownSpeaker | None:
        """The one person whose canonical name ends in ``surname`` (and of ``gender``, if given):
        "Mrs May" is Theresa May although "May" alone is no alias. ``None`` when none or several."""
        key = normalise(surname)
        found = [
            s
            for s in self.speakers
            if s.kind == "person"
            and normalise(s.name).split()[-1] == key
            and (gender is None or s.gender in (None, gender))
        ]
        return found[0] if len(found) == 1 else None

    def by_alias(self, mention: str) -> KnownSpeaker | None:
        """The speaker whose name or alias is ``mention`` (case and full stops ignored)."""
        return self._by_alias.get(normalise(mention))

    def role(self, mention: str) -> str | None:
        """The canonical role named by ``mention`` ("the UK Defence Secretary" -> "Defence Secretary")."""
        text = normalise(mention)
        for prefix in ("the ", "a ", "an "):
            if text.startswith(prefix):
                text = text[len(prefix) :]
        return self.role_aliases.get(text)

    def holders(self, role: str, date: str | None = None) -> list[KnownSpeaker]:
        """Speakers who held ``role``; with a date, only those in office on that date."""
        return [
            speaker
            for speaker in self.speakers
            if any(term.role == role and (date is None or term.covers(date)) for term in speaker.roles)
        ]


def _speaker(entry: Any, where: str) -> KnownSpeaker:
    """One registry entry, checked field by field; ``where`` names the file and entry for errors."""
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: expected an object with at least a 'name'")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise RegistryError(f"{where}: missing or empty 'name' (a non-empty string is required)")
    where = f"{where} ({name!r})"
    unknown = sorted(set(entry) - _SPEAKER_FIELDS)
    if unknown:
        raise RegistryError(
            f"{where}: unknown field {unknown[0]!r}; valid fields: {', '.join(sorted(_SPEAKER_FIELDS))}"
        )
    kind = entry.get("kind", "person")
    if kind not in KINDS:
        raise RegistryError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    gender = entry.get("gender")
    if gender is not None and gender not in GENDERS:
        raise RegistryError(f"{where}: gender {gender!r} is not one of {', '.join(GENDERS)} or null")
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise RegistryError(f"{where}: aliases must be a list of non-empty strings")
    wikidata_id = entry.get("wikidata_id")
    if wikidata_id is not None and (not isinstance(wikidata_id, str) or not _WIKIDATA.fullmatch(wikidata_id)):
        raise RegistryError(f"{where}: wikidata_id {wikidata_id!r} is not an id like 'Q192' or null")
    country = entry.get("country")
    if country is not None and (not isinstance(country, str) or not _COUNTRY.fullmatch(country)):
        raise RegistryError(f"{where}: country {country!r} is not a two-letter code like 'GB' or null")
    terms = entry.get("roles", [])
    if not isinstance(terms, list):
        raise RegistryError(f"{where}: roles must be a list of {{'role', 'start', 'end'}} objects")
    return KnownSpeaker(
        name=name,
        kind=kind,
        gender=gender,
        aliases=tuple(aliases),
        wikidata_id=wikidata_id,
        roles=tuple(_term(term, f"{where}: roles[{index}]") for index, term in enumerate(terms)),
        country=country,
    )


def _term(term: Any, where: str) -> RoleTerm:
    if not isinstance(term, dict) or not isinstance(term.get("role"), str) or not term["role"].strip():
        raise RegistryError(f"{where}: expected an object with a non-empty 'role' string")
    unknown = sorted(set(term) - _ROLE_FIELDS)
    if unknown:
        raise RegistryError(f"{where}: unknown field {unknown[0]!r}; valid fields: end, role, start")
    for key in ("start", "end"):
        value = term.get(key)
        if value is not None and (not isinstance(value, str) or not _DATE.fullmatch(value)):
            raise RegistryError(f"{where}: {key} {value!r} is not a date YYYY-MM-DD or null")
    start, end = term.get("start"), term.get("end")
    if start is not None and end is not None and end <= start:
        raise RegistryError(f"{where}: end {end} is not after start {start}")
    return RoleTerm(term["role"], start, end)
