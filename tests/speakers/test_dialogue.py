"""Turns of an exchange (quotes/speakers/dialogue.py), on passages written for these tests."""

from __future__ import annotations

from quotes.engines.local import extract


def _speakers(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.speaker.name) for r in extract(text, nlp=nlp)]


def test_uncued_paragraphs_after_a_reply_alternate(nlp) -> None:
    text = (
        "The chef Omar Haddad and the critic Peter Voss argued about tasting menus.\n"
        "“Nobody wants twelve courses,” Voss said.\n"
        "“Then why are we full every night?” Haddad replied.\n"
        "“Because people like to be seen.”\n"
        "“They come back. Being seen once is enough.”"
    )
    got = dict(_speakers(nlp, text))
    assert got["Because people like to be seen."] == "Peter Voss"
    assert got["They come back. Being seen once is enough."] == "Omar Haddad"


def test_an_uncued_paragraph_after_a_plain_cue_goes_on(nlp) -> None:
    # no verb of replying: the same speaker goes on, as news paragraphs do
    text = (
        "The chef Omar Haddad and the critic Peter Voss argued about tasting menus.\n"
        "“Nobody wants twelve courses,” Voss said.\n"
        "“Then why are we full every night?” Haddad said.\n"
        "“We have a waiting list until March.”"
    )
    assert dict(_speakers(nlp, text))["We have a waiting list until March."] == "Omar Haddad"


def test_a_reply_with_no_one_before_it_goes_on(nlp) -> None:
    # one person's reply to a question the article reports: no exchange of two speakers' quotes
    text = (
        "Asked about the closure, Mayor Ruth Dunne did not hold back.\n"
        "“It is a scandal,” she replied.\n"
        "“The town was told nothing.”"
    )
    assert dict(_speakers(nlp, text))["The town was told nothing."] == "Ruth Dunne"
