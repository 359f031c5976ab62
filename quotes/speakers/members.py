"""Parliamentary forms of address: "the Hon. Member for Anytown", "the honourable member for Anytown",
"the Member for Anytown" speak of the person who sits for that constituency.

Parliamentary reports (Westminster, the Dáil, Commonwealth assemblies) name a member by seat rather
than by name. The speaker is a person: the one the article names with that constituency ("Ann Roe,
the MP for Anytown,"; "Anytown MP Ann Roe"; "Ann Roe, who represents Anytown,"), or nobody when the
article names no one so, since a member of another seat would be a wrong name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.entities import ArticleEntities, name_words
from quotes.speakers.sieves import Decision, MentionView

#: How many tokens may stand between a person's name and the constituency said to be theirs.
_REACH = 8


def constituency(head: Token) -> Span | None:
    """The constituency of a mention headed by "Member" in a form of address ("the Hon. Member for
    Anytown", "the member for Anytown North"): the capitalised place after "for"; ``None`` for any
    other mention ("a member for years", "a Member of the board")."""
    if head.lower_ != "member" or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"):
        for place in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            words = head.doc[place.left_edge.i : place.right_edge.i + 1]
            while len(words) and words[0].lower_ == "the":
                words = words[1:]
            if len(words) and all(t.text[:1].isupper() or t.lower_ in ("and", "&", "-") for t in words):
                return words
    return None


def seat_holder(doc: Doc, seat: Span, entities: ArticleEntities) -> str | None:
    """The person the article names as the holder of ``seat`` elsewhere than at ``seat``: a person's
    name and the constituency in one sentence, at most :data:`_REACH` tokens apart with a seat word
    ("MP", "member", "represents") and no other name between them; ``None`` when there is none or
    more than one."""
    wanted = [t.lower_ for t in seat]
    found: set[str] = set()
    for i in range(len(doc) - len(wanted) + 1):
        if i == seat.start or [t.lower_ for t in doc[i : i + len(wanted)]] != wanted:
            continue
        place = doc[i : i + len(wanted)]
        for ent in place.sent.ents:
            if ent.label_ != "PERSON":
                continue
            between = doc[ent.end : place.start] if ent.end <= place.start else doc[place.end : ent.start]
            if len(between) > _REACH or any(t.ent_type_ == "PERSON" for t in between):
                continue
            near = (*between, *_after(doc, place))
            if not any(t.lower_.rstrip(".") in speaker_lexicon.SEAT_WORDS for t in near):
                continue
            entity = entities.by_token.get(ent.root.i) or entities.person(name_words(ent.text))
            if entity is not None and entity.kind == "person":
                found.add(entity.name)
    return found.pop() if len(found) == 1 else None


def _after(doc: Doc, place: Span) -> list[Token]:
    """The word right after a constituency ("Anytown MP Ann Roe")."""
    return [doc[place.end]] if place.end < len(doc) else []


def member(doc: Doc, mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """A member addressed by seat ("The Hon. Member for Anytown said"): the person the article names
    with that constituency (resolution ``role``), else a person with no name; ``None`` for any other
    mention."""
    seat = constituency(mention.head) if mention.head is not None else None
    if seat is None:
        return None
    name = seat_holder(doc, seat, entities)
    return Decision(name, "person", "role" if name else "unresolved")
