"""The public API, where users import it from: article texts in, attribution records out.

The code lives in :mod:`quotes.engines`; this module re-exports it so that
``from quotes.extract import extract, extract_documents`` keeps working.
"""

from quotes.engines.local import extract, extract_documents
from quotes.engines.stream import ExtractionError, Outcome, attribute_stream, split_text

__all__ = ["ExtractionError", "Outcome", "attribute_stream", "extract", "extract_documents", "split_text"]
