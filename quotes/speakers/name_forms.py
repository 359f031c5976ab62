"""The forms of names: the words a person or an organisation is filed and looked up under, a person's
name without its title or possessive, and what a given name or a title says of gender.

Shared by the entity model (:mod:`quotes.speakers.entities`, which re-exports them) and the corrections to
the model's tags (:mod:`quotes.speakers.entity_spans`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotes.lexicon import cues as cue_lexicon
from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.doc_text import text_of

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_NON_NAME = re.compile(r"[^\w.\-'’/& ]")

#: A nickname in quote marks between the words of a name ('Robert C. "Bobby" Hale', "Marcia ‘Cia’ Roe").
_NICKNAME = re.compile(r"\s+[\"“‘']([A-Z][\w.\-]*)[\"”’'](?=\s+[A-Z])")


def name_words(text: str) -> list[str]:
    """The words of a person's name as written, without honorifics, possessive, a bracket after it
    ("(D-Md.)") and stray punctuation; an organisation's name is :func:`organisation_words`."""
    text = _NICKNAME.sub("", text.split("(")[0])  # 'Robert C. "Bobby" Hale' is Robert C. Hale
    words = [_POSSESSIVE.sub("", w).strip("-") for w in _NON_NAME.sub(" ", text).split()]
    words = [w for w in words if w and w.lower() not in ("the",)]
    if len(words) > 2 and words[0].lower() in ("rt", "right") and words[1].lower().startswith("hon"):
        words = words[1:]  # "the Rt Hon Ann Roe MP": "Hon" goes below; "RT America" is a channel
    while len(words) > 1 and words[0].lower().rstrip(".") in NOT_GIVEN_NAMES:
        words = words[1:]  # "Sen. Ann Roe", and "Added Roe:" where a cue verb opens the sentence
    while len(words) > 2 and words[-1].isupper() and words[-1].lower() in speaker_lexicon.POST_NOMINALS:
        words = words[:-1]  # "Ann Roe MP", "Tom Hale KC"
    return words


def nickname(text: str) -> str | None:
    """The nickname a name as written gives in quote marks ('Robert C. "Bobby" Hale' gives "Bobby"), or
    ``None``."""
    found = _NICKNAME.search(text)
    return found.group(1) if found else None


def same_given(first: str, other: str) -> bool:
    """Whether two given names are one person's, the same or one the familiar form of the other
    ("Bill" and "William", "Tom" and "Thomas")."""
    a, b = first.lower(), other.lower()
    forms = name_lexicon.GIVEN_NAME_SHORT_FORMS
    return a == b or b in forms.get(a, ()) or a in forms.get(b, ())


def surname_of(words: list[str]) -> str:
    """The surname of a name's words: the last, or the one before a generational suffix ("Benning" of
    "Harold T. Benning Jr.")."""
    if len(words) >= 2 and words[-1].lower().rstrip(".") in name_lexicon.GENERATIONAL_SUFFIXES:
        return words[-2]
    return words[-1]


def surname_key(words: list[str]) -> str:
    """The key a person is filed and looked up under: the surname (:func:`surname_of`) in lower case
    with straight apostrophes ("O’Neill" and "O'Neill" are one name)."""
    return surname_of(words).lower().replace("’", "'")


def organisation_words(text: str) -> list[str]:
    """The words of an organisation's name as written, without "the", a bracket after it or a closing
    possessive; a possessive inside the name stays ("The King's Fund"), and so does a first word that
    is a title before a person's name ("General Motors")."""
    words = [w.strip("-") for w in _NON_NAME.sub(" ", text.split("(")[0]).split()]
    words = [w for w in words if w and w.lower() != "the"]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    return [w for w in words if w]


def person_words(text: str) -> list[str]:
    """The words of a person's name (:func:`name_words`) without a headline's verb and what follows
    it ("Roe Says Plan Failed"); only for persons: "United States" is an organisation's name."""
    words = name_words(text)
    for k in range(1, len(words)):
        if words[k].lower() in _CUE_FORMS:
            return words[:k]
    return words


def headline_verb(word: str) -> bool:
    """Whether a word is a cue verb in a headline's form after a name ("Says", "Slams", "Grills")."""
    return word.lower() in _CUE_FORMS


def person_name(text: str) -> str:
    """A person's name from a mention that holds it after roles and titles ("Democratic candidate
    Sen. Ann Roe (D-Md.)" is "Ann Roe"): the last run of capitalised words and the particles between
    them ("Ludwig van Dalen"), without titles."""
    words = person_words(text)
    start = len(words)
    while start > 0 and (words[start - 1][:1].isupper() or _inside_particles(words, start - 1)):
        start -= 1
    run = words[start:] or words
    while len(run) > 1 and run[0].lower().rstrip(".") in speaker_lexicon.HONORIFICS | _TITLES:
        run = run[1:]
    while len(run) > 2 and false_title(run[0]):
        run = run[1:]  # "Neighbour Tracey Booth", "Mum-of-three Kerry Doyle": a description, not a name
    return " ".join(run)


def spelled_out(doc: Doc, surname: str) -> str | None:
    """The full name the text writes for a surname the model did not tag as one person's ("-Ann Roe
    thinks" in a list, "Ann Roe" read as an organisation, "Ama Owusu-Ansah" as a company): a common
    given name right before the surname, with a middle initial if there is one ("Ann B. Roe"), where
    no entity the model tagged runs on past the surname ("the Chelsea Hale Foundation"); ``None``
    when the text writes none, or two different ones."""
    text = text_of(doc)
    found = set()
    for token in doc:
        if token.i == 0 or not text.startswith(surname, token.idx):
            continue
        after = text[token.idx + len(surname) : token.idx + len(surname) + 1]
        if after.isalnum() or after == "-":
            continue  # "Owusu" is not the surname "Owusu-Ansah", nor "Roe" "Roeder"
        last = token.i
        while last + 1 < len(doc) and doc[last + 1].idx < token.idx + len(surname):
            last += 1
        if last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
            continue  # "the Chelsea Hale Foundation": the name of a body the model tagged whole
        i = token.i - 1
        initial = doc[i].text
        middle = initial if len(initial) == 2 and initial[1] == "." and initial[0].isupper() else None
        if middle is not None and i > 0:
            i -= 1
        given = doc[i].text.lstrip("-–—•*")
        if given[:1].isupper() and given_name_gender(given) is not None:
            found.add(" ".join(w for w in (given, middle, surname) if w))
    return found.pop() if len(found) == 1 else None


def false_title(word: str) -> bool:
    """Whether a capitalised word before a full name describes the person instead of naming them: an
    occupation, office or relation ("Neighbour", "Lawyer", "Treasurer") or a family count
    ("Mum-of-three", "Father-of-two")."""
    lower = word.lower().rstrip(".")
    if lower in name_lexicon.FALSE_TITLE_WORDS or lower in speaker_lexicon.OFFICE_HEADS:
        return True  # "Treasurer Jim Chalmers", "Speaker Ann Roe"
    return re.fullmatch(r"[a-z]+-of-[a-z]+", lower) is not None


def without_description(words: list[str]) -> list[str]:
    """A full name without the words of description the model tagged into it before the name
    ("Grandmother Joan Pritchard", "Local MLA Sunita Patil", "Labour MP Ann Roe"): the words after
    the last description word (:func:`false_title`, an office, an honorific or an acronym of a title
    such as "MLA"), when a given name and a surname at least are left. The name as written
    otherwise: "Mary Ann Evans" has no description word."""
    last = -1
    for k, word in enumerate(words[:-2]):
        lower = word.lower().rstrip(".")
        acronym = word.isupper() and word.isalpha() and 2 <= len(word) <= 4
        if false_title(word) or acronym or lower in speaker_lexicon.HONORIFICS or lower in _TITLES:
            last = k
    return words[last + 1 :]


def _inside_particles(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a particle of a run of them after a capitalised word ("Ludwig van Dalen",
    "Marieke van der Berg", "Roger de la Cruz")."""
    while k > 0 and words[k] in name_lexicon.NAME_PARTICLES:
        k -= 1
    return words[k][:1].isupper() and words[k] not in name_lexicon.NAME_PARTICLES


def given_name_gender(first: str) -> str | None:
    """The gender a given name tells, if it is one of the common unambiguous ones or two of them of one
    gender joined by a hyphen ("Anne-Marie")."""
    word = first.lower()
    if word in name_lexicon.MALE_GIVEN_NAMES:
        return "male"
    if word in name_lexicon.FEMALE_GIVEN_NAMES:
        return "female"
    parts = word.split("-")
    if len(parts) == 2 and all(parts):  # "Eva-Maria", "Jean-Paul": two given names of one gender
        genders = {given_name_gender(part) for part in parts}
        return genders.pop() if len(genders) == 1 else None
    return None


_TITLES = frozenset(speaker_lexicon.SPEAKER_TITLE_ABBREVIATIONS) | {
    "senator",
    "governor",
    "justice",
    "judge",
    "rep",
    "sen",
    "gov",
    "lt",
    "sgt",
    "col",
    "capt",
    "rev",
}


#: Past forms of the cue verbs, which open a sentence before a name in some styles ("Stated Roe:").
_CUE_PAST_FORMS = frozenset(
    verb + ("d" if verb.endswith("e") else "ed")
    for verb in cue_lexicon.REPORTING_VERBS | cue_lexicon.DIRECT_QUOTE_VERBS
    if verb.isalpha()
)


#: Forms of the cue verbs that follow a name in a headline ("Roe Says", "Roe Warns"), and of the verbs
#: a headline uses to address someone before a colon ("Roe Slams Mayor:", "Roe Grills Bank Chief:").
_CUE_FORMS = _CUE_PAST_FORMS | frozenset(
    verb + ("es" if verb.endswith(("s", "sh", "ch")) else "s")
    for verb in cue_lexicon.REPORTING_VERBS
    | cue_lexicon.DIRECT_QUOTE_VERBS
    | cue_lexicon.CHARACTERISING_VERBS
    | cue_lexicon.HEADLINE_ADDRESS_VERBS
    if verb.isalpha()
) | {"told", "wrote"}  # not "said": a surname too ("Edward Said")


#: Words before a surname that are no given name: honorifics, titles, cue verbs.
NOT_GIVEN_NAMES = speaker_lexicon.HONORIFICS | _TITLES | _CUE_PAST_FORMS
