"""The family relations an article gives the people it names, for a speaker referred to by a family noun
("his wife", "my father", "Hale's ex-wife"): the one person the article introduces as that relative
("his wife, Ann Roe,"; "Ann Roe, his wife,"; "divorce from wife Ann"; "my parents, Tom and Ann Hale").

Read once per article from its text, since the small parser tags the names in such phrases poorly
("wife Ivana" as a place). A relation is kept only when its name is a full name the entity model knows,
or a full name the phrase itself spells out ("my parents, Tom and Ann Hale").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from quotes.lexicon import names as name_lexicon
from quotes.speakers.doc_text import text_of
from quotes.speakers.entities import ArticleEntities
from quotes.speakers.name_forms import given_name_gender

#: The writer's own possessives: "my father" is the narrator's, never a third person's.
FIRST_PERSON = frozenset({"my", "our"})

#: The possessive pronouns of a third person.
THIRD_PERSON = frozenset({"his", "her", "their"})


@dataclass(frozen=True)
class Relation:
    """One relative the article names: the family noun, whose relative, and the relative's full name.

    ``owner`` is "my"/"our" for the writer, "his"/"her"/"their" for a third person the pronoun leaves
    open, a lower-case surname for a named one ("Hale's wife"), and ``None`` when the phrase names no
    one ("divorce from wife Ann")."""

    noun: str
    owner: str | None
    name: str


_NOUNS = "|".join(sorted(name_lexicon.FAMILY_GENDER, key=len, reverse=True))
_PARENTS = "|".join(sorted(name_lexicon.PARENT_NOUNS, key=len, reverse=True))
#: A possessor: a possessive pronoun or a capitalised name with "'s".
_POSSESSOR = r"(?P<poss>[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|(?P<owner>[A-Z][\w.-]*)['’]s)"
#: Words that keep the relation one of the past or of the family all the same ("ex-wife", "late husband").
_BEFORE_NOUN = r"(?:(?:ex-|former\s+|late\s+|estranged\s+|then-)?)"
_NAME = r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"

#: "his wife, Ann Roe", "Hale's ex-wife Ann Hale", "my father, Tom Hale".
_POSSESSED_THEN_NAME = re.compile(rf"\b{_POSSESSOR}\s+{_BEFORE_NOUN}(?P<noun>{_NOUNS})\b,?\s+{_NAME}")
#: "Ann Roe, his wife,".
_NAME_THEN_POSSESSED = re.compile(rf"{_NAME},\s+{_POSSESSOR}\s+{_BEFORE_NOUN}(?P<noun>{_NOUNS})\b")
#: "divorce from wife Ann", "with husband Tom Hale": the noun as a title, the owner not given.
_TITLE_NOUN = re.compile(rf"\b(?:from|with|and|to|by|against)\s+{_BEFORE_NOUN}(?P<noun>{_NOUNS})\s+{_NAME}")
#: "my parents, Tom and Ann Hale": two relatives, told apart by their given names.
_PARENTS_NAMED = re.compile(
    rf"\b{_POSSESSOR}\s+(?P<noun>{_PARENTS}),?\s+"
    rf"(?P<a>[A-Z][a-z]+)\s+and\s+(?P<b>[A-Z][a-z]+)\s+(?P<surname>[A-Z][\w'’-]+)"
)
#: A family noun at the end of a mention and what opens it: "his wife", "His ex-wife", "the wife".
_MENTION = re.compile(
    rf"(?:{_POSSESSOR}|(?P<det>[Tt]he))\s+{_BEFORE_NOUN}(?:\d{{1,3}}-year-old\s+)?(?P<noun>{_NOUNS})$"
)


def relations(doc: Doc, entities: ArticleEntities) -> list[Relation]:
    """Every relative the article introduces by name, in text order of the phrases."""
    text = text_of(doc)
    found: list[Relation] = []
    for pattern in (_POSSESSED_THEN_NAME, _NAME_THEN_POSSESSED, _TITLE_NOUN):
        for match in pattern.finditer(text):
            owner = _owner(match)
            name = _full_name(match.group("name"), owner, entities)
            if name is not None:
                found.append(Relation(match.group("noun").lower(), owner, name))
    for match in _PARENTS_NAMED.finditer(text):
        owner = _owner(match)
        for given in (match.group("a"), match.group("b")):
            noun = name_lexicon.PARENT_NOUNS[match.group("noun").lower()].get(given_name_gender(given) or "")
            if noun is not None:
                found.append(Relation(noun, owner, f"{given} {match.group('surname')}"))
    return found


#: How many characters up to a mention's end :func:`relative` reads: more than a relative's mention has.
MENTION_CHARS = 80


def family_mention(text: str) -> bool:
    """Whether a mention ends in a family noun ("his wife", "the wife"; ``text`` is the article up to
    the mention's end): the only mentions :func:`relative` can name, and a cheap test, so that the
    article's relations need be read only for an article that has such a mention."""
    tail = text[:-1] if text.endswith("\n") else text  # where the pattern's ``$`` may match
    return tail.endswith(_NOUN_ENDINGS) and _MENTION.search(text[-MENTION_CHARS:]) is not None


#: The family nouns a mention of a relative ends with (:data:`_MENTION`), for :meth:`str.endswith`.
_NOUN_ENDINGS = tuple(name_lexicon.FAMILY_GENDER)


def relative(found: list[Relation], text: str, entities: ArticleEntities) -> str | None:
    """The full name of the one relative a mention ending in a family noun stands for ("his wife",
    "my father", "Hale's ex-wife", "the wife"; ``text`` is the article up to the mention's end, or its
    last :data:`MENTION_CHARS` characters): of the relatives the article names with that noun, those
    whose owner the mention's possessor fits (the writer's for "my"; a third person's for "his"; Hale's,
    or one named Hale whose owner the phrase left open, for "Hale's"), when they are one person of the
    noun's gender; ``None`` for none or several."""
    match = _MENTION.search(text[-MENTION_CHARS:])
    if match is None:
        return None
    noun = match.group("noun").lower()
    possessor = (match.group("poss") or "").lower()
    owner = _owner(match)
    fitting = set()
    for relation in found:
        if relation.noun != noun:
            continue
        if possessor in FIRST_PERSON:
            fits = relation.owner in FIRST_PERSON
        elif owner is not None and possessor not in THIRD_PERSON:  # "Hale's wife"
            fits = relation.owner == owner or (
                relation.owner in (None, *THIRD_PERSON) and relation.name.split()[-1].lower() == owner
            )
        else:  # "his wife", "the wife": anyone's but the writer's
            fits = relation.owner not in FIRST_PERSON
        if fits:
            fitting.add(relation.name)
    if len(fitting) != 1:
        return None
    name = fitting.pop()
    entity = entities.person(name.split())
    if entity is not None and entity.name == name:
        gender = entity.gender
    else:  # a parent the phrase spells out, or a namesake the model files under the same surname
        gender = given_name_gender(name.split()[0])
    if gender not in (None, name_lexicon.FAMILY_GENDER[noun]):
        return None  # "his wife" is no man the article names
    return name


def _owner(match: re.Match[str]) -> str | None:
    """Whose relative a phrase names: the possessive pronoun, a named owner's surname, or ``None``."""
    groups = match.groupdict()
    if groups.get("owner"):
        return groups["owner"].lower()
    return (groups.get("poss") or "").lower() or None


def _full_name(written: str, owner: str | None, entities: ArticleEntities) -> str | None:
    """The full name of a relative as the phrase writes it: the entity model's fullest name for it
    (a given name alone only when one person of the article has it: "wife Ann" for "Ann Hale"), the
    name with the named owner's surname when the model knows that person ("Hale's wife, Ann,"), else
    ``None``."""
    words = written.split()
    for i, word in enumerate(words):  # "wife Ann. The court": the name ends with its sentence
        if word.endswith(".") and len(word) > 2:
            words = words[: i + 1]
            break
    words = [word.rstrip(".") if len(word) > 2 else word for word in words]
    entity = entities.person(words)
    if entity is None and len(words) == 1 and owner is not None and owner[:1].isalpha():
        entity = entities.person([words[0], owner.capitalize()])
    if entity is None or len(entity.name.split()) < 2:
        return None
    if len(words) == 1 and entity.name.split()[0] != words[0]:
        return None  # a surname alone after the noun ("his wife Roe") is too loose a tie
    return entity.name
