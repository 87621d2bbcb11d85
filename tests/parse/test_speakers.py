from __future__ import annotations

import pytest

from tracker.parse.speakers import find_speaker, known_people


def speaker(text: str, sentence: str) -> str | None:
    start = text.index(sentence)
    return find_speaker(text, start, start + len(sentence), known_people(text))


@pytest.mark.parametrize(
    ("text", "sentence", "expected"),
    [
        (
            "Donald Trump spoke. Trump warned that tariffs will rise by Friday.",
            "Trump warned that tariffs will rise by Friday.",
            "Donald Trump",
        ),
        (
            "Talks will resume Monday, according to the Kremlin.",
            "Talks will resume Monday, according to the Kremlin.",
            "the Kremlin",
        ),
        (
            "Ukrainian President Volodymyr Zelensky said troops will pull back by Friday.",
            "Ukrainian President Volodymyr Zelensky said troops will pull back by Friday.",
            "Volodymyr Zelensky",
        ),
        (
            "Spokesperson Dmitry Peskov spoke. He said a reply will come next week.",
            "He said a reply will come next week.",
            "Dmitry Peskov",
        ),
        (
            "A reply will come by Friday, said Peskov.",
            "A reply will come by Friday, said Peskov.",
            "Peskov",
        ),
    ],
)
def test_it_names_the_speaker_without_titles(text: str, sentence: str, expected: str) -> None:
    assert speaker(text, sentence) == expected


def test_it_strips_a_title_written_in_lower_case() -> None:
    text = "U.S. envoy Steve Witkoff is set to meet Putin on Wednesday."
    assert speaker(text, text) == "Steve Witkoff"


def test_it_names_no_one_when_nobody_speaks() -> None:
    text = "The summit will open on Wednesday."
    assert speaker(text, text) is None
