"""Speakers: the registry, and mentions resolved to canonical names (names, honorifics, misspellings,
pronouns, roles, continuations, organisations and groups)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import Doc

from quotes.extract import extract
from quotes.registry import Registry, RegistryError
from quotes.speakers import mention_before, mention_of_cue


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


ALIAS_CASES = [
    ("Ben Wallace", "Ben Wallace"),
    ("Mr. Wallace", None),  # honorifics are resolved against the article, not stored as aliases
    ("Healy", "John Healey"),
    ("healey", "John Healey"),
    ("Zelenskyy", "Volodymyr Zelensky"),
    ("FCDO", "Foreign, Commonwealth and Development Office"),
    ("Russian defence ministry", "Russian Ministry of Defence"),
    ("Washington", "United States"),
    ("Nobody Atall", None),
]


@pytest.mark.parametrize(("alias", "name"), ALIAS_CASES)
def test_registry_alias(registry: Registry, alias: str, name: str | None) -> None:
    found = registry.by_alias(alias)
    assert (found.name if found else None) == name


ROLE_CASES = [
    ("Defence Secretary", "2022-09-30", ["Ben Wallace"]),
    ("Defence Secretary", "2023-09-01", ["Grant Shapps"]),
    ("Defence Secretary", "2024-12-19", ["John Healey"]),
    ("Foreign Secretary", "2023-06-05", ["James Cleverly"]),
    ("Foreign Secretary", "2024-12-19", ["David Lammy"]),
    ("Prime Minister", "2022-09-30", ["Liz Truss"]),
    ("Prime Minister", "2023-02-15", ["Rishi Sunak"]),
    ("NATO Secretary General", "2022-11-10", ["Jens Stoltenberg"]),
    ("NATO Secretary General", "2025-01-01", ["Mark Rutte"]),
    ("Ukrainian Defence Minister", "2022-09-30", ["Oleksii Reznikov"]),
    ("President of Ukraine", "2018-01-01", []),
]


@pytest.mark.parametrize(("role", "date", "names"), ROLE_CASES)
def test_registry_role_holders(registry: Registry, role: str, date: str, names: list[str]) -> None:
    assert [s.name for s in registry.holders(role, date)] == names


@pytest.mark.parametrize(
    ("mention", "role"),
    [
        ("the UK Defence Secretary", "Defence Secretary"),
        ("The Ukrainian President", "President of Ukraine"),
        ("the PM", "Prime Minister"),
        ("the gardener", None),
    ],
)
def test_registry_role_names(registry: Registry, mention: str, role: str | None) -> None:
    assert registry.role(mention) == role


def test_registry_from_file_and_errors(tmp_path: Path) -> None:
    path = tmp_path / "speakers.json"
    path.write_text(
        json.dumps({"roles": {}, "speakers": [{"name": "Ada Lovelace", "aliases": ["Lovelace"]}]})
    )
    assert Registry.load(path).by_alias("lovelace").name == "Ada Lovelace"
    path.write_text('{"speakers": [{"aliases": []}]}')
    with pytest.raises(RegistryError, match=r"speakers\[0\]"):
        Registry.load(path)
    with pytest.raises(RegistryError, match="cannot read"):
        Registry.load(tmp_path / "missing.json")


RESOLUTION_CASES = [
    # (text, date, record index, (name, kind, resolution, mention))
    ("“We will win,” Ben Wallace said.", None, 0, ("Ben Wallace", "person", "name", "Ben Wallace")),
    (
        "Ben Wallace visited Kyiv. “We will win,” Mr Wallace said.",
        None,
        0,
        ("Ben Wallace", "person", "honorific", "Mr Wallace"),
    ),
    (
        "Ben Wallace visited Kyiv. “We will win,” Mr. Wallace said.",
        None,
        0,
        ("Ben Wallace", "person", "honorific", "Mr. Wallace"),
    ),
    (
        "John Healey arrived. Healy said he would wait.",
        None,
        0,
        ("John Healey", "person", "surname", "Healy"),
    ),
    ("Healey arrived in Kyiv. “We will help,” he said.", None, 0, ("John Healey", "person", "pronoun", "he")),
    # role: the article names the holder itself
    (
        "Foreign Secretary James Cleverly arrived. The Foreign Secretary said that talks went well.",
        None,
        0,
        ("James Cleverly", "person", "role", "The Foreign Secretary"),
    ),
    # role: from the registry on the article date
    (
        "The Defence Secretary said that support would continue.",
        "2022-09-30",
        0,
        ("Ben Wallace", "person", "role", "The Defence Secretary"),
    ),
    (
        "The Defence Secretary said that support would continue.",
        "2024-12-19",
        0,
        ("John Healey", "person", "role", "The Defence Secretary"),
    ),
    # role without a date or a name in the article: unresolved, not guessed
    (
        "The Defence Secretary said that support would continue.",
        None,
        0,
        (None, "person", "unresolved", "The Defence Secretary"),
    ),
    # organisations and groups
    (
        "“Allies must stand with Ukraine,” a Downing Street spokesman said.",
        None,
        0,
        ("Downing Street", "organization", "organization", "a Downing Street spokesman"),
    ),
    (
        "The Russian defence ministry said the troops thwarted an offensive.",
        None,
        0,
        ("Russian Ministry of Defence", "organization", "organization", "The Russian defence ministry"),
    ),
    (
        "Defence sources say that troops could be sent.",
        None,
        0,
        ("defence sources", "group", "organization", "Defence sources"),
    ),
    # the subject of the clause the cue hangs on ("... before asking her, “...”")
    (
        "Mary Blige sings to Clinton before asking her, “Where do we go from here?”",
        None,
        0,
        ("Mary Blige", "person", "name", "Mary Blige"),
    ),
    # a transcript label, resolved through the full name the article gives
    (
        "Mike Pence spoke to Chris Wallace.\nPENCE: She will not attend.",
        None,
        0,
        ("Mike Pence", "person", "surname", "PENCE"),
    ),
    # pronoun gender agreement: "she" is the latest woman, not the latest person
    (
        "Theresa May met Boris Johnson in London. Johnson said the talks went well. "
        "“We will get a deal,” she said.",
        None,
        1,
        ("Theresa May", "person", "pronoun", "she"),
    ),
    (
        "Mrs Thornberry spoke to reporters. Mr Green said the vote was close. “I was delayed,” she said.",
        None,
        1,
        ("Mrs Thornberry", "person", "pronoun", "she"),
    ),
    # no person known to be of that gender: the latest of unknown gender, never the wrong gender
    (
        "Jane Doe spoke first. Then Donald Trump said the rally was huge. “I disagree,” she said.",
        None,
        1,
        ("Jane Doe", "person", "pronoun", "she"),
    ),
    # no person of that gender: unresolved rather than the wrong one
    (
        "Mr Green said the vote was close. “I was delayed,” she said.",
        None,
        1,
        (None, "unknown", "unresolved", "she"),
    ),
    # a role noun resolved through the title or apposition the article gives a name
    (
        "Ohio Sen. Rob Portman spoke on Tuesday. “It is a hard question,” the Ohio senator said.",
        None,
        0,
        ("Rob Portman", "person", "role", "the Ohio senator"),
    ),
    (
        "Judge Ann Carter heard the case. “Explain why you are here,” the judge said.",
        None,
        0,
        ("Ann Carter", "person", "role", "the judge"),
    ),
    # a role noun the article never ties to a name: a person, unresolved (never an organisation)
    (
        "“We are not going anywhere,” the minister said.",
        None,
        0,
        (None, "person", "unresolved", "the minister"),
    ),
    # an appositive between speaker and cue
    (
        "Hugh Hill, a doctor who treated him, said: “He was lucky to survive the night.”",
        None,
        0,
        ("Hugh Hill", "person", "name", "Hugh Hill"),
    ),
    # the speaker named in an earlier paragraph, then a colon
    (
        "Jane Roe, the group's director, spoke after the vote.\n\nRoe added:\n\n“It cannot stand.”",
        None,
        0,
        ("Jane Roe", "person", "surname", "Roe"),
    ),
    # honorific and surname the article never names in full: the registry's person of that surname
    (
        "“We will leave on time,” Mrs May said.",
        "2018-06-01",
        0,
        ("Theresa May", "person", "honorific", "Mrs May"),
    ),
    ("“We will leave on time,” Mr May said.", None, 0, ("Mr May", "person", "honorific", "Mr May")),
    # continuation: a quote paragraph with no cue keeps the previous speaker
    (
        "Ben Wallace said:\n\n“We will win.”\n\n“And we will rebuild.”",
        None,
        1,
        ("Ben Wallace", "person", "continuation", None),
    ),
]


@pytest.mark.parametrize(("text", "date", "index", "expected"), RESOLUTION_CASES)
def test_speaker_resolution(nlp, text: str, date: str | None, index: int, expected: tuple) -> None:
    records = extract(text, nlp=nlp, date=date)
    speaker = records[index].speaker
    assert (speaker.name, speaker.kind, speaker.resolution, speaker.mention) == expected
    if speaker.mention is not None:
        assert text[speaker.start : speaker.end] == speaker.mention


def test_pronoun_skips_subjects_inside_reported_content(nlp) -> None:
    text = (
        "Jens Stoltenberg agreed, saying that when Russia invaded, Vladimir Putin made mistakes.\n\n"
        "During a visit, he said:\n\n“One was to underestimate the Ukrainians.”"
    )
    records = extract(text, nlp=nlp)
    assert [r.speaker.name for r in records] == ["Jens Stoltenberg", "Jens Stoltenberg"]


def test_confidence_is_lower_for_inferred_speakers(nlp) -> None:
    text = "Ben Wallace said:\n\n“We will win.”\n\n“And we will rebuild.”"
    named, continued = extract(text, nlp=nlp)
    assert 0 < continued.confidence < named.confidence <= 1


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
        "you, he has a heck of an email list.\"",
        "said",
        "Richard Doe",
    ),
    ("Clinton, exasperated, famously responded: \"What difference does it make?\"", "responded", "Clinton"),
    # negative: no aside set off by commas, the verbs coordinated
    ("Roe asked about the mine and said, “It is closed.”", "said", "Roe"),
    # a participle describing a document speaks for the one who put it out
    ("At the time, she released a statement saying, “The company has been a trusted partner.”", "saying", "she"),
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


def test_a_mention_never_starts_or_ends_on_a_no_break_space(nlp) -> None:
    """Found by the property tests: with no-break spaces between words, "the Ministry" lost its
    article and kept the space after it."""
    from quotes.extract import extract

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
