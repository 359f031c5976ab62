"""The model's lemmatizer with its answers remembered: the same lemmas at a fraction of the cost.

spaCy's English rule lemmatizer gives each token the first of ``rule_lemmatize(token)``, which reads
only the token's text, its coarse part of speech and its morphology. It remembers an answer only when
the rules ran to the end, so a singular noun, a base-form verb or a positive adjective (about half the
words of news prose) is worked out again every time, each time parsing its morphology into a dict; and
a first answer looks every candidate form up in a *list* of tens of thousands of words (57,528 nouns).
Together that made the lemmatizer cost about as much as the parser.

:class:`RememberedLemmatizer` is the same lemmatizer with the same tables (saved and loaded as spaCy
saves them). It asks the rules once for each (text, part of speech, morphology), through a twin whose
word lists are sets (membership is all the rules ask of them), and reads and writes the lemmas of a
Doc as arrays. A token that already has a lemma (the attribute ruler gives some) keeps it unless the
lemmatizer overwrites, as spaCy does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline.lemmatizer import lemmatizer_score
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.api import Model

FACTORY_NAME = "remembered_lemmatizer"
#: The modes whose answer is a function of a token's text, part of speech and morphology alone.
_MODES = frozenset({"rule", "lookup"})
#: Answers remembered before the memory is emptied (it grows with the vocabulary of a corpus).
MAX_REMEMBERED = 500_000


class RememberedLemmatizer(EnglishLemmatizer):
    """spaCy's English lemmatizer, asking its rules once for each form (see the module)."""

    def __init__(
        self,
        vocab: Vocab,
        model: Model | None,
        name: str = "lemmatizer",
        *,
        mode: str = "rule",
        overwrite: bool = False,
        scorer: Callable[..., Any] | None = lemmatizer_score,
    ) -> None:
        if mode not in _MODES:
            raise ValueError(f"{name}: mode {mode!r} is not remembered; expected one of {sorted(_MODES)}")
        super().__init__(vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
        self._forget()

    def _forget(self) -> None:
        """Drop what was remembered, and the twin: the tables changed or may have."""
        self._lemmas: dict[tuple[int, int, int], int] = {}
        self._twin: EnglishLemmatizer | None = None

    def _answering(self) -> EnglishLemmatizer:
        """The twin that answers: this lemmatizer's mode and tables, its word lists made sets."""
        if self._twin is None:
            lookups = Lookups()
            for name in self.lookups.tables:
                table = self.lookups.get_table(name)
                if name == "lemma_index":
                    lookups.add_table(name, {key: frozenset(words) for key, words in table.items()})
                else:
                    lookups.add_table(name, dict(table))
            twin = EnglishLemmatizer(self.vocab, None, self.name, mode=self.mode, overwrite=self.overwrite)
            twin.lookups = lookups
            self._twin = twin
        return self._twin

    def use_tables(self, lookups: Lookups) -> None:
        """Answer from ``lookups`` (the tables of the lemmatizer this one replaces)."""
        self.lookups = lookups
        self._validated = False
        self._forget()

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of every token of ``doc`` that spaCy's lemmatizer would set, to its answer."""
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        answering = self._answering()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        remembered = self._lemmas
        if len(remembered) > MAX_REMEMBERED:
            remembered.clear()
        strings = self.vocab.strings
        overwrite = self.overwrite
        for index, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = remembered.get(key)
            if found is None:
                found = remembered[key] = strings.add(answering.lemmatize(doc[index])[0])
            lemmas[index] = found
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Lemmatize a stream of Docs, one at a time (``batch_size`` is spaCy's, and unused)."""
        for doc in stream:
            yield self(doc)

    def initialize(self, *args: Any, **kwargs: Any) -> None:
        """spaCy's ``initialize``, forgetting what the old tables answered."""
        super().initialize(*args, **kwargs)
        self._forget()

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RememberedLemmatizer:
        """spaCy's ``from_disk``, forgetting what the old tables answered."""
        super().from_disk(path, exclude=exclude)
        self._forget()
        return self

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> RememberedLemmatizer:
        """spaCy's ``from_bytes``, forgetting what the old tables answered."""
        super().from_bytes(bytes_data, exclude=exclude)
        self._forget()
        return self


@Language.factory(
    FACTORY_NAME,
    assigns=["token.lemma"],
    default_config={
        "model": None,
        "mode": "rule",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
    default_score_weights={"lemma_acc": 1.0},
)
def make_remembered_lemmatizer(
    nlp: Language,
    model: Model | None,
    name: str,
    mode: str,
    overwrite: bool,
    scorer: Callable[..., Any] | None,
) -> RememberedLemmatizer:
    """Create a :class:`RememberedLemmatizer` (spaCy factory ``remembered_lemmatizer``)."""
    return RememberedLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


def remember_lemmas(nlp: Language, name: str = "lemmatizer") -> bool:
    """Put a :class:`RememberedLemmatizer` with the same mode and tables in place of the lemmatizer
    ``name`` of ``nlp``.

    Nothing changes when there is no such pipe, or when it is not spaCy's English lemmatizer in rule
    or lookup mode (another lemmatizer may read more of a token).

    Returns:
        Whether the pipe was replaced.
    """
    if name not in nlp.pipe_names:
        return False
    base: Any = nlp.get_pipe(name)
    if type(base) is not EnglishLemmatizer or base.mode not in _MODES:
        return False
    remembered = nlp.replace_pipe(name, FACTORY_NAME, config={"mode": base.mode, "overwrite": base.overwrite})
    remembered.use_tables(base.lookups)
    return True
