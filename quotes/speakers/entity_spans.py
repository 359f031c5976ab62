"""Which spans of a parsed article name persons and organisations, where the model's tags are wrong:
a person the model missed or tagged otherwise ("Stated Ann Roe:", "Chief Emeka Anyaoku"), an
institution or a company tagged a person ("St Mary's Hospital", "Acme Water"), a body named beside
its noun ("the regulator, Ofgem,"), a headline's word of description run into a name ("Derelict Hale").
Read by :func:`quotes.speakers.entities.build`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from spacy.attrs import ENT_TYPE, LOWER, POS
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token

from quotes.lexicon import names as name_lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.doc_text import entities_of, text_of
from quotes.speakers.name_forms import NOT_GIVEN_NAMES, given_name_gender, person_words
from quotes.speakers.token_arrays import indices_of_words


def institution(ent: Span) -> bool:
    """Whether a name the model tagged a person or a place is an institution's or a company's: two
    words or more ending in a capitalised word of :data:`~quotes.lexicon.names.INSTITUTION_LAST_WORDS`
    ("St Mary's Hospital", "St. Anne's School", tagged for the saint's name in them) or, tagged a
    person, of :data:`~quotes.lexicon.names.COMPANY_LAST_WORDS` ("Acme Water", "Vale Holdings")."""
    last = ent[-1]
    if ent.label_ not in ("PERSON", "GPE", "FAC", "LOC") or len(ent) < 2 or not last.text[:1].isupper():
        return False
    company = ent.label_ == "PERSON" and last.lower_.rstrip(".") in name_lexicon.COMPANY_LAST_WORDS
    return company or last.lower_ in name_lexicon.INSTITUTION_LAST_WORDS


def without_headline_epithet(ent: Span) -> Span:
    """A two-word name in a title-case headline without its first word when that is a word of
    description the headline's capitals made look like a given name ("Derelict Hale and Roe; ...",
    "Defiant Hale Says ..."): no common given name, one the article's body never writes, while it names a
    person by the surname (a given name is written again where the body introduces the person). Any
    other name as it is."""
    text = text_of(ent.doc)
    end = text.find("\n")
    if len(ent) != 2 or not 0 < end <= _HEADLINE_CHARS or ent.end_char > end:
        return ent
    if not _title_case(text[:end]):
        return ent  # "Cooper Wallace kicked five goals ...": a sentence of the story
    first, surname = ent[0].text, ent[1].text
    if given_name_gender(first) is not None or not first.isalpha() or not surname.isalpha():
        return ent
    if re.search(rf"\b{re.escape(_plain(first))}\b", _plain(text[end:])):
        return ent  # the body writes the word again ("François" for "Francois"): a given name after all
    body_persons = (e for e in entities_of(ent.doc) if e.label_ == "PERSON" and e.start_char > end)
    if not any(e[-1].text == surname for e in body_persons):
        return ent  # "Bellwether County": the body names no person so
    return ent[1:]


def _title_case(line: str) -> bool:
    """Whether a line is written in title case, as headlines are ("Derelict Hale and Roe; Rivals Go on
    Offense"): three in four of its longer words capitalised, not a sentence of the story."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


def _plain(text: str) -> str:
    """The text without its accents ("François" as "Francois")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


#: The most characters a first line may have to be a headline.
_HEADLINE_CHARS = 200


def named_body(ent: Span) -> bool:
    """Whether a one-word name the model tagged a person is a body's, by the noun of organisation
    the text sets beside it ("the regulator Ofgem", "the regulator, Ofgem,"; "Ofgem, the energy
    regulator,"); a common given name stays a person's ("the firm's founder, Ann")."""
    if ent.label_ != "PERSON" or len(ent) != 1 or given_name_gender(ent.text) is not None:
        return False
    root = ent.root
    linked = [c for c in root.children if c.dep_ in ("appos", "compound") and c.i != root.i]
    if root.dep_ == "appos":
        linked.append(root.head)
    heads = speaker_lexicon.APPOSITION_ORGANISATION_HEADS
    return any(t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() in heads for t in linked)


def office_word(ent: Span) -> bool:
    """Whether a name the model tagged a person is only the word of an office ("The Treasurer said",
    "the Taoiseach, Tom Hale,") or of the police ("Gardaí said"): no person's surname."""
    return ent.label_ == "PERSON" and len(ent) == 1 and office_token(ent[0])


def office_token(token: Token) -> bool:
    """Whether a word the model tagged a person on its own is the word of an office or of a police
    officer ("Treasurer", "Taoiseach", "a garda", "Gardaí"), no honorific before it ("Mr Speaker" is
    left to the model)."""
    doc = token.doc
    if token.ent_type_ != "PERSON" or token.ent_iob_ != "B":
        return False
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        return False
    if token.i > 0 and doc[token.i - 1].lower_.rstrip(".") in speaker_lexicon.HONORIFICS:
        return False
    return token.lower_ in speaker_lexicon.OFFICE_HEADS or token.lower_ in speaker_lexicon.POLICE_NOUNS


def with_given_name(ent: Span) -> Span:
    """A name the model tagged without the names before it ("said Hany Farid", "Aung San Suu Kyi's
    allies", "supporters of Min Ko Naing", where only "Farid", "Kyi" or "Ko Naing" is a person): the
    name with up to three words before it, when each is a capitalised proper noun compounded into the
    name that is no title, role, honorific or common word ("Justice Scalia", "Because Loki") and no
    longer run of proper nouns comes before them ("Chief Justice John Roberts" is left to the title
    rules). A name that opens with a common given name is whole ("Republican Ted Cruz")."""
    doc = ent.doc
    if ent.start == 0 or given_name_gender(ent[0].text) is not None:
        return ent
    start = ent.start
    while start > 0 and ent.start - start < _MAX_NAMES_BEFORE and _name_before(doc[start - 1], ent.end - 1):
        start -= 1
    if start == ent.start:
        return ent
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper():
        if before.lower_.rstrip(".") not in speaker_lexicon.NAME_OPENING_HONORIFICS:
            return ent  # more proper nouns before the run: a title or a place, not only names ("Dr" is fine)
    if start > 0 and doc[start - 1].pos_ == "DET":
        return ent  # "the House Ann Roe": a name does not follow "the"
    return Span(doc, start, ent.end, label="PERSON")


#: How many names a surname the model tagged alone may take from before it ("Aung San Suu" of "Kyi").
_MAX_NAMES_BEFORE = 3


#: Entity types a name before a surname may carry: none, a person's, or a facility's (the model reads
#: "Burma - Aung" as a place).
_NAME_ENTITY_TYPES = frozenset({"", "PERSON", "FAC"})


def _name_before(token: Token, surname: int) -> bool:
    """Whether ``token`` can be a name compounded into the surname at token index ``surname``."""
    word = token.text
    if not (word.isalpha() and word[0].isupper() and word[1:].islower()) or token.is_stop:
        return False
    if token.pos_ != "PROPN" or token.dep_ != "compound" or not token.i < token.head.i <= surname:
        return False
    if token.ent_type_ not in _NAME_ENTITY_TYPES:
        return False
    if token.is_sent_start and given_name_gender(word) is None:
        return False  # "Activist Ann Roe said": a sentence's first word is as often a common one
    word = token.lower_
    titles = (
        NOT_GIVEN_NAMES,
        speaker_lexicon.SPEAKER_ROLE_HEADS,
        name_lexicon.TITLE_WORDS,
        name_lexicon.EPITHET_HEADS,
    )
    return not any(word in words for words in titles)


def mistagged_persons(doc: Doc, persons: list[Span]) -> list[Span]:
    """People's names the model tagged as another kind of entity ("CLEVELAND - Donald Trump" as an
    organisation, "Carly Fiorina" as one): the last two or three capitalised words of an entity that
    start with a common given name, when the article refers to a person by that surname elsewhere
    ("Trump said", "Mrs. Fiorina") and the words do not end in an organisation's word ("the Chelsea
    Clinton Foundation" stays an organisation). Returned as PERSON spans for the entity model only."""
    candidates = []
    for ent in entities_of(doc):
        if ent.label_ == "PERSON" or ent[-1].lower_ in _ORG_WORDS:
            continue
        for start in range(max(ent.start, ent.end - 3), ent.end - 1):
            run = doc[start : ent.end]
            if given_name_gender(doc[start].text) and all(t.text[:1].isupper() for t in run):
                candidates.append(Span(doc, start, ent.end, label="PERSON"))
                break
    titled = [span for span in map(_office_holder, entities_of(doc)) if span is not None]
    titled += [span for span in map(_chief_titled, entities_of(doc)) if span is not None]
    if not candidates:
        return titled
    surnames = {words[-1].lower() for words in map(person_words, (p.text for p in persons)) if words}
    surnames |= {
        doc[i + 1].lower_
        for i in _indices_of_words(doc, speaker_lexicon.HONORIFIC_GENDER)
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
    }
    return [span for span in candidates if span[-1].lower_ in surnames or _acting_name(span)] + titled


def honorific_names(doc: Doc) -> list[Span]:
    """Names after a personal honorific or a police rank that the model left untagged or tagged a body
    ("Shri Rajesh Verma", "SP Aisha Bello", "Mr Justice Hollis"): the capitalised plain names after
    it (a judge's "Justice" passed over), as PERSON spans for the entity model. A name already tagged
    a person is left to the model; a word that is no plain name (an office, a body's word) stops it."""
    found = []
    openers = speaker_lexicon.NAME_OPENING_HONORIFICS | speaker_lexicon.POLICE_RANKS
    for token in map(doc.__getitem__, _indices_of_words(doc, openers)):
        if token.i == len(doc) - 1 or not token.text[:1].isupper():
            continue
        start = token.i + 1
        if doc[start].text == "." and start + 1 < len(doc):
            start += 1  # "Hon. Tajudeen Balogun", the stop split from the title
        if doc[start].lower_ in speaker_lexicon.JUDICIAL_TITLES and start + 1 < len(doc):
            start += 1  # "Mr Justice Hollis", "Lady Justice Roe"
        end = start
        while end < len(doc) and end - start < _MAX_NAMES_BEFORE and _plain_name(doc[end]):
            end += 1
            if _hyphen_joined(doc, end):
                end += 2  # "Mr Okonkwo-Adeyemi": a double-barrelled surname, split by the tokenizer
        if end == start or any(t.ent_type_ == "PERSON" for t in doc[start:end]):
            continue
        if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            continue  # more capitalised words: a body's name ("Dr Barnardo's Homes"), not a person's
        found.append(Span(doc, start, end, label="PERSON"))
    return found


def _acting_name(span: Span) -> bool:
    """Whether a given name and one more capitalised word, tagged whole as a place, is the subject of
    a verb ("Helen Ward runs the shelter"): a person acts, a place rarely does. A body's name stays a
    body's ("Carly Fiorina and Ted Cruz met donors" read as an organisation: companies act too)."""
    ent = span.doc[span.start : span.end]
    whole = any(
        e.start == span.start and e.end == span.end and e.label_ in ("GPE", "LOC", "FAC")
        for e in entities_of(span.doc)
    )
    subject = ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.pos_ == "VERB"
    return whole and len(ent) == 2 and subject


def _office_holder(ent: Span) -> Span | None:
    """A name the model tagged a place or a body, set off in apposition to an office ("Governor of Kaduna
    State, Uba Sani,"; "The Minister of Health, Ade Bello,"): the office's holder, a person."""
    root = ent.root
    if ent.label_ == "PERSON" or root.dep_ != "appos" or not 2 <= len(ent) <= 3:
        return None
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent) or ent[-1].lower_ in _ORG_WORDS:
        return None
    if any(t.dep_ == "pobj" for t in ent):
        return None  # "the Mayor of Washington DC": the office's place itself, no holder named
    office = root.head
    if office.dep_ == "pobj" and office.head.dep_ == "prep" and office.head.lower_ in ("of", "for"):
        office = office.head.head  # the portfolio or place the name hangs on: "Governor of Kaduna State"
    word = office.lower_.rstrip(".")
    if word not in speaker_lexicon.OFFICE_HEADS or word in speaker_lexicon.SPOKESPERSON_HEADS:
        return None
    return Span(ent.doc, ent.start, ent.end, label="PERSON")


def _chief_titled(ent: Span) -> Span | None:
    """A name after a chieftaincy title that the model tagged a body or a place ("Chief Emeka
    Anyaoku", with only "Anyaoku" tagged an organisation): the capitalised names from the title on,
    a person. Every word must be a name: "Chief Executive Ann Roe" and "Chief Justice" open offices."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "GPE", "NORP", "FAC") or ent[-1].lower_ in _ORG_WORDS:
        return None
    start = ent.start
    if doc[start].lower_.rstrip(".") in speaker_lexicon.CHIEFTAINCY_TITLES:
        start += 1  # the title tagged with the name
    else:
        while start > 0 and ent.start - start < _MAX_NAMES_BEFORE and _plain_name(doc[start - 1]):
            start -= 1
        if start == 0:
            return None
        start = start if doc[start - 1].lower_.rstrip(".") in speaker_lexicon.CHIEFTAINCY_TITLES else -1
    if start < 0 or doc[start - 1].text[:1].islower() or ent.end - start < 2:
        return None  # "the village chief Ann" has no title; "Chief Anyaoku" alone keeps no given name
    if not all(_plain_name(t) for t in doc[start : ent.end]):
        return None
    return Span(doc, start, ent.end, label="PERSON")


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen joining the name before it to a name after it, no space
    between ("Owusu-Ansah")."""
    if i + 1 >= len(doc) or doc[i].text != "-" or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return False
    return _plain_name(doc[i + 1])


def _plain_name(token: Token) -> bool:
    """Whether a token can be a word of a person's name: a capitalised proper noun that is no title,
    role, office or organisation word."""
    word = token.lower_.rstrip(".")
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or not token.text.rstrip(".").isalpha():
        return False
    words = (
        NOT_GIVEN_NAMES,
        speaker_lexicon.SPEAKER_ROLE_HEADS,
        speaker_lexicon.CHIEFTAINCY_TITLES,
        name_lexicon.TITLE_WORDS,
        _ORG_WORDS,
    )
    return not any(word in group for group in words)


#: Last words of an organisation's name that a person's surname never is.
_ORG_WORDS = name_lexicon.ORGANISATION_BACK_HEADS | speaker_lexicon.ORGANIZATION_HEADS


def untagged_organisations(doc: Doc) -> list[Span]:
    """Names the model left untagged that an apposition makes an organisation's ("Ofgem, the energy
    regulator,"; "the regulator, Ofgem,"): the run of capitalised proper nouns the name ends, as
    ORG spans for the entity model; and an institution's word after a name in the possessive ("St
    Anne's School", where only "St Anne" is tagged, a person)."""
    found = []
    columns = doc.to_array([POS, ENT_TYPE])  # only untagged proper nouns become Token objects
    untagged = ((columns[:, 0] == PROPN) & (columns[:, 1] == 0)).nonzero()[0].tolist()
    for token in map(doc.__getitem__, untagged):
        if not token.text[:1].isupper():
            continue
        if token.lower_ in name_lexicon.INSTITUTION_LAST_WORDS:  # "St Anne's School", "School" untagged
            owner = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < token.i]
            if owner and owner[0].text[:1].isupper():
                found.append(Span(doc, owner[0].left_edge.i, token.i + 1, label="ORG"))
                continue
        linked = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            linked.append(token.head)
        heads = speaker_lexicon.APPOSITION_ORGANISATION_HEADS
        if not any(t.pos_ == "NOUN" and t.lemma_.lower() in heads for t in linked):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if not any(t.ent_type_ for t in doc[start : token.i + 1]):
            found.append(Span(doc, start, token.i + 1, label="ORG"))
    return found


def _indices_of_words(doc: Doc, words: Collection[str]) -> list[int]:
    """Indices of the tokens whose lower-cased text, a final full stop aside, is one of ``words``
    ("Mr." for "mr"): only the tokens found become Token objects in the caller."""
    return indices_of_words(doc, LOWER, lambda word: word.rstrip(".") in words)
