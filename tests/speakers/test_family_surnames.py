"""A surname two people of one family share goes by title, gender and the article's own bare surname,
not to the only one named in full (issue 13). Sentences written for these tests."""

from __future__ import annotations

from quotes.engines.local import extract


def _names(text: str) -> list[str | None]:
    return [record.speaker.name for record in extract(text)]


def test_an_office_before_a_surname_is_not_the_relative_named_in_full() -> None:
    text = (
        "President Hale said on Monday that the economy was strong.\n\n"
        'The first lady, Ann Hale, visited a school. "Children need gardens," Mrs. Hale said.\n\n'
        "Hale also said that taxes would not rise."
    )
    # the president is "Hale" throughout, Mrs. Hale the first lady; the bare surname is the president's
    assert _names(text) == ["Hale", "Ann Hale", "Hale"]


def test_an_office_before_a_surname_goes_to_the_relative_titled_so() -> None:
    text = (
        "Sen. Tom Marsh said the bill would pass. His wife, Ann Marsh, said she was proud of him. "
        "Sen. Marsh said the vote was close."
    )
    assert _names(text) == ["Tom Marsh", "Ann Marsh", "Tom Marsh"]


def test_a_gendered_title_is_not_a_person_of_the_other_gender() -> None:
    text = "Ann Hale, a nurse, said the ward was full. Congressman Hale said he would visit the hospital."
    assert _names(text) == ["Ann Hale", "Hale"]


def test_a_surname_without_a_title_still_joins_the_one_named_in_full() -> None:
    assert _names("Ann Hale, a nurse, said the ward was full. Hale said the staff were tired.") == [
        "Ann Hale",
        "Ann Hale",
    ]
    # the same office as the article gives the one named in full
    text = "Mayor Ann Hale said the ward was full. Mayor Hale said the staff were tired."
    assert _names(text) == ["Ann Hale", "Ann Hale"]
