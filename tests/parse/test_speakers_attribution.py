"""Speaker attribution and claim kinds on sentences written for these tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.parse.helpers import speakers
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
        (  # a group, a meeting place and a day between the group and its verb
            "Finance ministers meeting in Lisbon on Friday said the fund must be ready by October.",
            "ministers",
            "deadline",
        ),
        (  # two appositions between the name and the verb
            "Maria Lind, the agency's director, who took office last year, said on Monday that the "
            "survey would be published in June.",
            "Maria Lind",
            "event",
        ),
        (  # "it said": the body the sentence opens with
            "The Supreme Tribunal will deliver its verdict at 10 a.m. on Friday, it said on "
            "Tuesday.",
            "the Supreme Tribunal",
            "event",
        ),
        (
            "The companies said they expected the deal to close in the second half of 2025.",
            "companies",
            "prediction",
        ),
        (
            "The upgrade is expected to go live on Thursday, developers said.",
            "developers",
            "prediction",
        ),
        (  # a role for a name
            "A deal on fishing quotas will be signed by mid-June, a Norwegian official said.",
            None,  # anonymous: README (round 11)
            "deadline",
        ),
        (  # whose demand it is
            "Kell rejected the demand by Nordic leaders, who met in Oslo on Monday, that it "
            "withdraw its troops starting Friday.",
            "Nordic leaders",
            "deadline",
        ),
        (  # a cut-off named by who set it
            "The firm faces a deadline of 5 p.m. on Friday, a cut-off set by a federal judge.",
            "a federal judge",
            "deadline",
        ),
        (  # "the government" is not the country that opens the sentence
            "Ruritania's parliament will vote on the budget next Tuesday, the government said on "
            "Monday.",
            "the government",
            "event",
        ),
        (
            "Mayor Luis Ruiz held two rallies on Monday, while Jo Park's campaign said she would "
            "visit Leeds on Tuesday.",
            "Jo Park's campaign",
            "event",
        ),
        (  # unveiling and signing orders announce what they set
            "President Ana Costa unveiled new port fees on Wednesday, with a 5% levy taking effect "
            "on Saturday.",
            "Ana Costa",
            "event",
        ),
        (
            "President Ana Costa signed orders on Thursday imposing duties on steel, which take "
            "effect in 15 days.",
            "Ana Costa",
            "event",
        ),
        (  # the message in a second, participial verb
            "Ana Costa began sending letters to trading partners on Monday telling them that new "
            "duties would take effect on May 1.",
            "Ana Costa",
            "event",
        ),
        (  # a group or speaker in a later clause does not reach back to the date
            "The central bank announces its decision on Thursday, and markets see a cut as likely.",
            None,
            "event",
        ),
        (  # a "who" clause about a person is the writer's, not the speaker's
            "The council said it would hand the file to Mayor Jo Kim, who takes office on Monday.",
            None,
            "event",
        ),
        (  # a place after "in" is not a speaker
            "Talks on the treaty open on Thursday in Vienna.",
            None,
            "event",
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
    assert speakers(text) == ["Clara Voss"]


def test_the_union_is_not_the_employer() -> None:
    text = (
        "Acme's warehouse staff will vote on Thursday on a new contract. The union has said a "
        "strike would begin on Friday if members reject it."
    )
    claims = extract_claims(text, NOW, TZ)
    assert [(c.speaker, str(c.kind)) for c in claims] == [(None, "event"), ("the union", "promise")]


def test_a_later_speaker_does_not_claim_an_earlier_deadline() -> None:
    text = (
        "The city must repay its bonds by Friday, and Mayor Eva Stone has called a referendum "
        "on the plan for July 12."
    )
    assert speakers(text) == [None, "Eva Stone"]


def test_two_speakers_in_one_passage() -> None:
    text = (
        "The opposition will publish its manifesto on March 14, party leader Ian Marsh said. "
        "The Green Party said its own programme would be launched on Tuesday next week."
    )
    assert speakers(text) == ["Ian Marsh", "the Green Party"]


def test_little_is_not_a_speaker() -> None:
    text = "Little will change before the rules take effect on Friday."
    assert all(speaker is None for speaker in speakers(text))
