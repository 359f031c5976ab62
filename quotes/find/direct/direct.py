"""Direct quotes: the marked quotes that stand as quotations, their cues and speakers, and the
unmarked quotes of transcripts and "X said:" blocks.

:func:`find_direct_quotes` keeps the marked quotes (:func:`quotes.find.direct.marks.find_marked_quotes`) that
stand as quotations (a cue before or after, a colon or a dash, a clause ending in a comma before a
whole sentence, or a paragraph or sentence going on after a quote or a reported claim) and adds
unmarked paragraphs after "X said:" and transcript lines. Short marked fragments inside a narrative
sentence ("the “big support” it has given") are left to :mod:`quotes.find.claims.reported`, which folds them
into
mixed quotes. The cue searches live in :mod:`quotes.find.direct.cue_after` and
:mod:`quotes.find.direct.cue_before`, the
checks for marked phrases that are not speech in :mod:`quotes.find.direct.not_speech`, quotes that go on in an
earlier speaker's words in :mod:`quotes.find.direct.continuations`, and unmarked quotes in
:mod:`quotes.find.direct.transcripts`.

Spans are the words inside the marks (the marks themselves excluded), as character offsets into
``doc.text``.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IDX
from spacy.tokens import Doc

from quotes.find.direct.continuations import (
    cue_across_dash_aside,
    cue_of_following_quote,
    cue_of_previous_sentence,
    ends_sentence_after_quote,
    follows_uncued_quote,
    opens_dash_aside,
    resumes,
    resumes_after_predicate,
)
from quotes.find.direct.cue_after import (
    according_after,
    attribution_frame,
    byline_speaker,
    colon_speaker,
    cue_after,
    dash_speaker,
    inverted_cue,
    speaker_near_cue,
    writers_words_before_cue,
)
from quotes.find.direct.cue_before import (
    according_to,
    as_one_put_it,
    colon_intro,
    cue_in_clause,
    cue_right_before,
    in_words_of,
    name_after_dash,
    name_before_cue,
    previous_speaker,
)
from quotes.find.direct.marks import (
    DirectQuote,
    MarkedQuote,
    find_marked_quotes,
    is_apostrophe,
    paragraph_spans,
    strip_span,
)
from quotes.find.direct.not_speech import (
    capitals_headline,
    capitals_line_head,
    headline_fragment,
    not_speech,
    predicate_after_aside,
    quoted_subhead,
    subheading,
    subject_fragment,
)
from quotes.find.direct.source_after import source_after
from quotes.find.direct.tokens import is_cue, token_at, tokens
from quotes.find.direct.transcripts import transcript_lines, unmarked_blocks
from quotes.lexicon import cues as lexicon


def _paragraph_of(paragraphs: list[tuple[int, int]], offset: int, starts: list[int]) -> int:
    """The number of the paragraph holding ``offset``, or -1; ``starts`` are the paragraphs' starts
    (paragraphs are in text order and apart, so a binary search finds the only candidate)."""
    number = bisect_right(starts, offset) - 1
    if number >= 0 and offset < paragraphs[number][1]:
        return number
    return -1


def _sentence_start(doc: Doc, starts: list[int], offset: int, para_start: int) -> int:
    token = token_at(doc, starts, offset)
    if token is None:
        return para_start
    return max(token.sent.start_char, para_start)


def find_direct_quotes(
    doc: Doc, marked: list[MarkedQuote] | None = None, text: str | None = None
) -> list[DirectQuote]:
    """The direct quotes of a parsed Doc, marked and unmarked, in text order.

    Args:
        doc: a Doc parsed by a pipeline with a tagger, lemmatizer and parser.
        marked: the result of :func:`find_marked_quotes` on ``doc.text``, when already computed.
        text: ``doc.text``, when already read (spaCy rebuilds it from the tokens on each access).
    """
    text = doc.text if text is None else text
    marked = find_marked_quotes(text) if marked is None else marked
    paragraphs = paragraph_spans(text)
    paragraph_starts = [start for start, _ in paragraphs]
    starts: list[int] = doc.to_array(IDX).tolist()  # no Token objects built
    quotes: list[DirectQuote] = transcript_lines(text, paragraphs)
    labels = [q for q in quotes if q.mode == "label"]  # only transcript lines are labels
    last_cued: tuple[MarkedQuote, int] | None = None  # the latest quote with its cue after it
    last_speaker: int | None = None  # and the speaker token found next to that cue
    cued_fragment = (-1, -1)  # the paragraph and cue of the latest quoted fragment with a cue after it
    doubles = sum(1 for q in marked if text[q.open] in '"“”„«' or text.startswith("''", q.open))
    double_style = doubles >= 2 * (len(marked) - doubles)  # speech in double marks; single marks are not
    for quote in _split_run_ons(doc, starts, text, paragraphs, marked):
        if quote.title or any(q.start <= quote.open < q.end for q in labels):
            continue
        if any(quote.open < q.start < quote.end for q in labels):
            continue  # a quoted transcript ('"WALLACE: ...\n\n"PENCE: ...'): its lines are the quotes
        if not_speech(doc, text, starts, quote):
            continue
        number = _paragraph_of(paragraphs, quote.open, paragraph_starts)
        p_start, p_end = paragraphs[number]
        sentence_start = _sentence_start(doc, starts, quote.open, p_start)
        lead = text[sentence_start : quote.open].strip()
        before = text[p_start : quote.open].rstrip()
        starts_sentence = (
            lead == ""
            or quote.paragraph_start
            or before.endswith((".", "!", "?"))
            or (before.endswith((" -", " --", "—", "–")) and not predicate_after_aside(text, quote))
            or (before.endswith("(") and text[quote.end - 1] in ".,!?")
            or capitals_line_head(text[p_start : quote.open])
        )  # a quote set off by a dash or a bracket stands as a sentence of its own
        # ("Mrs. Clinton - “Spoiled,” he said", "(“No refunds,” wrote one buyer)"), unless it goes on
        # with the writer's subject ("The deal — signed in March — “is dead,” she said": a mixed quote)
        fragment_cue = (
            cue_after(doc, starts, quote, p_end) if quote.close is not None and not starts_sentence else None
        )
        if fragment_cue is not None:  # "Costs are “too high,” she said.": a mixed quote, left to claims
            cued_fragment = (number, fragment_cue)
        if quote.close is not None and starts_sentence:
            close_end = paragraphs[_paragraph_of(paragraphs, quote.close, paragraph_starts)][1]
            rest = tokens(doc, starts, quote.close + 1, close_end)
            next_paragraph = _paragraph_of(paragraphs, quote.close, paragraph_starts) + 1
            if not rest.text.strip() and next_paragraph < len(paragraphs):  # the source opens the next one
                rest = tokens(doc, starts, *paragraphs[next_paragraph])
            named = source_after(list(rest))
            if named is not None:  # "“...” Those were the words of a police spokeswoman."
                quotes.append(
                    DirectQuote(quote.start, quote.end, "cue_after", named[0], True, None, named[1])
                )
                continue
            cue = cue_after(doc, starts, quote, close_end)
            if cue is None:
                cue = attribution_frame(doc, text, starts, quote, close_end)
            if cue is not None and (
                (subject_fragment(text, quote) and not inverted_cue(doc, starts, quote, cue))
                or writers_words_before_cue(doc, starts, quote, cue)
            ):
                cued_fragment = (number, cue)
                continue  # "“Boots on the ground” would help, he said": a mixed quote, left to claims
            if cue is not None:
                speaker = speaker_near_cue(doc, starts, quote, cue)
                quotes.append(DirectQuote(quote.start, quote.end, "cue_after", cue, True, None, speaker))
                last_cued, last_speaker = (quote, cue), speaker
                continue
            source = according_after(doc, starts, quote, close_end)
            if source is not None:
                quotes.append(DirectQuote(quote.start, quote.end, "cue_after", None, True, None, source))
                continue
            speaker = dash_speaker(doc, text, starts, quote, close_end)
            if speaker is None and number == 0 and quote.paragraph_start:  # "‘...’: minister", a headline
                speaker = colon_speaker(doc, text, starts, quote, close_end)
            close_para = _paragraph_of(paragraphs, quote.close, paragraph_starts)
            if (
                speaker is None
                and quote.paragraph_start
                and close_para + 1 < len(paragraphs)
                and not text[quote.close + 1 : close_end].strip(" .\"'”’")
            ):  # "“...”\n\n- Jane Roe.": the name on the line after the quote's paragraph
                speaker = byline_speaker(doc, text, starts, paragraphs[close_para + 1])
            if speaker is not None:
                quotes.append(DirectQuote(quote.start, quote.end, "dash", None, True, None, speaker))
                continue
        lead = text[p_start : quote.open].rstrip()
        if lead.endswith(":"):
            colon = p_start + len(lead) - 1
            speaker = name_after_dash(doc, starts, p_start, colon)
            # the cue of the colon's own sentence, not of an earlier one in the paragraph
            cue = (
                None
                if speaker is not None
                else cue_in_clause(doc, starts, _sentence_start(doc, starts, colon, p_start), quote.open)
            )
            after = cue_after(doc, starts, quote, p_end) if quote.close is not None else None
            between = tokens(doc, starts, quote.close + 1, doc[after].idx) if after is not None else None
            if between is not None and len(between) <= 4 and not any(t.pos_ == "VERB" for t in between):
                # 'had lost its soul: “...,” he claimed.': a cue right after the quote, no other clause,
                # names the speaker nearest the words (over "X posted about it: “...,” she wrote")
                speaker = speaker_near_cue(doc, starts, quote, after)
                quotes.append(DirectQuote(quote.start, quote.end, "cue_after", after, True, None, speaker))
                continue
            if cue is None and speaker is None:
                cue, speaker = colon_intro(doc, starts, p_start, colon)
            elif speaker is None:  # "Continued Roe: “...”": the name, where the cue has no subject
                speaker = colon_intro(doc, starts, p_start, colon)[1]
            quotes.append(DirectQuote(quote.start, quote.end, "cue_before", cue, True, None, speaker))
            continue
        if last_cued is not None and (
            resumes(doc, text, starts, last_cued, quote)
            or resumes_after_predicate(doc, text, starts, last_cued, quote)
        ):  # one speaker for both parts ("“...,” the policy states, becomes available “...”")
            quotes.append(
                DirectQuote(quote.start, quote.end, "cue_inside", last_cued[1], True, None, last_speaker)
            )
            continue
        as_put = as_one_put_it(doc, text, starts, quote, sentence_start)
        if as_put is not None:
            quotes.append(DirectQuote(quote.start, quote.end, "cue_before", as_put[0], True, None, as_put[1]))
            continue
        cue = cue_right_before(doc, text, starts, quote, p_start, p_end)
        if cue is not None:
            speaker = previous_speaker(doc, cue)
            if speaker is None:
                speaker = name_before_cue(doc, cue)
            quotes.append(DirectQuote(quote.start, quote.end, "cue_before", cue, True, None, speaker))
            continue
        source = according_to(doc, starts, quote, p_start) if quote.close is not None else None
        if source is None:
            source = in_words_of(doc, text, starts, quote, p_start)
        if source is not None:
            quotes.append(DirectQuote(quote.start, quote.end, "cue_before", None, True, None, source))
            continue
        if quote.paragraph_start and number > 0:
            p_prev, p_prev_end = paragraphs[number - 1]
            previous = text[p_prev:p_prev_end].rstrip()
            prev_cue = cue_in_clause(doc, starts, p_prev, p_prev_end)
            last_token = token_at(doc, starts, p_prev + len(previous) - 1)
            if prev_cue is not None and (
                previous.endswith(":") or (last_token is not None and last_token.i == prev_cue)
            ):
                quotes.append(DirectQuote(quote.start, quote.end, "previous_paragraph", prev_cue, True))
                continue
            if previous.endswith(":") and not _marks_inside(text, p_prev, p_prev_end):
                cue, speaker = colon_intro(doc, starts, p_prev, p_prev + len(previous) - 1)
                if cue is not None or speaker is not None:
                    quotes.append(
                        DirectQuote(quote.start, quote.end, "previous_paragraph", cue, True, None, speaker)
                    )
                    continue
        if (
            starts_sentence
            and cued_fragment[0] == number
            and not any(p_start <= q.start and q.end <= quote.open for q in quotes)
        ):  # "Costs are “too high,” she said. “We cannot go on.”": her words go on, with her cue
            quotes.append(DirectQuote(quote.start, quote.end, "continuation", cued_fragment[1], True))
            continue
        if quote.paragraph_start and double_style and subheading(text, quote, p_end):
            continue
        if quote.paragraph_start and (quoted_subhead(text, quote, p_end) or capitals_headline(text, quote)):
            continue
        if (
            starts_sentence
            and not quote.paragraph_start
            and not any(p_start <= q.start and q.end <= quote.open for q in quotes)
        ):
            cue = cue_of_previous_sentence(doc, starts, sentence_start, p_start, quote)
            if cue is not None:  # "She said they had made progress. “We have worked hard.”": hers
                quotes.append(DirectQuote(quote.start, quote.end, "continuation", cue, True))
                continue
        if not quotes and quote.paragraph_start and headline_fragment(text, quote, p_end):
            continue
        if (
            quote.paragraph_start
            or (starts_sentence and any(p_start <= q.start and q.end <= quote.open for q in quotes))
            or (starts_sentence and opens_dash_aside(text, quote))
            or follows_uncued_quote(doc, starts, quotes, quote, p_start)
            or ends_sentence_after_quote(doc, text, starts, quotes, quote, sentence_start, p_start, p_end)
        ):  # a paragraph or sentence of its own after a quote, or a fragment tied to an uncued quote, or
            # the first part of a quote the writer interrupts with an aside between dashes
            quotes.append(DirectQuote(quote.start, quote.end, "continuation", None, True))
    quotes = cue_across_dash_aside(doc, starts, text, cue_of_following_quote(text, quotes))
    quotes.extend(unmarked_blocks(doc, text, starts, paragraphs))
    return sorted(quotes, key=lambda q: (q.start, q.end))


def _split_run_ons(
    doc: Doc, starts: list[int], text: str, paragraphs: list[tuple[int, int]], marked: list[MarkedQuote]
) -> list[MarkedQuote]:
    """The marked quotes, with a run-on quote cut at its paragraph breaks when it opened in the middle
    of a paragraph, after an earlier quote there ('“...,” he said. “They think ...\n\n“And they
    still believe ...,” he said with a grin.'), or as a fragment of the writer's sentence
    (:func:`_fragment_run_on`): each paragraph then has its own cue, or goes on with the one before. A
    run-on quote that opens its paragraph, or follows a colon or its cue, stays one quote."""
    pieces: list[MarkedQuote] = []
    paragraph_ends = [end for _, end in paragraphs]
    for number, quote in enumerate(marked):
        last = quote.close if quote.close is not None else quote.end
        p_start = text.rfind("\n", 0, quote.open) + 1
        earlier = number > 0 and marked[number - 1].close is not None and marked[number - 1].open >= p_start
        lead = text[p_start : quote.open].rstrip()
        fragment = _fragment_run_on(doc, starts, text, quote, lead, p_start)
        if (
            quote.paragraph_start
            or "\n" not in text[quote.start : last]
            or not (fragment or (earlier and lead.endswith((".", "!", "?"))))
        ):
            pieces.append(quote)
            continue
        for p_begin, p_end in paragraphs[bisect_right(paragraph_ends, quote.open) :]:
            if p_begin > last:
                break  # paragraphs are in text order: none further holds the quote
            first = p_begin <= quote.open
            opening = quote.open if first else p_begin
            closes = quote.close is not None and quote.close < p_end
            start, stop = strip_span(
                text, quote.start if first else _after_marks(text, p_begin), last if closes else p_end
            )
            if stop > start:
                pieces.append(
                    MarkedQuote(opening, quote.close if closes else None, start, stop, not first, False)
                )
    return pieces


def _fragment_run_on(
    doc: Doc, starts: list[int], text: str, quote: MarkedQuote, lead: str, p_start: int
) -> bool:
    """Whether a run-on quote opened as a fragment of the writer's sentence and closes before more
    words of its last paragraph ('said the plan was “a mess.\n\n“We need a budget,” she said.'): the
    fragment belongs to a reported clause, and the later paragraph is a quote under a cue of its own."""
    if not lead or not (lead[-1].isalnum() or lead[-1] in "%$") or quote.close is None:
        return False
    line_end = text.find("\n", quote.close)
    after = text[quote.close + 1 : line_end if line_end >= 0 else len(text)]
    return after.strip(" .") != "" and not _cue_ends(doc, starts, lead, p_start)


def _cue_ends(doc: Doc, starts: list[int], lead: str, p_start: int) -> bool:
    """Whether a reporting verb ends ``lead`` or comes right before its last word ("Roe said “...",
    "told reporters “..."): the quote is then the verb's words, not a fragment of the writer's."""
    last = token_at(doc, starts, p_start + len(lead) - 1)
    return last is not None and any(is_cue(t) for t in doc[max(0, last.i - 1) : last.i + 1])


def _after_marks(text: str, offset: int) -> int:
    """The offset after the quote marks at ``offset`` (a paragraph reopening a run-on quote)."""
    while offset < len(text) and text[offset] in lexicon.QUOTE_CHARS:
        offset += 1
    return offset


def _marks_inside(text: str, start: int, end: int) -> bool:
    return any(
        char in lexicon.QUOTE_CHARS and not is_apostrophe(text, i)
        for i, char in enumerate(text[start:end], start)
    )
