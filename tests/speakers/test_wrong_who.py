"""Speakers that would be the wrong person (issue 13): a journalist's question continued from the last
speaker, a person's office read as their organisation, an organisation read as a person. Sentences written for these tests."""

from __future__ import annotations

from quotes.engines.local import extract


def _by_text(text: str) -> dict[str, object]:
    return {record.text: record.speaker for record in extract(text)}


def test_an_asked_question_takes_no_speaker_and_the_answer_keeps_its_own() -> None:
    text = (
        "Tom Hale spoke to farmers in Leeds on Monday. "
        "Asked whether the levy would rise, the minister said it would not."
    )
    speakers = _by_text(text)
    question = speakers.get("whether the levy would rise")
    assert question is None or (question.name is None and question.resolution == "none")
    answer = speakers["it would not"]
    assert answer.mention == "the minister" and answer.kind == "person"


def test_an_asked_question_does_not_pass_a_speaker_on_or_take_one() -> None:
    text = "Ann Roe said the budget was tight. Asked if she would resign, she said she would stay."
    speakers = _by_text(text)
    assert speakers["the budget was tight"].name == "Ann Roe"
    question = speakers.get("if she would resign")
    assert question is None or question.name is None
    assert speakers["she would stay"].name == "Ann Roe"  # the answer is hers, by its own pronoun


def test_a_claim_with_no_speaker_of_its_own_still_continues_the_last_one() -> None:
    text = "Tom Hale said the plan failed, noting that costs rose."
    assert {s.name for s in _by_text(text).values()} == {"Tom Hale"}


def test_the_holder_of_an_office_in_an_organisation_is_a_person_after_the_content() -> None:
    for text, mention in [
        ("Prices will fall in spring, the chief executive of Nortgas said.", "the chief executive"),
        ("Prices will fall in spring, a spokeswoman for Nortgas said.", "a spokeswoman"),
        ("The roads will reopen, the mayor of Dunmore said.", "the mayor"),
    ]:
        speaker = extract(text)[-1].speaker
        assert (speaker.mention, speaker.kind, speaker.name) == (mention, "person", None)


def test_an_apposition_after_the_content_still_names_the_person() -> None:
    speaker = extract("Prices will fall, the union's president, Jane Roe, said.")[-1].speaker
    assert speaker.name == "Jane Roe"
    speaker = extract("Prices will fall, NEA President Jane Roe said.")[-1].speaker
    assert speaker.name == "Jane Roe"


def test_a_name_with_an_organisation_noun_in_apposition_is_an_organisation() -> None:
    for text, name in [
        ("Ofwex, the water regulator, said bills would rise.", "Ofwex"),
        ("Tarnby Foods, a Leeds firm, said bills would rise.", "Tarnby Foods"),
    ]:
        speaker = extract(text)[-1].speaker
        assert (speaker.name, speaker.kind) == (name, "organization")


def test_a_name_with_a_person_noun_in_apposition_stays_a_person() -> None:
    for text, name in [
        ("Jane Roe, a bank clerk, said bills would rise.", "Jane Roe"),
        ("Tom Hale, the energy minister, said bills would rise.", "Tom Hale"),
    ]:
        speaker = extract(text)[-1].speaker
        assert (speaker.name, speaker.kind) == (name, "person")
