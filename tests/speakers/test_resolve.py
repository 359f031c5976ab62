"""Speakers: the registry, and mentions resolved to canonical names (names, honorifics, misspellings,
pronouns, roles, continuations, organisations and groups)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.engines.local import extract
from quotes.speakers.registry import Registry, RegistryError


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
    # South Asian and West African honorifics before a surname the article names in full
    (
        "Union Minister Ravi Anand visited Patna. Shri Anand stated that the bridge would open in May.",
        None,
        0,
        ("Ravi Anand", "person", "honorific", "Shri Anand"),
    ),
    (
        "Smt Leela Menon chaired the meeting. “We will not wait,” Smt Menon said.",
        None,
        0,
        ("Leela Menon", "person", "honorific", "Smt Menon"),
    ),
    (
        "Nurse Jane Okoro, 34, said the ward was full.",
        None,
        0,
        ("Jane Okoro", "person", "honorific", "Nurse Jane Okoro"),
    ),
    (
        "NLC President Joe Ajaero spoke. “Enough is enough,” Comrade Ajaero said.",
        None,
        0,
        ("Joe Ajaero", "person", "surname", "Ajaero"),
    ),
    (
        "Alhaji Musa Bello opened the market. Alhaji Bello said that traders would pay no new levy.",
        None,
        0,
        ("Musa Bello", "person", "honorific", "Alhaji Bello"),
    ),
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
        (None, "group", "group", "Defence sources"),
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
        ("Thornberry", "person", "pronoun", "she"),
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
    ("“We will leave on time,” Mr May said.", None, 0, ("May", "person", "honorific", "Mr May")),
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


@pytest.mark.parametrize("body", ["council", "hospital"])
def test_a_spokesman_of_a_body_the_article_does_not_name(body: str) -> None:
    """A lower-case word the tagger reads as a proper noun ("a council spokesman") names no organisation."""
    speaker = extract(f"“No decision has been made,” a {body} spokesman said on Tuesday.")[0].speaker
    assert (speaker.name, speaker.kind, speaker.resolution) == (None, "person", "unresolved")


def test_a_spokesman_of_a_body_named_with_a_country() -> None:
    speaker = extract("Azerbaijan’s foreign ministry spokesman said it was an example of double standards.")[0].speaker
    assert (speaker.name, speaker.kind) == ("Azerbaijan foreign ministry", "organization")


def test_a_mention_of_a_lone_dash_resolves_to_nobody(nlp, registry: Registry) -> None:
    """A parse can take a dash for a speaker ("... - said ..."): no name, and no error."""
    from quotes.speakers.mentions import Mention
    from quotes.speakers.resolve import SpeakerResolver

    text = "The plan failed - said nobody in particular."
    doc = nlp(text)
    dash = text.index("-")
    speaker = SpeakerResolver(doc, registry).resolve(Mention(dash, dash + 1, "-"))
    assert speaker.name is None


def test_a_continuation_keeps_the_mention_of_a_speaker_with_no_name(nlp) -> None:
    text = "“Prices will rise,” a grain trader said.\n\n“Nobody in the market wants that.”"
    first, second = extract(text, nlp=nlp)
    assert (first.speaker.name, first.speaker.mention) == (None, "a grain trader")
    assert second.speaker.resolution == "continuation"
    assert (second.speaker.name, second.speaker.mention) == (None, "a grain trader")
    assert text[second.speaker.start : second.speaker.end] == "a grain trader"


def test_a_continuation_of_a_named_speaker_has_no_mention_of_its_own(nlp) -> None:
    text = "“Prices will rise,” Ann Roe said.\n\n“Nobody in the market wants that.”"
    second = extract(text, nlp=nlp)[1]
    assert (second.speaker.name, second.speaker.mention, second.speaker.start) == ("Ann Roe", None, None)


def test_a_mention_cut_short_before_a_rank_runs_on_to_the_name(nlp) -> None:
    text = "“I really don’t understand it,” said Air Force 1st Lt. Sam Oakes. “I was hoping for more.”"
    first, second = extract(text, nlp=nlp)
    assert (first.speaker.name, first.speaker.kind, first.speaker.mention) == (
        "Sam Oakes",
        "person",
        "Air Force 1st Lt. Sam Oakes",
    )
    assert text[first.speaker.start : first.speaker.end] == first.speaker.mention
    assert second.speaker.name == "Sam Oakes"


def test_a_surname_with_two_letters_swapped_is_the_person_the_article_names(nlp) -> None:
    text = (
        "Gary Byrne, a former agent, wrote a book. In it, Byrne describes the job. "
        "“I saw it all,” Bryne said."
    )
    speaker = extract(text, nlp=nlp)[-1].speaker
    assert (speaker.name, speaker.kind, speaker.mention) == ("Gary Byrne", "person", "Bryne")


def test_a_misspelt_surname_the_model_tags_as_an_organisation_is_the_person(nlp) -> None:
    from spacy.tokens import Span

    from quotes.speakers.resolve import Mention, SpeakerResolver

    doc = nlp("Gary Byrne, a former agent, wrote a book. Bryne went on to say that it was hard.")
    i = next(t.i for t in doc if t.text == "Bryne")
    doc.ents = [e for e in doc.ents if not e.start <= i < e.end] + [Span(doc, i, i + 1, label="ORG")]
    resolver = SpeakerResolver(doc, Registry.load())
    speaker = resolver.resolve(Mention(doc[i].idx, doc[i].idx + 5, "Bryne"))
    assert (speaker.name, speaker.kind) == ("Gary Byrne", "person")
    # a misspelling is only a guess for a word the article names once: an organisation named twice
    doc = nlp("Ann Kellerman visited Kellermann on Monday. Kellermann said that sales were up.")
    found = [t.i for t in doc if t.text == "Kellermann"]
    people = [e for e in doc.ents if e.label_ == "PERSON" and not any(e.start <= k < e.end for k in found)]
    doc.ents = people + [Span(doc, k, k + 1, label="ORG") for k in found]
    at = doc[found[-1]].idx
    speaker = SpeakerResolver(doc, Registry.load()).resolve(Mention(at, at + 10, "Kellermann"))
    assert (speaker.name, speaker.kind) == ("Kellermann", "organization")


def test_a_person_the_model_took_into_an_organisation_name_is_that_person(nlp) -> None:
    from spacy.tokens import Span

    from quotes.speakers.resolve import Mention, SpeakerResolver

    def resolved(text: str, name: str) -> tuple[str | None, str]:
        doc = nlp(text)
        first = next(t.i for t in doc if t.text == name.split()[0])
        end = next(t.i for t in doc if t.text == "Watch") + 1
        doc.ents = [Span(doc, first, end, label="ORG")]  # as the model reads "Ann Roe of ... Watch"
        at = doc[first].idx
        speaker = SpeakerResolver(doc, Registry.load()).resolve(Mention(at, at + len(name), name))
        return speaker.name, speaker.kind

    text = "“People stood in line for hours,” said Priya Raman of Human Rights Watch, who watched the vote."
    assert resolved(text, "Priya Raman") == ("Priya Raman", "person")
    text = "“People stood in line for hours,” said Susan Raman of Human Rights Watch."  # a given name
    assert resolved(text, "Susan Raman") == ("Susan Raman", "person")
    # nothing tells a person (a first word no list knows as a given name), or an organisation's own
    # word before "of": the organisation
    text = "“People stood in line for hours,” said Ovrel Raman of Human Rights Watch."
    assert resolved(text, "Ovrel Raman")[1] == "organization"
    text = "“People stood in line for hours,” said the Friends Council of Human Rights Watch, who met."
    assert resolved(text, "Friends Council")[1] == "organization"


def test_an_epithet_description_is_the_person_in_the_foreground(nlp) -> None:
    text = (
        "Sam Adler, the casino owner, met Tom Hale's aides on Monday. "
        "“It was very nice,” the gambling tycoon told reporters. “He was charming.”"
    )
    first, second = extract(text, nlp=nlp)
    assert (first.speaker.name, first.speaker.resolution) == ("Sam Adler", "role")
    assert (second.speaker.name, second.speaker.resolution) == ("Sam Adler", "continuation")


def test_a_mention_does_not_run_on_to_a_rank_in_the_next_sentence(nlp) -> None:
    text = "“We will win,” said Ann Roe. Sen. Tom Hale spoke next."
    speaker = extract(text, nlp=nlp)[0].speaker
    assert (speaker.name, speaker.mention) == ("Ann Roe", "Ann Roe")


def test_the_company_is_the_organisation_that_spoke_when_the_model_tagged_none(nlp) -> None:
    # the model tags no organisation in "HandyBuy.com said"
    text = (
        "Users write the listings, HandyBuy.com said on Monday. "
        "“Nobody here knew the seller,” the company wrote."
    )
    speaker = extract(text, nlp=nlp)[-1].speaker
    assert (speaker.name, speaker.kind, speaker.mention) == ("HandyBuy.com", "organization", "the company")


def test_the_party_is_the_party_the_article_named_by_its_word(nlp) -> None:
    text = "Labour met its donors in Leeds. “We are united,” the party said."
    speaker = extract(text, nlp=nlp)[-1].speaker
    assert (speaker.name, speaker.kind) == ("Labour Party", "organization")
    # a party word inside a quote is no naming by the article
    text = "“Republicans will lose,” Tom Hale told the crowd. “We are united,” the party said."
    assert extract(text, nlp=nlp)[-1].speaker.name != "Republican Party"
