"""Quoted words in a verb's object or complement (quotes/find/claims/quoted_objects.py), through the claim
finder."""

from __future__ import annotations

import pytest

from tests.find.claims.claim_helpers import claims_of


def _mixed(nlp, text: str) -> list[tuple[str, str, str | None]]:
    """(content, cue, speaker mention) of the mixed claims of a sentence."""
    claims = claims_of(nlp, text)
    return [(content, cue, speaker) for kind, content, cue, speaker in claims if kind == "mixed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“We need unity,” said the vice president, urging those calling for a withdrawal to “give him"
            " time.”",
            [("those calling for a withdrawal to “give him time.”", "urging", "the vice president")],
            id="participle-describing-the-addressee-is-no-cue",
        ),
        pytest.param(
            "The governor urged the families waiting outside to “stay calm and keep the roads clear.”",
            [
                (
                    "the families waiting outside to “stay calm and keep the roads clear.”",
                    "urged",
                    "The governor",
                )
            ],
            id="participle-describing-the-addressee-plain-verb",
        ),
        pytest.param(
            "The council issued a statement describing the talks as a “positive step toward a fair deal.”",
            [("the talks as a “positive step toward a fair deal.”", "describing", "The council")],
            id="participle-describing-a-statement-is-its-issuers-cue",
        ),
        pytest.param(
            "The mayor met protesters calling the plan “a disaster for every family in town.”",
            [],
            id="participle-under-a-verb-that-is-no-cue",
        ),
        pytest.param(
            "That remark prompted the city council to call a vote in March on whether to censure Hale; one"
            ' lawmaker called Hale "the king of empty promises."',
            [('Hale "the king of empty promises."', "called", "one lawmaker")],
            id="finite-verb-parsed-as-a-participle-on-its-subject",
        ),
        pytest.param(
            "Ann Lee, a council member who served as the mayor's top aide during the 2014 campaign, called"
            ' Hale\'s votes and speeches on Monday "reckless."',
            [('Hale\'s votes and speeches on Monday "reckless."', "called", "Ann Lee")],
            id="misparsed-finite-verb-with-its-predicate-hung-on-the-subject",
        ),
        pytest.param(
            "They joined a group called the “Friends of the Park.”", [], id="participle-naming-a-group"
        ),
        pytest.param(
            "She runs a website called simply “Hope for Tomorrow and the Day After.”",
            [],
            id="participle-naming-a-website",
        ),
        pytest.param(
            "Trump clashed with the mayor over the city budget, at one point calling the mayor a"
            ' "liar" who was not "honorable."',
            [('the mayor a "liar" who was not "honorable."', "calling", "Trump")],
            id="participle-on-the-object-of-a-preposition-takes-the-verb-subject",
        ),
        pytest.param(
            "Ann Lee spoke at a rally calling the plan “a gift to the rich.”",
            [("the plan “a gift to the rich.”", "calling", "Ann Lee")],
            id="participle-on-the-occasion-of-the-speech",
        ),
        pytest.param(
            "The crowd cheered for a man in a shirt calling the plan “a gift to the rich and a tax on the"
            " poor.”",
            [],
            id="participle-in-a-phrase-on-a-noun",
        ),
        pytest.param(
            "That view upended decades of party doctrine toward Russia, a country that the last nominee,"
            " Ann Lee, called ''our No.1 geopolitical foe.''",
            [
                (
                    "the last nominee, Ann Lee, called ''our No.1 geopolitical foe.''",
                    "called",
                    "the last nominee",
                )
            ],
            id="relative-that-the-parse-makes-a-mark-opens-the-clause",
        ),
        pytest.param(
            "The senator on Tuesday called the mayor's remarks about the judge “racist,” an extraordinary"
            " rebuke that set off a wave of criticism and alarm among his allies.",
            [("the mayor's remarks about the judge “racist,”", "called", "The senator")],
            id="comma-inside-the-closing-mark-ends-the-content",
        ),
        pytest.param(
            "She praised how the crew assembles the “tubular mixers,” batches of rods that steer the air.",
            [
                (
                    "how the crew assembles the “tubular mixers,” batches of rods that steer the air",
                    "praised",
                    "She",
                )
            ],
            id="comma-inside-a-mark-in-a-clause-the-verb-casts-nothing-as",
        ),
        pytest.param(
            "The senator called the governor “the next Lincoln” – the president he admires above all others.",
            [("the governor “the next Lincoln”", "called", "The senator")],
            id="dash-after-the-closing-mark-sets-off-the-writer-aside",
        ),
        pytest.param(
            "Mr. Hale also praised his younger sister's ''quiet and steady courage'' - ''courage that shows"
            " itself in deeds, not words,'' he said - and argued for a candidate who can win.",
            [("his younger sister's ''quiet and steady courage''", "praised", "Mr. Hale")],
            id="dash-before-a-direct-quote",
        ),
        pytest.param(
            "The senator called the plan “reckless,” “wasteful” and “cruel.”",
            [("the plan “reckless,” “wasteful” and “cruel.”", "called", "The senator")],
            id="comma-inside-a-mark-before-more-quoted-words",
        ),
        pytest.param(
            "Chancellor Ann Berg condemned “such a cowardly attack” and declared her support for the city.",
            [("“such a cowardly attack”", "condemned", "Ann Berg")],
            id="whole-object-in-marks-takes-the-opening-mark",
        ),
        pytest.param(
            "Ann Lee called the new law “much, much better” than the old one, since it gives schools room.",
            [("the new law “much, much better” than the old one", "called", "Ann Lee")],
            id="second-term-of-a-comparison-completes-the-predicate",
        ),
        pytest.param(
            "The professor calls the town “a mistake” because so few people live nearby.",
            [("the town “a mistake” because so few people live nearby", "calls", "The professor")],
            id="reason-completes-the-charge",
        ),
        pytest.param(
            "Campaign chairman John Roe called the governor “the most extreme pick in a decade” and someone"
            " who had “threatened the rights of workers” by signing the bill.",
            [
                (
                    "the governor “the most extreme pick in a decade” and someone who had “threatened the"
                    " rights of workers” by signing the bill",
                    "called",
                    "John Roe",
                )
            ],
            id="second-predicate-after-and",
        ),
        pytest.param(
            "Lee called the plan “a disaster” and proposed a new one.",
            [("the plan “a disaster”", "called", "Lee")],
            id="second-act-is-no-predicate",
        ),
        pytest.param(
            "Many commentators called him “the grownup on the stage” amid the food fight.",
            [("him “the grownup on the stage”", "called", "Many commentators")],
            id="setting-after-the-predicate-is-the-writer-s",
        ),
        pytest.param(
            "The senator praised “The Long Road Home” at the gala on Friday.",
            [],
            id="title-as-the-whole-object-is-nobody-words",
        ),
        pytest.param(
            "On Friday he joined others in pouncing on news that the server had handled messages later"
            " deemed ''top secret,'' saying in a post: ''The release is a disaster.''",
            [],
            id="subjectless-past-form-describing-a-noun-names-no-speaker",
        ),
    ],
)
def test_quoted_object(nlp, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _mixed(nlp, text) == expected
