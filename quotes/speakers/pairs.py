"""Two people spoken of together: "the couple", "both candidates", "the two lawmakers", "the committee
chairmen" are the two persons the article named together just before ("Ann Roe and Tom Hale"), kind
group; "they" after such a pair as subject is the pair too (asked by the pronoun sieve).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.doc_text import entities_of
from quotes.speakers.entities import ArticleEntities, Entity, name_words
from quotes.speakers.sieves import Decision, MentionView


def pair(doc: Doc, mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """A definite mention of two people ("the couple", "the pair", "both candidates", "the two
    lawmakers"): the two persons the article named together last ("Ann Roe and Tom Hale", "Ann Roe, 40,
    and her husband, Tom Hale,"), in the mention's sentence or the :data:`PAIR_REACH` before it; kind
    group. Two of something else ("both parties", "the two countries") and an indefinite pair ("two
    aides") name nobody here."""
    head = mention.head
    if head is None:
        return None
    if not two_people(head):
        title = _plural_title(head)
        if title is None:
            return None
        # "the committee chairmen": two people each given that title ("Chairman Ann Roe and Chairman
        # Tom Hale"), who may be further back, since the title tells them from everyone else; else two
        # people its own sentence has as a subject ("Mr. Roe and Mr. Hale said ..., what the senators
        # called a scandal")
        titled = latest_pair(doc, head, entities, TITLED_PAIR_REACH, title=title)
        return titled or latest_pair(doc, head, entities, 0, subject=True)
    return latest_pair(doc, head, entities, PAIR_REACH)


def within_reach(doc: Doc, offset: int, token: Token) -> bool:
    """Whether the character ``offset`` is before ``token``, in its sentence or the :data:`PAIR_REACH`
    sentences before."""
    return doc[_reach_start(doc, token, PAIR_REACH)].idx <= offset < token.idx


def _reach_start(doc: Doc, token: Token, reach: int) -> int:
    """The first token of the sentence ``reach`` sentences before ``token``'s (of the document's first)."""
    first = token.sent.start
    for _ in range(reach):
        first = doc[first - 1].sent.start if first > 0 else first
    return first


def latest_pair(
    doc: Doc,
    token: Token,
    entities: ArticleEntities,
    reach: int,
    subject: bool = False,
    title: str | None = None,
) -> Decision | None:
    """The two persons named together last before ``token``, in its sentence or the ``reach``
    sentences before (only as the subject of a clause, with ``subject``: "Ann Roe and Tom Hale met
    ... They said"; only two each given ``title`` just before the name, with it: "Chairman Ann Roe
    and Chairman Tom Hale"), as a group decision; ``None`` when there are none."""
    people = _person_spans(doc, entities, _reach_start(doc, token, reach), token.i)
    for k in range(len(people) - 1, 0, -1):
        one, other = people[k - 1], people[k]
        if not _joined(doc, one, other) or one.sent.start != other.sent.start:
            continue
        if subject and one.root.dep_ not in ("nsubj", "nsubjpass") and not _before_bare_verb(doc, other):
            continue
        if title is not None and not (_titled(doc, one, title) and _titled(doc, other, title)):
            continue
        if (k >= 2 and _listed(doc, people[k - 2], one)) or _listed_after(doc, other):
            continue  # three or more people named together are no pair
        found = [_pair_member(e, entities) for e in (one, other)]
        if all(f is not None and f.kind == "person" for f in found) and found[0] is not found[1]:
            return Decision(" and ".join(f.name for f in found if f is not None), "group", "group")
    return None


def _before_bare_verb(doc: Doc, name: Span) -> bool:
    """Whether a name stands right before a finite verb that the parse gave no subject ("..., Ann Roe and
    Tom Hale call them liars", where it hangs the names on the phrase before): the names are its subject."""
    if name.end >= len(doc):
        return False
    verb = doc[name.end]
    if verb.tag_ not in _FINITE_VERB_TAGS:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


#: Tags of a finite verb of the present or the past ("call", "calls", "called").
_FINITE_VERB_TAGS = frozenset({"VBP", "VBZ", "VBD", "MD"})


def _person_spans(doc: Doc, entities: ArticleEntities, first: int, stop: int) -> list[Span]:
    """The names of people from token ``first`` to ``stop``, in order: the model's persons, and the
    surname of one person the article named before where the model tagged no person ("Roe and Finance
    Committee Chairman Tom Hale", where it reads "Roe and Finance Committee" as one organisation)."""
    spans = [e for e in entities_of(doc) if _a_person(e, entities) and first <= e.start and e.end <= stop]
    taken = {i for span in spans for i in range(span.start, span.end)}
    for t in doc[first:stop]:
        if (
            t.i in taken
            or t.ent_type_ == "PERSON"
            or t.pos_ != "PROPN"
            or not t.text[:1].isupper()
            or not t.is_alpha
        ):
            continue
        known = entities.by_surname.get(t.lower_, [])
        if len(known) == 1 and known[0].named_before(t.idx) and not _organisation_word(t):
            spans.append(doc[t.i : t.i + 1])
    return sorted(spans, key=lambda span: span.start)


def _a_person(ent: Span, entities: ArticleEntities) -> bool:
    """Whether a named entity is a person's: tagged so, or a person in the entity model (a surname the
    model tagged an organisation, "Goodlatte and Ann Roe")."""
    if ent.label_ == "PERSON":
        return True
    known = entities.by_token.get(ent.root.i)
    return known is not None and known.kind == "person"


def _pair_member(name: Span, entities: ArticleEntities) -> Entity | None:
    """The entity a name of a pair refers to: the model's person, or for a surname found inside
    another entity (:func:`_person_spans`), the person of that surname."""
    if name.label_ != "PERSON":
        return entities.person(name_words(name.text), name.start_char)
    return entities.by_token.get(name.root.i) or entities.person(name_words(name.text))


def _organisation_word(token: Token) -> bool:
    """Whether a word is one an organisation's name is made of ("Committee", "Bank"), not a surname."""
    return token.lower_ in name_lexicon.INSTITUTION_LAST_WORDS or token.lower_ in _TITLE_WORDS


def _titled(doc: Doc, name: Span, title: str) -> bool:
    """Whether a name is given ``title`` (a lemma, "chairman") in the two words before it."""
    before = doc[max(0, name.start - 2) : name.start]
    return any(
        speaker_lexicon.SPEAKER_TITLE_ABBREVIATIONS.get(t.lower_.rstrip("."), t.lemma_.lower()) == title
        for t in before
    )


def _plural_title(head: Token) -> str | None:
    """The title a definite plural with no number names its people by ("the committee chairmen":
    "chairman"), or ``None``."""
    words = {child.lower_ for child in head.children if child.dep_ in ("det", "predet", "nummod")}
    if words != {"the"} or head.tag_ != "NNS":
        return None
    lemma = head.lemma_.lower()
    return lemma if lemma in _TITLE_WORDS else None


def _joined(doc: Doc, one: Span, other: Span) -> bool:
    """Whether two names are joined by "and" with nothing between but their appositions, ages and a
    family noun ("Ann Roe, 40, and her husband, Tom Hale"): no verb, no third name, a few words."""
    between = doc[one.end : other.start]
    # a party and state in brackets ("Ann Roe (R-Ohio) and ...") count as one word
    words = [t for t in between if not _in_brackets(t, between)]
    return (
        len(words) <= _PAIR_GAP
        and sum(t.lower_ == "and" for t in between) == 1
        and not any(t.pos_ in ("VERB", "AUX") for t in between)
    )


def _in_brackets(token: Token, span: Span) -> bool:
    """Whether a token of ``span`` stands inside round brackets opened within it."""
    opened = False
    for t in span:
        if t.i == token.i:
            return opened and t.text != "("
        opened = (opened or t.text == "(") and t.text != ")"
    return False


def _listed(doc: Doc, before: Span, one: Span) -> bool:
    """Whether a name follows another with only punctuation between ("Ed Park, Ann Roe and ...")."""
    return all(t.is_punct for t in doc[before.end : one.start])


def _listed_after(doc: Doc, other: Span) -> bool:
    """Whether another person's name follows a name after "and" or a comma ("... Tom Hale and Ed Park")."""
    after = doc[other.end : other.end + 2]
    return any(t.lower_ in (",", "and") for t in after) and any(
        t.ent_type_ == "PERSON" for t in doc[other.end : other.end + 3]
    )


#: The most words between two names joined by "and" ("Ann Roe, 40, and her husband, Tom Hale").
_PAIR_GAP = 8


#: How many sentences before a pair's mention the two people's names may be.
PAIR_REACH = 2

#: The same for two people a plural title names ("the committee chairmen").
TITLED_PAIR_REACH = 6

#: Titles written before a name, as lemmas ("Chairman Ann Roe", "Sen. Tom Hale").
_TITLE_WORDS = speaker_lexicon.PAIR_TITLES


def two_people(head: Token) -> bool:
    """Whether a noun phrase is a definite mention of two people: "both" before a person noun, or "the"
    before "couple", "pair" or "two" ("the two", "the two senators")."""
    words = {child.lower_ for child in head.children if child.dep_ in ("det", "predet", "preconj", "nummod")}
    if head.lower_ == "two" and head.i and head.doc[head.i - 1].lower_ == "the":
        words.add("the")  # "the two write", where the parse hangs "the" on the verb it reads a noun
    person = head.lemma_.lower() in speaker_lexicon.SPEAKER_ROLE_HEADS | name_lexicon.EPITHET_HEADS
    if "both" in words:
        return person
    if "the" not in words:
        return False
    return head.lower_ in speaker_lexicon.PAIR_HEADS or ("two" in words and person)
