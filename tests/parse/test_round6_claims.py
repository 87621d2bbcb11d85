"""Classes of false and missed claims seen in a sixth batch of unseen copy, tried on
sentences of our own published Mon 2023-11-27, 10:00 London: past plans, past requests and
times of day already gone, "this year" as an edition or a tally, dates compared against,
refused forecasts, orders and grants of time, and a deadline's hour named again."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.parse import extract_claims
from tracker.parse.types import ClaimDraft

LONDON = ZoneInfo("Europe/London")
PUBLISHED = datetime(2023, 11, 27, 10, 0, tzinfo=LONDON)


def claims(text: str) -> list[ClaimDraft]:
    return extract_claims(text, PUBLISHED, LONDON)


def texts(text: str) -> list[str]:
    return [c.when.text for c in claims(text)]


def dues(text: str) -> list[date]:
    return [c.due_date for c in claims(text)]


# 1. a plan in the past: "had (first) been due to", "was supposed to", "after ... were due to"
@pytest.mark.parametrize(
    "text",
    [
        "The plant had been due to run until 2032.",
        "The talks had first been due to start on Dec. 8 but were put off.",
        "The stadium was supposed to open in December 2024.",
        "The deal came two days after the talks were due to end on Friday.",
        "Although his mandate was set to expire on April 2, parliament kept him in office.",
        "The ferry, which was due to sail on Thursday, sank in port.",
    ],
)
def test_a_plan_in_the_past_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The talks are due to end on Friday.", [date(2023, 12, 1)]),
        ("The minister was due to fly to Brussels on Friday, officials said.", [date(2023, 12, 1)]),
        (
            "The storm was expected to make landfall on Wednesday, forecasters said.",
            [date(2023, 11, 29)],
        ),
        (
            "The union said the strike, which is due to start on Friday, would go ahead.",
            [date(2023, 12, 1)],
        ),
        ("The vote had been due in May but was postponed until June 2024.", [date(2024, 6, 30)]),
    ],
)
def test_a_plan_that_still_holds_or_a_new_date_is_a_claim(text: str, due: list[date]) -> None:
    assert dues(text) == due


# 2. a request in the past perfect, a time of day gone by
@pytest.mark.parametrize(
    "text",
    [
        "The minister had urged people to save power between 6 p.m. and 8 p.m. on Wednesday.",
        "Police had told residents to stay indoors on Thursday.",
        "The site went dark shortly before noon.",
        "Troops crossed the border just before 6 a.m.",
    ],
)
def test_a_past_request_or_a_past_hour_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The minister urged people to avoid using power on Wednesday.", [date(2023, 11, 29)]),
        ("The minister has urged people to save power on Wednesday.", [date(2023, 11, 29)]),
        ("Police told residents to stay indoors on Thursday.", [date(2023, 11, 30)]),
        ("The site will go dark before noon.", [date(2023, 11, 27)]),
        ("Officials said the polls would close before 8 p.m.", [date(2023, 11, 27)]),
    ],
)
def test_a_request_ahead_or_an_hour_ahead_is_a_claim(text: str, due: list[date]) -> None:
    assert dues(text) == due


# 3. "this year's census": an edition; "the second coup this year": a tally
@pytest.mark.parametrize(
    "text",
    [
        "It was the second coup this year in the country.",
        "The army seized power in the country's third coup this year.",
        "Officials will study this year's census.",
        "The league will review this season's schedule.",
    ],
)
def test_this_year_as_an_edition_or_a_tally_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Voters will go to the polls in next month's election.", [date(2023, 12, 31)]),
        ("The bank expects growth to slow this year.", [date(2023, 12, 31)]),
        ("The bank is expected to raise rates for the third time this year.", [date(2023, 12, 31)]),
        (
            "The agency will publish this year's census results by the end of the month.",
            [date(2023, 11, 30)],
        ),
    ],
)
def test_this_year_as_a_period_ahead_is_a_claim(text: str, due: list[date]) -> None:
    assert dues(text) == due


# 4. the date a comparison is made against
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("He expected first gas in mid-2026, later than the end-2025 target.", [date(2026, 7, 31)]),
        ("The line will open in 2026, later than the 2024 goal.", [date(2026, 12, 31)]),
        ("Output will be lower than in 2024.", []),
        ("The plant will close in March, earlier than the June deadline.", [date(2024, 3, 31)]),
    ],
)
def test_the_date_compared_against_is_no_claim(text: str, due: list[date]) -> None:
    assert dues(text) == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The bank will cut rates no later than March.", [date(2024, 3, 31)]),
        ("The rover will launch no earlier than Tuesday.", [date(2023, 11, 28)]),
        ("The bill must pass no later than Friday.", [date(2023, 12, 1)]),
        ("More than 300 people will attend the summit on Friday.", [date(2023, 12, 1)]),
    ],
)
def test_a_bound_is_no_comparison(text: str, due: list[date]) -> None:
    assert dues(text) == due


# 5. a forecast declined
@pytest.mark.parametrize(
    "text",
    [
        "The regulator declined to give a forecast for January.",
        "The company refused to give a timetable for 2025.",
        "The ministry would not provide an estimate for next year.",
        "Officials did not give a date for the talks in December.",
    ],
)
def test_a_refused_forecast_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The regulator gave a forecast for January.", [date(2024, 1, 31)]),
        ("The regulator will give a forecast for 2024 on Tuesday.", [date(2023, 11, 28)]),
        ("The firm declined to comment but expects prices to fall by March.", [date(2024, 3, 31)]),
        (
            "The company refused to give a timetable, but said it would finish by June.",
            [date(2024, 6, 30)],
        ),
    ],
)
def test_a_forecast_given_is_a_claim(text: str, due: list[date]) -> None:
    assert due[0] in dues(text)


# 6. an order or a grant with a future act, a lower bound
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The court ordered a new election within 60 days.", date(2024, 1, 26)),
        ("Protesters demanded an apology by Friday.", date(2023, 12, 1)),
        ("The company was given five months to stop the transfers.", date(2024, 4, 27)),
        ("The bank was fined on Monday and given two weeks to comply.", date(2023, 12, 11)),
        ("The envoy was ordered to leave within 72 hours.", date(2023, 11, 30)),
        (
            "The helicopter will attempt its first flight no earlier than Tuesday.",
            date(2023, 11, 28),
        ),
    ],
)
def test_an_order_or_grant_looks_ahead(text: str, due: date) -> None:
    assert due in dues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The court ordered a new election on Thursday.",
        "The army completed the withdrawal within 60 days.",
        "He was given two weeks' notice.",
        "The plant had been given five months to comply last year.",
    ],
)
def test_a_past_order_or_act_is_no_claim(text: str) -> None:
    assert [d for d in dues(text) if d > date(2023, 11, 27)] == []


# 7. a deadline's hour named again
def test_a_bare_hour_restating_a_deadline_is_one_claim() -> None:
    text = (
        "Regional leaders gave the president until noon on Friday to step down. "
        '"If by midday he does not agree to leave, troops will move in," an envoy said.'
    )
    assert texts(text) == ["noon on Friday"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Finance ministers will meet on Friday in Brussels. "
            "Separately, the central bank's board will meet on Friday to set rates.",
            2,
        ),
        ("The union must reply by noon on Friday. The board meets on Saturday at noon.", 2),
        ("Polls open at 7 a.m. on Thursday. Counting will start at 10 p.m.", 2),
        ("Bids are due by 5 p.m. on Friday. The winner will be named on Monday.", 2),
    ],
)
def test_distinct_claims_are_kept(text: str, count: int) -> None:
    assert len(claims(text)) == count
