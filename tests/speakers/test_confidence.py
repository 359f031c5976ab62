"""Confidence of speaker names: the mention's form, the record's features, the model and the fit behind it."""

from __future__ import annotations

import json
import random
from pathlib import Path
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


def test_a_pronoun_that_passes_over_another_name_is_marked() -> None:
    text = "Ann Roe runs the shelter. Tom Hale painted the hall on Monday. “We need beds,” she said."
    record = _record(text, "“We need", "she", "Ann Roe", "pronoun")
    assert confidence.record_features(text, record)["another name between"] == 1.0
    assert "another name between" not in confidence.record_features(
        NEAR_TEXT, _record(NEAR_TEXT, "“We need", "she", "Ann Roe", "pronoun")
    )
    # Her own name again, a single capitalised word and a sentence opening are no other name.
    own = "Ann Roe runs the shelter. Roe said Monday was busy. “We need beds,” she said."
    assert "another name between" not in confidence.record_features(
        own, _record(own, "“We need", "she", "Ann Roe", "pronoun")
    )
    # Only a record that reaches back to its name (a pronoun, a continued quote) passes over others.
    named = "Ann Roe and Tom Hale spoke. “We need beds,” Roe said."
    assert "another name between" not in confidence.record_features(
        named, _record(named, "“We need", "Roe", "Ann Roe", "surname")
    )


def test_other_names_between_reads_names_of_two_or_more_capitalised_words() -> None:
    text = "Ann Roe met Dr. Li Wei, Mayor J. Hale and officials of the Acme Union. Then she said"
    assert confidence.other_names_between(text, "Ann Roe", 7, len(text)) == {"wei", "hale", "union"}
    assert confidence.other_names_between(text, "Li Wei", 7, 24) == set()


def test_a_name_from_the_registry_not_written_out_and_a_mention_that_is_the_name() -> None:
    text = "“Rates stay where they are,” Roe said on Tuesday."
    record = _record(text, "“Rates", "Roe", "Ann Roe", "surname", wikidata_id="Q1")
    features = confidence.record_features(text, record)
    assert features["name not in text"] == features["registry"] == features["mention is name"] == 1.0
    assert "name far before" not in features


def test_no_name_is_a_feature_with_the_form_and_skips_the_name_features() -> None:
    text = "“Prices rose,” a trader said, and the market fell."
    record = _record(text, "“Prices", "a trader", None, "unresolved")
    assert confidence.record_features(text, record) == {
        "resolution:unresolved": 1.0,
        "form:indefinite": 1.0,
        "form:indefinite, no name": 1.0,
        "type:direct": 1.0,
        "no name": 1.0,
    }


def test_a_definite_mention_left_without_a_name_gets_its_own_weight() -> None:
    # "the minister" refers back to someone the article may name; "a spokesman" mostly introduces
    # someone it does not: the same "no name" must be able to weigh differently for the two.
    text = "Ann Roe spoke first. “Prices rose,” the minister said. “Too late,” a spokesman said."
    definite = _record(text, "“Prices", "the minister", None, "unresolved")
    indefinite = _record(text, "“Too late", "a spokesman", None, "unresolved")
    assert "form:definite, no name" in confidence.record_features(text, definite)
    assert "form:indefinite, no name" in confidence.record_features(text, indefinite)
    table = {
        "models": {
            "mention_right": {"weights": {"bias": 100.0}},
            "right_if_mention_right": {"weights": {"bias": 0.0, "form:definite, no name": -100.0}},
            "right_if_mention_wrong": {"weights": {"bias": -100.0}},
        }
    }
    assert confidence.name_confidence(text, definite, table) == pytest.approx(0.0, abs=1e-6)
    assert confidence.name_confidence(text, indefinite, table) == pytest.approx(0.5)
    named = _record(text, "“Prices", "the minister", "Ann Roe", "role")
    assert not any(key.endswith("no name") for key in confidence.record_features(text, named))


@pytest.mark.parametrize(
    ("mention", "kind", "form"),
    [
        ("his aides", "group", "group, no name"),
        ("the officials", "group", "group, no name"),
        ("analysts", "group", "group, no name"),
        ("they", "group", "group, no name"),
        ("his aide", "person", "possessive, no name"),
        ("the nurse", "person", "definite, no name"),
        ("a spokeswoman", "person", "indefinite, no name"),
        ("the report", "unknown", "definite, no name"),
        ("the officials", None, "definite, no name"),
    ],
)
def test_nameless_form_reads_a_group_apart_from_one_person(mention: str, kind: str | None, form: str) -> None:
    assert confidence.nameless_form(mention, kind) == form


def test_a_group_without_a_name_weighs_apart_from_one_person_of_the_same_form() -> None:
    # "his lawyer" is one person the article may name later; "his aides" are several it seldom names
    # one by one: with no name, the two possessives must be able to weigh differently.
    text = "Tom Hale lost the vote. “We go on,” his aides said. “We appeal,” his lawyer said."
    group = _record(text, "“We go", "his aides", None, "group", kind="group")
    person = _record(text, "“We appeal", "his lawyer", None, "unresolved", kind="person")
    assert confidence.record_features(text, group) == {
        "resolution:group": 1.0,
        "form:possessive": 1.0,
        "form:group, no name": 1.0,
        "type:direct": 1.0,
        "no name": 1.0,
    }
    assert "form:possessive, no name" in confidence.record_features(text, person)
    table = {
        "models": {
            "mention_right": {"weights": {"bias": 100.0}},
            "right_if_mention_right": {"weights": {"bias": 0.0, "form:possessive, no name": -100.0}},
            "right_if_mention_wrong": {"weights": {"bias": -100.0}},
        }
    }
    assert confidence.name_confidence(text, person, table) == pytest.approx(0.0, abs=1e-6)
    assert confidence.name_confidence(text, group, table) == pytest.approx(0.5)
    # a named group keeps only its mention's form
    named = _record(text, "“We go", "his aides", "Hale campaign", "group", kind="group")
    assert not any(key.endswith("no name") for key in confidence.record_features(text, named))


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


def _synthetic_items(fit_script: ModuleType, outlets: int = 5, docs: int = 6) -> list:
    """Items of articles from several outlets (ids shaped like PolNeAR's): the name right 95 times in
    100 near its mention, 60 far from it, 30 when the mention is wrong; the last outlet without names."""
    rng = random.Random(4)
    items = []
    for outlet in range(outlets):
        for doc in range(docs):
            doc_id = f"outlet{outlet}_2016-0{doc % 3 + 1}-01_story-{doc}"
            for _ in range(20):
                far = rng.random() < 0.3
                mention_ok = rng.random() < 0.9
                name_ok = rng.random() < (0.6 if far else 0.95) if mention_ok else rng.random() < 0.3
                features = {"resolution:pronoun": 1.0} | ({"name far before": 1.0} if far else {})
                named = outlet < outlets - 1
                items.append(fit_script.Item(doc_id, features, mention_ok, name_ok if named else None))
    return items


def test_fit_chooses_penalties_by_outlet_and_holds_out_each_group(fit_script: ModuleType) -> None:
    items = _synthetic_items(fit_script)
    table, held_out = fit_script.fit(items, 5, "outlet")
    assert table["records"] == 480 and table["mention_records"] == 600
    assert table["penalties_chosen_by"] == "held-out outlet"
    assert all(table["models"][part]["penalty"] in fit_script.PENALTIES for part in confidence.PARTS)
    assert set(held_out) == set(fit_script.GROUPINGS)
    near = _record(NEAR_TEXT, "“We need", "she", "Ann Roe", "pronoun")
    far = _record(FAR_TEXT, "“We need", "she", "Ann Roe", "pronoun")
    # right chance near: 0.9 * 0.95 + 0.1 * 0.3 = 0.885; far: 0.9 * 0.6 + 0.1 * 0.3 = 0.57
    assert confidence.name_confidence(NEAR_TEXT, near, table) == pytest.approx(0.885, abs=0.05)
    assert confidence.name_confidence(FAR_TEXT, far, table) == pytest.approx(0.57, abs=0.08)
    for grouping, (predictions, labels, groups) in held_out.items():
        assert len(predictions) == len(labels) == len(groups) == 480
        bins, ece = fit_script.reliability(predictions, labels)
        assert ece < 0.1 and sum(n for _, n, _, _ in bins) == 480, grouping
    assert set(held_out["outlet"][2]) == {f"outlet{i}" for i in range(4)}
    assert set(held_out["month"][2]) == {"2016-01", "2016-02", "2016-03"}


def test_group_of_reads_outlet_and_month_from_the_article_id(fit_script: ModuleType) -> None:
    assert fit_script.group_of("nyt_2016-03-01_the-vote", "outlet") == "nyt"
    assert fit_script.group_of("nyt_2016-03-01_the-vote", "month") == "2016-03"
    assert fit_script.group_of("nyt_2016-03-01_the-vote", "article") == "nyt_2016-03-01_the-vote"
    assert fit_script.group_of("plain", "outlet") == fit_script.group_of("plain", "month") == "plain"


def test_folds_hold_out_one_group_at_a_time(fit_script: ModuleType) -> None:
    ids = ["a_2016-01-02_x", "a_2016-02-02_y", "b_2016-01-05_z", "c_2016-02-09_w"]
    assert fit_script.folds(ids, 2, "outlet") == [set(ids[:2]), {ids[2]}, {ids[3]}]
    assert fit_script.folds(ids, 2, "month") == [{ids[0], ids[2]}, {ids[1], ids[3]}]
    by_article = fit_script.folds(ids, 2, "article")
    assert len(by_article) == 2 and set().union(*by_article) == set(ids)


def test_a_held_out_outlet_is_predicted_from_the_others_alone(fit_script: ModuleType) -> None:
    # with no features the model is its bias: the share right in the outlets it was fitted on
    items = [
        fit_script.Item(f"{outlet}_2016-01-01_{i}", {}, True, right)
        for outlet, rights in (("a", 10), ("b", 5), ("c", 0))
        for i, right in enumerate([True] * rights + [False] * (10 - rights))
    ]
    held = fit_script.folds([item.doc_id for item in items], 5, "outlet")
    predictions = fit_script.out_of_fold(
        items,
        held,
        lambda train: fit_script.fit_logistic([{}] * len(train), [i.name_right for i in train], 1.0),
        lambda weights, item: confidence.probability(weights, item.features),
    )
    assert predictions[0] == pytest.approx(0.25, abs=1e-3)  # a: b and c, 5 right in 20
    assert predictions[10] == pytest.approx(0.5, abs=1e-3)  # b: a and c
    assert predictions[20] == pytest.approx(0.75, abs=1e-3)  # c: a and b


def test_a_rare_resolution_is_pooled_in_the_fit_and_when_read(fit_script: ModuleType) -> None:
    items = _synthetic_items(fit_script)
    rare = [
        fit_script.Item(f"outlet0_2016-01-01_rare-{i}", {"resolution:role": 1.0}, True, i % 2 == 0)
        for i in range(fit_script.MIN_RESOLUTION_RECORDS - 1)
    ]
    assert fit_script.pooled_resolutions(items + rare) == ["role"]
    assert fit_script.pooled_resolutions(items + rare + rare[:1]) == []
    table, _ = fit_script.fit(items + rare, 5, "outlet")
    assert table["pooled_resolutions"] == ["role"]
    weights = table["models"]["right_if_mention_right"]["weights"]
    assert "resolution:other" in weights and "resolution:role" not in weights
    text = "The senator spoke. “We need beds,” the senator said."
    record = _record(text, "“We need", "the senator", "Ann Roe", "role")
    pooled = dict(table, pooled_resolutions=[])
    # read as resolution:other, the role record gets the pooled weight; unpooled it would get none
    assert confidence.name_confidence(text, record, table) != confidence.name_confidence(text, record, pooled)


def test_group_ece_shows_a_shift_the_pooled_ece_hides(fit_script: ModuleType) -> None:
    # both outlets get 0.7; one is right 9 times in 10, the other 5 times: pooled 0.7 is calibrated
    predictions = [0.7] * 20
    labels = [True] * 9 + [False] + [True] * 5 + [False] * 5
    groups = ["a"] * 10 + ["b"] * 10
    assert fit_script.reliability(predictions, labels)[1] == pytest.approx(0.0)
    assert fit_script.group_ece(predictions, labels, groups) == pytest.approx(0.2)


def test_main_reads_kept_matches_and_prints_the_held_out_report(
    fit_script: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = {}
    matches = []
    rng = random.Random(7)
    for outlet in ("ab", "cd", "ef"):
        for doc in range(4):
            doc_id = f"{outlet}_2016-0{doc + 1}-01_story"
            texts[doc_id] = NEAR_TEXT
            for _ in range(15):
                record = _record(NEAR_TEXT, "“We need", "she", "Ann Roe", "pronoun")
                matches.append(
                    {
                        "doc_id": doc_id,
                        "record": record,
                        "mention_right": True,
                        "name_right": rng.random() < 0.8,
                    }
                )
    (tmp_path / "polnear_train.jsonl").write_text(
        "".join(json.dumps({"doc_id": d, "text": t, "quotes": []}) + "\n" for d, t in texts.items()),
        encoding="utf-8",
    )
    (tmp_path / "polnear_train_speakers.jsonl").write_text("", encoding="utf-8")
    kept = tmp_path / "matches.jsonl"
    kept.write_text("".join(json.dumps(m) + "\n" for m in matches), encoding="utf-8")
    out = tmp_path / "confidence.json"
    assert fit_script.main(["--data-dir", str(tmp_path), "--out", str(out), "--matches", str(kept)]) == 0
    table = json.loads(out.read_text(encoding="utf-8"))
    assert table["records"] == 180 and table["pooled_resolutions"] == []
    printed = capsys.readouterr().out
    assert "one outlet at a time: ECE" in printed and "by outlet" in printed
    assert "one month at a time: ECE" in printed and "5 folds by article: ECE" in printed
    assert "reliability, held out by outlet:" in printed
    table_lines = printed.split("reliability, held out by outlet:")[1].splitlines()
    assert sum(int(line.split("n=")[1].split()[0]) for line in table_lines if "n=" in line) == 180
