"""Reported claims and mixed quotes: each cue form, span boundaries, and sentences that are not claims."""

from __future__ import annotations

import pytest

from tests.find.claims.claim_helpers import claims_of

CASES = [
    (
        "He said that with winter around the corner, Britain would increase its support.",
        [("indirect", "with winter around the corner, Britain would increase its support", "said", "He")],
    ),
    (
        "Healy said he would wait to hear Trump’s plans.",
        [("indirect", "he would wait to hear Trump’s plans", "said", "Healy")],
    ),
    (
        "Mr. Wallace told soldiers he met that Britain would continue to support Kyiv.",
        [("indirect", "Britain would continue to support Kyiv", "told", "Mr. Wallace")],
    ),
    (
        "Downing Street also confirmed on Tuesday that Rishi Sunak will travel to Munich.",
        [("indirect", "Rishi Sunak will travel to Munich", "confirmed", "Downing Street")],
    ),
    (
        "Nato secretary-general Jens Stoltenberg warned this week that the alliance sees no sign of peace.",
        [("indirect", "the alliance sees no sign of peace", "warned", "Jens Stoltenberg")],
    ),
    (
        "Russia is losing slowly in its war, according to UK Defence Secretary Ben Wallace.",
        [("indirect", "Russia is losing slowly in its war", "according to", "Ben Wallace")],
    ),
    (
        "Russia claims to have foiled a major offensive in Donetsk, with a grainy video as evidence.",
        [("indirect", "have foiled a major offensive in Donetsk", "claims", "Russia")],
    ),
    (
        "Mr Cleverly reassured Mr Zelensky of battlefield support, the Foreign, Commonwealth and Development "
        "Office (FCDO) said.",
        [
            (
                "indirect",
                "Mr Cleverly reassured Mr Zelensky of battlefield support",
                "said",
                "Foreign, Commonwealth and Development Office",
            )
        ],
    ),
    (
        "Defence sources say that one of the options is to send troops.",
        [("indirect", "one of the options is to send troops", "say", "Defence sources")],
    ),
    (
        "But he said he had discussed the plan, saying this would require more weapons.",
        [
            ("indirect", "he had discussed the plan", "said", "he"),
            ("indirect", "this would require more weapons", "saying", "he"),
        ],
    ),
    # mixed: a quoted fragment inside the content clause
    (
        "Mr Wallace said that Western allies would continue to “stand in solidarity” with the country.",
        [
            (
                "mixed",
                "Western allies would continue to “stand in solidarity” with the country",
                "said",
                "Mr Wallace",
            )
        ],
    ),
    (
        "Russia is “losing slowly” in its war, according to Ben Wallace.",
        [("mixed", "Russia is “losing slowly” in its war", "according to", "Ben Wallace")],
    ),
    # content that ends inside a quote, the speaker after it
    (
        "With thousands of systems, “there is no single point of failure,” he said.",
        [("mixed", "With thousands of systems, “there is no single point of failure,”", "said", "he")],
    ),
    # a claim nested in a direct quote, with a speaker of its own
    (
        "“The Prime Minister reiterated that allies must stand with Ukraine,” "
        "a Downing Street spokesman said.",
        [("indirect", "allies must stand with Ukraine", "reiterated", "The Prime Minister")],
    ),
    # the writer's framing of the speech event is not content
    (
        "Mr. Wallace responded that he would take each budget “as it comes” when questioned if he stays.",
        [("mixed", "he would take each budget “as it comes”", "responded", "Mr. Wallace")],
    ),
    (
        "He said the man died after being shot.",
        [("indirect", "the man died after being shot", "said", "He")],
    ),
    # a relative-pronoun subject stands for the noun its clause hangs on
    (
        "He released a letter that says he is in good health.",
        [("indirect", "he is in good health", "says", "a letter")],
    ),
    # a characterising verb whose object carries the speaker's quoted words
    (
        "Clinton called half of Trump’s supporters “deplorables.”",
        [("mixed", "half of Trump’s supporters “deplorables.”", "called", "Clinton")],
    ),
    (
        "Bill Clinton criticized the act as a “crazy system” during a stop in Flint.",
        [("mixed", "the act as a “crazy system”", "criticized", "Bill Clinton")],
    ),
    ("Bill Clinton criticized the act during a stop in Flint.", []),
    # negative cases
    ("Do you think the war will end soon?", []),
    ("Healey refused to give specific details.", []),
    ("Trump has not said how he will do it.", []),
    ("They spoke about how UK equipment has been used.", []),
    ("We believe quality journalism should be available to everyone.", []),
    ("“It is critical that allies step up,” he added.", []),
    ("The Ukrainian President thanks the UK for the “big support” it has given.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(nlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert claims_of(nlp, text) == expected


#: Cues beyond saying verbs (quotes.lexicon.claims.CLAIM_VERBS and friends), each with a negative case.
BROAD_CASES = [
    # beliefs, knowledge and evidence take a content clause
    (
        "A new survey shows that most farmers oppose the tax.",
        [("indirect", "most farmers oppose the tax", "shows", "A new survey")],
    ),
    (
        "Investigators found that the pilot had not slept.",
        [("indirect", "the pilot had not slept", "found", "Investigators")],
    ),
    (
        "The company knows its customers want cheaper fares.",
        [("indirect", "its customers want cheaper fares", "knows", "The company")],
    ),
    ("The footage shows how the engines are assembled.", []),  # an indirect question is a topic
    # wanting and planning: the infinitive, without "to"
    (
        "The governor plans to sign the bill next week.",
        [("indirect", "to sign the bill next week", "plans", "The governor")],
    ),
    ("The council is expected to approve the budget.", []),  # nobody is said to expect it
    ("The initiative to support the farmers costs millions.", []),
    # an object and its infinitive: the object is who is to act, part of the content ("urged residents
    # to boil ...", "wants his players to rest ...")
    (
        "Officials urged residents to boil their water.",
        [("indirect", "residents to boil their water", "urged", "Officials")],
    ),
    (
        "The coach wants his players to rest before the final.",
        [("indirect", "his players to rest before the final", "wants", "The coach")],
    ),
    # an object with a predicate is a claim; a bare object reports an act
    (
        "Most voters see the senator as a reliable ally.",
        [("indirect", "the senator as a reliable ally", "see", "Most voters")],
    ),
    ("The senator backed the bill on Tuesday.", []),
    ("We will see the results next week.", []),
    # a preposition opens the content
    (
        "The mayor called for an independent inquiry into the fire.",
        [("indirect", "an independent inquiry into the fire", "called for", "The mayor")],
    ),
    ("They talked about the next steps.", []),
    (
        "The auditor pointed out that the accounts were late.",
        [("indirect", "the accounts were late", "pointed out", "The auditor")],
    ),
    # a claim noun with its content clause needs someone whose claim it is
    (
        "She repeated her claim that the vote was rigged.",
        [("indirect", "the vote was rigged", "claim", "her")],
    ),
    ("Amid speculation that the deal is close, shares rose.", []),
    # the words said as an object of "say"; an anaphor is no content
    (
        "In the survey, 62 percent of residents said yes.",
        [("indirect", "yes", "said", "62 percent")],
    ),
    ("He said it again on Friday.", []),
]

#: Inside a direct quote only a named speaker's saying is a claim of its own; beliefs and pronouns
#: are the quoted speaker's own talk.
NESTED_CASES = [
    (
        "“The minister told us that the plant would close,” a union official said.",
        [("indirect", "the plant would close", "told", "The minister")],
    ),
    ("“How many of you believe the plant will stay open?” the official asked.", []),
    ("“He actually said he wanted the plant to close,” the official said.", []),
]


@pytest.mark.parametrize(("text", "expected"), NESTED_CASES)
def test_claims_nested_in_quotes(nlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert [c for c in claims_of(nlp, text) if c[0] != "direct"] == expected


#: Headlines "Speaker: claim" (the first line of an article), and headline labels that are no speaker.
HEADLINE_CASES = [
    (
        "Warren: Tariff Plan Is a ‘Tax on Families’\nSenator Elizabeth Warren spoke in Boston.",
        [("mixed", "Tariff Plan Is a ‘Tax on Families’", ":", "Warren")],
    ),
    (
        "Mayor Lopez: City Will Rebuild the Harbor Bridge\nThe bridge collapsed in March.",
        [("indirect", "City Will Rebuild the Harbor Bridge", ":", "Mayor Lopez")],
    ),
    ("The Latest: Storm Closes Schools Across the State\nSchools closed on Monday.", []),
    ("Big Win For Farmers: Senate Passes Drought Aid\nThe bill passed on Monday.", []),
    ("UPDATE: Storm Closes Schools\nSchools closed on Monday.", []),
    # an event's name with a year before a live page's colon names no speaker
    ("Budget 2026: Chancellor Cuts Fuel Duty\nThe Budget was given on Wednesday.", []),
    ("Schools closed on Monday. Officials: none.\nMore soon.", []),  # not the first line's colon
    # The whole content is one quote: that is a direct quote, not also a mixed claim beside it.
    ("Jane Roe: ‘We Are Going To Win.’\n\nThe senator spoke on Tuesday.", []),
    (
        "Jane Roe: Our Party Is ‘Going To Win’\n\nThe senator spoke on Tuesday.",
        [("mixed", "Our Party Is ‘Going To Win’", ":", "Jane Roe")],
    ),
    # a South Asian dateline before the lead sentence is the writer's place, not a speaker
    (
        "New Delhi: Union Minister Ravi Anand on Sunday said that the new bridge will open in May.",
        [("indirect", "the new bridge will open in May", "said", "Ravi Anand")],
    ),
    (
        "Guwahati, Dec 3 (PTI): Chief Minister Asha Bora said that flood relief had reached every district.",
        [("indirect", "flood relief had reached every district", "said", "Asha Bora")],
    ),
    # ... but a country before a headline's colon still speaks
    ("Ukraine: Talks With Moscow Have Failed\nThe talks ended on Friday.", [
        ("indirect", "Talks With Moscow Have Failed", ":", "Ukraine")
    ]),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_CASES)
def test_headline_claims(nlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert claims_of(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), BROAD_CASES)
def test_broad_cues(nlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert claims_of(nlp, text) == expected


#: Span boundaries: a cue in the middle of its content, and clauses coordinated with the cue.
BOUNDARY_CASES = [
    (
        "The new plant, the company said, will open in March.",
        [("indirect", "The new plant, the company said, will open in March", "said", "the company")],
    ),
    (  # the cue after the content, then a chained claim: two claims, not one around the cue
        "The plant will open in March, the company said, adding that it would hire 300 workers.",
        [
            ("indirect", "The plant will open in March", "said", "the company"),
            ("indirect", "it would hire 300 workers", "adding", "the company"),
        ],
    ),
    (
        "He said the deal was dead and warned that talks would fail.",
        [
            ("indirect", "the deal was dead", "said", "He"),
            ("indirect", "talks would fail", "warned", "He"),
        ],
    ),
    (
        "She said the vote was fair, but her rival denied that.",
        [("indirect", "the vote was fair", "said", "She")],
    ),
    (
        "The trouble, the historian writes, began in the early 1970s.",
        [
            (
                "indirect",
                "The trouble, the historian writes, began in the early 1970s",
                "writes",
                "the historian",
            )
        ],
    ),
    (  # a relative clause around the cue
        "He promised a new bridge, which he said the state would pay for.",
        [("indirect", "which he said the state would pay for", "said", "he")],
    ),
    (  # a coordinated cue starts a claim of its own
        "He said he found the mayor “very charming” and called her plan “a triumph.”",
        [
            ("mixed", "he found the mayor “very charming”", "said", "He"),
            ("mixed", "her plan “a triumph.”", "called", "he"),
        ],
    ),
    (  # a dated promise: the parser hangs the infinitive as a purpose clause, it is still the content
        "Sanders promised Sunday at a rally in Reno to end “the wasteful deportation regime.”",
        [("mixed", "end “the wasteful deportation regime.”", "promised", "Sanders")],
    ),
    (
        "He vowed Tuesday to appeal the ruling.",
        [("indirect", "to appeal the ruling", "vowed", "He")],
    ),
    ("The senator pledged $5 million to help flood victims.", []),  # a purpose, not a promise
    (  # the role given after "referred to X" is the content
        "He referred to the plan as “a giveaway to the rich.”",
        [("mixed", "the plan as “a giveaway to the rich.”", "referred to", "He")],
    ),
    (
        "A friend referred to him as “the kindest soul I have ever met” in a post.",
        [("mixed", "him as “the kindest soul I have ever met”", "referred to", "A friend")],
    ),
    (  # a characterisation in a relative clause: the clause around the cue
        "The plan, which she called “a disgrace,” was dropped.",
        [("mixed", "which she called “a disgrace,”", "called", "she")],
    ),
    (  # the relative pronoun is the subject: the content starts after the cue
        "The governor, who called the bill “a disgrace,” vetoed it.",
        [("mixed", "the bill “a disgrace,”", "called", "The governor")],
    ),
    (  # no role: the reference alone, up to its phrase end
        "She referred to the report in her speech.",
        [("indirect", "the report in her speech", "referred to", "She")],
    ),
    ("She promised the money in order to win votes.", []),
    (  # a comma after the cue: the content is everything after it
        "The governor says, win or lose on Tuesday, she is staying in the race.",
        [("indirect", "win or lose on Tuesday, she is staying in the race", "says", "The governor")],
    ),
    (  # the time of the telling is not content
        "She told the paper on Saturday that she voted for the mayor.",
        [("indirect", "she voted for the mayor", "told", "She")],
    ),
    (  # a coordination inside the content stays in it
        "He said the plan would need more money and more staff.",
        [("indirect", "the plan would need more money and more staff", "said", "He")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDARY_CASES)
def test_span_boundaries(nlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert claims_of(nlp, text) == expected


def test_claim_spans_exclude_that_and_final_stop(nlp) -> None:
    text = "Mr. Wallace responded that he would take each budget as it comes."
    [(kind, content, cue, mention)] = claims_of(nlp, text)
    assert not content.startswith("that") and not content.endswith(".")


#: A verb of characterising or saying whose object or complement holds the speaker's quoted words: a
#: mixed claim from the object to the end of the dependent holding the quote, closing mark included,
#: without the writer's setting of the speech after it; titles, labels and passives are no such claim.
QUOTED_OBJECT_CASES = [
    (
        "The union called the governor a “champion” for its members on Monday.",
        [("mixed", "the governor a “champion” for its members", "called", "The union")],
    ),
    (
        "The mayor blamed the flooding on “decades of neglect” at a news conference.",
        [("mixed", "the flooding on “decades of neglect”", "blamed", "The mayor")],
    ),
    (
        "The senator likened the new rules to “tearing up the Constitution” in a speech.",
        [("mixed", "the new rules to “tearing up the Constitution”", "likened", "The senator")],
    ),
    (
        "Critics accused the council of being “asleep at the wheel” during the crisis.",
        [("mixed", "the council of being “asleep at the wheel”", "accused", "Critics")],
    ),
    (
        "The board lauded the director for bringing “new and bold ideas.”",
        [("mixed", "the director for bringing “new and bold ideas.”", "lauded", "The board")],
    ),
    (  # the reason of a charge is content, the time of the speech is not
        "At the hearing, the senator blamed the “fog of war” for the failure to send help on Tuesday.",
        [("mixed", "the “fog of war” for the failure to send help", "blamed", "the senator")],
    ),
    (  # a verb of saying with the quoted words deep in its object
        "The minister is stressing the need to protect the grid from “constant attack” by hackers.",
        [
            (
                "mixed",
                "the need to protect the grid from “constant attack” by hackers",
                "stressing",
                "The minister",
            )
        ],
    ),
    (  # the nearest cue holds the quote: the developer's calling, not the residents' rejecting
        "Residents rejected what the developer calls a “modest” tower.",
        [("mixed", "what the developer calls a “modest” tower", "calls", "the developer")],
    ),
    (  # two apostrophes quote, as in the New York Times
        "The senator called the budget ''a fiscal fantasy.'' Her rival disagreed.",
        [("mixed", "the budget ''a fiscal fantasy.''", "called", "The senator")],
    ),
    (  # a coordinated act after the quote is not content
        "The coach praised the team for its “grit” and thanked the fans.",
        [("mixed", "the team for its “grit”", "praised", "The coach")],
    ),
    (  # an act the parse hangs on the content clause, whose subject cannot speak, is the speaker's
        "The mayor said on Monday that the budget was late and criticized the council as "
        "“asleep at the wheel.”",
        [
            ("indirect", "the budget was late", "said", "The mayor"),
            ("mixed", "the council as “asleep at the wheel.”", "criticized", "The mayor"),
        ],
    ),
    (
        "She defended her father, saying he has been a pioneer in promoting women in his companies "
        "and calling him “a feminist.”",
        [
            ("indirect", "he has been a pioneer in promoting women in his companies", "saying", "She"),
            ("mixed", "him “a feminist.”", "calling", "She"),
        ],
    ),
    # titles, labels, phrasal verbs, settings and passives: no quoted object of a speaker
    ("She sings the band’s “American Skin” at every show.", []),
    ("He put the files in a box labeled “medical problem,” then left.", []),
    ("The mayor called off the “Unity Tour” after the storm.", []),
    ("The senator wrote under the pen name “Carlos Danger.”", []),
    ("“It is over,” the mayor said on the radio show “Morning Call.”", []),
    ("The mayor is expected to announce an “expansion” of the program.", []),
    ("The sound system added songs with “loud” choruses.", []),
    ("What is called a “debate” is often a string of questions.", []),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_OBJECT_CASES)
def test_quoted_objects(nlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert claims_of(nlp, text) == expected


#: Where the parse hangs a content clause away from its cue, and quote marks at the edges of a content.
CLAUSE_CASES = [
    (  # a "that" clause hung on the noun of a phrase placing the speech
        "The mayor said in a statement that the bridge was “safe for now.”",
        [("mixed", "the bridge was “safe for now.”", "said", "The mayor")],
    ),
    (  # a noun's own "that" clause stays inside the content
        "The State Department said it found no evidence that the memo was sent by fax.",
        [("indirect", "it found no evidence that the memo was sent by fax", "said", "State Department")],
    ),
    (  # a clause before the cue and one after it: the one after is the content
        "Prices rose sharply; most said they were “very worried.”",
        [("mixed", "they were “very worried.”", "said", "most")],
    ),
    (  # the mark opening the next sentence's quote is not part of the content
        "He said the plan would work. ''It will,'' he added.",
        [("indirect", "the plan would work", "said", "He")],
    ),
    (  # a chained claim after a comma inside the closing mark: the content keeps the mark
        "On Friday, he said the count could be ''slow,'' adding that every vote would be checked.",
        [
            ("mixed", "the count could be ''slow,''", "said", "he"),
            ("indirect", "every vote would be checked", "adding", "he"),
        ],
    ),
    (  # the occasion of the speech after the content is the writer's
        "The minister said the port's “rightful place” is in the union, at a gathering of mayors in Rome.",
        [("mixed", "the port's “rightful place” is in the union", "said", "The minister")],
    ),
    (  # a phrase of the content after a comma stays
        "He said voters were angry, in a state with high taxes.",
        [("indirect", "voters were angry, in a state with high taxes", "said", "He")],
    ),
    (  # a relative clause with a cue of its own is another attribution
        "The clerk stated that she had opened the ledger, which she described as “a total mess.”",
        [
            ("indirect", "she had opened the ledger", "stated", "The clerk"),
            ("mixed", "which she described as “a total mess.”", "described", "she"),
        ],
    ),
    (  # a relative clause with a cue in the middle of the content stays in it
        "He said that the campaign’s announcement, which some have argued was a ploy, "
        "was an “insult” to voters.",
        [
            (
                "mixed",
                "the campaign’s announcement, which some have argued was a ploy, was an “insult” to voters",
                "said",
                "He",
            )
        ],
    ),
    (  # a relative clause without a cue stays in the content
        "She said the plan came from the mayor, who has been in office since 2010.",
        [("indirect", "the plan came from the mayor, who has been in office since 2010", "said", "She")],
    ),
    (  # a titled speaker after a mixed quote: the title words are the speaker's, not content
        "Schools are “starved of funds,” NEA President Jane Roe said.",
        [("mixed", "Schools are “starved of funds,”", "said", "Jane Roe")],
    ),
    (  # a speaker given by role and name in apposition after the quote
        "Schools are “starved of funds,” the union's president, Jane Roe, said.",
        [("mixed", "Schools are “starved of funds,”", "said", "the union's president")],
    ),
    (  # an adverb between the titled speaker and the cue
        "The next album is almost finished, singer Tom Hale recently revealed.",
        [("indirect", "The next album is almost finished", "revealed", "Tom Hale")],
    ),
    (  # negative: a clause of its own after the content, with an auxiliary before the verb
        "The next album is almost finished, and if all goes well, Tom Hale will release it in May.",
        [],
    ),
    (  # a characterising participle on an issued statement or letter: the issuer's words
        "The mayor sent a letter calling the audit “a witch hunt.”",
        [("mixed", "the audit “a witch hunt.”", "calling", "The mayor")],
    ),
    (  # negative: a participle on something that is no statement or letter
        "Hale ate a sandwich calling it “delicious.”",
        [],
    ),
    (  # negative: a name addressed inside a direct quote is not the speaker of a claim
        "''That was a fine speech you gave, Madam Mayor,'' Representative Ann Lee, Democrat of Ohio, "
        "told Ms. Hale as she stopped to have her picture taken.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_CASES)
def test_clause_placement(nlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert claims_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("content", "mixed"),
    [
        ("he was ''ignorant'' of the law", True),
        ("the plan is a ‘tax on families’", True),
        ("the “big” plan", True),
        ("Trump’s plan will pass", False),
        ("the voters’ anger is real", False),
        ("it's fine", False),
    ],
)
def test_mixed_marks(content: str, mixed: bool) -> None:
    from quotes.find.claims.claim import quotes_words

    assert quotes_words(content) is mixed


def test_a_characterising_verb_the_parse_hangs_on_the_name_before_it_is_that_persons(nlp) -> None:
    """'X, speaking on ..., called Y a “...”': the parse may make 'called' a clause on the name."""
    from quotes.engines.local import extract

    text = (
        "Mayor Ann Holt, speaking on a local radio show, called the governor a “blowhard,” "
        "and said the budget was late."
    )
    found = [(r.type, r.text, r.cue.text if r.cue else None, r.speaker.name) for r in extract(text, nlp=nlp)]
    assert ("mixed", "the governor a “blowhard,”", "called", "Ann Holt") in found
    assert ("indirect", "the budget was late", "said", "Ann Holt") in found


#: An "according to X" set off inside its sentence: the clause after it is the same claim's, a noun
#: phrase after it is the writer's note on the content.
ACCORDING_TO_MIDWAY_CASES = [
    (
        "Only two firms bid for the contract, according to the ministry, and neither met the deadline.",
        [
            (
                "indirect",
                "Only two firms bid for the contract, according to the ministry, and neither met the "
                "deadline",
                "according to",
                "the ministry",
            )
        ],
    ),
    (
        "Prices fell sharply in March, according to the survey, because demand for new homes slowed.",
        [
            (
                "indirect",
                "Prices fell sharply in March, according to the survey, because demand for new homes slowed",
                "according to",
                "the survey",
            )
        ],
    ),
    (  # negative: a noun phrase after the phrase is the writer's
        "The bakery sold 4,000 loaves last week, according to its owner, a record for the shop.",
        [("indirect", "The bakery sold 4,000 loaves last week", "according to", "its owner")],
    ),
    (  # negative: nothing after the phrase
        "The bridge will reopen in June, according to the city.",
        [("indirect", "The bridge will reopen in June", "according to", "the city")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO_MIDWAY_CASES)
def test_content_goes_on_after_according_to(nlp, text, expected):
    assert claims_of(nlp, text) == expected
