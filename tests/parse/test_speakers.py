from __future__ import annotations

import pytest

from tests.parse.helpers import claims, speakers


def speaker(text: str) -> str | None:
    """The speaker of the one claim in ``text``."""
    (claim,) = claims(text)
    return claim.speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Donald Trump spoke. Trump warned that tariffs will rise by Friday.",
            "Donald Trump",
        ),
        (
            "Talks will resume Monday, according to the Kremlin.",
            "the Kremlin",
        ),
        (
            "Ukrainian President Volodymyr Zelensky said troops will pull back by Friday.",
            "Volodymyr Zelensky",
        ),
        (
            "Spokesperson Dmitry Peskov spoke. He said a reply will come next week.",
            "Dmitry Peskov",
        ),
        (
            "A reply will come by Friday, said Peskov.",
            "Peskov",
        ),
    ],
)
def test_it_names_the_speaker_without_titles(text: str, expected: str) -> None:
    assert speaker(text) == expected


def test_it_strips_a_title_written_in_lower_case() -> None:
    text = "U.S. envoy Steve Witkoff said he will meet Putin on Wednesday."
    assert speaker(text) == "Steve Witkoff"


def test_it_names_no_one_when_nobody_speaks() -> None:
    assert speaker("The summit will open on Wednesday.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tesla will join the index on Dec. 21, S&P said.", "S&P"),
        ("AT&T said it will raise prices on Sept. 1.", "AT&T"),
        ("Procter & Gamble said it will cut 7,000 jobs by the end of 2026.", "Procter & Gamble"),
    ],
)
def test_an_ampersand_joins_a_company_name(text: str, expected: str) -> None:
    assert speaker(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tesla Inc. said it will start deliveries on Sept. 1.", "Tesla"),
        ("Shell plc said it will pay the dividend on Sept. 22.", "Shell"),
        ("Sony Group Corp., the electronics maker, said it will ship on Nov. 12.", "Sony Group"),
        # a web suffix stays unless a legal form follows it
        ("Booking.com will raise its fees on Sept. 1, the company said.", "Booking.com"),
        ("Amazon.com Inc said it would open the warehouse on Sept. 1.", "Amazon.com"),
        # repeated legal forms are all dropped
        ("Nintendo Co Ltd said it would release the console on Sept. 1.", "Nintendo"),
        ("Tesla, Inc. said it would open the plant on Sept. 1.", "Tesla"),
    ],
)
def test_a_company_is_named_without_its_legal_form(text: str, expected: str) -> None:
    assert speaker(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("General Electric said it will cut 500 jobs by March.", "General Electric"),
        ("General Motors said it will open the plant on Sept. 2.", "General Motors"),
        ("General Mark Milley said the drills would end on Friday.", "Mark Milley"),
        ("U.S. Secretary of State Marco Rubio said talks would resume on Monday.", "Marco Rubio"),
        (
            "Chancellor of the Exchequer Rachel Reeves said the budget would be delivered "
            "on Oct. 30.",
            "Rachel Reeves",
        ),
        (
            "Treasury Secretary Scott Bessent said the tariffs would start on Friday.",
            "Scott Bessent",
        ),
    ],
)
def test_titles_with_of_and_companies_named_general(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
