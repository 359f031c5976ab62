"""The sentence after a quote that names whose words they were: ``“We are co-operating fully.” Those were
the words of a police spokeswoman.``, ``... The comments came from Dr Anna Fields.``, ``... So said Maria
Lopez.``, ``“No comment.” That was all the minister would say.`` (British and Commonwealth feature style).
Without it such a quote, opening its paragraph, would go on in the previous speaker's words.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.find.direct.tokens import is_cue
from quotes.lexicon import cues as lexicon
from quotes.lexicon import speakers as speaker_lexicon

#: Subjects that point back at the quote: "Those were the words of ...", "That was all ... would say".
_POINTERS = frozenset({"that", "this", "those", "these", "such"})


def source_after(sentence_tokens: list[Token]) -> tuple[int | None, int] | None:
    """The cue (a verb of saying, or ``None`` where a noun names the words) and the speaker's head token of
    a sentence that names the source of the quote right before it; ``None`` for any other sentence.

    Args:
        sentence_tokens: the tokens of the sentence that starts right after the quote's closing mark.
    """
    words = [t for t in sentence_tokens if not t.is_space]
    if len(words) < 3:
        return None
    first = words[0]
    root = first.sent.root
    if root.i < first.i:
        return None  # the quote's own sentence goes on: no sentence of its own
    if first.lower_ == "so" and is_cue(root) and first.head.i == root.i:  # "So said Maria Lopez."
        speaker = _subject(root)
        return (root.i, speaker.i) if speaker is not None else None
    subject = _subject(root)
    if subject is None:
        return None
    if subject.lower_ in _POINTERS and root.lemma_ == "be":
        for attr in (c for c in root.children if c.dep_ == "attr"):
            source = _of_whom(attr)
            if source is not None:  # "Those were the words of a police spokeswoman."
                return None, source.i
        for clause in (c for c in root.children if c.dep_ in ("ccomp", "relcl", "advcl")):
            if is_cue(clause) and not any(c.dep_ == "dobj" for c in clause.children):
                speaker = _subject(clause)  # "That was all the minister would say."
                if speaker is not None and speaker.lower_ not in _POINTERS:
                    return clause.i, speaker.i
        return None
    if subject.lemma_.lower() in lexicon.SOURCE_NOUNS and subject.head.i == root.i:
        source = _of_whom(subject)
        if source is not None and root.lemma_ != "be":  # "The words of Tom Baker were echoed by ..."
            return None, source.i
        if root.lemma_.lower() in lexicon.SOURCE_VERBS:
            preps = [c for c in root.children if c.dep_ in ("prep", "agent") and c.lower_ in _SOURCE_PREPS]
            for prep in preps:
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects:  # "The words came from Dr Anna Fields", "were made by Tom Hale"
                    return None, objects[0].i
    return None


#: Prepositions that introduce the source after a verb of :data:`lexicon.SOURCE_VERBS`.
_SOURCE_PREPS = frozenset({"from", "by", "to"})


#: Common nouns that name a person ("the words of a police spokeswoman"), not a thing ("of the song").
_PERSON_NOUNS = speaker_lexicon.SPEAKER_ROLE_HEADS | speaker_lexicon.SPOKESPERSON_HEADS


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects else None


def _of_whom(noun: Token) -> Token | None:
    """The person of "the words of X" (``noun`` a source noun)."""
    if noun.lemma_.lower() not in lexicon.SOURCE_NOUNS:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects and (objects[0].pos_ == "PROPN" or objects[0].lower_ in _PERSON_NOUNS):
            return objects[0]
    return None
