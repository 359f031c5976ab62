"""The documents of one article, in order, each with its kind and named owner: read once, so that "the
report" finds the owner of the report the article introduced before, "a new poll" the owner the next
sentences give it (also through a chain of references to it: "a study ... the study ... The authors of
the report, Acme,"), "new polls" the owners of the polls the next sentences introduce one by one, "the
GOP's complaint" the committee that filed the complaint before, a headline's poll the one its lead
names, and a part of a document with no owner of its own ("Another slide shows") the owner of the
document or part of its kind just before it. The owners themselves are found by
:mod:`quotes.speakers.documents`."""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import NOUN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from quotes.lexicon import documents as document_lexicon
from quotes.lexicon import names as name_lexicon
from quotes.speakers.doc_text import text_of
from quotes.speakers.documents import document_kind, is_definite, kind_of, owner
from quotes.speakers.entities import ArticleEntities, Entity
from quotes.speakers.token_arrays import holding

#: How many sentences after a document with no owner the sentence that names its owner may come.
LATER_REACH = 2


class DocumentOwners:
    """The documents of one article, in order, each with its kind and named owner (if any)."""

    def __init__(self, doc: Doc, entities: ArticleEntities) -> None:
        self._doc = doc
        self._entities = entities
        self._documents: list[tuple[int, str, Entity | None]] = []
        for token in map(doc.__getitem__, _document_heads(doc)):
            found = owner(token, entities)
            if found is None and is_definite(token):  # "the report" keeps the owner of "a report" before
                found = self.earlier(token)[1]
            if found is None and token.lower_ in document_lexicon.PART_HEADS:
                found = self._whole_before(token)  # "A slide from Acme's report ... Another slide shows"
            self._documents.append((token.i, kind_of(token), found))
        self._given = self._given_later()

    def _whole_before(self, head: Token) -> Entity | None:
        """For a part of a document that names no owner ("Another slide shows", "one chart says"), the
        owner of the latest document or part of its kind before it in its sentence or the
        :data:`LATER_REACH` sentences before ("A slide from a presentation Ann Roe gives ... Another
        slide shows"): the part of the same presentation; ``None`` when that one names no owner, or the
        latest is another kind of part ("a chart ... one slide")."""
        first = head.sent.start
        for _ in range(LATER_REACH):
            if first > 0:
                first = self._doc[first - 1].sent.start
        kind = kind_of(head)
        for index, other_kind, found in reversed(self._documents):
            if index < first:
                return None
            if other_kind == kind or self._doc[index].lower_ not in document_lexicon.PART_HEADS:
                return found
            return None
        return None

    def part_owner(self, head: Token) -> Entity | None:
        """The owner of a part of a document that names none in its own phrase (:meth:`_whole_before`),
        or ``None``."""
        if head.lower_ not in document_lexicon.PART_HEADS:
            return None
        return next((found for index, _, found in self._documents if index == head.i), None)

    def _given_later(self) -> dict[int, Entity]:
        """The owners documents with none get from a later document that refers back to them
        (:meth:`_antecedent`) within :data:`LATER_REACH` sentences and names or gets one ("An Acme
        study ... the study, which found ... this study ... The authors of the report, Acme and the
        Hale Trust,": each of the study's mentions before the report is theirs), by token index."""
        sentences = [sentence.start for sentence in self._doc.sents]
        given: dict[int, Entity] = {}
        owners = {index: found for index, _, found in self._documents}
        for index, _, found in reversed(self._documents):
            found = found or given.get(index)
            antecedent = self._antecedent(index)
            if found is None or antecedent is None or owners[antecedent] is not None or antecedent in given:
                continue
            if bisect_right(sentences, index) - bisect_right(sentences, antecedent) <= LATER_REACH:
                given[antecedent] = found
        return given

    def _antecedent(self, index: int) -> int | None:
        """The token index of the document a definite or possessed document ("the report", "the
        committee's report") refers back to: the latest earlier one of its kind, else, for research, the
        latest earlier research in its sentence or the one before ("a new Acme study ... The report
        found": the report is the study); ``None`` when that is plural ("recent polls ... The Acme poll"
        is one of them), or the document is marked as another ("the second poll")."""
        head = self._doc[index]
        possessed = any(c.dep_ == "poss" for c in head.children)  # "the committee's report"
        if not (is_definite(head) or possessed) or _another(head):
            return None  # "a poll ... The second poll": another one
        kind = kind_of(head)
        earlier = [(i, k) for i, k, _ in self._documents if i < index]
        same = [i for i, k in earlier if k == kind]
        if not same and kind in document_lexicon.RESEARCH_KINDS:
            first = head.sent.start
            if first > 0:
                first = self._doc[first - 1].sent.start
            same = [i for i, k in earlier if i >= first and k in document_lexicon.RESEARCH_KINDS]
        if not same or self._doc[same[-1]].tag_ in ("NNS", "NNPS"):
            return None  # "recent polls ... The Acme poll": one of several
        return same[-1]

    def given_later(self, head: Token) -> Entity | None:
        """The owner a document with none gets from a later document that refers back to it
        (:meth:`_given_later`), or ``None``."""
        return self._given.get(head.i)

    def earlier(self, head: Token) -> tuple[bool, Entity | None]:
        """For a definite document ("the report"), whether the article introduced one of its kind
        before, and that latest earlier document's owner (``None`` when it names none)."""
        kind = kind_of(head)
        for index, other_kind, found in reversed(self._documents):
            if index < head.i and other_kind == kind:
                return True, found
        return False, None

    def party_body(self, head: Token) -> Entity | None:
        """For a document a party owns by a word of its name ("the GOP's complaint", "the Democrats'
        ad"), the owner of the latest earlier document of its kind when that is an organisation of the
        same party ("The Republican National Committee filed a complaint ... The GOP's complaint
        says": a party files nothing, its committee does); ``None`` otherwise."""
        own = next((found for index, _, found in self._documents if index == head.i), None)
        party = _party_of(own.name) if own is not None and len(own.name.split()) == 1 else None
        if party is None:
            return None
        kind = kind_of(head)
        earlier = [found for index, other, found in self._documents if index < head.i and other == kind]
        if not earlier or earlier[-1] is None or earlier[-1].kind != "organization":
            return None
        body = earlier[-1]
        words = body.name.split()
        return body if len(words) > 1 and any(_party_of(word) == party for word in words) else None

    def bridged(self, head: Token) -> Entity | None:
        """For a definite document of research the article introduced no other of its kind before
        ("according to a recent Acme survey of voters. The study found"; "the Acme poll shows ... The
        results show"), the owner of the research just before it, in its sentence or the one before:
        ``None`` unless the documents of research there name exactly one owner."""
        if not is_definite(head) or kind_of(head) not in document_lexicon.RESEARCH_KINDS:
            return None
        first = head.sent.start
        if first > 0:
            first = self._doc[first - 1].sent.start
        found = [
            owner
            for index, kind, owner in self._documents
            if first <= index < head.i and kind in document_lexicon.RESEARCH_KINDS
        ]
        if not found or any(owner is None for owner in found):
            return None  # none before, or one whose owner the article does not give
        return found[-1] if len({owner.name for owner in found if owner is not None}) == 1 else None

    def later(self, head: Token) -> Entity | None:
        """For a document introduced with no owner ("according to a new poll"), the owner the article
        gives it right after, where a definite document of the same kind in the next
        :data:`LATER_REACH` sentences names one ("The survey, conducted by the Acme Institute, finds");
        ``None`` when the next one of its kind names none, is another document ("a second poll", "the
        second poll"), is one of several ("recent polls ... The Acme poll"), or is further away, unless
        it is a note of who carried it out in the same section (:meth:`_method_note`)."""
        if head.tag_ in ("NNS", "NNPS"):
            return None
        kind = kind_of(head)
        last = self._sentences_on(head, LATER_REACH)
        headline = in_headline(head)
        for index, other_kind, found in self._documents:
            if index <= head.i or other_kind != kind:
                continue
            token = self._doc[index]
            if index >= last and not self._method_note(head, token):
                return None
            if found is None and token.tag_ in ("NNS", "NNPS"):
                continue  # "one of the first polls to emerge": polls in general, not another one
            if _another(token):
                return None  # "a new poll ... The second poll, by Acme,": another one
            if not is_definite(token) and not (headline and found is not None):
                return None  # "a poll ... a Gallup poll": another one, unless the lead tells the headline's
            return found
        return None

    def _method_note(self, head: Token, token: Token) -> bool:
        """Whether a later document is a note of who carried out the one at ``head``, in its section: a
        definite document the subject of a passive verb that brought it out ("The survey was
        conducted for the networks by Acme Research") with no line between them that holds no word
        (a live blog's "___" between entries)."""
        if not is_definite(token) or token.dep_ != "nsubjpass":
            return False
        if token.head.lemma_.lower() not in document_lexicon.DOCUMENT_VERBS:
            return False
        between = text_of(self._doc)[head.idx : token.idx]
        return not any(line.strip() and not any(c.isalpha() for c in line) for line in between.split("\n"))

    def members(self, head: Token) -> Entity | None:
        """For plural documents introduced with no owner ("New polls showed"), the owners of the
        documents of its kind the next :data:`LATER_REACH` sentences introduce one by one, as one
        group ("According to an Acme survey, ... A Hale Institute poll showed"): at least two, each a
        new one ("a poll") naming its owner; ``None`` otherwise (one alone may be one of many)."""
        if head.tag_ not in ("NNS", "NNPS") or is_definite(head):
            return None
        kind = kind_of(head)
        last = self._sentences_on(head, LATER_REACH)
        owners: list[Entity] = []
        for index, other_kind, found in self._documents:
            if index <= head.i or other_kind != kind:
                continue
            token = self._doc[index]
            if index >= last or found is None or is_definite(token) or token.tag_ in ("NNS", "NNPS"):
                break
            owners.append(found)
        names = {found.name: found for found in owners}
        if len(names) < 2 or len(names) != len(owners):
            return None
        if any(found.kind not in ("person", "organization") for found in owners):
            return None
        return Entity(" and ".join(names), "group")

    def _sentences_on(self, head: Token, count: int) -> int:
        """The token index where the ``count``-th sentence after ``head``'s ends."""
        last = head.sent.end
        for _ in range(count):
            if last < len(self._doc):
                last = self._doc[last].sent.end
        return last

    def sole_owner(self, head: Token) -> Entity | None:
        """The one owner the article has given documents of the kind of ``head`` before it ("The survey
        was conducted by Acme Research ... The survey also found"; "... Early results of an entrance
        poll show"), for a definite document or the findings of one; ``None`` for a new one of its own
        ("a new poll", "exit polls"), and when the article named none or several before, or marks a
        document as another of the kind ("a second poll"). An owner given only after the document
        is another document's as often as its own."""
        if not is_definite(head) and kind_of(head) == document_kind(head.lower_):
            return None  # "a new poll", "exit polls": one of its own, maybe another owner's
        kind = kind_of(head)
        same = [(i, o) for i, k, o in self._documents if k == kind]
        if any(_another(self._doc[i]) for i, _ in same):  # "a new poll ... A second poll, by Acme"
            return None
        known = [*self._entities.organisations, *self._entities.persons]  # no stray capitals
        found = {o.name: o for i, o in same if o is not None and i < head.i and any(o is e for e in known)}
        return next(iter(found.values())) if len(found) == 1 else None

    def latest_between(self, start: int, end: int) -> tuple[int, Entity | None] | None:
        """The latest document whose head token index is in ``[start, end)``, with its owner."""
        for index, _, found in reversed(self._documents):
            if start <= index < end:
                return index, found
            if index < start:
                break
        return None


#: The longest first line of an article that is read as its headline.
HEADLINE_CHARS = 200


def in_headline(token: Token) -> bool:
    """Whether a token is in the article's headline: its first line, when that is short and the article
    goes on after it ("Poll: Voters Sour On Plan" over "A new Acme poll shows ...")."""
    text = text_of(token.doc)
    end = text.find("\n")
    return 0 < end <= HEADLINE_CHARS and token.idx < end and bool(text[end:].strip())


def _party_of(word: str) -> str | None:
    """The party a word of a name names ("GOP", "Republican": the Republican Party), or ``None``."""
    return name_lexicon.PARTY_WORDS.get(word.lower())


def _another(head: Token) -> bool:
    """Whether a document is marked as another of its kind ("a second poll", "another survey")."""
    return any(c.lower_ in name_lexicon.OTHER_DOCUMENT_WORDS for c in head.children if c.i < head.i)


#: The hashes of :data:`quotes.lexicon.documents.DOCUMENT_HEADS`, to find them in a Doc's token arrays.
_DOCUMENT_HEAD_IDS = frozenset(get_string_id(word) for word in document_lexicon.DOCUMENT_HEADS)


def _document_heads(doc: Doc) -> list[int]:
    """Indices of the nouns that are document heads ("report", "poll"), read from the token arrays:
    building every Token of an article to read two attributes is slow."""
    if not len(doc):
        return []
    columns = doc.to_array([LOWER, POS])
    heads = holding(columns[:, 0], _DOCUMENT_HEAD_IDS) & (columns[:, 1] == NOUN)
    return heads.nonzero()[0].tolist()
