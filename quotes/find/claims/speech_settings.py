"""The writer's setting of a speech around a quoted fragment: its dating and occasion ("on Sunday",
"in a speech"), and what the writer adds after a fragment closes ("“...” — asserting that ...",
"“...,” referring to ...", "“...” as he faces ..."). None of it is the speaker's content.
"""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Doc, Token

from quotes.find.direct.tokens import FINITE_TAGS
from quotes.lexicon import cues as lexicon

#: Dashes after a closing quote mark: the writer's aside or a second act follows.
_DASHES = frozenset({"—", "–", "-", "--", "―"})

#: Subordinating words after a closing quote mark that open the writer's concession ("“...,” though
#: voters ..."). PolNeAR keeps "because", "while", "as", "before" and "after" clauses after a fragment
#: as often as it leaves them out.
_WRITER_CLAUSE_MARKS = frozenset({"whereas", "though", "although"})

#: Words after a dash that go on with the content ("“...” — and more", "“...” - including Cruz -").
_DASH_GOES_ON = frozenset({"and", "or", "including", "even"})


def dates_or_sets(token: Token) -> bool:
    """Whether a word opens a phrase dating the speech or naming its occasion or medium ("on
    Sunday", "in an interview with CNN"): the writer's, after a quote that closes on a comma."""
    return token.dep_ == "prep" and any(
        c.dep_ == "pobj" and (c.lemma_.lower() in lexicon.SPEECH_SETTINGS or c.ent_type_ in ("DATE", "TIME"))
        for c in token.children
    )


def ends_at_closing_mark(doc: Doc, first: int, closing: Token, sent_end: int) -> bool:
    """Whether a content whose quoted fragment closes with the mark ``closing`` ends there, because
    what follows is the writer's: the one dash of the content ("“...” — asserting that ..."), a
    concession ("“...,” though ..."), a participle after a comma ("“...,” referring to ...") or a ",
    which" clause. Words that go on with the content do not end it ("“...” — and more", "X - “...”
    - favored ...", "“...” because ...").

    Args:
        doc: the parsed Doc.
        first: the index of the content's first token.
        closing: the closing quote mark.
        sent_end: where the content's sentence ends (a character offset).
    """
    k = closing.i + 1
    if k + 1 >= len(doc) or doc[k + 1].idx >= sent_end:
        return False
    after = doc[k]
    if after.text in _DASHES:
        if doc[k + 1].lower_ in _DASH_GOES_ON or doc[k + 1].is_quote:
            return False  # "“...” -- “...”": the dash leads in to a quote of its own
        return _one_dash(doc, first)
    comma = after.text == ","  # '“...”, referring to ...'; a comma inside the marks ends nothing
    if comma:
        after = doc[k + 1]
    if after.lower_ in _WRITER_CLAUSE_MARKS:
        return after.dep_ == "mark" or any(c.dep_ == "pcomp" for c in after.children)
    return comma and (
        after.lower_ == "which" or (after.tag_ == "VBG" and after.dep_ in ("advcl", "xcomp", "conj"))
    )


def _one_dash(doc: Doc, first: int) -> bool:
    """Whether the sentence from token ``first`` holds one dash only (the parse may end the
    sentence at a dash, so this reads on to a full stop or the paragraph's end)."""
    count = 0
    for token in doc[first:]:
        if token.text in _DASHES:
            count += 1
        elif token.text in (".", "!", "?") or "\n" in token.text_with_ws:
            break
    return count == 1


def before_setting(doc: Doc, closed: int, end: int, last: int) -> int:
    """Where a quoted characterisation's content ends: at ``end``, or before a phrase after the last
    closing mark (at ``closed``) that sets the scene of the speech: a date or time ("on Tuesday"), an
    occasion or medium ("in a speech", "during a stop in Flint") (:data:`quotes.lexicon.cues.
    SPEECH_SETTINGS`). Other phrases after the quote stay ("“a historic step” in global efforts")."""
    span = doc.char_span(closed, end, alignment_mode="expand")
    if span is None:
        return end
    for token in span:
        if token.idx < closed or token.i > last or token.dep_ != "prep":
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if token.lower_ in lexicon.SETTING_PREPOSITIONS or any(
            o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in lexicon.SPEECH_SETTINGS for o in objects
        ):
            return token.idx
    return end


def speaker_description(doc: Doc, first: int, sent_end: int) -> bool:
    """Whether the words from token ``first`` to the sentence end describe the speaker as they spoke
    (an absolute phrase: "..., he said, [eyes welling]", "..., she said, [her voice breaking]"): a
    noun phrase and a participle, with no finite verb, no "to" and no quote mark. Such words are the
    writer's, not content."""
    # the words before ``sent_end`` are the first of ``doc[first:]``: stop there, not at the doc's end
    before_end = takewhile(lambda t: t.idx < sent_end, doc[first:])
    words = [t for t in before_end if not (t.is_punct and not t.is_quote)]
    if len(words) < 2 or words[0].pos_ not in ("DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"):
        return False
    if any(t.tag_ in FINITE_TAGS or t.tag_ == "TO" or t.is_quote for t in words):
        return False
    # the tagger often takes a last "-ing" word for a noun ("her voice [breaking]/NN")
    participles = [
        t for t in words if t.tag_ in ("VBG", "VBN") or (t is words[-1] and t.lower_.endswith("ing"))
    ]
    return bool(participles) and any(t.pos_ in ("NOUN", "PROPN") for t in words if t.i < participles[0].i)
