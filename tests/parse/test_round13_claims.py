"""Round 13: the past perfect of looking ahead, the event a thing follows or comes since,
a time of day "before" in a past clause, days set by past scheduling verbs, more
timetable verbs, superlative spans, harms named by their day, and data-release labels."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parse.helpers import at, claims, dues

# 1. a verb of looking ahead in the past perfect looks from the story's past


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Fitch had first warned of a possible downgrade in May.", "May"),
        ("The monitor had warned of a risk of famine by February.", "February"),
        ("The company had forecast a return to profit in March.", "March"),
        ("Analysts had expected a rate cut in July.", "July"),
        ("The minister had promised a decision in June.", "June"),
    ],
)
def test_a_pluperfect_forecast_looks_from_the_past(text: str, phrase: str) -> None:
    assert at(text, phrase) == "past"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Fitch had warned that it would cut the rating in October.", "October"),
        ("The court had warned them to leave by Friday.", "Friday"),
        ("Fitch has warned of a possible downgrade in October.", "October"),
        ("Fitch warns of a possible downgrade in October.", "October"),
        ("Analysts expect a rate cut in September.", "September"),
    ],
)
def test_a_pluperfect_near_miss_still_looks_ahead(text: str, phrase: str) -> None:
    assert at(text, phrase) == "future"


# 2. the event a thing follows or is the first since came before it


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Talks resume on Monday, the first since a dinner in Paris on July 20.", "July 20"),
        ("The move follows Apple's announcement on July 30 of a split.", "July 30"),
        ("The sell-off follows the central bank's surprise devaluation on Aug. 1.", "Aug. 1"),
        ("The meeting is their first since the summit in Geneva in June.", "June"),
        ("The strike comes after a failed round of talks on Friday.", "Friday"),
    ],
)
def test_what_a_thing_follows_is_past(text: str, phrase: str) -> None:
    assert at(text, phrase) == "past"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Since the vote on Friday is expected to be close, both sides are campaigning.", "Friday"),
        ("The ceremony will follow the vote on Dec. 5.", "Dec. 5"),
        ("A second round follows on Dec. 5 if no one wins a majority.", "Dec. 5"),
        ("The signing will come after the vote on Thursday.", "Thursday"),
    ],
)
def test_a_since_or_follows_near_miss_looks_ahead(text: str, phrase: str) -> None:
    assert at(text, phrase) == "future"


# 3. "before <time of day> on <day>" in a past clause


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Lawyers filed their arguments shortly before midnight on Sunday.", "midnight on Sunday"),
        ("The plane landed just before 6 a.m. on Saturday.", "6 a.m. on Saturday"),
        ("He resigned shortly before noon on Friday.", "noon on Friday"),
        ("Rescuers reached the village before 9 p.m. on Monday.", "9 p.m. on Monday"),
    ],
)
def test_before_a_time_in_a_past_clause_is_past(text: str, phrase: str) -> None:
    assert at(text, phrase) == "past"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Lawyers must file their arguments before midnight on Sunday.", "midnight on Sunday"),
        ("The judge ordered them to file before midnight on Sunday.", "midnight on Sunday"),
        ("He said he would resign before noon on Friday.", "noon on Friday"),
        ("Lawyers will file shortly before midnight on Sunday.", "midnight on Sunday"),
    ],
)
def test_before_a_time_near_miss_looks_ahead(text: str, phrase: str) -> None:
    assert at(text, phrase) == "future"


# 4. a past verb of scheduling sets a day ahead


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The government declared a day of national mourning for Monday.", "Monday"),
        ("The region declared three days of official mourning from Thursday.", "Thursday"),
        ("The union called a strike for Monday.", "Monday"),
        ("The president set Sept. 1 as the date for a nationwide vote.", "Sept. 1"),
        ("The mayor announced a curfew for Friday.", "Friday"),
    ],
)
def test_a_day_set_by_a_past_scheduling_verb_is_ahead(text: str, phrase: str) -> None:
    assert at(text, phrase) == "future"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Two years ago the governor called a special session for Oct. 3.", "Oct. 3"),
        ("Last year the president set Oct. 3 as the date for the vote.", "Oct. 3"),
        ("The government declared a day of mourning on Monday.", "Monday"),
        ("The ministry announced the figures for May on Friday.", "May"),
    ],
)
def test_a_scheduling_near_miss_is_not_ahead(text: str, phrase: str) -> None:
    assert at(text, phrase) != "future"


# 5. the present of a timetable: vote, meet, hold, apply


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Lawmakers vote on Friday afternoon on the bill.", "Friday"),
        ("The Federal Reserve holds its final meeting of the year on Dec. 9.", "Dec. 9"),
        ("The new rate applies from May 15.", "May 15"),
        ("The Senate votes on the package on Thursday.", "Thursday"),
        ("The central bank holds its next policy meeting on Sept. 17.", "Sept. 17"),
    ],
)
def test_a_timetable_verb_looks_ahead(text: str, phrase: str) -> None:
    assert at(text, phrase) == "future"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Lawmakers voted on Friday afternoon on the bill.", "Friday"),
        ("The council usually holds its meetings on Tuesday.", "Tuesday"),
        ("A strong vote on Friday gave the bill momentum.", "Friday"),
        ("The rule applied from May 15 until it was struck down.", "May 15"),
        ("Members held their final meeting of the year on Dec. 9.", "Dec. 9"),
    ],
)
def test_a_timetable_near_miss_is_not_ahead(text: str, phrase: str) -> None:
    assert at(text, phrase) != "future"


# 6. no claim: a superlative's span, a harm named by its day, a data release's month


@pytest.mark.parametrize(
    "text",
    [
        "The quake is one of the deadliest in the country in two decades.",
        "Forecasters say it is the hottest summer in 40 years.",
        "Officials say it is the costliest storm in three decades.",
        "The toll from Saturday's quake will rise, officials said.",
        "Aid groups will help survivors of Friday's blast.",
        "Investigators will study the wreckage from Sunday's crash.",
        "The agency said it would not publish a separate October report.",
        "The data will go into the November release.",
    ],
)
def test_labels_and_done_harms_are_no_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Prices will double in two decades, the study said.", date(2045, 12, 31)),
        ("Saturday's match will be played behind closed doors.", date(2025, 8, 9)),
        ("Officials expect Saturday's rally to draw 10,000 people.", date(2025, 8, 9)),
        ("The agency will publish its report in October.", date(2025, 10, 31)),
        ("The data will go into the November release on Dec. 16.", date(2025, 12, 16)),
        ("The October meeting will decide on rates.", date(2025, 10, 31)),
    ],
)
def test_label_near_misses_stay_claims(text: str, due: date) -> None:
    assert due in dues(text)


# 7. a fiscal year before a noun names an edition, like a year ("the 2026 budget")


@pytest.mark.parametrize(
    "text",
    [
        "The government will present the 2026-27 budget.",
        "The 2026/27 budget will be presented in parliament.",
        "Ministers will publish their 2026-27 spending plans.",
        "The party's 2026-27 manifesto will be launched.",
    ],
)
def test_a_fiscal_year_label_is_no_claim(text: str) -> None:
    assert [c.when.text for c in claims(text) if "20" in c.when.text] == []


@pytest.mark.parametrize(
    "text",
    [
        "The deficit will narrow to 3% in 2026-27.",
        "Spending will rise in the 2026 fiscal year.",
        "Spending will rise in the 2026-27 financial year.",
        "The plan runs to the 2026-27 deadline.",
    ],
)
def test_a_fiscal_year_near_miss_stays_a_claim(text: str) -> None:
    assert any("2026" in c.when.text for c in claims(text))
