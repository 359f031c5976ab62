"""What a gold content does (quotes.evaluation.speech_acts), and the saying scope that leaves questions,
requests and empty reports out. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from quotes.evaluation import speech_acts
from quotes.evaluation.polnear import (
    GoldAttribution,
    PolnearDoc,
    exclusion,
    in_saying_scope,
    with_content_forms,
)
from quotes.evaluation.polnear_score import score
from quotes.evaluation.speech_acts import EMPTY_REPORT, QUESTION
from quotes.records import Attribution, Cue, Speaker


@pytest.mark.parametrize(
    ("cue", "content", "before", "expected"),
    [
        # questions and requests: a cue of asking or directing, content not mostly in marks
        ("asked", "whether the bridge was safe", "The senator asked ", QUESTION),
        ("Asked", "if the ferry would run on Sunday", "Asked ", QUESTION),
        ("was asked", "to name one bill she had written", "She was asked ", QUESTION),
        ("asking", "the council to delay the vote", "a letter asking ", QUESTION),
        ("urged", "residents to stay indoors", "The mayor urged ", QUESTION),
        ("called on", "voters to turn out early", "He called on ", QUESTION),
        ("begged", "the judge to show mercy", "She begged ", QUESTION),
        ("asked", "what the “plan” would cost", "He asked ", QUESTION),  # a scare-quoted word
        # "told/warned/advised X to": a directive with an infinitive, in the content or just before it
        ("told", "to stay indoors", "The mayor told residents ", QUESTION),
        ("warned", "not to drive at night", "She warned him ", QUESTION),
        ("advised", "stay home", "Doctors advised her to ", QUESTION),
        ("told", "them to “keep your heads up and finish the job”", "He told ", None),  # the speaker's words
        ("warned", "prices would rise", "She warned ", None),
        ("told", "he wanted to win the seat", "He told reporters ", None),
        ("asked", "“Is it fair to the families?”", "She asked, ", None),  # a quote in marks is speech
        ("asked", "''Who pays?''", "He asked, ", None),
        # empty reports: a question word after a negated or refused cue
        ("did not say", "when the plant would reopen", "The company did not say ", EMPTY_REPORT),
        ("say", "whether talks had stalled", "The minister would not say ", EMPTY_REPORT),
        ("isn’t saying", "how he will vote", "He isn’t saying ", EMPTY_REPORT),
        ("say", "who would replace her", "The mayor declined to say ", EMPTY_REPORT),
        ("say", "when the hospital will open", "The minister has yet to say ", EMPTY_REPORT),
        ("say", "who will pay", "The mayor was unwilling to say ", EMPTY_REPORT),
        ("say", "exactly how many staff would go", "The bank declined to say ", EMPTY_REPORT),
        ("say", "precisely when the vote is due", "The whip would not say ", EMPTY_REPORT),
        # claims: "did not say that", a question word not negated, a negation too far before the cue
        ("did not say", "the bridge was unsafe", "He did not say ", None),
        ("explained", "how the tax would work", "She explained ", None),
        ("explained", "exactly how the tax would work", "She explained ", None),
        ("did not say", "exactly the same thing", "He did not say ", None),
        ("said", "if elected he would cut taxes", "He said ", None),
        ("said", "when it would reopen", "The firm, which did not reply to calls for weeks, said ", None),
        ("told", "reporters that the vote would go ahead", "The chairman told ", None),
        ("promised", "to reopen the library", "The mayor promised ", None),
    ],
)
def test_act_of_a_gold_content(cue: str, content: str, before: str, expected: str | None) -> None:
    assert speech_acts.act_of(cue, content, before) == expected


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("asked", "ask"), ("asks", "ask"), ("asking", "ask"), ("urged", "urge"), ("urging", "urge"),
     ("begged", "beg"), ("begging", "beg"), ("inquires", "inquire"), ("inquired", "inquire")],
)  # fmt: skip
def test_stems_find_the_lemma(word: str, lemma: str) -> None:
    assert lemma in speech_acts.stems(word)


def test_text_before_stops_at_the_paragraph() -> None:
    text = "Ann would not say.\nThe firm said when it would open."
    start = text.index("when")
    assert speech_acts.text_before(text, start) == "The firm said "
    assert speech_acts.act_of("said", "when it would open", speech_acts.text_before(text, start)) is None


TEXT = (
    "Ann Roe said the bridge was safe. Tom Hale asked whether the ferry would run. "
    "The firm did not say when the plant would reopen. Hale criticized the plan."
)


def _gold(content: str, cue: str) -> GoldAttribution:
    return GoldAttribution(*_fields(content, cue))


def test_with_content_forms_reads_the_act_and_the_scope_leaves_it_out(nlp) -> None:
    golds = (
        _gold("the bridge was safe", "said"),
        _gold("whether the ferry would run", "asked"),
        _gold("when the plant would reopen", "did not say"),
        _gold("the plan", "criticized"),  # no cue of saying: in no saying scope, excluded for no reason
    )
    (document,) = with_content_forms([PolnearDoc("d", TEXT, golds)], nlp)
    assert [g.speech_act for g in document.attributions] == [None, QUESTION, EMPTY_REPORT, None]
    assert [exclusion(g) for g in document.attributions] == [None, QUESTION, EMPTY_REPORT, None]
    assert [in_saying_scope(g) for g in document.attributions] == [True, False, False, False]


def _pred(content: str, cue: str) -> Attribution:
    start, cue_start = TEXT.index(content), TEXT.index(cue)
    return Attribution(
        doc_id="d",
        type="indirect",
        text=content,
        start=start,
        end=start + len(content),
        speaker=Speaker(name=None, mention=None, start=None, end=None),
        cue=Cue(text=cue, lemma=cue, start=cue_start, end=cue_start + len(cue)),
        confidence=0.9,
    )


def test_scores_count_each_exclusion_and_keep_the_other_views() -> None:
    golds = (
        GoldAttribution(*_fields("the bridge was safe", "said"), content_form="clause"),
        GoldAttribution(
            *_fields("whether the ferry would run", "asked"), content_form="clause", speech_act=QUESTION
        ),
        GoldAttribution(
            *_fields("when the plant would reopen", "did not say"),
            content_form="clause",
            speech_act=EMPTY_REPORT,
        ),
        GoldAttribution(*_fields("the plan", "said"), content_form="noun_phrase"),
    )
    document = PolnearDoc("d", TEXT, golds)
    s = score([(document, [_pred("the bridge was safe", "said")])])
    assert s["saying_n_gold"] == 1 and s["saying_overlap_r"] == 1.0
    assert s["saying_n_excluded_gold"] == 3
    assert s["saying_n_excluded_question_gold"] == 1
    assert s["saying_n_excluded_empty_report_gold"] == 1
    assert s["saying_n_excluded_noun_phrase_gold"] == 1
    assert s["saying_cue_n_gold"] == 4 and s["saying_cue_overlap_r"] == 0.25  # the previous definition
    # a prediction of the question is neither right nor wrong in the saying scope, counted in the others
    s = score([(document, [_pred("whether the ferry would run", "asked")])])
    assert s["saying_n_pred"] == 0 and s["saying_n_excluded_pred"] == 1
    assert s["saying_cue_n_pred"] == 1 and s["saying_cue_overlap_p"] == 1.0


def _fields(content: str, cue: str) -> tuple:
    start = TEXT.index(content)
    end = start + len(content)
    return (start, end, content, ((start, end),), None, (), cue, False)
