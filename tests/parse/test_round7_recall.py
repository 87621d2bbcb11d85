"""Classes of missed claims seen in a seventh batch of unseen copy, tried on sentences of our
own: the present of a timetable in a relative clause or a second predicate, verbs after the
date that belong to another clause, events called for a day, and "the next 18 months" as a
stretch that ends on the same day that many months on."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.parse.helpers import at
from tracker.parse import extract_claims

LONDON = ZoneInfo("Europe/London")
PUBLISHED = datetime(2023, 11, 27, 10, 0, tzinfo=LONDON)  # a Monday


def dues(text: str) -> list[date]:
    return [c.due_date for c in extract_claims(text, PUBLISHED, LONDON)]


# 1. the present of a relative clause or a second predicate right before the date
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The minister, who flies to Paris on Thursday, said talks were close.", "Thursday"),
        ("The talks, which open in Geneva on Monday, are the first in a year.", "Monday"),
        ("Delegates flew to Oslo on Friday for talks that begin on Saturday.", "Saturday"),
        ("The envoy, who is visiting Kyiv on Wednesday, declined to comment.", "Wednesday"),
        (
            "The chief executive, who has run the bank since 2015 and steps down on March 31, "
            "said profits would rise.",
            "March 31",
        ),
    ],
)
def test_a_timetable_present_looks_ahead(text: str, phrase: str) -> None:
    assert at(text, phrase) == "future"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The minister, who resigned on Thursday, said talks were close.", "Thursday"),
        ("The senator, who spoke to reporters on Thursday, said the bill was dead.", "Thursday"),
        ("He said that talks on Monday had gone well.", "Monday"),
        ("The man who heads the agency was fired on Monday.", "Monday"),
        ("The firm, which makes cars, closed a plant on Monday.", "Monday"),
        ("Prices rose on Monday, as expected.", "Monday"),
        ("Fares rose to $5 on Monday, as agreed.", "Monday"),
    ],
)
def test_a_past_clause_or_a_closed_aside_stays_past(text: str, phrase: str) -> None:
    assert at(text, phrase) == "past"


# 2. a verb after the date in another clause does not set its tense
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Pre-orders open on Dec. 5 for customers who have registered.", "Dec. 5"),
        ("Fees rise to $5 on Dec. 1, as already legislated.", "Dec. 1"),
        ("Leaders meet in Brussels on Thursday for a summit aimed at ending the row.", "Thursday"),
        ("Staff walk out on Friday, a week after talks with managers collapsed.", "Friday"),
    ],
)
def test_a_verb_of_another_clause_after_the_date_is_no_past(text: str, phrase: str) -> None:
    assert at(text, phrase) != "past"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("On Monday, after talks collapsed, the union called a strike.", "Monday"),
        ("Leaders met in Brussels on Thursday for a summit aimed at ending the row.", "Thursday"),
        ("On Friday a gunman killed three people.", "Friday"),
        ("Last Friday the board approved the plan.", "Friday"),
    ],
)
def test_the_verb_of_the_dates_own_clause_still_counts(text: str, phrase: str) -> None:
    assert at(text, phrase) == "past"


# 3. an event called for a day
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Organisers have called another march for Sunday afternoon.", date(2023, 12, 3)),
        ("The union called a strike for Friday.", date(2023, 12, 1)),
        ("The opposition has called a rally for Saturday in the capital.", date(2023, 12, 2)),
        ("The prime minister called a snap election for Dec. 14.", date(2023, 12, 14)),
    ],
)
def test_an_event_called_for_a_day_is_ahead(text: str, due: date) -> None:
    assert dues(text) == [due]


@pytest.mark.parametrize(
    "text",
    [
        "Organisers called for calm on Sunday.",
        "He called for Sunday's vote to be annulled.",
        "The party called its supporters to the square on Sunday.",
        "She called her lawyer on Sunday.",
    ],
)
def test_a_call_that_is_no_scheduling_stays_past(text: str) -> None:
    assert dues(text) == []


# 4. "the next 18 months": to the same day that many months on
@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The governments will spend the next 18 months working out the details.",
            date(2025, 5, 27),
        ),
        ("The bank expects to hire 500 people over the next two years.", date(2025, 11, 27)),
        ("Prices will keep rising for the next three months, analysts said.", date(2024, 2, 27)),
        ("The firm will spend the next 10 days reviewing bids.", date(2023, 12, 7)),
    ],
)
def test_the_next_n_units_ends_on_the_same_day(text: str, due: date) -> None:
    assert dues(text) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The plan will be rolled out over the next 2 to 3 years.", date(2026, 12, 31)),
        ("Output will rise within five years.", date(2028, 11, 27)),
        ("The plant will close in 18 months.", date(2025, 5, 31)),
        ("Rates will rise next month.", date(2023, 12, 31)),
    ],
)
def test_other_spans_keep_their_reading(text: str, due: date) -> None:
    assert dues(text) == [due]
