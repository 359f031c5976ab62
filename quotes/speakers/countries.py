"""Which country an article is about, so that a registry entry of one country is not read into another's
story: "the government" in a Canadian story is not the UK Government, nor "Johnson" a UK minister.

The article's countries are counted once from its named places and peoples (words of
:mod:`quotes.lexicon.countries`), each entity once, also where the model ran a place into a longer
entity ("OTTAWA - Canadian"), and from its datelines ("ABUJA - ", which the model seldom tags). Its
home is the English-language press country it names most. A
registry entry with a country fits a generic mention (one word, or a common title such as "the prime
minister") when that country is the article's home, or, for other countries, when the article names it;
a mention that names the country itself ("the British government") always fits, and so does any entry
when the article names no country at all (a home country's entry also when it names no home country).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from quotes.lexicon import countries as country_lexicon
from quotes.speakers.datelines import dateline_end
from quotes.speakers.doc_text import entities_of, text_of

_BY_WORD: dict[str, str] = {
    word: country for country, words in country_lexicon.COUNTRY_WORDS.items() for word in words
}

#: Entity labels that can name a country, its people or its seat of government.
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC", "ORG"})


def _country_of(text: str) -> str | None:
    text = text.lower().strip()
    if text.startswith("the "):
        text = text[4:]
    return _BY_WORD.get(text)


def _countries_in(ent: Span) -> set[str]:
    """The countries an entity names: its whole text ("the United Kingdom"), else its words and word
    pairs, for entities the model ran together ("OTTAWA - Canadian", "Canadian Prime Minister")."""
    country = _country_of(ent.text)
    if country is not None:
        return {country}
    words = [t.text for t in ent if t.text[:1].isupper()]
    found = {_country_of(" ".join(words[i : i + 2])) for i in range(len(words) - 1)}
    found |= {_country_of(word) for word in words}
    return {c for c in found if c is not None}


def _dateline_countries(text: str) -> set[str]:
    """The countries the article's datelines name ("OTTAWA - ", "ABUJA—", "New Delhi: "), each once:
    the model seldom tags a place in capitals, yet it says where the story is."""
    found = set()
    for start in (0, *(line.end() for line in re.finditer("\n", text))):  # each paragraph's start
        end = dateline_end(text, start, min(len(text), start + 80))
        if end is not None:
            place = re.split(r"[,(:—―–]| -", text[start:end])[0].strip()
            country = _country_of(place)
            if country is not None:
                found.add(country)
    return found


class ArticleCountries:
    """The countries an article names, counted once, and its home country (several on a tie)."""

    def __init__(self, doc: Doc) -> None:
        self.counts: Counter[str] = Counter()
        for ent in entities_of(doc):
            if ent.label_ in _PLACE_LABELS:
                self.counts.update(_countries_in(ent))
        self.counts.update(_dateline_countries(text_of(doc)))
        home = {c: n for c, n in self.counts.items() if c in country_lexicon.HOME_COUNTRIES}
        if not home:  # "Abuja", "Nigerians" and no British, American or other such word
            home = {c: n for c, n in self.counts.items() if c in country_lexicon.OTHER_HOME_COUNTRIES}
        most = max(home.values(), default=0)
        self.home = frozenset(c for c, n in home.items() if n == most)  # several on a tie

    def fits(self, country: str | None, mention: str = "") -> bool:
        """Whether an entry of ``country`` may stand for a generic ``mention`` in this article."""
        if country is None or not self.counts:
            return True
        words = mention.lower().replace("’s", "").replace("'s", "").split()
        if any(_country_of(w) == country for w in words):
            return True  # "the British government", "UK Defence Secretary"
        if country in country_lexicon.HOME_COUNTRIES or country in country_lexicon.OTHER_HOME_COUNTRIES:
            return country in self.home or not self.home  # no home named: nothing against it
        return self.counts[country] > 0
