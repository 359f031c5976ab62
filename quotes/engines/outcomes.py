"""What attributing one document gives: its records, or the error that names it.

Kept apart from the engines that run spaCy, so that a process which only hands documents to worker
processes (``--workers 2``) never imports spaCy itself.
"""

from __future__ import annotations

from quotes.records import Attribution


class ExtractionError(RuntimeError):
    """The parser could not attribute a document: it failed on it, or gave a span off its text."""


#: What attributing one document gives: its records, or the error that names it.
Outcome = list[Attribution] | ExtractionError
