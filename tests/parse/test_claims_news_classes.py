"""Classes of false and missed claims seen in unseen wire copy (publication: Tue 2025-08-05,
10:00 New York): dropped plans, editions named by a year, spans over consecutive days,
possibilities, counted-on days, times given after their day, and granted time."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from tests.parse.conftest import NEW_YORK, PUBLISHED
from tests.parse.helpers import at, claims, dues
from tracker.parse import find_dates
from tracker.parse.types import ClaimKind


@pytest.mark.parametrize(
    "text",
    [
        "The airline had been scheduled to launch its route to Denver on Sept. 3.",
        "The lender's listing, which had originally been due to take place on Sept. 9, is on hold.",
        "The museum had planned to reopen its east wing in October before the roof leaked.",
        "The league will no longer stage the exhibition game planned for Aug. 30 in Lisbon.",
        "Organisers called off the harvest festival scheduled for this weekend.",
        "The fair, which had been pencilled in for Sept. 20, was cancelled.",
    ],
)
def test_a_plan_since_dropped_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vote, which had been due on Friday, will now take place on Sept. 15.",
            [date(2025, 9, 15)],
        ),
        ("The board plans to scrap the fee on Oct. 1.", [date(2025, 10, 1)]),
    ],
)
def test_a_new_date_or_a_planned_cancellation_is_still_a_claim(
    text: str, expected: list[date]
) -> None:
    assert dues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Delegates will pick the host of the 2031 Games at a meeting on Thursday.",
            [date(2025, 8, 7)],
        ),
        ("Brazil will stage the 2027 tournament in eight cities.", []),
        ("A week later the 2026 season opens in Bahrain.", []),
        ("The utility will close its last coal plant by 2030.", [date(2030, 12, 31)]),
    ],
)
def test_a_year_naming_an_edition_is_no_date(text: str, expected: list[date]) -> None:
    assert dues(text) == expected


def test_one_activity_over_two_consecutive_days_is_one_claim() -> None:
    (claim,) = claims("Finance ministers meet for two days on Wednesday and Thursday in Oslo.")
    assert claim.when.start_at is not None and claim.when.end_at is not None
    assert claim.when.start_at.date() == date(2025, 8, 6)
    assert claim.when.end_at.date() == date(2025, 8, 8)


def test_days_that_do_not_follow_each_other_stay_separate_claims() -> None:
    text = "Dock workers will strike on Monday and Thursday."
    assert sorted(dues(text)) == [date(2025, 8, 7), date(2025, 8, 11)]


@pytest.mark.parametrize(
    "text",
    [
        "Engineers said privately that the project may now slip into next year.",
        "The talks may resume in September if both sides agree.",
    ],
)
def test_a_possibility_with_may_is_no_claim(text: str) -> None:
    assert claims(text) == []


def test_the_month_a_promise_was_made_is_the_past() -> None:
    text = "The deficit, which the governor pledged in January to halve, has grown."
    assert at(text, "January") == "past"
    assert claims(text) == []


def test_a_span_counted_from_a_reported_event_is_no_claim() -> None:
    text = "The summit opens in Geneva on Thursday. A day later the leaders travel to Bern."
    assert dues(text) == [date(2025, 8, 7)]


def test_a_time_given_after_its_day_falls_on_that_day() -> None:
    (claim,) = claims(
        "The fair opens on Friday with a parade through the old town starting at 6 p.m."
    )
    assert claim.due_date == date(2025, 8, 8)
    assert claim.due.astimezone(NEW_YORK).time() == time(18, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treaty will be signed at a ceremony hosted by the king on Thursday next week.",
            [date(2025, 8, 14)],
        ),
        (
            "The new speed limits come into force on Sunday, the ministry confirmed.",
            [date(2025, 8, 10)],
        ),
        ("The judge told the city to repair the levee by Oct. 15.", [date(2025, 10, 15)]),
        (
            "The president declared a truce, ordering troops to stop firing at noon on Wednesday.",
            [date(2025, 8, 6)],
        ),
        ("The regulator told reporters the hearing ended on Monday.", []),
    ],
)
def test_the_clause_around_the_date_sets_its_direction(text: str, expected: list[date]) -> None:
    assert dues(text) == expected


def test_an_intention_reported_in_the_past_looks_ahead() -> None:
    text = "The senator said on Monday she wanted to see a budget deal before Thanksgiving."
    (claim,) = claims(text)
    assert date(2025, 11, 26) <= claim.due_date <= date(2025, 11, 27)


def test_the_day_of_a_report_before_its_verb_is_the_past() -> None:
    assert at("The commission on Tuesday set out its plans for the port.", "Tuesday") == "past"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council gave the tenants 48 hours to leave the building.", date(2025, 8, 7)),
        ("The company has 30 days to appeal the fine.", date(2025, 9, 4)),
    ],
)
def test_time_granted_to_act_is_a_deadline(text: str, expected: date) -> None:
    (claim,) = claims(text)
    assert claim.due_date == expected
    assert claim.kind is ClaimKind.DEADLINE


@pytest.mark.parametrize(
    "text",
    [
        "The arena opens on Friday, giving fans three days to buy tickets.",
        "Lawmakers gave final approval on Monday to the port plan.",
    ],
)
def test_a_span_or_approval_with_give_is_no_granted_deadline(text: str) -> None:
    assert all(c.kind is not ClaimKind.DEADLINE for c in claims(text))
    assert date(2025, 8, 11) not in dues(text)


def test_four_digits_with_a_zone_are_a_time_of_day() -> None:
    text = "The truce begins at 1800 Moscow time (1500 GMT) on Wednesday."
    (found,) = [e for e in find_dates(text, PUBLISHED, NEW_YORK) if e.resolved]
    assert found.start_at == datetime(2025, 8, 6, 11, 0, tzinfo=NEW_YORK)
    assert found.text.endswith("on Wednesday")


def test_a_zone_named_after_the_day_applies_to_the_time() -> None:
    text = "Kick-off is at 8 p.m. on Saturday, London time."
    (found,) = [e for e in find_dates(text, PUBLISHED, NEW_YORK) if e.resolved]
    assert found.start_at == datetime(2025, 8, 9, 15, 0, tzinfo=NEW_YORK)


def test_a_word_that_only_ends_like_a_past_form_sets_no_tense() -> None:
    text = "The winner will need a majority in the assembly, which is elected on Oct. 12."
    assert at(text, "Oct. 12") == "future"
    assert dues(text) == [date(2025, 10, 12)]


def test_a_negated_possibility_is_no_claim() -> None:
    assert claims("Even if it passes, the bill could not become law before next year.") == []


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2024, date(2024, 5, 5)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 12))],
)
def test_orthodox_easter_follows_the_julian_computus(year: int, expected: date) -> None:
    published = datetime(year, 1, 10, 9, 0, tzinfo=NEW_YORK)
    (found,) = find_dates("The truce is meant to hold until Orthodox Easter.", published, NEW_YORK)
    assert found.start_at is not None and found.start_at.date() == expected
