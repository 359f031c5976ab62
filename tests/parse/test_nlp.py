"""The pipeline: sentence starts around paragraphs and quote marks are set before the parser runs."""

from __future__ import annotations

import pytest

from quotes.parse.nlp import SENTENCES_NAME

SENTENCE_CASES = [
    # (text, sentences as texts)
    (
        "Cruz called them on it:\n\n“The questions show why people distrust the media.”",
        ["Cruz called them on it:", "“The questions show why people distrust the media.”"],
    ),
    (
        "“We will win.” The crowd cheered.",
        ["“We will win.”", "The crowd cheered."],
    ),
    (
        "He said: “It is over. We go home.” Then he left.",
        None,  # the parser's choice inside the quote; only the marks are checked below
    ),
    # a middle initial ends no sentence
    (
        "He accused Fed Chair Ben S. Bernanke of trying to “debase” the dollar. Then he left.",
        ["He accused Fed Chair Ben S. Bernanke of trying to “debase” the dollar.", "Then he left."],
    ),
    # negative: a letter that ends a sentence before a word that is no name
    ("They chose Plan B. Then they left.", ["They chose Plan B.", "Then they left."]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES)
def test_sentences_around_quotes(nlp, text: str, expected: list[str] | None) -> None:
    doc = nlp(text)
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    if expected is not None:
        assert sentences == expected
    for sentence in sentences:  # no sentence starts with a closing mark
        assert not sentence.startswith("”")


def test_component_runs_before_the_parser(nlp) -> None:
    names = nlp.pipe_names
    assert names.index(SENTENCES_NAME) < names.index("parser")


TOKEN_CASES = [
    # a quote mark glued to the punctuation before it is split off, so the cue stays a word
    ("Ryan said,“Look here.”", ["Ryan", "said", ",", "“", "Look", "here", ".", "”"]),
    ("she said:‘no.’", ["she", "said", ":", "‘", "no", ".", "’"]),
    # a closing double mark glued to the next word is split off, and the punctuation before it
    ("“We will win,”Clinton said.", ["“", "We", "will", "win", ",", "”", "Clinton", "said", "."]),
    ('"It was fine,"he said.', ['"', "It", "was", "fine", ",", '"', "he", "said", "."]),
    # apostrophes and numbers are untouched
    ("Trump’s plan costs 5,000 dollars.", ["Trump", "’s", "plan", "costs", "5,000", "dollars", "."]),
    ("The U.S.’s plan, the No.1 pick.", ["The", "U.S.", "’s", "plan", ",", "the", "No.1", "pick", "."]),
]


@pytest.mark.parametrize(("text", "tokens"), TOKEN_CASES)
def test_tokens_around_quote_marks(nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp(text)] == tokens


def test_a_name_glued_to_the_closing_mark_is_the_speaker(nlp) -> None:
    from quotes.engines.local import extract

    [record] = extract("“We will win,”Clinton said.", nlp=nlp)
    assert (record.type, record.text, record.speaker.mention) == ("direct", "We will win,", "Clinton")


LEMMA_CASES = [
    # (sentence, word, lemma): cue verbs the rule lemmatizer reads as a shorter verb
    ("The governor hopes that the vote will go his way.", "hopes", "hope"),
    ("She hoped to win the state.", "hoped", "hope"),
    ("They are hoping the deal holds.", "hoping", "hope"),
    ("Critics griped that the hearing was rushed.", "griped", "gripe"),
    ("The senator sniped that the bill was a gift to donors.", "sniped", "snipe"),
    ("The mayor lambasted the council for the delay.", "lambasted", "lambaste"),
    ("Voters rated the economy as poor.", "rated", "rate"),
    # negatives: the verbs they were mistaken for, and the noun, keep their own lemmas
    ("The rabbit hopped over the fence and hops again.", "hopped", "hop"),
    ("The rabbit hopped over the fence and hops again.", "hops", "hop"),
    ("She snipped the ribbon.", "snipped", "snip"),
    ("Her hopes were high.", "hopes", "hope"),
    ("The rats gripped the bars.", "gripped", "grip"),
]


@pytest.mark.parametrize(("text", "word", "lemma"), LEMMA_CASES)
def test_verb_lemmas(nlp, text: str, word: str, lemma: str) -> None:
    [token] = [t for t in nlp(text) if t.text == word]
    assert token.lemma_ == lemma


def test_every_cue_verb_ending_in_e_keeps_its_lemma_when_inflected(nlp) -> None:
    """The lexicons' verbs in -e ("hope", "snipe") are where the lemmatizer strips too much."""
    from quotes.lexicon import claims as claim_lexicon
    from quotes.lexicon import cues as lexicon

    verbs = {
        verb
        for words in (
            lexicon.REPORTING_VERBS,
            lexicon.CHARACTERISING_VERBS,
            lexicon.DIRECT_QUOTE_VERBS,
            claim_lexicon.CLAIM_VERBS,
            claim_lexicon.ASIDE_VERBS,
        )
        for verb in words
        if verb.isalpha() and verb.endswith("e") and not verb.endswith("ee")
    }
    wrong = []
    for verb in sorted(verbs):
        for form in (verb + "s", verb + "d"):
            doc = nlp(f"The senator {form} that the plan works.")
            token = doc[2]
            if token.pos_ == "VERB" and token.lemma_ != verb:
                wrong.append(f"{form} -> {token.lemma_}")
    assert len(verbs) > 40
    assert wrong == []


APOSTROPHE_CASES = [
    # (text, the person the models find): names with a curly apostrophe, read as with a straight one
    ("Analyst Brett O’Donnell said the vote was close.", "Brett O’Donnell"),
    ("Democracy Corps’ Stan Greenberg, a pollster, said the party was split.", "Stan Greenberg"),
    ("Activist Dinesh D’Souza said the film was a hit.", "Dinesh D’Souza"),
]


@pytest.mark.parametrize(("text", "person"), APOSTROPHE_CASES)
def test_a_curly_apostrophe_reads_as_a_straight_one(nlp, text: str, person: str) -> None:
    doc = nlp(text)
    straight = nlp(text.replace("’", "'"))
    assert doc.text == text  # the text and so every offset stay as written
    assert [(e.text, e.label_) for e in doc.ents] == [
        (e.text.replace("'", "’"), e.label_) for e in straight.ents
    ]
    assert (person, "PERSON") in [(e.text, e.label_) for e in doc.ents]
    assert [a["speaker"]["name"] for a in doc._.attributions] == [person]


def test_the_apostrophe_component_runs_first(nlp) -> None:
    from quotes.parse.nlp import APOSTROPHES_NAME

    assert nlp.pipe_names[0] == APOSTROPHES_NAME


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Highs will reach 31C. Its forecaster, Ann Roe, said so.", 2),
        ("The panel shipped in 4K. The firm said sales rose.", 2),
        # negative: an initial and an abbreviation keep their stops and their sentence
        ("J. Smith said no.", 1),
        ("The U.S. said no.", 1),
    ],
)
def test_a_stop_after_a_unit_ends_the_sentence(nlp, text: str, sentences: int) -> None:
    doc = nlp(text)
    assert len(list(doc.sents)) == sentences
    assert all(t.text in (".", "J.", "U.S.") or not t.text.endswith(".") for t in doc)


def test_affixes_set_with_one_reload_tokenize_as_if_set_one_by_one(nlp) -> None:
    from quotes.parse import nlp as pipeline

    reference = pipeline.load_base()  # each affix set through its own setter, the slow way
    reference.tokenizer.infix_finditer = pipeline._infixes_splitting_marks(reference).finditer
    reference.tokenizer.suffix_search = pipeline._suffixes_splitting_unit_stops(reference).search
    texts = [
        "Dr. Roe didn't say,“Look at 31C.” She can't; Mr. Hale won't :) e.g. U.S.-made",
        "“We will win,”Ann Roe said. “It's over.”The crowd (in N.Y.) cheered 4K.",
    ]
    for text in texts:
        assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in reference.tokenizer(text)]
    assert nlp.tokenizer.rules == reference.tokenizer.rules
