"""The HTML view of one article: every quote and claim highlighted, with its speaker, cue and type.

The page is self-contained (inline CSS, no scripts, nothing fetched). The article text is written
once, escaped, in order, inside ``<article>`` with ``white-space: pre-wrap`` so its paragraphs and
spacing show as given: stripping the tags from that element and unescaping gives back the text
exactly. Labels ("Ben Wallace · direct") are drawn by CSS from the ``data-label`` attribute of an
empty element before the quote's opening mark, so they never add characters to the text.

Highlights may nest or overlap (a quote inside a claim, a speaker mention inside a quote). The
text is cut at every span boundary and each piece is wrapped in one element per span covering
it, so the markup is always well formed whatever the spans are.
"""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quotes.lexicon.cues import QUOTE_PAIRS
from quotes.records import Attribution, Document

#: Background and border colour per attribution type.
TYPE_COLOURS: dict[str, tuple[str, str]] = {
    "direct": ("rgba(66, 133, 244, 0.22)", "#1a56c4"),
    "mixed": ("rgba(251, 140, 0, 0.24)", "#b85c00"),
    "indirect": ("rgba(52, 168, 83, 0.22)", "#1e7a3c"),
}
_OTHER_COLOURS = ("rgba(120, 120, 120, 0.2)", "#555555")


class ShowError(ValueError):
    """An article that cannot be shown: unreadable, ambiguous, or not found in its file."""


@dataclass(frozen=True)
class _Mark:
    """One highlighted span: an attribution's content, cue or speaker mention."""

    start: int
    end: int
    kind: str  # "quote", "cue" or "speaker"
    index: int  # which attribution (0-based)
    css: str
    label: str | None  # drawn before the first piece of a quote
    title: str


def render_html(document: Document, attributions: Sequence[Attribution]) -> str:
    """Render one article with its attributions highlighted, and a table of them below.

    Args:
        document: the article; its text is shown exactly as given.
        attributions: the quotes and claims found in it; spans outside the text are clipped,
            empty ones are listed in the table but not highlighted.

    Returns:
        A complete, self-contained HTML page.
    """
    text = document.text
    ordered = sorted(attributions, key=lambda a: (a.start, -a.end, a.id))
    marks = [mark for index, a in enumerate(ordered) for mark in _marks(a, index, len(text))]
    title = document.title or document.id
    parts = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        f"<title>{_esc(title)} — quotes</title>\n<style>\n{_css()}</style>\n</head>\n<body>\n",
        f'<header><h1>{_esc(title)}</h1>\n<p class="meta">{_esc(_meta_line(document, ordered))}</p>\n',
        _legend(),
        '</header>\n<article id="text">',
        _highlight(text, marks),
        "</article>\n",
        _table(ordered),
        "</body>\n</html>\n",
    ]
    return "".join(parts)


def _marks(attribution: Attribution, index: int, length: int) -> list[_Mark]:
    speaker = attribution.speaker.name or attribution.speaker.mention or "unknown speaker"
    cue = attribution.cue.text if attribution.cue is not None else "no cue"
    confidence = f"confidence {attribution.confidence:.2f}"
    kind = f"{attribution.type} · {attribution.category}"
    title = f"#{index + 1} {kind} · {speaker} · cue: {cue} · {confidence}"
    found = [
        _Mark(
            attribution.start,
            attribution.end,
            "quote",
            index,
            f"q t-{_type_class(attribution.type)}",
            f"{index + 1} {speaker} · {attribution.type}",
            title,
        ),
    ]
    if attribution.cue is not None:
        found.append(
            _Mark(
                attribution.cue.start, attribution.cue.end, "cue", index, "cue", None, f"cue of #{index + 1}"
            )
        )
    if attribution.speaker.start is not None and attribution.speaker.end is not None:
        found.append(
            _Mark(
                attribution.speaker.start,
                attribution.speaker.end,
                "speaker",
                index,
                "spk",
                None,
                f"speaker of #{index + 1}: {speaker}",
            )
        )
    clipped = []
    for mark in found:
        start, end = max(0, mark.start), min(length, mark.end)
        if start < end:
            clipped.append(_Mark(start, end, mark.kind, mark.index, mark.css, mark.label, mark.title))
    return clipped


def _type_class(type_: str) -> str:
    return type_ if type_ in TYPE_COLOURS else "other"


def _badge_at(text: str, mark: _Mark) -> int:
    """Where a quote's badge goes: before its opening quote mark when one comes just before the span,
    so the mark stays with the words it opens."""
    for opening in sorted(QUOTE_PAIRS, key=len, reverse=True):
        if text[max(0, mark.start - len(opening)) : mark.start] == opening:
            return mark.start - len(opening)
    return mark.start


def _highlight(text: str, marks: Sequence[_Mark]) -> str:
    """The escaped text, cut at every mark boundary, each piece wrapped in the marks covering it."""
    badges: dict[int, list[_Mark]] = {}
    for mark in marks:
        if mark.kind == "quote":
            badges.setdefault(_badge_at(text, mark), []).append(mark)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks), *badges})
    # Outer spans open first: longer before shorter, quotes before cues and speakers.
    order = sorted(marks, key=lambda m: (m.start, -m.end, m.kind != "quote", m.index))
    out = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in order if m.start <= left and right <= m.end]
        opening = [  # empty elements: the label is drawn by CSS, the text gains no character
            f'<span class="badge t-{m.css.split("t-", 1)[1]}" data-label="{_esc(m.label or "")}"></span>'
            for m in badges.get(left, [])
        ]
        for m in covering:
            attrs = f' class="{m.css}" data-a="{m.index + 1}" title="{_esc(m.title)}"'
            if m.kind == "quote" and m.start == left:
                attrs += f' id="q{m.index + 1}"'
            opening.append(f"<span{attrs}>")
        out.append("".join(opening) + _esc(text[left:right]) + "</span>" * len(covering))
    return "".join(out)


def _esc(value: str) -> str:
    # A carriage return is written as a reference so that HTML parsing does not fold "\r\n".
    return html.escape(value).replace("\r", "&#13;")


def _meta_line(document: Document, attributions: Sequence[Attribution]) -> str:
    counts = {t: sum(a.type == t for a in attributions) for t in TYPE_COLOURS}
    found = ", ".join(f"{n} {t}" for t, n in counts.items() if n) or "none"
    facts = [f"id {document.id}", document.outlet, document.date, document.url]
    return " · ".join(f for f in facts if f) + f" · {len(attributions)} attributions ({found})"


def _legend() -> str:
    items = "".join(f'<span class="q t-{t}">{t}</span> ' for t in TYPE_COLOURS)
    extra = '<span class="cue">cue</span> <span class="spk">speaker mention</span>'
    return f'<p class="legend">{items}{extra}</p>\n'


def _table(attributions: Sequence[Attribution]) -> str:
    head = "".join(
        f"<th>{h}</th>"
        for h in (
            "#",
            "type",
            "category",
            "speaker",
            "mention",
            "resolved by",
            "cue",
            "confidence",
            "span",
            "text",
        )  # fmt: skip
    )
    rows = []
    for index, a in enumerate(attributions, start=1):
        cue = a.cue.text if a.cue is not None else ""
        cells = [
            f'<a href="#q{index}">{index}</a>',
            f'<span class="q t-{_type_class(a.type)}">{_esc(a.type)}</span>',
            _esc(a.category),
            _esc(a.speaker.name or ""),
            _esc(a.speaker.mention or ""),
            _esc(a.speaker.resolution),
            _esc(cue),
            f"{a.confidence:.2f}",
            f"{a.start}–{a.end}",
            _esc(a.text),
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    body = "\n".join(rows) or '<tr><td colspan="10">No quotes or claims found.</td></tr>'
    return (
        f'<section id="attributions"><h2>Attributions</h2>\n<table>\n<thead><tr>{head}</tr></thead>\n'
        f"<tbody>\n{body}\n</tbody>\n</table></section>\n"
    )


def _css() -> str:
    rules = [
        "body { font: 16px/1.6 Georgia, serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }",
        "h1 { font-size: 1.5rem; } .meta, .legend { font: 0.85rem sans-serif; color: #555; }",
        "article { white-space: pre-wrap; border-top: 1px solid #ddd; padding-top: 1rem; }",
        ".q { border-bottom: 2px solid; box-decoration-break: clone; -webkit-box-decoration-break: clone; }",
        ".badge::before { content: attr(data-label); font: bold 0.65rem sans-serif; color: #fff;"
        " padding: 0 0.3em; margin-right: 0.2em; border-radius: 0.2em; vertical-align: super; }",
        ".cue { text-decoration: underline double #c2185b; font-weight: bold; }",
        ".spk { text-decoration: underline wavy #6a1b9a; background: rgba(106, 27, 154, 0.12); }",
        "table { border-collapse: collapse; margin-top: 2rem; font: 0.85rem sans-serif; }",
        "th, td { border: 1px solid #ddd; padding: 0.25rem 0.4rem; vertical-align: top; text-align: left; }",
    ]
    for type_, (background, border) in {**TYPE_COLOURS, "other": _OTHER_COLOURS}.items():
        rules.append(f".t-{type_} {{ background: {background}; border-color: {border}; }}")
        rules.append(f".badge.t-{type_}::before {{ background: {border}; }}")
    return "\n".join(rules) + "\n"


# --- the command's work: read, extract, render, write ------------------------------------------


def load_article(path: str | Path, doc_id: str | None = None) -> Document:
    """Read the one article to show from a ``.txt`` file, or from a JSONL/Parquet file by id.

    Raises:
        ShowError: no such id in the file, or several articles and no id given.
        quotes.read.io.InputError: the file cannot be read.
    """
    from quotes.read.articles import read_documents

    documents = read_documents([Path(path)])
    if doc_id is not None:
        for document in documents:
            if document.id == doc_id:
                return document
        raise ShowError(f"{path}: no article with id {doc_id!r}")
    first = next(documents, None)
    if first is None:
        raise ShowError(f"{path}: no article in this file")
    second = next(documents, None)
    if second is not None:
        raise ShowError(
            f"{path}: holds several articles ({first.id!r}, {second.id!r}, ...); choose one with --id"
        )
    return first


def with_metadata(document: Document, article: str | Path, metadata: str | Path | None = None) -> Document:
    """The article with its metadata, as ``quotes build`` reads it: the ``metadata.jsonl`` sidecar
    beside an article file, then the ``metadata`` file over it (a directory's sidecars are merged
    by the reader already)."""
    from quotes.read.article_fields import merge_metadata, read_metadata
    from quotes.read.articles import METADATA_SIDECAR, SIDECARS

    path = Path(article)
    sources = []
    if path.is_file() and path.name not in SIDECARS and (path.parent / METADATA_SIDECAR).is_file():
        sources.append(path.parent / METADATA_SIDECAR)
    if metadata is not None:
        sources.append(Path(metadata))
    for source in sources:
        values = read_metadata(source).get(document.id)
        if values is not None:
            document = merge_metadata(document, values)
    return document


def write_html(page: str, path: Path) -> None:
    """Write ``page`` to ``path`` atomically: a temporary file beside it, then renamed into place."""
    path = Path(path)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:  # its message would name the temporary file, not the user's
        raise _unwritable(path, error) from error
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(page)
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _unwritable(path: Path, error: OSError) -> ShowError:
    reason = error.strerror or str(error)
    return ShowError(
        f"{path}: cannot write there ({reason}); choose an --output in a directory you can write to"
    )


def _check_writable(path: Path) -> None:
    """Fail before the parse when the page could not be written: its directory must take a new file."""
    directory = path.parent
    if not directory.is_dir():
        raise _unwritable(path, FileNotFoundError(2, "No such file or directory"))
    if not os.access(directory, os.W_OK | os.X_OK):
        raise _unwritable(path, PermissionError(13, "Permission denied"))


def show_article(
    article: str | Path,
    output: str | Path | None = None,
    *,
    doc_id: str | None = None,
    model: str | None = None,
    metadata: str | Path | None = None,
) -> Path:
    """Extract the attributions of one article and write its HTML view.

    Args:
        article: a ``.txt`` file, or a JSONL/Parquet file, dataset directory or folder of articles
            (with ``doc_id``).
        output: where to write; default ``<id>.html`` in the current directory.
        doc_id: which article of a multi-article file.
        model: the spaCy pipeline to use; default the project's.
        metadata: a metadata JSONL merged by id over the article's own and its sidecar's values.

    Returns:
        The path written.
    """
    from quotes.engines.local import extract

    document = with_metadata(load_article(article, doc_id), article, metadata)
    path = Path(output) if output is not None else Path(f"{document.id}.html")
    _check_writable(path)
    attributions = extract(document.text, document.id, model=model, date=document.date)
    write_html(render_html(document, attributions), path)
    return path
