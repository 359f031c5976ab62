"""The published dataset: read -> extract -> validate -> publish, atomically, locally or with Ray Data.

Takes input paths; gives a dataset directory of Parquet shards, a card and a build summary, every
record checked against the JSON Schemas first.
"""
