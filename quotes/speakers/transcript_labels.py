"""The names of transcript labels in capitals ("JAKE TAPPER: ...", then "TAPPER: ..."), which the
model tags as no one.

A transcript introduces a speaker by a full name in capitals and then by the surname alone. A label
of two or three words whose first word is a known given name is that person, named in the ordinary
case ("Jake Tapper"); a one-word label is the person of the article's full-name label that ends in
that word. Only labels the article names no one by otherwise come here: "PENCE:" after "Mike Pence"
is resolved as any surname is.
"""

from __future__ import annotations

import re

from quotes.speakers.name_forms import given_name_gender
from quotes.speakers.sieves import Decision

#: A label at the start of a line, perhaps after a quote mark: words in capitals, then a colon.
_LABEL = re.compile(r"^[ \t]*[\"“]?(?P<label>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):", re.MULTILINE)


def label_name(text: str, start: int, end: int) -> Decision | None:
    """The person a transcript label at ``text[start:end]`` names, or ``None`` when the mention is no
    label in capitals or names no one this way (a one-word label no full-name label ends in)."""
    label = text[start:end]
    if not _is_label(text, start, end):
        return None
    words = label.split()
    if len(words) >= 2:
        return _full_name(words)
    wholes = {  # the full-name labels that end in this surname
        name.name
        for match in _LABEL.finditer(text)
        if len(match.group("label").split()) >= 2 and match.group("label").split()[-1] == words[0]
        for name in [_full_name(match.group("label").split())]
        if name is not None
    }
    if len(wholes) != 1:
        return None  # none, or two people with the surname: no telling which
    name = wholes.pop()
    return Decision(name, "person", "surname", given_name_gender(name.split()[0]))


def _is_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a label in capitals opening its line, a colon after it."""
    match = _LABEL.match(text, text.rfind("\n", 0, start) + 1)
    return match is not None and match.span("label") == (start, end)


def _full_name(words: list[str]) -> Decision | None:
    """A person's full name from a label's words when the first is a known given name ("JAKE TAPPER"
    is Jake Tapper; "WHITE HOUSE" is no one)."""
    given = words[0].title()
    gender = given_name_gender(given)
    if gender is None or not all(w.replace(".", "").replace("-", "").isalpha() for w in words):
        return None
    return Decision(" ".join(_title(w) for w in words), "person", "name", gender)


def _title(word: str) -> str:
    """A word in capitals written as a name is ("O'NEILL" is O'Neill, "SMITH-JONES" Smith-Jones)."""
    return re.sub(r"[A-Za-z]+", lambda m: m.group().capitalize(), word.lower())
