"""Speakers, round eleven: the unnamed people who speak for a body named after them
("officials at the European Commission said") or before them ("a Pentagon official said",
"Microsoft's spokesman said") keep the body; a nationality or a source names no body; a
plural common noun opening the sentence is no body "the agency" stands for; going to the
polls is a scheduled event (sentences written for these tests)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.parse import extract_claims

NEW_YORK = ZoneInfo("America/New_York")
WEDNESDAY = datetime(2025, 11, 26, 10, 0, tzinfo=NEW_YORK)


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text, WEDNESDAY, NEW_YORK)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Officials of the World Health Organization said the vaccine campaign would "
            "begin on Monday.",
            "the World Health Organization",
        ),
        (
            "Officials at the European Commission said the rules would apply from Jan. 1.",
            "the European Commission",
        ),
        (
            "A spokesman for the German finance ministry said the draft would be presented "
            "in January.",
            "the German finance ministry",
        ),
        (
            "Members of the Senate Finance Committee "
            "said they would vote on the bill next Tuesday.",
            "the Senate Finance Committee",
        ),
        ("A spokeswoman for Toyota said the plant would reopen on Monday.", "Toyota"),
        (
            "A spokesperson for the Bank of England "
            "said the review would be published on Thursday.",
            "the Bank of England",
        ),
        (
            "Officials with the Federal Aviation Administration said the new rules would "
            "take effect on Jan. 1.",
            "the Federal Aviation Administration",
        ),
        (
            "A representative of the International Monetary Fund said the mission would "
            "arrive on Monday.",
            "the International Monetary Fund",
        ),
        (
            "The strike will begin on Monday, a spokesman for the Transport Workers Union said.",
            "the Transport Workers Union",
        ),
        ("The plant will close in March, a spokeswoman for Ford said.", "Ford"),
        ("Executives at Boeing said deliveries would resume in January.", "Boeing"),
        (
            "An official at the Treasury Department said the auction would be held on Thursday.",
            "the Treasury Department",
        ),
        ("Officials at the meeting said the talks would resume on Friday.", None),
        ("People at the rally said they would march again on Saturday.", None),
        ("Sources at the European Commission said the rules would apply from Jan. 1.", None),
        ("Officials from several countries said the talks would resume on Friday.", None),
        ("Members of the public will be able to apply from Monday.", None),
        ("A spokesman for the family said the funeral would be held on Friday.", None),
        (
            "A State Department spokesperson said the talks would resume on Friday.",
            "State Department",
        ),
        ("A Kremlin spokesman said the talks would resume on Friday.", "Kremlin"),
        ("A Pentagon official said the troops would leave on Friday.", "Pentagon"),
        ("A White House official said Biden would sign the order on Friday.", "White House"),
        (
            "The talks will resume on Friday, a State Department spokesperson said.",
            "State Department",
        ),
        ("The base will close in March, a Pentagon spokesman told reporters.", "Pentagon"),
        ("People familiar with the matter said the talks would resume on Friday.", None),
        ("A senior official said the talks would resume on Friday.", None),
        ("The talks will resume on Friday, a senior official said.", None),
        ("Officials said the talks would resume on Friday.", None),
        ("Kremlin spokesman Dmitry Peskov said the talks would resume on Friday.", "Dmitry Peskov"),
        ("A Norwegian official said the deal would be signed by mid-June.", None),
        ("A deal on fishing quotas will be signed by mid-June, a Norwegian official said.", None),
        (
            "Russia's defence ministry said the drills would end on Friday.",
            "Russia's defence ministry",
        ),
        (
            "Japan's finance ministry said it would issue the bonds in January.",
            "Japan's finance ministry",
        ),
        ("Microsoft's spokesman said the update would ship on Tuesday.", "Microsoft"),
        (
            "The European Commission's spokesperson said the rules would apply from Jan. 1.",
            "the European Commission",
        ),
        (
            "Pfizer's chief executive, Albert Bourla, said the drug would launch in March.",
            "Albert Bourla",
        ),
        ("Macy's said it would close 60 stores by March.", "Macy's"),
        ("Applications will open on Monday and close on Dec. 15, the agency said.", "the agency"),
        ("Prices will rise by 5% on Jan. 1, the company said.", "the company"),
        ("Talks will resume on Tuesday, the State Department said.", "the State Department"),
        ("Flights will resume on Friday, the airline said.", "the airline"),
        (
            "Voters will go to the polls on Sunday, the election commission said.",
            "the election commission",
        ),
        ("Workers will return to the plant on Monday, the union said.", "the union"),
        ("Tickets will go on sale on Friday, organizers said.", "organizers"),
        ("Schools will reopen on Monday, officials said.", None),
        ("Shares will begin trading on Thursday, the exchange said.", "the exchange"),
        ("Deliveries will start in March, Tesla said.", "Tesla"),
        ("Refunds will be issued by Dec. 31, the retailer said.", "the retailer"),
        (
            "Passengers will be able to board from 6 a.m. on Saturday, the airport said.",
            "the airport",
        ),
        ("Applications will open on Monday.", None),
        ("Prices will rise on Jan. 1.", None),
        ("Talks will resume on Tuesday.", None),
        ("Voters will return to the polls two days before the Dec. 8 runoff.", None),
        ("Shoppers will flock to stores on Friday.", None),
        ("Lawmakers will vote on the bill on Tuesday.", None),
        ("Fans will gather outside the stadium on Saturday.", None),
        (
            "The talks will resume on Friday, according to a spokesman for the State Department.",
            "the State Department",
        ),
        (
            "The vote will take place on Thursday, according to officials at the European "
            "Parliament.",
            "the European Parliament",
        ),
        ("The launch will happen on Saturday, according to people familiar with the matter.", None),
        ("According to a senior official, the talks will resume on Friday.", None),
        ("The decision will come on Friday, according to a Pentagon spokesman.", "Pentagon"),
        (
            "According to Finance Minister Jo Kim, the budget will be presented on Dec. 10.",
            "Jo Kim",
        ),
        (
            "The rules take effect on Jan. 1, according to a statement from the ministry.",
            "the ministry",
        ),
        ("Jo Kim told reporters the bill would pass by Friday.", "Jo Kim"),
        ("Officials told reporters the talks would resume on Friday.", None),
        (
            "Speaking to reporters on Tuesday, Jo Kim said the vote would be held on Friday.",
            "Jo Kim",
        ),
        ("A Pentagon spokesman told reporters the drills would end on Friday.", "Pentagon"),
        ('"We will open the new plant in March," said Jo Kim, the chief executive.', "Jo Kim"),
        (
            '"The talks will resume on Friday," a State Department spokesperson said.',
            "State Department",
        ),
        (
            '"We will vote on Tuesday," Senate Majority Leader John Thune told reporters.',
            "John Thune",
        ),
        (
            '"The rules will apply from Jan. 1," the European Commission said in a statement.',
            "the European Commission",
        ),
        (
            '"We expect the deal to close in March," said Amy Hood, Microsoft\'s finance chief.',
            "Amy Hood",
        ),
        ('"The store will reopen on Friday," a spokeswoman for Target said.', "Target"),
        ('"We will strike on Monday," the union said.', "the union"),
        ('"Talks will resume on Friday," officials said.', None),
        ("An Israeli official said the hostage would be handed over on Monday.", None),
        ("A Kremlin source said the talks would resume on Friday.", None),
        (
            "A Qatari government spokesman said the talks would resume on Friday.",
            "the Qatari government",
        ),
        (
            "A Chinese foreign ministry spokesman said the talks would resume on Friday.",
            "the Chinese foreign ministry",
        ),
        ("Officials from other countries said the talks would resume on Friday.", None),
        ("Most of the analysts polled by Reuters expect a rate cut in December.", "analysts"),
        ("Siblings will inherit the estate on Jan. 1.", None),
        ("Kim's spokesman said the minister would visit Kyiv on Friday.", "Kim"),
    ],
)
def test_speaker(text: str, speaker: str | None) -> None:
    found = _speakers(text)
    assert found
    assert all(s == speaker for s in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Voters will return to the polls two days before the Dec. 8 runoff.", "event"),
        ("Voters will go to the polls on Sunday.", "event"),
        ("Voters head to the polls on Sunday in the first round.", "event"),
        ("Residents will return to the polls in March for a second referendum.", "event"),
        # near misses: opinion polls forecast, and a return that is no vote
        ("The company will return the money by Friday, it said.", "promise"),
        ("Workers will return to the plant by Monday, the union pledged.", "promise"),
        ("The airline said it would return to profit in 2026.", "promise"),
    ],
)
def test_kind(text: str, kind: str) -> None:
    found = extract_claims(text, WEDNESDAY, NEW_YORK)
    assert found
    assert str(found[-1].kind) == kind
