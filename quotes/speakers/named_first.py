"""A description that comes before the name it stands for, at the head of an article's account: "“We
will cut taxes,” the Ohio Republican wrote on Twitter. Tom Hale is running for governor."

A definite description ("the senator") refers back to someone the reader has met, so the sieves give
it the person in the foreground. Where the article has named no person before it, there is nobody to
refer back to: the description is a lede's, and the name comes in the next sentence, as its subject.
"""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.lexicon import cues as cue_lexicon
from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.entities import ArticleEntities, name_words
from quotes.speakers.sieves import Decision, MentionView, decide, next_subject

#: Heads of a description of one person ("the senator", "the billionaire"); anonymous heads ("the
#: official") and spokespeople stay unnamed.
_PERSON_HEADS = (speaker_lexicon.SPEAKER_ROLE_HEADS | name_lexicon.EPITHET_HEADS) - (
    speaker_lexicon.ANONYMOUS_HEADS | speaker_lexicon.SPOKESPERSON_HEADS
)


def named_after(doc: Doc, mention: MentionView, entities: ArticleEntities) -> Decision | None:
    """The person a definite description of one person, the subject of a verb of saying, stands for
    when the article names no person before it: the person the next sentence's subject (or its
    apposition) names, unless the article gives that person other roles and not this one; ``None``
    where anyone was named before, or the next sentence's subject is no person's full name."""
    head = mention.head
    if head is None or head.tag_ not in ("NN", "NNP") or head.ent_type_ not in ("", "NORP"):
        return None
    party = head.lower_ in name_lexicon.PARTY_WORDS and not head.lower_.endswith("s")  # "the Republican"
    if head.lower_ not in _PERSON_HEADS and not party:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
        return None  # "a senator" is someone new; "his lawyer" someone's the reader may know
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in cue_lexicon.REPORTING_VERBS:
        return None  # "The candidate labeled “a leader” leads the field": not the one who spoke
    if any(person.named_before(mention.start) for person in entities.persons):
        return None  # the description may refer back to that person: the other sieves decide
    subject = next_subject(head)
    if subject is None:
        return None
    for token in (subject, *(t for t in subject.children if t.dep_ == "appos")):
        if token.ent_type_ != "PERSON":
            continue
        entity = entities.by_token.get(token.i) or entities.person(name_words(token.text))
        if entity is None or entity.kind != "person" or len(entity.name.split()) < 2:
            continue
        if entity.roles and head.lower_ not in entity.roles:
            continue  # "The candidate said ... Ann Roe, a teacher, voted": someone else the article describes
        return decide(entity, "apposition")
    return None
