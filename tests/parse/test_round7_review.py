"""A reviewer's ordinary news sentences run through round 7's rules: asides after a date in
the subject, the noun "forecast", events "called ... for" a day, rankings within a year,
levels in a "with" phrase, time stamps opening a text, "which" questions, agreements
named by month and participles after a date; with near misses of our own. Published Tue
2025-08-05, 10:00 New York."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parse.helpers import claims


def _dues(text: str) -> list[date]:
    return [c.due_date for c in claims(text)]


def _found(text: str) -> list[tuple[str, date]]:
    return [(c.kind.value, c.due_date) for c in claims(text)]


NONE: list[date] = []


# 1. the main verb after an aside that follows a date in the subject
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The vote on Thursday, after the speaker delayed it twice, was held in secret.", NONE),
        ("The summit on Monday, three days after the truce began, ended without a deal.", NONE),
        ("The hearing on Sept. 3, since the judge fell ill, has been moved.", NONE),
        ("The vote on Friday which the opposition had demanded passed easily.", NONE),
        ("The rally on Saturday which police had banned drew 5,000 people.", NONE),
        ("The hearing on Sept. 3 has been postponed.", NONE),
        ("The hearing on Sept. 3 has been moved to Sept. 10.", [date(2025, 9, 10)]),
        # near misses: the main verb looks ahead, or the relative clause is the noun's own
        (
            "The strike on Friday, weeks after talks collapsed, will close every port.",
            [date(2025, 8, 8)],
        ),
        (
            "The vote on Thursday, after the speaker delayed it twice, will be held in secret.",
            [date(2025, 8, 7)],
        ),
        ("The summit on Monday, because the truce is fragile, will be short.", [date(2025, 8, 11)]),
        ("Shops open on Nov. 15 for customers who have registered.", [date(2025, 11, 15)]),
        ("The hearing on Sept. 3 has been confirmed.", [date(2025, 9, 3)]),
        ("Talks resume on Friday, after the last round was postponed.", [date(2025, 8, 8)]),
        ("The vote on Friday which the opposition demands will go ahead.", [date(2025, 8, 8)]),
        (
            "The minister, who flies to Paris on Thursday, said talks were close.",
            [date(2025, 8, 7)],
        ),
    ],
)
def test_the_verb_after_an_aside_decides(text: str, due: list[date]) -> None:
    assert _dues(text) == due


# 2. "forecast" is a verb of saying only before "that" or in a quote's tag
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The Bank of England publishes its quarterly forecast on Thursday.",
            [("event", date(2025, 8, 7))],
        ),
        (
            "The IMF's updated forecast on Tuesday will show slower growth.",
            [("event", date(2025, 8, 5))],
        ),
        (
            "The Treasury releases a revised revenue forecast on Wednesday.",
            [("event", date(2025, 8, 6))],
        ),
        ("Heavy snow forecast on Friday will close schools.", [("prediction", date(2025, 8, 8))]),
        ("The fund forecast on Tuesday that growth would slow.", []),
        (
            "The weather service forecast on Monday that the storm would strike on Thursday.",
            [("prediction", date(2025, 8, 7))],
        ),
        ("Growth will slow to 2%, the fund forecast on Tuesday.", []),
        (
            "Output will fall 3% this year, the ministry estimated on Monday.",
            [("prediction", date(2025, 12, 31))],
        ),
    ],
)
def test_forecast_as_noun_and_as_verb(text: str, found: list[tuple[str, date]]) -> None:
    assert _found(text) == found


# 3. an event "called ... for" a day: an event noun, and no past time for the clause
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Two years ago the governor called a special session for Oct. 3.", NONE),
        ("Last year the union called a strike for Nov. 12 that lasted a week.", NONE),
        ("The minister called the target for 2030 unrealistic.", NONE),
        ("Critics called the plan for Sept. 1 reckless.", NONE),
        ("The union has called a strike for Friday.", [date(2025, 8, 8)]),
        ("The governor called a special session for Oct. 3.", [date(2025, 10, 3)]),
        ("The premier called a snap election for Sept. 28.", [date(2025, 9, 28)]),
        ("Opposition groups have called another march for Sunday.", [date(2025, 8, 10)]),
    ],
)
def test_an_event_called_for_a_day(text: str, due: list[date]) -> None:
    assert _dues(text) == due


# 4. "the first X of 2026" in a clause that looks ahead happens in 2026
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Traders bet the Fed will deliver its first cut of 2026.", [date(2026, 12, 31)]),
        ("The Fed is expected to deliver its first cut of next year.", [date(2026, 12, 31)]),
        ("Only the second strike of 2025 will start on Monday.", [date(2025, 8, 11)]),
        ("It was his first major speech of 2025.", NONE),
        ("The minister gave her first interview of 2025 on Sunday.", NONE),
        ("The first flight of 2026 will leave on Jan. 1.", [date(2026, 1, 1)]),
    ],
)
def test_a_ranking_within_a_year_ahead(text: str, due: list[date]) -> None:
    assert _dues(text) == due


def test_a_ranking_ahead_is_a_prediction_when_expected() -> None:
    kinds = [
        c.kind.value for c in claims("The Fed is expected to deliver its first cut of next year.")
    ]
    assert kinds == ["prediction"]


# 5. a level "with ... at N% in" a month takes its tense from the whole sentence
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Tariffs will rise in stages, with the rate at 25% in October.", [date(2025, 10, 31)]),
        (
            "Tariffs will be phased in, with the levy at 10% in January and 20% in July.",
            [date(2026, 1, 31), date(2026, 7, 31)],
        ),
        ("Inflation, at 3.1% in June, remains above target.", NONE),
        ("Prices rose, with inflation at 3.1% in June.", NONE),
        ("The bank held rates, with unemployment at 4.2% in July.", NONE),
        ("With unemployment at 4.2% in July, the Fed held rates.", NONE),
    ],
)
def test_a_level_in_a_with_phrase(text: str, due: list[date]) -> None:
    assert _dues(text) == due


# 6. a time stamp opening the text has a clock time, a zone or a year, and no closing dash
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Friday - the day the new tariffs take effect - is fast approaching.",
            [("event", date(2025, 8, 8))],
        ),
        (
            "Sept. 1 - the deadline for filing - is less than a month away.",
            [("deadline", date(2025, 9, 1))],
        ),
        ("Tomorrow - a general strike will shut the country.", [("event", date(2025, 8, 6))]),
        ("11:15 a.m. EDT - Hurricane Erin will strengthen, forecasters said.", []),
    ],
)
def test_a_time_stamp_opening_the_text(text: str, found: list[tuple[str, date]]) -> None:
    assert _found(text) == found


# 7. "which <noun>s" after "say" is a question, not a relative clause in the present
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Officials did not say which banks cut rates on Friday.", NONE),
        ("It was not clear which factories shut on Monday.", NONE),
        ("Lawmakers who return from recess on Sept. 2 face a packed agenda.", [date(2025, 9, 2)]),
        ("The fund, which meets on Thursday, has signalled a cut.", [date(2025, 8, 7)]),
    ],
)
def test_which_opens_a_question(text: str, due: list[date]) -> None:
    assert _dues(text) == due


# 8. an agreement named by its month: the month it is to be made, when a clause ahead seals it
@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Leaders will seal the September pact at a summit in Paris, officials said.",
            [date(2025, 9, 30)],
        ),
        ("The two sides are expected to sign the October accord in Geneva.", [date(2025, 10, 31)]),
        ("Under the February deal, the troops must leave by May 2026.", [date(2026, 5, 31)]),
        ("Leaders will defend the February deal at a summit.", NONE),
        ("The March ceasefire collapsed within weeks.", NONE),
    ],
)
def test_an_agreement_named_by_month(text: str, due: list[date]) -> None:
    assert _dues(text) == due


# 9. a participle describing the noun before the date is not the clause's verb
@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The Senate will hold a vote on Thursday aimed at averting a shutdown.",
            [date(2025, 8, 7)],
        ),
        ("Ministers will attend a summit on Friday aimed at ending the war.", [date(2025, 8, 8)]),
        ("The board on Monday approved the merger.", NONE),
        ("Voters in Ohio on Tuesday rejected the measure.", NONE),
        ("The regulator on Friday fined the bank $2 million, officials said.", NONE),
        ("The plant closed on Friday as planned.", NONE),
    ],
)
def test_a_participle_after_the_date(text: str, due: list[date]) -> None:
    assert _dues(text) == due


# the sentences the reviewer found right
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The central bank on Thursday is expected to raise rates.",
            [("prediction", date(2025, 8, 7))],
        ),
        (
            "The ministry will publish the trade figures for August on Sept. 15.",
            [("event", date(2025, 9, 15))],
        ),
        ("The museum is open from 10 a.m. to 6 p.m.", []),
        ("Polls will be open from 7 a.m. to 8 p.m. on Tuesday.", [("event", date(2025, 8, 5))]),
        ("The tax rises on Jan. 1 as legislated.", [("event", date(2026, 1, 1))]),
        ("Over the next two years, the firm doubled its sales.", []),
    ],
)
def test_found_right(text: str, found: list[tuple[str, date]]) -> None:
    assert _found(text) == found
