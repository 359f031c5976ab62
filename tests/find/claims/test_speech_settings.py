"""What the writer adds after a quoted fragment closes (quotes.find.claims.speech_settings): it ends the
content."""

from __future__ import annotations

import pytest

from tests.find.claims.claim_helpers import claims_of

#: After a closing mark the content ends before the content's one dash, a concession, a participle
#: after a comma and a ", which" clause. Words that go on with the content keep it going.
CLOSING_MARK_CASES = [
    (
        "The governor said the levy was “a tax on working families” — a charge his rivals dispute.",
        "the levy was “a tax on working families”",
    ),
    (
        "Most residents say the new bus routes are “about right,” though many still drive to work.",
        "the new bus routes are “about right,”",
    ),
    (
        "The coach said the referees had been “completely unfair”, referring to the late penalty.",
        "the referees had been “completely unfair”",
    ),
    (
        "The mayor said the city must avoid a “spending spree”, which is what her rival has proposed.",
        "the city must avoid a “spending spree”",
    ),
    (  # negative: a comma inside the marks may go on ('“...,” which led to ...' is often the content)
        "The lawsuit alleged that the firm “ignored every warning,” which led to the leak.",
        "the firm “ignored every warning,” which led to the leak",
    ),
    (  # negative: "and" after the dash goes on with the content
        "The senator said the bill was “badly drafted” — and worse than the last one.",
        "the bill was “badly drafted” — and worse than the last one",
    ),
    (  # negative: two dashes set off an aside inside the content
        "The judge said the ruling — “a narrow one” — does not settle the wider question.",
        "the ruling — “a narrow one” — does not settle the wider question",
    ),
    (  # negative: PolNeAR keeps a "because" clause after a fragment
        "The chef said the menu is “too long” because the kitchen is small.",
        "the menu is “too long” because the kitchen is small",
    ),
    (  # negative: no quote mark closes before the comma (a participle of speech would end the content
        # all the same: tests/find/claims/test_reported_bounds.py, SPEECH_PARTICIPLE_CASES)
        "The coach said the referees had been unfair, leaving his side with ten men in the final minute.",
        "the referees had been unfair, leaving his side with ten men in the final minute",
    ),
]


@pytest.mark.parametrize(("text", "content"), CLOSING_MARK_CASES)
def test_content_ends_at_a_closing_mark_before_the_writers_words(nlp, text, content):
    assert [c[1] for c in claims_of(nlp, text)] == [content]
