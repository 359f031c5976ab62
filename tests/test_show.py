"""Tests for the HTML view: the text survives intact, labels show, overlapping spans stay well formed."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.records import Attribution, Cue, Document, Speaker
from quotes.show import ShowError, load_article, render_html, write_html

SEED = "000_da9f7f9f92541ef4"


class _Page(HTMLParser):
    """Collects the text inside <article>, checks that every end tag closes the open element."""

    VOID = {"meta", "br", "hr", "img", "link", "input"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.article: list[str] = []
        self.in_article = False
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)
        if tag == "article":
            self.in_article = True

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()
        if tag == "article":
            self.in_article = False

    def handle_data(self, data: str) -> None:
        if self.in_article:
            self.article.append(data)


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], f"unclosed: {parser.stack}"
    return parser


def article_text(page: str) -> str:
    """The article element's text by plain tag stripping and unescaping (what the brief asks)."""
    inner = page.split('<article id="text">', 1)[1].rsplit("</article>", 1)[0]
    return html.unescape(re.sub(r"<[^>]*>", "", inner))


def at(text: str, sub: str, after: int = 0) -> tuple[int, int]:
    start = text.index(sub, after)
    return start, start + len(sub)


def attribution(
    text: str,
    span: tuple[int, int],
    type_: str,
    name: str | None,
    mention: tuple[int, int] | None,
    cue: tuple[int, int] | None,
    confidence: float = 0.9,
) -> Attribution:
    return Attribution(
        doc_id="d",
        type=type_,  # type: ignore[arg-type]
        text=text[span[0] : span[1]],
        start=span[0],
        end=span[1],
        speaker=Speaker(
            name=name,
            mention=text[mention[0] : mention[1]] if mention else None,
            start=mention[0] if mention else None,
            end=mention[1] if mention else None,
        ),
        cue=Cue(text=text[cue[0] : cue[1]], lemma="say", start=cue[0], end=cue[1]) if cue else None,
        confidence=confidence,
    )


@pytest.fixture
def seed(seed_texts: dict[str, str]) -> tuple[Document, list[Attribution]]:
    text = seed_texts[SEED]
    said = text.index("Defence Secretary Ben Wallace said:")
    quote = at(text, "I was delighted to have visited", said)
    quote = (quote[0], text.index("beyond.", quote[0]) + len("beyond."))
    mention = at(text, "Ben Wallace", said)
    cue = at(text, "said:", said)
    claim_start = text.index("They spoke about")
    claim = (claim_start, text.index("\n", claim_start))
    attributions = [
        attribution(text, quote, "direct", "Ben Wallace", mention, cue),
        # An "indirect" claim spanning the quote's cue and speaker: overlapping, not nested.
        attribution(text, (mention[0], quote[0] + 20), "indirect", None, None, None, 0.4),
        attribution(text, claim, "mixed", "Oleksii Reznikov", None, None),
    ]
    return Document(id=SEED, text=text, title="Defence Secretary meets Ukrainian counterpart"), attributions


def test_article_text_is_recoverable(seed: tuple[Document, list[Attribution]]) -> None:
    document, attributions = seed
    page = render_html(document, attributions)
    assert article_text(page) == document.text
    assert "".join(parse(page).article) == document.text


def test_labels_types_and_table(seed: tuple[Document, list[Attribution]]) -> None:
    document, attributions = seed
    page = render_html(document, attributions)
    tags = parse(page).tags
    labels = [attrs.get("data-label") for _, attrs in tags if attrs.get("data-label")]
    assert "3 Ben Wallace · direct" in labels  # numbered in text order
    assert any(label.endswith("unknown speaker · indirect") for label in labels)
    assert any("Oleksii Reznikov · mixed" in label for label in labels)
    classes = [attrs.get("class") or "" for _, attrs in tags]
    assert "cue" in classes and "spk" in classes
    for type_ in ("direct", "indirect", "mixed"):
        assert f".t-{type_} {{" in page
    table = page.split('<section id="attributions">', 1)[1]
    assert table.count("<tr>") == 1 + len(attributions)
    assert html.escape(attributions[2].text) in table
    assert "<th>category</th>" in table and "<td>assertion</td>" in table


def test_page_is_self_contained(seed: tuple[Document, list[Attribution]]) -> None:
    page = render_html(*seed)
    assert not re.search(r"<script|<link|<img|src=|@import|url\(", page, re.IGNORECASE)


@pytest.mark.parametrize(
    "text",
    [
        "He said: <b>“A & B”</b>\r\nthen 'x'.",
        "",
        "\n\n“Unclosed quote\n\n“runs on",
        "Tabs\tand\u00a0non-breaking\u200b spaces",
    ],
)
def test_markup_characters_and_line_ends_survive(text: str) -> None:
    spans = [(0, len(text)), (min(3, len(text)), len(text) // 2)]
    attributions = [attribution(text, s, "direct", "X", s, s) for s in spans]
    page = render_html(Document(id="d", text=text), attributions)
    assert article_text(page) == text
    parse(page)


def test_spans_outside_the_text_are_clipped_not_fatal() -> None:
    text = "Short text."
    bad = Attribution(
        doc_id="d",
        type="indirect",
        text="",
        start=5,
        end=500,
        speaker=Speaker(name=None, mention="x", start=-3, end=2),
        cue=Cue(text="", lemma="", start=7, end=7),
        confidence=0.5,
    )
    page = render_html(Document(id="d", text=text), [bad])
    assert article_text(page) == text
    assert "5–500" in page


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(min_size=0, max_size=60),
    spans=st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=8),
)
def test_any_spans_keep_text_and_markup_intact(text: str, spans: list[tuple[int, int]]) -> None:
    attributions = []
    for i, (a, b) in enumerate(spans):
        start, end = sorted((a, b))
        mention = spans[(i + 1) % len(spans)]
        attributions.append(
            Attribution(
                doc_id="d",
                type=("direct", "indirect", "mixed")[i % 3],
                text=text[start:end],
                start=start,
                end=end,
                speaker=Speaker(name=None, mention="m", start=min(mention), end=max(mention)),
                cue=Cue(text="c", lemma="c", start=start, end=start + 2),
                confidence=0.5,
            )
        )
    page = render_html(Document(id="d", text=text), attributions)
    assert article_text(page) == text
    assert "".join(parse(page).article) == text


# --- loading and writing ----------------------------------------------------------------------


def test_load_article_from_txt_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("He said “hi”.", encoding="utf-8")
    assert load_article(tmp_path / "story.txt") == Document(id="story", text="He said “hi”.")
    lines = [{"id": "a", "text": "First."}, {"id": "b", "text": "Second."}]
    jsonl = tmp_path / "many.jsonl"
    jsonl.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert load_article(jsonl, "b").text == "Second."


@pytest.mark.parametrize(
    ("doc_id", "message"),
    [
        (None, "holds several articles ('a', 'b', ...); choose one with --id"),
        ("zz", "no article with id 'zz'"),
    ],
)
def test_load_article_errors(tmp_path: Path, doc_id: str | None, message: str) -> None:
    jsonl = tmp_path / "many.jsonl"
    jsonl.write_text('{"id": "a", "text": "A."}\n{"id": "b", "text": "B."}\n', encoding="utf-8")
    with pytest.raises(ShowError, match=re.escape(message)):
        load_article(jsonl, doc_id)


def test_write_html_replaces_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    target.write_text("old", encoding="utf-8")
    write_html("<p>new\r\n</p>", target)
    assert target.read_bytes() == b"<p>new\r\n</p>"
    assert [p.name for p in tmp_path.iterdir()] == ["out.html"]


# --- the command, through the real parser -------------------------------------------------------


@pytest.mark.slow
def test_cli_show_writes_page(
    nlp: object, seeds_dir: Path, seed_texts: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from quotes.cli import main

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["show", str(seeds_dir / f"{SEED}.txt")])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"{SEED}.html"
    page = (tmp_path / f"{SEED}.html").read_text(encoding="utf-8")
    assert article_text(page) == seed_texts[SEED]
    parse(page)
    assert 'class="q t-' in page.split('<article id="text">', 1)[1]  # something was highlighted

    result = CliRunner().invoke(
        main, ["show", str(seeds_dir / f"{SEED}.txt"), "-o", str(tmp_path / "x" / "y.html")]
    )
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
