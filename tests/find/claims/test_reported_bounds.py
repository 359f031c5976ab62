"""Where a claim's content starts and ends: the writer's material around it is left out
(seeds/ANNOTATION.md, "Material added by the writer after the content is left out")."""

from __future__ import annotations

import pytest

from tests.find.claims.claim_helpers import claims_of

#: A speaker named after the cue, with an apposition: the apposition is the speaker's, not content.
SPEAKER_AFTER_CUE_CASES = [
    (
        "Inflation will ease by summer, said Mara Ellis, an economist at the Ridge Institute.",
        [("indirect", "Inflation will ease by summer", "said", "Mara Ellis")],
    ),
    (
        "Nor are tariffs likely to bring those jobs back, said Dana Lutz, a professor at Ohio State.",
        [("indirect", "Nor are tariffs likely to bring those jobs back", "said", "Dana Lutz")],
    ),
    (  # negative: content after a cue in mid-sentence still runs on
        "The plan is dead, Devine said, by the calendar.",
        [("indirect", "The plan is dead, Devine said, by the calendar", "said", "Devine")],
    ),
]

#: What follows a cue set in the middle of its sentence goes on with the content only when it goes on
#: with the clause: a noun phrase set beside the content, the terms the source spoke on and a sentence
#: after a semicolon are the writer's.
AFTER_MID_CUE_CASES = [
    (
        "Patients who wait more than a year will be offered a refund, Ann Roe said, a policy that could"
        " cost the board millions.",
        [("indirect", "Patients who wait more than a year will be offered a refund", "said", "Ann Roe")],
    ),
    (
        "The mill will close by March, the union declared on Friday, two days after the vote.",
        [("indirect", "The mill will close by March", "declared", "the union")],
    ),
    (
        "Nobody in the cabinet wanted the job, he said, on condition of anonymity.",
        [("indirect", "Nobody in the cabinet wanted the job", "said", "he")],
    ),
    (
        "Turnout will be lower this year, analysts say; in 2019, only half voted.",
        [("indirect", "Turnout will be lower this year", "say", "analysts")],
    ),
    (  # negative: a noun phrase that is the subject of the clause after the cue is content
        "Still, he said, the plan would fail.",
        [("indirect", "Still, he said, the plan would fail", "said", "he")],
    ),
    (  # negative: so is a noun phrase whose head is the subject, past its possessor
        "In 2010, Roe said, the Acme Foundation's gift had made her a patron.",
        [("indirect", "In 2010, Roe said, the Acme Foundation's gift had made her a patron", "said", "Roe")],
    ),
    (  # negative: and a noun phrase that completes the verb before the cue
        "It was, he said, one of the worst days of his life.",
        [("indirect", "It was, he said, one of the worst days of his life", "said", "he")],
    ),
    (  # negative: so is a prepositional phrase that is no term of speaking
        "The plan is dead, Devine said, by the calendar.",
        [("indirect", "The plan is dead, Devine said, by the calendar", "said", "Devine")],
    ),
]

#: A conjunction the parse coordinates with the cue verb: a second cue or a second act of the speaker
#: ends the content; a coordination inside the content stays.
COORDINATED_WITH_CUE_CASES = [
    (
        "Most residents said the water tasted bad, and a third said it smelled of bleach.",
        [
            ("indirect", "the water tasted bad", "said", "Most residents"),
            ("indirect", "it smelled of bleach", "said", "a third"),
        ],
    ),
    (
        "The clerk said the count was complete, but the county denied it.",
        [("indirect", "the count was complete", "said", "The clerk")],
    ),
    (  # a clause of another speaker after a comma and a conjunction
        "Two-thirds said they trusted the mayor, while a third said they did not.",
        [
            ("indirect", "they trusted the mayor", "said", "Two-thirds"),
            ("indirect", "they did not", "said", "a third"),
        ],
    ),
    (
        "The company said it would cut 200 jobs, and more than half of the staff said they would leave.",
        [
            ("indirect", "it would cut 200 jobs", "said", "The company"),
            ("indirect", "they would leave", "said", "more than half"),
        ],
    ),
    (  # negative: a clause of the content after "but" stays
        "The clerk said the count was late, but the ballots were fine.",
        [("indirect", "the count was late, but the ballots were fine", "said", "The clerk")],
    ),
    (  # negative: a second "that" clause of the same cue stays
        "She said the mayor lied, and that the police knew it.",
        [("indirect", "the mayor lied, and that the police knew it", "said", "She")],
    ),
    (  # negative: a clause of the content with a subject of its own stays
        "The board said the firm had paid its taxes, and the auditors found no errors.",
        [("indirect", "the firm had paid its taxes, and the auditors found no errors", "said", "The board")],
    ),
    (  # negative: coordinated objects stay
        "He said the plan would need more money and more staff.",
        [("indirect", "the plan would need more money and more staff", "said", "He")],
    ),
]

#: A "that" after the cue that belongs to a predicate of the content: the content keeps the predicate.
EMBEDDED_THAT_CASES = [
    (
        "She said she was sure that the vote was fair.",
        [("indirect", "she was sure that the vote was fair", "said", "She")],
    ),
    (
        "The mayor says she is convinced that the bridge will open in May.",
        [("indirect", "she is convinced that the bridge will open in May", "says", "The mayor")],
    ),
    (
        "The senator said he would ensure that every veteran gets a hearing.",
        [("indirect", "he would ensure that every veteran gets a hearing", "said", "The senator")],
    ),
    (  # negative: the cue's own "that" after its recipient
        "Mr. Wallace told soldiers he met that Britain would continue to support Kyiv.",
        [("indirect", "Britain would continue to support Kyiv", "told", "Mr. Wallace")],
    ),
    (  # negative: the cue's own "that" after the time of the telling
        "She told the paper on Saturday that she voted for the mayor.",
        [("indirect", "she voted for the mayor", "told", "She")],
    ),
]


#: A datelined first paragraph: the dateline is the writer's, not content.
DATELINE_CASES = [
    (
        "DES MOINES, Iowa (AP) — The race is tightening in the final week, the campaign said.",
        [("indirect", "The race is tightening in the final week", "said", "the campaign")],
    ),
    (
        "WASHINGTON — The budget will pass by Friday, according to two senior aides.",
        [("indirect", "The budget will pass by Friday", "according to", "two senior aides")],
    ),
    (  # negative: a capitalised name and a dash inside a sentence is not a dateline
        "The alliance says NATO — not the EU — will lead the mission.",
        [("indirect", "NATO — not the EU — will lead the mission", "says", "The alliance")],
    ),
]

#: The person addressed and the infinitive: the person is who is to act, part of the content.
ADDRESSEE_INFINITIVE_CASES = [
    (
        "The group encouraged supporters to monitor polling places.",
        [("indirect", "supporters to monitor polling places", "encouraged", "The group")],
    ),
    (  # "warned the Fed not to ..." is a request, no claim at all (tests/find/claims/test_questions.py)
        "He wants the Fed not to raise rates this year.",
        [("indirect", "the Fed not to raise rates this year", "wants", "He")],
    ),
    (  # negative: a clause after the person addressed leaves the person out
        "The mayor told residents the water was safe.",
        [("indirect", "the water was safe", "told", "The mayor")],
    ),
]


#: A dating or setting phrase after a comma ends the content only once the content has its clause.
SETTING_AFTER_CONTENT_CASES = [
    (
        "Fowler noted that at one of his first meetings, in 1972, he backed a decision to close the plant.",
        [
            (
                "indirect",
                "at one of his first meetings, in 1972, he backed a decision to close the plant",
                "noted",
                "Fowler",
            )
        ],
    ),
    (  # negative: after the clause, the writer's dating is left out
        "He said the plant would close, on Thursday, after the vote.",
        [("indirect", "the plant would close", "said", "He")],
    ),
    (  # the writer's dating right after the cue is left out
        "The governor said Tuesday his actions were lawful.",
        [("indirect", "his actions were lawful", "said", "The governor")],
    ),
    (
        "She said on Friday she had met the candidate.",
        [("indirect", "she had met the candidate", "said", "She")],
    ),
    (
        "She told the crowd at a rally in Ohio she would win.",
        [("indirect", "she would win", "told", "She")],
    ),
    (  # negative: a dating inside the content, after its subject, stays
        "She said the vote on Friday was fair.",
        [("indirect", "the vote on Friday was fair", "said", "She")],
    ),
    (  # a quote closing on a comma, then the occasion of the speech: the content ends at the mark
        "Her aide said the campaign doesn’t want “that junk,” in an interview with CNN on Sunday.",
        [("mixed", "the campaign doesn’t want “that junk,”", "said", "Her aide")],
    ),
    (  # negative: a phrase of the content after the mark stays
        "She said the deal was “fair,” in every sense of the word.",
        [("mixed", "the deal was “fair,” in every sense of the word", "said", "She")],
    ),
]

#: A cue set off by commas inside its content, and "that" after a long recipient.
PARENTHETICAL_CUE_CASES = [
    (
        "Climate change, Mr. Obama often says, is the greatest threat we face.",
        [
            (
                "indirect",
                "Climate change, Mr. Obama often says, is the greatest threat we face",
                "says",
                "Mr. Obama",
            )
        ],
    ),
    (  # the speaker is the apposition before the cue, not the content's subject
        "Clinton, a top aide said, is very confident.",
        [("indirect", "Clinton, a top aide said, is very confident", "said", "a top aide")],
    ),
    (
        "He told a meeting of county leaders that few voters understood the plan.",
        [("indirect", "few voters understood the plan", "told", "He")],
    ),
    ("He told the man that he met at the rally about the plan.", []),  # a relative clause: no content
    ("She mentioned the fact that he was late.", []),  # a noun's own clause is not the verb's content
]

#: Retorts with a particle: "shot back that ...".
RETORT_CASES = [
    (
        "Mr. Lee shot back that the audit was a sham.",
        [("indirect", "the audit was a sham", "shot back", "Mr. Lee")],
    ),
    (
        "The governor fired back that the senator had never visited the plant.",
        [("indirect", "the senator had never visited the plant", "fired back", "The governor")],
    ),
    ("Police fired shots back at the car.", []),
    ("The team hit back the next day.", []),
]


#: A preposition of the cue before quoted words: the content starts after it.
CUE_PREPOSITION_CASES = [
    (
        "The mayor called for more “flexibility” in the budget.",
        [("mixed", "more “flexibility” in the budget", "called for", "The mayor")],
    ),
    (  # the person addressed is who is to act: part of the content
        "The imam called on fellow worshippers to “stand up to those who spread hate.”",
        [("mixed", "fellow worshippers to “stand up to those who spread hate.”", "called on", "The imam")],
    ),
    (  # the writer's dating before the preposition is left out too
        "He called on Tuesday for a “full review” of the deal.",
        [("mixed", "a “full review” of the deal", "called", "He")],
    ),
    (  # negative: an object after the verb stays
        "She called the plan “a disgrace.”",
        [("mixed", "the plan “a disgrace.”", "called", "She")],
    ),
]


#: A characterisation in the passive with its agent: the agent is the speaker, the content runs from
#: the subject to the quoted predicate.
PASSIVE_CASES = [
    (
        "The plan has been called “a disgrace” by Senator Ann Lee.",
        [("mixed", "The plan has been called “a disgrace”", "called", "Ann Lee")],
    ),
    (
        "The bill was described as “a giveaway to the rich” by Ms. Lee.",
        [("mixed", "The bill was described as “a giveaway to the rich”", "described", "Ms. Lee")],
    ),
    ("The plan has been called “a disgrace” in many quarters.", []),  # no agent: nobody's words
    ("The plan was called a disgrace by Senator Ann Lee.", []),  # no quoted words: not a mixed quote
]


#: A quote opened in the content that runs on past the sentence's end: the content runs to the closing mark.
QUOTE_PAST_SENTENCE_CASES = [
    (
        "The mayor insisted that “the budget is balanced. These were hard choices, but we made them.”",
        [
            (
                "mixed",
                "“the budget is balanced. These were hard choices, but we made them.”",
                "insisted",
                "The mayor",
            )
        ],
    ),
    (
        "Ms. Lee said that the plan was “a mistake. We will fix it.” Then she left the room.",
        [("mixed", "the plan was “a mistake. We will fix it.”", "said", "Ms. Lee")],
    ),
    (  # negative: a quote closed inside the sentence ends the content there
        "He said the plan was “a mistake.” She disagreed with him.",
        [("mixed", "the plan was “a mistake.”", "said", "He")],
    ),
    (  # a quote left open runs to its paragraph's end, never into the next paragraph
        "Ms. Lee said the plan was “a mistake. We will fix it.\n\nOthers were less sure of that.",
        [("mixed", "the plan was “a mistake. We will fix it", "said", "Ms. Lee")],
    ),
]


#: A verb of speech the parse coordinates with the content's own verb, with no subject of its own: the
#: speaker's next act, which ends the content; a coordination inside the content stays.
COORDINATED_WITH_CONTENT_CASES = [
    (
        "The minister said the offer was fair and urged doctors to return to talks.",
        [("indirect", "the offer was fair", "said", "The minister")],
    ),
    (
        "The coach said the team had played well and warned that the league was harder this year.",
        [
            ("indirect", "the team had played well", "said", "The coach"),
            ("indirect", "the league was harder this year", "warned", "The coach"),
        ],
    ),
    (  # negative: a second clause with a subject of its own is content
        "The minister said the offer was fair and the doctors knew it.",
        [("indirect", "the offer was fair and the doctors knew it", "said", "The minister")],
    ),
    (  # negative: a second verb of the content that is no verb of speech
        "The coach said the team had trained hard and played well.",
        [("indirect", "the team had trained hard and played well", "said", "The coach")],
    ),
]

#: A description of the speaker after the cue ("..., he said, eyes welling") is the writer's picture,
#: not content.
SPEAKER_DESCRIPTION_CASES = [
    (
        "The offer was fair, she said, her voice breaking.",
        [("indirect", "The offer was fair", "said", "she")],
    ),
    (
        "The plan had failed, he said, tears running down his face.",
        [("indirect", "The plan had failed", "said", "he")],
    ),
    (  # negative: a clause after the cue is content
        "The plan is dead, Devine said, and the council knows it.",
        [("indirect", "The plan is dead, Devine said, and the council knows it", "said", "Devine")],
    ),
]


#: A conjunction opening a cue with a subject of its own ends the content, with or without a comma and
#: whatever the subject's form ("three-quarters", "one in four"): another speaker's claim.
ANOTHER_SPEAKER_CASES = [
    (
        "In the poll, half of voters said the mayor was honest, and three-quarters said the same of her"
        " rival.",
        [
            ("indirect", "the mayor was honest", "said", "half"),
            ("indirect", "the same of her rival", "said", "three-quarters"),
        ],
    ),
    (
        "About a third said the party cared about them and one in four said the party was hostile to them.",
        [
            ("indirect", "the party cared about them", "said", "a third"),
            ("indirect", "the party was hostile to them", "said", "one"),
        ],
    ),
    (  # negative: a second clause of the content, no cue in it
        "He said prices rose and wages fell.",
        [("indirect", "prices rose and wages fell", "said", "He")],
    ),
    (  # negative: without a comma, a verb of speech in a clause of the content ("because he denied")
        "He said the mayor could lose not only because she backed the plan but also because he denied her"
        " a hearing.",
        [
            (
                "indirect",
                "the mayor could lose not only because she backed the plan but also because he denied her a"
                " hearing",
                "said",
                "He",
            )
        ],
    ),
    (  # negative: "and that" opens a second content clause of the same cue, which may hold a cue
        "The survey found that rents rose and that few tenants said they could afford to move.",
        [
            (
                "indirect",
                "rents rose and that few tenants said they could afford to move",
                "found",
                "The survey",
            ),
            ("indirect", "they could afford to move", "said", "few tenants"),
        ],
    ),
]


#: Every rule's cases, by rule: one test runs them all.
#: A quote that opens in the middle of the writer's sentence and runs on over several sentences before
#: its cue: the content starts where the sentence that opened the quote starts, not at the last
#: sentence inside the marks. One that opens its own sentence and closes before the writer's words
#: starts at its opening mark.
QUOTE_OPENED_EARLIER_CASES = [
    (
        "The bypass is “a waste of money. It will cost us millions. Nobody asked the residents,” said "
        "Ann Roe.",
        [
            (
                "mixed",
                "The bypass is “a waste of money. It will cost us millions. Nobody asked the residents,”",
                "said",
                "Ann Roe",
            )
        ],
    ),
    (
        "The ferry timetable was “never going to work. The crews warned us in March,” the union said.",
        [
            (
                "mixed",
                "The ferry timetable was “never going to work. The crews warned us in March,”",
                "said",
                "the union",
            )
        ],
    ),
    (  # negative: a quote that closed in an earlier sentence leaves the cue's sentence alone
        "The buses run on the “Green Line.” Fares will rise in May, the council said.",
        [("indirect", "Fares will rise in May", "said", "the council")],
    ),
    (  # negative: a quote that opens its own sentence is a direct quote, not a claim
        "“The ferry will run. The crews are ready,” the union said.",
        [],
    ),
    (  # a quote that opens its own sentence and closes before the writer's words in a later one
        "“Budgets are tight this year. Towns have no reserves. They have no choice” but to raise fees, "
        "says Ann Roe.",
        [
            (
                "mixed",
                "“Budgets are tight this year. Towns have no reserves. They have no choice” but to raise fees",
                "says",
                "Ann Roe",
            )
        ],
    ),
]

#: A quoted title between the cue and its "that" ("told the BBC’s “Today” programme that ..."): the
#: title is the listener's name, the "that" clause is the cue's content.
QUOTED_NAME_CASES = [
    (
        "Ann Roe told the BBC’s “Today” programme that fares would rise.",
        [("indirect", "fares would rise", "told", "Ann Roe")],
    ),
    (
        "The senator told NBC’s “Meet the Press” on Sunday that the bill would pass.",
        [("indirect", "the bill would pass", "told", "The senator")],
    ),
    (
        "The coach told “Match of the Day” that his players were tired.",
        [("indirect", "his players were tired", "told", "The coach")],
    ),
    (  # negative: after what is told, not a named listener, the "that" clause is the noun's
        "The museum tells the truth that the city was built by migrants.",
        [],
    ),
    (  # negative: a noun's own "that" clause after the cue's object is no content of the cue
        "He repeated the claim that the vote was rigged.",
        [("indirect", "the claim that the vote was rigged", "repeated", "He")],
    ),
]

#: A participle of speech, characterising or glossing after the content and a comma: the speaker's
#: next act, set beside the content by the writer.
SPEECH_PARTICIPLE_CASES = [
    (
        "The mayor said the budget would not balance, pointing to the cost of the new depot.",
        [("indirect", "the budget would not balance", "said", "The mayor")],
    ),
    (
        "She has said the rules were never enforced, referring to the port inspections of 2019.",
        [("indirect", "the rules were never enforced", "said", "She")],
    ),
    (
        "The union argued that the offer was too low, citing rising rents in the city.",
        [("indirect", "the offer was too low", "argued", "The union")],
    ),
    (  # negative: a participle of another verb may be the content's own
        "Officials said the storm hit the coast overnight, flooding hundreds of homes.",
        [("indirect", "the storm hit the coast overnight, flooding hundreds of homes", "said", "Officials")],
    ),
    (  # negative: the speaker's own words in marks after the participle stay in the content
        "He said the talks had stalled, calling the delay “a betrayal of the workers.”",
        [("mixed", "the talks had stalled, calling the delay “a betrayal of the workers.”", "said", "He")],
    ),
]

#: An "as" clause cut short to an auxiliary and a subject after the content: others who said the same,
#: the writer's note.
OTHERS_ALIKE_CASES = [
    (
        "The senator said she would vote against the bill, as have two of her colleagues.",
        [("indirect", "she would vote against the bill", "said", "The senator")],
    ),
    (
        "He said the plant should close, as did the mayor of the town.",
        [("indirect", "the plant should close", "said", "He")],
    ),
    (  # negative: a form of "be" names a custom, not other speakers
        "She said she would publish her tax returns, as is the custom for candidates.",
        [("indirect", "she would publish her tax returns, as is the custom for candidates", "said", "She")],
    ),
    (  # negative: a verb after the auxiliary is a clause of the content
        "He said the vote went ahead, as has happened every year since 1990.",
        [("indirect", "the vote went ahead, as has happened every year since 1990", "said", "He")],
    ),
]

#: The writer's words set off between the cue and its "that": the content starts after the "that".
SET_OFF_THAT_CASES = [
    (
        "I can now say, with the benefit of hindsight, that the move was a mistake.",
        [("indirect", "the move was a mistake", "say", "I")],
    ),
    (
        "The chairman told an audience at a trade fair in Leeds last week that the plant would stay open.",
        [("indirect", "the plant would stay open", "told", "The chairman")],
    ),
    (
        "Her spokesman said — on the radio, as it happens — that the offer had been withdrawn.",
        [("indirect", "the offer had been withdrawn", "said", "Her spokesman")],
    ),
    (  # negative: a clause of its own before the "that" keeps the "that" in the content
        "The campaign knew it was possible, though not likely, that she could lose the county.",
        [
            (
                "indirect",
                "it was possible, though not likely, that she could lose the county",
                "knew",
                "The campaign",
            )
        ],
    ),
]

RULES: dict[str, list[tuple[str, list[tuple[str, str, str, str | None]]]]] = {
    "coordinated_with_content": COORDINATED_WITH_CONTENT_CASES,
    "speaker_description": SPEAKER_DESCRIPTION_CASES,
    "speaker_after_cue": SPEAKER_AFTER_CUE_CASES,
    "coordinated_with_cue": COORDINATED_WITH_CUE_CASES,
    "embedded_that": EMBEDDED_THAT_CASES,
    "dateline": DATELINE_CASES,
    "addressee_infinitive": ADDRESSEE_INFINITIVE_CASES,
    "setting_after_content": SETTING_AFTER_CONTENT_CASES,
    "parenthetical_cue": PARENTHETICAL_CUE_CASES,
    "retorts": RETORT_CASES,
    "cue_prepositions": CUE_PREPOSITION_CASES,
    "passive_characterisation": PASSIVE_CASES,
    "quote_past_the_sentence": QUOTE_PAST_SENTENCE_CASES,
    "another_speaker": ANOTHER_SPEAKER_CASES,
    "quote_opened_earlier": QUOTE_OPENED_EARLIER_CASES,
    "quoted_name": QUOTED_NAME_CASES,
    "speech_participle": SPEECH_PARTICIPLE_CASES,
    "others_alike": OTHERS_ALIKE_CASES,
    "set_off_that": SET_OFF_THAT_CASES,
    "after_mid_cue": AFTER_MID_CUE_CASES,
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{rule}-{i}")
        for rule, cases in RULES.items()
        for i, (text, expected) in enumerate(cases)
    ],
)
def test_claim_spans(nlp, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert claims_of(nlp, text) == expected
