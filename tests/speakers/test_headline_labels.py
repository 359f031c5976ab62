"""A headline's role label ("Former Club Doctor Says ...", "Ex-Party Chairman calls for ...") is the
person its lede's description with that role stands for; a lede that repeats no such role, or gives it
another term, leaves the label unnamed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _speaker_of(text: str, mention: str) -> str | None:
    return next(r.speaker.name for r in extract(text) if r.speaker.mention == mention)


NAMED = [
    (  # the lede's "former doctor" is the person the next sentence names
        "Former club doctor says striker hid knee injury\n\n"
        "The striker hid a knee injury for two seasons, the club\u2019s former doctor says.\n\n"
        "Ann Roe, who treated the team for ten years, wrote about it in a memoir.",
        "Former club doctor",
        "Ann Roe",
    ),
    (  # doctor = physician
        "Former club doctor says striker hid knee injury\n\n"
        "The striker hid a knee injury for two seasons, the club\u2019s former physician says.\n\n"
        "Ann Roe, who treated the team for ten years, wrote about it in a memoir.",
        "Former club doctor",
        "Ann Roe",
    ),
    (  # the lede's "former party chairman" is the speaker the next sentence names
        "Former party chairman calls for new leadership vote.\n\n"
        "A former Green Party chairman says the members should choose a new leader before winter.\n\n"
        "\u201cThe time has come,\u201d said Tom Hale, who led the party from 2001 to 2005.",
        "Former party chairman",
        "Tom Hale",
    ),
    (  # chairman = chair: the lede writes "chair"
        "Former league chairman says clubs must cap wages\n\n"
        "The former chair of the league says clubs must cap wages now.\n\n"
        "\u201cWe cannot wait,\u201d said Dan Wills, who ran the league until 2019.",
        "Former league chairman",
        "Dan Wills",
    ),
]


@pytest.mark.parametrize(("text", "mention", "name"), NAMED)
def test_a_headline_label_is_the_person_its_lede_describes(text: str, mention: str, name: str) -> None:
    assert _speaker_of(text, mention) == name


UNNAMED = [
    (  # the lede's doctor is a sitting one, the label a former one: no telling
        "Former club doctor says striker hid knee injury\n\n"
        "The striker hid a knee injury for two seasons, the club\u2019s doctor says.\n\n"
        "Ann Roe, who treats the team, wrote about it in a memoir.",
        "Former club doctor",
    ),
    (  # the lede repeats no chairman
        "Former party chairman calls for new leadership vote.\n\n"
        "Members of the Green Party should choose a new leader before winter, a letter says.\n\n"
        "The vote would be held in March.",
        "Former party chairman",
    ),
]


@pytest.mark.parametrize(("text", "mention"), UNNAMED)
def test_a_label_the_lede_does_not_repeat_stays_unnamed(text: str, mention: str) -> None:
    assert _speaker_of(text, mention) is None
