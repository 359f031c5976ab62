"""Tests for the PolNeAR reader (quotes.evaluation.polnear) and scorer (quotes.evaluation.polnear_score)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.evaluation.polnear import (
    GoldAttribution,
    PolnearDoc,
    PolnearFormatError,
    is_direct,
    is_saying_cue,
    load,
    normalize_span,
)
from quotes.evaluation.polnear_score import match_document, match_errors, score, score_matches
from quotes.records import Attribution, Cue, Speaker

POLNEAR = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "polnear"

TEXT = (
    "“We will win this,” Smith said on Monday. “Nobody doubts it.”\n"
    "Jones said that taxes would rise next year. A poll shows voters are unhappy."
)


def span(sub: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(sub)
    return start, start + len(sub)


def gold(
    content: str | list[str],
    speaker: str | None = "Smith",
    cue: str | None = "said",
    direct: bool = False,
) -> GoldAttribution:
    parts = [content] if isinstance(content, str) else content
    segments = tuple(span(part) for part in parts)
    start, end = segments[0][0], segments[-1][1]
    return GoldAttribution(
        start=start,
        end=end,
        text=TEXT[start:end],
        segments=segments,
        speaker=speaker,
        speaker_spans=(span(speaker),) if speaker else (),
        cue=cue,
        direct=direct,
    )


def pred(
    content: str,
    speaker: str | None = "Smith",
    type_: str = "indirect",
    confidence: float = 0.9,
    cue: str = "said",
) -> Attribution:
    start, end = span(content)
    s_start, s_end = span(speaker) if speaker else (None, None)
    c_start, c_end = span(cue)
    return Attribution(
        doc_id="t",
        type=type_,  # type: ignore[arg-type]
        text=TEXT[start:end],
        start=start,
        end=end,
        speaker=Speaker(name=speaker, mention=speaker, start=s_start, end=s_end),
        cue=Cue(text=cue, lemma=cue, start=c_start, end=c_end),
        confidence=confidence,
    )


def doc(*golds: GoldAttribution) -> PolnearDoc:
    return PolnearDoc(doc_id="t", text=TEXT, attributions=golds)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("“We will win this,”", "We will win this"),
        ("that taxes would rise next year.", "taxes would rise next year"),
        ("  “Nobody doubts it.”\n", "Nobody doubts it"),
        ("taxes would rise", "taxes would rise"),  # nothing to strip
        ("that, “Of course we will”", "Of course we will"),
        ("thatched roofs", "thatched roofs"),  # "that" only as a whole word
        ("that’s all", "that’s all"),
        ("“”.", ""),  # nothing left
    ],
)
def test_normalize_span(raw: str, expected: str) -> None:
    text = f"x {raw} y"
    start, end = normalize_span(text, 2, 2 + len(raw))
    assert text[start:end] == expected


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said", True),
        ("has said", True),
        ("said:", True),
        ("told", True),
        ("According to", True),
        ("warned that", True),
        ("shows", False),
        ("―", False),
        (":", False),
        ("found", False),
        (None, False),
        ("", False),
    ],
)
def test_is_saying_cue(cue: str | None, expected: bool) -> None:
    assert is_saying_cue(cue) is expected


def test_exact_match_ignores_quote_marks_and_complementiser() -> None:
    golds = [
        gold("“We will win this,”", direct=True),
        gold("that taxes would rise next year", speaker="Jones"),
    ]
    preds = [
        pred("We will win this", type_="direct"),
        pred("taxes would rise next year.", speaker="Jones"),
    ]
    s = score([(doc(*golds), preds)])
    assert s["all_exact_p"] == s["all_exact_r"] == s["all_overlap_f"] == 1.0
    assert s["all_speaker_acc"] == 1.0
    assert s["all_direct_p"] == s["all_direct_r"] == 1.0


@pytest.mark.parametrize(
    ("predicted", "overlap", "exact"),
    [
        ("taxes would rise next year", True, True),
        ("taxes would rise", True, False),  # 16 of 26 characters: at least half
        ("taxes", False, False),  # less than half
        ("Jones said that taxes would rise next year. A poll", True, False),  # covers it all
        ("A poll shows voters are unhappy", False, False),  # elsewhere
    ],
)
def test_overlap_needs_half_of_gold(predicted: str, overlap: bool, exact: bool) -> None:
    s = score([(doc(gold("that taxes would rise next year", speaker="Jones")), [pred(predicted, "Jones")])])
    assert s["all_overlap_r"] == s["all_overlap_p"] == float(overlap)
    assert s["all_exact_r"] == float(exact)


def test_matching_is_one_to_one() -> None:
    g = gold("that taxes would rise next year", speaker="Jones")
    preds = [pred("taxes would rise next year", "Jones"), pred("taxes would rise", "Jones")]
    s = score([(doc(g), preds)])
    assert s["all_overlap_r"] == 1.0
    assert s["all_overlap_p"] == 0.5
    assert s["all_n_pred"] == 2


def test_multi_segment_gold_takes_one_prediction_per_segment() -> None:
    g = gold(["“We will win this,”", "“Nobody doubts it.”"], direct=True)
    split = [pred("We will win this", type_="direct"), pred("Nobody doubts it", type_="direct")]
    s = score([(doc(g), split)])
    assert (s["all_overlap_p"], s["all_overlap_r"], s["all_exact_p"], s["all_exact_r"]) == (1, 1, 1, 1)
    merged = [pred("We will win this,” Smith said on Monday. “Nobody doubts it", type_="direct")]
    s = score([(doc(g), merged)])
    assert (s["all_overlap_p"], s["all_overlap_r"], s["all_exact_r"]) == (1, 1, 1)
    half = [pred("Nobody doubts it", type_="direct")]  # 16 of 32 content characters
    assert score([(doc(g), half)])["all_overlap_r"] == 1.0
    assert score([(doc(g), half)])["all_exact_r"] == 0.0


SENTENCE_SEGMENTS = (
    "Smith said: “We will win. Nobody doubts it. We never did.”\n“Next year is ours.” Then he left."
)


@pytest.mark.parametrize(
    ("segments", "predicted", "exact"),
    [
        # one segment per sentence of one quote: a prediction of the whole quote matches exactly
        (
            ["We will win.", "Nobody doubts it.", "We never did."],
            ["We will win. Nobody doubts it. We never did."],
            True,
        ),
        # and so do predictions of the sentences one by one
        (["We will win.", "Nobody doubts it."], ["We will win.", "Nobody doubts it."], True),
        # a line break keeps segments apart: each paragraph's run needs its own prediction
        (
            ["Nobody doubts it.", "We never did.", "Next year is ours."],
            ["Nobody doubts it. We never did.", "Next year is ours."],
            True,
        ),
        (
            ["Nobody doubts it.", "We never did.", "Next year is ours."],
            ["Nobody doubts it. We never did."],
            False,
        ),
        # a prediction of part of the run is not exact either
        (["We will win.", "Nobody doubts it.", "We never did."], ["Nobody doubts it. We never did."], False),
    ],
)
def test_sentence_segments_of_one_quote_are_one_stretch(
    segments: list[str], predicted: list[str], exact: bool
) -> None:
    text = SENTENCE_SEGMENTS
    spans = tuple(span(part, text) for part in segments)
    g = GoldAttribution(
        start=spans[0][0],
        end=spans[-1][1],
        text=text[spans[0][0] : spans[-1][1]],
        segments=spans,
        speaker="Smith",
        speaker_spans=(span("Smith", text),),
        cue="said",
        direct=True,
    )
    preds = []
    for part in predicted:
        start, end = span(part, text)
        preds.append(
            Attribution(
                doc_id="t",
                type="direct",
                text=text[start:end],
                start=start,
                end=end,
                speaker=Speaker(name="Smith", mention="Smith", start=0, end=5),
                cue=Cue(text="said", lemma="say", start=6, end=10),
                confidence=0.9,
            )
        )
    match = match_document(text, [g], preds)
    assert match.exact == [exact]
    assert match.overlap[0] is not None


@pytest.mark.parametrize(
    ("type_", "direct_p", "direct_r"),
    [("direct", 1.0, 1.0), ("mixed", 1.0, 1.0), ("indirect", 0.0, 0.0)],
)
def test_direct_counts_mixed(type_: str, direct_p: float, direct_r: float) -> None:
    s = score([(doc(gold("“Nobody doubts it.”", direct=True)), [pred("Nobody doubts it", type_=type_)])])
    assert (s["all_direct_p"], s["all_direct_r"]) == (direct_p, direct_r)


def test_predicted_direct_on_indirect_gold_is_a_false_direct() -> None:
    s = score(
        [
            (
                doc(gold("that taxes would rise next year", "Jones")),
                [pred("taxes would rise next year", "Jones", "direct")],
            )
        ]
    )
    assert s["all_overlap_p"] == 1.0
    assert s["all_direct_p"] == 0.0
    assert s["all_n_direct_pred"] == 1 and s.get("all_n_direct_gold", 0) == 0


@pytest.mark.parametrize(
    ("gold_speaker", "pred_speaker", "right"),
    [
        ("Jones", "Jones", True),
        ("Jones", "Smith", False),
        ("Jones", None, False),
        (None, None, True),  # no source in gold, none predicted
        (None, "Jones", False),
    ],
)
def test_speaker_mention(gold_speaker: str | None, pred_speaker: str | None, right: bool) -> None:
    g = gold("that taxes would rise next year", speaker=gold_speaker)
    s = score([(doc(g), [pred("taxes would rise next year", pred_speaker)])])
    assert s["all_speaker_acc"] == float(right)


def test_saying_scope_excludes_other_cues() -> None:
    golds = [
        gold("that taxes would rise next year", "Jones", cue="said"),
        gold("voters are unhappy", "A poll", cue="shows"),
    ]
    preds = [pred("voters are unhappy", "A poll", cue="shows")]  # the "said" claim is missed
    s = score([(doc(*golds), preds)])
    assert s["all_n_gold"] == 2 and s["saying_n_gold"] == 1
    assert s["all_overlap_r"] == 0.5
    assert s["saying_overlap_r"] == 0.0
    assert s["saying_n_pred"] == 0  # matched to an out-of-scope gold
    assert s["all_overlap_p"] == 1.0


def test_unmatched_prediction_scope_follows_its_own_cue() -> None:
    preds = [
        pred("taxes would rise next year", "Jones", cue="said"),
        pred("voters are unhappy", "A poll", cue="shows"),
    ]
    s = score([(doc(), preds)])
    assert s["all_n_pred"] == 2 and s["saying_n_pred"] == 1
    assert s["all_overlap_p"] == 0.0


def test_calibration_bins() -> None:
    g = gold("that taxes would rise next year", "Jones")
    preds = [
        pred("taxes would rise next year", "Jones", confidence=0.95),  # right
        pred("voters are unhappy", "A poll", confidence=0.3, cue="shows"),  # false
        pred("Nobody doubts it", None, confidence=0.85, type_="direct"),  # false
    ]
    bins = score([(doc(g), preds)])["calibration"]
    assert [b["n"] for b in bins] == [1, 0, 0, 2]
    assert [b["correct"] for b in bins] == [0, 0, 0, 1]
    assert bins[3]["accuracy"] == 0.5
    assert bins[1]["accuracy"] is None


def test_end_to_end_needs_speaker_and_directness() -> None:
    g = gold("that taxes would rise next year", "Jones")
    wrong_speaker = score([(doc(g), [pred("taxes would rise next year", "Smith", confidence=1.0)])])
    wrong_type = score([(doc(g), [pred("taxes would rise next year", "Jones", "direct", confidence=1.0)])])
    assert wrong_speaker["calibration"][3]["correct"] == 0
    assert wrong_type["calibration"][3]["correct"] == 0


def test_no_predictions_and_no_gold_score_zero() -> None:
    s = score([(doc(), [])])
    assert s["all_overlap_f"] == 0.0 and s["all_n_gold"] == 0 and s["all_n_pred"] == 0


def test_match_errors_lists_missed_false_and_speaker() -> None:
    golds = [gold("that taxes would rise next year", "Jones"), gold("“Nobody doubts it.”", direct=True)]
    preds = [pred("taxes would rise next year", "Smith"), pred("voters are unhappy", "A poll", cue="shows")]
    match = match_document(TEXT, golds, preds)
    kinds = sorted(e["kind"] for e in match_errors("t", TEXT, match))
    assert kinds == ["false", "missed", "speaker"]
    missed = next(e for e in match_errors("t", TEXT, match) if e["kind"] == "missed")
    assert "[[“Nobody doubts it.”]]" in missed["context"]


@pytest.mark.parametrize(
    ("predicted", "boundary"),
    [
        ("taxes would rise", True),  # overlaps most of the gold, stops short of "next year"
        ("that taxes would rise next year.", False),  # exact once normalised
    ],
)
def test_match_errors_lists_boundary_disagreements(predicted: str, boundary: bool) -> None:
    golds = [gold("that taxes would rise next year", "Jones")]
    match = match_document(TEXT, golds, [pred(predicted, "Jones")])
    errors = match_errors("t", TEXT, match)
    assert [e["kind"] for e in errors] == (["boundary"] if boundary else [])
    if boundary:
        assert errors[0]["gold_text"] == "taxes would rise next year"
        assert errors[0]["pred_text"] == "taxes would rise"


# --- loading -----------------------------------------------------------------------------------


def write_jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_load_reads_documents(tmp_path: Path) -> None:
    text = "He said: “Yes.”"
    record = {
        "doc_id": "a",
        "text": text,
        "quotes": [
            {
                "start": 9,
                "end": 15,
                "text": "“Yes.”",
                "segments": [[9, 15]],
                "speaker": "He",
                "speaker_spans": [[0, 2]],
                "cue": "said:",
                "direct": True,
            }
        ],
    }
    (document,) = load(write_jsonl(tmp_path / "p.jsonl", record))
    assert document.doc_id == "a"
    (attribution,) = document.attributions
    assert attribution.segments == ((9, 15),) and attribution.speaker_spans == ((0, 2),)
    assert document.to_document().text == text


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "p.jsonl:2: not valid JSON"),
        ('{"doc_id": "b", "text": "x"}', "p.jsonl:2: missing or malformed field 'quotes'"),
        (
            '{"doc_id": "b", "text": "abc", "quotes": '
            '[{"start": 0, "end": 2, "text": "bc", "direct": false}]}',
            "p.jsonl:2: quotes[0]: text[0:2] is 'ab'",
        ),
    ],
)
def test_load_rejects_bad_lines(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text('{"doc_id": "a", "text": "", "quotes": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(PolnearFormatError, match=message.replace("[", r"\[").replace("]", r"\]")):
        list(load(path))


@pytest.mark.skipif(not (POLNEAR / "polnear_dev.jsonl").exists(), reason="PolNeAR dev file not present")
def test_dev_split_scores_perfectly_against_itself() -> None:
    """Gold turned into predictions must score 1.0: the matcher loses nothing real."""
    pairs = []
    for document in load(POLNEAR / "polnear_dev.jsonl"):
        predicted = []
        for g in document.attributions:
            s_start, s_end = g.speaker_spans[0] if g.speaker_spans else (None, None)
            predicted.append(
                Attribution(
                    doc_id=document.doc_id,
                    type="direct" if is_direct(g) else "indirect",
                    text=g.text,
                    start=g.start,
                    end=g.end,
                    speaker=Speaker(name=None, mention=g.speaker, start=s_start, end=s_end),
                    cue=None,
                    confidence=1.0,
                )
            )
        pairs.append((document, predicted))
    assert len(pairs) > 50
    s = score(pairs)
    assert s["all_n_gold"] > 1000
    for key in ("all_overlap_f", "all_exact_f", "all_direct_f", "all_speaker_acc", "saying_overlap_f"):
        assert s[key] == 1.0, key


def test_speaker_of_a_split_quote_is_named_once() -> None:
    """Two paragraphs of one gold quote: the second inherits the speaker and has no mention."""
    g = gold(["“We will win this,”", "“Nobody doubts it.”"], direct=True)
    preds = [pred("We will win this", type_="direct"), pred("Nobody doubts it", None, type_="direct")]
    s = score([(doc(g), preds)])
    assert s["all_speaker_acc"] == 1.0
    assert s["calibration"][3]["correct"] == 2


@pytest.mark.parametrize(
    ("content", "flag", "expected"),
    [
        ("“Nobody doubts it.”", True, True),
        ("''Nobody doubts it.''", False, True),  # the NYT convention the export's flag misses
        ("that taxes would rise", False, False),
        ("Smith's plan", False, False),  # one apostrophe is not a quote
        ("Mayor Says Plan Is A ‘Disaster’", False, True),  # a headline's single marks quote words
        ("the plan was 'a mess,' she said", False, True),
        ("the voters' choice and the members' vote", False, False),  # plural possessives
        ("rock 'n' roll in the '90s was Tom's", False, False),  # elisions and a possessive
        ("the firm’s plan and the workers’ pay", False, False),
    ],
)
def test_is_direct(content: str, flag: bool, expected: bool) -> None:
    g = GoldAttribution(0, len(content), content, ((0, len(content)),), None, (), None, flag)
    assert is_direct(g) is expected


NP_TEXT = "Ann Roe said the bridge was safe. Tom Hale announced new ferry fares. Hale said so."


def _np_gold(content: str, form: str, cue: str = "said") -> GoldAttribution:
    start = NP_TEXT.index(content)
    end = start + len(content)
    return GoldAttribution(start, end, content, ((start, end),), None, (), cue, False, content_form=form)


def _np_pred(content: str, cue: str = "said") -> Attribution:
    start = NP_TEXT.index(content)
    c_start = NP_TEXT.index(cue)
    return Attribution(
        doc_id="t",
        type="indirect",
        text=content,
        start=start,
        end=start + len(content),
        speaker=Speaker(name=None, mention=None, start=None, end=None),
        cue=Cue(text=cue, lemma=cue, start=c_start, end=c_start + len(cue)),
        confidence=0.9,
    )


def test_saying_scope_leaves_out_noun_phrase_contents() -> None:
    golds = (
        _np_gold("the bridge was safe", "clause"),
        _np_gold("new ferry fares", "noun_phrase", cue="announced"),
        _np_gold("so", "noun_phrase"),
    )
    document = PolnearDoc(doc_id="t", text=NP_TEXT, attributions=golds)
    s = score([(document, [_np_pred("the bridge was safe")])])
    assert s["saying_cue_n_gold"] == 3 and s["saying_n_gold"] == 1
    assert s["saying_n_excluded_gold"] == 2
    assert s["saying_overlap_r"] == 1.0
    assert round(s["saying_cue_overlap_r"], 3) == 0.333  # the previous definition, kept beside it


def test_prediction_on_an_excluded_gold_is_neither_right_nor_wrong() -> None:
    golds = (
        _np_gold("the bridge was safe", "clause"),
        _np_gold("new ferry fares", "noun_phrase", "announced"),
    )
    document = PolnearDoc(doc_id="t", text=NP_TEXT, attributions=golds)
    # matched to the noun-phrase gold, and a longer one overlapping it by less than half
    matched = _np_pred("new ferry fares", cue="announced")
    s = score([(document, [_np_pred("the bridge was safe"), matched])])
    assert s["saying_n_pred"] == 1 and s["saying_overlap_p"] == 1.0
    assert s["saying_n_excluded_pred"] == 1
    assert s["saying_cue_n_pred"] == 2 and s["saying_cue_overlap_p"] == 1.0
    overlapping = _np_pred("fares. Hale said so", cue="said")
    s = score([(document, [overlapping])])
    assert s["saying_n_pred"] == 0 and s["saying_n_excluded_pred"] == 1
    assert s["saying_cue_n_pred"] == 1 and s["saying_cue_overlap_p"] == 0.0


def test_a_false_prediction_elsewhere_still_counts_in_the_saying_scope() -> None:
    golds = (_np_gold("new ferry fares", "noun_phrase", "announced"),)
    document = PolnearDoc(doc_id="t", text=NP_TEXT, attributions=golds)
    s = score([(document, [_np_pred("the bridge was safe")])])
    assert s["saying_n_pred"] == 1 and s["saying_overlap_p"] == 0.0
    assert s["saying_n_excluded_pred"] == 0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("to end the war", "end the war"),  # the "to" of an infinitive content
        ("To be fair, it worked", "be fair, it worked"),
        ("tomorrow it rains", "tomorrow it rains"),  # "to" only as a whole word
        ("Toronto", "Toronto"),
        ("to", "to"),  # nothing after it: kept
    ],
)
def test_exact_form_drops_an_infinitive_to(raw: str, expected: str) -> None:
    from quotes.evaluation.polnear import exact_form

    start, end = exact_form(raw, (0, len(raw)))
    assert raw[start:end] == expected


def test_exact_match_ignores_the_to_of_an_infinitive_but_overlap_counts_it() -> None:
    text = "Ann Roe promised to rebuild the old bridge."
    start, end = text.index("to rebuild"), text.index(".")
    g = GoldAttribution(start, end, text[start:end], ((start, end),), None, (), "promised", False)
    p_start = text.index("rebuild")
    prediction = Attribution(
        doc_id="t",
        type="indirect",
        text=text[p_start:end],
        start=p_start,
        end=end,
        speaker=Speaker(name=None, mention=None, start=None, end=None),
        cue=Cue(text="promised", lemma="promise", start=8, end=16),
        confidence=0.9,
    )
    s = score([(PolnearDoc(doc_id="t", text=text, attributions=(g,)), [prediction])])
    assert s["all_exact_r"] == 1.0 and s["all_overlap_r"] == 1.0
    normalised = normalize_span(text, start, end)
    assert text[normalised[0] : normalised[1]] == "to rebuild the old bridge"  # overlap counts the "to"


JOINED = (
    "“Rents are far too high for every family in this city,” Rep. Ann Hale said. “We will cap them.”\n"
    "“We will cap every rent in the city by spring,” Ann Hale said. Tom Roe said, “Caps fail.”\n"
    "“Prices rose in every town we visited,” Ann Hale said, “and will rise,” she added.\n"
)


def _joined_record(content: str, speaker: str | None, cue: str | None, after: str = "") -> Attribution:
    """A direct record of ``content``; its speaker mention and cue are the first ones after ``after``."""
    start, end = span(content, JOINED)
    origin = JOINED.index(after) if after else 0
    if speaker is None:
        mention = Speaker(name="Ann Hale", mention=None, start=None, end=None, resolution="continuation")
    else:
        s_start = JOINED.index(speaker, origin)
        mention = Speaker(name=speaker, mention=speaker, start=s_start, end=s_start + len(speaker))
        origin = s_start
    c_start = JOINED.index(cue, origin) if cue else None
    return Attribution(
        doc_id="t",
        type="direct",
        text=JOINED[start:end],
        start=start,
        end=end,
        speaker=mention,
        cue=Cue(text=cue, lemma=cue, start=c_start, end=c_start + len(cue))
        if cue and c_start is not None
        else None,
        confidence=0.9,
    )


def _joined_gold(content: str) -> GoldAttribution:
    start, end = span(content, JOINED)
    return GoldAttribution(
        start=start,
        end=end,
        text=content,
        segments=((start, end),),
        speaker="Ann Hale",
        speaker_spans=(span("Ann Hale", JOINED),),
        cue="said",
        direct=True,
    )


@pytest.mark.parametrize("join", [True, False])
@pytest.mark.parametrize("continued", [False, True])
def test_one_gold_segment_takes_each_quote_of_its_speaker(join: bool, continued: bool) -> None:
    # PolNeAR stores the two quotes and the cue between them as one segment; each separately closed
    # quote is one record of ours, so both are right (with the join, the default).
    g = _joined_gold(
        "“Rents are far too high for every family in this city,” Rep. Ann Hale said. “We will cap them.”"
    )
    first = _joined_record("Rents are far too high for every family in this city,", "Ann Hale", "said")
    # the same mention, or a continuation of it
    second = _joined_record(
        "We will cap them.", None if continued else "Ann Hale", None if continued else "said"
    )
    match = match_document(JOINED, [g], [first, second], join_same_speaker=join)
    assert match.pred_overlap == ([0, 0] if join else [0, None])
    assert match.direct_pred == {0: True, 1: join}
    s = score_matches([match])
    assert (s["all_overlap_p"], s["all_overlap_r"], s["all_direct_p"]) == (
        (1.0, 1.0, 1.0) if join else (0.5, 1.0, 0.5)
    )


def test_one_gold_segment_takes_no_other_speakers_record() -> None:
    g = _joined_gold(
        "“We will cap every rent in the city by spring,” Ann Hale said. Tom Roe said, “Caps fail.”"
    )
    ours = _joined_record(
        "We will cap every rent in the city by spring,", "Ann Hale", "said", after="“We will cap every"
    )
    roe = _joined_record("Caps fail.", "Tom Roe", "said")
    assert match_document(JOINED, [g], [ours, roe]).pred_overlap == [0, None]
    # nor a record wrongly continued past another speaker's cue
    continued = _joined_record("Caps fail.", None, None)
    roe_elsewhere = _joined_record(
        "Rents are far too high for every family in this city,", "Tom Roe", "said"
    )  # its cue lies between
    match = match_document(JOINED, [g], [ours, continued, roe_elsewhere])
    assert match.pred_overlap[:2] == [0, None]


def test_one_gold_segment_takes_no_record_of_another_mention() -> None:
    # "she" is the same person, but only the same mention (or a continuation) joins
    g = _joined_gold("“Prices rose in every town we visited,” Ann Hale said, “and will rise,”")
    prices = _joined_record("Prices rose in every town we visited,", "Ann Hale", "said", after="“Prices")
    rise = _joined_record("and will rise,", "she", "added")
    assert match_document(JOINED, [g], [prices, rise]).pred_overlap == [0, None]


def test_one_gold_segment_takes_no_record_nested_in_another_of_the_speaker() -> None:
    # a speaker's own report inside their quote is no record of its own
    g = _joined_gold(
        "“Rents are far too high for every family in this city,” Rep. Ann Hale said. “We will cap them.”"
    )
    whole = _joined_record(
        "Rents are far too high for every family in this city,” Rep. Ann Hale said. “We will cap them.",
        "Ann Hale",
        "said",
    )
    inner = _joined_record("We will cap them.", "Ann Hale", "said")
    assert match_document(JOINED, [g], [whole, inner]).pred_overlap == [0, None]
