"""The cue or speaker after a quote's closing mark (quotes/find/direct/cue_after.py): a quoted name in the
aside before the cue, the name next to the cue, attribution frames with a verb of manner."""

from __future__ import annotations

import pytest

from quotes.find.direct.direct import find_direct_quotes

QUOTED_NAME_ASIDE_CASES = [
    # (text, the cue word after the quote, or None)
    # a quoted name inside the aside between the quote and its cue
    (
        "“We’ve had better conventions than this one,” Ohio delegate Bill Smith, wearing a cowboy hat "
        "and “Roe” campaign pins, said matter-of-factly.",
        "said",
    ),
    # ... but another quoted phrase there is a quote of its own: no cue reached over it
    ("“We’ve had better years,” the fans of the “old guard of the party” said.", None),
]


@pytest.mark.parametrize(("text", "cue"), QUOTED_NAME_ASIDE_CASES)
def test_cue_after_a_quoted_name_in_the_aside(nlp, text: str, cue: str | None) -> None:
    doc = nlp(text)
    quote = find_direct_quotes(doc)[0]
    found = doc[quote.cue].text if quote.cue is not None and quote.mode == "cue_after" else None
    assert found == cue


SPEAKER_NEAR_CUE_CASES = [
    # (text, the word of the speaker token): the name right after a cue that follows the quote
    ("“Safety,” said Grimes, a retired nurse. “Safety for everybody.”", "Grimes"),
    # a cue right after a quote that follows a colon names the speaker nearest the words
    ("Jane Roe posted about the vote on her blog: “We were robbed,” she wrote.", "she"),
    # negative: a name between the mark and the cue is the one
    ("“We were robbed,” Tom Hale, a farmer, said.", "Hale"),
]


@pytest.mark.parametrize(("text", "word"), SPEAKER_NEAR_CUE_CASES)
def test_speaker_token_next_to_a_cue_after_the_quote(nlp, text: str, word: str) -> None:
    doc = nlp(text)
    quote = find_direct_quotes(doc)[0]
    assert quote.mode == "cue_after"
    assert quote.speaker_token is not None and doc[quote.speaker_token].text == word


ATTRIBUTION_FRAME_CASES = [
    # (text, the cue word): a subject and an intransitive verb after a quoted sentence attribute it,
    # even when the verb is no reporting verb
    ("“We will not back down, not now, not ever,” he fumed.", "fumed"),
    ("“This is fantastic!” beamed Ann Hale, a delegate from Ohio.", "beamed"),
    ("“Would you sign it again?” Roe pressed.", "pressed"),
    # negative: a new sentence, or a clause that does more than attribute
    ("“Why not?” He walked out of the room.", None),
    ("“It was a good year,” the mayor's office built a new bridge.", None),
]


@pytest.mark.parametrize(("text", "cue"), ATTRIBUTION_FRAME_CASES)
def test_attribution_frame_after_a_quoted_sentence(nlp, text: str, cue: str | None) -> None:
    doc = nlp(text)
    quotes = [q for q in find_direct_quotes(doc) if q.mode == "cue_after"]
    assert (doc[quotes[0].cue].text if quotes else None) == cue


FRAME_SPEAKER_CASES = [
    # (text, the speaker mention): the tagger reads the name before a verb of manner as a verb
    ("“Stop the count,” Trump shot back.", "Trump"),
    # "one"/"another" after an inverted cue: one of the things just named
    ("Planes filled the skies with messages. “America is great!” read one.", "one"),
    ("Planes filled the skies with messages. “Go home,” said another.", "another"),
    # the inverted subject ends at its comma: a name the tagger missed, not the participle's subject
    ("“Having access to the file is valuable,” said Skelly, explaining he worked with the team.", "Skelly"),
    # negative: a name after the cue is the speaker, not "one" inside its description
    ("“We will win,” said Tom Hale, one of the farmers.", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "mention"), FRAME_SPEAKER_CASES)
def test_speaker_after_the_quote(nlp, text: str, mention: str) -> None:
    directs = [a for a in nlp(text)._.attributions if a["type"] == "direct"]
    assert directs[-1]["speaker"]["mention"] == mention


ACCORDING_AFTER_CASES = [
    # (text, the speaker mention): ", according to X" after a quote with no cue of its own names X,
    # or the author of the document X
    ("“We will appeal,” according to Hale’s lawyer.", "Hale’s lawyer"),
    ("“The plant will close in March,” according to a statement from the company.", "the company"),
    (
        "“Although there was cause to make an arrest, the evidence cannot support a prosecution,” "
        "according to a court document filed by state attorney Dan Hale.",
        "Dan Hale",
    ),
    # negative: a cue of its own comes first
    ("“We will appeal,” Roe said, according to the report.", "Roe"),
]


@pytest.mark.parametrize(("text", "mention"), ACCORDING_AFTER_CASES)
def test_according_to_after_the_quote(nlp, text: str, mention: str) -> None:
    directs = [a for a in nlp(text)._.attributions if a["type"] == "direct"]
    assert directs[0]["speaker"]["mention"] == mention


NOUN_TAGGED_CUE_CASES = [
    # (text, cue word, speaker mention): a cue after the quote that the tagger reads as a noun
    (
        "The ad moves to guns. “They know she is strong enough to stop the abuses,” a voice-over in the "
        "ad states. “She will stand up to the gun lobby.”",
        "states",
        "a voice-over",
    ),
    ("“You seem to have picked a new standard out of thin air,” the two write.", "write", "two"),
    ('"Friend, let me be blunt. I can beat the governor," the email read.', "read", "the email"),
    # negative: a noun that only looks like a cue, before the real one
    ("“We will win,” the two reports said.", "said", "the two reports"),
]


@pytest.mark.parametrize(("text", "cue", "mention"), NOUN_TAGGED_CUE_CASES)
def test_cue_tagged_as_a_noun(nlp, text: str, cue: str, mention: str) -> None:
    first = [a for a in nlp(text)._.attributions if a["type"] == "direct"][0]
    assert (first["cue"]["text"], first["speaker"]["mention"]) == (cue, mention)


BYLINE_CASES = [
    # (text, speaker mention of the quote): a paragraph that is all one quote, the name on the next line
    (
        'Our check follows.\n\n"Almost all new income is going to the top."\n\n- Jane Roe.\n\nShe is right.',
        "Jane Roe",
    ),
    (
        '"We will enter the next recession without that consensus."\n\nJosh Bivens, Economic Policy '
        "Institute.\n\nThey spoke.",
        "Josh Bivens",
    ),
    # negatives: a photo credit, a sentence about the person, a sentence after a dash
    ('"We will enter the next recession without that consensus."\n\nGetty.\n\nThe end.', None),
    ('"We will enter the next recession."\n\nJosh Bivens spoke to reporters on Monday.', None),
    ('"We will win."\n\n- the crowd cheered.', None),
]


@pytest.mark.parametrize(("text", "mention"), BYLINE_CASES)
def test_speaker_named_on_the_line_after_the_quote(nlp, text: str, mention: str | None) -> None:
    first = [a for a in nlp(text)._.attributions if a["type"] == "direct"][0]
    assert first["speaker"]["mention"] == mention


#: The writer's own clause between a quote and its cue makes the stretch before the cue one mixed
#: quote; the cue's subject with its description, or a setting without a finite verb, leave the
#: direct quote alone.
WRITERS_WORDS_CASES = [
    (
        "“There is a sense of calm now,” and donations picked up again last week, Gilbert said.",
        [("mixed", "“There is a sense of calm now,” and donations picked up again last week", "said")],
    ),
    (
        "“These groups have been setting the table for voters,” in sharp contrast to earlier races when "
        "parties did it, says Dan Scala, a professor.",
        [
            (
                "mixed",
                "“These groups have been setting the table for voters,” in sharp contrast to earlier races "
                "when parties did it",
                "says",
            )
        ],
    ),
    (  # negative: the subject's description holds the verb
        "“We will win,” Hugh Hill, a doctor who treated him, said.",
        [("direct", "We will win,", "said")],
    ),
    (  # negative: a setting with a participle, no clause
        "“We are reviewing the matter,” in a statement released on Monday, the firm said.",
        [("direct", "We are reviewing the matter,", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRITERS_WORDS_CASES)
def test_writers_clause_between_quote_and_cue(nlp, text: str, expected) -> None:
    from quotes.engines.local import extract

    found = [(r.type, r.text, r.cue.text if r.cue else None) for r in extract(text, nlp=nlp)]
    assert found == expected


INVERTED_CUE_CASES = [
    # (text, the words of the first direct quote with its cue after it, or None)
    # a quoted sentence with no comma before the closing mark, then "said" and a name
    (
        '"For months we have waited for an answer" said Tom Hale, a spokesman.',
        "For months we have waited for an answer",
    ),
    ("“We will not sell the farm” says Ann Roe.", "We will not sell the farm"),
    # negative: a quoted phrase with no verb of its own is a term the writer's sentence goes on with
    ("“The new plan” said little about costs, Ann Roe wrote.", None),
    # negative: a lower-case fragment that a verb of the writer's sentence follows
    ("“Boots on the ground” would help, he said.", None),
]


@pytest.mark.parametrize(("text", "words"), INVERTED_CUE_CASES)
def test_inverted_cue_after_a_quote_without_a_comma(nlp, text: str, words: str | None) -> None:
    doc = nlp(text)
    found = [text[q.start : q.end] for q in find_direct_quotes(doc) if q.mode == "cue_after"]
    assert (found[0] if found else None) == words


HEADLINE_COLON_CASES = [
    # (text, the speaker word after the headline quote's colon, or None)
    ("‘We will not back down’: minister\n\nTom Hale said the strike was unjustified.", "minister"),
    ("'Sales are up': Acme boss\n\nMaria Lopez said the company was hiring.", "boss"),
    ("“We will win”: Hale\n\nTom Hale said the team was ready.", "Hale"),
    # a verb after the colon is a cue of its own, not a bare speaker
    ("‘We will not back down’: minister vows to fight on\n\nTom Hale spoke.", None),
    # the phrase after the colon must end the headline, in a few words
    ("‘Stop’: a word the council used three times in its long letter to the residents\n\nIt went on.", None),
    # only a headline: a line further down is a list of links or a subhead
    ("Tom Hale spoke on Monday.\n\n‘We will not back down’: minister\n\nHe left.", None),
]


@pytest.mark.parametrize(("text", "speaker"), HEADLINE_COLON_CASES)
def test_a_headline_quote_names_its_speaker_after_a_colon(nlp, text: str, speaker: str | None) -> None:
    doc = nlp(text)
    quotes = [q for q in find_direct_quotes(doc) if q.mode == "dash"]
    found = doc[quotes[0].speaker_token].text if quotes and quotes[0].speaker_token is not None else None
    assert found == speaker
