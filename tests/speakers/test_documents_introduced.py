"""Documents whose owner the article gives elsewhere: a headline's poll is the one the lead names, a
poll introduced with no owner is the one the next sentences name past polls in general, an ad goes by
"the clip" and "the spot", a memoir by "the book", and "her account" is the person's. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from quotes.engines.local import extract


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(r.speaker.name, r.speaker.resolution) for r in extract(text)]


OWNED = [
    (  # the headline's poll is the one its lead names
        "Poll: Mayor Leads Among Women\n\nThe mayor leads her rival by five points, according to a new "
        "Acme Research poll. Turnout may be low.",
        0,
        "Acme Research",
    ),
    (  # polls in general between a new poll and its owner are no other poll
        "A new poll shows that the mayor leads by five points. It is one of the first polls to come out "
        "since the debate. The latest Acme Research poll, released Friday, shows that she leads among "
        "women.",
        0,
        "Acme Research",
    ),
    (
        "The Acme Union released a web video on Monday attacking the mayor. The ad says the mayor cut "
        "bus routes. The clip also says that he raised fares.",
        1,
        "Acme Union",
    ),
    (
        "Ann Roe wrote a memoir of her years at the hospital. The book says that the ward was short of "
        "nurses.",
        0,
        "Ann Roe",
    ),
    (
        "Ann Roe nursed at the hospital for ten years. According to her account, the ward was short of "
        "nurses.",
        0,
        "Ann Roe",
    ),
    (  # a study that refers back to the survey just before
        "Purges appear to help the party in the largest cities, according to a recent Acme Research survey "
        "of voter lists. The study found that voters were removed in poor areas.",
        1,
        "Acme Research",
    ),
    (  # the results of the poll just before
        "Still, the Lakeview Institute poll shows that moderates may be won over. The results show that "
        "older voters are angry.",
        1,
        "Lakeview Institute",
    ),
    (
        "Tom Hale unveiled his plan on Monday. A document on the Hale campaign's website states that single "
        "parents would receive the credit.",
        0,
        "Hale campaign",
    ),
    ("A statement on Acme Power's website said that crews were out.", 0, "Acme Power"),
    (  # a study that came out in a journal, no author named
        "A 2014 study that appeared in the Lakeview Medical Journal found that half of his advice was "
        "wrong.",
        0,
        "Lakeview Medical Journal",
    ),
    (  # an ad from a candidate's campaign is the campaign's
        "A new ad from Ann Roe's presidential campaign is seizing on her rival's comments. The ad says that "
        "Hale cannot be trusted.",
        -1,
        "Roe campaign",
    ),
    (  # a common word the model took into the name is no part of it
        "The developers looted millions, according to a civil complaint filed by the federal Securities "
        "and Exchange Commission.",
        0,
        "Securities and Exchange Commission",
    ),
    (  # "a Times article": the one Times the article names
        "A story in The Lakeview Times praised the mayor in 1995. Twenty years ago, a Times article said "
        "the mayor had saved the city.",
        -1,
        "Lakeview Times",
    ),
    (
        "The goal is to curb short-term investors, according to a speech Ann Roe delivered at Lakeview "
        "University in July.",
        0,
        "Ann Roe",
    ),
    (  # "the committee's report", the committee named later in its sentence; "the report" after it
        "Hackers entered the bank's computers, according to a new report. “The committee's interim "
        "report sheds light on lax security,” said Ann Roe, who chairs the Senate Committee on Banking. "
        "The report was released amid growing concern. “Even the director's computer had been hacked,” "
        "the report said.",
        -1,
        "Senate Committee on Banking",
    ),
    (
        "The RealClear Politics average of recent polls shows that the mayor leads by three points.",
        0,
        "RealClear Politics",
    ),
]


@pytest.mark.parametrize(("text", "index", "name"), OWNED)
def test_a_document_speaks_for_the_owner_the_article_gives_it_elsewhere(
    text: str, index: int, name: str
) -> None:
    assert _speakers(text)[index] == (name, "document")


UNOWNED = [
    # a new poll, then another poll with its own owner: no telling that the first is the second's
    ("A new poll shows that the mayor leads. A Gallup poll last month found that she trailed.", 0),
    # the headline's poll has no owner in the lead
    (
        "Poll: Mayor Leads Among Women\n\nThe mayor leads her rival by five points, according to a new "
        "poll. Turnout may be low.",
        0,
    ),
    # research before whose owner the article does not give
    (
        "Purges appear to help the party, according to a recent survey. The study found that voters were "
        "removed in poor areas.",
        -1,
    ),
    # two owners of research just before: no telling whose study it is
    (
        "Acme Research released a survey and the Hale Institute published a report on Monday. The study "
        "found that voters were removed in poor areas.",
        -1,
    ),
    # a notice on a website no one owns
    ("A notice on the website says the shop is closed.", -1),
    # a country is where a study came out, not who published it
    ("A study published in Canada found that half of his advice was wrong.", 0),
]


@pytest.mark.parametrize(("text", "index"), UNOWNED)
def test_a_document_with_no_owner_of_its_own_stays_unnamed(text: str, index: int) -> None:
    assert _speakers(text)[index][0] is None


def test_a_publication_word_of_two_publications_stays_as_written() -> None:
    text = (
        "The Lakeview Times and the Hale Valley Times both wrote about it. A Times article said the mayor "
        "had saved the city."
    )
    assert _speakers(text)[-1][0] == "Times"
