"""Claim kinds on sentences written for these tests: promise, deadline, prediction, event."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.parse.claims import extract_claims

TZ = ZoneInfo("Europe/London")
NOW = datetime(2024, 3, 4, 9, 0, tzinfo=TZ)  # a Monday


def kinds(text: str) -> list[str]:
    return [str(c.kind) for c in extract_claims(text, NOW, TZ)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an actor's own action, reported, planned or aimed at a period
        ("The utility said it would replace 4,000 lead pipes over the next 12 months.", "promise"),
        ("Vexa Rail planned to retire its last diesel trains before 2030.", "promise"),
        ("Northwind Energy will decide by the end of May whether to build the plant.", "promise"),
        ("The Harbour Authority will double its dredging budget by 2027.", "promise"),
        (
            "The bloc will start charging duties on steel, including pipes and wire, on Friday, "
            "the commission said.",
            "promise",
        ),
        (  # a conditional strike start is the union's commitment
            "The union said a walkout would begin at 6 a.m. on Thursday if members reject the "
            "offer.",
            "promise",
        ),
        # what the actor does on a set day is scheduled; so is what starts or ends by itself
        ("The ministry said it would publish the tender results on Tuesday.", "event"),
        ("The union said the walkout would end at 6 a.m. on Thursday.", "event"),
        (
            "The Supreme Tribunal will deliver its verdict at 10 a.m. on Friday, it said on "
            "Tuesday.",
            "event",
        ),
        ("Port fees will rise to 12% effective April 1, the regulator said.", "event"),
        ("Engineers cleared the rocket for launch, targeting 9:15 a.m. on Tuesday.", "event"),
        # the date belongs to the scheduled occasion, not to the forecast around it
        ("Analysts are tipped to see a rate cut when the council meets on Thursday.", "event"),
        ("The agency said it would publish its revised growth forecasts on March 12.", "event"),
        (
            "Voters in Ruritania go to the polls on Sunday in an election that could see the "
            "ruling party lose power.",
            "event",
        ),
        (  # the date in a "who" clause is the person's own schedule
            "The council said it would hand the file to Mayor Jo Kim, who takes office on Monday.",
            "event",
        ),
        # forecasts
        ("Inflation will rise to 4% by June, economists said.", "prediction"),
        ("Mayor Ines Obi said she expected the bridge to reopen in May.", "prediction"),
        ("Officials hope the pipeline will be finished by October.", "prediction"),
        ("The upgrade is expected to go live on Thursday, developers said.", "prediction"),
        # what a measure does is forecast, whoever says it
        ("Demand will pick up by the summer, the company said.", "prediction"),
        ("Sales will recover in the second half of 2025.", "prediction"),
        ("The finance ministry said the new VAT rate would apply from July 1.", "event"),
        # cut-offs imposed on someone else, windows that close, states that lapse
        ("A judge ordered the retailer to repay customers within 30 days.", "deadline"),
        ("The law forces the owner to sell the club or see it relegated by June.", "deadline"),
        (
            "Governor Lee Park said all documents should be handed over by noon on Friday, or he "
            "would ask the court to intervene.",
            "deadline",
        ),
        ("Residents can apply for the rebate until March 31.", "deadline"),
        (
            "Residents were told to evacuate by 6 p.m. on Tuesday, the fire service said.",
            "deadline",
        ),
        (
            "Interior Minister Hana Berg said the curfew would stay in place until April 2.",
            "deadline",
        ),
    ],
)
def test_kind(text: str, kind: str) -> None:
    assert kinds(text) == [kind]


def test_scheduled_clause_is_not_the_other_clauses_deadline() -> None:
    text = (
        "Creditors must be repaid by Friday, and the premier has called a referendum for July 12."
    )
    assert kinds(text) == ["deadline", "event"]


def test_deadline_named_ahead_of_an_announcement_is_its_own() -> None:
    text = (
        "The premier said he would announce the new cabinet on Tuesday, two days ahead of a "
        "March 14 deadline for forming a government."
    )
    assert kinds(text) == ["event", "deadline"]
