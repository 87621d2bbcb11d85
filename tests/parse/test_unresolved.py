from __future__ import annotations

import pytest

from tests.parse.conftest import Finder


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The sanctions have lasted for three years.", "three years"),
        ("Talks took two weeks.", "two weeks"),
        ("Aid will arrive in the coming days.", "in the coming days"),
        ("A deal is expected soon.", "soon"),
        ("Prices rose recently.", "recently"),
        ("Take it twice a day.", "twice a day"),
    ],
)
def test_it_reports_durations_and_vague_times_without_an_interval(
    dates: Finder, sentence: str, phrase: str
) -> None:
    found = dates(sentence)
    assert [(e.text, e.start_at, e.end_at, e.grain) for e in found] == [(phrase, None, None, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal is worth $1 billion.",
        "Officials may decide later.",
        "The march on the capital was peaceful.",
        "We expect 2000 troops and 45 tanks.",
        "Sun and Sat panels were installed.",
        "He came second in the race.",
        "Theresa May spoke.",
    ],
)
def test_it_finds_no_date_in_numbers_verbs_and_abbreviations(dates: Finder, sentence: str) -> None:
    assert [e for e in dates(sentence) if e.resolved] == []


def test_a_quarter_point_is_no_period(dates: Finder) -> None:
    assert not dates("The Fed cut rates by a quarter-point.")
