"""Classes of false and missed claims seen in a fourth batch of unseen copy (publication:
Tue 2025-08-05, 10:00 New York): dates something is moved to and from, first plans and
called-off dates, periods and weekdays that name their own direction, adjectives read as
past verbs, a weekday that pins a date's year, times of day opening a range on a later
day, years naming budgets, possessive dates in reported speech, and past events named by
their date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.parse.conftest import NEW_YORK
from tests.parse.helpers import at, claims, dues
from tracker.parse import extract_claims


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The electoral board on Monday pushed back the runoff by a week to Aug. 24, "
            "from Aug. 17.",
            date(2025, 8, 24),
        ),
        ("The regulator extended the filing window by two weeks to Sept. 12.", date(2025, 9, 12)),
        (
            "The judge adjourned the hearing until Sept. 3 to let both sides prepare.",
            date(2025, 9, 3),
        ),
        (
            "The agency moved the deadline for comments to Sept. 30 from Sept. 15.",
            date(2025, 9, 30),
        ),
    ],
)
def test_a_moved_date_counts_from_its_new_day_only(text: str, due: date) -> None:
    assert dues(text) == [due]


@pytest.mark.parametrize(
    "text",
    [
        "Her appeal, originally set for this week, was put back indefinitely.",
        "The airline had initially promised to restore the route in October.",
        "Council elections due on Sept. 20 cannot go ahead, the commission said.",
        "The vote planned for Aug. 30 will not take place, organisers said.",
        "The bridge will be paid for from the 2025 and 2026 budgets.",
    ],
)
def test_first_plans_called_off_dates_and_budget_years_are_not_claims(text: str) -> None:
    assert dues(text) == []


def test_next_year_looks_ahead_after_a_participle() -> None:
    text = "The brewer expects to sell most of the barrels stored in its cellars next year."
    assert at(text, "next year") == "future"
    assert dues(text) == [date(2026, 12, 31)]


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers hold a final vote on Thursday on the disputed mining bill.",
        "The rebels meet envoys on Thursday near an abandoned airfield.",
    ],
)
def test_a_participle_after_a_determiner_is_an_adjective(text: str) -> None:
    assert dues(text) == [date(2025, 8, 7)]


def test_a_weekday_fixes_the_year_of_the_date_it_names() -> None:
    text = (
        "Parliament approved the budget on Tuesday, and the ministry said the first "
        "payments would be made on Monday, Jan. 5."
    )
    published = datetime(2025, 12, 30, 12, tzinfo=NEW_YORK)
    assert [c.due_date for c in extract_claims(text, published, NEW_YORK)] == [date(2026, 1, 5)]


def test_a_weekday_set_after_its_date_is_part_of_it() -> None:
    assert dues("The cabinet will meet on Aug. 16, a Saturday, to approve the plan.") == [
        date(2025, 8, 16)
    ]


def test_a_range_of_times_falls_on_the_day_named_after_it() -> None:
    text = "The probe will fire its engines between 1.15 am and 2.45 am on Saturday."
    assert dues(text) == [date(2025, 8, 9)]


def test_a_possessive_date_after_said_takes_the_tense_of_its_own_clause() -> None:
    text = "Organisers said Saturday's march would go ahead despite the ban."
    assert at(text, "Saturday") == "future"
    assert dues(text) == [date(2025, 8, 9)]
    assert at("Police said Saturday's march was peaceful.", "Saturday") == "past"


def test_a_past_attack_named_by_its_date_is_not_a_claim() -> None:
    text = "The inquiry into the June 12 shooting at the depot will report on Friday."
    assert dues(text) == [date(2025, 8, 8)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The next such comet will not be visible until March 3, 2061.", "event"),
        ("Talks will not resume until Monday, officials said.", "event"),
        ("The company must not sell the shares until Friday.", "deadline"),
        ("Lenders have until Friday to respond.", "deadline"),
    ],
)
def test_not_until_says_when_something_happens_not_a_cut_off(text: str, kind: str) -> None:
    (claim,) = claims(text)
    assert claim.kind.value == kind
