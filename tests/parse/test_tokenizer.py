"""The model's tokenizer read with the extended affixes in place (quotes.parse.tokenizer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.parse import nlp as pipeline
from quotes.parse import tokenizer as quote_tokenizer


@pytest.fixture(scope="module")
def reference():
    """The stock model, its affixes then set after loading (the special cases added a third time)."""
    nlp = pipeline.load_base()
    pipeline._extend_affixes(nlp)
    return nlp


def test_load_reads_the_saved_tokenizer_into_the_same_tokenizer(nlp, reference) -> None:
    assert isinstance(nlp.tokenizer, quote_tokenizer.QuoteTokenizer)
    # patterns, URL and token matches, special cases and heuristics (the vocabularies hold other words)
    mine, theirs = (n.tokenizer.to_bytes(exclude=["vocab"]) for n in (nlp, reference))
    assert mine == theirs
    texts = [
        "Dr. Roe didn't say,“Look at 31C.” She can't; Mr. Hale won't :) e.g. U.S.-made",
        "“We will win,”Ann Roe said. “It's over.”The crowd (in N.Y.) cheered 4K. See https://acme.org/a.",
    ]
    for text in texts:
        assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in reference.tokenizer(text)]


def test_the_config_still_names_spacys_tokenizer(nlp) -> None:
    assert nlp.config["nlp"]["tokenizer"] == {"@tokenizers": quote_tokenizer.SPACY_TOKENIZER}


def test_reading_without_special_cases_adds_none(reference) -> None:
    tokenizer = quote_tokenizer.make_extended_affixes_tokenizer()(reference)
    tokenizer.from_bytes(reference.tokenizer.to_bytes(), exclude=["exceptions"])
    assert tokenizer.rules == {}
    assert [t.text for t in tokenizer("said,“Look")] == ["said", ",", "“", "Look"]


def _pipeline_config(folder: Path, tokenizer: str) -> Path:
    folder.mkdir()
    (folder / "config.cfg").write_text(
        f'[nlp]\nlang = "en"\n\n[nlp.tokenizer]\n@tokenizers = "{tokenizer}"\n'
    )
    return folder


def test_only_a_model_saving_spacys_tokenizer_is_read_this_way(tmp_path: Path) -> None:
    assert quote_tokenizer.saves_spacys_tokenizer(str(_pipeline_config(tmp_path / "a", "spacy.Tokenizer.v1")))
    # negative: another tokenizer, and a folder with no config, are left to the ordinary load
    assert not quote_tokenizer.saves_spacys_tokenizer(
        str(_pipeline_config(tmp_path / "b", "spacy.Whitespace.v1"))
    )
    assert not quote_tokenizer.saves_spacys_tokenizer(str(tmp_path / "missing"))


def test_the_installed_default_model_saves_spacys_tokenizer() -> None:
    assert quote_tokenizer.saves_spacys_tokenizer(pipeline.default_model_name())
