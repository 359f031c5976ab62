"""Where a claim's content ends (quotes.find.claims.content_ends): a cue heading a relative clause set
off by commas on the subject of a later verb keeps its content inside that clause."""

from __future__ import annotations

import pytest

from quotes.find.claims.content_ends import subject_relative_end
from tests.find.claims.claim_helpers import claims_of

#: A relative clause set off by commas on the sentence's subject, with the cue at its head: the verb
#: after the clause is the writer's sentence about the speaker. A closing quote mark after the clause,
#: and the comma inside it, stay with the content.
RELATIVE_CLAUSE_CASES = [
    (
        "The coach, who said his team would win the title, resigned on Friday.",
        [("indirect", "his team would win the title", "said", "The coach")],
    ),
    (
        "Ann Roe, who warned that the bridge was unsafe, has been proved right.",
        [("indirect", "the bridge was unsafe", "warned", "Ann Roe")],
    ),
    (  # set off by commas: the comma inside the closing mark stays, the one after the clause does not
        "The senator, who said the bill was “dead on arrival,” voted against it.",
        [("mixed", "the bill was “dead on arrival,”", "said", "The senator")],
    ),
    (  # negative: a relative clause on the object ends the sentence, and the content with it
        "She thanked the nurse who said the boy would recover.",
        [("indirect", "the boy would recover", "said", "the nurse")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSE_CASES)
def test_content_ends_with_the_relative_clause_of_its_cue(nlp, text, expected):
    assert claims_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "cue", "clause_end"),
    [
        ("The coach, who said his team would win the title, resigned on Friday.", "said", "title"),
        ("The senator, who said the bill was “dead on arrival,” voted against it.", "said", "”"),
        # negative: a coordination, not a relative clause
        ("The pilot said the engine had stalled and was lucky to land.", "said", None),
        # negative: the clause is on the object and ends the sentence
        ("She thanked the nurse who said the boy would recover.", "said", None),
        # a restrictive clause ends there too (seeds/ANNOTATION.md, "Speech in a relative clause")
        ("Voters who said the economy was their top concern backed the challenger.", "said", "concern"),
        # negative: the parse hangs the quote apart from the clause; no end is trusted
        ("The mayor, who called the deal “a disgrace,” lost the vote.", "called", None),
    ],
)
def test_subject_relative_end(nlp, text, cue, clause_end):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == cue)
    found = subject_relative_end(verb)
    if clause_end is None:
        assert found is None
    else:
        assert found is not None
        last, end = found
        assert doc[last].text == clause_end
        assert end == doc[last].idx + len(doc[last].text)
