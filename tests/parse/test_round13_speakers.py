"""Speakers and kinds, round thirteen: a consequence stops before the attribution that closes
it; "according to the bank's statement" names the bank; a place's own body opening a sentence
is the body ("Sweden's Riksbank"), not the place; a live blog's time stamp is no part of the
entry's subject; a measure in force that runs until a date, and debt falling due, are
deadlines (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.parse.helpers import claims, speakers
from tracker.parse.kinds import classify, consequence


def _kind(sentence: str, date: str) -> str | None:
    at = sentence.index(date)
    found = classify(sentence, at, at + len(date))
    return found[0].value if found else None


def _consequence(sentence: str) -> str | None:
    return consequence(sentence, sentence.index("day") + 3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "If Kyiv does not agree to a truce by Friday, it will face sanctions, Trump warned.",
            "it will face sanctions",
        ),
        ("Iran must comply by Friday or face sanctions, the envoy said.", "face sanctions"),
        (
            "Tenants must pay by Monday; otherwise, they will be evicted, the landlord said.",
            "they will be evicted",
        ),
        ('"Pay by Friday or face the consequences," Kim said.', "face the consequences"),
        (
            "Firms must file by Tuesday, failing which they will be fined, the regulator "
            "warned on Monday.",
            "they will be fined",
        ),
        ("Firms must file by Tuesday or face fines, said Jo Kim, the regulator.", "face fines"),
        (
            "Banks must repay by Thursday or face penalties, the central bank said in a "
            "statement on Tuesday.",
            "face penalties",
        ),
    ],
)
def test_consequence_leaves_out_the_attribution(sentence: str, expected: str) -> None:
    assert _consequence(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Firms must file by Tuesday or face fines of up to 10% of turnover, higher "
            "levies and a ban.",
            "face fines of up to 10% of turnover, higher levies and a ban",
        ),
        (
            "Kyiv must agree by Friday or face what officials said were severe penalties.",
            "face what officials said were severe penalties",
        ),
        (
            "Firms must file by Tuesday or risk losing their licences, which regulators said "
            "would be final.",
            "risk losing their licences, which regulators said would be final",
        ),
        (
            "If talks fail by Monday, the league will be shut down, a blow that analysts "
            "warned could cost billions.",
            "the league will be shut down, a blow that analysts warned could cost billions",
        ),
    ],
)
def test_consequence_keeps_a_report_inside_it(sentence: str, expected: str) -> None:
    assert _consequence(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new rules apply from May 15, according to the ministry's statement.", "the ministry"),
        (
            "The Transport Workers Union has called a strike. The walkout will begin on Friday, "
            "according to the union's website.",
            "the Transport Workers Union",
        ),
        (
            "Acme Corp. reported a loss. Its shares will be delisted on June 3, according to "
            "the company's regulatory filing.",
            "Acme",
        ),
        (
            "The toll will rise on April 1, according to the agency's published schedule.",
            "the agency",
        ),
    ],
)
def test_according_to_a_bodys_document(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The plant will close on June 3, according to the company's chief executive.",
        "The talks will resume on Monday, according to the party's leader.",
        "The fund will be wound up on June 3, according to the company's critics.",
        "The vote is on Monday, according to the union's rulebook.",
    ],
)
def test_according_to_a_bodys_people_or_other_things(text: str) -> None:
    assert speakers(text)[-1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "STOCKHOLM - Sweden's Riksbank cut its rate to 3.75% on Wednesday and said it "
            "expected to lower borrowing costs twice in the second half of the year.",
            "Riksbank",
        ),
        (
            "Germany's Lufthansa cut its outlook on Tuesday. It said it would cut 500 jobs by "
            "the end of June.",
            "Lufthansa",
        ),
        (
            "Japan's Toyota cut its forecast. It said it would cut output by the end of June.",
            "Toyota",
        ),
        (
            "France's Renault reported a loss. It said it would close the plant by the end of "
            "June.",
            "Renault",
        ),
    ],
)
def test_a_places_own_body_is_the_body(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NASA's Ingenuity helicopter will attempt a flight on Monday, the space agency said.",
            "NASA",
        ),
        (
            "Apple's Vision Pro headset will go on sale on Feb. 2, the company said.",
            "Apple",
        ),
        (
            "Tesla's Cybertruck missed its target. It said deliveries would start by the end "
            "of June.",
            "Tesla",
        ),
        (
            "Boeing's Starliner capsule returned empty. It said the next crew would fly by the "
            "end of June.",
            "Boeing",
        ),
    ],
)
def test_a_bodys_product_is_not_the_body(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "11:55: Interior Minister Bruno Retailleau, who toured the capital on Monday, said a "
        "curfew would be imposed starting on Tuesday.",
        "Cyclone Chido hit on Saturday. 20:38 GMT - Bruno Retailleau, the interior minister, "
        "said schools would reopen on Tuesday.",
        "09.15 BST: Interior Minister Bruno Retailleau said schools would reopen on Tuesday.",
        "At 11:55, Interior Minister Bruno Retailleau said schools would reopen on Tuesday.",
    ],
)
def test_a_live_blogs_time_stamp_is_no_name(text: str) -> None:
    assert speakers(text)[-1] == "Bruno Retailleau"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The pilot runs until Jan. 31, 2026.", "Jan. 31"),
        (
            "A ban on short selling of all listed shares takes effect on Monday and will run "
            "until the end of June next year, the regulator said.",
            "the end of June",
        ),
        ("The curfew will remain in force until Aug. 27.", "Aug. 27"),
        ("The relief scheme lasts until March 31, the treasury said.", "March 31"),
        ("Lebanon would suspend payment of a Eurobond that matures on Monday.", "Monday"),
        ("Two more Eurobonds fall due this year.", "this year"),
        ("The notes mature in March 2027.", "March 2027"),
        ("The government must repay $2 billion of debt maturing in June.", "June"),
    ],
)
def test_a_measure_or_a_debt_lapsing_is_a_deadline(sentence: str, date: str) -> None:
    assert _kind(sentence, date) == "deadline"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The festival runs until Sunday.", "Sunday"),
        ("The exhibition runs until May 3.", "May 3"),
        ("The trial runs until Friday.", "Friday"),
        ("The program will air on Monday.", "Monday"),
        ("The company will publish its maturing strategy on Monday.", "Monday"),
        ("The bank will pay its dividend when the bond market matures next year.", "next year"),
        ("The treasury will auction new 10-year notes on Tuesday.", "Tuesday"),
    ],
)
def test_what_only_runs_or_matures_otherwise_is_no_deadline(sentence: str, date: str) -> None:
    assert _kind(sentence, date) != "deadline"


def test_keeping_a_measure_stays_a_promise() -> None:
    sentence = "Kim said the company will keep the freeze until the end of June."
    assert _kind(sentence, "the end of June") == "promise"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US Supreme Court, in a 5-4 decision, ruled that absentee ballots must be "
            "postmarked by Tuesday to count.",
            "the US Supreme Court",
        ),
        (
            "The Supreme Court ruled on Monday that the state must redraw its map by Jan. 15.",
            "the Supreme Court",
        ),
        (
            "Judge Amy Berman Jackson ruled that the agency must restore the grants by Friday.",
            "Amy Berman Jackson",
        ),
        ("Governor Jo Kim imposed a curfew that will last until Sunday.", "Jo Kim"),
        (
            "Kais Saied dismissed the government. In a decree, he also imposed a curfew that "
            "will remain in force until Aug. 27.",
            "Kais Saied",
        ),
    ],
)
def test_a_ruling_or_an_imposed_measure_names_its_author(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Restrictions imposed on Monday will last until Friday.",
        "Restrictions imposed last week will be lifted on Friday.",
        "Tariffs imposed by Washington will take effect on Friday.",
        "The court ruled out a delay and the vote will go ahead on Sunday.",
        "Sanctions imposed in March will expire on Friday.",
    ],
)
def test_imposed_or_ruled_in_another_sense_names_no_one(text: str) -> None:
    assert speakers(text)[-1] is None


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Microsoft will be carbon negative by 2030.", "2030"),
        ("The company will be debt-free by the end of 2026.", "the end of 2026"),
        ("Toyota will be fully electric in Europe by 2035.", "2035"),
        ("The government will be in surplus by 2027.", "2027"),
    ],
)
def test_an_actors_own_state_by_a_date_is_a_promise(sentence: str, date: str) -> None:
    assert _kind(sentence, date) == "promise"


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        ("It will be too late to act by Friday.", "Friday", "deadline"),
        ("The bank would be forced to sell by March.", "March", "deadline"),
        ("The firms will be required to comply by Friday.", "Friday", "deadline"),
        ("The ministry will be closed until Monday.", "Monday", "deadline"),
        ("Kyiv will be given until Friday to respond.", "Friday", "deadline"),
        ("Jo Kim will be sentenced by Friday.", "Friday", "event"),
    ],
)
def test_a_state_imposed_or_lasting_is_no_promise(sentence: str, date: str, expected: str) -> None:
    assert _kind(sentence, date) == expected


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The full Senate will begin debating the nomination on Friday, Kim said.", "Friday"),
        ("Deutsche Bahn said it would start selling the ticket on Monday.", "Monday"),
        ("Apple will begin taking orders for the watch on April 10, Tim Cook said.", "April 10"),
        ("The union said members would start voting on the offer on Monday.", "Monday"),
        ("Lufthansa said it would restart its Munich-Seoul service on April 4.", "April 4"),
        ("Qantas said it would resume direct flights to Santiago on March 3.", "March 3"),
        ("The airline plans to resume flights to Guam from July 1, its spokesman said.", "July 1"),
        ("The NTSB will brief reporters at 4 p.m. on Sunday, Homendy said.", "Sunday"),
        ("The minister said she would brief lawmakers on Thursday.", "Thursday"),
    ],
)
def test_a_scheduled_activity_starting_is_an_event(sentence: str, date: str) -> None:
    assert _kind(sentence, date) == "event"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The government said it would start charging tariffs on Friday.", "Friday"),
        (
            "The company said it would start selling off its Asian units by the end of the year.",
            "the end of the year",
        ),
        ("The fund said it would start selling its stakes in oil firms in May.", "May"),
        ("The company said it would resume production on Monday.", "Monday"),
        ("The company said it would resume dividend payments in March.", "March"),
        ("The airline said it would cut flights to Guam from July 1.", "July 1"),
        ("The lawyers said they would file a brief on Friday.", "Friday"),
    ],
)
def test_a_commitment_near_those_words_stays_a_promise(sentence: str, date: str) -> None:
    assert _kind(sentence, date) == "promise"


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        (
            "Morrison said he wanted as many as possible of the roughly 26,000 Australians "
            "stranded overseas home by Christmas.",
            "Christmas",
            "promise",
        ),
        ("The mayor wants all of the city's 1,200 lead pipes replaced by 2030.", "2030", "promise"),
        ("She wants the unions to end the strike by Friday.", "Friday", "deadline"),
        (
            "The regulator wants banks that missed the target last year to report by Friday.",
            "Friday",
            "deadline",
        ),
        ("The unions want a meeting with the minister by Friday.", "Friday", "event"),
        (
            "Investors want clarity on the plan, which was unveiled in March, by Friday.",
            "Friday",
            "event",
        ),
    ],
)
def test_an_outcome_wanted_by_a_date_however_long_its_object(
    sentence: str, date: str, expected: str
) -> None:
    assert _kind(sentence, date) == expected


def test_an_activity_started_by_a_period_stays_a_commitment() -> None:
    text = (
        "Carmaker Volta said on Monday it would begin selling its electric van by the end of June."
    )
    assert [c.kind.value for c in claims(text)] == ["promise"]
