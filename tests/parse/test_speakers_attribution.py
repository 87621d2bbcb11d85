"""Speaker attribution and claim kinds on sentences written for these tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.parse.claims import extract_claims

TZ = ZoneInfo("Europe/London")
NOW = datetime(2024, 3, 4, 9, 0, tzinfo=TZ)  # a Monday


def only_claim(text: str) -> tuple[str | None, str]:
    claims = extract_claims(text, NOW, TZ)
    assert len(claims) == 1, claims
    return claims[0].speaker, str(claims[0].kind)


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (  # attribution after the claim, a body with a possessive
            "The new border checks will begin on Thursday, Norway's interior ministry said "
            "in a statement.",
            "Norway's interior ministry",
            "event",
        ),
        (  # "according to" with a lower-case title before the name
            "The two leaders will meet in Geneva on Friday, according to palace spokeswoman "
            "Maria Olsen.",
            "Maria Olsen",
            "event",
        ),
        (  # "the company" refers to the firm that opens the passage
            "Acme Motors reported weaker sales on Monday. The company said it would hand over "
            "its first trucks to buyers on April 9.",
            "Acme Motors",
            "promise",
        ),
        (  # "told X" names who was told, not who spoke
            "Regional leaders told Freedonia on Monday that it must hold free elections by Friday.",
            "Regional leaders",
            "deadline",
        ),
        (  # a group named with a survey in between
            "Most economists polled by Bloomberg expect the central bank to cut rates on Thursday.",
            "economists",
            "prediction",
        ),
        (  # passive scheduling: nobody to attribute it to
            "A vote on the harbour bill is scheduled for Wednesday.",
            None,
            "event",
        ),
        (  # the subject, with the announcement in a second verb
            "Premier Ana Ruiz toured the flooded towns on Sunday and announced that voters would "
            "go to the polls on May 12.",
            "Ana Ruiz",
            "event",
        ),
        (  # a first-person pledge in quotes
            "“We will open the new bridge on June 1,” Mayor Tom Hale told reporters.",
            "Tom Hale",
            "promise",
        ),
        (  # "its 2% target" is a noun, not a pledge: a forecast
            "The central bank now expects inflation to return to its 2% target by mid-2025, "
            "Governor Lena Berg said.",
            "Lena Berg",
            "prediction",
        ),
        (  # a commitment reported with an abbreviation in between
            "Defence Secretary Sam Reid said the U.S. troops would leave the base by Sept. 30.",
            "Sam Reid",
            "promise",
        ),
    ],
)
def test_speaker_and_kind(text: str, speaker: str | None, kind: str) -> None:
    got_speaker, got_kind = only_claim(text)
    assert got_kind == kind
    if speaker is None:
        assert got_speaker is None
    else:
        assert got_speaker is not None
        assert got_speaker.split()[-1].lower() == speaker.split()[-1].lower()


def test_pronoun_across_sentences() -> None:
    text = (
        "Finance Minister Clara Voss presented the budget on Monday. She said the new tax "
        "would take effect on April 6."
    )
    claims = extract_claims(text, NOW, TZ)
    assert [c.speaker for c in claims] == ["Clara Voss"]


def test_two_speakers_in_one_passage() -> None:
    text = (
        "The opposition will publish its manifesto on March 14, party leader Ian Marsh said. "
        "The Green Party said its own programme would be launched on Tuesday next week."
    )
    claims = extract_claims(text, NOW, TZ)
    assert [c.speaker for c in claims] == ["Ian Marsh", "the Green Party"]


def test_little_is_not_a_speaker() -> None:
    text = "Little will change before the rules take effect on Friday."
    claims = extract_claims(text, NOW, TZ)
    assert all(c.speaker is None for c in claims)
