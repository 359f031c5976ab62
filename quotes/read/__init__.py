"""Articles in: .txt, JSONL (.jsonl.gz), Parquet and `datasets` directories, with metadata sidecars.

Takes file and directory paths; gives one :class:`quotes.records.Document` each, text exactly as
given. Also the record-file readers, :class:`~quotes.read.io.InputError` and the atomic writers.
"""
