"""Claim nouns (quotes.find.claims.reported): a noun with its "that" clause or infinitive, and whose words it
is."""

from __future__ import annotations

import pytest

from tests.find.claims.claim_helpers import claims_of

#: A verb that takes up a claim named by a noun ("dismissed concerns that ...", "cited reports that
#: ...") reports the noun with its clause: the noun is content. A verb that makes the claim ("voiced
#: concern that ...", "made the suggestion that ...") reports the clause only.
CLAIM_HANDLING_CASES = [
    (
        "The governor dismissed concerns that the new stadium would run over budget.",
        "concerns that the new stadium would run over budget",
    ),
    (
        "The coach rejected rumors that he would leave the club at the end of the season.",
        "rumors that he would leave the club at the end of the season",
    ),
    (
        "The senator cited reports that the agency had lost track of thousands of files.",
        "reports that the agency had lost track of thousands of files",
    ),
    (  # negative: a verb that makes the claim itself
        "The union leader voiced concern that the factory would close by spring.",
        "the factory would close by spring",
    ),
    (  # negative: the noun's owner is its speaker, not the verb's subject
        "The mayor dismissed the council's claim that the budget was balanced.",
        "the budget was balanced",
    ),
]


@pytest.mark.parametrize(("text", "content"), CLAIM_HANDLING_CASES)
def test_a_verb_taking_up_a_claim_noun_reports_the_noun_too(nlp, text, content):
    assert [c[1] for c in claims_of(nlp, text)] == [content]


def test_the_verb_is_the_cue_of_a_claim_it_takes_up(nlp):
    text = "The governor dismissed concerns that the new stadium would run over budget."
    content = "concerns that the new stadium would run over budget"
    assert claims_of(nlp, text) == [("indirect", content, "dismissed", "The governor")]
