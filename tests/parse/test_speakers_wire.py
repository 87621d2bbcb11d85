"""Speaker attribution in wire, business and politics phrasing (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from tests.parse.helpers import speakers
from tracker.parse.speakers import Speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the quote first, then a name with an apposition
            "\u201cWe will open the new plant on April 9,\u201d Hanna Berg, the group's "
            "operations chief, told analysts on Monday.",
            "Hanna Berg",
        ),
        (  # "the <modifier> ministry said" keeps the body as written
            "Fuel duty will rise on Friday, the finance ministry said in a statement.",
            "the finance ministry",
        ),
        (  # a body's decision with "agreed"
            "OPEC+ agreed on Sunday to raise output from April.",
            "OPEC+",
        ),
        (  # a group forecast before a later, unrelated "said"
            "Bank economists expect the central bank to cut rates in June, after the "
            "governor said on Friday that inflation was easing.",
            "Bank economists",
        ),
        (  # a group of officials written in lower case
            "Senior diplomats said they expected the treaty to be signed on Thursday.",
            "Senior diplomats",
        ),
        (  # a name with a Portuguese particle
            "Brazil's president, Luiz Carlos da Rocha, said the talks would resume on Thursday.",
            "Luiz Carlos da Rocha",
        ),
    ],
)
def test_wire_attribution(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_pronoun_refers_to_the_previous_subject() -> None:
    text = (
        "Finance Minister Clara Jensen met Prime Minister Olav Lund on Monday. She later told "
        "reporters that the budget would be published on March 20."
    )
    assert speakers(text) == ["Clara Jensen"]


def test_pronoun_skips_a_place_named_after_the_subject() -> None:
    text = (
        "Premier Anna Holt delayed New Brunswick's vote by a week on Monday. She said the "
        "ballot would now take place on April 13."
    )
    assert speakers(text) == ["Anna Holt"]


def test_spokesperson_reports_the_principal_commitment() -> None:
    text = (
        "Press secretary Dana Moss said on Monday that President Henry Vale would decide by "
        "Friday whether to sign the bill."
    )
    assert speakers(text) == ["Henry Vale"]


def test_spokesperson_reporting_a_body_keeps_the_spokesperson() -> None:
    text = "Spokesman Ivan Petrov said Moscow would name its delegation by Wednesday."
    assert speakers(text) == ["Ivan Petrov"]


def test_unattributed_scheduled_event_has_no_speaker() -> None:
    text = (
        "Lawmakers have debated the bill for a week. The final vote is scheduled for "
        "Tuesday, and the prime minister is expected to win it."
    )
    assert speakers(text) == [None]


def test_trailing_attribution_beats_a_body_that_agreed() -> None:
    text = (
        "The cartel agreed on Sunday to cut output from May 1, Energy Minister Omar Said "
        "Khalil said."
    )
    assert speakers(text)[0].endswith("Khalil")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a wire dateline is no organisation: "the company" is the firm that opens the copy
            "OSLO (Reuters) - Nordvik will open its new ferry terminal next Tuesday, the "
            "company said in a statement.",
            "Nordvik",
        ),
        (  # a spokesman speaks for the person named before him
            "Foreign Minister Lena Ostrova will travel to Cairo on Thursday, her spokesman said.",
            "Lena Ostrova",
        ),
        (  # an apposition between the subject and "and said"
            "Kestrel Aero, the drone maker backed by two pension funds, raised $40 million on "
            "Monday and said its first deliveries would begin in June.",
            "Kestrel Aero",
        ),
        (  # a court's order, given in a second verb of the sentence
            "Brazil's Supreme Court on Tuesday rejected the appeal and ordered the mining firm to "
            "pay the fine by April 30.",
            "Brazil's Supreme Court",
        ),
        (  # a long apposition after ", and"
            "The strike ended on Monday, and Tom Reyes, who leads the dockers' union at the "
            "country's three largest container ports, said he expected a new contract by June.",
            "Tom Reyes",
        ),
        (  # a body with an apposition, then its aim
            "Polar Grid, the state-backed network operator, aims to connect 2,000 villages by "
            "2027.",
            "Polar Grid",
        ),
        (  # a group forecast with an aside
            "Investors, meanwhile, are betting that the central bank will cut rates in June.",
            "investors",
        ),
        (  # a group polled after an event
            "Most economists polled after the budget expect the bank to raise rates in July.",
            "economists",
        ),
        (  # a body's order with "asked"
            "Ministers asked the regulator to report back by May 15.",
            "ministers",
        ),
    ],
)
def test_wire_attribution_forms(text: str, speaker: str) -> None:
    found = speakers(text)
    assert len(found) == 1
    assert found[0] is not None
    assert found[0].lower() == speaker.lower()


def test_which_clause_about_an_ordered_measure_keeps_its_maker() -> None:
    text = (
        "Governor Maria Olsen signed an order on Monday closing all bars, which takes effect "
        "on Friday."
    )
    assert speakers(text) == ["Maria Olsen"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # an adverb of time between a body and its forecast
            "The Port Authority still expects to reopen the ferry terminal by the end of May.",
            "the Port Authority",
        ),
        (  # "now expects", with "the central bank" standing for the bank named before
            "The Bank of Norland raised rates on Thursday. The central bank now expects "
            "inflation to peak in October.",
            "Bank of Norland",
        ),
        (  # a company whose name is a possessive
            "The new flagship store will open on Friday, Hartley's said in a statement.",
            "Hartley's",
        ),
        (  # a colon dateline is no organisation
            "NAIROBI: Safcom raised its tariffs on Monday. The increase takes effect on "
            "April 1, it said.",
            "Safcom",
        ),
        (  # the subject, not a firm named later; its legal form dropped
            "Parcelbox.com Inc expects to complete its purchase of Fastway Freight Inc next "
            "Monday.",
            "Parcelbox.com",
        ),
        (  # "issued by the ..." keeps the article of the body
            "Under guidance issued by the Treasury, banks must close the accounts by April 22.",
            "the Treasury",
        ),
        (  # a "who" clause reporting the person's own pledge
            "Mayor Lena Ortiz, who has pledged to plant a million trees by 2030, told "
            "reporters that the budget was tight.",
            "Lena Ortiz",
        ),
        (  # a second clause with a speaker of its own, nearer the date
            "Finance minister Tomas Berg told reporters the talks had gone well, and Prime "
            "Minister Ana Silva said she would present the budget on Thursday.",
            "Ana Silva",
        ),
        (  # the person who states a body's forecast, named after it
            "The water utility expects to lift the hosepipe ban by the end of May, chief "
            "executive Mark Dale said.",
            "Mark Dale",
        ),
        (  # "the union" is the one the sentence described by name
            "Britain's RMTW rail workers' union will strike on Friday, the union said.",
            "RMTW",
        ),
        (  # a body's initials stand for its name spelt out before
            "The National Weather Agency issued a red warning on Monday. The storm, which the "
            "NWA now expects to make landfall on Thursday, has already flooded two towns.",
            "the National Weather Agency",
        ),
    ],
)
def test_round3_attribution_forms(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a "whether" clause commits nobody
        "Fans wonder whether Marco Ruiz will leave the club before the transfer deadline "
        "at noon on Friday.",
        # a "before" clause with its own subject only dates the statement
        "Governor Paul Lind said in his last address before his term ends on Friday that the "
        "state was in good shape.",
    ],
)
def test_round3_no_speaker(text: str) -> None:
    assert speakers(text) == [None]


def test_will_subject_does_not_reach_past_a_new_clause() -> None:
    text = "Ames will cut the fuel tax on Tuesday, while ferry firms halt services on Friday."
    found = Speakers(text)
    assert found.speaker(0, len(text), "promise", text.index("on Tuesday")) == "Ames"
    assert found.speaker(0, len(text), "promise", text.index("on Friday")) is None


def test_the_union_is_not_a_person_who_spoke_to_it() -> None:
    text = (
        "Acme Rail reported a loss on Monday. Minister Jo Kim told the union to call off its "
        "strike, and the union said it would walk out on Friday."
    )
    assert "Jo Kim" not in speakers(text)


def test_plural_possessive_inside_a_body_name() -> None:
    text = "The Dairy Farmers' Association said it would cut milk deliveries from Friday."
    assert speakers(text) == ["the Dairy Farmers' Association"]
