"""Direct quotes without quote marks: interview transcript lines (``PENCE: Well, look, ...``) and
first-person paragraphs after a paragraph ending "X said:".

In a quoted transcript, whose paragraphs each open with a quote mark as a quote of several
paragraphs does (``"PENCE: ...`` then ``"But the truth is, I ...``), a line's turn goes on over the
paragraphs after it that carry no label of their own and speak; a stage direction (``(CROSSTALK)``,
``[LAUGHTER]``) ends it. In a transcript in plain text the paragraph after a line may be the writer's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from quotes.find.direct.cue_before import cue_in_clause
from quotes.find.direct.marks import DirectQuote, strip_span
from quotes.lexicon import cues as lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.datelines import dateline_end

#: A transcript line: a speaker label in capitals, a colon, the words ("PENCE: Well, look, ...").
_TRANSCRIPT_LINE = re.compile(
    r"[\"“]?(?P<label>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[ \t\u00a0]+(?P<body>\S)"
)


def transcript_lines(text: str, paragraphs: list[tuple[int, int]]) -> list[DirectQuote]:
    """Paragraphs of an interview transcript: "NAME: words", the words a direct quote of NAME.

    A lone label ("EXCLUSIVE: ...", "BYLINE: ...", even when it comes back) is a heading or a rubric,
    not a speaker, unless the article names that person elsewhere ("Mike Pence ... PENCE: ...").
    """
    lines = []
    for p_start, p_end in paragraphs:
        match = _TRANSCRIPT_LINE.match(text, p_start, p_end)
        if match is None or len(match.group("label").replace(" ", "")) < 2:
            continue
        if match.group("label").lower().rstrip(".") in lexicon.NOT_SPEAKER_LABELS:
            continue
        if dateline_end(text, p_start, p_end) is not None:
            continue  # "SYDNEY: The Premier said ...": the writer's place, though the story names it again
        start, end = _turn_words(text, match.start("body"), p_end)
        if end - start >= 2:
            lines.append(DirectQuote(start, end, "label", None, False, match.span("label")))
    labels = {
        text[line.speaker[0] : line.speaker[1]].split()[-1] for line in lines if line.speaker is not None
    }
    if len(labels) >= 2:  # a transcript, or a run of section labels ("ENERGY: Oil fell ...")
        found = lines if any(_speaks(text, line) for line in lines) else []
    else:
        named = [line for line in lines if any(_named_elsewhere(text, label) for label in labels)]
        found = named or _dialogue(text, paragraphs)
    return _whole_turns(text, paragraphs, found)


def _turn_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The words of a transcript paragraph from ``start`` to its end ``end``, past the spaces at both
    ends and the closing mark of a quoted transcript's last paragraph ("PENCE: ... House.”")."""
    start, end = strip_span(text, start, end)
    opened = _opens_with_mark(text, text.rfind("\n", 0, start) + 1)
    if opened and end - start > 1 and text[end - 1] in lexicon.QUOTE_CHARS:
        end = strip_span(text, start, end - 1)[1]
    return start, end


def _whole_turns(text: str, paragraphs: list[tuple[int, int]], lines: list[DirectQuote]) -> list[DirectQuote]:
    """Transcript lines, each line of a quoted transcript reaching over the paragraphs after it that go
    on with its turn (:func:`_goes_on`), up to the next line, a stage direction or a paragraph that
    does not speak."""
    line_paragraphs = [_paragraph_at(paragraphs, line.start) for line in lines]
    whole = []
    for number, line in enumerate(lines):
        end = line.end
        following = line_paragraphs[number + 1] if number + 1 < len(lines) else len(paragraphs)
        if _opens_with_mark(text, paragraphs[line_paragraphs[number]][0]):
            for p_start, p_end in paragraphs[line_paragraphs[number] + 1 : following]:
                if not _goes_on(text, p_start, p_end):
                    break
                end = _turn_words(text, p_start, p_end)[1]
        whole.append(replace(line, end=end))
    return whole


def _goes_on(text: str, p_start: int, p_end: int) -> bool:
    """Whether a paragraph with no label goes on with the turn of the quoted transcript line before it:
    it reopens the quote mark, is no stage direction in brackets, and speaks as or to someone (not
    the writer's "Follow us on Twitter." left inside the marks)."""
    if not _opens_with_mark(text, p_start):
        return False
    words = text[p_start:p_end].strip().lstrip("".join(lexicon.QUOTE_CHARS)).lstrip()
    if words[:1] in ("(", "["):
        return False
    return _first_person(words) or _second_person(words) or "?" in words


def _opens_with_mark(text: str, p_start: int) -> bool:
    return text[p_start:].lstrip(" \t\u00a0")[:1] in lexicon.QUOTE_CHARS


def _paragraph_at(paragraphs: list[tuple[int, int]], offset: int) -> int:
    """The number of the paragraph holding ``offset``."""
    return next(i for i, (start, end) in enumerate(paragraphs) if start <= offset < end)


#: A transcript line whose speaker label is written in mixed case ("Okafor: A long holiday, I hope.").
_NAMED_LINE = re.compile(r"[\"“]?(?P<label>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}):[ \t\u00a0]+(?P<body>\S)")


def _dialogue(text: str, paragraphs: list[tuple[int, int]]) -> list[DirectQuote]:
    """Lines of a dialogue whose labels are written in mixed case ("Interviewer: What comes next?" and
    "Okafor: A long holiday."): a transcript only where two or more labels take turns, each a name the
    article uses outside its labels or an interviewer's label, and half the lines or more speak as or to
    someone; so that one "Update: ...", a headline's "Obama: ..." or a profile's "Age: 27" is not."""
    lines = []
    for p_start, p_end in paragraphs:
        match = _NAMED_LINE.match(text, p_start, p_end)
        if match is None or match.group("label").lower() in lexicon.NOT_SPEAKER_LABELS:
            continue
        start, end = strip_span(text, match.start("body"), p_end)
        if end - start >= 2:
            lines.append(DirectQuote(start, end, "label", None, False, match.span("label")))
    labels = [text[line.speaker[0] : line.speaker[1]] for line in lines if line.speaker is not None]
    if len(set(labels)) < 2:
        return []
    named = {  # the label's name once more than its lines: the article names the speaker elsewhere
        label
        for label in set(labels)
        if len(re.findall(rf"\b{re.escape(label.split()[-1])}\b", text)) > labels.count(label)
    }
    unnamed = [
        label for label in labels if label not in named and label.lower() not in lexicon.INTERVIEW_LABELS
    ]
    if not named or unnamed:
        return []  # "Name: ...", "Age: ...": a profile's fields, not people taking turns
    words = [text[line.start : line.end] for line in lines]
    speaking = sum(1 for w in words if _first_person(w) or _second_person(w) or "?" in w)
    return lines if 2 * speaking >= len(lines) else []


def _speaks(text: str, line: DirectQuote) -> bool:
    """Whether a labelled line is someone speaking, which makes its run of labelled lines a transcript:
    the label names a person the article names elsewhere ("PENCE:" after "Mike Pence"), or the words
    talk as or to someone (I, we, you, a question). A section label or a market-wrap heading
    ("ENERGY: Oil fell ...", "ANALYSIS: Experts say ...") names nobody and reports in the third person."""
    assert line.speaker is not None
    label = text[line.speaker[0] : line.speaker[1]].split()[-1]
    words = text[line.start : line.end]
    return _named_elsewhere(text, label) or _first_person(words) or _second_person(words) or "?" in words


def _second_person(text: str) -> bool:
    words = re.findall(r"[A-Za-z’']+", text.lower().replace("’", "'"))
    return any(word in lexicon.SECOND_PERSON for word in words)


def _named_elsewhere(text: str, label: str) -> bool:
    """Whether the article names the person of a lone label ("PENCE:" after "Mike Pence spoke ...")."""
    name = label.strip(".").title()
    return len(name) > 2 and re.search(rf"\b{re.escape(name)}\b", text) is not None


def unmarked_blocks(
    doc: Doc, text: str, starts: list[int], paragraphs: list[tuple[int, int]]
) -> list[DirectQuote]:
    """Paragraphs without marks after a paragraph ending "X said:", while they speak in the first person."""
    blocks: list[DirectQuote] = []
    for number, (p_start, p_end) in enumerate(paragraphs[:-1]):
        intro = text[p_start:p_end].rstrip()
        if not intro.endswith(":"):
            continue
        cue = cue_in_clause(doc, starts, p_start, p_end)
        if cue is None:
            continue
        for follow, (f_start, f_end) in enumerate(paragraphs[number + 1 :]):
            body_start, body_end = strip_span(text, f_start, f_end)
            if text[body_start] in lexicon.QUOTE_CHARS or not _first_person(text[body_start:body_end]):
                break
            blocks.append(
                DirectQuote(
                    body_start,
                    body_end,
                    "block" if follow == 0 else "continuation",
                    cue if follow == 0 else None,
                    False,
                )
            )
    return blocks


def _first_person(text: str) -> bool:
    words = re.findall(r"[A-Za-z’']+", text.lower().replace("’", "'"))
    return any(word in speaker_lexicon.FIRST_PERSON for word in words)
