"""Who a role description, a "he added", a shared surname stands for (quotes/speakers/resolve.py,
roles.py, sieves.py, entities.py): the person the article ties to it, else no name. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _last(text: str) -> tuple[str | None, str]:
    speaker = extract(text)[-1].speaker
    return speaker.name, speaker.resolution


# an indefinite description introduces someone new: never the person the article titled with its head
INDEFINITE_ROLES = [
    (
        "A reporter asked Tom Hale, the Post reporter, about the fire. Ann Roe said the fire was out. "
        "A reporter said that the fire was still burning.",
        None,
    ),
    # ... while a definite one still goes to the titled person
    (
        "Tom Hale, the Post reporter, asked about the fire. Ann Roe said the fire was out. "
        "The reporter said that the fire was still burning.",
        "Tom Hale",
    ),
]


@pytest.mark.parametrize(("text", "name"), INDEFINITE_ROLES)
def test_an_indefinite_role_is_nobody_the_article_titled(text: str, name: str | None) -> None:
    assert _last(text)[0] == name


# a definite description referring back to someone introduced without a name is that unnamed person
UNNAMED_REFERENTS = [
    (
        "Sen. Ann Roe took questions in Ohio. A young woman asked her about the war. "
        "“You voted for it,” the woman said.",
        None,
    ),
    (
        "Tom Hale runs the campaign. Its new ad stars an Elvis Presley impersonator who sings. "
        "“Vote for Hale, baby,” the Presley actor says.",
        None,
    ),
    # a name in the unnamed person's relative clause does not name that person
    (
        "Tom Hale runs the campaign. Its new ad stars an Elvis Presley impersonator who says that Hale "
        "will win. “Vote for Hale, baby,” the Presley actor says.",
        None,
    ),
    # the indefinite is the named person's own description: still that person
    (
        "Ann Roe, a retired nurse, spoke first. Tom Hale spoke next. “We need beds,” the nurse said.",
        "Ann Roe",
    ),
    (
        "Tom Hale spoke first. Ann Roe is a lawyer in Dayton. “We will appeal,” the lawyer said.",
        "Ann Roe",
    ),
    # no indefinite of that head before: the person in the foreground, as before
    (
        "Sen. Ann Roe took questions in Ohio. “You voted for it,” a voter told her. "
        "“I did,” the senator said.",
        "Ann Roe",
    ),
]


@pytest.mark.parametrize(("text", "name"), UNNAMED_REFERENTS)
def test_a_description_of_an_unnamed_person_gives_no_name(text: str, name: str | None) -> None:
    assert _last(text)[0] == name


# an office goes to the recent person the article gave it, not a questioner who spoke last
OFFICE_HOLDERS = [
    (
        "Tom Hale spoke in a debate with Ann Roe. The Ohio senator said that the plan had failed. "
        "“Is that fair?” Roe asked. “That is fair,” the senator said.",
        "Tom Hale",
    ),
    # nobody recent was given the office: the person in the foreground
    (
        "Tom Hale spoke in a debate with Ann Roe. “Is that fair?” Roe asked. "
        "“That is fair,” the senator said.",
        "Ann Roe",
    ),
]


@pytest.mark.parametrize(("text", "name"), OFFICE_HOLDERS)
def test_an_office_goes_to_the_recent_person_given_it(text: str, name: str) -> None:
    assert _last(text)[0] == name


GOING_ON = [
    # "he added" goes on with the latest speaker, past a subject named in between
    (
        "Tom Hale spoke about the flood. “There is a lot of water,” he said. "
        "Jordan Blake had warned of it for years. “This was different,” he added.",
        "Tom Hale",
    ),
    # ... of the pronoun's gender only
    (
        "Ann Roe spoke about the flood. “There is a lot of water,” she said. Tom Hale nodded. "
        "“This was different,” he added.",
        "Tom Hale",
    ),
    # a subject of the pronoun's own sentence still comes first
    (
        "Tom Hale spoke about the flood. “There is a lot of water,” he said. "
        "Jordan Blake disagreed, and he added that the river was low.",
        "Jordan Blake",
    ),
]


@pytest.mark.parametrize(("text", "name"), GOING_ON)
def test_a_pronoun_that_goes_on_is_the_latest_speaker(text: str, name: str) -> None:
    assert _last(text)[0] == name


NAMESAKES = [
    # of namesakes named as often, the one in the foreground (the subject), not the one beside her
    (
        "However, Mary Kent, mother of the soldier Paul Kent, rejected the claim. "
        "“She lied to me,” Kent said.",
        "Mary Kent",
    ),
    (
        "Paul Kent, the son of Mary Kent, rejected the claim. “She lied to me,” Kent said.",
        "Paul Kent",
    ),
    # ... however often the other was named before
    (
        "Paul Kent died in 2012. Paul Kent was a soldier. Mary Kent, mother of Paul Kent, rejected the "
        "claim. “She lied to me,” Kent said. “I know what I heard,” Kent said later.",
        "Mary Kent",
    ),
    # no sentence names both: the one named more often still wins
    (
        "Paul Kent spoke first. Mary Kent spoke later. Paul Kent came back. “She lied to me,” Kent said.",
        "Paul Kent",
    ),
    (
        "Paul Kent spoke first. Paul Kent spoke again. Mary Kent nodded. “She lied to me,” Kent said.",
        "Paul Kent",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAMESAKES)
def test_a_surname_of_namesakes_is_the_one_in_the_foreground(text: str, name: str) -> None:
    assert _last(text)[0] == name


def test_a_given_name_joined_to_a_full_name_shares_its_surname() -> None:
    speaker = extract("Mark and Linda Price said that the fence was new.")[-1].speaker
    assert (speaker.name, speaker.kind) == ("Mark Price and Linda Price", "group")


@pytest.mark.parametrize(
    "text",
    [
        "Mark Dunn and Linda Price said that the fence was new.",  # two full names
        "Ed Dunn spoke first. Then Dunn and Linda Price said that the fence was new.",  # a surname
    ],
)
def test_a_name_that_is_no_lone_given_name_keeps_its_own_surname(text: str) -> None:
    assert "Dunn Price" not in (extract(text)[-1].speaker.name or "")
    assert "Mark Price" not in (extract(text)[-1].speaker.name or "")


FAMILY = [
    # a given name alone in apposition to a family noun takes the family's surname
    (
        "Ann Hale, 14, held a sign at the rally. Her father, Mark, 39, worried that voters read too little.",
        "Mark Hale",
    ),
    ("Ann Hale's husband, Mark, said that the roof leaked.", "Mark Hale"),
    ("Tom Hale spoke first. His son, Mark, said that the roof leaked.", "Mark Hale"),
    # the pronoun's gender fits nobody named in full: the given name alone
    ("Tom Hale spoke first. Her son, Mark, said that the roof leaked.", "Mark"),
    # no family noun: the given name alone
    ("Tom Hale spoke first. His lawyer, Mark, said that the roof leaked.", "Mark"),
]


@pytest.mark.parametrize(("text", "name"), FAMILY)
def test_a_family_member_named_by_given_name_takes_the_family_surname(text: str, name: str) -> None:
    assert extract(text)[-1].speaker.name == name


SPELLED_OUT = [
    # a surname whose full name the model tagged as no person: the full name the text writes
    (
        "Links:\n-Craig Fehrman explains why Ohio is weird. [538]\n"
        "-Matthew Yglesias thinks the party will lose. [Vox]\n\nYglesias said that the damage would last.",
        "Matthew Yglesias",
    ),
    # two full names written for the surname: which one is unknown, so none
    (
        "Links:\n-Matthew Yglesias thinks the party will lose. [Vox]\n"
        "-Laura Yglesias thinks it will win. [Post]\n\nYglesias said that the damage would last.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "name"), SPELLED_OUT)
def test_a_surname_takes_the_full_name_the_text_writes(text: str, name: str | None) -> None:
    assert extract(text)[-1].speaker.name in ((name,) if name else (None, "Yglesias"))
