"""Scoring records against gold: the seed gold annotations and the PolNeAR benchmark.

Takes predicted and gold attributions; gives span P/R/F1 (exact and overlap), speaker accuracy and
end to end, overall and by type.
"""
