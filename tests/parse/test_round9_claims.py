"""Round 9, claim selection and tense: payments that have fallen due, refused requests,
dates named again and called off, earlier word that did not come true, the day a subject
did something after a long aside, "began arriving", and "will no longer ... from". Each
rule with sentences of our own where it applies and near misses where it must not.
Published Tue 2025-08-05, 10:00 New York."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parse.helpers import claims


def _dues(text: str) -> list[date]:
    return [c.due_date for c in claims(text)]


# 1. "fell/came/became due on <date>": a payment that has come due, not one ahead
@pytest.mark.parametrize(
    "text",
    [
        "The missed coupon fell due on Aug. 1.",
        "A $40 million interest payment came due on July 28 and went unpaid.",
        "The loan, which became due on Aug. 2, remains outstanding.",
        "Bondholders said the payment that fell due in July had still not arrived.",
    ],
)
def test_fallen_due_is_past(text: str) -> None:
    assert _dues(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The next coupon falls due on Aug. 30.", date(2025, 8, 30)),
        ("A $40 million payment will fall due on Sept. 15.", date(2025, 9, 15)),
        ("The next payment is due on Aug. 30.", date(2025, 8, 30)),
        ("Another coupon comes due on Sept. 15, the finance ministry said.", date(2025, 9, 15)),
    ],
)
def test_payment_still_ahead(text: str, due: date) -> None:
    assert _dues(text) == [due]


# 2. the date asked for in a request that was turned down
@pytest.mark.parametrize(
    "text",
    [
        "The regulator turned down the bank's request for extra time until Sept. 20.",
        "The judge rejected a motion to delay the trial until October.",
        "The court denied the company's application to extend the deadline to Sept. 30.",
        "The league dismissed calls to postpone the final until Aug. 30.",
    ],
)
def test_refused_request_date(text: str) -> None:
    assert _dues(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The regulator approved the bank's request for extra time until Sept. 20.",
            date(2025, 9, 20),
        ),
        ("The board rejected the offer and will vote on a new plan by Aug. 29.", date(2025, 8, 29)),
        ("The court rejected the request, saying the firm must pay by Aug. 29.", date(2025, 8, 29)),
        ("The judge will rule on the motion to delay the trial by Aug. 29.", date(2025, 8, 29)),
    ],
)
def test_request_not_refused(text: str, due: date) -> None:
    assert _dues(text) == [due]


# 3. a date named again in apposition and called off: ", a date it pushed back"
@pytest.mark.parametrize(
    "text",
    [
        "The company said chips would roll off the line in 2026, a date it quietly pushed back"
        " last year.",
        "The airline had promised deliveries by September, a target it has since abandoned.",
        "Ministers said the bridge would open in October, a deadline they later scrapped.",
        "The firm aimed to list in November, a timeline that was shelved in June.",
    ],
)
def test_date_dropped_in_apposition(text: str) -> None:
    assert _dues(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Chips will roll off the line in 2027, a date pushed back from 2025.", date(2027, 12, 31)),
        (
            "The bridge will open in October, a date the minister confirmed on Monday.",
            date(2025, 10, 31),
        ),
        (
            "The firm will list in November, a target set by its board last year.",
            date(2025, 11, 30),
        ),
        (
            "The vote will take place on Aug. 29, a date postponed to allow more debate.",
            date(2025, 8, 29),
        ),
    ],
)
def test_date_standing_in_apposition(text: str, due: date) -> None:
    assert _dues(text) == [due]


# 4. an earlier word in the past perfect, then the news that it did not happen
@pytest.mark.parametrize(
    "text",
    [
        "State media had said the president would address the nation on Friday evening, but"
        " no speech was broadcast.",
        "The ministry had announced the talks would resume on Thursday, but they never did.",
        "The company had promised to pay suppliers by Aug. 1, but it failed to do so.",
        "Officials had said the bridge would reopen on Monday, but the repairs did not finish.",
    ],
)
def test_earlier_word_not_carried_out(text: str) -> None:
    assert _dues(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The president will address the nation on Friday evening, but no date was given for"
            " the vote.",
            date(2025, 8, 8),
        ),
        (
            "The ministry said the talks would resume on Thursday, but it never named a venue.",
            date(2025, 8, 7),
        ),
        (
            "The company had promised to pay suppliers by Aug. 29, and it says it will.",
            date(2025, 8, 29),
        ),
        (
            "Officials had said the bridge would reopen on Monday, and crews are on schedule.",
            date(2025, 8, 11),
        ),
    ],
)
def test_earlier_word_standing(text: str, due: date) -> None:
    assert _dues(text) == [due]


# 5. "<subject>, who on Friday cut off talks": the day it was done, even when the words
# before the subject's own clause look ahead
@pytest.mark.parametrize(
    "text",
    [
        "Canada scrapped the tax hours before payments were due, bowing to pressure from the"
        " president, who on Friday cut off trade talks.",
        "The firm plans to appeal, according to the regulator, which on Monday fined it $5"
        " million.",
        "Investors expect more cuts from the bank, which on Thursday lowered its key rate.",
        "The union will strike if needed, said its leader, who on Sunday rejected the offer.",
    ],
)
def test_day_done_after_aside(text: str) -> None:
    assert _dues(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The president, who is due on Friday to cut the ribbon, arrived early.", date(2025, 8, 8)),
        ("The bank, which meets monthly, will on Thursday cut its key rate.", date(2025, 8, 7)),
        ("The regulator is expected to rule on Friday on the merger.", date(2025, 8, 8)),
        ("The firm, which plans to appeal, will on Monday file its papers.", date(2025, 8, 11)),
    ],
)
def test_day_still_ahead_after_aside(text: str, due: date) -> None:
    assert _dues(text) == [due]


# 6. "began arriving on <day>": the -ing form takes the past of "began/started/kept"
@pytest.mark.parametrize(
    "text",
    [
        "About 1,500 troops began arriving along the border on Monday to help with logistics.",
        "Aid convoys started arriving in the city on Sunday.",
        "Refugees kept arriving at the camp on Saturday despite the rain.",
        "Fans began gathering outside the stadium on Monday morning.",
    ],
)
def test_phase_verb_past(text: str) -> None:
    assert _dues(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("About 1,500 troops will begin arriving along the border on Thursday.", date(2025, 8, 7)),
        ("Aid convoys are arriving in the city on Thursday.", date(2025, 8, 7)),
        ("Officials said troops were arriving at the border on Thursday.", date(2025, 8, 7)),
        ("Aid convoys are due to start arriving on Thursday.", date(2025, 8, 7)),
    ],
)
def test_arriving_ahead(text: str, due: date) -> None:
    assert _dues(text) == [due]


# 7. "will no longer ... from <date>": the day a change takes effect
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Pupils will no longer have to wear masks in classrooms from Thursday.", date(2025, 8, 7)),
        ("Banks will no longer charge fees on transfers starting Sept. 1.", date(2025, 9, 1)),
        ("The airline said it would no longer fly to Caracas from Oct. 1.", date(2025, 10, 1)),
        ("Visitors will no longer need a permit as of Sept. 1, the park said.", date(2025, 9, 1)),
    ],
)
def test_change_takes_effect(text: str, due: date) -> None:
    assert _dues(text) == [due]


@pytest.mark.parametrize(
    "text",
    [
        "The city will no longer host the summit planned for Sept. 4.",
        "Shoppers no longer had to wear masks from Monday.",
        "The minister no longer plans to visit on Friday.",
        "The firm will no longer list in October, as it had planned.",
    ],
)
def test_no_longer_drops_plan(text: str) -> None:
    assert _dues(text) == []


# 8. after the date, a participle behind "for/of/on the <noun>" and before "by/at" describes
# the noun ("for the seat vacated by"), it is not the clause's verb
@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Polls open statewide at 7 a.m. on Thursday in a special election for the seat"
            " vacated by the late senator.",
            date(2025, 8, 7),
        ),
        (
            "Voters go to the polls on Sunday in a runoff for the presidency vacated by the"
            " ousted leader.",
            date(2025, 8, 10),
        ),
        (
            "Delegates gather in Geneva on Thursday for talks on the treaty drafted by the"
            " commission.",
            date(2025, 8, 7),
        ),
        (
            "Hearings open on Sept. 9 into the crash of the jet operated by the airline.",
            date(2025, 9, 9),
        ),
    ],
)
def test_reduced_relative_after_date(text: str, due: date) -> None:
    assert _dues(text) == [due]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the minister announced by decree a nightly curfew.",
        "Polls opened at 7 a.m. on Monday in a special election for the seat vacated by the"
        " late senator.",
        "On Monday, the court ruled by a 5-4 margin against the law.",
        "Trading in the stock was halted on Monday in a move welcomed by investors.",
    ],
)
def test_clause_verb_after_date(text: str) -> None:
    assert _dues(text) == []


# 9. a capitalised preposition before a weekday or month opens a clause ("CARDIFF — On
# Sunday, ..."); a capitalised word that is no preposition glues a name ("Long March 5")
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("WASHINGTON — On Thursday, the Senate votes on the bill.", date(2025, 8, 7)),
        ("LONDON — By Friday, lenders must set out their plans.", date(2025, 8, 8)),
        ("PARIS — In September, the new rules take effect.", date(2025, 9, 30)),
        (
            "CARDIFF — On Sunday, Wales becomes the first nation to lower the limit.",
            date(2025, 8, 10),
        ),
    ],
)
def test_capitalised_preposition_before_date(text: str, due: date) -> None:
    assert _dues(text) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("China will launch a Long March 5 rocket on Thursday.", [date(2025, 8, 7)]),
        ("The Bloody Sunday inquiry will report on Thursday.", [date(2025, 8, 7)]),
        ("WASHINGTON — On Monday, the Senate voted on the bill.", []),
        ("PARIS — In August, the new rules took effect.", []),
    ],
)
def test_name_or_past_before_date(text: str, due: list[date]) -> None:
    assert _dues(text) == due


# 10. "keep its stores closed": a participle after "keep <object>" is the object's state
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The retailer will keep its stores closed on Thanksgiving Day.", date(2025, 11, 27)),
        ("The central bank is expected to keep rates unchanged on Thursday.", date(2025, 8, 7)),
        ("Officials plan to keep the border sealed until Sept. 1.", date(2025, 9, 1)),
        ("The airline will keep its planes grounded through Friday.", date(2025, 8, 8)),
    ],
)
def test_kept_state_ahead(text: str, due: date) -> None:
    assert _dues(text) == [due]


@pytest.mark.parametrize(
    "text",
    [
        "The retailer kept its stores closed on Monday.",
        "The bank kept rates unchanged on Thursday, July 31.",
        "Police told people to leave before it exploded on Monday.",
        "Keeping costs low, the firm opened a store on Monday.",
    ],
)
def test_kept_state_past(text: str) -> None:
    assert _dues(text) == []


# 11. "ahead of a Sept. 14 election": the date of an event something is done ahead of, like
# "ahead of the Sept. 14 election"
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Lawmakers met on Monday ahead of an Aug. 29 vote on the budget.", date(2025, 8, 29)),
        (
            "The party launched its campaign on Monday ahead of a Sept. 14 election.",
            date(2025, 9, 14),
        ),
        ("Investors sold bonds on Monday ahead of a Sept. 17 rate decision.", date(2025, 9, 17)),
        ("The premier dissolved the legislature ahead of a Sept. 29 vote.", date(2025, 9, 29)),
    ],
)
def test_ahead_of_a_date(text: str, due: date) -> None:
    assert _dues(text) == [due]


@pytest.mark.parametrize(
    "text",
    [
        "The party launched its campaign on Monday after an Aug. 1 court ruling.",
        "Lawmakers met on Monday, a day after an Aug. 1 vote.",
        "The team finished on Monday, ahead of schedule.",
        "The bill passed on Monday, well ahead of its Aug. 1 deadline.",
    ],
)
def test_not_ahead_of_a_date(text: str) -> None:
    assert _dues(text) == []
