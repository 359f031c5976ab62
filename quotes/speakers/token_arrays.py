"""Which tokens of a Doc hold one of a set of words, read from its token arrays.

Building a Token object for every word of an article to read one attribute costs more than the
test itself, and most words are none of those looked for. Here a column of ``Doc.to_array`` (word
or lemma hashes) is matched against the hashes wanted, each distinct word's string looked up once.
The matching sorts and searches the hashes with NumPy's plain array functions: ``numpy.isin`` and
``numpy.unique`` import ``numpy.ma`` on first use, some 20 ms of every start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy
from spacy.tokens import Doc


def holding(column: numpy.ndarray, hashes: Iterable[int]) -> numpy.ndarray:
    """A mask over ``column`` (hashes from ``Doc.to_array``): True where the hash is one of ``hashes``."""
    wanted = numpy.array(sorted(set(hashes)), dtype="uint64")
    if not len(wanted):
        return numpy.zeros(len(column), dtype=bool)
    at = numpy.searchsorted(wanted, column).clip(max=len(wanted) - 1)
    return wanted[at] == column


def hashes_where(doc: Doc, column: numpy.ndarray, keep: Callable[[str], bool]) -> list[int]:
    """The distinct hashes of ``column`` whose string passes ``keep``, each string tested once."""
    strings = doc.vocab.strings
    return [h for h in set(column.tolist()) if keep(strings[h])]


def indices_of_words(doc: Doc, attr: int, keep: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose ``attr`` (``LOWER``, ``LEMMA``, ...) string passes ``keep``."""
    if not len(doc):
        return []
    column = doc.to_array(attr)
    return holding(column, hashes_where(doc, column, keep)).nonzero()[0].tolist()
