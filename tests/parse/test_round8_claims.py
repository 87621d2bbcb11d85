"""Round 8, claim selection and tense: the reviewer's findings on round 6 (plans in reported
speech, cut-offs of earlier orders, bounds after a past verb, cut-offs after "later than",
a second deadline at the same hour, forecasts for "this year's" figures, present tallies,
grants counted from a past year), each with sentences of our own where the rule applies and
near misses where it must not. Published Tue 2025-08-05, 10:00 New York."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parse.helpers import claims


def _dues(text: str) -> list[date]:
    return [c.due_date for c in claims(text)]


def _kinds(text: str) -> list[str]:
    return [c.kind.value for c in claims(text)]


# 1. "was set/due/scheduled to" in reported speech or a relative clause is the past of
# "is set to": the plan holds, unless the sentence says it fell through
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Officials said that the vote was set to take place on Sunday.", [date(2025, 8, 10)]),
        (
            "Analysts noted that the shares were due to begin trading on Thursday.",
            [date(2025, 8, 7)],
        ),
        (
            "Rescue crews worked through the night because the storm was due to make landfall"
            " on Wednesday.",
            [date(2025, 8, 6)],
        ),
        (
            "The company, which was scheduled to report earnings on Aug. 12, declined to comment.",
            [date(2025, 8, 12)],
        ),
        ("The minister, who was due to fly to Kyiv on Friday, met reporters.", [date(2025, 8, 8)]),
        (
            "The vote, which is due on Sunday, was not postponed, officials said.",
            [date(2025, 8, 10)],
        ),
        (
            "The talks, which are set to resume on Monday, were delayed last month by a dispute.",
            [date(2025, 8, 11)],
        ),
        (
            "The summit, which was due to open on Monday, will go ahead, officials said.",
            [date(2025, 8, 11)],
        ),
    ],
)
def test_a_plan_reported_in_the_past_still_holds(text: str, due: list[date]) -> None:
    assert _dues(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "The ferry, which was due to sail on Thursday, sank in port.",
        "The summit, which was due to open on Monday, was called off.",
        "The rocket, which was scheduled to launch on Friday, exploded on the pad.",
        "The match, which was set for Saturday, has been postponed, organisers said.",
        "The deal came two days after the talks were due to end on Friday.",
        "Although his mandate was set to expire on Sept. 2, parliament kept him in office.",
        "Lawmakers met hours before funding was due to lapse on Friday.",
        "The museum was supposed to reopen in December but will not.",
    ],
)
def test_a_plan_that_fell_through_is_no_claim(text: str) -> None:
    assert claims(text) == []


# 2. an order in the past perfect with a cut-off still ahead
@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The judge had ordered the administration to restore the grants by Friday.",
            [date(2025, 8, 8)],
        ),
        (
            "Trump had urged Congress to pass the bill by Aug. 15, and lawmakers are racing to"
            " meet that deadline.",
            [date(2025, 8, 15)],
        ),
        ("The regulator had told the bank to submit a new plan by September.", [date(2025, 9, 30)]),
        ("The court had asked both sides to file briefs by Aug. 22.", [date(2025, 8, 22)]),
        ("The mayor had ordered shops to stay shut until Sunday.", [date(2025, 8, 10)]),
    ],
)
def test_an_earlier_order_with_a_cutoff_ahead(text: str, due: list[date]) -> None:
    assert _dues(text) == due
    assert _kinds(text) == ["deadline"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister had urged people to save power between 6 p.m. and 8 p.m. on Wednesday.",
        "Police had told residents to stay indoors on Thursday.",
        "The coach had asked players to report on Friday.",
        "The union had urged members to walk out on Sept. 3.",
        "The opposition leader had pressed for a delay until November or later.",
    ],
)
def test_an_earlier_request_for_a_day_is_no_claim(text: str) -> None:
    assert claims(text) == []


# 6. "no earlier than" after a past verb is when something happened at the earliest
@pytest.mark.parametrize(
    "text",
    [
        "Investigators said the virus began circulating no earlier than June.",
        "The drug reached pharmacies no sooner than March because of shortages.",
        "Scientists concluded the fire started no earlier than Tuesday.",
        "The ruins were built no earlier than 2030.",
    ],
)
def test_a_lower_bound_in_the_past_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The vote will take place no earlier than Oct. 15, the commission said.",
            [date(2025, 10, 15)],
        ),
        ("Officials said the launch would come no earlier than September.", [date(2025, 9, 30)]),
        ("The rocket is set to fly no earlier than Thursday.", [date(2025, 8, 7)]),
        ("Officials said the border reopens no sooner than Monday.", [date(2025, 8, 11)]),
        (
            "The probe will attempt its first controlled landing no earlier than Monday.",
            [date(2025, 8, 11)],
        ),
    ],
)
def test_a_lower_bound_ahead_is_a_claim(text: str, due: list[date]) -> None:
    assert _dues(text) == due


# 7. a bare date after "later/earlier than" is a cut-off; a plan noun or "in" makes it the
# thing compared
@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Applications received later than Sept. 1 will be rejected, the agency said.",
            [date(2025, 9, 1)],
        ),
        ("Residents cannot apply earlier than Oct. 1 under the new rules.", [date(2025, 10, 1)]),
        ("Ballots postmarked later than Nov. 4 will not be counted.", [date(2025, 11, 4)]),
        ("Payments made later than Aug. 31 will incur a fee.", [date(2025, 8, 31)]),
    ],
)
def test_a_date_after_later_than_is_a_cutoff(text: str, due: list[date]) -> None:
    assert _dues(text) == due


def test_later_than_a_bare_date_is_a_deadline() -> None:
    assert _kinds("Applications received later than Sept. 1 will be rejected.") == ["deadline"]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The company now expects the plant to open later than the October target.", []),
        ("He expected first gas in mid-2026, later than the end-2025 target.", [date(2026, 7, 31)]),
        ("Output will be lower than in 2024.", []),
        (
            "He expects gas to flow in mid-2026, later than the end-2025 start first flagged.",
            [date(2026, 7, 31)],
        ),
        ("Profits will come later than in 2024, the firm said.", []),
        ("The line will open in 2026, later than the 2027 goal.", [date(2026, 12, 31)]),
    ],
)
def test_a_date_compared_against_is_no_claim(text: str, due: list[date]) -> None:
    assert _dues(text) == due


# 8. a bare hour repeats an earlier deadline only nearby, about the same thing or as its
# condition
def test_a_second_deadline_at_the_same_hour_is_kept() -> None:
    text = (
        "The deadline for bids is 5 p.m. on Friday. "
        "Residents must file objections by 5 p.m., the council said."
    )
    assert len(claims(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Regional leaders gave the president until noon on Friday to step down. "
        '"If by midday he does not agree to leave, troops will move in," an envoy said.',
        "The union must accept the offer by 5 p.m. on Friday. The offer lapses if by 5 p.m."
        " the union has not accepted it.",
        "Bidders must submit offers by noon on Thursday. Offers must reach the agency by noon,"
        " officials said.",
    ],
)
def test_the_same_deadline_named_again_is_one_claim(text: str) -> None:
    assert len(claims(text)) == 1


def test_the_same_hour_far_away_is_a_new_claim() -> None:
    text = (
        "Bids are due by 5 p.m. on Friday. The mayor spoke at length. Critics were unmoved. "
        "Tenants must register complaints by 5 p.m., the housing office said."
    )
    assert len(claims(text)) == 2


# 9. "this year's" figure with a forecast verb is a forecast for this year
@pytest.mark.parametrize(
    "text",
    [
        "The IMF expects this year's budget deficit to reach 6% of GDP.",
        "This year's harvest is expected to be the smallest since 2012, the ministry said.",
        "Analysts forecast this year's crop at 40 million tonnes.",
        "This year's deficit will exceed 5% of output, the finance ministry said.",
    ],
)
def test_a_forecast_for_this_years_figure(text: str) -> None:
    assert _dues(text) == [date(2025, 12, 31)]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("This year's census found the population had fallen.", []),
        ("This year's festival drew 10,000 visitors.", []),
        ("Tickets for this year's festival will go on sale on Monday.", [date(2025, 8, 11)]),
        (
            "Officials said this year's summit would be held in Rome in October.",
            [date(2025, 10, 31)],
        ),
    ],
)
def test_this_years_edition_is_no_claim(text: str, due: list[date]) -> None:
    assert _dues(text) == due


# 10. a tally in the present names what lies ahead in the period
@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers face their second shutdown deadline this month.",
        "Farmers face a third heat wave this month, forecasters said.",
    ],
)
def test_a_present_tally_is_a_claim(text: str) -> None:
    assert _dues(text) == [date(2025, 8, 31)]


@pytest.mark.parametrize(
    "text",
    [
        "It was the second coup this year in the region.",
        "Lawmakers faced their second shutdown deadline this month.",
        "The firm has announced its fourth round of layoffs this year.",
        "The country has had its third heat wave this month.",
    ],
)
def test_a_past_tally_is_no_claim(text: str) -> None:
    assert claims(text) == []


# 13. a grant of time counted from a past year
@pytest.mark.parametrize(
    "text",
    [
        "In 2023 the company was given five years to clean up the site.",
        "Last year the city was given three years to fix its water system.",
        "Two years ago the firm was granted five years to repay the loan.",
        "In 2024 regulators gave the bank two years to raise capital.",
    ],
)
def test_a_grant_from_a_past_year_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The company was given five years to clean up the site.", [date(2030, 8, 5)]),
        ("On Monday the regulator gave the bank 90 days to raise capital.", [date(2025, 11, 3)]),
        ("In 2025 the company was given five years to clean up the site.", [date(2030, 8, 5)]),
        ("The court gave the government 30 days to respond.", [date(2025, 9, 4)]),
    ],
)
def test_a_grant_from_now_is_a_claim(text: str, due: list[date]) -> None:
    assert _dues(text) == due


# sentences the reviewer found right, kept right
@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The museum was supposed to reopen in December but will now open in March.",
            [date(2026, 3, 31)],
        ),
        (
            "The stadium was meant to be finished by 2027, a deadline officials now call"
            " unrealistic.",
            [],
        ),
        ("The vote will be held no later than Oct. 15, the commission said.", [date(2025, 10, 15)]),
        ("Ford would not give a forecast for 2026.", []),
        (
            "The Bank of England is set for its fourth rate cut this year on Thursday.",
            [date(2025, 8, 7)],
        ),
        ("The strike delayed production by two to three weeks.", []),
        (
            "Candidates must file their papers 30 days before the Nov. 4 election, the"
            " commission said.",
            [date(2025, 10, 5)],
        ),
        ("Elections are due next year, probably in March.", [date(2026, 3, 31)]),
        ("The verdict is expected on Thursday or Friday.", [date(2025, 8, 8)]),
        (
            "The union will strike next month, walking out on Sept. 15 and Sept. 22.",
            [date(2025, 9, 15), date(2025, 9, 22)],
        ),
        ("The court ordered a retrial within 90 days.", [date(2025, 11, 3)]),
        ("Power was restored shortly before midnight, the utility said.", []),
        ("The rocket will lift off at 6:15 p.m. Florida time on Friday.", [date(2025, 8, 8)]),
    ],
)
def test_found_right(text: str, due: list[date]) -> None:
    assert _dues(text) == due
