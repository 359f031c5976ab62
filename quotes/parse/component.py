"""The spaCy component ``quote_attribution``: run the finders, then set annotations.

Imported by spaCy whenever any pipeline loads (through the ``spacy_factories`` entry point), so this
module stays cheap to import: the speaker registry is read on first use, not at import.
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from quotes.find.claims import fragments, questions, reported
from quotes.find.claims.categories import category_of_cue
from quotes.find.direct import continuations, direct, marks
from quotes.find.direct.not_speech_lines import not_a_record
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers import resolve as speakers
from quotes.speakers.confidence import name_confidence
from quotes.speakers.dialogue import Dialogue
from quotes.speakers.doc_text import entities_read_once, text_of
from quotes.speakers.registry import Registry

#: The ``doc.spans`` key holding one span per quote or claim, labelled direct/indirect/mixed.
SPANS_KEY = "quotes"

Doc.set_extension("attributions", default=None, force=True)
#: Set on a Doc before the component runs to resolve role mentions on that date ("YYYY-MM-DD").
Doc.set_extension("article_date", default=None, force=True)
#: Why the component could not attribute this Doc ("ErrorType: message"), or None. A failure is
#: recorded here rather than raised, so one odd article never takes a whole ``nlp.pipe`` batch down;
#: :func:`quotes.engines.local.extract_documents` raises it (or skips the article) per document.
Doc.set_extension("attribution_error", default=None, force=True)

#: A record's confidence is the measured chance that its speaker name is right, from the sieve that
#: decided the speaker, the form of its mention, the record type and a few features any article has
#: (:func:`quotes.speakers.confidence.name_confidence`, fitted on PolNeAR train by
#: ``benchmarks/fit_confidence.py``).


class QuoteAttribution:
    """Find direct quotes, mixed quotes and reported claims, with cues and resolved speakers.

    Results go to ``doc.spans["quotes"]`` (labels ``direct``, ``indirect``, ``mixed``) and to
    ``doc._.attributions``: plain dicts shaped like :class:`quotes.records.Attribution` without
    ``doc_id``/``id``, so they survive multiprocess ``nlp.pipe``.

    >>> from quotes.parse.nlp import load
    >>> doc = load()("“We will stand with Ukraine,” Ben Wallace said.")
    >>> [(a["type"], a["text"], a["speaker"]["name"]) for a in doc._.attributions]
    [('direct', 'We will stand with Ukraine,', 'Ben Wallace')]
    """

    def __init__(self, nlp: Language, name: str, registry_path: str | None = None) -> None:
        self.name = name
        self.registry_path = registry_path
        self._registry: Registry | None = None

    @property
    def registry(self) -> Registry:
        """The speaker registry, read once on first use."""
        if self._registry is None:
            self._registry = Registry.load(Path(self.registry_path) if self.registry_path else None)
        return self._registry

    def __call__(self, doc: Doc) -> Doc:
        """Find and attribute the quotes and claims of ``doc``, then set its annotations.

        Should the finders fail on this text, the Doc gets no attributions and the failure is kept
        in ``doc._.attribution_error`` (see above) instead of being raised.
        """
        try:
            records = attribute(doc, self.registry, doc._.article_date)
        except Exception as error:  # noqa: BLE001  (any finder failure is recorded per Doc)
            doc._.attribution_error = f"{type(error).__name__}: {error}"
            doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=[])
            doc._.attributions = []
            return doc
        spans = [
            doc.char_span(r["start"], r["end"], label=r["type"], alignment_mode="expand") for r in records
        ]
        doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=[s for s in spans if s is not None])
        doc._.attributions = records
        return doc


def attribute(doc: Doc, registry: Registry, date: str | None = None) -> list[dict[str, Any]]:
    """Run the finders on a parsed Doc and resolve every speaker; records in text order.

    Args:
        doc: a Doc parsed by a statistical pipeline (tagger, parser, lemmatizer, NER).
        registry: the known speakers.
        date: the article date, for role look-ups.
    """
    with entities_read_once(doc):  # the finders and sieves scan the entities a dozen times
        return _attribute(doc, registry, date)


def _attribute(doc: Doc, registry: Registry, date: str | None) -> list[dict[str, Any]]:
    text = text_of(doc)
    marked = marks.find_marked_quotes(text)
    directs = direct.find_direct_quotes(doc, marked, text)
    in_quotes = reported.SpanIndex([(d.start, d.end) for d in directs])
    claims = [c for c in reported.find_claims(doc, marked, directs, text) if not _inside_direct(c, in_quotes)]
    claims_by_cue: dict[int, list[reported.Claim]] = {}
    for claim in claims:  # a claim absorbs only a quote of its own cue: look those up, not every pair
        claims_by_cue.setdefault(claim.cue_start, []).append(claim)
    directs = [d for d in directs if not _absorbed(doc, text, d, claims_by_cue)] if directs else directs
    claims += fragments.find_fragment_claims(doc, marked, directs, claims, text)
    directs = [d for d in directs if not not_a_record(doc, text, d.start, d.end, "direct")]
    claims = [c for c in claims if not not_a_record(doc, text, c.start, c.end, c.type, c.cue_lemma)]
    # after the fragment finder, which would otherwise report a quoted word of a dropped question alone
    claims = [c for c in claims if not questions.not_a_claim(doc, c, text)]
    found: list[tuple[int, int, str, Any]] = [(d.start, d.end, "direct", d) for d in directs]
    found += [(c.start, c.end, c.type, c) for c in claims]
    found.sort(key=lambda item: (item[0], item[1]))

    quoted = [(q.open, (q.close + 1) if q.close is not None else q.end) for q in marked]
    excluded = quoted + [(start, end) for start, end, _, _ in found]
    inside_quote = reported.SpanIndex(quoted)
    resolver = speakers.SpeakerResolver(doc, registry, date)
    events: list[tuple[int, int, Any]] = []  # (offset, order, item): subjects and records in text order
    for mention in speakers.main_subjects(doc, excluded):
        events.append((mention.start, 1, mention))
    for start, end, kind, item in found:
        mention = _mention(doc, text, item)
        anchor = mention.start if mention is not None else start
        events.append((anchor, 0, (start, end, kind, item, mention)))
    events.sort(key=lambda e: (e[0], e[1]))

    resolved: dict[tuple[int, int], speakers.ResolvedSpeaker] = {}
    seen_mentions: dict[tuple[int, int], speakers.ResolvedSpeaker] = {}
    for _, order, payload in events:
        if order == 1:
            key = (payload.start, payload.end)
            if key not in seen_mentions:
                seen_mentions[key] = resolver.resolve(payload)
            continue
        start, end, kind, item, mention = payload
        if mention is not None:
            key = (mention.start, mention.end)
            # a speaker the quoted words report ("“Ann called me,” the mayor said") is in the quoted
            # speaker's story, not the article's foreground: no antecedent for later pronouns
            foreground = not inside_quote.holding(mention.start)
            if key not in seen_mentions:
                seen_mentions[key] = resolver.resolve(mention, observe=foreground)
            if foreground:
                resolver.observe(seen_mentions[key], spoke=True)
            resolved[(start, end)] = seen_mentions[key]
    records: list[dict[str, Any]] = []
    previous: speakers.ResolvedSpeaker | None = None
    outer_end = -1  # the furthest end of the records so far: a record inside one is reported within it
    paragraph_starts = [p_start for p_start, _ in marks.paragraph_spans(text)]
    dialogue = Dialogue()
    for start, end, kind, item in found:
        speaker = resolved.get((start, end))
        paragraph = bisect_right(paragraph_starts, start) - 1
        quote_paragraph = kind == "direct" and not text[paragraph_starts[paragraph] : start].strip(" “\"‘'")
        if speaker is None and quote_paragraph and end > outer_end:
            # "“...,” Crane said." / "“...,” Hart replied." / "“Is it?”": the turns of an exchange alternate
            speaker = dialogue.next_turn(paragraph)
            if speaker is not None:
                dialogue.took_turn(paragraph, speaker)
                previous, outer_end = speaker, end
                records.append(_record(doc, text, start, end, kind, item, speaker))
                continue
        cued = getattr(item, "cue", None) if kind == "direct" else None
        cue_lemma = doc[cued].lemma_.lower() if isinstance(cued, int) else None
        question = speaker is None and isinstance(item, reported.Claim) and item.cue_lemma == "ask"
        # a reported claim whose subject the parse did not find goes on in its own paragraph's speaker
        # only: past a paragraph break ("About 4 in 10 say ...") nobody the article named says it
        elsewhere = kind == "indirect" and "\n" in text[outer_end:start] if outer_end >= 0 else False
        if speaker is None and kind == "direct":
            speaker = _stance_speaker(doc, text, start, outer_end, seen_mentions)
        if speaker is None:
            speaker = (
                previous.continued()
                if previous is not None and not question and not elsewhere
                else speakers.ResolvedSpeaker(None, None, None, None, "unknown", "none")
            )
        if question:
            # "Asked whether the tax would rise, the minister said ...": the journalist's question has
            # no speaker the article names; it neither continues the last speaker nor is continued
            records.append(_record(doc, text, start, end, kind, item, speaker))
            continue
        if end > outer_end:
            dialogue.observe(paragraph, speaker, cue_lemma, quote_paragraph)
            # '“Nurses tell me that they are tired,” Ann Roe said. “We need beds.”': the quote goes on
            # in Ann Roe's words, not the nurses' of the claim reported inside her quote
            previous = speaker
            outer_end = end
        records.append(_record(doc, text, start, end, kind, item, speaker))
    return records


def _stance_speaker(
    doc: Doc,
    text: str,
    start: int,
    outer_end: int,
    seen: dict[tuple[int, int], speakers.ResolvedSpeaker],
) -> speakers.ResolvedSpeaker | None:
    """The speaker of an uncued quote paragraph after a paragraph of one person taking a side and no
    record ("Tom Hale disagreed." then "“Families will feel it.”"): that person, as a continuation;
    ``None`` otherwise (:func:`continuations.stance_subject`)."""
    subject = continuations.stance_subject(doc, text, start)
    if subject is None or outer_end > text.rfind("\n", 0, text.rfind("\n", 0, start)):
        return None  # a record in the paragraph before: its speaker goes on
    for (first, last), speaker in seen.items():
        if first <= subject.idx < last and speaker.kind == "person":
            return speaker.continued()
    return None


def _absorbed(
    doc: Doc, text: str, quote: marks.DirectQuote, claims_by_cue: dict[int, list[reported.Claim]]
) -> bool:
    """Whether a claim of the quote's cue runs on into the quote (:func:`reported.absorbs`)."""
    if quote.cue is None:
        return False
    return any(reported.absorbs(doc, c, quote, text) for c in claims_by_cue.get(doc[quote.cue].idx, ()))


def _inside_direct(claim: reported.Claim, in_quotes: reported.SpanIndex) -> bool:
    """Whether a claim is speech imagined or generalised inside a direct quote ("“Let's say you think
    ...”", "“If we say ...”"): its cue is inside the quote and its speaker is nobody the article could
    name. Third-person speech a speaker reports ("“The Prime Minister reiterated that ...”") stays."""
    if not in_quotes.holding(claim.cue_start):
        return False
    mention = claim.mention
    if mention is None:
        return True
    words = mention.text.lower().replace("’", "'").split()
    return not words or words[-1] in _GENERIC_INSIDE_QUOTES or not any(ch.isalpha() for ch in words[-1])


#: Speakers of speech inside a quote that name nobody: the quoted speaker, the listener, anyone.
_GENERIC_INSIDE_QUOTES = speaker_lexicon.FIRST_PERSON | {
    "you",
    "'s",
    "one",
    "people",
    "someone",
    "anyone",
    "everyone",
}


def _mention(doc: Doc, text: str, item: Any) -> speakers.Mention | None:
    if isinstance(item, reported.Claim):
        return item.mention
    if item.speaker is not None:
        start, end = item.speaker
        return speakers.Mention(start, end, text[start:end])
    mention = speakers.mention_of_cue(doc, item.cue) if item.cue is not None else None
    if mention is not None and not _outside_quote(mention, item):
        mention = None
    if mention is None and item.speaker_token is not None:
        mention = speakers.noun_phrase(doc[item.speaker_token])
    return mention


def _outside_quote(mention: speakers.Mention, quote: marks.DirectQuote) -> bool:
    """A speaker mention is never inside its own quote ("I"/"we" of the quoted words): a parse that
    takes the quote's own subject for the cue's is wrong. "I" outside the quote ("“No,” I said") is
    the writer, and stays."""
    return not quote.start <= mention.start < quote.end


def _record(
    doc: Doc, text: str, start: int, end: int, kind: str, item: Any, speaker: speakers.ResolvedSpeaker
) -> dict[str, Any]:
    if isinstance(item, reported.Claim):
        cue = {"text": item.cue_text, "lemma": item.cue_lemma, "start": item.cue_start, "end": item.cue_end}
    else:
        cue = None
        if item.cue is not None:
            token = doc[item.cue]
            cue = {
                "text": token.text,
                "lemma": token.lemma_.lower(),
                "start": token.idx,
                "end": token.idx + len(token.text),
            }
    category = category_of_cue(doc, cue["lemma"], cue["start"], cue["end"]) if cue else "assertion"
    record = {
        "type": kind,
        "category": category,
        "text": text[start:end],
        "start": start,
        "end": end,
        "speaker": speaker.to_dict(),
        "cue": cue,
    }
    record["confidence"] = round(name_confidence(text, record), 3)
    return record


@Language.factory("quote_attribution", default_config={"registry_path": None})
def make_quote_attribution(nlp: Language, name: str, registry_path: str | None) -> QuoteAttribution:
    """Build the component (spaCy calls this for ``nlp.add_pipe("quote_attribution")``).

    Args:
        nlp: the pipeline.
        name: the component's name in the pipeline.
        registry_path: a speaker registry file; ``None`` uses the one shipped with the package.
    """
    return QuoteAttribution(nlp, name, registry_path)
