"""Quote-mark pairing: every mark style, apostrophes and titles, run-on and unclosed quotes."""

from __future__ import annotations

import pytest

from quotes.find.direct.marks import find_marked_quotes

MARKED_CASES = [
    # (text, expected quote texts (titles excluded), titles)
    ("“We will win,” he said.", ["We will win,"], []),
    ("‘We will win,’ he said.", ["We will win,"], []),
    ('"We will win," he said.', ["We will win,"], []),
    ("'We will win,' he said.", ["We will win,"], []),
    ("He said it was 'a disgrace' and left.", ["a disgrace"], []),
    ("''It's more tinkering,'' said Mr. Cole.", ["It's more tinkering,"], []),  # two apostrophes
    # apostrophes are not marks
    ("Trump’s plans and Russia's war don't change.", [], []),
    ("It isn't over, he said, and the allies’ support holds.", [], []),
    ("It isn’t ‘over’ yet.", ["over"], []),
    # UK style: single marks with apostrophes inside, a plural possessive included
    (
        "‘We don’t know what the allies’ plans are,’ the minister said.",
        ["We don’t know what the allies’ plans are,"],
        [],
    ),
    ("He said ‘thanks’ to the ‘friends’ of the club.", ["thanks", "friends"], []),
    # ... a plural possessive in a quote's first words, when the quote opens its paragraph with a capital
    ("'The workers' rights are at stake,' said Dave Ward.", ["The workers' rights are at stake,"], []),
    ("‘Parents’ patience is running out,’ Ms Evans said.", ["Parents’ patience is running out,"], []),
    ("'Rock 'n' roll is back,' the promoter said.", ["Rock 'n' roll is back,"], []),
    # ... and when the quote opens a sentence inside its paragraph, after one that ended
    (
        "Ann Roe leads the union. 'Members' pay has fallen,' she said. 'That can't go on.'",
        ["Members' pay has fallen,", "That can't go on."],
        [],
    ),
    ("Tom Hale spoke. ‘Farmers’ costs have doubled,’ he said.", ["Farmers’ costs have doubled,"], []),
    # ... but a short term in marks after a sentence's end, no capital, pairs as written
    ("It was late. He said ‘thanks’ to the ‘friends’ of the club.", ["thanks", "friends"], []),
    # nested marks stay inside the outer quote
    (
        "“He told me ‘never again’, and he meant it,” she said.",
        ["He told me ‘never again’, and he meant it,"],
        [],
    ),
    # a title in single marks is a title, not speech
    ("our latest documentary, 'The A Word', which shines a light", [], ["The A Word"]),
    ("the film ‘Lord Of The Rings’ opened", [], ["Lord Of The Rings"]),
    ("his last ‘State of the Union’ address", [], ["State of the Union"]),
    ("Obama said ‘State of the Union’ speeches run long.", [], ["State of the Union"]),
    # speech in title case with a word a title would not leave small is still speech
    ("the crowd chanted “Thank you Georgia” all night", ["Thank you Georgia"], []),
    # a left single mark after a letter is a misprinted apostrophe, not an opening mark
    ("On CBS‘ morning show, she said, “We will win.”", ["We will win."], []),
    ("“Stop the War,” the banner said.", ["Stop the War,"], []),  # punctuation: a quoted sentence
    # a marked fragment in lower case is not a title
    ("UK promises to ‘stand in solidarity’", ["stand in solidarity"], []),
    # no marks at all
    ("Defence Secretary Ben Wallace said:", [], []),
    # the name of a work after the noun saying what it is, punctuation inside and all
    (
        "We spoke with her on the latest episode of our politics podcast, “So, That Happened.” Listen.",
        [],
        ["So, That Happened."],
    ),
    ("He has a new book, “Win, Lose, Repeat.”", [], ["Win, Lose, Repeat."]),
    ("The guest went on to sing “Bridge Over Troubled Water.”", [], ["Bridge Over Troubled Water."]),
    # ... but speech in title case after such a noun, or after a comma with no such noun, stays speech
    ("On his podcast, “We Will Win This Race,” the senator said.", ["We Will Win This Race,"], []),
    ("After the game, the coach said, “We Played Hard.”", ["We Played Hard."], []),
    ("On the podcast, Ruiz said “the plan failed.”", ["the plan failed."], []),
    # a nickname in marks between the words of a name is no quote, inside a quote or outside one
    ('"We back him," Maria "Ria" Lopez said.', ["We back him,"], []),
    ("“We back him,” said Robert C. ‘Bobby’ Hale. “He is ready.”", ["We back him,", "He is ready."], []),
    ('"I back Robert "Bobby" Hale," she said.', ['I back Robert "Bobby" Hale,'], []),
    ("Del. Ann 'Nan' Roe said 'no' to it.", ["no"], []),
    # ... but a word in marks after a common word or a possessive stays what it was
    ('He called it "Fake" News.', [], ["Fake"]),
    ('Hale\'s "Big" Plan failed.', [], ["Big"]),
    ('She said "Never" and left.', [], ["Never"]),
    ("Trump Was ‘Mocking’ Clinton, Aides Say", [], ["Mocking"]),  # a headline: no given name before it
    # the attribute marks of embedded markup pair with nothing, even over a line break
    ('<tweet tweet-author="@roe" tweet-date="May 1, 2016\n">We won. pic.twitter.com/x<tweet/>.', [], []),
    ('<tweet tweet-date="May 1">Roe said "we won" today<tweet/>', ["we won"], []),
]


@pytest.mark.parametrize(("text", "expected", "titles"), MARKED_CASES)
def test_marked_quotes(text: str, expected: list[str], titles: list[str]) -> None:
    quotes = find_marked_quotes(text)
    assert [text[q.start : q.end] for q in quotes if not q.title] == expected
    assert [text[q.start : q.end] for q in quotes if q.title] == titles


def test_run_on_quote_over_paragraphs_is_one_span() -> None:
    text = '"First paragraph, no close.\n\n"Second one, still open.\n\n"Last one closes."\n\nNarration.'
    quotes = find_marked_quotes(text)
    assert len(quotes) == 1
    assert (
        text[quotes[0].start : quotes[0].end]
        == 'First paragraph, no close.\n\n"Second one, still open.\n\n"Last one closes.'
    )


def test_unclosed_quote_not_reopened_ends_with_its_paragraph() -> None:
    text = "“This one never closes.\nNext paragraph is narration."
    quotes = find_marked_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["This one never closes."]
    assert quotes[0].close is None


def test_unbalanced_marks_never_raise() -> None:
    for text in ['"', "“", "”", "'", '" "', "a ” b “ c", "''''"]:
        for quote in find_marked_quotes(text):
            assert text[quote.open] in "\"“'‘" and quote.open < quote.start <= quote.end <= len(text)
            assert quote.close is None or text[quote.close] in "\"”'’"
    # an opening mark with no close runs to the end of its paragraph; a stray closing mark opens nothing
    (unclosed,) = find_marked_quotes("a ” b “ c")
    assert (unclosed.close, "a ” b “ c"[unclosed.start : unclosed.end]) == (None, "c")
