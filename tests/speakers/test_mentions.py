"""Speaker mentions (quotes/speakers/mentions.py): the mention of a cue's speaker over the parser's
misparses, the mention before a verb, and the mention's span as written."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotes.speakers.mentions import mention_before, mention_of_cue

MENTION_BEFORE_CASES = [
    # (text, the mention ending right before "said", adverbs skipped)
    ("Costs are rising, Mr. Hale said.", "Mr. Hale"),
    ("Costs are rising, Dr Anna Holt said.", "Dr Anna Holt"),
    ("Costs are rising, Anna Holt said.", "Anna Holt"),
    ("Costs are rising, the council said.", "the council"),
    ("Costs, Mr. Hale often said, are rising.", "Mr. Hale"),
    ("Costs are rising, the council later said.", "the council"),
]


@pytest.mark.parametrize(("text", "mention"), MENTION_BEFORE_CASES)
def test_mention_before_keeps_the_honorific(nlp, text: str, mention: str) -> None:
    doc = nlp(text)
    [said] = [t.i for t in doc if t.text == "said"]
    found = mention_before(doc, said)
    assert found is not None and found.text == mention and text[found.start : found.end] == mention


def test_mixed_quote_before_an_honorific_and_surname(nlp) -> None:
    doc = nlp("Still, golf courses are “barely making money,” Mr. Hale said from his office.")
    [record] = doc._.attributions
    assert record["type"] == "mixed" and record["speaker"]["mention"] == "Mr. Hale"


CUE_MENTION_CASES = [
    # (text, the speaker mention of the quote's cue)
    # the parser leaves the verb without a subject and hangs the name as an apposition before it
    (
        "In an interview with a newspaper, her senior adviser, Jake Sullivan, said: “Europe is essential.”",
        "Jake Sullivan",
    ),
    # "went so far as to say": the subject is the one of the verb the adverb modifies
    ("The columnist David Auerbach went so far as to say: ''The site is over.''", "The columnist"),
    ("Col. Steven Warren, a spokesman in Baghdad, said, ''A raid is a combat operation.''", "Steven Warren"),
    # the parse hangs the name as an apposition of a date before it, its role after it
    (
        "But in a call with reporters on May 4, Col. Jane Ortiz, a military spokeswoman in Kabul, said, "
        "''I mean, a patrol is a combat mission.''",
        "Jane Ortiz",
    ),
]


@pytest.mark.parametrize(("text", "mention"), CUE_MENTION_CASES)
def test_direct_quote_speaker_mention(nlp, text: str, mention: str) -> None:
    [record] = nlp(text)._.attributions
    assert record["type"] == "direct" and record["speaker"]["mention"] == mention


CUE_PARSE_CASES = [
    # (text, cue word, the cue's speaker mention or None): parses that hang the cue away from its speaker
    # a chaining participle hung on the content clause before it: the speaker is the outer verb's subject
    ("Anna Ruiz said the talks would be tough, saying, “Nobody expected a deal.”", "saying", "Anna Ruiz"),
    # ... and a participle on a main verb keeps that verb's subject, not an earlier sentence's speaker
    (
        "Anna Ruiz said the talks would be tough. The mayor agreed, adding, “Nothing is easy.”",
        "adding",
        "The mayor",
    ),
    # a participle hung on the quote's own verb after it: the sentence's main verb speaks
    (
        "Roe seemed ready to joke about the incident in Ohio, telling the crowd, "
        "“Some people get a little carried away, have you noticed that?”",
        "telling",
        "Roe",
    ),
    # ... and one hung on the verb before it keeps that verb's subject
    ("Before the vote, the mayor left the stage, telling the crowd, “We are done.”", "telling", "the mayor"),
    # a verb of characterising parsed as a clause on the name before it, set off by commas
    (
        "Garcia, speaking on KQED, called Jones a “bully,” and said his remarks were “shameful” for a mayor.",
        "called",
        "Garcia",
    ),
    # ... but a passive participle on a name is said of that person, not by them
    ("The board hired Garcia, described as “ruthless” in the report, last year.", "described", None),
    # a finite verb of saying parsed as a clause on the subject right before it
    (
        "When the mayor thanked the crowd and said it was great to be home, a man yelled “Stay there!”",
        "yelled",
        "a man",
    ),
    # ... but a characterising participle on a noun names what it is called, not who speaks
    ("The man called “the kingmaker” arrived late.", "called", None),
    # an inverted cue with an adjunct after the name, which the parse takes for the name's clause
    ("''I'm better with a hammer than with a pen,'' said Karen Holt, half joking.", "said", "Karen Holt"),
    ("“We are staying,” said the nurse, half joking.", "said", "the nurse"),
    # ... only after a quote or a comma: here the name is the subject of the content
    ("Yesterday said Karen Holt was leaving the firm.", "said", None),
    # a cue the parse coordinates with the content clause of an earlier reporting verb goes on from it
    (
        "Ortiz, 64, said it was too early to call the race but added, “I think you all know.”",
        "added",
        "Ortiz",
    ),
    ("Hale said he welcomed the ruling by the court and added, “I will appeal, no doubt.”", "added", "Hale"),
    # a participle aside between subject and cue, which the parse takes for the main verb
    (
        "Mr. Hale, asked about the deaths of the miners, had said, “I think the company failed them.”",
        "said",
        "Mr. Hale",
    ),
    ("Mr. Hale, asked about the mine, said, “I think the company failed them.”", "said", "Mr. Hale"),
    ("The senator, pressed on the vote, said, “We will not move.”", "said", "The senator"),
    (
        "Sen. Richard Doe (D-Ill.), noting the size of the senator's following, said, \"Let me tell "
        'you, he has a heck of an email list."',
        "said",
        "Richard Doe",
    ),
    ('Clinton, exasperated, famously responded: "What difference does it make?"', "responded", "Clinton"),
    # negative: no aside set off by commas, the verbs coordinated
    ("Roe asked about the mine and said, “It is closed.”", "said", "Roe"),
    # a participle describing a document speaks for the one who put it out
    (
        "At the time, she released a statement saying, “The company has been a trusted partner.”",
        "saying",
        "she",
    ),
    (
        "Her campaign quickly blasted out an email to supporters stating, “The governor joins the critics.”",
        "stating",
        "Her campaign",
    ),
    # negative: a document someone only cites or holds up
    ("He cited a report saying, “The economy will shrink next year.”", "saying", None),
    # a participle after the object of its verb: the object is what was sent, not the speaker
    ("Minutes later, she sent an email saying, “done.”", "saying", "she"),
    # a chaining participle after a content clause with a verb chain of its own: the outer speaker
    (
        "A top party strategist said Roe will have to choose whose side she is on, saying, "
        "“At some point, she is going to have to come out on this.”",
        "saying",
        "A top party strategist",
    ),
    # the subject of a passive verb of addressing heard the words; the speaker goes unnamed
    ("Blumenthal was asked, “If you had known, would you have told her?”", "asked", None),
    ("Jane Roe was told that the plant would close.", "told", None),
    ("Roe asked, “Where is the money?”", "asked", "Roe"),
    # a cue left without a subject, its speaker hung as a conjunct or apposition of an earlier noun
    (
        "Alarmed by the unrest in Nevada, Senator Harry Blum, the minority leader, said that he spoke "
        "with Mr. Sandoval on Tuesday.",
        "said",
        "Harry Blum",
    ),
    (
        "Stung by the defeat in Texas, Governor Alan Reyes, the party chairman, said that he had called "
        "Ms. Tran on Sunday.",
        "said",
        "Alan Reyes",
    ),
    (
        "Speaking on a morning show hosted by Joe Brennan and Mika Ross, the Democratic presidential "
        'candidate stated that the comments do not "fit with what I knew."',
        "stated",
        "the Democratic presidential candidate",
    ),
    # negatives: a participle with a subject of its own still leads to it; a plain subject stays
    (
        "For one thing, Mrs. Reyes, the presumptive nominee and strong favorite to win the race come "
        "November, proposed to name her husband as an adviser.",
        "proposed",
        "Mrs. Reyes",
    ),
    ("Worried by the polls, the senator said that he would campaign harder.", "said", "the senator"),
    # an adjective of attitude between the subject and its to-infinitive of saying
    ("Rural voters were slightly more likely to say they preferred Ortiz to Hale.", "say", "Rural voters"),
    (
        "The mayor's aides are quick to point out that she has won two races in a row.",
        "point",
        "The mayor's aides",
    ),
    # ... but not one that says nobody speaks, nor an expletive "it"
    ("Investigators were unable to determine which files were taken.", "determine", None),
    ("It's worth pointing out that turnout fell sharply.", "pointing", None),
    # one's own document speaks for one, whatever the verb; one only cited does not
    (
        "Later that day, the mayor fired back a response saying he would not back the plan.",
        "saying",
        "the mayor",
    ),
    (
        "Later in the summer, she revised her statement explaining that she had not seen the files.",
        "explaining",
        "she",
    ),
    ("He cited a statement saying the plant was safe.", "saying", None),
    # the object of a preposition of setting right before a coordinated cue is where, not who
    (
        "Jane Roe, the chairwoman of the state party, is backing Hale as a delegate and in a statement "
        "credited him for “an exciting campaign.”",
        "credited",
        "Jane Roe",
    ),
    (
        "The clerk first denied making any deletions, but in a later interview said he had deleted "
        "the archive.",
        "said",
        "The clerk",
    ),
    # a title subject with the name coordinated after it as a conjunct: the name
    (
        "GOP presidential contender and former neurosurgeon Ann Carver responded on Sunday to "
        "accusations that she had exaggerated her story.",
        "responded",
        "Ann Carver",
    ),
    (
        "Neither Kasich nor Rubio has won a state and Cruz strongly suggested they should drop out.",
        "suggested",
        "Cruz",
    ),
    # ... but a pronoun coordinated with a name stays the subject
    ("Cruz said both he and Rubio promised to fight amnesty.", "promised", "he"),
    # more participles that go on from the sentence's verb of saying over a content clause
    (
        "Hale said the ruling reminds him of an old case from 1969, explaining, "
        "“It was a tragedy for everyone.”",
        "explaining",
        "Hale",
    ),
]


@pytest.mark.parametrize(("text", "cue", "mention"), CUE_PARSE_CASES)
def test_mention_of_cue_over_misparses(nlp, text: str, cue: str, mention: str | None) -> None:
    doc = nlp(text)
    [verb] = [t.i for t in doc if t.text == cue]
    found = mention_of_cue(doc, verb)
    assert (found.text if found else None) == mention
    if found is not None:
        assert text[found.start : found.end] == mention


def test_chained_direct_quote_takes_the_outer_speaker(nlp) -> None:
    doc = nlp("Anna Ruiz said the talks would be tough, saying, “Nobody expected a deal.”")
    direct = [r for r in doc._.attributions if r["type"] == "direct"]
    assert [r["speaker"]["mention"] for r in direct] == ["Anna Ruiz"]


@pytest.mark.parametrize(
    ("tag", "mention"),
    [
        ("VBD", "Moss"),  # "Moss joked", with the name hung on the verb as a compound: its subject
        ("VBG", None),  # a participle is no finite verb: the compound is left alone
    ],
)
def test_name_parsed_as_a_compound_of_the_cue(nlp, tag: str, mention: str | None) -> None:
    words = ["Later", ",", "Moss", "joked", "about", "the", "vote", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[False, True, True, True, True, True, False, False],
        heads=[3, 3, 3, 3, 3, 6, 4, 3],
        deps=["advmod", "punct", "compound", "ROOT", "prep", "det", "pobj", "punct"],
        pos=["ADV", "PUNCT", "PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
        tags=["RB", ",", "NNP", tag, "IN", "DT", "NN", "."],
    )
    found = mention_of_cue(doc, 3)
    assert (found.text if found else None) == mention


@pytest.mark.parametrize(
    ("name", "entity", "mention"),
    [
        ("Roe", "PERSON", "Roe"),  # the speaker the parse hung as a conjunct of "Ohio"
        ("Tuesday", "DATE", None),  # a date hung there names no speaker
    ],
)
def test_speaker_hung_on_an_earlier_noun(nlp, name: str, entity: str, mention: str | None) -> None:
    """ "Alarmed by the vote in Ohio, Roe, the whip, said it failed": the parse takes the participle
    for the subject of "said" and hangs the name on "Ohio"; the participle is no speaker."""
    words = ["Alarmed", "by", "the", "vote", "in", "Ohio", ",", name, ",", "the", "whip", ","]
    words += ["said", "it", "failed", "."]
    heads = [12, 0, 3, 1, 3, 4, 5, 5, 7, 10, 7, 12, 12, 14, 12, 12]
    deps = ["nsubj", "agent", "det", "pobj", "prep", "pobj", "punct", "conj", "punct", "det", "appos"]
    deps += ["punct", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN"]
    pos += ["PUNCT", "VERB", "PRON", "VERB", "PUNCT"]
    tags = ["VBN", "IN", "DT", "NN", "IN", "NNP", ",", "NNP", ",", "DT", "NN", ",", "VBD", "PRP"]
    tags += ["VBD", "."]
    ents = ["O"] * 5 + ["B-GPE", "O", f"B-{entity}"] + ["O"] * 8
    spaces = [True] * 5 + [False, True, False, True, True, False, True, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    found = mention_of_cue(doc, 12)
    assert (found.text if found else None) == mention


def test_a_mention_never_starts_or_ends_on_a_no_break_space(nlp) -> None:
    """Found by the property tests: with no-break spaces between words, "the Ministry" lost its
    article and kept the space after it."""
    from quotes.engines.local import extract

    text = (
        "“We\u00a0will\u00a0not\u00a0stop”\u00a0Ben\u00a0Wallace\u00a0said.\u00a0“We\u00a0will\u00a0not\u00a0stop”"
        "\u00a0the\u00a0Ministry\u00a0of\u00a0Defence\u00a0said."
    )
    records = extract(text, nlp=nlp)
    mentions = [record.speaker.mention for record in records]
    assert mentions == ["Wallace", "Ministry"]
    for record in records:
        assert text[record.speaker.start : record.speaker.end] == record.speaker.mention


@pytest.mark.parametrize(
    ("head_of_name", "mention"),
    [
        (3, "Jane Ortiz"),  # the name hung as an apposition of the date, its role and place after it
        (0, None),  # negative: a name that is no apposition (here the object of "On") is not taken
    ],
)
def test_speaker_apposition_with_a_role_before_the_cue(nlp, head_of_name: int, mention: str | None) -> None:
    # "On May 4, Jane Ortiz, a spokeswoman in Kabul, said": the parse leaves "said" without a subject
    words = ["On", "May", "4", ",", "Jane", "Ortiz", ",", "a", "spokeswoman", "in", "Kabul", ",", "said", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, False, True, True, False, True, True, True, True, False, True, False, False],
        heads=[12, 0, 1, 1, 5, 1 if head_of_name == 3 else 0, 5, 8, 5, 8, 9, 12, 12, 12],
        deps=[
            "prep",
            "pobj",
            "nummod",
            "punct",
            "compound",
            "appos" if head_of_name == 3 else "pobj",
            "punct",
            "det",
            "appos",
            "prep",
            "pobj",
            "punct",
            "ROOT",
            "punct",
        ],
        pos=[
            "ADP",
            "PROPN",
            "NUM",
            "PUNCT",
            "PROPN",
            "PROPN",
            "PUNCT",
            "DET",
            "NOUN",
            "ADP",
            "PROPN",
            "PUNCT",
            "VERB",
            "PUNCT",
        ],
        tags=["IN", "NNP", "CD", ",", "NNP", "NNP", ",", "DT", "NN", "IN", "NNP", ",", "VBD", "."],
    )
    found = mention_of_cue(doc, 12)
    assert (found.text if found else None) == mention


def _doc(nlp, rows: list[tuple[str, bool, int, str, str, str, str]]) -> Doc:
    """A parsed Doc from (word, space after, head, dep, pos, tag, entity) rows."""
    words, spaces, heads, deps, pos, tags, ents = (list(column) for column in zip(*rows, strict=True))
    ents = [e if "-" in e else f"B-{e}" if e else "O" for e in ents]
    lemmas = [_LEMMAS.get(word, word.lower()) for word in words]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        ents=ents,
        lemmas=lemmas,
    )


_LEMMAS = {"issued": "issue", "saying": "say", "said": "say", "added": "add", "spoke": "speak"}


@pytest.mark.parametrize(("dep", "mention"), [("appos", "an aide"), ("dobj", None)])
def test_speaker_with_a_relative_clause_hung_on_an_earlier_noun(nlp, dep: str, mention: str | None) -> None:
    """ "Talks stalled, an aide who spoke anonymously said.": the parse hangs "an aide" (and its
    relative clause, which ends right before the cue) on "Talks"; an object there is no speaker."""
    doc = _doc(
        nlp,
        [
            ("Talks", False, 1, "nsubj", "NOUN", "NNS", ""),
            ("stalled", False, 8, "ccomp", "VERB", "VBD", ""),
            (",", True, 8, "punct", "PUNCT", ",", ""),
            ("an", True, 4, "det", "DET", "DT", ""),
            ("aide", True, 0 if dep == "appos" else 1, dep, "NOUN", "NN", ""),
            ("who", True, 6, "nsubj", "PRON", "WP", ""),
            ("spoke", True, 4, "relcl", "VERB", "VBD", ""),
            ("anonymously", True, 6, "advmod", "ADV", "RB", ""),
            ("said", False, 8, "ROOT", "VERB", "VBD", ""),
            (".", False, 8, "punct", "PUNCT", ".", ""),
        ],
    )
    found = mention_of_cue(doc, 8)
    assert (found.text if found else None) == mention


@pytest.mark.parametrize(
    ("word", "pos", "tag", "dep", "entity", "mention"),
    [
        ("Matter", "PROPN", "NNP", "advmod", "ORG", "Black Lives Matter"),  # a name parsed as an adverb
        ("Tuesday", "PROPN", "NNP", "npadvmod", "DATE", None),  # a date is no speaker
        ("Later", "ADV", "RB", "advmod", "", None),  # nor an adverb
    ],
)
def test_issuer_parsed_as_an_adverb_of_the_issuing_verb(
    nlp, word: str, pos: str, tag: str, dep: str, entity: str, mention: str | None
) -> None:
    """ "Black Lives Matter issued a statement saying it left.": the statement speaks for its issuer,
    whom the parse hangs on "issued" as an adverb."""
    doc = _doc(
        nlp,
        [
            ("Black", True, 1, "amod", "ADJ", "JJ", "B-ORG" if entity == "ORG" else ""),
            ("Lives", True, 2, "compound", "NOUN", "NNS", "I-ORG" if entity == "ORG" else ""),
            (word, True, 3, dep, pos, tag, "I-ORG" if entity == "ORG" else entity),
            ("issued", True, 3, "ROOT", "VERB", "VBD", ""),
            ("a", True, 5, "det", "DET", "DT", ""),
            ("statement", True, 3, "dobj", "NOUN", "NN", ""),
            ("saying", True, 5, "acl", "VERB", "VBG", ""),
            ("it", True, 8, "nsubj", "PRON", "PRP", ""),
            ("left", False, 6, "ccomp", "VERB", "VBD", ""),
            (".", False, 3, "punct", "PUNCT", ".", ""),
        ],
    )
    found = mention_of_cue(doc, 6)
    assert (found.text if found else None) == mention


@pytest.mark.parametrize(
    ("word", "pos", "tag", "entity", "mention"),
    [
        ("Ortega", "PROPN", "NNP", "PERSON", "Ortega"),  # the name parsed as the object of "added"
        ("reporters", "NOUN", "NNS", "", None),  # an object that names no one stays an object
    ],
)
def test_inverted_cue_after_a_no_break_space(
    nlp, word: str, pos: str, tag: str, entity: str, mention: str | None
) -> None:
    """'“We will appeal,”\u00a0added Ortega.': a no-break space between the closing mark and the cue."""
    doc = _doc(
        nlp,
        [
            ("“", False, 3, "punct", "PUNCT", "``", ""),
            ("We", True, 3, "nsubj", "PRON", "PRP", ""),
            ("will", True, 3, "aux", "AUX", "MD", ""),
            ("appeal", False, 7, "ccomp", "VERB", "VB", ""),
            (",", False, 3, "punct", "PUNCT", ",", ""),
            ("”", False, 7, "punct", "PUNCT", "''", ""),
            ("\u00a0", False, 5, "dep", "SPACE", "_SP", ""),
            ("added", True, 7, "ROOT", "VERB", "VBD", ""),
            (word, False, 7, "dobj", pos, tag, entity),
            (".", False, 7, "punct", "PUNCT", ".", ""),
        ],
    )
    found = mention_of_cue(doc, 7)
    assert (found.text if found else None) == mention


def test_chaining_participle_does_not_climb_to_the_verb_of_a_later_quote(nlp) -> None:
    """'Weaver seemed unhappy, saying, “Nobody cares,” she said.': the parse hangs "seemed" on the
    quote's own "said" after it; the participle goes on from "seemed", whose subject speaks."""
    doc = _doc(
        nlp,
        [
            ("Weaver", True, 1, "nsubj", "PROPN", "NNP", "PERSON"),
            ("seemed", True, 13, "ccomp", "VERB", "VBD", ""),
            ("unhappy", False, 1, "acomp", "ADJ", "JJ", ""),
            (",", True, 1, "punct", "PUNCT", ",", ""),
            ("saying", False, 1, "advcl", "VERB", "VBG", ""),
            (",", True, 4, "punct", "PUNCT", ",", ""),
            ("“", False, 9, "punct", "PUNCT", "``", ""),
            ("Nobody", True, 9, "nsubj", "PRON", "NN", ""),
            ("really", True, 9, "advmod", "ADV", "RB", ""),
            ("cares", False, 4, "ccomp", "VERB", "VBZ", ""),
            (",", False, 13, "punct", "PUNCT", ",", ""),
            ("”", True, 13, "punct", "PUNCT", "''", ""),
            ("she", True, 13, "nsubj", "PRON", "PRP", ""),
            ("said", False, 13, "ROOT", "VERB", "VBD", ""),
            (".", False, 13, "punct", "PUNCT", ".", ""),
        ],
    )
    found = mention_of_cue(doc, 4)
    assert found is not None and found.text == "Weaver"


@pytest.mark.parametrize(
    ("word", "dep", "pos", "tag", "mention"),
    [
        ("who", "nsubj", "PRON", "WP", "One aide"),  # "One aide, who spoke anonymously, said ..."
        ("then", "advmod", "ADV", "RB", None),  # no relative clause: no speaker hung there
    ],
)
def test_speaker_described_by_a_relative_clause_before_the_cue(
    nlp, word: str, dep: str, pos: str, tag: str, mention: str | None
) -> None:
    """The parse makes "aide" the subject of the relative clause's verb and leaves "said" without a
    subject; "the plan", the subject of the content after "said", is never taken for the speaker."""
    doc = _doc(
        nlp,
        [
            ("One", True, 1, "nummod", "NUM", "CD", ""),
            ("aide", False, 4, "nsubj", "NOUN", "NN", ""),
            (",", True, 1, "punct", "PUNCT", ",", ""),
            (word, True, 4, dep, pos, tag, ""),
            ("spoke", True, 7, "ccomp", "VERB", "VBD", ""),
            ("anonymously", False, 4, "advmod", "ADV", "RB", ""),
            (",", True, 7, "punct", "PUNCT", ",", ""),
            ("said", True, 7, "ROOT", "VERB", "VBD", ""),
            ("the", True, 9, "det", "DET", "DT", ""),
            ("plan", True, 10, "nsubj", "NOUN", "NN", ""),
            ("failed", False, 7, "ccomp", "VERB", "VBD", ""),
            (".", False, 7, "punct", "PUNCT", ".", ""),
        ],
    )
    found = mention_of_cue(doc, 7)
    assert (found.text if found else None) == mention


@pytest.mark.parametrize(
    ("entity", "mention"),
    [
        ("DATE", "Jane Roe"),  # "Saturday at the convention Jane Roe said": the day is no speaker
        ("", "Saturday"),  # a subject that is no date stays the subject
    ],
)
def test_date_parsed_as_the_subject(nlp, entity: str, mention: str) -> None:
    doc = _doc(
        nlp,
        [
            ("Saturday", True, 6, "nsubj", "PROPN", "NNP", entity),
            ("at", True, 0, "prep", "ADP", "IN", ""),
            ("the", True, 3, "det", "DET", "DT", ""),
            ("convention", True, 1, "pobj", "NOUN", "NN", ""),
            ("Jane", True, 5, "compound", "PROPN", "NNP", "B-PERSON"),
            ("Roe", True, 3, "appos", "PROPN", "NNP", "I-PERSON"),
            ("said", True, 6, "ROOT", "VERB", "VBD", ""),
            ("it", True, 8, "nsubj", "PRON", "PRP", ""),
            ("failed", False, 6, "ccomp", "VERB", "VBD", ""),
            (".", False, 6, "punct", "PUNCT", ".", ""),
        ],
    )
    found = mention_of_cue(doc, 6)
    assert found is not None and found.text == mention


QUOTED_AS_SAYING_CASES = [
    # a news agency or paper only reports: the person it quotes speaks
    (
        "State news agency TASS quoted a Kremlin source as saying that no decision had been taken.",
        "a Kremlin source",
    ),
    ("The Daily Nation cited Finance Minister Ann Njeri as saying that the tax would go.", "Ann Njeri"),
    # the quoted person as the subject of the passive speaks too
    ("President Tom Ruto was quoted by the paper as saying that the tax would go.", "Tom Ruto"),
]


@pytest.mark.parametrize(("text", "mention"), QUOTED_AS_SAYING_CASES)
def test_the_person_quoted_as_saying_speaks(nlp, text: str, mention: str) -> None:
    doc = nlp(text)
    [saying] = [t.i for t in doc if t.text == "saying"]
    found = mention_of_cue(doc, saying)
    assert found is not None and found.text == mention


OFFICE_NAME_CASES = [
    # the parse makes the office the subject and the name part of its "for"/"of" phrase
    ("The Minister for Health Stephen Donnelly said the waiting lists were long.", "Stephen Donnelly"),
    ("Minister of Finance Thomas Mabuza said that the budget would balance.", "Thomas Mabuza"),
    # no name in the phrase: the office itself
    ("The Minister for Foreign Affairs said that talks would resume.", "The Minister"),
]


@pytest.mark.parametrize(("text", "mention"), OFFICE_NAME_CASES)
def test_the_name_at_the_end_of_an_office(nlp, text: str, mention: str) -> None:
    doc = nlp(text)
    [said] = [t.i for t in doc if t.text == "said"]
    found = mention_of_cue(doc, said)
    assert found is not None and found.text == mention and text[found.start : found.end] == mention


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for Hillary Clinton called the report a smear.",
        "A lawyer for Mayor Frank Jackson said that the police had trained for months.",
    ],
)
def test_a_spokesman_for_a_named_person_is_not_that_person(nlp, text: str) -> None:
    doc = nlp(text)
    [cue] = [t.i for t in doc if t.text in ("called", "said")]
    found = mention_of_cue(doc, cue)
    assert found is not None and found.text.split()[-1] in ("spokesman", "lawyer")
