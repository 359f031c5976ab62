"""Marked quotes that are not speech, or not a direct quote of their own: titles used as modifiers
or set off in apposition (``“Orange Is the New Black” star ...``, ``in his memoir, “Hard Choices.”``),
link labels (``"Related:"``), quotes opening a headline line, headlines in capitals, subheadings
pulled from the story, and quoted phrases that open the writer's own sentence (``“Boots on the
ground” would help``), which are left to :mod:`quotes.find.claims.reported` as mixed quotes.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.find.direct.cue_after import cue_after
from quotes.find.direct.marks import MarkedQuote, is_apostrophe, looks_like_title
from quotes.find.direct.tokens import tokens
from quotes.lexicon import cues as lexicon

#: A line at most this long, opening with a quote and going on after it, reads as a headline.
_HEADLINE_LENGTH = 100


def not_speech(doc: Doc, text: str, starts: list[int], quote: MarkedQuote) -> bool:
    """A marked phrase that is not speech: a title used as a modifier (``“Orange Is the New Black”
    star Dascha Polanco``) or a link label (``"Related:"``)."""
    words = text[quote.start : quote.end].split()
    if len(words) <= 2 and text[quote.end - 1] == ":":
        return True
    if _gloss(doc, starts, quote):
        return True
    if quote.close is None or len(words) > 6:
        return False
    if _title_in_apposition(doc, text, starts, quote):
        return True
    before = tokens(doc, starts, max(0, quote.open - 4), quote.open)
    if len(before) and (
        before[-1].dep_ == "case" or before[-1].lower_ in ("’s", "'s")
    ):  # "Fox News channel’s “Sunday Morning Futures,”"
        return True
    if text[quote.end - 1] in ".,!?;:…":
        return False
    after = tokens(doc, starts, quote.close + 1, quote.close + 40)
    return len(after) > 0 and after[0].pos_ == "NOUN" and after[0].text.islower()


#: Words before "for" that make a quote a gloss of a foreign or coded phrase ("Latin for “...”").
_GLOSS_WORDS = frozenset({"latin", "slang", "shorthand", "code", "jargon", "short"})


def _gloss(doc: Doc, starts: list[int], quote: MarkedQuote) -> bool:
    """A translation or a gloss (``“Do svidaniya!” - Russian for “goodbye.”``, ``Latin for “if you
    wish peace, prepare for war”``): the meaning of a phrase, not anybody's words."""
    before = [t for t in tokens(doc, starts, max(0, quote.open - 30), quote.open) if not t.is_space]
    if len(before) < 2 or before[-1].lower_ != "for":
        return False
    word = before[-2]
    return word.lower_ in _GLOSS_WORDS or (word.ent_type_ in ("NORP", "LANGUAGE") and word.text[0].isupper())


def _title_in_apposition(doc: Doc, text: str, starts: list[int], quote: MarkedQuote) -> bool:
    """A title set off by commas, its comma or full stop inside the marks: ``in his memoir, “Hard
    Choices.”``, ``“Opening Night,” which opens on Friday, ...``. Speech that only looks like a title
    (``“Thank You Ohio,” the senator wrote``) has a cue after it, or follows a speaker's verb."""
    assert quote.close is not None
    inner = text[quote.start : quote.end]
    if inner[-1] not in ",." or len(inner.split()) < 2 or not looks_like_title(inner[:-1]):
        return False
    before = tokens(doc, starts, max(0, quote.open - 40), quote.open)
    if len(before) >= 2 and before[-1].text == "," and before[-2].pos_ in ("NOUN", "PROPN"):
        noun = before[-2]
        return noun.dep_ not in ("dobj", "dative") and noun.ent_type_ not in ("PERSON", "NORP", "ORG")
    after = tokens(doc, starts, quote.close + 1, quote.close + 12)
    if not len(after) or after[0].lower_ not in ("which", "the", "a", "an"):
        return False
    p_end = text.find("\n", quote.close)
    return cue_after(doc, starts, quote, len(text) if p_end == -1 else p_end) is None


def headline_fragment(text: str, quote: MarkedQuote, p_end: int) -> bool:
    """A quote that opens a headline line and goes on as its subject or phrase (``'Stay or pay' could
    reshape trade``, ``'Carnage on the road' in the city``): with no quote before it to continue,
    words in a headline that never name their speaker."""
    if quote.close is None or p_end - quote.open > _HEADLINE_LENGTH or text[quote.end - 1] in ",.!?":
        return False  # "“We lost,” the fans ...": a quoted sentence, its attribution after it
    rest = text[quote.close + 1 : p_end].strip()
    return bool(rest) and (rest[0].islower() or rest[0] == ":")


def subheading(text: str, quote: MarkedQuote, p_end: int) -> bool:
    """A short paragraph that is all one quote in single marks, in an article that quotes speech in
    double marks: a subheading pulled from the story ("'A change warrior.'"), not a new utterance."""
    if text[quote.open] not in "'‘" or text.startswith("''", quote.open) or quote.close is None:
        return False
    return not text[quote.close + 1 : p_end].strip() and len(text[quote.start : quote.end].split()) <= 8


def subject_fragment(text: str, quote: MarkedQuote) -> bool:
    """A quoted phrase that opens the writer's sentence and goes on in it (``“Boots on the ground”
    would help``, ``“I held and hugged” the families``): no punctuation closes the quoted words, and
    a lower-case word follows the closing mark."""
    assert quote.close is not None
    rest = text[quote.close + 1 : quote.close + 40].lstrip(" " + "".join(lexicon.QUOTE_CHARS))
    words = text[quote.start : quote.end].rstrip(" " + "".join(lexicon.QUOTE_CHARS))  # nested marks
    return bool(words) and words[-1] not in ".,!?…;:-—" and bool(rest) and rest[0].islower()


def predicate_after_aside(text: str, quote: MarkedQuote) -> bool:
    """A quote after a dash that carries on the writer's sentence (``The deal — signed in March —
    “is dead,” she said``): its first word is in lower case (a predicate or the rest of a clause, not
    a sentence of its own), and unquoted words of the same line come before the dash. Those words are
    then the subject of the quoted ones, and the cue's content is the whole stretch, one mixed quote
    (seeds/ANNOTATION.md), not a direct quote of the predicate alone."""
    words = text[quote.start : quote.end].lstrip(" " + "".join(lexicon.QUOTE_CHARS))
    line_start = text.rfind("\n", 0, quote.open) + 1
    before = text[line_start : quote.open]
    if not words or not words[0].islower() or not any(c.isalnum() for c in before):
        return False
    # a quoted first part ("“The deal” — signed in March — “is dead,” she said") is one quote
    # interrupted by the aside, each part a direct record (continuations.cue_across_dash_aside)
    marks = (i for i, char in enumerate(before, line_start) if char in lexicon.QUOTE_CHARS)
    return all(is_apostrophe(text, i) for i in marks)


#: A standalone quoted line of at most this many words, with no sentence punctuation, is a subhead.
_SUBHEAD_WORDS = 12


def quoted_subhead(text: str, quote: MarkedQuote, p_end: int) -> bool:
    """A paragraph that is one short quote and nothing else, with no punctuation ending its words
    (``“We will not give up”`` on a line of its own): a subhead pulled from the story, which quotes
    speech as sentences that end in a full stop, a comma, a question or an exclamation mark."""
    if quote.close is None or text[quote.close + 1 : p_end].strip():
        return False
    words = text[quote.start : quote.end].rstrip(" " + "".join(lexicon.QUOTE_CHARS))
    return bool(words) and words[-1] not in ".,!?…;:-—" and len(words.split()) <= _SUBHEAD_WORDS


def capitals_line_head(lead: str) -> bool:
    """Whether the words of a line before a quote are one quoted headline in capitals
    (``‘VOTERS ASK IF THE RACE IS OVER’ “In two weeks, ...”``): the quote after it opens a sentence."""
    marks = "".join(lexicon.QUOTE_CHARS)
    lead = lead.strip()
    inner = lead.strip(marks + " ")
    letters = [c for c in inner if c.isalpha()]
    return (
        len(lead) > len(inner) + 1
        and lead[0] in marks
        and lead[-1] in marks
        and len(inner.split()) >= 3
        and bool(letters)
        and all(c.isupper() for c in letters)
    )


def capitals_headline(text: str, quote: MarkedQuote) -> bool:
    """A quote that opens its paragraph, in capitals, with no punctuation ending its words
    (``‘VOTERS ASK IF THE RACE IS OVER’`` above a digest item): a headline set in capitals, not an
    utterance; speech in capitals ends in punctuation or has a cue of its own, found earlier."""
    if quote.close is None or not quote.paragraph_start:
        return False
    words = text[quote.start : quote.end].rstrip(" " + "".join(lexicon.QUOTE_CHARS))
    letters = [c for c in words if c.isalpha()]
    return (
        len(words.split()) >= 3
        and bool(letters)
        and all(c.isupper() for c in letters)
        and words[-1] not in ".,!?…;:-—"
    )
