"""Round 9: dates, combining and speakers: a day of the month before "to 7 a.m.", a capital
"Century" inside a name, a quarter named by its last month, two ordinals sharing "quarter",
a season that qualifies a noun, two seasons offered as alternatives, a place after an opening
"In", and unnamed sources. Sentences written for each rule, with near misses. Published
Tuesday 2025-08-05, 10:00 New York."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parse.helpers import claims


def found(text: str) -> list[tuple[date, str]]:
    return [(c.due_date, c.time_text) for c in claims(text)]


def dues(text: str) -> list[date]:
    return [c.due_date for c in claims(text)]


def speaker_of(text: str) -> list[str | None]:
    return [c.speaker for c in claims(text)]


# the number after a month is its day, not minutes before the hour ("March 13 to 7 a.m.")
@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The union will stage a 72-hour walkout from 7 a.m. on March 13 to 7 a.m. on March 16.",
            date(2026, 3, 13),
        ),
        (
            "The border will be shut from noon on Oct. 20 to 8 p.m. on Oct. 21, police said.",
            date(2025, 10, 20),
        ),
        ("Doctors will walk out from 8 a.m. on Sept. 17 to 8 a.m. on Sept. 19.", date(2025, 9, 17)),
        (
            "The road will be closed from 6 a.m. on Nov. 14 to 6 p.m. on Nov. 15.",
            date(2025, 11, 14),
        ),
    ],
)
def test_day_of_month_before_a_clock_time(text: str, due: date) -> None:
    assert dues(text)[0] == due
    assert all(
        not t.endswith(("on March", "on Oct.", "on Sept.", "on Nov.")) for _, t in found(text)
    )


@pytest.mark.parametrize(
    ("text", "due", "phrase"),
    [
        ("The meeting will start at 20 to 7 on Friday.", date(2025, 8, 8), "at 20 to 7 on Friday"),
        (
            "The shop will open at ten to nine on Monday.",
            date(2025, 8, 11),
            "at ten to nine on Monday",
        ),
        (
            "The meeting will end at half past six on Friday.",
            date(2025, 8, 8),
            "at half past six on Friday",
        ),
        ("Polls will open at 7 a.m. to 8 p.m. on Sunday.", date(2025, 8, 10), "on Sunday"),
    ],
)
def test_minutes_to_the_hour_still_read(text: str, due: date, phrase: str) -> None:
    assert any(d == due and phrase in t for d, t in found(text))


# a capital "Century" running on into a capitalised word is a name, not a date
@pytest.mark.parametrize(
    "text",
    [
        "Comcast and 21st Century Fox will settle their battle for Sky in an auction on Saturday.",
        "Twenty-First Century Fox will hold a shareholder vote on July 10, the company said.",
        "Shares of 20th Century Studios will start trading on Monday.",
        "The 21st Century Fund will close to new investors on Friday.",
    ],
)
def test_century_in_a_name(text: str) -> None:
    assert date(2099, 12, 31) not in dues(text) and len(dues(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The plan aims to make the city carbon-neutral by the end of the 21st Century.",
        "Scientists warn sea levels will rise by a metre in the 21st century.",
        "By the end of the 21st Century, most people will live in cities.",
        "The treaty will shape trade for the rest of the 21st Century, the minister said.",
    ],
)
def test_century_as_a_date(text: str) -> None:
    assert dues(text) == [date(2099, 12, 31)]


# a quarter named by its last month in a stated year: the three months ending then
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The company expects to break even by the June quarter of 2027.", date(2027, 6, 30)),
        (
            "The bank expects to return to profit in the December quarter of 2026.",
            date(2026, 12, 31),
        ),
        (
            "Treasury forecast inflation would ease to 3% by the March quarter of 2027.",
            date(2027, 3, 31),
        ),
        (
            "The miner expects output to recover in the September quarter of 2026.",
            date(2026, 9, 30),
        ),
    ],
)
def test_month_quarter_of_a_year(text: str, due: date) -> None:
    assert dues(text) == [due]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company will cut 300 jobs in June, a quarter of its staff, by 2027.",
            [date(2026, 6, 30), date(2027, 12, 31)],
        ),
        ("The fund will buy a quarter of the shares in June 2027.", [date(2027, 6, 30)]),
        ("The miner expects output to recover in the September quarter.", [date(2025, 9, 30)]),
        (
            "The firm will sell a quarter of its stake in June, and the rest in 2027.",
            [date(2026, 6, 30), date(2027, 12, 31)],
        ),
    ],
)
def test_month_and_quarter_otherwise(text: str, expected: list[date]) -> None:
    assert dues(text) == expected


# two ordinals sharing "quarter": one window over both
@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Sales will recover in the third or fourth quarter, the chief executive said.",
            date(2025, 12, 31),
        ),
        (
            "The company expects the deal to close in the second or third quarter of 2026.",
            date(2026, 9, 30),
        ),
        ("The plant will reopen in the first or second quarter of next year.", date(2026, 6, 30)),
        (
            "Airbus expects deliveries to pick up in the third and fourth quarters.",
            date(2025, 12, 31),
        ),
    ],
)
def test_two_quarters(text: str, due: date) -> None:
    got = found(text)
    assert len(got) == 1 and got[0][0] == due
    assert " or " in got[0][1] or " and " in got[0][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company will report its third-quarter results on Oct. 28.", [date(2025, 10, 28)]),
        (
            "Sales fell in the third quarter and will recover in the fourth quarter, it said.",
            [date(2025, 12, 31)],
        ),
        (
            "The firm will publish results for the first quarter on April 30.",
            [date(2026, 3, 31), date(2026, 4, 30)],
        ),
        (
            "The bank will publish data for the first quarter and the second in July.",
            [date(2026, 3, 31), date(2026, 7, 31)],
        ),
    ],
)
def test_one_quarter(text: str, expected: list[date]) -> None:
    assert dues(text) == expected


# a season qualifying a noun inside a sentence names a kind of thing, not a time
@pytest.mark.parametrize(
    "text",
    [
        "The IMF will publish its forecast in the spring meetings.",
        "Lawmakers will debate the bill during the summer recess, officials said.",
        "The chancellor will set out the measures in the autumn statement, the Treasury said.",
        "The team will compete in the winter games in Italy.",
    ],
)
def test_season_qualifying_a_noun(text: str) -> None:
    assert dues(text) == []


def test_winter_session_keeps_its_start() -> None:
    text = "The bill will be tabled in the winter session of Parliament, which begins on Nov. 25."
    assert dues(text) == [date(2025, 11, 25)]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Prices will fall during the winter months, analysts said.", date(2026, 2, 28)),
        (
            "The government will decide in the autumn whether to extend the scheme.",
            date(2025, 11, 30),
        ),
        ("The firm will hire staff in the summer ahead of the holiday season.", date(2025, 8, 31)),
        ("In the summer tourists will flock to the coast.", date(2025, 8, 31)),
        ("The talks will resume in the autumn, diplomats said.", date(2025, 11, 30)),
        ("The plant will open in the summer of 2026, the company said.", date(2026, 8, 31)),
    ],
)
def test_season_as_a_time(text: str, due: date) -> None:
    assert dues(text) == [due]


# two seasons (or months) offered as alternatives, the year said once at the end
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The plant will open in spring or summer next year, the company said.", date(2026, 8, 31)),
        ("The election will be held in the spring or summer of 2027.", date(2027, 8, 31)),
        ("The vote will take place in May or June 2027.", date(2027, 6, 30)),
        ("The plant will open in summer next year, the company said.", date(2026, 8, 31)),
        ("Prices will spring back in summer or autumn, analysts said.", date(2025, 11, 30)),
    ],
)
def test_alternatives_share_the_year(text: str, due: date) -> None:
    assert dues(text) == [due]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares could rise or fall next year, analysts said.", [date(2026, 12, 31)]),
        ("The vote will take place in May or June.", [date(2026, 6, 30)]),
        (
            "The firm will decide whether to expand in the autumn or wait until next year.",
            [date(2025, 11, 30), date(2026, 12, 31)],
        ),
        (
            "The vote will take place in May, and the count in June 2027.",
            [date(2026, 5, 31), date(2027, 6, 30)],
        ),
    ],
)
def test_no_shared_year(text: str, expected: list[date]) -> None:
    assert dues(text) == expected


# "In Paris Macron said": the place after an opening "In" or "At" is no part of the name
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("In Paris Macron said France would send troops by September.", "Macron"),
        ("In London Mayor Sadiq Khan said the zone would expand in October.", "Sadiq Khan"),
        ("At Geneva Lavrov said Russia would reply by Friday.", "Lavrov"),
        ("In New York Hochul said the state would lift the mandate by Monday.", "Hochul"),
    ],
)
def test_place_after_opening_preposition(text: str, who: str) -> None:
    assert speaker_of(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("In Paris, Macron said France would send troops by September.", "Macron"),
        ("Paris Hilton said she would launch a new brand by October.", "Paris Hilton"),
        (
            "London Stock Exchange Group said it would cut fees from January.",
            "London Stock Exchange Group",
        ),
        ("Inflation in Paris will ease by December, Macron said.", "Macron"),
    ],
)
def test_place_names_otherwise(text: str, who: str) -> None:
    assert speaker_of(text) == [who]


# unnamed sources are no speaker; counted ones keep the body they speak for
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Three OPEC+ sources said the group would raise output in October.", "OPEC+"),
        ("Two OPEC+ delegates said the group would raise output in October.", "OPEC+"),
        ("OPEC+ sources said the group would raise output in October.", "OPEC+"),
        ("The company will resume deliveries in October, two Boeing executives said.", "Boeing"),
        ("Two Boeing executives said the company would resume deliveries in October.", "Boeing"),
    ],
)
def test_sources_keep_their_body(text: str, who: str) -> None:
    assert speaker_of(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        "Sources said the company would announce the deal on Friday.",
        "Security sources said they expected the bridge to reopen on Friday.",
        "Two sources said the talks would resume on Monday.",
        "Three OPEC+ sources said the meeting would take place on Monday.",
        "Two delegates said the summit would end on Friday without a deal.",
    ],
)
def test_unnamed_sources(text: str) -> None:
    assert speaker_of(text) == [None]
