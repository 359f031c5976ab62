"""Quote marks and direct quotes: every mark style, apostrophes and titles, run-on and unmarked quotes."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotes.marks import find_direct_quotes, find_marked_quotes

MARKED_CASES = [
    # (text, expected quote texts (titles excluded), titles)
    ("“We will win,” he said.", ["We will win,"], []),
    ("‘We will win,’ he said.", ["We will win,"], []),
    ('"We will win," he said.', ["We will win,"], []),
    ("'We will win,' he said.", ["We will win,"], []),
    ("He said it was 'a disgrace' and left.", ["a disgrace"], []),
    ("''It's more tinkering,'' said Mr. Cole.", ["It's more tinkering,"], []),  # two apostrophes
    # apostrophes are not marks
    ("Trump’s plans and Russia's war don't change.", [], []),
    ("It isn't over, he said, and the allies’ support holds.", [], []),
    ("It isn’t ‘over’ yet.", ["over"], []),
    # UK style: single marks with apostrophes inside, a plural possessive included
    (
        "‘We don’t know what the allies’ plans are,’ the minister said.",
        ["We don’t know what the allies’ plans are,"],
        [],
    ),
    ("He said ‘thanks’ to the ‘friends’ of the club.", ["thanks", "friends"], []),
    # nested marks stay inside the outer quote
    (
        "“He told me ‘never again’, and he meant it,” she said.",
        ["He told me ‘never again’, and he meant it,"],
        [],
    ),
    # a title in single marks is a title, not speech
    ("our latest documentary, 'The A Word', which shines a light", [], ["The A Word"]),
    ("the film ‘Lord Of The Rings’ opened", [], ["Lord Of The Rings"]),
    ("his last ‘State of the Union’ address", [], ["State of the Union"]),
    ("Obama said ‘State of the Union’ speeches run long.", [], ["State of the Union"]),
    # speech in title case with a word a title would not leave small is still speech
    ("the crowd chanted “Thank you Georgia” all night", ["Thank you Georgia"], []),
    # a left single mark after a letter is a misprinted apostrophe, not an opening mark
    ("On CBS‘ morning show, she said, “We will win.”", ["We will win."], []),
    ("“Stop the War,” the banner said.", ["Stop the War,"], []),  # punctuation: a quoted sentence
    # a marked fragment in lower case is not a title
    ("UK promises to ‘stand in solidarity’", ["stand in solidarity"], []),
    # no marks at all
    ("Defence Secretary Ben Wallace said:", [], []),
]


@pytest.mark.parametrize(("text", "expected", "titles"), MARKED_CASES)
def test_marked_quotes(text: str, expected: list[str], titles: list[str]) -> None:
    quotes = find_marked_quotes(text)
    assert [text[q.start : q.end] for q in quotes if not q.title] == expected
    assert [text[q.start : q.end] for q in quotes if q.title] == titles


def test_run_on_quote_over_paragraphs_is_one_span() -> None:
    text = '"First paragraph, no close.\n\n"Second one, still open.\n\n"Last one closes."\n\nNarration.'
    quotes = find_marked_quotes(text)
    assert len(quotes) == 1
    assert (
        text[quotes[0].start : quotes[0].end]
        == 'First paragraph, no close.\n\n"Second one, still open.\n\n"Last one closes.'
    )


def test_unclosed_quote_not_reopened_ends_with_its_paragraph() -> None:
    text = "“This one never closes.\nNext paragraph is narration."
    quotes = find_marked_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["This one never closes."]
    assert quotes[0].close is None


def test_unbalanced_marks_never_raise() -> None:
    for text in ['"', "“", "”", "'", '" "', "a ” b “ c", "''''"]:
        find_marked_quotes(text)


DIRECT_CASES = [
    # (text, [(quote text, mode)])
    ("“We will win,” he said.", [("We will win,", "cue_after")]),
    ("“We will win,” said Mr Wallace.", [("We will win,", "cue_after")]),
    ("He added: “We will win.”", [("We will win.", "cue_before")]),
    ("Ben Wallace said\n\n“We will win.”", [("We will win.", "previous_paragraph")]),
    (
        "He said:\n\n“We will win.”\n\n“And we will rebuild.”",
        [("We will win.", "previous_paragraph"), ("And we will rebuild.", "continuation")],
    ),
    (
        "Ben Wallace said:\n\nI was delighted to visit.\n\nOur support goes on.\n\n"
        "The visit came in a busy week.",
        [("I was delighted to visit.", "block"), ("Our support goes on.", "continuation")],
    ),
    ('Jane Doe said, "It is over."', [("It is over.", "cue_before")]),
    ('Mr Smith said "we will win the war".', [("we will win the war", "cue_before")]),
    ("“No,” said Boris Johnson. “Never.”", [("No,", "cue_after"), ("Never.", "continuation")]),
    (
        "“Here he is,” she said, clapping. “The Donald.”",
        [("Here he is,", "cue_after"), ("The Donald.", "continuation")],
    ),
    (
        "''It's tinkering,'' said Alan Cole, an economist. ''I wouldn't call it reform.''",
        [("It's tinkering,", "cue_after"), ("I wouldn't call it reform.", "continuation")],
    ),
    # transcript lines: a speaker label in capitals
    (
        "WALLACE: Will she be there?\nPENCE: She will not.",
        [("Will she be there?", "label"), ("She will not.", "label")],
    ),
    ("UPDATE: The talks resumed on Monday.", []),
    # fragments after a quote with its own cue are someone else's words, not a continuation
    (
        "“Is it on?” she said, as Trump went on about “how the system is rigged,” and “wounded families”.",
        [("Is it on?", "cue_after")],
    ),
    # a fragment in narration is not a direct quote on its own
    ('He said "several huge mistakes" were made by the Kremlin.', []),
    ("The President thanks the UK for the “big support” it has given.", []),
    ("Mr Wallace said that allies would “stand in solidarity” with Kyiv.", []),
    # a titled work is not a quote
    ("Watch our documentary 'The A Word' tonight.", []),
    # a cue after a long appositive ("X, a doctor who treated him, said")
    (
        "“He was lucky to survive the night,” Hugh Hill, a doctor who treated him at the clinic, said.",
        [("He was lucky to survive the night,", "cue_after")],
    ),
    # cues of manner are cues of direct quotes
    ("“Stay there!” a man in the crowd yelled.", [("Stay there!", "cue_after")]),
    ("“It is a long line,” he joked.", [("It is a long line,", "cue_after")]),
    (  # inverted: the manner verb before its speaker
        "“This is a disaster for the party,” grumbled one senior aide.",
        [("This is a disaster for the party,", "cue_after")],
    ),
    # a quote interrupted by its cue: both parts take the cue
    (
        "“It is a hard question,” said the Ohio senator, “because it puts two rights in conflict.”",
        [("It is a hard question,", "cue_after"), ("because it puts two rights in conflict.", "cue_inside")],
    ),
    # a dash attribution at the end of the paragraph
    (
        "“The river came up faster than anyone expected.” ― Steve Quinlan\n\nThe town was flooded.",
        [("The river came up faster than anyone expected.", "dash")],
    ),
    # a colon with no reporting verb: a name, "From X:", or the clause's own verb
    (
        "From the governor’s statement: “The state will cover the repairs.”",
        [("The state will cover the repairs.", "cue_before")],
    ),
    (
        "Cruz called them on it:\n\n“The questions show why people distrust the media.”",
        [("The questions show why people distrust the media.", "previous_paragraph")],
    ),
    # a whole utterance after its cue, even when the sentence goes on
    (
        "She declared “What a night for us!” and left the stage.",
        [("What a night for us!", "cue_before")],
    ),
    # "According to X," before a quote
    (
        "According to the newspaper, “Gun laws let dealers sell to almost anyone.”",
        [("Gun laws let dealers sell to almost anyone.", "cue_before")],
    ),
    # the cue before a long object and its relative clause
    (
        "She told the mayors who gathered in the city, “no one should doubt our commitment.”",
        [("no one should doubt our commitment.", "cue_before")],
    ),
    (
        "Ryan said,“Look, those images have no place here.”",
        [("Look, those images have no place here.", "cue_before")],
    ),
    ("“This is a win for me,” I confessed.", [("This is a win for me,", "cue_after")]),
    # a participial aside between the cue and the quote ("joked, again using a fake accent, “...”")
    (
        "When a man in the crowd shouted, “Smith,” Roe joked, again using a fake Southern accent, "
        "“Amen, brother! Come on up!”",
        [("Amen, brother! Come on up!", "cue_before")],
    ),
    # ... but a quoted phrase after such an aside is no utterance
    ("Roe said nothing, using his phone, “a habit of his.”", []),
    # not speech: a title used as a modifier, a possessive title, a link label
    ("On the channel’s “Sunday Morning Futures,” Rep. Jo Smith said the vote was close.", []),
    ("“Orange Is the New Black” star Dascha Polanco spoke about her role.", []),
    ("Budget news.\n\n“Related:”\n\nThe vote is on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT_CASES)
def test_direct_quotes(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert [(text[q.start : q.end], q.mode) for q in find_direct_quotes(doc)] == expected


def test_cue_token_is_the_reporting_verb(nlp) -> None:
    doc = nlp("“We will win,” a Downing Street spokesman said.")
    [quote] = find_direct_quotes(doc)
    assert quote.cue is not None and doc[quote.cue].text == "said"


SPEAKER_TOKEN_CASES = [
    # (text, the word the quote's speaker_token points at, or None)
    ("“The river came up faster than anyone expected.” ― Steve Quinlan", "Quinlan"),
    ("From the governor’s statement: “The state will cover the repairs.”", "governor"),
    ("The timing does not surprise pollster Daron Shaw: “Late deciders move late.”", "Shaw"),
    ("“We were wrong not to confront him,” Jorge Ramos, 58, told a news agency.", "Ramos"),
    ("He added: “We will win.”", None),  # the cue leads to the speaker
    ("According to the newspaper, “Gun laws let dealers sell to almost anyone.”", "newspaper"),
]


@pytest.mark.parametrize(("text", "word"), SPEAKER_TOKEN_CASES)
def test_speaker_token_where_no_cue_leads_to_the_speaker(nlp, text: str, word: str | None) -> None:
    doc = nlp(text)
    [quote] = find_direct_quotes(doc)
    if word is None:
        assert quote.speaker_token is None
    else:
        assert quote.speaker_token is not None and doc[quote.speaker_token].text == word


def test_interrupted_quote_parts_share_the_cue(nlp) -> None:
    doc = nlp("“It is a hard question,” said the Ohio senator, “because it puts two rights in conflict.”")
    first, second = find_direct_quotes(doc)
    assert first.cue == second.cue and doc[first.cue].text == "said"


COLON_CUE_CASES = [
    # (text, mode, the cue word or None): a quote after a colon
    # the cue after the quote, when the clause before the colon has none
    (
        "After the attack on a church in Lyon, Roe asserted that the city had lost its soul: "
        "“Lyon is no longer Lyon,” he claimed.",
        "cue_after",
        "claimed",
    ),
    # the lead's own verb when the parse runs its sentence on into the quote ("As ... put it:")
    (
        "As Professor Hale put it: ''The city does a better job at welcoming newcomers than most.''",
        "cue_before",
        "put",
    ),
    # a lead without a reporting verb: its main verb
    ("The mayor had one rule for the staff: “Never apologise, never explain.”", "cue_before", "had"),
    ("He added: “We will win,” and left.", "cue_before", "added"),
]


@pytest.mark.parametrize(("text", "mode", "cue"), COLON_CUE_CASES)
def test_cue_of_a_quote_after_a_colon(nlp, text: str, mode: str, cue: str | None) -> None:
    doc = nlp(text)
    [quote] = find_direct_quotes(doc)
    assert quote.mode == mode
    assert (doc[quote.cue].text if quote.cue is not None else None) == cue


def test_colon_lead_run_on_into_the_quote_skips_its_content_clause(nlp) -> None:
    # the parse hangs the lead "Roe felt that the city lost its soul:" on the quote's verb: the lead's
    # verb is "felt", never "lost" inside its content clause
    words = [
        "Roe",
        "felt",
        "that",
        "the",
        "city",
        "lost",
        "its",
        "soul",
        ":",
        "“",
        "Lyon",
        "is",
        "gone",
        ".",
        "”",
    ]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[
            True,
            True,
            True,
            True,
            True,
            True,
            True,
            False,
            True,
            False,
            True,
            True,
            False,
            False,
            False,
        ],
        heads=[1, 11, 5, 4, 5, 1, 7, 5, 11, 11, 11, 11, 11, 11, 11],
        deps=[
            "nsubj",
            "ccomp",
            "mark",
            "det",
            "nsubj",
            "ccomp",
            "poss",
            "dobj",
            "punct",
            "punct",
            "nsubj",
            "ROOT",
            "acomp",
            "punct",
            "punct",
        ],
        pos=[
            "PROPN",
            "VERB",
            "SCONJ",
            "DET",
            "NOUN",
            "VERB",
            "PRON",
            "NOUN",
            "PUNCT",
            "PUNCT",
            "PROPN",
            "AUX",
            "ADJ",
            "PUNCT",
            "PUNCT",
        ],
    )
    [quote] = find_direct_quotes(doc)
    assert quote.cue is not None and doc[quote.cue].text == "felt"


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


COLON_SENTENCE_CASES = [
    # (text, the cue word, the speaker token's word): a quote after a colon takes the cue of the
    # colon's own sentence, never a reporting verb of an earlier sentence in the paragraph
    (
        "Roe said he would run again. At a rally in Dayton, Roe went further: “Nobody can stop us now.”",
        "went",
        None,
    ),
    ("Jane Roe said the plan was fair. She stood by it: “It is the best deal we could get.”", "stood", None),
    # a digest line: a topic, a dash, then the name of the source before the colon
    (
        "Turnout surprised analysts - Mark Hale: “The late deciders broke for the challenger.”",
        None,
        "Hale",
    ),
    ("Polls held steady — Gallup: “Approval was flat all month.”", None, "Gallup"),
    # negative: a clause with its own verb after the dash is no name
    ("The count went on - officials said it was close: “We will know by noon.”", "said", None),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), COLON_SENTENCE_CASES)
def test_quote_after_a_colon_takes_its_own_sentence(
    nlp, text: str, cue: str | None, speaker: str | None
) -> None:
    doc = nlp(text)
    [quote] = [q for q in find_direct_quotes(doc) if q.mode == "cue_before"]
    assert (doc[quote.cue].text if quote.cue is not None else None) == cue
    assert (doc[quote.speaker_token].text if quote.speaker_token is not None else None) == speaker


SPACED_AND_TITLE_CASES = [
    # (text, the quoted words found as direct quotes)
    # a no-break space between the comma and the quote (pasted copy)
    (
        "Campaign spokesman Dan Hale told reporters,\u00a0“We will keep fighting for every vote.”",
        ["We will keep fighting for every vote."],
    ),
    # a title set off by commas, its comma or full stop inside the marks, is not speech
    ("The senator wrote in his memoir, “Steady Hands.” It sold well.", []),
    ("He said it in his book, ''The Long Road Home.'' Then he moved on.", []),
    ("Drama news.\n\n“Midnight Harbor,” which airs on Sundays, was renewed.", []),
    ("Drama news.\n\n''Hawaii Nights,'' the 1970s series, returns in the fall.", []),
    # negative: speech that looks like a title has its cue
    ("“Thank You Ohio,” the senator wrote after the vote.", ["Thank You Ohio,"]),
    ("The senator told reporters, “Thank You Ohio.”", ["Thank You Ohio."]),
]


@pytest.mark.parametrize(("text", "expected"), SPACED_AND_TITLE_CASES)
def test_spaces_before_a_quote_and_titles_in_apposition(nlp, text: str, expected: list[str]) -> None:
    doc = nlp(text)
    assert [text[q.start : q.end] for q in find_direct_quotes(doc)] == expected


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


HEADLINE_CASES = [
    # (text, the quoted words found as direct quotes)
    # a headline that opens with a quote and goes on: no speaker, nothing to continue
    ("'Stay or pay' could reshape trade deals\n\nThe plan was unveiled on Monday.", []),
    ("'We are in shock': A town mourns\n\nThe plant closed on Friday.", []),
    # negative: a quote after an earlier one continues it
    (
        "“We lost,” the coach said.\n\n“Never again” in this stadium.",
        ["We lost,", "Never again"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_CASES)
def test_quote_opening_a_headline_is_not_speech(nlp, text: str, expected: list[str]) -> None:
    doc = nlp(text)
    assert [text[q.start : q.end] for q in find_direct_quotes(doc)] == expected


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


PUT_IT_AND_BRACKET_CASES = [
    # (text, [(quote, mode, cue word, speaker word)])
    # "As X put it," before a quoted sentence: "put" is the cue, the name after "As" the speaker
    (
        "As Jane Roe, a historian at Yale, put it, “The past is never quite past.”",
        [("The past is never quite past.", "cue_before", "put", "Roe")],
    ),
    (
        "As the court's clerk put it, ''We simply ran out of time.''",
        [("We simply ran out of time.", "cue_before", "put", "clerk")],
    ),
    # a quoted sentence in brackets, its cue after it
    (
        "The sale drew complaints (“No refunds, ever,” wrote one buyer on a forum) and the shop closed.",
        [("No refunds, ever,", "cue_after", "wrote", None)],
    ),
    # negative: a fragment in the writer's sentence, in brackets or after "as he puts it"
    ("Her plan for the markets (“Uber for everything”) won few fans.", []),
]


@pytest.mark.parametrize(("text", "expected"), PUT_IT_AND_BRACKET_CASES)
def test_as_one_put_it_and_quotes_in_brackets(nlp, text: str, expected: list[tuple]) -> None:
    doc = nlp(text)
    found = [
        (
            text[q.start : q.end],
            q.mode,
            doc[q.cue].text if q.cue is not None else None,
            doc[q.speaker_token].text if q.speaker_token is not None and q.mode == "cue_before" else None,
        )
        for q in find_direct_quotes(doc)
    ]
    assert found == expected


SUBJECT_FRAGMENT_CASES = [
    # (text, the records as (type, text)): a quoted phrase that opens the writer's sentence and goes
    # on in it is a mixed quote of the whole clause, not a direct quote of the phrase
    (
        "“Boots on the ground” would be the right answer, the senator said on Sunday.",
        [("mixed", "“Boots on the ground” would be the right answer")],
    ),
    (
        "“We are shocked and saddened” by the attack, the mayor said.",
        [("mixed", "“We are shocked and saddened” by the attack")],
    ),
    # negative: a quoted sentence, its last words a nested quote, then its cue
    ("“We’re like ‘salt and pepper,’” he said with a grin.", [("direct", "We’re like ‘salt and pepper,’")]),
    ("“No more delays,” the mayor said.", [("direct", "No more delays,")]),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_FRAGMENT_CASES)
def test_quoted_phrase_opening_the_writers_sentence(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert [(a["type"], a["text"]) for a in doc._.attributions] == expected


def test_quote_inside_a_reported_clause_after_a_cue_is_no_resumed_quote(nlp) -> None:
    # "adding that if ..., “...”": the second quote ends a reported clause (a mixed quote for claims),
    # it does not resume the first one
    text = (
        "“The city is broke,” the mayor wrote, adding that if taxes rose again, “the last shops will leave.”"
    )
    doc = nlp(text)
    assert [(text[q.start : q.end], q.mode) for q in find_direct_quotes(doc)] == [
        ("The city is broke,", "cue_after")
    ]
    assert [a["type"] for a in doc._.attributions] == ["direct", "mixed"]


SPEAKER_FALLBACK_CASES = [
    # (text, the word of the speaker token of the last direct quote): where the cue leads to no subject
    # a participle opening its sentence goes on in the words of the previous sentence's speaker
    ("Roe stated that the report was bad. Adding, “Nobody reads these things anyway.”", "Roe"),
    # an inverted cue and a name before the colon
    ("Continued Hale: “So I think it is a very real problem.”", "Hale"),
    # "According to X:" names its source
    ("According to the Herald: “The mayor has left the city.”", "Herald"),
    # negative: a participle after a sentence headed by no reporting verb
    ("Roe left the room early. Adding, “Nobody reads these things anyway.”", None),
]


@pytest.mark.parametrize(("text", "word"), SPEAKER_FALLBACK_CASES)
def test_speaker_token_where_the_cue_has_no_subject(nlp, text: str, word: str | None) -> None:
    doc = nlp(text)
    quote = find_direct_quotes(doc)[-1]
    assert (doc[quote.speaker_token].text if quote.speaker_token is not None else None) == word
