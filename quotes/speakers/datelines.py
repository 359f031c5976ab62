"""Datelines: the place (and agency) a wire or regional story opens its paragraph with, the writer's and
never a speaker.

Wires write "BERLIN (AP) — ", "LONDON (Reuters) - ", "PARIS, Dec 5 (Reuters) - ", "ABUJA—"; South Asian
papers "New Delhi: ", "ISLAMABAD: ", "Mumbai, Dec 6 (PTI): ". The parser takes the place for the subject of
the paragraph's first verb ("BERLIN ... said", with the speaker hung on it as an apposition) or for a
speaker label ("New Delhi: Union Minister Amit Shah said ..."). :func:`dateline_end` finds where a
paragraph's dateline ends, from the text alone.
"""

from __future__ import annotations

import re

from quotes.lexicon import countries as country_lexicon
from quotes.lexicon import cues as cue_lexicon

#: A place in capitals (and its state or country), an optional date, an optional agency in brackets, then a
#: dash: "DES MOINES, Iowa (AP) — ", "PARIS, Dec 5 (Reuters) - ", "ABUJA—".
_DASHED = re.compile(
    r"[A-Z][A-Z.'’/-]+(?: [A-Z][A-Z.'’/-]+){0,2}"  # the place: "DES MOINES", "JERUSALEM/GAZA"
    r"(?:, (?:[A-Z][a-z]+\.?|[A-Z]\.[A-Z]\.)(?: [A-Z][a-z]+\.?){0,2})?"  # its state: "Iowa", "N.Y."
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: ?\([A-Z][A-Za-z]+(?:[/ -][A-Z][A-Za-z]+)*\))?"
    r"(?:\s*[—―–]|\s+--?)\s*(?=[A-Z“\"'‘])"  # a hyphen needs a space before it: "AP-GfK Poll" is a name
)

#: A place before a colon, with an optional date and agency: "ISLAMABAD: ", "New Delhi: ",
#: "Mumbai, Dec 6 (PTI): ". Whether the words are a place is for :func:`_is_place` to say.
_COLONED = re.compile(
    r"(?P<place>[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,2})"
    r"(?P<date>,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?P<agency> ?\([A-Z][A-Za-z]+\))?:\s+(?=[A-Z“\"'‘])"
)

#: The places of the country lexicon, lower case ("new delhi", "ottawa").
_KNOWN_PLACES = frozenset(word for words in country_lexicon.COUNTRY_WORDS.values() for word in words) | (
    country_lexicon.DATELINE_PLACES
)


def _rubric(dateline: str) -> bool:
    """Whether a dashed "dateline" is an editor's rubric instead ("EXCLUSIVE – ", "BREAKING - ")."""
    words = dateline.split("(")[0].strip(" \t—―–-").lower()
    return words in cue_lexicon.NOT_SPEAKER_LABELS or words in cue_lexicon.RUBRICS


def _is_place(words: str) -> bool:
    return words.lower() in _KNOWN_PLACES


def dateline_end(text: str, start: int, end: int | None = None) -> int | None:
    """Where the dateline opening a paragraph at ``start`` ends (the first character of the story), or
    ``None`` when the paragraph opens with none.

    A dashed dateline needs its place in capitals ("BERLIN (AP) — "); a colon after a place needs a date or
    an agency, or a place the lexicon knows ("New Delhi: ", "ISLAMABAD: "), because "Obama: We will win"
    and "PENCE: Well, ..." are speakers before a colon.
    """
    end = len(text) if end is None else end
    match = _DASHED.match(text, start, end)
    if match is not None and not _rubric(match.group()):
        return match.end()
    match = _COLONED.match(text, start, end)
    if match is not None and (match.group("date") or match.group("agency") or _is_place(match["place"])):
        return match.end()
    return None


def paragraph_start(text: str, offset: int) -> int:
    """The start of the paragraph (line) holding ``offset``."""
    return text.rfind("\n", 0, offset) + 1


def in_dateline(text: str, offset: int) -> bool:
    """Whether ``offset`` lies in the dateline that opens its paragraph ("BERLIN" of "BERLIN (AP) — ...")."""
    start = paragraph_start(text, offset)
    while start < offset and text[start] in " \t\u00a0":
        start += 1
    ends = dateline_end(text, start)
    return ends is not None and offset < ends
