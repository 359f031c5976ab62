"""What the claim finder makes of a sentence, as comparable tuples (shared by the claim tests)."""

from __future__ import annotations

from spacy.language import Language

from quotes.find.claims.reported import find_claims
from quotes.find.direct.direct import find_direct_quotes
from quotes.find.direct.marks import find_marked_quotes


def claims_of(nlp: Language, text: str) -> list[tuple[str, str, str, str | None]]:
    """Each claim in ``text`` as (type, content text, cue text, speaker mention text or None)."""
    doc = nlp(text)
    marked = find_marked_quotes(text)
    claims = find_claims(doc, marked, find_direct_quotes(doc, marked))
    return [
        (c.type, text[c.start : c.end], c.cue_text, c.mention.text if c.mention else None) for c in claims
    ]
