"""A compiled attribute ruler: spaCy's ``attribute_ruler`` patterns applied as table look-ups.

The model's attribute ruler is a ``Matcher`` over some 180 patterns, nearly all a single token tested on
its tag, its lower-case form or its dependency label. Run through the Matcher it costs about as much as
the tagger and lemmatizer together; what it amounts to is a look-up: a token's tested features decide
which rules match it, and the rules that match decide what it is given.

:class:`CompiledRules` turns the patterns into that look-up, with the Matcher's semantics kept exactly:

- every pattern is matched against the Doc *as it was* before any rule set anything;
- the rules that match a token are applied in the order they were added, a later rule overriding an
  earlier one attribute by attribute (spaCy sorts matches by rule number before setting them);
- a pattern of several tokens sets the token at its ``index`` (negative counts from the end).

A token's features are first reduced, per tested attribute, to a small class (which of the values the
patterns name it has, and which of their regular expressions it matches), so the cache of outcomes stays
small whatever the vocabulary. Patterns outside what the compiler understands (operators, extension
attributes, comparison or set predicates other than ``IN``/``NOT_IN``/``REGEX``, attributes other than
plain token strings and flags, or setting anything but LEMMA, NORM, POS, TAG, MORPH, DEP) raise
:class:`UnsupportedPatternError`; the component then keeps spaCy's Matcher, so it never silently differs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    IDS,
    LEMMA,
    LOWER,
    MORPH,
    NORM,
    ORTH,
    POS,
    PREFIX,
    SHAPE,
    SUFFIX,
    TAG,
)
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import attribute_ruler_score
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: The factory name of :class:`CompiledAttributeRuler` (registered here and by entry point).
FACTORY_NAME = "compiled_attribute_ruler"

#: String-valued token attributes a pattern may test: ``Doc.to_array`` reads them as the Matcher does.
_STRING_ATTRS = frozenset({ORTH, LOWER, NORM, SHAPE, PREFIX, SUFFIX, LEMMA, POS, TAG, DEP, ENT_TYPE})
#: Lexeme flags (IS_SPACE, IS_PUNCT, LIKE_NUM, ...) have attribute ids below this; read as 0 or 1.
_FLAG_LIMIT = 64
#: Attributes a rule may set: spaCy writes them on the token only, which ``Doc.from_array`` does too.
_SETTABLE = frozenset({LEMMA, NORM, POS, TAG, MORPH, DEP})
#: Regular-expression results cached per value before the cache is emptied (it grows with the vocabulary).
_REGEX_CACHE_LIMIT = 200_000


class UnsupportedPatternError(ValueError):
    """An attribute ruler pattern uses something the compiler does not translate."""


@dataclass(frozen=True)
class _Condition:
    """One test on one attribute of a token: equal to / in / not in a set of values, or a regex."""

    attr: int
    kind: str  # "in", "not_in" or "regex" (an equality is "in" a set of one)
    values: frozenset[int] = frozenset()
    regex: re.Pattern[str] | None = None


class _Column:
    """A tested attribute: the values and expressions the patterns name, and how to class a token by them.

    A token's class on the attribute is ``named << len(regexes) | bits``: ``named`` is 0, or 1 + the index
    of the named value the token has; bit ``i`` says whether it matches regex ``i``.
    """

    def __init__(self, attr: int, values: Iterable[int], regexes: Iterable[str]) -> None:
        self.attr = attr
        self.values = sorted(set(values))
        self.regexes = list(dict.fromkeys(regexes))
        self.size = (len(self.values) + 1) << len(self.regexes)
        self._sorted = numpy.array(self.values, dtype=numpy.uint64)
        self._compiled = [re.compile(pattern) for pattern in self.regexes]
        self._bits: dict[int, int] = {}

    def classify(self, column: numpy.ndarray, strings: StringStore) -> numpy.ndarray:
        """The class of each value of ``column`` (a ``Doc.to_array`` column of this attribute)."""
        if self.values:
            where = numpy.minimum(numpy.searchsorted(self._sorted, column), len(self.values) - 1)
            named = numpy.where(self._sorted[where] == column, where + 1, 0).astype(numpy.int64)
        else:
            named = numpy.zeros(len(column), dtype=numpy.int64)
        if not self.regexes:
            return named
        distinct, inverse = numpy.unique(column, return_inverse=True)
        if len(self._bits) > _REGEX_CACHE_LIMIT:
            self._bits.clear()
        found = []
        for value in distinct.tolist():
            bits = self._bits.get(value)
            if bits is None:
                text = strings[value]  # the Matcher's REGEX reads the string the same way
                bits = sum(1 << i for i, regex in enumerate(self._compiled) if regex.search(text))
                self._bits[value] = bits
            found.append(bits)
        return (named << len(self.regexes)) | numpy.asarray(found, dtype=numpy.int64)[inverse.reshape(-1)]

    def holds(self, condition: _Condition, token_class: int) -> bool:
        """Whether a token of class ``token_class`` on this attribute satisfies ``condition``."""
        if condition.kind == "regex":
            assert condition.regex is not None
            return bool(token_class >> self.regexes.index(condition.regex.pattern) & 1)
        named = token_class >> len(self.regexes)
        inside = named > 0 and self.values[named - 1] in condition.values
        return inside if condition.kind == "in" else not inside


@dataclass(frozen=True)
class _Rule:
    """One pattern of one rule: its token tests, and which of its tokens the rule's attributes go to."""

    number: int  # the rule's position in the ruler: later numbers override earlier ones
    tokens: tuple[tuple[_Condition, ...], ...]
    target: int


def _compile_spec(spec: Any, strings: StringStore, where: str) -> tuple[_Condition, ...]:
    """Translate one token of a Matcher pattern, as the Matcher reads it, or raise."""
    if not isinstance(spec, Mapping):
        raise UnsupportedPatternError(f"{where}: a pattern token must be a dict, got {spec!r}")
    conditions = []
    for key, value in spec.items():
        name = key.upper() if isinstance(key, str) else key
        if name in ("_", "OP"):
            raise UnsupportedPatternError(f"{where}: {key!r} is not supported (plain token tests only)")
        attr = IDS.get("ORTH" if name == "TEXT" else name) if isinstance(name, str) else name
        if attr is None or not (attr in _STRING_ATTRS or 0 < attr < _FLAG_LIMIT):
            raise UnsupportedPatternError(
                f"{where}: attribute {key!r} is not supported (string attributes ORTH/TEXT, LOWER, NORM, "
                "SHAPE, PREFIX, SUFFIX, LEMMA, POS, TAG, DEP, ENT_TYPE, or IS_*/LIKE_* flags)"
            )
        if isinstance(value, Mapping):
            conditions += [
                _compile_predicate(attr, op, operand, strings, where) for op, operand in value.items()
            ]
        else:
            conditions.append(_Condition(attr, "in", frozenset({_exact_value(value, strings, where)})))
    return tuple(conditions)


def _exact_value(value: Any, strings: StringStore, where: str) -> int:
    """The id the Matcher compares a plain value with (a string is added to the store, a bool is 0/1)."""
    if isinstance(value, str):
        return int(strings.add(value))
    if isinstance(value, int) and 0 <= value < 2**64:
        return int(value)
    raise UnsupportedPatternError(f"{where}: value {value!r} is not supported (a string, a bool or an id)")


def _compile_predicate(attr: int, op: Any, operand: Any, strings: StringStore, where: str) -> _Condition:
    kind = op.upper() if isinstance(op, str) else op
    if kind == "REGEX" and isinstance(operand, str) and attr in _STRING_ATTRS:
        return _Condition(attr, "regex", regex=re.compile(operand))
    if kind in ("IN", "NOT_IN") and isinstance(operand, (list, tuple)):
        if not all(isinstance(item, (str, int)) for item in operand):
            raise UnsupportedPatternError(f"{where}: {op} takes strings or ids, got {operand!r}")
        values = frozenset(int(get_string_id(item)) for item in operand)
        return _Condition(attr, "in" if kind == "IN" else "not_in", values)
    raise UnsupportedPatternError(
        f"{where}: predicate {op!r}: {operand!r} is not supported (IN, NOT_IN, or REGEX with a string "
        "on a string attribute)"
    )


class CompiledRules:
    """An attribute ruler's patterns compiled into look-up tables; :meth:`apply` sets what the ruler would.

    Args:
        vocab: the pipeline's vocab (pattern strings are added to its string store, as the Matcher does).
        rules: per rule, in the ruler's order: its Matcher patterns, its normalised attributes (attribute
            id to value id, as ``AttributeRuler.attrs`` holds them) and its token index.

    Raises:
        UnsupportedPatternError: a pattern or an attribute the compiler does not translate.
    """

    def __init__(self, vocab: Vocab, rules: Sequence[tuple[Sequence[Any], Mapping[Any, Any], int]]) -> None:
        self.strings = vocab.strings
        self.attrs: list[dict[int, int]] = []
        single: list[_Rule] = []
        multi: list[_Rule] = []
        for number, (patterns, attrs, index) in enumerate(rules):
            where = f"attribute ruler rule {number}"
            unknown = [key for key in attrs if key not in _SETTABLE]
            if unknown:
                raise UnsupportedPatternError(
                    f"{where}: sets {unknown!r}; only LEMMA, NORM, POS, TAG, MORPH and DEP are supported"
                )
            self.attrs.append({int(key): int(value) for key, value in attrs.items()})
            for pattern in patterns:
                if not isinstance(pattern, Sequence) or not pattern:
                    raise UnsupportedPatternError(f"{where}: pattern {pattern!r} is not a list of tokens")
                if not -len(pattern) <= index < len(pattern):
                    raise UnsupportedPatternError(
                        f"{where}: index {index} is outside pattern {pattern!r} (spaCy raises E1001 on it)"
                    )
                tokens = tuple(_compile_spec(spec, self.strings, where) for spec in pattern)
                rule = _Rule(number, tokens, index % len(pattern))
                (single if len(tokens) == 1 else multi).append(rule)
        self._single = single
        self._multi = multi
        self._slots = [(rule, k) for rule in multi for k in range(len(rule.tokens))]
        tested: dict[int, tuple[list[int], list[str]]] = {}
        for rule in single + multi:
            for token in rule.tokens:
                for condition in token:
                    values, regexes = tested.setdefault(condition.attr, ([], []))
                    if condition.regex is not None:
                        regexes.append(condition.regex.pattern)
                    values += condition.values
        self._columns = {attr: _Column(attr, values, regexes) for attr, (values, regexes) in tested.items()}
        if math.prod(column.size for column in self._columns.values()) >= 2**63:
            raise UnsupportedPatternError(
                f"the patterns name too many values to key a token by them: "
                f"{ {column.attr: column.size for column in self._columns.values()} }"
            )
        self._set_attrs = sorted({key for attrs in self.attrs for key in attrs})
        read = list(self._columns)
        read += [attr for attr in self._set_attrs if attr not in read]
        self._read_attrs = read
        self._set_positions = [read.index(attr) for attr in self._set_attrs]
        # caches: token class key -> (outcome, slots); matched rule numbers -> outcome
        self._by_key: dict[int, tuple[int, tuple[bool, ...]]] = {}
        self._by_rules: dict[tuple[int, ...], int] = {}
        self._outcome_rules: list[tuple[int, ...]] = []
        self._masks: list[list[bool]] = []
        self._values: list[list[int]] = []
        self._tables: tuple[numpy.ndarray, numpy.ndarray] | None = None

    @classmethod
    def from_ruler(cls, ruler: AttributeRuler) -> CompiledRules:
        """Compile the patterns of a spaCy ``AttributeRuler`` (or of a :class:`CompiledAttributeRuler`)."""
        rules = [
            (ruler.matcher.get(str(number))[1], ruler.attrs[number], ruler.indices[number])
            for number in range(len(ruler.attrs))
        ]
        return cls(ruler.vocab, rules)

    def apply(self, doc: Doc) -> None:
        """Set on ``doc`` the attributes the ruler's patterns give its tokens."""
        length = len(doc)
        if length == 0 or not self._set_attrs:
            return
        data = doc.to_array(self._read_attrs).reshape(length, -1)  # 1-D when one attribute is read
        key = numpy.zeros(length, dtype=numpy.int64)
        for position, column in enumerate(self._columns.values()):
            key = key * column.size + column.classify(data[:, position], self.strings)
        distinct, inverse = numpy.unique(key, return_inverse=True)
        found = [self._by_key.get(value) or self._learn_key(value) for value in distinct.tolist()]
        outcomes = numpy.fromiter((outcome for outcome, _ in found), dtype=numpy.intp, count=len(found))
        outcomes = outcomes[inverse.reshape(-1)]
        if self._multi:
            slots = numpy.array([token_slots for _, token_slots in found], dtype=bool)
            self._match_multi(outcomes, slots.reshape(len(found), len(self._slots))[inverse.reshape(-1)])
        masks, values = self._outcome_tables()
        before = data[:, self._set_positions]
        doc.from_array(self._set_attrs, numpy.where(masks[outcomes], values[outcomes], before))

    def _learn_key(self, key: int) -> tuple[int, tuple[bool, ...]]:
        """Decode a token class key, match it against every pattern token, and cache the outcome."""
        classes: dict[int, int] = {}
        rest = key
        for column in reversed(self._columns.values()):
            rest, classes[column.attr] = divmod(rest, column.size)

        def satisfies(token: tuple[_Condition, ...]) -> bool:
            return all(
                self._columns[condition.attr].holds(condition, classes[condition.attr]) for condition in token
            )

        numbers = tuple(rule.number for rule in self._single if satisfies(rule.tokens[0]))
        slots = tuple(satisfies(rule.tokens[k]) for rule, k in self._slots)
        result = (self._outcome(numbers), slots)
        self._by_key[key] = result
        return result

    def _match_multi(self, outcomes: numpy.ndarray, slots: numpy.ndarray) -> None:
        """Add the rules of multi-token patterns to the outcome of the token each one targets."""
        length = len(outcomes)
        extra: dict[int, set[int]] = {}
        first = 0
        for rule in self._multi:
            width = len(rule.tokens)
            if length >= width:
                hits = slots[: length - width + 1, first].copy()
                for k in range(1, width):
                    hits &= slots[k : length - width + 1 + k, first + k]
                for start in numpy.flatnonzero(hits).tolist():
                    extra.setdefault(start + rule.target, set()).add(rule.number)
            first += width
        for token, numbers in extra.items():
            merged = numbers.union(self._outcome_rules[outcomes[token]])
            outcomes[token] = self._outcome(tuple(sorted(merged)))

    def _outcome(self, numbers: tuple[int, ...]) -> int:
        """The outcome of a set of matched rules (in rule order): later rules override earlier ones."""
        known = self._by_rules.get(numbers)
        if known is not None:
            return known
        final: dict[int, int] = {}
        for number in numbers:
            final.update(self.attrs[number])
        self._masks.append([attr in final for attr in self._set_attrs])
        self._values.append([final.get(attr, 0) for attr in self._set_attrs])
        self._outcome_rules.append(numbers)
        self._by_rules[numbers] = len(self._outcome_rules) - 1
        self._tables = None
        return len(self._outcome_rules) - 1

    def _outcome_tables(self) -> tuple[numpy.ndarray, numpy.ndarray]:
        if self._tables is None:
            self._tables = (
                numpy.array(self._masks, dtype=bool),
                numpy.array(self._values, dtype=numpy.uint64),
            )
        return self._tables


class CompiledAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with its patterns applied through :class:`CompiledRules`.

    Patterns are added, listed, scored and saved exactly as by the ``AttributeRuler`` it extends; only
    applying them differs. When the patterns use something the compiler does not translate, it applies
    them through spaCy's Matcher instead (:attr:`unsupported` says why).
    """

    def __init__(
        self,
        vocab: Vocab,
        name: str = "attribute_ruler",
        *,
        validate: bool = False,
        scorer: Callable[..., Any] | None = attribute_ruler_score,
    ) -> None:
        self._rules: CompiledRules | None = None
        self.unsupported: str | None = None
        super().__init__(vocab, name, validate=validate, scorer=scorer)

    def clear(self) -> None:
        """Remove all patterns (and their compiled tables)."""
        super().clear()
        self._forget()

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        """Add patterns as ``AttributeRuler.add`` does; the tables are rebuilt on the next Doc."""
        super().add(patterns, attrs, index)  # type: ignore[arg-type]
        self._forget()

    def _forget(self) -> None:
        self._rules = None
        self.unsupported = None

    @property
    def compiled(self) -> CompiledRules | None:
        """The compiled patterns, or ``None`` when they use something the compiler does not translate."""
        if self._rules is None and self.unsupported is None:
            try:
                self._rules = CompiledRules.from_ruler(self)
            except UnsupportedPatternError as error:
                self.unsupported = str(error)
        return self._rules

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes the patterns give the tokens of ``doc``."""
        rules = self.compiled
        if rules is None:
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            rules.apply(doc)
            return doc
        except Exception as error:  # same contract as every spaCy pipe: the handler decides
            return error_handler(self.name, self, [doc], error)

    def __getstate__(self) -> dict[str, Any]:
        # The tables are rebuilt on first use; a Matcher pickles on its own.
        state = self.__dict__.copy()
        state["_rules"] = None
        state["unsupported"] = None
        return state


@Language.factory(
    FACTORY_NAME,
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_compiled_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Callable[..., Any] | None
) -> CompiledAttributeRuler:
    """Create a :class:`CompiledAttributeRuler` (spaCy factory ``compiled_attribute_ruler``)."""
    return CompiledAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def compile_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace spaCy's attribute ruler ``name`` in ``nlp`` by a compiled one with the same patterns.

    Nothing changes when there is no such pipe, when it is not a plain spaCy ``AttributeRuler``, or when
    its patterns use something the compiler does not translate.

    Returns:
        Whether the pipe was replaced.
    """
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if type(ruler) is not AttributeRuler:
        return False
    try:
        CompiledRules.from_ruler(ruler)
    except UnsupportedPatternError:
        return False
    patterns = ruler.patterns
    compiled = nlp.replace_pipe(name, FACTORY_NAME, config={"validate": ruler.validate})
    compiled.add_patterns(patterns)
    return True
