"""An organisation's fullest name in the article: "FEC" is the "Federal Election Commission" the article
spells out elsewhere, "Fox" the "Fox News" it names, when exactly one organisation of the article fits.

The entity model of :mod:`quotes.speakers.entities` links an acronym to its organisation only where the
article writes it in brackets after the name; news often uses the acronym or the first word alone
without that ("the FEC filings", "the Fox poll").
"""

from __future__ import annotations

import re

from quotes.speakers.entities import ArticleEntities

#: Words an acronym leaves out ("Public Policy Institute of California" is PPIC).
_UNLETTERED = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "&"})

_ACRONYM = re.compile(r"[A-Z][A-Z.&]{1,7}")


def initials(name: str) -> str:
    """The acronym of a name: the first letters of its words, small words left out."""
    words = name.replace("-", " ").split()
    return "".join(w[0] for w in words if w.lower() not in _UNLETTERED and w[:1].isalpha()).upper()


def fullest(name: str, entities: ArticleEntities) -> str:
    """The article's fuller name for an organisation written as an acronym ("FEC") or as the first word
    of its name ("Fox"), when exactly one organisation the article names fits; else ``name``. A word
    that is also a person's surname in the article is left as it is ("Clinton" is no "Clinton
    Foundation")."""
    words = name.split()
    if len(words) != 1:
        return name
    word = words[0]
    if _ACRONYM.fullmatch(word):
        letters = word.replace(".", "")
        found = {
            e.name for e in entities.organisations if len(e.name.split()) >= 2 and initials(e.name) == letters
        }
    elif word[:1].isupper() and word.lower() not in entities.by_surname:
        found = {
            e.name
            for e in entities.organisations
            if len(e.name.split()) >= 2 and e.name.split()[0].lower() == word.lower()
        }
    else:
        return name
    return found.pop() if len(found) == 1 else name


#: A web address as a name ("Acme.com", "acme.org").
_DOMAIN = re.compile(r"[A-Za-z0-9][\w-]*\.(?:com|org|net|gov|edu|io|co\.uk)")


def untagged(name: str, entities: ArticleEntities) -> str | None:
    """An organisation the tagger missed: a web address ("Acme.com"), or a first word or acronym of
    one organisation the article names in full ("Pew" for "Pew Research"); else ``None``."""
    if _DOMAIN.fullmatch(name):
        return name
    fuller = fullest(name, entities)
    return fuller if fuller != name else None
