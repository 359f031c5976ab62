"""PolNeAR gold attributions: read the JSONL export, and normalise spans for scoring.

PolNeAR (Newell et al., LREC 2018) annotates attributions in US political news: the content span
(possibly in several segments), the source mention and the cue *text* (cue offsets are not given).
Each line of the export is ``{doc_id, text, quotes: [{start, end, text, segments, speaker,
speaker_spans, cue, direct}]}``.

Span normalisation (:func:`normalize_span`) and the scopes (:func:`is_direct`,
:func:`is_saying_cue`, :func:`in_saying_scope`) are defined here; matching and scores are in
:mod:`quotes.evaluation.polnear_score`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from spacy.language import Language

from quotes.evaluation import content_form, speech_acts
from quotes.read.io import json_error_text
from quotes.records import Document

#: Verbs of saying or claiming, with their inflected forms (base, -s, past, participle, -ing).
SAYING_FORMS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "state": ("state", "states", "stated", "stating"),
    "add": ("add", "adds", "added", "adding"),
    "note": ("note", "notes", "noted", "noting"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "report": ("report", "reports", "reported", "reporting"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "warn": ("warn", "warns", "warned", "warning"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "ask": ("ask", "asks", "asked", "asking"),
    "reply": ("reply", "replies", "replied", "replying"),
    "respond": ("respond", "responds", "responded", "responding"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "assert": ("assert", "asserts", "asserted", "asserting"),
    "contend": ("contend", "contends", "contended", "contending"),
    "maintain": ("maintain", "maintains", "maintained", "maintaining"),
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "stress": ("stress", "stresses", "stressed", "stressing"),
    "emphasize": ("emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasised"),
    "recall": ("recall", "recalls", "recalled", "recalling"),
    "complain": ("complain", "complains", "complained", "complaining"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "promise": ("promise", "promises", "promised", "promising"),
    "pledge": ("pledge", "pledges", "pledged", "pledging"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "deny": ("deny", "denies", "denied", "denying"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "comment": ("comment", "comments", "commented", "commenting"),
    "remark": ("remark", "remarks", "remarked", "remarking"),
    "answer": ("answer", "answers", "answered", "answering"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "conclude": ("conclude", "concludes", "concluded", "concluding"),
    "observe": ("observe", "observes", "observed", "observing"),
    "mention": ("mention", "mentions", "mentioned", "mentioning"),
    "agree": ("agree", "agrees", "agreed", "agreeing"),
    "concede": ("concede", "concedes", "conceded", "conceding"),
    "continue": ("continue", "continues", "continued", "continuing"),
}
#: The lemmas of :data:`SAYING_FORMS`.
SAYING_LEMMAS: frozenset[str] = frozenset(SAYING_FORMS)
_FORM_TO_LEMMA: dict[str, str] = {form: lemma for lemma, forms in SAYING_FORMS.items() for form in forms}

#: Characters stripped from both ends of a content span before comparing.
STRIP_CHARS = (
    " \t\r\n\u00a0\u2009\u202f"  # whitespace
    "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a"  # quote marks
    ".,;:!?\u2026-\u2013\u2014\u2015()[]"  # punctuation and dashes
)
_LEADING_THAT = re.compile(r"that(?:\s+|,\s*)", re.IGNORECASE)
#: The "to" of an infinitive content ("promised [to] end the war"): PolNeAR keeps it, `seeds/ANNOTATION.md`
#: leaves it out; exact matching ignores it.
_LEADING_TO = re.compile(r"to\s+", re.IGNORECASE)


class PolnearFormatError(ValueError):
    """A line of a PolNeAR JSONL file is not a valid document."""


@dataclass(frozen=True)
class GoldAttribution:
    """One PolNeAR attribution: content segments, source mention spans, cue text, directness."""

    start: int
    end: int
    text: str
    segments: tuple[tuple[int, int], ...]
    speaker: str | None
    speaker_spans: tuple[tuple[int, int], ...]
    cue: str | None
    direct: bool
    #: PolNeAR's id of the attribution ("E12"), the key of the speaker-name annotations.
    annotation_id: str | None = None
    #: The content's form (:data:`quotes.evaluation.content_form.FORMS`), once
    #: :func:`with_content_forms` has read it; ``None`` until then.
    content_form: str | None = None
    #: What the content does when it is no claim (:data:`quotes.evaluation.speech_acts.ACTS`: a question
    #: or request, an empty report), once :func:`with_content_forms` has read it; ``None`` otherwise.
    speech_act: str | None = None


@dataclass(frozen=True)
class PolnearDoc:
    """One PolNeAR article and its gold attributions."""

    doc_id: str
    text: str
    attributions: tuple[GoldAttribution, ...]

    def to_document(self) -> Document:
        """The article as a project :class:`~quotes.records.Document`."""
        return Document(id=self.doc_id, text=self.text)


def load(path: str | Path) -> Iterator[PolnearDoc]:
    """Read a PolNeAR JSONL file, one :class:`PolnearDoc` per line.

    Raises:
        PolnearFormatError: a line is not JSON, lacks a field, or has an offset that does not
            match its text; the message names the file and line.
        OSError: the file cannot be read.
    """
    path = Path(path)
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if line.strip():
                yield _parse_doc(line, f"{path}:{line_no}")


def _parse_doc(line: str, where: str) -> PolnearDoc:
    try:
        data = json.loads(line)
        text = data["text"]
        attributions = tuple(
            _parse_attribution(item, text, f"{where}: quotes[{index}]")
            for index, item in enumerate(data["quotes"])
        )
        return PolnearDoc(doc_id=str(data["doc_id"]), text=text, attributions=attributions)
    except json.JSONDecodeError as exc:
        raise PolnearFormatError(f"{where}: not valid JSON ({json_error_text(exc)})") from exc
    except (KeyError, TypeError) as exc:
        raise PolnearFormatError(
            f"{where}: missing or malformed field {exc}; expected an object with doc_id, text and "
            "quotes: [{start, end, text, segments, speaker, speaker_spans, cue, direct}]"
        ) from exc


def _parse_attribution(item: dict[str, Any], text: str, where: str) -> GoldAttribution:
    start, end = int(item["start"]), int(item["end"])
    if text[start:end] != item["text"]:
        raise PolnearFormatError(
            f"{where}: text[{start}:{end}] is {text[start:end][:40]!r}, not the quote text "
            f"{item['text'][:40]!r}"
        )
    return GoldAttribution(
        start=start,
        end=end,
        text=item["text"],
        segments=tuple((int(s), int(e)) for s, e in item.get("segments") or [(start, end)]),
        speaker=item.get("speaker"),
        speaker_spans=tuple((int(s), int(e)) for s, e in item.get("speaker_spans") or []),
        cue=item.get("cue"),
        direct=bool(item["direct"]),
        annotation_id=item.get("annotation_id"),
    )


# --- spans ------------------------------------------------------------------------------------


def normalize_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding whitespace, quote marks, punctuation and a leading "that".

    Returns an empty span ``(start, start)`` when nothing is left.
    """
    while True:
        while start < end and text[start] in STRIP_CHARS:
            start += 1
        while end > start and text[end - 1] in STRIP_CHARS:
            end -= 1
        match = _LEADING_THAT.match(text, start, end)
        if match is None or match.end() >= end:
            return start, end
        start = match.end()


def exact_form(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A normalised span as exact matching compares it: without the leading "to" of an infinitive."""
    start, end = span
    match = _LEADING_TO.match(text, start, end)
    return (match.end(), end) if match is not None and match.end() < end else span


#: Words in single quote marks: an opening mark at a word's start (after a space, a bracket or a dash,
#: or opening the text), a closing one at a word's end. Apostrophes inside words ("Trump's"), of
#: plurals ("voters' views") and of elisions ("the '90s") do not pair up this way.
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘][^\W\d_][^'‘’\n]*[^\s'‘’]['’](?=[\s.,;:!?)\]—–-]|$)")


def is_direct(gold: GoldAttribution) -> bool:
    """Whether a gold attribution quotes words: PolNeAR's flag, a two-apostrophe quote, or words in
    single quote marks in it.

    The export's ``direct`` flag is true exactly when the content holds ``"``, ``“`` or ``”``; the
    New York Times articles in the corpus quote with two apostrophes (``''like this''``), which the
    flag misses (86 attributions in dev, 1,200 in train), and headlines quote in single marks
    (``Mayor Says Plan Is A ‘Disaster’``), which seeds/ANNOTATION.md reads as quote marks like any other
    (004's headline "UK promises to ‘stand in solidarity’" is a mixed quote).
    """
    return gold.direct or "''" in gold.text or _SINGLE_QUOTED.search(gold.text) is not None


def with_content_forms(docs: Iterable[PolnearDoc], nlp: Language) -> list[PolnearDoc]:
    """The documents with the form of every gold content read (:mod:`quotes.evaluation.content_form`),
    and what it does when it is no claim (:mod:`quotes.evaluation.speech_acts`)."""
    docs = list(docs)
    texts = [content_form.content_text(doc.text, gold.segments) for doc in docs for gold in doc.attributions]
    found = iter(list(content_form.forms(nlp, texts)))
    contents = iter(texts)
    return [
        replace(
            doc,
            attributions=tuple(
                replace(
                    gold,
                    content_form=next(found),
                    speech_act=speech_acts.act_of(
                        gold.cue, next(contents), speech_acts.text_before(doc.text, gold.start)
                    ),
                )
                for gold in doc.attributions
            ),
        )
        for doc in docs
    ]


def is_noun_phrase_content(gold: GoldAttribution) -> bool:
    """Whether the gold's content was read as a bare noun phrase (not a clause, not quoted words)."""
    return gold.content_form == content_form.NOUN_PHRASE


#: Why the saying scope leaves out a gold whose cue is of saying: its content is a noun phrase, a
#: question or request, or an empty report.
EXCLUSIONS: tuple[str, ...] = (content_form.NOUN_PHRASE, *speech_acts.ACTS)


def exclusion(gold: GoldAttribution) -> str | None:
    """Why a gold with a cue of saying is out of the saying scope (one of :data:`EXCLUSIONS`), or
    ``None`` when it is in it or has no cue of saying. A noun phrase is named first."""
    if not is_saying_cue(gold.cue):
        return None
    if is_noun_phrase_content(gold):
        return content_form.NOUN_PHRASE
    return gold.speech_act


def in_saying_scope(gold: GoldAttribution) -> bool:
    """The project's scope: a cue of saying or claiming, and a content that is a clause or quoted words
    and no question, request or empty report.

    A content whose form has not been read counts as a clause, and as a claim.
    """
    return is_saying_cue(gold.cue) and exclusion(gold) is None


def is_saying_cue(cue: str | None) -> bool:
    """Whether a cue text holds a verb of saying or claiming, or is "according to"."""
    if not cue:
        return False
    words = re.findall(r"[a-z]+", cue.lower())
    if " ".join(words[:2]) == "according to":
        return True
    return any(word in _FORM_TO_LEMMA for word in words)
