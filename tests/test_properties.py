"""Property tests of the public API over random and adversarial article text.

Whatever the text (every quote-mark style, unbalanced marks, CRLF, Unicode spaces, blank lines, very
long lines, reporting sentences stitched from news-like fragments so the finders actually fire),
``extract`` never raises and every record it returns is valid: it matches the schema, its spans lie
inside the article and read exactly ``text[start:end]``, its id is unique in the document, and the
records come sorted by span.

The default run keeps the whole file near a minute. For a bug hunt, run it longer::

    HYPOTHESIS_PROFILE=long uv run pytest tests/test_properties.py -q
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from quotes.dataset.validate import validate_record
from quotes.engines.local import extract, extract_documents
from quotes.records import Attribution, Document

# Profiles for this file only: each property scales its own example count by the chosen profile
# (the ``HYPOTHESIS_PROFILE`` environment variable, "long" for a bug hunt) and never loads a profile
# globally, so other test modules keep their settings.
settings.register_profile(
    "quotes-default",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile("long", parent=settings.get_profile("quotes-default"), max_examples=800)
_PROFILE = settings.get_profile(
    "long" if os.environ.get("HYPOTHESIS_PROFILE") == "long" else "quotes-default"
)


def _settings(max_examples: int) -> settings:
    """Settings for one property: ``max_examples`` by default, eight times as many when long."""
    scale = _PROFILE.max_examples / settings.get_profile("quotes-default").max_examples
    return settings(
        _PROFILE,
        max_examples=round(max_examples * scale),
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# --- the text strategies ----------------------------------------------------------------------

#: Opening and closing marks, balanced and not: curly, straight, doubled, guillemets, low-9.
MARK_PAIRS: list[tuple[str, str]] = [
    ("\u201c", "\u201d"),  # “ ”
    ("\u2018", "\u2019"),  # ‘ ’
    ('"', '"'),
    ("'", "'"),
    ("''", "''"),
    ("``", "''"),
    ("\u00ab", "\u00bb"),  # « »
    ("\u00bb", "\u00ab"),  # » « (German order)
    ("\u201e", "\u201c"),  # „ “
    ("\u201e", "\u201d"),  # „ ”
    ("\u2039", "\u203a"),  # ‹ ›
    ("\u201d", "\u201d"),  # ” ” (Swedish)
    ("\u201c", ""),  # unclosed
    ("", "\u201d"),  # unopened
    ("\u201c", "\u2019"),  # mismatched
    ('"', "\u201d"),
]
MARK_CHARACTERS = sorted({c for pair in MARK_PAIRS for mark in pair for c in mark})

#: Spaces and breaks that are not a plain space, plus the usual ones.
SPACES = [
    " ",
    "  ",
    "\t",
    "\u00a0",  # no-break space
    "\u2009",  # thin space
    "\u202f",  # narrow no-break space
    "\u200b",  # zero-width space
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\u3000",  # ideographic space
    "\ufeff",  # zero-width no-break space (BOM)
]
BREAKS = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n", "\n\n\n", "\r", "\u2028", "\u2029", "\x0c", "\x85"]

SPEAKERS = [
    "Ben Wallace",
    "Mr Wallace",
    "Wallace",
    "the Defence Secretary",
    "Defence Secretary Ben Wallace",
    "John Healey",
    "Mr. Healey",
    "Keir Starmer",
    "the Prime Minister",
    "the PM",
    "Liz Truss",
    "Ms Truss",
    "Volodymyr Zelensky",
    "He",
    "he",
    "She",
    "she",
    "They",
    "they",
    "I",
    "We",
    "a spokesperson for the Ministry of Defence",
    "the Ministry of Defence",
    "NATO",
    "defence sources",
    "officials",
    "the judge",
    "Dr Anna Smith, a professor of war studies at King's College London,",
    "Jens Stoltenberg, NATO's Secretary General,",
    "Tom",
]
VERBS = [
    "said",
    "says",
    "told reporters",
    "told the BBC",
    "warned",
    "added",
    "insisted",
    "claimed",
    "declared",
    "explained",
    "stressed",
    "wrote on Twitter",
    "tweeted",
    "replied",
    "has said",
    "will say",
    "said on Monday",
    "believes",
    "announced",
    "noted",
    "admitted",
    "denied",
    "urged allies",
    "asked",
]
CONTENTS = [
    "we will not stop",
    "the UK will continue to stand with Ukraine",
    "Russia is losing slowly",
    "this amount would be matched next year",
    "allies must do more",
    "the talks had been productive",
    "he would wait to hear the advice",
    "there is no military solution",
    "it was a dark day for democracy",
    "they had not ruled out further sanctions",
    "What a night!",
    "Is this the end?",
    "I was delighted to have visited my good friend",
    "our support goes from strength to strength",
    "the allies' plans are sound",
    "it's not over",
    "the so-called referendum was a sham",
    "Mr Putin's war has failed",
    "",
]
CLAIM_CUES = ["said that", "warned that", "believes that", "claimed", "told MPs that", "insisted that"]


@st.composite
def quoted(draw: st.DrawFn) -> str:
    """Some content inside one pair of marks, possibly unbalanced."""
    opening, closing = draw(st.sampled_from(MARK_PAIRS))
    content = draw(st.sampled_from(CONTENTS))
    content = content[:1].upper() + content[1:]
    end = draw(st.sampled_from(["", ".", ",", "!", "?", "...", "\u2026", " -"]))
    return f"{opening}{content}{end}{closing}"


@st.composite
def news_sentence(draw: st.DrawFn) -> str:
    """One sentence built from a template that a finder has a rule for."""
    speaker = draw(st.sampled_from(SPEAKERS))
    verb = draw(st.sampled_from(VERBS))
    content = draw(st.sampled_from(CONTENTS))
    quote = draw(quoted())
    second = draw(quoted())
    opening, closing = draw(st.sampled_from(MARK_PAIRS))
    templates = [
        f"{quote} {speaker} {verb}.",
        f"{quote}, {speaker} {verb}.",
        f"{quote} {verb} {speaker}.",
        f"{speaker} {verb}: {quote}",
        f"{speaker} {verb}:",
        f"{speaker} {verb} {quote}",
        f"{speaker} {draw(st.sampled_from(CLAIM_CUES))} {content}.",
        f"{speaker} {verb} {content}.",
        f"According to {speaker}, {content}.",
        f"{content}, according to {speaker}.",
        f"{speaker} {verb} that {content} and that {draw(st.sampled_from(CONTENTS))}.",
        f"{speaker} {verb} that {content} was {opening}{draw(st.sampled_from(CONTENTS))}{closing}.",
        f"{speaker} described it as {opening}a crazy system{closing}.",
        f"{quote} {speaker} {verb}, {second}",
        f"{speaker}: {content}",
        f"From {speaker}: {quote}",
        f"{quote} \u2013 {speaker}",
        f"{quote} - {speaker}, {verb}",
        f"{speaker} {verb} he wants to {content}.",
        f"The sign read {quote}",
        quote,
        content,
    ]
    return draw(st.sampled_from(templates))


@st.composite
def news_paragraph(draw: st.DrawFn) -> str:
    """A few sentences, joined by ordinary or unusual spaces."""
    sentences = draw(st.lists(news_sentence(), min_size=1, max_size=4))
    out = sentences[0]
    for sentence in sentences[1:]:
        out += draw(st.sampled_from(SPACES[:2] * 6 + SPACES)) + sentence
    return out


def _respace(draw: st.DrawFn, text: str) -> str:
    """Replace some plain spaces with Unicode spaces or line separators."""
    if not draw(st.booleans()):
        return text
    choices = draw(st.lists(st.sampled_from(SPACES), min_size=1, max_size=4))
    words = text.split(" ")
    out = words[0]
    for i, word in enumerate(words[1:]):
        out += choices[i % len(choices)] if draw(st.integers(0, 5)) == 0 else " "
        out += word
    return out


#: Single characters the finders care about: marks, spaces, breaks, punctuation.
SPECIAL_CHARACTERS = sorted(
    {c for chunk in MARK_CHARACTERS + SPACES + BREAKS for c in chunk} | set(".,:;!?-\u2013\u2014()[]")
)
#: Random text that leans on those characters.
NOISE = st.text(
    alphabet=st.one_of(st.sampled_from(SPECIAL_CHARACTERS), st.characters(codec="utf-8")),
    max_size=80,
)


@st.composite
def articles(draw: st.DrawFn) -> str:
    """An article: news-like paragraphs and noise, joined by every kind of line break."""
    parts = draw(
        st.lists(
            st.one_of(
                news_paragraph(),
                news_paragraph(),
                news_paragraph(),
                NOISE,
                st.sampled_from(["", " ", "\u00a0", "\n", '"', "\u201c", "\u201d", "'", "Headline"]),
            ),
            min_size=0,
            max_size=8,
        )
    )
    text = ""
    for part in parts:
        text += part + draw(st.sampled_from(BREAKS[:2] * 4 + BREAKS))
    text = _respace(draw, text)
    if draw(st.integers(0, 9)) == 0:  # strip or pad the ends
        text = draw(st.sampled_from(["", " ", "\n\n", "\ufeff", "\r\n"])) + text.strip()
    return text


@st.composite
def long_articles(draw: st.DrawFn) -> str:
    """Very long lines: one paragraph repeated without a break, or a single enormous word or quote."""
    kind = draw(st.sampled_from(["repeat", "word", "quote"]))
    if kind == "repeat":
        paragraph = draw(news_paragraph())
        times = draw(st.integers(10, 40))
        return draw(st.sampled_from([" ", "", "\u00a0"])).join([paragraph] * times)
    if kind == "word":
        return "Ben Wallace said " + "x" * draw(st.integers(200, 3000)) + "."
    opening, closing = draw(st.sampled_from(MARK_PAIRS))
    body = " ".join([draw(st.sampled_from(CONTENTS))] * draw(st.integers(30, 150)))
    return f"{opening}{body}{closing} Ben Wallace said.\n\n{opening}{body}"


#: Ways to damage a real article: other line ends, other marks, lost marks, odd spaces.
MUTATIONS: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\n", "\r"),
    "line separators": lambda t: t.replace("\n\n", "\u2029").replace("\n", "\u2028"),
    "straight marks": lambda t: t.translate(str.maketrans("\u201c\u201d\u2018\u2019", "\"\"''")),
    "single marks": lambda t: t.translate(str.maketrans("\u201c\u201d", "\u2018\u2019")),
    "guillemets": lambda t: t.translate(str.maketrans("\u201c\u201d", "\u00ab\u00bb")),
    "low-9 marks": lambda t: t.translate(str.maketrans("\u201c", "\u201e")),
    "no closing marks": lambda t: t.replace("\u201d", ""),
    "no opening marks": lambda t: t.replace("\u201c", ""),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "thin spaces": lambda t: t.replace("\u201c", "\u201c\u2009").replace("\u201d", "\u2009\u201d"),
    "zero-width spaces": lambda t: t.replace(". ", ".\u200b "),
    "no blank lines": lambda t: t.replace("\n\n", "\n"),
    "one line": lambda t: t.replace("\n", " "),
    "upper case": str.upper,
    "lower case": str.lower,
}


@st.composite
def damaged_seed(draw: st.DrawFn, seeds: dict[str, str]) -> str:
    """A window of a seed article, with a few damaging mutations and random cuts and insertions."""
    text = seeds[draw(st.sampled_from(sorted(seeds)))]
    start = draw(st.integers(0, len(text)))
    text = text[start : start + draw(st.integers(0, 2500))]
    for name in draw(st.lists(st.sampled_from(sorted(MUTATIONS)), max_size=3, unique=True)):
        text = MUTATIONS[name](text)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        insert = draw(st.sampled_from(SPECIAL_CHARACTERS) | st.sampled_from(["", "\n\n", " said "]))
        cut = draw(st.integers(0, 3))
        text = text[:at] + insert + text[at + cut :]
    return text


DOC_IDS = st.text(min_size=1, max_size=12).filter(lambda s: s.strip() != "") | st.sampled_from(
    ["doc", "000_da9f7f9f92541ef4", "a:b", "1-2", "x:3-4", "é"]
)
DATES = st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)).map(date.isoformat)


# --- the checks -------------------------------------------------------------------------------


def assert_valid(text: str, doc_id: str, records: list[Attribution]) -> None:
    """Everything that must hold for the records of one article."""
    for record in records:
        data = record.to_dict()
        assert validate_record(data, "attribution", article=text) == [], data
        assert validate_record(data, "attribution") == [], data
        assert record.doc_id == doc_id
        assert 0 <= record.start < record.end <= len(text), data
        assert text[record.start : record.end] == record.text, data
        assert record.text.strip() == record.text, data
        speaker = record.speaker
        assert (speaker.start is None) == (speaker.end is None), data
        if speaker.start is not None:
            assert speaker.end is not None
            assert 0 <= speaker.start <= speaker.end <= len(text), data
            assert speaker.mention is not None and speaker.mention.strip() == speaker.mention, data
            assert text[speaker.start : speaker.end] == speaker.mention, data
        if record.cue is not None:
            assert 0 <= record.cue.start < record.cue.end <= len(text), data
            assert text[record.cue.start : record.cue.end] == record.cue.text, data
            assert record.cue.text.strip() == record.cue.text, data
    ids = [record.id for record in records]
    assert len(set(ids)) == len(ids), ids
    spans = [(record.start, record.end) for record in records]
    assert spans == sorted(spans)


def _spans(records: list[Attribution]) -> list[tuple]:
    """Everything about the records except the document id."""
    return [(r.type, r.start, r.end, r.text, r.speaker, r.cue, r.confidence) for r in records]


@contextmanager
def max_length(nlp: Language, length: int) -> Iterator[None]:
    """Temporarily lower the pipeline's ``max_length`` so texts are cut into pieces."""
    saved = nlp.max_length
    nlp.max_length = length
    try:
        yield
    finally:
        nlp.max_length = saved


# --- the properties ---------------------------------------------------------------------------


@_settings(200)
@given(text=articles(), doc_id=DOC_IDS, article_date=DATES)
@example(text="", doc_id="doc", article_date=None)
@example(text="\u201c", doc_id="doc", article_date=None)
@example(text="\u201cWe will not stop,\u201d Ben Wallace said.", doc_id="doc", article_date=None)
@example(text="\u201cWe will not stop,\r\n\r\n\u201cEver.\u201d", doc_id="d", article_date=None)
@example(text='He said: "\n\n"', doc_id="doc", article_date=None)
@example(text="Ben Wallace said:\r\n\r\nWe will not stop.\r\n", doc_id="doc", article_date="2022-09-30")
@example(text="''We will not stop,'' he said.", doc_id="doc", article_date=None)
@example(text="\u00abNous\u00bb, a dit Macron. \u201eJa\u201c, sagte er.", doc_id="doc", article_date=None)
@example(text="She\u00a0said\u2009that\u200bwe\u2028will win.", doc_id="doc", article_date=None)
@example(text="He exhorted voters to “stand firm”\u00a0at the rally.", doc_id="doc", article_date=None)
def test_extract_gives_valid_records(nlp: Language, text: str, doc_id: str, article_date: str | None) -> None:
    records = extract(text, doc_id=doc_id, nlp=nlp, date=article_date)
    assert_valid(text, doc_id, records)


@_settings(150)
@given(text=NOISE | st.text(max_size=200), doc_id=DOC_IDS)
@example(text="\u2028\u2029\x85", doc_id="doc")
@example(text="\u201c\u201d\u2018\u2019\"'\u00ab\u00bb\u201e", doc_id="doc")
def test_extract_survives_any_text(nlp: Language, text: str, doc_id: str) -> None:
    assert_valid(text, doc_id, extract(text, doc_id=doc_id, nlp=nlp))


@_settings(12)
@given(text=long_articles())
def test_extract_survives_very_long_lines(nlp: Language, text: str) -> None:
    assert_valid(text, "long", extract(text, doc_id="long", nlp=nlp))


@_settings(80)
@given(data=st.data())
def test_extract_survives_damaged_seed_articles(
    nlp: Language, seed_texts: dict[str, str], data: st.DataObject
) -> None:
    text = data.draw(damaged_seed(seed_texts), label="text")
    assert_valid(text, "seed", extract(text, doc_id="seed", nlp=nlp))


@_settings(60)
@given(text=articles(), length=st.integers(20, 400))
def test_records_of_a_text_cut_in_pieces_index_the_whole_text(nlp: Language, text: str, length: int) -> None:
    with max_length(nlp, length):
        records = extract(text, doc_id="cut", nlp=nlp)
    assert_valid(text, "cut", records)


@_settings(60)
@given(text=articles(), first=DOC_IDS, second=DOC_IDS)
def test_extract_is_deterministic_and_ids_follow_the_doc_id(
    nlp: Language, text: str, first: str, second: str
) -> None:
    one = extract(text, doc_id=first, nlp=nlp)
    two = extract(text, doc_id=second, nlp=nlp)
    assert _spans(one) == _spans(two)
    assert [r.id for r in two] == [f"{second}:{r.start}-{r.end}" for r in two]


@_settings(40)
@given(
    documents=st.lists(
        st.tuples(DOC_IDS, articles() | st.sampled_from(["", " ", "\n"])), min_size=1, max_size=6
    ),
    batch_size=st.integers(1, 4),
)
def test_extract_documents_keeps_order_ids_and_agrees_with_extract(
    nlp: Language, documents: list[tuple[str, str]], batch_size: int
) -> None:
    inputs = [Document(id=doc_id, text=text) for doc_id, text in documents]
    results = list(extract_documents(iter(inputs), nlp=nlp, batch_size=batch_size))
    assert [document for document, _ in results] == inputs
    for document, records in results:
        assert_valid(document.text, document.id, records)
        # Each document alone gives the same records: nothing (a previous speaker, a quote left
        # open) carries over from one document to the next.
        alone = extract(document.text, doc_id=document.id, nlp=nlp)
        assert _spans(records) == _spans(alone), document.id


# --- regressions found by the properties ------------------------------------------------------

#: Inputs the properties found, minimised: each once gave a speaker mention with whitespace at an
#: edge (the finder now trims whitespace tokens as it trims punctuation); kept as regressions.
TRIMMED_SPAN_CASES = [
    pytest.param(
        '"We will not stop," \t\tdefence sources said.',
        id="tab-run-before-group-speaker",
    ),
    pytest.param(
        "The\u00a0Cabinet\u00a0meeting\u00a0said the talks had been productive.",
        id="no-break-spaces-inside-mention",
    ),
    pytest.param(
        '"We will not stop." -\tdefence sources',
        id="dash-tab-group-speaker",
    ),
    pytest.param(
        '"We will not stop," - \u00a0defence sources said.',
        id="dash-nbsp-group-speaker",
    ),
    pytest.param(
        " defence sources claimed Russia is losing slowly.",
        id="leading-space-group-speaker",
    ),
    pytest.param(
        "\u00a0U\u202faine\u00a0in\u00a0the\u00a0position,"
        "\u00a0saying\u00a0this\u00a0would\u00a0require\u00a0more",
        id="leading-nbsp-unresolved-speaker",
    ),
]


@pytest.mark.parametrize("text", TRIMMED_SPAN_CASES)
def test_spans_neither_start_nor_end_with_whitespace(nlp: Language, text: str) -> None:
    records = extract(text, doc_id="doc", nlp=nlp)
    assert records
    assert_valid(text, "doc", records)
    for record in records:
        spans = [record.text, record.speaker.mention or "x"] + ([record.cue.text] if record.cue else [])
        untrimmed = [span for span in spans if span != span.strip()]
        assert untrimmed == [], f"{record.id}: spans with whitespace at an edge: {untrimmed!r}"


#: Inputs on which ``extract`` once raised IndexError (a cue whose object ends the text). Found with
#: ``HYPOTHESIS_PROFILE=long`` (seed 7): the first as a piece of a longer text cut at
#: ``max_length=91``, then minimised by hand; kept as regressions.
RAISING_CASES = [
    pytest.param(
        "He told reporters: \u201cThe UK will stand with Ukraine\u201d \u201cWe",
        id="told-object-then-quote-then-unclosed-quote",
    ),
    pytest.param(
        "Defence said. Ben Wallace told reporters: \u201cThe UK will continue to stand with Ukraine\u201d "
        "\u201cWe ",
        id="told-object-then-quotes-at-a-cut",
    ),
    pytest.param(
        "He told reporters: \u201cThe UK will win\u201d \u201cWe",
        id="told-object-then-short-quote",
    ),
]


@pytest.mark.parametrize("text", RAISING_CASES)
def test_extract_does_not_raise_on_found_inputs(nlp: Language, text: str) -> None:
    assert_valid(text, "doc", extract(text, doc_id="doc", nlp=nlp))
