"""Pronoun antecedents (quotes/speakers/resolve.py), on sentences written for these tests."""

from __future__ import annotations

from quotes.engines.local import extract


def _speakers(nlp, text: str) -> list[tuple[str | None, str | None]]:
    return [(r.speaker.mention, r.speaker.name) for r in extract(text, nlp=nlp)]


def test_a_subject_comes_before_a_possessor_of_the_same_sentence(nlp) -> None:
    # the claim "to build a new jail" is Jim Hale's, yet "He" is the sentence's subject, Tom Roe
    text = (
        "Earlier, Sheriff Tom Roe vouched for Jim Hale's proposal to build a new jail. "
        "He said, “The jail will be built.”"
    )
    assert _speakers(nlp, text)[-1] == ("He", "Tom Roe")


def test_the_latest_subject_stays_first_when_it_is_a_subject(nlp) -> None:
    text = "Tom Roe spoke first. After lunch, Jim Hale took the stage. “It went well,” he said."
    assert _speakers(nlp, text)[-1] == ("he", "Jim Hale")


def test_a_subject_earlier_in_the_pronoun_own_sentence_beats_earlier_sentences(nlp) -> None:
    # the record's span may swallow "Mark Lutz weighed in ...": he is still the subject before "he"
    text = (
        "Tom Roe spoke to the crowd first. Mark Lutz weighed in as well, telling a radio host on "
        "Monday, “The bill is dead,” he said."
    )
    assert _speakers(nlp, text)[-1] == ("he", "Mark Lutz")


def test_a_subject_inside_the_quote_of_the_same_sentence_is_no_antecedent(nlp) -> None:
    text = "Tom Roe spoke first. “Mark Lutz is wrong,” he said."
    assert _speakers(nlp, text)[-1] == ("he", "Tom Roe")


def test_a_subject_of_the_same_sentence_must_agree_in_gender(nlp) -> None:
    text = (
        "Tom Roe spoke first. Mrs. Ann Lutz weighed in as well, telling a host, “The bill is dead,” "
        "he said."
    )
    assert _speakers(nlp, text)[-1] == ("he", "Tom Roe")


def test_a_speaker_reported_inside_a_quote_is_no_antecedent_outside_it(nlp) -> None:
    # Jim Hale speaks inside Tom Roe's quote: the cue's "he" and "the former governor" are still Roe
    text = (
        "Tom Roe spoke at the rally on Monday. “On the way here, Jim Hale called me and said the plant "
        "had closed,” he said. “I knew then that it was over,” he added."
    )
    assert _speakers(nlp, text) == [("he", "Tom Roe"), ("Jim Hale", "Jim Hale"), ("he", "Tom Roe")]
    described = text.split("” he said.")[0] + "” the former governor said."
    assert _speakers(nlp, described)[0] == ("the former governor", "Tom Roe")


def _group(nlp, text: str) -> tuple[str | None, str]:
    speaker = extract(text, nlp=nlp)[-1].speaker
    return speaker.name, speaker.kind


def test_they_after_named_people_joined_by_and_is_that_group(nlp) -> None:
    text = "Ann Roe and Tom Hale toured the state on Monday. “We were welcomed everywhere,” they said."
    assert _group(nlp, text) == ("Ann Roe and Tom Hale", "group")
    # an earlier "they" of the same sentence stands for the same people
    text = "As Ann Roe and Tom Hale toured the state, they were cheered by crowds, they said."
    assert _group(nlp, text) == ("Ann Roe and Tom Hale", "group")


def test_they_names_nobody_when_the_nearest_plural_is_a_noun_or_the_pair_is_no_subject(nlp) -> None:
    text = (
        "Ann Roe and Tom Hale toured the state on Monday. Local farmers met them. "
        "“We were welcomed,” they said."
    )
    assert _group(nlp, text) == (None, "group")
    text = "Voters cheered Ann Roe and Tom Hale on Monday. “We were welcomed,” they said."
    assert _group(nlp, text) == (None, "group")


def test_it_after_a_document_is_the_document_owner(nlp) -> None:
    text = (
        "Acme Corp. cut 300 jobs on Monday. Sheriff Tom Roe described the arrest in an affidavit. "
        "“The man ran,” Roe wrote in the affidavit. It continued: “He was caught at the corner.”"
    )
    assert _speakers(nlp, text)[-1] == ("It", "Tom Roe")


def test_it_after_an_organisation_named_later_than_the_document_is_the_organisation(nlp) -> None:
    text = (
        "Tom Roe wrote a report on the plant. Acme Corp. cut 300 jobs on Monday. "
        "It said demand had fallen."
    )
    assert _speakers(nlp, text)[-1] == ("It", "Acme Corp.")


def test_a_pronoun_inside_a_relative_clause_about_a_person_is_that_person(nlp) -> None:
    text = (
        "Tom Roe spoke first. The latest endorsement came from Jim Hale, the Ohio congressman who "
        "became famous in 2009 when he said that the bill was a lie."
    )
    assert _speakers(nlp, text)[-1] == ("he", "Jim Hale")


def test_a_she_that_could_only_mean_one_person_tells_that_person_gender(nlp) -> None:
    # "Pat" tells no gender; the first "she" can only be Lutz, so the later "he" is not Lutz
    text = (
        "Tom Roe opened the hearing. Pat Lutz took the stand. “I saw the crash,” she said. "
        "Then Roe asked a question. Lutz answered at length. “No,” he said."
    )
    assert _speakers(nlp, text) == [("she", "Pat Lutz"), ("he", "Tom Roe")]


def test_the_possessor_of_a_subject_before_the_pronoun_in_its_sentence_is_its_antecedent(nlp) -> None:
    text = (
        "Tom Roe spoke first, said Priya Raman of the Acme Institute, who watched the vote. "
        "Ann Lee's fate is still unclear, but she said on Monday that she would govern."
    )
    assert _speakers(nlp, text)[-1] == ("she", "Ann Lee")


def test_a_given_name_tells_the_gender_a_pronoun_must_agree_with(nlp) -> None:
    text = "Tom Hale runs the shelter. Carmen Ruiz painted the hall. “We need beds,” he said."
    assert _speakers(nlp, text)[-1] == ("he", "Tom Hale")
    text = "Ann Roe runs the shelter. Sheldon Adler painted the hall. “We need beds,” she said."
    assert _speakers(nlp, text)[-1] == ("she", "Ann Roe")


def test_a_topic_opened_with_as_for_is_the_antecedent(nlp) -> None:
    text = "Tom Roe spoke well. And as for Jim Hale, he was quiet. “My plan will be a great plan,” he said."
    assert _speakers(nlp, text)[-1] == ("he", "Jim Hale")


def test_a_name_standing_alone_as_a_fragment_is_in_the_foreground(nlp) -> None:
    text = (
        "Tom Roe spoke well.\n\nSam Lutz: a man of few words. "
        "“I know that flying is not an accomplishment,” he said."
    )
    assert _speakers(nlp, text)[-1] == ("he", "Sam Lutz")


def test_a_source_introduced_in_apposition_just_before_a_quote_is_its_he(nlp) -> None:
    text = (
        "Support for Mayor Paul Lutz has fallen in the suburbs, which worries Tom Vance, chairman of the "
        "county party.\n“We cannot win without those towns,” he said."
    )
    assert _speakers(nlp, text)[-1] == ("he", "Tom Vance")
    # a person the main clause has as its subject keeps the pronoun open to the usual rules
    met = "Senator Paul Reyes met Tom Vance, chairman of the party, on Monday.\n“It went well,” he said."
    assert _speakers(nlp, met)[-1] == ("he", "Paul Reyes")
