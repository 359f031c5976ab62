"""The cue and speaker before a quote's opening mark: a reporting verb right before it (``Jane Doe
said, “...”``), a clause ending in a colon (``Cruz called them on it:``, ``Republican pollster Daron
Shaw:``, ``From Jane Roe at the Post:``), a digest line's name after a dash, ``As Jane Roe put it,``,
``According to the newspaper,`` and the subject of the sentence before a participle (``Adding, “...”``).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from quotes.find.direct.cue_after import DASHES
from quotes.find.direct.marks import MarkedQuote, looks_like_title
from quotes.find.direct.tokens import first_nominal, is_cue, only_marks, token_at, tokens
from quotes.lexicon import cues as lexicon
from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.mentions import addressed

#: A comma or a dash between a clause and the quote it introduces ("he wrapped up — “We will win!” —").
_CLAUSE_BREAKS = (",", "-", "--", "—", "–")


#: Verbs of a text's saying that the lexicon's reporting verbs lack ("Article 33 affirms:").
_LAW_CUES = frozenset({"affirm", "reaffirm", "stipulate", "provide", "decree"})


def colon_intro(doc: Doc, starts: list[int], lead_start: int, colon: int) -> tuple[int | None, int | None]:
    """Cue and speaker of a clause that ends in a colon before a quote but has no reporting verb.

    ``Republican pollster Daron Shaw:`` and ``Trump:`` name the speaker; ``From Jane Roe at the Post:``
    names it after "From"; otherwise the clause's main verb is the cue (``Cruz called them on it:``).
    Returns ``(cue, speaker_token)``, either or both ``None``.
    """
    mark = token_at(doc, starts, colon)
    if mark is None or mark.i == 0:
        return None, None
    last = doc[mark.i - 1]
    sentence = doc[max(last.sent.start, bisect_left(starts, lead_start)) : last.i + 1]
    words = [t for t in sentence if not t.is_punct]
    if len(words) > 2 and words[0].lower_ == "according" and words[1].lower_ == "to":
        return None, words[2].i if len(words) == 3 else first_nominal(sentence[words[2].i - sentence.start :])
    if len(words) > 2 and words[0].lower_ == "here" and words[1].lower_ in ("’s", "'s", "is"):
        return None, first_nominal(sentence[words[2].i - sentence.start :])  # "Here’s Roe in 1992:"
    if (
        len(words) >= 2
        and last.tag_ == "NNS"
        and (last.lemma_.lower() in lexicon.REPORTING_VERBS or last.lemma_.lower() in _LAW_CUES)
        and words[-2].pos_ in ("PROPN", "NOUN", "NUM")
    ):  # "Article 33 affirms:": a present-tense cue the tagger took for a plural noun
        return last.i, first_nominal(sentence[: words[-2].i - sentence.start + 1])
    if words and words[0].lower_ == "from":
        objects = [c for c in words[0].children if c.dep_ == "pobj"]
        if objects:  # "From the governor's statement:" is the governor's
            owners = [c for c in objects[0].children if c.dep_ == "poss"]
            return None, (owners[0] if owners else objects[0]).i
    if last.ent_type_ in ("PERSON", "ORG") or (
        words and len(words) <= 4 and all(t.pos_ == "PROPN" for t in words)
    ):
        return None, last.i
    root = last.sent.root
    if sentence.start <= root.i <= last.i:
        if root.pos_ in ("VERB", "AUX"):
            return root.i, None
        if root.pos_ in ("NOUN", "PROPN"):  # "Partial transcript as follows:" names its source
            return None, root.i
        return None, None
    token = last  # the parse runs the sentence on into the quote: the lead's own verb ("As Roe put it:")
    while sentence.start <= token.i <= last.i:
        embedded = token.dep_ == "ccomp" and sentence.start <= token.head.i <= last.i  # "said that ..."
        if (
            token.pos_ in ("VERB", "AUX")  # "the board was conclusive in its findings:" is the board's
            and not embedded
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < last.i for c in token.children)
        ):
            return token.i, None
        if token.head.i == token.i:
            break
        token = token.head
    return None, None


def name_after_dash(doc: Doc, starts: list[int], lead_start: int, colon: int) -> int | None:
    """The speaker of a digest line ``Pollsters agree - Jane Roe: “...”``: a short name between a dash
    and the colon (the words before the dash are a topic, not the speaker's clause)."""
    mark = token_at(doc, starts, colon)
    if mark is None:
        return None
    words = []
    for token in reversed(tokens(doc, starts, lead_start, mark.idx)):
        if token.text in DASHES or token.text == "--":
            break
        words.append(token)
    else:
        return None
    if (
        not words
        or len(words) > 4
        or not all(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in words)
    ):
        return None
    return words[0].i


def previous_speaker(doc: Doc, cue: int) -> int | None:
    """The speaker of a participle that opens its sentence with no subject (``Adding, “...”``): the
    subject of the sentence before, when a reporting verb heads it."""
    token = doc[cue]
    if token.tag_ != "VBG" or not token.is_sent_start or token.sent.start == 0:
        return None
    previous = doc[token.sent.start - 1].sent.root
    if not is_cue(previous):
        return None
    subjects = [c for c in previous.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0].i if subjects else None


def name_before_cue(doc: Doc, cue: int) -> int | None:
    """The name right before a reporting verb, over a party tag in brackets and an auxiliary or
    adverb (``Rep. Jane Roe (R-WI) said “...”``), for when the parse leaves the verb without a
    subject (a long clause before the name makes it a clause of that one)."""
    if addressed(doc[cue]):
        return None
    j = cue - 1
    while j >= 0 and cue - j <= 2 and doc[j].pos_ in ("AUX", "ADV", "PART") and doc[j].is_lower:
        j -= 1
    if j > 0 and doc[j].text == ")":
        opening = [t.i for t in doc[max(0, j - 6) : j] if t.text == "("]
        j = opening[-1] - 1 if opening else -1
    if j < 0 or "\n" in doc[j:cue].text:
        return None
    name = doc[j]
    if name.pos_ != "PROPN" or name.ent_type_ not in speaker_lexicon.SPEAKER_ENTITIES or name.ent_iob_ == "O":
        return None
    return name.i


def cue_in_clause(doc: Doc, starts: list[int], start: int, end: int) -> int | None:
    """The last reporting verb in ``doc.text[start:end]`` (an introducing clause like "He added:")."""
    found = None
    for token in tokens(doc, starts, start, end):
        if is_cue(token):
            found = token.i
    return found


#: Conjunctions of a clause set before the main one ("When someone shouted, “Cruz,” Roe joked").
_TIME_CONJUNCTIONS = frozenset({"when", "as", "after", "before", "while", "once", "until", "whenever"})


def cue_right_before(
    doc: Doc, text: str, starts: list[int], quote: MarkedQuote, p_start: int, p_end: int
) -> int | None:
    """A reporting verb right before the opening mark (``Jane Doe said, "It is over."``), when the quote
    then runs to the end of its sentence or is a whole utterance of its own (``She declared “What a
    night!” and left``); a fragment inside a clause stays a fragment."""
    if quote.close is None:
        return None
    before = tokens(doc, starts, p_start, quote.open)
    while len(before) and before[-1].is_space:  # "told Politico,\u00a0“...”"
        before = before[:-1]
    comma = len(before) > 0 and before[-1].text in _CLAUSE_BREAKS
    listener_comma = len(before) > 0 and before[-1].text == ","  # not a dash: "the ruling — “...” —"
    colon_or_comma = comma or (len(before) > 0 and before[-1].text == ":")
    if len(before) and before[-1].text in (*_CLAUSE_BREAKS, ":"):
        before = before[:-1]
    if len(before) and before[-1].dep_ in ("dobj", "dative") and before[-1].head.i == before[-1].i - 1:
        before = before[:-1]  # "asking her, “...”", "told reporters “...”"
    if not len(before):
        return None
    cue = before[-1]
    if not is_cue(cue) and comma:  # "Sanders asks at a high school, “...”": climb to the clause's verb,
        for _ in range(8):  # over clauses that only describe a noun ("told the mayors who gathered in ...")
            if (cue.pos_ in ("VERB", "AUX") and cue.dep_ not in ("relcl", "acl")) or cue.head is cue:
                break
            if is_cue(cue):  # "the senator, who joked of the stadium, “...”": the relative clause's cue
                break
            cue = cue.head
        if (
            cue.tag_ == "VBG"
            and cue.dep_ == "advcl"
            and cue.head.i < cue.i
            and is_cue(cue.head)
            and capitalised(text, quote, min_words=2)
        ):  # "Roe joked, again using a fake accent, “Amen!”": the aside is not the cue
            cue = cue.head
    if listener_comma and (cue.i >= before.end or cue.pos_ not in ("VERB", "AUX")):
        # the parse hung the verb's listener on the quote's clause, or made it a sentence of its own
        cue = _verb_before_object(before) or cue
    if cue.i >= before.end or not (is_cue(cue) or (comma and _utterance_verb(cue, text, quote))):
        return None
    if cue.lemma_.lower() == "continue" and cue.i == before.end - 1 and not colon_or_comma:
        return None  # "a trend that will continue “for the next few years”": no speech goes on
    if not colon_or_comma and any(c.tag_ in ("WP", "WDT") and c.i < cue.i for c in cue.children):
        return None  # "says what he believes “no matter what”": "what" is the verb's object, not the quote
    if text[quote.end - 1] in "!?" or (
        text[quote.end - 1] == "." and len(text[quote.start : quote.end].split()) > 2
    ):
        return cue.i
    if text[quote.start : quote.close].rstrip(" ”’\"'").endswith(",") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_CONJUNCTIONS and c.i < cue.i for c in cue.children
    ):  # "When someone shouted, “Cruz,” Beck joked": the quote closes the subordinate clause
        return cue.i
    after = tokens(doc, starts, quote.close + 1, p_end)
    closed_clause = text[quote.start : quote.close].rstrip(" ”’\"'").endswith(",") and capitalised(
        text, quote
    )
    for token in after:
        if token.is_sent_start or token.text in lexicon.QUOTE_CHARS or token.text in _CLAUSE_BREAKS[1:]:
            break  # the end of the sentence, another quote, or the dash closing an aside
        if closed_clause and (
            token.tag_ in ("VBG", "WRB", "WP") or token.pos_ == "SCONJ" or cue.dep_ == "relcl"
        ):  # '“...,” drawing jeers' / '“...,” when he ...' / '“...,” who sang' / 'who joked, “...,” left'
            break
        if not token.is_punct:
            return None
    return cue.i


#: Parts of speech of a listener named after the verb ("told Radio Five host Jane Roe").
_OBJECT_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "ADP", "PART", "PUNCT", "CCONJ"})


def _verb_before_object(before: Span) -> Token | None:
    """The reporting verb of ``told Morning Radio host Jane Roe, “...”`` when the parse takes the
    listener for the quote's subject, or for a sentence of its own, and the climb from it finds no
    verb: the nearest cue to the left over nothing but the listener's words (a few nouns, names and
    their little words, no verb, no full stop or line break)."""
    for token in reversed(before[-12:]):
        if is_cue(token) and token.pos_ == "VERB":
            return token
        if token.pos_ not in _OBJECT_POS or token.text in (".", "!", "?", ";", ":") or "\n" in token.text:
            return None
    return None


def as_one_put_it(
    doc: Doc, text: str, starts: list[int], quote: MarkedQuote, sentence_start: int
) -> tuple[int, int | None] | None:
    """Cue and speaker of ``As Jane Roe, a historian, put it, “...”``: "put" (no reporting verb, and
    the parse often hangs it on the quote's own verb) with its "it", after "As" and the speaker."""
    if quote.close is None:
        return None
    if text[quote.end - 1] not in ".,!?…" and text[quote.close + 1 : quote.close + 2] not in (".", "!", "?"):
        return None  # 'as he puts it, “the best thing” is ...': a fragment in the writer's sentence
    lead = tokens(doc, starts, sentence_start, quote.open)
    words = [t for t in lead if not t.is_space]
    if len(words) < 5 or words[-1].text != "," or words[-2].lower_ != "it" or words[-3].lemma_ != "put":
        return None
    opening = next((t for t in words if t.lower_ == "as"), None)
    if opening is None or opening.i > words[-3].i - 2:
        return None
    speaker = doc[opening.i + 1 : words[-3].i]
    heads = [  # the noun phrase's own head ("clerk" of "the court's clerk"), not a word inside it
        t.i
        for t in speaker
        if t.pos_ in ("PROPN", "NOUN", "PRON") and not speaker.start <= t.head.i < speaker.end
    ]
    return words[-3].i, heads[0] if heads else first_nominal(speaker)


def capitalised(text: str, quote: MarkedQuote, min_words: int = 3) -> bool:
    """Whether the quoted words begin with a capital letter, as a sentence of their own does, and are
    not a title or a slogan ("Stronger Together.", "Perceptions 301")."""
    words = text[quote.start : quote.end]
    first = next((char for char in words if char.isalpha()), "")
    return first.isupper() and len(words.split()) >= min_words and not looks_like_title(words.rstrip(".,!?"))


def _utterance_verb(verb: Token, text: str, quote: MarkedQuote) -> bool:
    """Whether ``verb``, not a reporting verb, introduces a quote that is a sentence of its own after a
    comma: ``the mayor shot back, “I suppose ...”``, ``As one columnist put it, “The council ...”``,
    ``the governor issued a statement, “Tonight ...”``. The verb must have a subject to be the speaker."""
    if verb.pos_ != "VERB" or verb.dep_ in ("relcl", "acl", "amod"):
        return False
    if not capitalised(text, quote, min_words=2):
        return False  # a slogan or a title in apposition ("their slogan, “Stronger Together.”")
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children) or verb.dep_ == "conj"


def according_to(doc: Doc, starts: list[int], quote: MarkedQuote, p_start: int) -> int | None:
    """The source of ``According to the newspaper, “...”``: the head of the noun after "to"."""
    before = tokens(doc, starts, p_start, quote.open)
    if len(before) < 4 or before[-1].text != ",":
        return None
    for token in reversed(before[:-1]):
        if token.is_sent_start and token.lower_ != "according":
            return None
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
            return objects[0].i if objects else None
    return None


#: Possessive words before "words" that name no speaker of their own ("in other words").
_NOT_OWNERS = frozenset({"other", "few", "many", "simple", "plain", "same", "these", "those", "the"})


def in_words_of(doc: Doc, text: str, starts: list[int], quote: MarkedQuote, p_start: int) -> int | None:
    """The speaker of ``In the mayor’s words, “...”``, ``in the words of one aide, “...”`` or ``in his
    words, “...”``: the owner of the words, when the quote goes on to the end of its sentence."""
    if quote.close is None:
        return None
    if text[quote.end - 1] not in ".!?…" and text[quote.close + 1 : quote.close + 2] not in (".", "!", "?"):
        return None  # "in his words, “a disaster,” for the city": a fragment in the writer's sentence
    before = [t for t in tokens(doc, starts, max(p_start, quote.open - 120), quote.open) if not t.is_space]
    if len(before) < 4 or before[-1].text != ",":
        return None
    words = before[:-1]
    if words[-1].lower_ == "words":  # "in Forbes’ words", "in his words"
        owner = [t for t in words[-4:-1] if not only_marks(t.text) and t.lower_ not in ("'s", "’s")]
        if len(words) < 3 or not owner or not any(t.lower_ == "in" for t in words[-5:-2]):
            return None
        last = owner[-1]
        if last.lower_ in _NOT_OWNERS or last.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        return last.i
    for k in range(len(words) - 2, max(0, len(words) - 10), -1):  # "in the words of X"
        if words[k].lower_ == "of" and words[k - 1].lower_ == "words":
            lead = [t.lower_ for t in words[max(0, k - 3) : k - 1]]
            if "in" not in lead:
                return None
            return first_nominal(doc[words[k].i + 1 : words[-1].i + 1])
    return None
