"""Claim kinds on sentences written for these tests: promise, deadline, prediction, event."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.parse.claims import extract_claims
from tracker.parse.kinds import _strike_dated, classify, clause_span

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
        # a forecast of what a scheduled occasion brings is a forecast, dated by the occasion
        ("Analysts are tipped to see a rate cut when the council meets on Thursday.", "prediction"),
        # the date belongs to the scheduled occasion, not to the forecast around it
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


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what a relative clause after the date says does not classify the date
        (
            "Central bank governors open a three-day meeting on Tuesday at which they are "
            "expected to approve a new reserve currency basket.",
            "event",
        ),
        # forecasts that are only published
        ("The bank's new growth projections will be released at 10 a.m. on Thursday.", "event"),
        # "bet" as a noun is no forecast
        (
            "Lumen will show its first electric ferry to buyers on Friday, the company's bet on "
            "a cleaner coastal fleet.",
            "event",
        ),
        # active "expected the deal to": a forecast
        (
            "The chief executive said he expected the merger to close in the third quarter.",
            "prediction",
        ),
        # one country overtaking another is a forecast, not a commitment
        (
            "Vietnam will overtake Thailand as the region's top rice exporter next year, the "
            "agency said.",
            "prediction",
        ),
        # what a measure is said to achieve is a forecast
        (
            "The finance minister presented a fuel tax cut, a measure he said would help lower "
            "prices by the end of the year.",
            "prediction",
        ),
        # an imposition on others makes a deadline of the dates after it, not before it
        (
            "The commission will propose rules by June requiring airlines to publish their fees.",
            "promise",
        ),
        (
            "The ministry will require importers to register every shipment by 2027, rising to "
            "full tracking by 2030.",
            "deadline",
        ),
        # the penalty an ultimatum names
        (
            "The regulator gave the banks until Friday to file their plans, warning that those who "
            "failed would face fines of up to 2% of turnover starting in April.",
            "deadline",
        ),
        # a reported commitment, with "told reporters" and a long title after it
        (
            "Health workers will vaccinate 200,000 children in the province by Thursday, the "
            "region's chief medical officer Ravi Menon told reporters.",
            "promise",
        ),
        # a closure on a set day is a measure taking effect, whoever orders it
        ("The retailer said its stores would be closed on Easter Sunday.", "event"),
        # a promise in so many words outweighs the condition or cut-off it names
        (
            "The union leader has vowed that dock workers will walk out on June 3 if the ports "
            "do not raise their pay offer.",
            "promise",
        ),
        ("The premier has promised that the curfew will expire on Sunday.", "promise"),
    ],
)
def test_kind_cues_in_wire_copy(text: str, kind: str) -> None:
    assert kinds(text)[-1] == kind


@pytest.mark.parametrize(
    ("sentence", "date", "kind"),
    [
        # a scheduled thing named by its date is an event, whatever hedges the sentence
        (
            "The bill may be the last one passed before next month's regional elections.",
            "next month",
            "event",
        ),
        (
            "She vowed to stay in the race, whatever happens in Tuesday's primary in Ohio.",
            "Tuesday",
            "event",
        ),
        # a scheduled thing that runs until the date
        (
            "The watch maker said it would show two new models at the trade fair, which runs "
            "until Sunday.",
            "Sunday",
            "event",
        ),
    ],
)
def test_classify_scheduled_things(sentence: str, date: str, kind: str) -> None:
    at = sentence.index(date)
    found = classify(sentence, at, at + len(date))
    assert found is not None
    assert str(found[0]) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a strike on a condition is the union's promise; an unconditional one is scheduled
        (
            "Bus drivers in Leeds will go on strike on Thursday unless the operator improves "
            "its pay offer, their union said.",
            "promise",
        ),
        (
            "Port workers will walk out on Friday if no agreement is reached, the union said.",
            "promise",
        ),
        (
            "The pilots' union said it would stage a two-day strike from March 12 to March 13.",
            "event",
        ),
        # the date of the condition is a cut-off, not the strike's date
        (
            "Cleaners will strike at two hospitals if no deal is reached by 6 p.m. on Friday.",
            "deadline",
        ),
        # striking a deal is no strike
        ("The ministry aims to strike a trade deal with Chile by June.", "promise"),
        # a speech, however long its name, is scheduled
        (
            "The governor will deliver her annual State of the Region address on Thursday.",
            "event",
        ),
        # "all but guaranteed to" is certainty, not a pledge
        (
            "She is all but guaranteed to take the chair when the assembly convenes on March 20.",
            "event",
        ),
        (
            "The Senate votes on Tuesday on a bill to avoid a shutdown when current funding "
            "expires.",
            "event",
        ),
        # a window for the public that closes, a record date, a consultation
        ("Online registration for the city marathon closes on Friday.", "deadline"),
        (
            "The dividend goes to holders of record at the close of trading on March 15.",
            "deadline",
        ),
        (
            "The regulator said it would accept comments on the proposed fee cap until April 30.",
            "deadline",
        ),
        # a rule that applies from a date takes effect then; a demand stays an ultimatum
        (
            "Parliament passed a law that will require landlords to fit smoke alarms from "
            "October 2025.",
            "event",
        ),
        (
            "The rebels rejected the demand that they accept a truce starting Monday.",
            "deadline",
        ),
        # what a finished thing should be by then is a forecast
        ("The new stadium should be ready by 2027, the city said.", "prediction"),
        # an attribution that closes the sentence covers its first clause
        (
            "From Monday, Corvo Foods will cut prices on bread, and its loyalty card will be "
            "free, Ana Ruiz, head of the grocery unit, said in a statement.",
            "promise",
        ),
        # an opening phrase with its own cue is not the main clause
        (
            "With two parties vowing to vote no, the bill is widely expected to fail on Thursday.",
            "prediction",
        ),
        # two names joined by "and" are one clause
        (
            "The shares are expected to start trading in Frankfurt and the Paris bourse on "
            "May 5, and buyers have until Friday to apply.",
            "prediction",
        ),
        # an outcome the speaker wants by a date is its own goal; wanting others to act is a
        # demand
        ("The mayor said she wanted the new tram line running by 2028.", "promise"),
        ("The premier said he wanted the rebels to lay down their arms by Sunday.", "deadline"),
        # a term of a deal to be met within a period
        ("Under the accord, both armies are to pull back within 30 days.", "deadline"),
    ],
)
def test_kind_of_news_classes(text: str, kind: str) -> None:
    assert kinds(text)[0] == kind


def test_subordinate_clause_with_its_own_verb_is_its_own() -> None:
    text = (
        "The envoy will visit Seoul later this month, her last trip before her term as envoy "
        "expires at the end of the month."
    )
    assert kinds(text) == ["event", "deadline"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a sentencing, a statement to parliament and polling day are scheduled
        ("Judge Ana Ruiz said she would pronounce the sentence at 10 a.m. on Thursday.", "event"),
        (
            "The chancellor will make a statement to MPs on Tuesday afternoon, the Treasury said.",
            "event",
        ),
        # "aimed to" is the actor's own aim
        ("The regulator said it aimed to publish its final rules by September.", "promise"),
        # a lockout or a strike a union starts on a condition is its promise; unconditional,
        # it is scheduled
        (
            "The airline replied with a notice that it would lock its pilots out from 6 a.m. on "
            "Friday if the union did not accept.",
            "promise",
        ),
        (
            "Teachers would begin an indefinite strike on Monday unless the government raised "
            "its offer, the union said.",
            "promise",
        ),
        ("Rail workers will launch an open-ended strike on Thursday.", "event"),
        # a storm striking a place is forecast, not industrial action
        (
            "Hurricane Zeta is forecast to strike Florida as a major storm on Sunday, forecasters "
            "said.",
            "prediction",
        ),
        ("The typhoon is expected to strike the coast on Tuesday.", "prediction"),
        # what the weather will do is forecast, whoever says it
        ("Forecasters said Storm Olga will bring winds of up to 80mph on Saturday.", "prediction"),
        ("The typhoon will make landfall on Tuesday night, the weather agency said.", "prediction"),
        # an agreement that runs until a date expires then; a fair that runs until then is on
        (
            "Under the plea agreement, which runs until June 30, 2026, prosecutors will drop the "
            "charges.",
            "deadline",
        ),
        ("The tenants' lease runs until March 31, the council said.", "deadline"),
        # windows for the public that close
        (
            "Collectors can hand in unlicensed rifles until the national gun amnesty ends at "
            "midnight on Sunday.",
            "deadline",
        ),
        ("The league's winter transfer window closes on Feb. 1.", "deadline"),
        # a duty with a cut-off; "pledges" as a noun is no pledge made
        (
            "Under the accord, countries are supposed to file updated climate pledges by 2025.",
            "deadline",
        ),
        ("She vows the plant will reopen by March.", "promise"),
        # "before" a body is a place, not a cut-off
        ("The draft budget is due to be laid before Parliament on Thursday.", "event"),
        ("The minister will appear before a parliamentary committee on Tuesday.", "event"),
        ("The tax must be paid before the end of March.", "deadline"),
        # an attribution whose name has a lower-case particle still closes the clause
        (
            "Ghana will raise fuel duties by 5% from 1 July, Finance Minister Kofi al-Mensah "
            "said on Monday.",
            "promise",
        ),
        (
            "The bloc will impose duties on steel from 1 July, Commission President Ursula von "
            "der Leyen said.",
            "promise",
        ),
    ],
)
def test_kind_of_round_four_classes(text: str, kind: str) -> None:
    assert kinds(text) == [kind]


def test_scheduled_thing_after_before_is_its_own_date() -> None:
    text = (
        "Postal votes will be counted on 3 May, two days before polling day on 5 May, the "
        "election board said."
    )
    assert kinds(text) == ["event", "event"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a strike on a weekday or a date is industrial action; on a target, an attack
        ("Nurses said they would strike Thursday.", "event"),
        ("Pilots plan to strike Aug. 20.", "event"),
        ("Hospital porters will strike at St Anne's on Monday.", "event"),
        (  # a government's "X unless Y", not a union's conditional strike
            "The army will begin strikes on rebel positions on Friday if the ceasefire does not "
            "hold.",
            "deadline",
        ),
        ("The storm is forecast to strike the Gulf coast on Friday.", "prediction"),
        # a licence or charter that runs until the date lapses then
        ("The guild's licence, which is valid until June 30, cannot be renewed.", "deadline"),
        ("The judge will rule before her term ends on March 31.", "deadline"),
        # set-piece addresses and sittings, tours and reopenings on a set day are scheduled
        ("The prime minister will give a televised statement on Tuesday evening.", "event"),
        ("The king will address the nation on Sunday, the palace said.", "event"),
        ("The senate will sit late on Thursday to pass the bill, its leader said.", "event"),
        ("The governor will tour the flooded towns on Saturday.", "event"),
        ("The museum will reopen to the public on Wednesday, the city said.", "event"),
        ("The shortlist will be announced on March 15, the jury said.", "event"),
        ("The district said all of its schools would be closed on Thursday.", "event"),
        (
            "The TV licence will stay frozen, with rises in line with inflation resuming from "
            "April 2025, the minister said.",
            "event",
        ),
        # ... but reopening within a period is a commitment
        ("The bridge would reopen to traffic within two weeks, the governor said.", "promise"),
        (
            "The utility said that by 2040 it would have replaced every pipe it has installed "
            "since 1950.",
            "promise",
        ),
        (
            "The mayor said he wanted the tram lines merged into the city network before the end "
            "of the decade.",
            "promise",
        ),
        # a date put first belongs to the clause after it
        ("Starting in July, the chip maker will extend its buyback programme to bonds.", "promise"),
        ("Next month, the airline will add three routes to Lisbon.", "promise"),
        # forecasts: of what a scheduled occasion brings, of the weather, by forecasters
        ("Traders expect a rate rise when the central bank meets on Thursday.", "prediction"),
        ("The weather service said the strongest gusts would ease on Friday.", "prediction"),
        ("Bookmakers make the Irish horse the favourite to win on Saturday.", "prediction"),
        (
            "Forecasters said Storm Kai, moving in from the Atlantic, would bring heavy rain to "
            "Wales on Friday.",
            "prediction",
        ),
        (
            "Meteorologists warn of snowfall of up to 30 cm, with drifts of a metre, through next "
            "Tuesday.",
            "prediction",
        ),
        ("The union said the pay freeze would leave nurses worse off by next year.", "prediction"),
        # "see it as" is a view; "much-anticipated" an adjective: neither is a forecast
        (
            "Both parties see the race as a test for the referendum that will be held on May 3.",
            "event",
        ),
        ("The much-anticipated sequel will be released on June 6, the studio said.", "event"),
        (
            "Fans will queue for tickets when the club opens sales on Friday, less than two "
            "weeks after it lost a final that analysts had forecast it would win.",
            "event",
        ),
        # those who have not complied face the sanction: an ultimatum
        (
            "The city will fine drivers who have not registered their cars by June 30, officials "
            "said.",
            "deadline",
        ),
        (
            "Teachers who have not registered will be barred from classrooms from Sept. 1.",
            "deadline",
        ),
        # "by" an amount or an agent is no cut-off; "by the close of ... on" is
        ("The plan will be approved by the board on Friday.", "event"),
        ("Traders must close positions by the close of trading on Friday.", "deadline"),
    ],
)
def test_kind_of_round_five_classes(text: str, kind: str) -> None:
    assert kinds(text) == [kind]


def test_by_an_amount_is_no_cut_off() -> None:
    text = "Bills will go up by 5% in April and by the same again in April 2025."
    assert kinds(text) == ["event", "event"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a thing wanted of others by a date is a cut-off, not the speaker's goal
        ("The unions want a meeting with the minister by Friday.", "deadline"),
        ("Investors want clarity on pricing by the end of the month.", "deadline"),
        # what forecasters say is scheduled is still scheduled
        ("Analysts said the company will report second-quarter results on Aug. 20.", "event"),
        ("Economists say the central bank will meet on Sept. 17 to set rates.", "event"),
        ("Analysts said the central bank will announce its decision on Thursday.", "event"),
        # a term that ends is an event; before it ends, a cut-off (see round four)
        ("The summer term ends on July 18, the school said.", "event"),
        ("His contract ends on June 30 and he will join Chelsea.", "event"),
        # those who have not paid or registered face nothing here
        (
            "Fans who have not paid for tickets will be able to watch the match on a big screen "
            "on Saturday.",
            "event",
        ),
        ("Staff who have not complied will be put on leave from Nov. 1.", "deadline"),
        # what a policy will create or mean is what it does on the date; a cost needs a sum
        ("The new law will create a national fraud office on Jan. 1.", "event"),
        (
            "The rule change will mean shops can open on Sundays from Sept. 1, the council said.",
            "event",
        ),
        ("The tax cut will save jobs from April, the minister said.", "event"),
        (
            "The tariff cut would cost the Treasury $4 billion next year, the ministry said.",
            "prediction",
        ),
        # "anticipated" before a noun is an adjective, whatever adverb comes before it
        ("The hotly anticipated sequel will be released on June 6, the studio said.", "event"),
        ("The long anticipated report will be published on Thursday.", "event"),
        ("The board anticipates a loss in the third quarter.", "prediction"),
        # a walkout is industrial action, whoever reports it
        (
            "Locomotive engineers will walk off the job at 12:01 a.m. on Friday unless a deal is "
            "reached, the union said.",
            "promise",
        ),
    ],
)
def test_kind_of_ordinary_sentences(text: str, kind: str) -> None:
    assert kinds(text) == [kind]


def test_should_of_a_measure_is_no_forecast() -> None:
    # "rates should be cut" is what the union wants, not what it forecasts
    assert kinds("Interest rates should be cut in September, the union said.") != ["prediction"]


@pytest.mark.parametrize(
    ("text", "labour"),
    [
        # who strikes is named after whoever reports it
        ("Staff at the embassy said Israel would strike Iran on Friday.", False),
        ("Workers said the army would strike the town on Friday.", False),
        ("The union said its members would strike Heathrow on Friday.", True),
        ("Pilots at the airline will strike on Friday and Saturday.", True),
    ],
)
def test_strike_is_industrial_action_by_who_strikes(text: str, labour: bool) -> None:
    at = text.index(" on Friday") + len(" on ")
    lo, _ = clause_span(text, at, at + 6)
    assert _strike_dated(text, lo, at) is labour
