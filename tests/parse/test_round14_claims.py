"""Round 14: participial adjectives and offsets set no tense, a present after "and" starts
its own, a quotation keeps its frame out, "five days later" after a date in the sentence,
months joined by "and", ranges with a comma, a day and the midnight that starts it, a
"cancelling" that is the event, "move to" a state, "commits ... to", a possessive with a
time of its own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parse.helpers import at, claims, dues

# 1. a participial adjective ("redacted copies") is no past verb


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Congress will receive redacted copies on Thursday, he said.", "Thursday"),
        ("The agency will publish revised figures on Friday.", "Friday"),
        ("Lawmakers are expected to vote on amended rules on Monday.", "Monday"),
        ("The board will consider an expanded list on Thursday.", "Thursday"),
        ("The council holds a delayed vote on Friday.", "Friday"),
        ("Their only televised debate takes place on Thursday.", "Thursday"),
        ("The newly elected council meets on Monday.", "Monday"),
    ],
)
def test_a_participial_adjective_sets_no_tense(text: str, phrase: str) -> None:
    assert at(text, phrase) == "future"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The ministry revised figures on Monday.", "Monday"),
        ("Officials said the company delayed the vote on Monday.", "Monday"),
        ("The company announced plans on Monday.", "Monday"),
        ("The family reported the theft on Monday.", "Monday"),
        ("The firm cut jobs and reported losses on Monday.", "Monday"),
        ("He will say officials delayed talks on Monday.", "Monday"),
    ],
)
def test_a_past_verb_before_its_object_still_sets_the_past(text: str, phrase: str) -> None:
    assert at(text, phrase) == "past"


def test_a_range_joins_once_the_adjective_is_no_past() -> None:
    (claim,) = claims("Congress will receive redacted copies between 11 a.m. and noon on Thursday.")
    assert claim.due_date == date(2025, 8, 7)


# 2. a present after "and" starts its own tense


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Rail workers struck on Monday and walk out again on Saturday.", "Saturday"),
        ("The ministers met on Monday and meet again on Friday.", "Friday"),
        ("Doctors walked out on Monday and return to work on Friday.", "Friday"),
        ("Staff walked out in June and sign off on the deal on Friday.", "Friday"),
    ],
)
def test_a_present_after_and_looks_ahead(text: str, phrase: str) -> None:
    assert at(text, phrase) == "future"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Nurses struck on Monday and walked out again on Saturday.", "Saturday"),
        ("Nurses struck on Monday and again on Saturday.", "Saturday"),
        ("Crews set up on Monday and set off on Saturday.", "Saturday"),
        ("The union marched on Monday and held a rally again on Saturday.", "Saturday"),
    ],
)
def test_a_past_after_and_stays_past(text: str, phrase: str) -> None:
    assert at(text, phrase) == "past"


# 3. "four days earlier": an offset, not a past cue


@pytest.mark.parametrize(
    "text",
    [
        "The runoff is on Oct. 24, and the debate takes place four days earlier.",
        "The final is on Oct. 24, and the semi-finals are played a week earlier.",
        "The vote is on Oct. 24, with early voting two weeks earlier.",
        "The summit is on Oct. 24, and ministers meet three days earlier.",
    ],
)
def test_an_offset_earlier_is_no_past_cue(text: str) -> None:
    assert at(text, "Oct. 24") != "past"
    assert date(2025, 10, 24) in dues(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The talks ended earlier on Monday.", "Monday"),
        ("Earlier this year, the bank raised rates in March.", "March"),
        ("The company said earlier on Monday that profits fell.", "Monday"),
        ("As reported earlier, the plant closed on Monday.", "Monday"),
    ],
)
def test_a_plain_earlier_stays_past(text: str, phrase: str) -> None:
    assert at(text, phrase) == "past"


# 4. "five days later" counted from a date in the same sentence


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The semi-final is on Aug. 10, and the winner plays the final five days later.", 15),
        ("The talks open on Aug. 11 and a deal is expected two weeks later.", 25),
        ("The vote is on Friday, and results come a week later.", 15),
        ("Trading starts on Aug. 12, and the shares settle two days later.", 14),
    ],
)
def test_an_offset_from_a_date_in_the_sentence_is_a_claim(text: str, due: int) -> None:
    assert date(2025, 8, due) in dues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The summit opens in Geneva on Thursday. A day later the leaders travel to Bern.",
        "The plant will open two months later than planned.",
        "The strike began on July 20 and ended two weeks later.",
        "He said exporters would get a second round of cuts on Aug. 20, just two days later.",
    ],
)
def test_an_offset_without_its_own_anchor_is_no_new_claim(text: str) -> None:
    found = dues(text)
    assert all(d in (date(2025, 8, 7), date(2025, 8, 20)) for d in found)


# 5. a quotation's frame ("..., Ardern said") sets no tense for the quoted clause


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ('"From 11:59 p.m. tonight we move to alert level 3," Ardern said.', "11:59 p.m. tonight"),
        ('"The talks resume on Friday," she said.', "Friday"),
        ("“We close the border on Friday,” the minister said.", "Friday"),
        ('"We meet on Friday," she said on Monday.', "Friday"),
    ],
)
def test_a_quotation_keeps_its_own_tense(text: str, phrase: str) -> None:
    assert at(text, phrase) == "future"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ('"We moved to level 3 on Monday," Ardern said.', "Monday"),
        ('"The talks collapsed on Monday," she said.', "Monday"),
        ("She said the talks collapsed on Monday.", "Monday"),
        ('"It is over," she said on Monday.', "Monday"),
    ],
)
def test_a_quotation_near_miss_stays_past(text: str, phrase: str) -> None:
    assert at(text, phrase) == "past"


# 6. months (weeks, quarters) joined by "and": one window


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The producers will cut output in October and November.", date(2025, 11, 30)),
        ("The bank will sell bonds in September and October.", date(2025, 10, 31)),
        ("Prices are expected to rise in October and November.", date(2025, 11, 30)),
        ("Talks will be held on Thursday and Friday.", date(2025, 8, 8)),
    ],
)
def test_adjacent_units_joined_by_and_are_one_claim(text: str, due: date) -> None:
    assert dues(text) == [due]


@pytest.mark.parametrize(
    "text",
    [
        "The producers will cut output in September and December.",
        "The producers will cut output in October and again in November.",
        "Output will fall in October, and in November prices will rise.",
        "Talks will be held on Thursday and Saturday.",
    ],
)
def test_units_apart_or_in_two_clauses_stay_two_claims(text: str) -> None:
    assert len(dues(text)) == 2


# 7. a comma may close the first date of a range; "for" leads a time


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Dockers will strike from Sunday, Aug. 10, to Aug. 18.", date(2025, 8, 18)),
        ("The talks will take place between Monday, Aug. 11, and Aug. 13.", date(2025, 8, 13)),
        ("The show runs from Friday, Aug. 8, until Aug. 17.", date(2025, 8, 17)),
        ("Roads close from Aug. 8 to Aug. 10.", date(2025, 8, 10)),
    ],
)
def test_a_range_with_a_comma_is_one_claim(text: str, due: date) -> None:
    assert dues(text) == [due]


def test_postponed_from_to_stays_the_new_date() -> None:
    assert dues("Officials postponed the vote from Aug. 14 to Aug. 21.") == [date(2025, 8, 21)]


def test_for_leads_a_time() -> None:
    (claim,) = claims("The firm will report results for the October-to-December quarter.")
    assert claim.lead == "for"


# 8. a day and the midnight that starts it: one claim, at the midnight


@pytest.mark.parametrize(
    "text",
    [
        "The unions will strike next Monday, starting at midnight on Sunday.",
        "The ban takes effect on Monday, starting at midnight on Sunday.",
        "From midnight on Sunday, the strike will paralyse transport on Monday.",
        "The curfew begins on Monday, beginning at midnight on Sunday.",
    ],
)
def test_a_day_and_its_starting_midnight_are_one_claim(text: str) -> None:
    (claim,) = claims(text)
    assert claim.due_date == date(2025, 8, 10)
    assert claim.when.has_time


@pytest.mark.parametrize(
    "text",
    [
        "The strike ends at midnight on Sunday and shops reopen on Monday.",
        "The curfew will last from midnight on Sunday, the union said, and talks resume on Monday.",
        "Talks resume on Monday, and the curfew is lifted starting at midnight on Sunday.",
        "The strike starts on Monday, starting at midnight on Tuesday.",
    ],
)
def test_two_moments_stay_two_claims(text: str) -> None:
    assert len(claims(text)) == 2


# 9. diagnosed misreadings


@pytest.mark.parametrize(
    "text",
    [
        "Air Canada will begin cancelling flights on Sunday and suspend operations by Friday.",
        "The airline will start cancelling flights on Sunday.",
        "The carrier begins cancelling flights on Sunday.",
        "The airline is to start cancelling flights on Sunday.",
    ],
)
def test_cancelling_that_is_the_event_is_a_claim(text: str) -> None:
    assert date(2025, 8, 10) in dues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The airline began cancelling flights on Sunday.",
        "The ministry cancelled the vote planned for Sunday.",
        "Organisers scrapped the march planned for Sunday.",
        "The league called off the game set for Sunday.",
    ],
)
def test_a_called_off_date_is_no_claim(text: str) -> None:
    assert dues(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Schools will move to remote learning from Monday, he said, and exams cannot go ahead.",
        "Schools will move to online classes from Monday.",
        "Schools will switch to online classes from Monday.",
        "Hospitals will move to emergency-only care from Monday.",
    ],
)
def test_a_move_to_a_state_is_no_moved_date(text: str) -> None:
    assert dues(text) == [date(2025, 8, 11)]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The agency moved the deadline to Aug. 30 from Aug. 16.", date(2025, 8, 30)),
        ("The bank moved its meeting to Thursday from Wednesday.", date(2025, 8, 7)),
        ("The vote was pushed back to Sept. 4 from Aug. 28.", date(2025, 9, 4)),
        ("The final was shifted to Aug. 20 from Aug. 17.", date(2025, 8, 20)),
    ],
)
def test_a_moved_date_still_drops_the_old_one(text: str, due: date) -> None:
    assert dues(text) == [due]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "The deal the two sides signed on Monday commits both sides to holding an election"
            " in the second half of 2026.",
            "the second half of 2026",
        ),
        ("The accord commits the government to cutting emissions by 2030.", "2030"),
        ("The treaty obliges members to report data in March.", "March"),
        ("The pact binds the parties to a ceasefire from Sunday.", "Sunday"),
    ],
)
def test_what_a_deal_binds_its_parties_to_looks_ahead(text: str, phrase: str) -> None:
    assert at(text, phrase) == "future"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("He committed the crime in March.", "March"),
        ("The law, which parliament passed in March, commits the state to spending.", "March"),
        ("The firm committed $5 million to the fund in March.", "March"),
        ("She was obliged to resign in March.", "March"),
    ],
)
def test_a_commitment_near_miss_stays_past(text: str, phrase: str) -> None:
    assert at(text, phrase) == "past"


def test_a_possessive_with_a_time_of_its_own_is_a_claim() -> None:
    text = "Schools will reopen on Friday. Friday's game will be played at 2:05 p.m."
    found = claims(text)
    assert len(found) == 2
    assert found[1].when.has_time


@pytest.mark.parametrize(
    "text",
    [
        "Talks will open on Friday. Friday's talks will be tough.",
        "The court rules on Friday. Lawyers will appeal Friday's ruling.",
        "A vote is set for Friday. Friday's vote is expected to pass.",
    ],
)
def test_a_possessive_without_a_time_still_repeats(text: str) -> None:
    assert len(claims(text)) == 1
