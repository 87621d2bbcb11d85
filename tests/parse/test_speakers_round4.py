"""Speaker attribution, round four: bodies named by a description, unnamed sources and
subjects that are really objects (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.parse.helpers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a body's initials in brackets between its name and the verb
            "The Harbour Workers Federation (HWF) said on Monday that dockers would strike on "
            "Friday unless pay rose.",
            "the Harbour Workers Federation",
        ),
        (  # a place's airport speaks as a body
            "Leith airport said it would close its runway from noon on Friday.",
            "Leith airport",
        ),
        (  # the forecast is in a second verb of the sentence's subject
            "Novak Steel cut its dividend on Tuesday and now expects profit to fall this year.",
            "Novak Steel",
        ),
        (  # a body that moves a date sets it
            "The Election Commission on Saturday postponed the vote to 5 October.",
            "the Election Commission",
        ),
        (  # "answered" is a statement too
            "The Cabin Crew Union called a strike, and Nordair answered with a notice that it "
            "would lock them out from Saturday.",
            "Nordair",
        ),
        (  # "according to a statement from the league": the body named before
            "The Northern Hockey Federation will open its season on Dec. 22, according to a "
            "statement from the federation.",
            "the Northern Hockey Federation",
        ),
        (  # "the court" is the court named earlier in the sentence
            "LAGOS: A bench of the Supreme Court headed by Chief Justice Ade Bello will deliver "
            "its ruling at 10 am on Saturday, according to a notice posted on the court's website.",
            "the Supreme Court",
        ),
        (  # "the government" unresolved stays "the government"
            "Ministers met on Monday, and the government aims to finish the line before 2035.",
            "the government",
        ),
    ],
)
def test_round4_attribution(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # counted unnamed officials are anonymous sources
        "The first team of Kenyan medics will leave Nairobi on Tuesday, two government "
        "officials said.",
        # a group in a "which" clause speaks about something else
        "The handover comes ahead of an election that must be held by June 2026, which "
        "analysts expect the premier to call early.",
        # "in what union leaders say" comments on the strike, it does not announce it
        "Dock workers will strike on Thursday, in what union leaders say could be the "
        "longest walkout in decades.",
        # a name after a preposition is no subject of "will"
        "The next eclipse visible from the northern United Kingdom will not come until "
        "Aug. 23, 2044.",
        # nor is the object of a participle
        "A bill amending the 2008 Energy Act is due to be laid before Parliament on Wednesday.",
        # a date in a "which" clause is a fact about the deal, not the later subject's act
        "Under the plea deal, which runs until Dec. 1, 2025, the Justice Department will "
        "drop the charges.",
        # anonymous sources are no speaker
        "Security sources said they expected the bridge to reopen on Friday.",
        # an official who comments on a target set by law does not set it
        "Under the new law, councils must publish their budgets by May 1, a date that Ana "
        "Silva, head of the National Audit Office, has said will be hard to meet.",
        # the date describes where something was said, not what was said
        "The plant will be built in Texas, the company said at the energy fair, which runs "
        "until Friday.",
    ],
)
def test_no_speaker(text: str) -> None:
    assert speakers(text) == [None]


def test_a_surname_that_is_also_a_month() -> None:
    text = (
        "Prime Minister Olga May met unions on Monday. May, who took office in 2021, said she "
        "would publish the plan on Friday."
    )
    assert speakers(text)[-1] == "Olga May"


def test_a_government_is_only_a_body_that_says_so() -> None:
    text = (
        "The storm hit Luzon on Saturday, the Manila Weather Office said. In nearby Macau, "
        "the government ordered all schools to close from noon on Friday."
    )
    assert speakers(text)[-1] == "the government"


def test_an_agency_described_stands_for_the_body_that_opens_the_text() -> None:
    text = (
        "SANTIAGO (Reuters) - ESO's telescope will take its first images on Tuesday, the space "
        "agency said on Sunday."
    )
    assert speakers(text) == ["ESO"]


def test_a_public_body_is_no_company() -> None:
    text = (
        "Koralis said on Monday its drug slowed decline by 20%. The Medicines Administration "
        "has set May 6 as its target date for a decision. The company said it plans to file "
        "in Europe early next year."
    )
    assert speakers(text)[-1] == "Koralis"


def test_a_union_is_no_carrier() -> None:
    text = (
        "The Cabin Crew Union said on Monday that its members would strike. The carrier said "
        "it would cancel flights from Friday."
    )
    assert speakers(text)[-1] == "the carrier"


def test_a_name_particle_is_a_whole_word() -> None:
    text = "The league will open its season on Dec. 22, according to a statement from the league."
    assert speakers(text) == ["the league"]
