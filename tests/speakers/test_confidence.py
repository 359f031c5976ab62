"""Confidence of speaker names: the mention's form, the record's features, the model and the fit behind it."""

from __future__ import annotations

import random
from types import ModuleType

import pytest

from quotes.speakers import confidence
from tests import benchmark_scripts


@pytest.mark.parametrize(
    ("mention", "named", "form"),
    [
        ("she", True, "pronoun"),
        ("I", False, "pronoun, no name"),
        ("a spokeswoman for the county", False, "indefinite, no name"),
        ("Two aides", False, "indefinite, no name"),
        ("the retired surgeon", False, "definite, no name"),
        ("the senator", True, "definite"),
        ("his lawyer", False, "possessive, no name"),
        ("Acme Union's statement", True, "possessive"),
        ("the teachers' union", True, "possessive"),
        ("Ann Roe", True, "proper"),
        ("police", True, "common"),
        (None, True, "none"),
        ("", False, "none, no name"),
    ],
)
def test_mention_form(mention: str | None, named: bool, form: str) -> None:
    assert confidence.mention_form(mention, named) == form


def _record(
    text: str, quote: str, mention: str | None, name: str | None, resolution: str, **extra: object
) -> dict[str, object]:
    """A record dict of the words opening with ``quote``, its speaker reached from ``mention``."""
    start = text.index(quote)
    at = text.index(mention, start - 40 if start > 40 else 0) if mention else None
    speaker = {"name": name, "mention": mention, "start": at, "resolution": resolution, "wikidata_id": None}
    speaker.update(extra)
    return {"type": "direct", "start": start, "speaker": speaker}


NEAR_TEXT = "Ann Roe runs the shelter on Pine Street. “We need beds,” she said."
FAR_TEXT = (
    "Ann Roe runs the shelter on Pine Street. "
    + "The council met on Monday to talk about the budget for roads, parks and the library. " * 8
    + "“We need beds,” she said."
)


def test_a_pronoun_near_its_name_has_only_the_record_features() -> None:
    record = _record(NEAR_TEXT, "“We need", "she", "Ann Roe", "pronoun")
    assert confidence.record_features(NEAR_TEXT, record) == {
        "resolution:pronoun": 1.0,
        "form:pronoun": 1.0,
        "type:direct": 1.0,
    }


def test_a_pronoun_paragraphs_after_its_name_is_far() -> None:
    record = _record(FAR_TEXT, "“We need", "she", "Ann Roe", "pronoun")
    assert confidence.record_features(FAR_TEXT, record)["name far before"] == 1.0


def test_a_name_from_the_registry_not_written_out_and_a_mention_that_is_the_name() -> None:
    text = "“Rates stay where they are,” Roe said on Tuesday."
    record = _record(text, "“Rates", "Roe", "Ann Roe", "surname", wikidata_id="Q1")
    features = confidence.record_features(text, record)
    assert features["name not in text"] == features["registry"] == features["mention is name"] == 1.0
    assert "name far before" not in features


def test_no_name_is_a_feature_and_skips_the_name_features() -> None:
    text = "“Prices rose,” a trader said, and the market fell."
    record = _record(text, "“Prices", "a trader", None, "unresolved")
    assert confidence.record_features(text, record) == {
        "resolution:unresolved": 1.0,
        "form:indefinite": 1.0,
        "type:direct": 1.0,
        "no name": 1.0,
    }


def test_last_word_reads_a_name_as_compared() -> None:
    assert confidence.last_word("Dr. José Núñez’s") == "núñez"
    assert confidence.last_word("Acme Union (AU)") == "au"
    assert confidence.last_word(None) == ""


def test_probability_is_the_logistic_of_known_features() -> None:
    weights = {"bias": 1.0, "no name": -2.0}
    chance = confidence.probability(weights, {"no name": 1.0, "never seen": 1.0})
    assert chance == pytest.approx(0.2689, abs=1e-4)
    assert confidence.probability({"bias": -800.0}, {}) == pytest.approx(0.0)


def test_name_confidence_combines_the_mention_and_the_name_parts() -> None:
    table = {
        "models": {
            "mention_right": {"weights": {"bias": 0.0, "resolution:pronoun": 100.0}},
            "right_if_mention_right": {"weights": {"bias": 0.0, "name far before": -100.0}},
            "right_if_mention_wrong": {"weights": {"bias": -100.0}},
        }
    }
    near = _record(NEAR_TEXT, "“We need", "she", "Ann Roe", "pronoun")
    far = _record(FAR_TEXT, "“We need", "she", "Ann Roe", "pronoun")
    assert confidence.name_confidence(NEAR_TEXT, near, table) == pytest.approx(0.5)
    assert confidence.name_confidence(FAR_TEXT, far, table) == pytest.approx(0.0, abs=1e-6)
    unresolved = _record("“No,” a trader said.", "“No", "a trader", None, "unresolved")
    # the mention right half the time, the name then right half the time, never otherwise
    assert confidence.name_confidence("“No,” a trader said.", unresolved, table) == pytest.approx(0.25)


def test_the_packaged_model_gives_a_chance_for_every_record() -> None:
    trader = "“No,” a trader said."
    for text, record in (
        (NEAR_TEXT, _record(NEAR_TEXT, "“We need", "she", "Ann Roe", "pronoun")),
        (trader, _record(trader, "“No", "a trader", None, "unresolved")),
    ):
        assert 0.0 < confidence.name_confidence(text, record) < 1.0


@pytest.fixture(scope="module")
def fit_script() -> ModuleType:
    return benchmark_scripts.load("fit_confidence")


def test_fit_logistic_learns_a_feature_that_lowers_accuracy(fit_script: ModuleType) -> None:
    rows: list[dict[str, float]] = [{"far": 1.0}] * 40 + [{}] * 60
    labels = [i < 10 for i in range(40)] + [i < 54 for i in range(60)]
    weights = fit_script.fit_logistic(rows, labels, penalty=0.01)
    assert confidence.probability(weights, {"far": 1.0}) == pytest.approx(0.25, abs=0.01)
    assert confidence.probability(weights, {}) == pytest.approx(0.9, abs=0.01)


def test_fit_chooses_penalties_by_article_and_holds_out_each_article(fit_script: ModuleType) -> None:
    rng = random.Random(4)
    items = []
    for doc in range(30):
        for _ in range(20):
            far = rng.random() < 0.3
            mention_ok = rng.random() < 0.9
            name_ok = rng.random() < (0.6 if far else 0.95) if mention_ok else rng.random() < 0.3
            features = {"resolution:pronoun": 1.0} | ({"name far before": 1.0} if far else {})
            items.append(fit_script.Item(f"d{doc}", features, mention_ok, name_ok if doc < 20 else None))
    table, held_out = fit_script.fit(items, 5)
    assert table["records"] == 400 and table["mention_records"] == 600
    assert all(table["models"][part]["penalty"] in fit_script.PENALTIES for part in confidence.PARTS)
    assert len(held_out) == 400
    near = _record(NEAR_TEXT, "“We need", "she", "Ann Roe", "pronoun")
    far = _record(FAR_TEXT, "“We need", "she", "Ann Roe", "pronoun")
    assert confidence.name_confidence(NEAR_TEXT, near, table) > 0.8 > 0.65
    assert confidence.name_confidence(FAR_TEXT, far, table) < 0.65
    labels = [bool(i.name_right) for i in items if i.name_right is not None]
    bins, ece = fit_script.reliability(held_out, labels)
    assert ece < 0.1 and sum(n for _, n, _, _ in bins) == 400
