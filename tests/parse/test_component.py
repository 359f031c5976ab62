"""The spaCy component: registered through the entry point, annotations on the Doc."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys

import pytest
from spacy.tokens import DocBin

import quotes.parse.component
from quotes.parse.component import SPANS_KEY, QuoteAttribution
from quotes.parse.nlp import COMPONENT_NAME, load_base

TEXT = (
    "Mr Wallace said that allies would “stand in solidarity” with Ukraine.\n"
    "“We are very pleased,” he said.\n"
    "Defence sources say that troops could be sent."
)


@pytest.fixture(scope="module")
def fresh_nlp():
    """A base pipeline with the component added by name, as a user of the installed package would."""
    nlp = load_base()
    nlp.add_pipe(COMPONENT_NAME)
    return nlp


def test_add_pipe_from_entry_point(fresh_nlp) -> None:
    assert fresh_nlp.pipe_names[-1] == COMPONENT_NAME
    assert isinstance(fresh_nlp.get_pipe(COMPONENT_NAME), QuoteAttribution)


def test_entry_point_is_declared() -> None:
    from importlib.metadata import entry_points

    [point] = [e for e in entry_points(group="spacy_factories") if e.name == COMPONENT_NAME]
    assert point.value == "quotes.parse.component:make_quote_attribution"


@pytest.mark.slow
def test_add_pipe_in_a_fresh_process() -> None:
    """Nothing here imports quotes.parse.component: spaCy finds it through the entry point when it loads."""
    code = (
        "import sys\n"
        "from quotes.parse.nlp import load_base\n"
        "nlp = load_base()\n"
        "assert 'quotes.parse.component' in sys.modules, 'spaCy did not load the entry point'\n"
        f"nlp.add_pipe({COMPONENT_NAME!r})\n"
        "doc = nlp('“We will win,” Ben Wallace said.')\n"
        "print(doc._.attributions[0]['speaker']['name'])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Ben Wallace"


def test_annotations(fresh_nlp) -> None:
    doc = fresh_nlp(TEXT)
    labels = [(span.label_, span.text) for span in doc.spans[SPANS_KEY]]
    assert labels == [
        ("mixed", "allies would “stand in solidarity” with Ukraine"),
        ("direct", "We are very pleased,"),
        ("indirect", "troops could be sent"),
    ]
    records = doc._.attributions
    assert [r["speaker"]["mention"] for r in records] == ["Mr Wallace", "he", "Defence sources"]
    assert all(isinstance(r, dict) and TEXT[r["start"] : r["end"]] == r["text"] for r in records)


@pytest.mark.parametrize("text", ["", "   \n\n ", "No quotes here at all.", "'", "”", "It isn’t ‘over’."])
def test_texts_without_quotes(fresh_nlp, text: str) -> None:
    doc = fresh_nlp(text)
    assert doc._.attributions == []
    assert list(doc.spans[SPANS_KEY]) == []


def test_attributions_survive_serialisation(fresh_nlp) -> None:
    doc = fresh_nlp(TEXT)
    restored = list(
        DocBin(docs=[doc], store_user_data=True)
        .from_bytes(DocBin(docs=[doc], store_user_data=True).to_bytes())
        .get_docs(fresh_nlp.vocab)
    )[0]
    # msgpack gives tuples back for lists: compare the JSON form
    assert json.dumps(restored._.attributions) == json.dumps(doc._.attributions)


def test_docstring_example() -> None:
    failures, tried = doctest.testmod(quotes.parse.component, verbose=False)
    assert tried > 0 and failures == 0


def test_custom_registry_path(tmp_path) -> None:
    path = tmp_path / "speakers.json"
    path.write_text('{"roles": {}, "speakers": [{"name": "Ada Lovelace", "aliases": ["Lovelace", "Ada"]}]}')
    nlp = load_base()
    nlp.add_pipe(COMPONENT_NAME, config={"registry_path": str(path)})
    doc = nlp("“Numbers are everything,” Lovelace said.")
    assert doc._.attributions[0]["speaker"]["name"] == "Ada Lovelace"


NESTED_CASES = [
    # (text, [(type, text)] expected): speech imagined inside a quote is not the article's attribution
    (
        "She said: “Let's say you think the plan is bad. You tell them what you think.”",
        [("direct", "Let's say you think the plan is bad. You tell them what you think.")],
    ),
    (
        "“If we say the war is over, nobody believes us,” the general said.",
        [("direct", "If we say the war is over, nobody believes us,")],
    ),
    # third-person speech a speaker reports inside a quote stays
    (
        "“The Prime Minister told allies that support would continue,” a spokesman said.",
        [
            ("direct", "The Prime Minister told allies that support would continue,"),
            ("indirect", "support would continue"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NESTED_CASES)
def test_speech_nested_in_quotes(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert [(a["type"], a["text"]) for a in doc._.attributions] == expected


SPEAKER_CASES = [
    # (text, speaker mention of the first record)
    ("“The river came up faster than anyone expected.” ― Steve Quinlan", "Steve Quinlan"),
    ("From the governor’s statement: “The state will cover the repairs.”", "the governor"),
    # "I" and "we" inside the quote are never the speaker
    ("“We were wrong not to confront him,” Jorge Ramos, 58, told a news agency.", "Jorge Ramos"),
    ("“I always said I would back the nominee,” Bolton said.", "Bolton"),
    (
        "“It is a hard question,” said the Ohio senator, “because it puts rights in conflict.”",
        "the Ohio senator",
    ),
]


@pytest.mark.parametrize(("text", "mention"), SPEAKER_CASES)
def test_speaker_mentions(nlp, text: str, mention: str) -> None:
    records = nlp(text)._.attributions
    assert records and all(r["speaker"]["mention"] == mention for r in records)
    assert all(text[r["speaker"]["start"] : r["speaker"]["end"]] == mention for r in records)


#: A claim whose content leads in to a quote of its own cue with a colon is one mixed quote with it
#: (as PolNeAR annotates it); a quote after another cue, or with nothing said before it, stays direct.
LEAD_IN_CASES = [
    (
        "Axelrod said this was a “fatal miscalculation” and that she has learned her lesson: “They are "
        "fortified for a longer fight.”",
        [
            (
                "mixed",
                "this was a “fatal miscalculation” and that she has learned her lesson: “They are fortified "
                "for a longer fight.”",
            )
        ],
    ),
    (
        "He adds that voters have two choices: “You either leave or you fight.”",
        [("mixed", "voters have two choices: “You either leave or you fight.”")],
    ),
    (  # negative: a question is no claim that takes the answer in
        "Asked which county was his favorite, he demurred: “Whichever one I’m in at the moment.”",
        [("direct", "Whichever one I’m in at the moment.")],
    ),
    (  # negative: nothing said before the quote
        "Mr. Lee said: “We will not stop.”",
        [("direct", "We will not stop.")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_IN_CASES)
def test_claim_leading_in_to_a_quote(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert [(a["type"], a["text"]) for a in doc._.attributions] == expected
