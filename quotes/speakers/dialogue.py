"""Turns of a dialogue: whose words an uncued quote paragraph is when two people take turns.

News convention gives a quote paragraph with no cue to the speaker before it ("“We have no choice,” she
said." then "“Nobody wants this.”"). An exchange is the exception: when one person's quote paragraph
is answered by another's with a verb of replying ("“People read more than ever,” Crane said." then
"“That is the problem,” Hart replied."), the uncued quote paragraph after the reply is the first
person's turn again, and the turns alternate until a paragraph that is not a quote paragraph of the
two.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotes.lexicon import speakers as speaker_lexicon
from quotes.speakers.resolved import ResolvedSpeaker


@dataclass(frozen=True)
class _Turn:
    """One quote paragraph: its number, its one speaker, and whether it replies or is an uncued turn."""

    paragraph: int
    speaker: ResolvedSpeaker
    turn_taking: bool


class Dialogue:
    """Follows the quote paragraphs of an article in text order and names the speaker of an uncued quote
    paragraph that is a turn of an exchange between two named people."""

    def __init__(self) -> None:
        self._turns: list[_Turn] = []

    def observe(
        self, paragraph: int, speaker: ResolvedSpeaker, cue_lemma: str | None, quote_paragraph: bool
    ) -> None:
        """Record a record of paragraph ``paragraph``: its speaker, the lemma of its cue (``None`` when
        it has none) and whether its paragraph opens with the quote (a quote paragraph)."""
        if self._turns and self._turns[-1].paragraph == paragraph:
            last = self._turns[-1]
            if last.speaker.name != speaker.name:  # two speakers in one paragraph: no turn of one person
                nobody = ResolvedSpeaker(None, None, None, None, "unknown", "none")
                self._turns[-1] = _Turn(paragraph, nobody, False)
            return
        if not quote_paragraph:
            self._turns.clear()
            return
        replies = cue_lemma is not None and cue_lemma in speaker_lexicon.REPLY_VERBS
        self._turns.append(_Turn(paragraph, speaker, replies))
        del self._turns[:-3]

    def next_turn(self, paragraph: int) -> ResolvedSpeaker | None:
        """The speaker of an uncued quote paragraph numbered ``paragraph``: the other person of an
        exchange whose last turn is the paragraph right before; ``None`` when there is no exchange."""
        if len(self._turns) < 2:
            return None
        before, last = self._turns[-2], self._turns[-1]
        if last.paragraph != paragraph - 1 or before.paragraph != paragraph - 2 or not last.turn_taking:
            return None
        first, second = before.speaker, last.speaker
        if first.kind != "person" or second.kind != "person" or not first.name or not second.name:
            return None
        return first.continued() if first.name != second.name else None

    def took_turn(self, paragraph: int, speaker: ResolvedSpeaker) -> None:
        """Record an uncued quote paragraph given to ``speaker`` by :meth:`next_turn`: a turn of the
        exchange, which the next uncued paragraph answers."""
        self._turns.append(_Turn(paragraph, speaker, True))
        del self._turns[:-3]
