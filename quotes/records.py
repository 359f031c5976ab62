"""The record types of the dataset: documents and attributions, and their dict form.

These frozen dataclasses are the in-memory shape of what ``schema/*.json`` describes; ``to_dict``
gives exactly the JSON object the schema validates, and ``from_dict`` reads it back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

AttributionType = Literal["direct", "indirect", "mixed"]
#: What the source did with the content, decided from the cue (seeds/ANNOTATION.md, "Categories").
Category = Literal["assertion", "belief", "knowledge", "intention"]
SpeakerKind = Literal["person", "organization", "group", "unknown"]
#: How the canonical speaker name was reached from the mention.
Resolution = Literal[
    "name",  # the mention is itself a full name ("Ben Wallace")
    "surname",  # a surname alone ("Healey"), possibly misspelt ("Healy")
    "honorific",  # honorific and surname ("Mr Wallace", "Mr. Wallace")
    "pronoun",  # "he", "she", "they", "it"
    "apposition",  # a description with the name in apposition ("The chief, Paul Roe,")
    "role",  # a role or title ("the Defence Secretary")
    "document",  # a document speaking for its owner ("the Acme report"); no name when none is named
    "continuation",  # a quote paragraph with no cue continues the previous speaker
    "organization",  # an organisation, named as such or referred back to ("the company")
    "group",  # plural people the article does not name ("analysts", "defence sources"): no name
    "unresolved",  # a mention with no canonical name found
    "none",  # no speaker mention at all
]

TYPES: tuple[str, ...] = ("direct", "indirect", "mixed")
CATEGORIES: tuple[str, ...] = ("assertion", "belief", "knowledge", "intention")
SPEAKER_KINDS: tuple[str, ...] = ("person", "organization", "group", "unknown")
RESOLUTIONS: tuple[str, ...] = (
    "name",
    "surname",
    "honorific",
    "pronoun",
    "apposition",
    "role",
    "document",
    "continuation",
    "organization",
    "group",
    "unresolved",
    "none",
)


@dataclass(frozen=True)
class Cue:
    """The words that signal the attribution ("said", "warned that", "according to")."""

    text: str
    lemma: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cue:
        return cls(text=data["text"], lemma=data["lemma"], start=data["start"], end=data["end"])


@dataclass(frozen=True)
class Speaker:
    """Who is speaking: the mention as written, and the canonical name it resolves to.

    ``start``/``end`` are the character span of ``mention`` in the article, or ``None`` when the
    speaker is absent or inherited by a continuation from a named speaker (a continuation of a
    speaker with no name keeps that speaker's mention and its span, before the record).
    """

    name: str | None
    mention: str | None
    start: int | None
    end: int | None
    kind: SpeakerKind = "unknown"
    resolution: Resolution = "none"
    wikidata_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Speaker:
        return cls(
            name=data.get("name"),
            mention=data.get("mention"),
            start=data.get("start"),
            end=data.get("end"),
            kind=data.get("kind", "unknown"),
            resolution=data.get("resolution", "none"),
            wikidata_id=data.get("wikidata_id"),
        )


def attribution_id(doc_id: str, start: int, end: int) -> str:
    """The stable id of an attribution: the same span in the same document always gets the same id."""
    return f"{doc_id}:{start}-{end}"


@dataclass(frozen=True)
class Attribution:
    """One quote or claim: its words, their span in the article, its cue and its speaker."""

    doc_id: str
    type: AttributionType
    text: str
    start: int
    end: int
    speaker: Speaker
    cue: Cue | None
    confidence: float
    category: Category = "assertion"
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", attribution_id(self.doc_id, self.start, self.end))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "type": self.type,
            "category": self.category,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker.to_dict(),
            "cue": self.cue.to_dict() if self.cue is not None else None,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attribution:
        cue = data.get("cue")
        return cls(
            id=data["id"],
            doc_id=data["doc_id"],
            type=data["type"],
            category=data.get("category", "assertion"),
            text=data["text"],
            start=data["start"],
            end=data["end"],
            speaker=Speaker.from_dict(data["speaker"]),
            cue=Cue.from_dict(cue) if cue is not None else None,
            confidence=data["confidence"],
        )


@dataclass(frozen=True)
class Document:
    """One article: its text exactly as given, and what is known about it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO 8601 date, "YYYY-MM-DD"
    date_estimated: bool = False
    #: Other input fields, as strings; published as a list of ``{"key", "value"}`` pairs sorted by key.
    metadata: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "date": self.date,
            "date_estimated": self.date_estimated,
            "metadata": [{"key": k, "value": v} for k, v in sorted(self.metadata.items())],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            id=data["id"],
            text=data["text"],
            title=data.get("title"),
            url=data.get("url"),
            outlet=data.get("outlet"),
            date=data.get("date"),
            date_estimated=bool(data.get("date_estimated", False)),
            metadata=_metadata_from(data.get("metadata")),
        )


def _metadata_from(value: Any) -> dict[str, str]:
    """Accept metadata as a mapping or as the published list of key/value pairs."""
    if not value:
        return {}
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    return {str(item["key"]): str(item["value"]) for item in value}
