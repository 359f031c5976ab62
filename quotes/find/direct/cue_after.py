"""The cue and speaker after a quote's closing mark: ``“...,” he said``, ``“...” said Mr Wallace``,
``“...,” Hugh Hill, a doctor who treated him, said``, an attribution frame with a verb of manner
(``“...!” blared the front page``), and a name after a dash (``“...” ― Steve Quinlan``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotes.find.direct.marks import MarkedQuote
from quotes.find.direct.tokens import FINITE_TAGS, first_nominal, in_nickname, is_cue, only_marks, tokens
from quotes.lexicon import cues as lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.mentions import addressed

#: Dashes that attribute a quote to the name after them (``“...” ― Steve Quinlan``).
DASHES = "―—–-"


#: At most this many characters between a closing mark and its cue (``“...,” Doug Usher, director of
#: research at a polling firm, said``).
_CUE_AFTER_REACH = 250


def speaker_near_cue(doc: Doc, starts: list[int], quote: MarkedQuote, cue: int) -> int | None:
    """The head of the speaker's name around a cue after a quote: between the closing mark and the
    cue (``“...,” Jane Roe, a farmer, said``), else right after a cue that follows the mark
    (``“Safety,” said Roe, a nurse.``), where parses often miss the inverted subject; none for a
    cue whose subject only heard the words (``“...,” the court heard``, ``the inquest was told``)."""
    assert quote.close is not None
    if addressed(doc[cue]):
        return None
    between = tokens(doc, starts, quote.close + 1, doc[cue].idx)
    found = first_nominal(between)
    if found is None:  # "“...,” the two write.": a number standing for the people
        found = next((t.i for t in between if t.pos_ in ("NUM", "ADJ") and t.is_lower), None)
    if found is not None or any(not t.is_punct for t in between):
        return found
    sentence_end = doc[cue].sent.end
    if cue + 2 < len(doc) and doc[cue + 1].lower_ in ("one", "another") and doc[cue + 2].is_punct:
        return cue + 1  # "“...,” read one.": one of the things just named
    end = cue + 1  # the inverted subject ends at the first comma or verb ("said Roe, explaining he ...")
    while end < min(cue + 6, sentence_end) and not doc[end].is_punct and doc[end].pos_ not in ("VERB", "AUX"):
        end += 1
    found = first_nominal(doc[cue + 1 : end])
    if found is None and end == cue + 2 and doc[cue + 1].is_title and doc[cue + 1].is_alpha:
        return cue + 1  # a name the tagger took for something else ("said Skelly" as an adverb)
    return found


def cue_after(doc: Doc, starts: list[int], quote: MarkedQuote, para_end: int) -> int | None:
    """A reporting verb after the closing mark, in the same sentence: ``“...,” he said.`` /
    ``“...” said Mr Wallace`` / ``“...,” Hugh Hill, a doctor who treated him, said``."""
    assert quote.close is not None
    first = True
    name_end = -1  # the closing mark of a quoted name in the aside ("wearing “Roe” campaign pins")
    for token in tokens(doc, starts, quote.close + 1, min(para_end, quote.close + _CUE_AFTER_REACH)):
        if token.idx <= quote.close + 2 and only_marks(token.text):
            continue  # the rest of a closing mark after a nested quote's own
        if token.i <= name_end:
            continue
        if not first and token.text == "“":
            name_end = _quoted_name_end(doc, token.i)
            if name_end > token.i:
                continue
        if token.text in (".", "!", "?", ";") or (only_marks(token.text) and not in_nickname(token)):
            return None
        if (
            first
            and token.is_sent_start
            and token.lower_ in speaker_lexicon.PRONOUNS
            and _ends_statement(doc, token.i)
        ):
            return None  # "“We will sue.” She then announced ...": a new sentence with a cue of its own
        first = False
        if (is_cue(token) and not _act_not_speech(token)) or _noun_tagged_cue(doc, token, quote):
            return token.i
    return None


def _act_not_speech(token: Token) -> bool:
    """Whether a verb of manner that can frame a quote ("“...,” he began", "“...,” she read") here
    governs an act of its own after it: '“...,” and orders [began to pick up]', '“...,” she [read the
    letter] aloud'. Reporting verbs ("said", "told reporters") keep their objects, and so does a verb
    with no subject before it, whose "object" is its inverted subject ('“...,” read the email',
    '“...,” opined the editorial')."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.REPORTING_VERBS or lemma not in lexicon.DIRECT_QUOTE_VERBS:
        return False
    if not any(child.dep_ in ("nsubj", "nsubjpass") for child in token.lefts):
        return False
    return any(child.dep_ in ("xcomp", "dobj", "ccomp") and child.i > token.i for child in token.children)


def _noun_tagged_cue(doc: Doc, token: Token, quote: MarkedQuote) -> bool:
    """A reporting verb the tagger took for a noun after a short subject: ``“Family leave,” the
    policy states, becomes ...`` ("states" as in "the states"), ``“...,” the two write.``, ``“...,”
    the editorial read.``. Only right after a quote closed by a comma, "!" or "?", with nothing but
    the subject between, and the sentence's end, a comma or a preposition after the verb."""
    assert quote.close is not None
    if token.pos_ != "NOUN" or not token.is_lower:
        return False
    lemma = token.lemma_.lower()
    if lemma not in lexicon.REPORTING_VERBS and lemma not in lexicon.DIRECT_QUOTE_VERBS:
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.text not in (",", ".", "!", "?") and following.pos_ != "ADP":
        return False
    words = []
    j = token.i - 1
    while j > 0 and doc[j].idx > quote.close and len(words) < 7:
        words.append(doc[j])
        j -= 1
    return (
        bool(words)
        and doc[j].idx == quote.close
        and doc[j - 1].text in (",", "!", "?")
        and all(t.pos_ in _SUBJECT_POS or t.text == "-" for t in words)
        and any(t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") for t in words)  # "the editorial" as an adjective
    )


#: Parts of speech of a short subject between a quote and its cue ("a voice-over in the ad").
_SUBJECT_POS = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PUNCT")


def attribution_frame(
    doc: Doc, text: str, starts: list[int], quote: MarkedQuote, para_end: int
) -> int | None:
    """The verb of an attribution after a quoted sentence, when it is no reporting verb: ``“...,”
    he fumed.``, ``“...!” blared the front page.``, ``“...?” Roe pressed.``. The frame itself marks
    speech: punctuation closing the quoted words, then a clause that is only a subject and an
    intransitive verb (in either order), ended by the sentence."""
    assert quote.close is not None
    if text[quote.end - 1] not in ",!?":
        return None
    clause = []
    for token in tokens(doc, starts, quote.close + 1, min(para_end, quote.close + 80)):
        if token.idx > quote.close + 2 and (token.is_sent_start or token.text in (".", "!", "?", ";", ",")):
            break
        if only_marks(token.text) or token.is_space:
            continue
        clause.append(token)
    if clause and text[quote.end - 1] in "!?" and clause[0].text in ("He", "She", "They", "I", "We", "It"):
        return None  # "“Why not?” He walked out.": a new sentence of the writer's
    verbs = [t for t in clause if t.pos_ == "VERB" and t.dep_ != "nsubj"]  # "Trump" tagged a verb
    if len(verbs) != 1 or verbs[0].tag_ not in ("VBD", "VBZ") or len(clause) > 9:
        return None
    verb = verbs[0]
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c in clause]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp")]
    if len(subjects) != 1 or any(c.idx > quote.close for c in objects):  # the quote may be its object
        return None
    if any(
        t.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "ADP", "ADV", "PART")
        for t in clause
        if t is not verb and t not in subjects
    ):
        return None
    return verb.i


def _quoted_name_end(doc: Doc, i: int) -> int:
    """The closing mark of a short quoted name opening at token ``i`` (``“Ted Cruz”``: capitalised
    words only), or -1."""
    for j in range(i + 1, min(i + 5, len(doc))):
        if doc[j].text == "”":
            return j if j > i + 1 else -1
        if not (doc[j].is_alpha and doc[j].text[0].isupper()):
            return -1
    return -1


def _ends_statement(doc: Doc, i: int) -> bool:
    """Whether the last word before token ``i`` and its closing marks is a full stop."""
    j = i - 1
    while j > 0 and only_marks(doc[j].text):
        j -= 1
    return doc[j].text == "."


def dash_speaker(doc: Doc, text: str, starts: list[int], quote: MarkedQuote, para_end: int) -> int | None:
    """The name after a dash that ends a paragraph: ``“...” ― Steve Quinlan``."""
    assert quote.close is not None
    rest = text[quote.close + 1 : para_end]
    stripped = rest.lstrip(" \t\u00a0")
    if not stripped or stripped[0] not in DASHES or len(stripped) > 80:
        return None
    offset = para_end - len(stripped)
    named = tokens(doc, starts, offset, para_end)
    if any(token.pos_ in ("VERB", "AUX") and token.is_lower for token in named):
        return None  # "“...!” — the crowd cheered": the sentence goes on, no name
    return first_nominal(named)


def colon_speaker(doc: Doc, text: str, starts: list[int], quote: MarkedQuote, para_end: int) -> int | None:
    """The speaker a headline names after a colon that follows its quote, and nothing else after it
    (British and Commonwealth style: ``‘We will not back down’: minister``, ``'Sales are up': Acme
    boss``): the head of that phrase; ``None`` when a verb follows (``: minister vows ...`` has a cue)
    or more than a few words."""
    assert quote.close is not None
    rest = text[quote.close + 1 : para_end].strip(" \t\u00a0")
    if not rest.startswith(":") or len(rest) > _COLON_SPEAKER_CHARS:
        return None
    named = tokens(doc, starts, para_end - len(rest) + 1, para_end)
    words = [t for t in named if not t.is_space and not t.is_punct]
    if not words or len(words) > _COLON_SPEAKER_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return first_nominal(named)


#: The most characters and words of a speaker named after a headline quote's colon.
_COLON_SPEAKER_CHARS = 60
_COLON_SPEAKER_WORDS = 5


#: Nouns of documents whose author a following "from"/"by" names ("a statement from the company").
_DOCUMENT_NOUNS = frozenset(
    {"statement", "document", "report", "transcript", "release", "filing", "letter", "memo", "email"}
    | {"account"}
)


def according_after(doc: Doc, starts: list[int], quote: MarkedQuote, para_end: int) -> int | None:
    """The source of a quote followed by ``, according to X`` (``“We will appeal,” according to her
    lawyer.``): the head of X, or the author of a document X names (``according to a statement from
    the company``, ``a court document filed by the state attorney``)."""
    assert quote.close is not None
    reach = tokens(doc, starts, quote.close + 1, min(para_end, quote.close + 40))
    after = [t for t in reach if not t.is_space]
    if after and after[0].text == ",":
        after = after[1:]
    if len(after) < 3 or after[0].lower_ != "according" or after[1].lower_ != "to":
        return None
    objects = [c for c in after[1].children if c.dep_ == "pobj"]
    if not objects:
        return None
    source = objects[0]
    if source.lemma_.lower() in _DOCUMENT_NOUNS:
        for token in source.subtree:
            if token.lower_ in ("from", "by") and token.i > source.i:
                authors = [c for c in token.children if c.dep_ == "pobj"]
                if authors:
                    return authors[0].i
    return source.i


def byline_speaker(doc: Doc, text: str, starts: list[int], line: tuple[int, int]) -> int | None:
    """The speaker named on the short line after a paragraph that is all one quote: ``- Jane Roe.``,
    ``-Jane Roe, tweeting after the speech.``, ``Jane Roe, Policy Institute.`` (a name with no
    dash must be a full name, so a photo credit such as "Getty." names nobody)."""
    start, end = line
    body = text[start:end].strip()
    if not body or len(body) > 80:
        return None
    dashed = body[0] in DASHES
    named = [t for t in tokens(doc, starts, start, end) if not t.is_space and t.text not in DASHES]
    if not named or any(t.tag_ in FINITE_TAGS for t in named):
        return None  # "- the crowd cheered": a sentence, no name
    first = named[0]
    if dashed:
        return first_nominal(doc[first.i : named[-1].i + 1]) if first.is_title else None
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    last = first
    while last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
        last = doc[last.i + 1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if last.i == first.i or (after is not None and after.idx < end and after.text not in (",", ".")):
        return None
    return last.i


def writers_words_before_cue(doc: Doc, starts: list[int], quote: MarkedQuote, cue: int) -> bool:
    """Whether the writer's own clause stands between a quote and its cue: '“There is calm now,” [and
    donations began to rise], Gilbert said', '“...,” [in contrast to races when parties did it], says
    Roe'. The cue's content is then the whole stretch before it, one mixed quote (seeds/ANNOTATION.md),
    not the quote alone. Only words that open with a conjunction or a preposition and hold a verb of
    their own (a finite verb) count: the cue's subject and its description ('“...,” Hugh Hill, a doctor
    who treated him, said') and a setting without a verb ('“...,” in a statement, the firm said') do
    not."""
    assert quote.close is not None
    verb = doc[cue]
    own = {t.i for t in verb.subtree if t.i < verb.i} - {
        t.i
        for child in verb.children
        if child.dep_ not in ("nsubj", "nsubjpass", "aux", "advmod", "neg")
        for t in child.subtree
    }  # the cue's subject with its description, and its auxiliaries and adverbs
    between = [
        t for t in tokens(doc, starts, quote.close + 1, verb.idx) if not (t.is_punct or only_marks(t.text))
    ]
    if not between or between[0].i in own or between[0].pos_ not in ("CCONJ", "ADP", "SCONJ"):
        return False
    return any(t.tag_ in FINITE_TAGS and t.i not in own for t in between)


def inverted_cue(doc: Doc, starts: list[int], quote: MarkedQuote, cue: int) -> bool:
    """Whether a quoted sentence is the object of an inverted cue right after its closing mark, a
    name after the cue (``“For months we have waited” said Tom Hale, a spokesman.``): the writer
    left out the comma, but the words are a quote of that person, not the subject of the writer's
    sentence. The quoted words open with a capital and hold a verb of their own."""
    assert quote.close is not None
    between = tokens(doc, starts, quote.close + 1, doc[cue].idx)
    if any(not only_marks(t.text) for t in between) or doc[cue].lemma_.lower() not in _INVERTED_CUES:
        return False
    words = tokens(doc, starts, quote.start, quote.end)
    opens = _first_word(words)
    if opens is None or not opens.text[:1].isupper() or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    return speaker_near_cue(doc, starts, quote, cue) is not None


#: Verbs of saying that come before their subject after a quote ("“...” said Tom Hale").
_INVERTED_CUES = frozenset({"say", "add", "write", "state", "explain"})


def _first_word(words: Span) -> Token | None:
    """The first word of a span, past quote marks and punctuation."""
    return next((t for t in words if not t.is_punct and not only_marks(t.text)), None)
