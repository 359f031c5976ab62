"""Running the parser over many documents: in this process, or in worker processes.

Takes :class:`~quotes.records.Document` streams; gives each with its
:class:`~quotes.records.Attribution` records, in input order (the public API is :mod:`quotes.extract`).
"""
