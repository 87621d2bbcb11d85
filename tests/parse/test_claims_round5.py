"""Classes of false and missed claims seen in a fifth batch of unseen copy (publication:
Tue 2025-08-05, 10:00 New York), and regressions found in review: abbreviated months in a
moved date, named events that only sound like harm, years after an adjective, and dates
that "won't" go ahead."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parse.helpers import dues


@pytest.mark.parametrize(
    "text",
    [
        "The hearing was postponed from Aug. 14 to Aug. 21, the court clerk said.",
        "The hearing was postponed to Aug. 21 from Aug. 14, the court clerk said.",
        "The union pushed the ballot back from Sept. 2 to Aug. 21.",
        "Organisers moved the Aug. 14 concert to Aug. 21 from its first slot.",
    ],
)
def test_a_moved_date_with_abbreviated_months_counts_from_its_new_day(text: str) -> None:
    assert dues(text) == [date(2025, 8, 21)]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The Aug. 20 fire drill will go ahead at all city schools.", [date(2025, 8, 20)]),
        ("The Sept. 9 flood defence test is set to close the river road.", [date(2025, 9, 9)]),
        (
            "Survivors of the Aug. 2 flood in the valley will meet officials on Friday.",
            [date(2025, 8, 8)],
        ),
    ],
)
def test_a_harm_word_names_a_past_event_only_when_it_ends_the_phrase(
    text: str, due: list[date]
) -> None:
    assert dues(text) == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("In the year 2030 Canada will ban new petrol cars.", [date(2030, 12, 31)]),
        ("By the year 2035 most buses in the city will run on batteries.", [date(2035, 12, 31)]),
        ("Its new 2027 budget will fund a larger fleet.", []),
        ("The fiscal 2026 accounts will show a deficit.", []),
    ],
)
def test_a_year_after_a_determiner_is_a_label_only_after_a_label_word(
    text: str, due: list[date]
) -> None:
    assert dues(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "The Sept. 12 rally won't go ahead, police said.",
        "The Aug. 30 match won’t take place after the storm, the league said.",
    ],
)
def test_a_date_that_wont_go_ahead_is_no_claim(text: str) -> None:
    assert dues(text) == []


def test_a_year_after_a_participle_adjective_names_an_edition() -> None:
    assert dues("Lawmakers vote on Thursday on the disputed 2026 spending bill.") == [
        date(2025, 8, 7)
    ]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a present perfect is the past: "has driven ... this year"
        ("Costs, which have risen sharply this year, are a worry for the board.", []),
        # "since at least March": the past
        ("Inspectors think the leak may have gone on since at least March.", []),
        # a month naming a set of projections
        ("Staff now see growth at 1.2%, down from 1.5% in their June projections.", []),
        # an earlier announcement overtaken by the news
        ("He had already announced that he would retire next year, but now plans to stay.", []),
    ],
)
def test_background_dates_are_no_claims(text: str, due: list[date]) -> None:
    assert dues(text) == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # one window, said as two days joined by "or"
        ("The storm is expected to reach the coast late on Thursday or early on Friday.", 1),
        # the same day named again in apposition
        ("Rain is likely to arrive on Sunday, the day before the parade.", 1),
    ],
)
def test_one_day_said_twice_is_one_claim(text: str, due: int) -> None:
    assert len(dues(text)) == due


def test_a_relative_clause_after_the_date_does_not_set_its_tense() -> None:
    text = "Lawmakers vote on Thursday on the budget, which has drawn large protests."
    assert dues(text) == [date(2025, 8, 7)]


def test_a_year_closing_a_name_is_no_date() -> None:
    assert dues("The Housing Act 2026, whose rules had been due in spring, was dropped.") == []
