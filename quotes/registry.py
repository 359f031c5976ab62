"""Known speakers: canonical names, aliases (misspellings included), kinds, roles with dates, ids.

The data lives in ``quotes/data/speakers.json`` (shipped inside the package); another file with the
same shape can be loaded with :meth:`Registry.load`. Role look-ups take the article date: "the Defence
Secretary" in 2022 is Ben Wallace, in 2025 John Healey.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

#: The packaged registry file.
PACKAGED_FILE = "speakers.json"

_SPACE = re.compile(r"\s+")


class RegistryError(ValueError):
    """The speaker registry file is missing or malformed."""


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
            raw = resources.files("quotes.data").joinpath(PACKAGED_FILE).read_text(encoding="utf-8")
            where = f"quotes/data/{PACKAGED_FILE}"
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
    def from_dict(cls, data: dict[str, Any], *, where: str = "<dict>") -> Registry:
        """Build a registry from the parsed JSON object (``{"roles": ..., "speakers": [...]}``)."""
        speakers = []
        for index, entry in enumerate(data.get("speakers", [])):
            try:
                speakers.append(
                    KnownSpeaker(
                        name=entry["name"],
                        kind=entry.get("kind", "person"),
                        gender=entry.get("gender"),
                        aliases=tuple(entry.get("aliases", [])),
                        wikidata_id=entry.get("wikidata_id"),
                        roles=tuple(
                            RoleTerm(term["role"], term.get("start"), term.get("end"))
                            for term in entry.get("roles", [])
                        ),
                    )
                )
            except (KeyError, TypeError) as exc:
                raise RegistryError(
                    f"{where}: speakers[{index}]: missing or malformed field {exc}; each speaker needs "
                    "'name' and may have 'kind', 'gender', 'aliases', 'wikidata_id', 'roles'"
                ) from exc
        role_aliases = {
            normalise(alias): role for role, aliases in data.get("roles", {}).items() for alias in aliases
        }
        return cls(speakers=speakers, role_aliases=role_aliases)

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
