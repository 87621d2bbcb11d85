"""The final reviewers' regressions of session 5 (rounds 11-14), with the right answer, and
near misses that were right before and must stay so. Published Tue 2025-08-05, 10:00 New York."""

from __future__ import annotations

import pytest

from tests.parse.helpers import claims, speakers


# a company whose name ends in "s" opens the sentence: it is what "the company" stands for;
# a plural common noun is not
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Siemens will cut 5,600 jobs by 2027, the company said.", "Siemens"),
        ("Philips will cut 3,000 jobs by 2026, the company said.", "Philips"),
        ("Emirates will resume daily flights to Tehran on Sept. 1, the airline said.", "Emirates"),
        ("Hermes will raise its prices in January, the company said.", "Hermes"),
        ("Applications will open on Monday, the agency said.", "the agency"),
        ("Flights will resume on Monday, the airline said.", "the airline"),
        ("Refunds will be paid by Friday, the airline said.", "the airline"),
        ("Negotiations will resume on Thursday, the union said.", "the union"),
    ],
)
def test_company_names_ending_in_s(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# a body keeping its own programme or measure until a date promises; a cultural programme
# running until a date is an event; a measure in force by order lapses (a deadline)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Bank of Japan said its bond-buying programme will run until March.", "promise"),
        ("The festival's arts programme runs until Aug. 24.", "event"),
        ("The summer reading program at the library runs until Aug. 30.", "event"),
        ("The museum's summer programme of talks runs until Sept. 14.", "event"),
        ("The curfew will remain in force until Aug. 27, the ministry said.", "deadline"),
        ("The pilot scheme runs until Jan. 31, 2026.", "deadline"),
        ("The ban on short selling will run until June 30.", "deadline"),
        ("The state of emergency will remain in place until Sept. 30.", "deadline"),
    ],
)
def test_measures_running_until_a_date(text: str, kind: str) -> None:
    assert [c.kind.value for c in claims(text)] == [kind]


# a recurring day is no date to look forward to; the day a series starts is
@pytest.mark.parametrize(
    "text",
    [
        "The council meets every Tuesday at 6 p.m.",
        "The market is open every Saturday.",
        "Trash is collected every Monday in the district.",
        "Every Friday the minister holds a briefing.",
        "The board meets every other Thursday.",
    ],
)
def test_a_recurring_day_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The council will meet every Tuesday from Sept. 2.", "from Sept. 2"),
        ("The show airs every Sunday at 9 p.m. starting Oct. 5.", "starting Oct. 5"),
        ("The council will meet on Tuesday at 6 p.m.", "on Tuesday at 6 p.m."),
        ("Each side must respond by Friday.", "by Friday"),
        ("Every member must vote by Friday.", "by Friday"),
    ],
)
def test_a_series_start_and_every_member_stay_claims(text: str, phrase: str) -> None:
    found = claims(text)
    assert len(found) == 1 and found[0].time_text.endswith(phrase)


# a plan named in an aside and then moved to another day: only the new day is a claim; the
# new day of "rescheduled for" lies ahead, unless a past time frames the clause
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The hearing, set for Monday, was moved to Wednesday.", "Wednesday"),
        ("The summit, due on Friday, was brought forward to Thursday.", "Thursday"),
        ("The vote, scheduled for Aug. 12, was rescheduled for Aug. 19.", "for Aug. 19"),
        ("The vote was rescheduled for Aug. 19.", "for Aug. 19"),
        ("The hearing has been rescheduled for Monday.", "for Monday"),
        ("The concert, set for Saturday, was moved indoors.", "for Saturday"),
        ("The concert, set for Saturday, was moved to Paris.", "for Saturday"),
        ("The match, set for Sunday, was moved to a bigger stadium.", "for Sunday"),
    ],
)
def test_a_plan_moved_to_another_day(text: str, phrase: str) -> None:
    assert [c.time_text for c in claims(text)] == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "Last year the court postponed the hearing to March 3.",
        "Last year the court rescheduled the hearing for March 3.",
        "Two years ago the vote was pushed back to Oct. 5.",
        "Last year the council moved the vote to Oct. 5.",
    ],
)
def test_a_move_framed_in_the_past_is_no_claim(text: str) -> None:
    assert claims(text) == []
