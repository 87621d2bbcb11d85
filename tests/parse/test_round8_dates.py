"""Round 8: the reviewer's findings on round 6 in dates, combining and speakers (items 3, 4,
5, 11, 12, 14), the sentences it found right, and near misses written for each rule.
Published Tuesday 2025-08-05, 10:00 New York."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parse.helpers import claims
from tracker.parse.rules.zones import PLACE_ZONES, zone


def found(text: str) -> list[tuple[date, str]]:
    return [(c.due_date, c.time_text) for c in claims(text)]


def months(text: str) -> list[tuple[int, int]]:
    return [(c.due_date.year, c.due_date.month) for c in claims(text)]


def speaker_of(text: str) -> list[str | None]:
    return [c.speaker for c in claims(text)]


# item 3: "next year's <event>" moves a month only when the event is its clause's subject
@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Ahead of next year's election, the party will hold its conference in October.", 10),
        ("Preparations for next year's World Cup will begin in September, FIFA said.", 9),
        ("Tickets for next year's festival will go on sale in October.", 10),
        ("After next year's election, the new parliament will meet in November.", 11),
        ("Voters in next year's referendum will be able to register in September.", 9),
        ("Next year's budget, which parliament will debate in October, includes tax cuts.", 10),
    ],
)
def test_next_years_event_elsewhere_leaves_the_month(text: str, month: int) -> None:
    assert (2025, month) in months(text) and (2026, month) not in months(text)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Next year's summit will be held in November, the organisers said.", 11),
        ("Next year's Olympic Games will open in December in Milan.", 12),
        ("The minister said next year's election would take place in October.", 10),
        ("Next year's conference takes place in October in Brazil.", 10),
        ("Next year's census, the first since 2021, will start in October.", 10),
        ("Next year's summit will be held in Belém, in the Amazon, in November.", 11),
        ("Elections are due next year, probably in March.", 3),
    ],
)
def test_next_years_event_as_subject_moves_the_month(text: str, month: int) -> None:
    assert (2026, month) in months(text) and (2025, month) not in months(text)


# item 4: words opening a sentence are no owner of a body's name
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On Monday Russia's defence ministry said the drills would end on Friday.",
         "Russia's defence ministry"),
        ("In Kyiv Ukraine's foreign ministry said talks would resume on Aug. 20.",
         "Ukraine's foreign ministry"),
        ("Late Tuesday Japan's finance ministry said it would issue new bonds in October.",
         "Japan's finance ministry"),
        ("Early Friday China's commerce ministry said it would cut tariffs in September.",
         "China's commerce ministry"),
        # near misses: owners of two words stay whole
        ("Saudi Arabia's energy ministry said output would rise in September.",
         "Saudi Arabia's energy ministry"),
        ("South Korea's finance ministry said it would issue bonds in October.",
         "South Korea's finance ministry"),
        ("New York's health department said the clinic would open on Monday.",
         "New York's health department"),
        ("Sri Lanka's central bank said it would cut rates in September.",
         "Sri Lanka's central bank"),
    ],
)  # fmt: skip
def test_possessive_body_without_sentence_openers(text: str, speaker: str) -> None:
    assert speaker_of(text) == [speaker]


# item 5: a participle or "starting with"/"including" after a period states a second claim
@pytest.mark.parametrize(
    ("text", "texts"),
    [
        ("Inflation will average 3% this year, peaking in October, the central bank said.",
         ["this year", "in October"]),
        ("The airline plans to add 20 routes next year, starting with Lisbon in March.",
         ["next year", "in March"]),
        ("The company will cut 2,000 jobs next year, including 500 in Ohio in March.",
         ["next year", "in March"]),
        ("Prices will rise this year, topping out in November, the agency said.",
         ["this year", "in November"]),
    ],
)  # fmt: skip
def test_a_second_statement_keeps_the_period(text: str, texts: list[str]) -> None:
    assert [t for _, t in found(text)] == texts


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The union will strike next month, walking out on Sept. 15 and Sept. 22.",
         [date(2025, 9, 15), date(2025, 9, 22)]),
        ("The ministers will meet next month in Madrid, from Sept. 2 to Sept. 13.",
         [date(2025, 9, 13)]),
        ("The summit will take place next month, on Sept. 18.", [date(2025, 9, 18)]),
        ("The festival will return next month, running from Sept. 5 to Sept. 7.",
         [date(2025, 9, 7)]),
    ],
)  # fmt: skip
def test_the_periods_own_days_replace_it(text: str, days: list[date]) -> None:
    assert [d for d, _ in found(text)] == days


# item 11: words that open names ("Under Armour", "Via Rail", "Three UK")
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Under Armour expects revenue to fall in fiscal 2026.", "Under Armour"),
        ("Via Rail said service would resume on Monday.", "Via Rail"),
        ("Three UK said it would switch off its 3G network by December.", "Three UK"),
        ("Five Guys said it would open 20 restaurants by December.", "Five Guys"),
    ],
)
def test_names_that_open_with_function_words(text: str, speaker: str) -> None:
    assert speaker_of(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the same words opening a sentence, before a date or a lower-case word
        "From Monday the tolls will rise by 10%, it said.",
        "Under the plan, the tax will rise in October.",
        "Via the new link, trains will reach Paris by December.",
        "Three of the plants will close by December.",
    ],
)
def test_function_words_are_no_speaker(text: str) -> None:
    assert all(
        s is None or s.split()[0] not in ("From", "Under", "Via", "Three") for s in speaker_of(text)
    )


# item 12: groups in lower case; counted sources keep the body they speak for
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Economists expect the central bank to cut rates in September.", "economists"),
        ("Traders expect the Fed to cut rates in September.", "traders"),
        ("Diplomats expect the talks to resume on Monday.", "diplomats"),
        ("Analysts expect the merger to close in the fourth quarter.", "analysts"),
        ("Two Boeing executives said deliveries would resume in October.", "Boeing"),
        ("Three Toyota executives said the plant would reopen in October.", "Toyota"),
        # near misses: a name, a pair, a nationality, an event from sources
        ("Chevron and Hess expect the merger to close in the third quarter.", "Chevron and Hess"),
        ("Lucid expects deliveries to begin in October.", "Lucid"),
        ("Two Turkish officials said the ban would be lifted in October.", None),
        ("The hospital will close on Sept. 30, two senior officials said.", None),
        ("Several EU diplomats said the summit will be held on Friday.", None),
    ],
)
def test_groups_and_counted_sources(text: str, speaker: str | None) -> None:
    assert speaker_of(text) == [speaker]


# item 14: only adjacent units offered as alternatives are one window
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Rates will be cut in September or December, the bank said.", 2),
        ("The talks will resume on Monday or Thursday, officials said.", 2),
        ("The verdict is expected on Thursday or Friday.", 1),
        ("Elections will be held in December or January.", 1),
        ("The report is due in September or early October.", 1),
        ("The decision is expected in October or November.", 1),
    ],
)
def test_alternatives_join_only_adjacent_units(text: str, count: int) -> None:
    assert len(found(text)) == count


# item 15: one table of places
def test_one_table_of_place_zones() -> None:
    assert PLACE_ZONES["washington"] == "America/New_York" and PLACE_ZONES["florida"]
    assert str(zone("Florida time")) == "America/New_York"
    assert str(zone("Geneva time")) == "Europe/Zurich"
    assert zone("local time") is None and zone("Texas time") is None


# sentences the reviewer found right
@pytest.mark.parametrize(
    ("text", "dues"),
    [
        ("The museum was supposed to reopen in December but will now open in March.",
         [date(2026, 3, 31)]),
        ("The stadium was meant to be finished by 2027, a deadline officials now call "
         "unrealistic.", []),
        ("The company now expects the plant to open later than the October target.", []),
        ("The vote will be held no later than Oct. 15, the commission said.",
         [date(2025, 10, 15)]),
        ("Ford would not give a forecast for 2026.", []),
        ("The Bank of England is set for its fourth rate cut this year on Thursday.",
         [date(2025, 8, 7)]),
        ("The strike delayed production by two to three weeks.", []),
        ("Candidates must file their papers 30 days before the Nov. 4 election, the commission "
         "said.", [date(2025, 10, 5)]),
        ("The verdict is expected on Thursday or Friday.", [date(2025, 8, 8)]),
        ("The court ordered a retrial within 90 days.", [date(2025, 11, 3)]),
        ("Power was restored shortly before midnight, the utility said.", []),
        ("The rocket will lift off at 6:15 p.m. Florida time on Friday.", [date(2025, 8, 8)]),
    ],
)  # fmt: skip
def test_found_right(text: str, dues: list[date]) -> None:
    assert [d for d, _ in found(text)] == dues


def test_found_right_speakers() -> None:
    assert speaker_of("The hospital will close on Sept. 30, two senior officials said.") == [None]
    assert speaker_of("Chevron and Hess expect the merger to close in the third quarter.") == [
        "Chevron and Hess"
    ]
