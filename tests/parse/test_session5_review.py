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
