"""Offices, epithets and pronouns of British, Irish, Nigerian and South African news (issue 13): the
speaker is the person the office, the description or the pronoun stands for. Sentences written for these
tests."""

from __future__ import annotations

from quotes.engines.local import extract


def _by_text(text: str) -> dict[str, object]:
    return {record.text: record.speaker for record in extract(text)}


def test_a_member_of_parliament_described_by_party_is_the_person_named_before() -> None:
    text = (
        "Minister for Finance Declan Furlong said the accounts were sound. "
        'Speaking on radio, the Fine Gael TD said: "We have a surplus."'
    )
    speaker = _by_text(text)["We have a surplus."]
    assert (speaker.name, speaker.kind) == ("Declan Furlong", "person")


def test_a_sport_epithet_is_the_player_named_before() -> None:
    text = 'Jude Okafor scored twice on Saturday. "It was easy," the Real Madrid midfielder said.'
    assert _by_text(text)["It was easy,"].name == "Jude Okafor"


def test_a_description_with_no_person_before_it_names_nobody() -> None:
    # negative: nobody named before the epithet, so no name rather than a guess
    speaker = _by_text('"It was easy," the Real Madrid midfielder said.')["It was easy,"]
    assert speaker.name is None


def test_a_spokesperson_on_a_portfolio_is_the_named_person() -> None:
    text = "DA spokesperson on energy Kevin Mabuza said the minister was dreaming."
    speaker = _by_text(text)["the minister was dreaming"]
    assert (speaker.name, speaker.kind) == ("Kevin Mabuza", "person")


def test_a_spokesman_for_someone_is_not_that_person() -> None:
    # negative: "for" gives the spokesman's principal, another person
    text = "A spokesman for Governor Ann Roe said the road would reopen."
    assert _by_text(text)["the road would reopen"].name != "Ann Roe"


def test_the_governor_of_a_state_is_the_name_in_apposition_and_the_surname_after() -> None:
    text = (
        "Governor of Kaduna State, Uba Sani, said states would need support. "
        '"Many states cannot pay," Sani said.'
    )
    speakers = _by_text(text)
    assert speakers["states would need support"].name == "Uba Sani"
    assert (speakers["Many states cannot pay,"].name, speakers["Many states cannot pay,"].kind) == (
        "Uba Sani",
        "person",
    )


def test_according_to_him_is_the_person_before() -> None:
    text = (
        "The Minister of Information, Alhaji Musa Danjuma, said the figure was approved.\n\n"
        "According to him, the wage would be reviewed every three years."
    )
    speaker = _by_text(text)["the wage would be reviewed every three years"]
    assert (speaker.mention, speaker.name) == ("him", "Musa Danjuma")


def test_an_object_pronoun_outside_according_to_is_no_speaker() -> None:
    # negative: "daring him to say" makes no speaker of "him"
    text = "One Republican threatened Tom Hale, daring him to say that Congress was wrong."
    speaker = _by_text(text).get("Congress was wrong")
    assert speaker is None or speaker.name is None


def test_according_to_them_names_no_person() -> None:
    # negative: "them" is never one person
    text = "Tom Hale met the nurses. According to them, the ward was full."
    speaker = _by_text(text)["the ward was full"]
    assert speaker.name != "Tom Hale" and speaker.kind != "person"


def test_a_doctor_keeps_the_given_name_the_model_left_out() -> None:
    text = "Speaking to PTI, Dr Randeep Guleria, former director of AIIMS, said the scheme needed doctors."
    speaker = _by_text(text)["the scheme needed doctors"]
    assert speaker.name == "Randeep Guleria"


def test_a_description_holding_a_name_with_of_is_the_role_not_the_name() -> None:
    text = (
        "Alan Sharples told the BBC that the striker looked tired. "
        '"He is not getting into the box," the Match of the Day pundit said.'
    )
    speaker = _by_text(text)["He is not getting into the box,"]
    assert speaker.mention == "the Match of the Day pundit"
    assert (speaker.name, speaker.kind) == ("Alan Sharples", "person")


def test_an_organisation_with_of_in_its_name_still_speaks_for_itself() -> None:
    # negative: no role noun ends the phrase, so the name is the speaker
    speaker = _by_text("The Bank of England said rates would stay high.")["rates would stay high"]
    assert speaker.kind == "organization"


def test_a_party_named_alone_is_the_party() -> None:
    speakers = _by_text('Labour said the budget was a gamble.\n\nLabour: "A Budget of desperation"')
    assert (speakers["the budget was a gamble"].name, speakers["the budget was a gamble"].kind) == (
        "Labour Party",
        "organization",
    )
    heading = speakers["A Budget of desperation"]
    assert (heading.name, heading.kind) == ("Labour Party", "organization")


def test_a_party_heading_does_not_take_the_name_of_the_next_sentence() -> None:
    text = 'Labour: "A Budget of desperation"\n\nShadow chancellor Rita Beale says the sums are a gamble.'
    assert _by_text(text)["A Budget of desperation"].name != "Rita Beale"


def test_his_office_is_not_the_body_the_next_sentence_names() -> None:
    text = (
        "Prime Minister Omar Qadir ordered relief work, according to a statement from his office.\n\n"
        "The National Flood Authority said more rain was due."
    )
    speaker = _by_text(text)["Prime Minister Omar Qadir ordered relief work"]
    assert speaker.name != "National Flood Authority"


def test_a_persons_office_speaks_for_the_person() -> None:
    text = "Prime Minister Omar Qadir visited the camps.\n\nQadir's office said the army had been sent."
    speaker = _by_text(text)["the army had been sent"]
    assert (speaker.name, speaker.kind) == ("Omar Qadir", "organization")
    # negative: an office of a role the article names nobody by keeps no name
    speaker = _by_text("The mayor's office said the roads were shut.")["the roads were shut"]
    assert speaker.name is None


def test_a_possessive_inside_an_organisations_name_stays() -> None:
    speaker = _by_text("The Children's Society said the figures were bad.")["the figures were bad"]
    assert (speaker.name, speaker.kind) == ("Children's Society", "organization")
    # negative: a closing possessive is the owner's mark, not the name's
    speaker = _by_text("Acme Corp's board said prices rose.")["prices rose"]
    assert speaker.name == "Acme Corp"


def test_a_title_word_opening_an_organisations_name_stays() -> None:
    text = "General Motors said sales fell. The company said it would cut jobs."
    speakers = _by_text(text)
    assert speakers["sales fell"].name == "General Motors"
    assert speakers["it would cut jobs"].name == "General Motors"


def test_a_rugby_position_is_the_player_named_before() -> None:
    text = (
        'Captain Peter O\'Mahony, 34, told reporters: "We knew we had to front up."\n\n'
        'The former Munster flanker added that the crowd had been "unbelievable".'
    )
    assert _by_text(text)['the crowd had been "unbelievable"'].name == "Peter O'Mahony"


def test_an_office_before_a_full_name_is_no_part_of_it() -> None:
    speaker = _by_text("Treasurer Jim Chalwood said the decision was right.")["the decision was right"]
    assert speaker.name == "Jim Chalwood"


def test_a_former_occupation_is_the_person_named_before() -> None:
    text = (
        'Sandra Bright, 51, told the Mirror: "Nobody deserves this."\n\n'
        "The former hairdresser said she had reported dozens of accounts."
    )
    assert _by_text(text)["she had reported dozens of accounts"].name == "Sandra Bright"
    # negative: a former body is no person
    speaker = _by_text("Tom Hale left. The former ministry said it was closed.")["it was closed"]
    assert speaker.name != "Tom Hale"


def test_a_spokesman_is_not_the_person_the_next_sentence_names() -> None:
    text = (
        "Birmingham City Council apologised. A council spokesman said crews had been off sick. "
        'Cllr Majid Rahman, cabinet member for environment, said: "We are sorry."'
    )
    speakers = _by_text(text)
    assert speakers["crews had been off sick"].name != "Majid Rahman"
    assert speakers["We are sorry."].name == "Majid Rahman"


def test_a_chief_before_a_name_is_a_title_but_not_before_an_office() -> None:
    speaker = _by_text("Chief Olu Bankole said the deal was fair.")["the deal was fair"]
    assert (speaker.name, speaker.kind) == ("Olu Bankole", "person")
    speaker = _by_text("Chief Medical Officer Chris Whitby said cases were rising.")["cases were rising"]
    assert speaker.name == "Chris Whitby"


def test_the_elder_statesman_is_the_person_named_before() -> None:
    text = (
        'Chief Olusegun Adebayo, a former President, called the deal "a victory". '
        '"We cannot continue like this," the elder statesman said.'
    )
    assert _by_text(text)["We cannot continue like this,"].name == "Olusegun Adebayo"


def test_the_judge_is_the_justice_named_before() -> None:
    text = (
        "Justice Ann Roe heard the case. Tom Hale, the claimant, spoke. The judge said the claim failed."
    )
    assert _by_text(text)["the claim failed"].name == "Ann Roe"
