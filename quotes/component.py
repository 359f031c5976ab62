"""The spaCy component ``quote_attribution``: run the finders, then set annotations.

Imported by spaCy whenever any pipeline loads (through the ``spacy_factories`` entry point), so this
module stays cheap to import.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

#: The ``doc.spans`` key holding one span per quote or claim, labelled direct/indirect/mixed.
SPANS_KEY = "quotes"

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None, force=True)


class QuoteAttribution:
    """Find quotes and claims in a parsed Doc and store them on it."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=[])
        doc._.attributions = []
        return doc


@Language.factory("quote_attribution")
def make_quote_attribution(nlp: Language, name: str) -> QuoteAttribution:
    """Build the component (spaCy calls this for ``nlp.add_pipe("quote_attribution")``)."""
    return QuoteAttribution(nlp, name)


__all__: list[Any] = ["QuoteAttribution", "make_quote_attribution", "SPANS_KEY"]
