"""Tuning passages written blind: business, economics and markets (central bank decisions, earnings and data releases, mergers and deal deadlines, tariffs and trade, strikes and labour talks, product launches, bankruptcies and restructurings, forecasts by analysts and institutions) written as wire copy, market reports, analysis and newsletters. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    _res,
    by_year,
    early_year,
    half,
    in_days,
    in_month,
    in_year,
    md,
    md_span,
    month_named_end,
    next_wd,
    no_claim_adder,
    passage_adder,
    rest_of_month,
    wd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


def years(y1, y2):
    """'in 2020 and 2021': one measure over consecutive years, the whole span."""
    def f(p):
        lo, hi = dt.date(y1, 1, 1), dt.date(y2, 12, 31)
        return _res(lo, hi, f"years {y1}..{y2} = {lo}..{hi}")
    return f


# ===========================================================================
# Bankruptcies and restructurings

P(
    "ta-pge-chapter-11-notice-2019",
    "2019-01-14 16:30",
    "America/Los_Angeles",
    "SAN FRANCISCO (Reuters) - PG&E Corp said on Monday it intends to file for Chapter 11 bankruptcy protection on or "
    "about Jan. 29, as California's largest utility buckles under wildfire liabilities from 2017 and 2018 that it has "
    "estimated could exceed $30 billion. The company gave the notice 15 days ahead, as a California law requires, and "
    "said it did not expect electricity or gas service to its 16 million customers to be disrupted. Chief Executive "
    "Geisha Williams stepped down on Sunday, and General Counsel John Simon was named interim CEO. The shares lost about "
    "half their value on Monday, while state investigators have yet to say whether the company's equipment started "
    "last November's Camp Fire, which killed 86 people.",
    [
        C("it intends to file for Chapter 11 bankruptcy protection on or about Jan. 29", "on or about Jan. 29",
          md(1, 29), "promise", "PG&E", real="2019-01-29"),
    ],
    "PG&E announcement of Monday 14 January 2019 (15-day notice); it filed on 29 January 2019. Williams resigned on "
    "Sunday 13 January (past). The 2017 and 2018 wildfire years and 'last November' (November 2018) are background; "
    "'15 days ahead' is the notice period, not a separate claim. The filing is the company's commitment to its own "
    "action, so a promise.",
    ["explicit-date", "past-weekday", "said-on-day", "number-like-date", "past-month"],
)

P(
    "ta-yes-bank-moratorium-2020",
    "2020-03-06 20:00",
    "Asia/Kolkata",
    "MUMBAI - Depositors queued outside Yes Bank branches and cash machines on Friday after the Reserve Bank of India "
    "seized control of the struggling lender late on Thursday and capped withdrawals at 50,000 rupees per account until "
    "April 3. On Friday evening the central bank published a draft rescue plan under which State Bank of India would "
    "buy up to 49% of a reconstituted Yes Bank, and it gave the public until Monday to send in comments. Governor "
    "Shaktikanta Das told reporters the reconstruction would be finished well before the 30-day moratorium ran out, "
    "and Finance Minister Nirmala Sitharaman said every depositor's money was safe. Federal investigators searched the "
    "Mumbai home of the bank's founder, Rana Kapoor, on Friday.",
    [
        C("capped withdrawals at 50,000 rupees per account until April 3", "until April 3", md(4, 3), "deadline",
          "the Reserve Bank of India"),
        C("it gave the public until Monday to send in comments", "until Monday", wd("Monday"), "deadline",
          "the Reserve Bank of India", real="2020-03-09"),
    ],
    "RBI moratorium on Yes Bank imposed on Thursday 5 March 2020 until 3 April 2020 (a measure in force by order that "
    "lapses on a date: deadline; it was in fact lifted early, on 18 March, so no real date is recorded); draft "
    "reconstruction scheme published 6 March with comments invited until Monday 9 March. Das's 'well before the "
    "30-day moratorium ran out' only refers back to the labelled April 3 cut-off (implicit date), so it is not "
    "labelled again.",
    ["past-weekday", "said-on-day", "number-like-date", "explicit-date", "duration"],
)

P(
    "ta-country-garden-grace-2023",
    "2023-08-10 21:00",
    "Asia/Hong_Kong",
    "HONG KONG - Country Garden Holdings, until recently regarded as one of the safest of China's big developers, "
    "warned on Thursday that it expects a net loss of up to 55 billion yuan for the first half of the year, days after "
    "it missed two coupon payments on US dollar bonds. The interest, totalling $22.5 million, fell due on Aug. 6, and "
    "the developer has until Sept. 5, the end of a 30-day grace period, to pay before bondholders can declare a "
    "default. The company said it would publish its interim results by the end of August, as Hong Kong listing rules "
    "require, and apologised to investors. Its shares have lost more than half their value since January.",
    [
        C("the developer has until Sept. 5, the end of a 30-day grace period, to pay", "until Sept. 5", md(9, 5),
          "deadline", None),
        C("it would publish its interim results by the end of August", "by the end of August", month_named_end(8),
          "event", "Country Garden Holdings", real="2023-08-30", real_le=True),
    ],
    "Country Garden profit warning of Thursday 10 August 2023; coupons due 6 August 2023 with a 30-day grace period "
    "(paid at the start of September, so no exact real date recorded). Interim results released 30 August 2023. "
    "'the first half of the year' is a past reporting period; 'Aug. 6' is past. A results release is an event "
    "(README kinds) even with 'by'.",
    ["end-of-month", "explicit-past-date", "explicit-date", "duration", "number-like-date"],
)

P(
    "ta-bbby-chapter-11-2023",
    "2023-04-23 21:00",
    "America/New_York",
    "Bed Bath & Beyond filed for Chapter 11 bankruptcy protection late on Sunday in New Jersey after months of failed "
    "attempts to raise money, and said it would begin winding down its business. The retailer, once a fixture of "
    "American strip malls, plans to close all 360 of its namesake stores and its 120 buybuy Baby shops by June 30, "
    "according to court papers, though stores will stay open for now and closing sales begin immediately. A first "
    "hearing before a bankruptcy judge in Newark is scheduled for Monday. The company had warned in January that it "
    "might have to file, and its shares have lost more than 90% of their value over the past year.",
    [
        C("plans to close all 360 of its namesake stores and its 120 buybuy Baby shops by June 30", "by June 30",
          md(6, 30), "promise", "Bed Bath & Beyond"),
        C("A first hearing before a bankruptcy judge in Newark is scheduled for Monday", "for Monday", wd("Monday"),
          "event", None, real="2023-04-24"),
    ],
    "Bed Bath & Beyond Chapter 11 filing of Sunday 23 April 2023 (District of New Jersey), with store closures "
    "planned by 30 June 2023; first-day hearing Monday 24 April. 'according to court papers' attributes the company's "
    "own plan, so the speaker is the company. 'for now', 'immediately' and 'in January' are not dated future claims.",
    ["same-day-future", "explicit-date", "number-like-date", "past-month", "undated-future"],
)

P(
    "ta-ge-three-way-split-2021",
    "2021-11-09 09:00",
    "America/New_York",
    "BOSTON - General Electric will split itself into three public companies focused on aviation, healthcare and "
    "energy, Chief Executive Larry Culp said on Tuesday, the final act in the break-up of what was once America's most "
    "valuable company. GE plans to spin off its healthcare unit in early 2023 and to combine its renewable energy, "
    "power and digital businesses into a company to be spun off in early 2024, leaving GE itself as an aviation "
    "business. Culp, who took over in October 2018 and has since sold the biopharma and aircraft-leasing units, said "
    "the company would also have cut its debt by about $75 billion by the end of 2021. GE was dropped from the Dow "
    "Jones Industrial Average in 2018 after more than a century in the index.",
    [
        C("GE plans to spin off its healthcare unit in early 2023", "in early 2023", early_year(2023), "promise",
          "General Electric", real="2023-01-04"),
        C("into a company to be spun off in early 2024", "in early 2024", early_year(2024), "promise",
          "General Electric", real="2024-04-02"),
        C("the company would also have cut its debt by about $75 billion by the end of 2021", "by the end of 2021",
          by_year(2021), "promise", "Larry Culp"),
    ],
    "GE announcement of Tuesday 9 November 2021: GE HealthCare spun off 4 January 2023, GE Vernova 2 April 2024 "
    "(both within 'early' = January-April). Debt reduction target of about $75 billion since 2018 by the end of 2021 "
    "(reached, no single real date). The spin-off plans are stated in GE's own voice after Culp's attribution; the "
    "debt sentence names Culp. October 2018 and 2018 are background.",
    ["early-year", "same-sentence-claims", "year-end", "number-like-date", "past-month", "said-on-day"],
)

# ===========================================================================
# Mergers and deal deadlines

P(
    "ta-sky-auction-2018",
    "2018-09-21 10:00",
    "Europe/London",
    "LONDON - Comcast and 21st Century Fox are set to settle their battle for Sky in a rare auction run by Britain's "
    "Takeover Panel, the climax of a bidding war that has lasted almost two years. Under rules the panel set out on "
    "Thursday, each bidder must submit a first sealed offer by 5 p.m. on Friday, with further rounds to follow if "
    "needed, and the panel said it would announce the outcome on Saturday evening. Fox, which already owns 39% of Sky "
    "and first tried to take full control in December 2016, last offered £14 a share, while Comcast's bid stands at "
    "£14.75. Whichever company wins, analysts said, may end up paying well over £30 billion for the pay-TV group.",
    [
        C("each bidder must submit a first sealed offer by 5 p.m. on Friday", "by 5 p.m. on Friday",
          wd("Friday", "17:00"), "deadline", "the Takeover Panel", real="2018-09-21"),
        C("the panel said it would announce the outcome on Saturday evening", "on Saturday evening", wd("Saturday"),
          "event", "the Takeover Panel", real="2018-09-22"),
    ],
    "Takeover Panel auction for Sky, set out on Thursday 20 September 2018: first-round bids by 5 p.m. on Friday 21 "
    "September, final rounds and result on Saturday 22 September (Comcast won at £17.28). 'by 5 p.m. on Friday' in "
    "a Friday article is that day. The conditional 'further rounds ... if needed' is undated; 'Whichever company "
    "wins' is hypothetical and 'may' is a modal.",
    ["by-weekday-same-day", "time-local", "same-sentence-claims", "past-weekday", "may-verb", "hypothetical",
     "number-like-date", "past-month"],
)

P(
    "ta-takeda-shire-deadline-2018",
    "2018-04-20 18:00",
    "Asia/Tokyo",
    "TOKYO - Takeda Pharmaceutical has until 5 p.m. on Wednesday, London time, to make a firm offer for Shire or "
    "walk away for six months under British takeover rules, after the Dublin-based drugmaker turned down another sweetened "
    "proposal this week. Takeda, which confirmed its interest on March 28, has not said whether it will raise its bid "
    "again. A deal worth more than $60 billion would be the largest overseas acquisition ever by a Japanese company, "
    "but some Takeda shareholders have questioned whether the Osaka-based group can afford it. Chief Executive "
    "Christophe Weber, who joined from GlaxoSmithKline in 2014, has said repeatedly that the company will stay "
    "disciplined.",
    [
        C("has until 5 p.m. on Wednesday, London time, to make a firm offer for Shire or walk away",
          "until 5 p.m. on Wednesday, London time", zoned(wd("Wednesday"), "17:00", "Europe/London"), "deadline",
          None),
    ],
    "UK Takeover Code 'put up or shut up' deadline for Takeda on Shire: 5 p.m. BST on Wednesday 25 April 2018 = "
    "01:00 JST Thursday 26 April (the due date is the converted Tokyo date). The deadline was extended on 25 April "
    "after Shire backed a fifth proposal, so no real date is recorded. A statutory cut-off has no speaker. 'for six "
    "months' is an unanchored duration; 'March 28' is past.",
    ["time-converted", "date-crossing-conversion", "duration", "explicit-past-date", "hypothetical",
     "number-like-date"],
)

P(
    "ta-stellantis-completion-2021",
    "2021-01-04 19:00",
    "Europe/Paris",
    "PARIS - Shareholders of Peugeot maker PSA and Fiat Chrysler Automobiles approved their merger on Monday, clearing "
    "the last big hurdle to the creation of Stellantis, the world's fourth-largest carmaker by volume. The deal, first "
    "agreed in December 2019 and reworked last year as the pandemic hit car sales, will be completed on Jan. 16, PSA "
    "and FCA said in a joint statement. Stellantis shares will start trading in Milan and Paris on Jan. 18 and on the "
    "New York Stock Exchange on Jan. 19, with PSA boss Carlos Tavares as chief executive and FCA's John Elkann as "
    "chairman. The European Commission cleared the combination in December after the companies offered concessions in "
    "small vans.",
    [
        C("will be completed on Jan. 16", "on Jan. 16", md(1, 16), "event", "PSA and FCA", real="2021-01-16"),
        C("Stellantis shares will start trading in Milan and Paris on Jan. 18", "on Jan. 18", md(1, 18), "event",
          None, real="2021-01-18"),
        C("on the New York Stock Exchange on Jan. 19", "on Jan. 19", md(1, 19), "event", None, real="2021-01-19"),
    ],
    "PSA and FCA extraordinary general meetings of Monday 4 January 2021; merger completed Saturday 16 January, "
    "Stellantis listed in Milan and Paris on 18 January and in New York on 19 January 2021. December 2019, 'last "
    "year' and the Commission's December clearance are background.",
    ["same-sentence-claims", "explicit-date", "past-month", "number-like-date", "said-on-day"],
)

P(
    "ta-ibm-red-hat-2018",
    "2018-10-29 06:30",
    "America/New_York",
    "NEW YORK - IBM has agreed to buy open-source software company Red Hat for about $34 billion including debt, its "
    "biggest acquisition ever, as Chief Executive Ginni Rometty tries to catch up with Amazon and Microsoft in cloud "
    "computing. IBM will pay $190 a share in cash, a 63% premium to Red Hat's closing price on Friday, and said on "
    "Sunday that the deal was expected to close in the second half of 2019, subject to approval by Red Hat "
    "shareholders and regulators. To help pay for it, IBM said it would suspend share buybacks in 2020 and 2021. Red "
    "Hat, founded in 1993 and based in Raleigh, North Carolina, will run as a distinct unit within IBM's hybrid cloud "
    "business under its current chief executive, Jim Whitehurst.",
    [
        C("the deal was expected to close in the second half of 2019", "in the second half of 2019", half(2019, 2),
          "prediction", "IBM", real="2019-07-09"),
        C("IBM said it would suspend share buybacks in 2020 and 2021", "in 2020 and 2021", years(2020, 2021),
          "promise", "IBM"),
    ],
    "IBM-Red Hat agreement announced Sunday 28 October 2018; closed 9 July 2019. Buyback suspension for 2020 and "
    "2021 (one measure over two consecutive years, one claim spanning both). Friday's close and 1993 are background; "
    "'expected to close' forecasts an outcome, hence prediction.",
    ["half", "year-period", "past-weekday", "said-on-day", "number-like-date"],
)

# ===========================================================================
# Tariffs and trade

P(
    "ta-india-retaliatory-tariffs-2019",
    "2019-06-15 22:00",
    "Asia/Kolkata",
    "NEW DELHI - India will impose higher tariffs on 28 US products, including almonds, apples and walnuts, from "
    "Sunday, the finance ministry said in a notification late on Saturday, more than a year after it first announced "
    "the retaliation. New Delhi had put off the duties repeatedly since June 2018, most recently pushing back a May 2 "
    "start date, but the move comes 10 days after Washington ended India's trade privileges under the Generalized "
    "System of Preferences on June 5. Secretary of State Mike Pompeo is due in New Delhi later this month, and Prime "
    "Minister Narendra Modi is scheduled to meet President Donald Trump at the Group of 20 summit in Osaka on June "
    "28-29.",
    [
        C("India will impose higher tariffs on 28 US products, including almonds, apples and walnuts, from Sunday",
          "from Sunday", wd("Sunday"), "promise", "the finance ministry", real="2019-06-16"),
        C("Secretary of State Mike Pompeo is due in New Delhi later this month", "later this month", rest_of_month(),
          "event", None, real="2019-06-25"),
        C("is scheduled to meet President Donald Trump at the Group of 20 summit in Osaka on June 28-29",
          "on June 28-29", md_span(6, 28, 6, 29), "event", None, real="2019-06-28"),
    ],
    "Indian finance ministry notification of Saturday 15 June 2019: retaliatory duties on 28 US goods from Sunday 16 "
    "June (imposing duties = 'will start charging tariffs', a promise per README). The superseded May 2 start date, "
    "June 2018 and the 5 June GSP withdrawal are not claims. Pompeo visited New Delhi 25-27 June 2019; Modi and "
    "Trump met in Osaka on 28 June during the 28-29 June summit (the meeting is given as the summit span).",
    ["superseded-date", "later-this-period", "range", "explicit-past-date", "said-on-day", "number-like-date",
     "same-sentence-claims"],
)

P(
    "ta-us-safeguard-tariffs-seoul-2018",
    "2018-01-23 15:00",
    "Asia/Seoul",
    "SEOUL - South Korea said on Tuesday it would file a complaint with the World Trade Organization after US President "
    "Donald Trump approved steep tariffs on imported washing machines and solar panels, a blow to Samsung Electronics "
    "and LG Electronics. The duties, Washington's first broad safeguard measures since 2002, take effect on Feb. 7 and "
    "start at up to 50% on washers and 30% on solar cells and modules, falling in each of the following years. Trade "
    "Minister Kim Hyun-chong called the decision excessive and said Seoul would consider other options in the coming "
    "weeks. Samsung, which began making washers at a new plant in South Carolina this month, said it would keep hiring "
    "there.",
    [
        C("take effect on Feb. 7", "on Feb. 7", md(2, 7), "event", "Donald Trump", real="2018-02-07"),
    ],
    "Trump's Section 201 safeguard proclamations signed Monday 22 January 2018 (US time), effective 7 February "
    "2018. An ordered measure taking effect is an event with the person who ordered it as speaker (README). The WTO "
    "complaint, 'in the coming weeks' and 'in each of the following years' are undated; 2002 and 'this month' are "
    "background.",
    ["explicit-date", "said-on-day", "undated-future", "number-like-date"],
)

P(
    "ta-canada-steel-retaliation-2018",
    "2018-05-31 17:00",
    "America/Toronto",
    "OTTAWA - Canada will slap tariffs on up to C$16.6 billion of American goods, from steel to maple syrup and "
    "whisky, starting July 1, Foreign Minister Chrystia Freeland said on Thursday, hours after Washington said it "
    "would end Canada's exemption from its metals duties. US Commerce Secretary Wilbur Ross told reporters that "
    "tariffs of 25% on steel and 10% on aluminum from Canada, Mexico and the European Union would take effect at "
    "12:01 a.m. on Friday. Prime Minister Justin Trudeau called the US decision, justified on national security "
    "grounds, an affront to Canadian veterans who had fought alongside Americans. Canada is the largest foreign "
    "supplier of both metals to the United States.",
    [
        C("Canada will slap tariffs on up to C$16.6 billion of American goods, from steel to maple syrup and whisky, "
          "starting July 1", "starting July 1", md(7, 1), "promise", "Chrystia Freeland", real="2018-07-01"),
        C("would take effect at 12:01 a.m. on Friday", "at 12:01 a.m. on Friday", wd("Friday", "00:01"), "event",
          "Wilbur Ross", real="2018-06-01"),
    ],
    "Freeland's announcement of Thursday 31 May 2018 (countermeasures in force 1 July 2018); US Section 232 tariffs "
    "on Canada, Mexico and the EU from 00:01 EDT Friday 1 June 2018. Interpretation: the US measure was ordered by "
    "Trump, who is not named in the passage; the careful-editor reading gives the speaker the sentence names, Ross.",
    ["time-local", "explicit-date", "said-on-day", "number-like-date"],
)

# ===========================================================================
# Strikes and labour talks

P(
    "ta-ryanair-pilots-strike-2018",
    "2018-08-08 18:00",
    "Europe/Dublin",
    "DUBLIN - Ryanair faces the biggest strike in its history on Friday, when pilots in Ireland, Germany, Sweden, "
    "Belgium and the Netherlands walk out over pay and conditions. Germany's Vereinigung Cockpit union said on "
    "Wednesday that its members would stop work for 24 hours from 3:01 a.m. on Friday, German time, joining unions that "
    "announced stoppages last week. The airline said it had cancelled about 400 of the 2,400 flights it had scheduled "
    "across Europe for that day and had contacted affected customers by text and email. Irish pilots, who staged their "
    "first walkout on July 12, will be striking for the fifth time. Chief Executive Michael O'Leary has said the "
    "company will not be held to ransom.",
    [
        C("Ryanair faces the biggest strike in its history on Friday", "on Friday", wd("Friday"), "event", None,
          real="2018-08-10"),
        C("its members would stop work for 24 hours from 3:01 a.m. on Friday, German time",
          "from 3:01 a.m. on Friday, German time", zoned(wd("Friday"), "03:01", "Europe/Berlin"), "event",
          "Vereinigung Cockpit", real="2018-08-10"),
    ],
    "Coordinated Ryanair pilot strikes of Friday 10 August 2018; Vereinigung Cockpit's stoppage from 03:01 CEST = "
    "02:01 IST (Dublin). An unconditional strike is an event. 'for that day' and 'will be striking for the fifth "
    "time' refer back to the labelled Friday strike. July 12 (first Irish walkout) is past.",
    ["time-converted", "said-on-day", "explicit-past-date", "repeated-claim", "number-like-date"],
)

P(
    "ta-uaw-detroit-three-expiry-2023",
    "2023-09-13 09:00",
    "America/Detroit",
    "DETROIT - The United Auto Workers' contracts with General Motors, Ford and Stellantis expire at 11:59 p.m. on "
    "Thursday, and with the two sides still far apart, union President Shawn Fain is preparing to hit the companies "
    "with walkouts at a handful of targeted plants rather than all at once. Fain said he would reveal which factories "
    "were first in line on Wednesday night, in a Facebook Live broadcast to members starting at 10 p.m. Workers at those plants "
    "will walk off the job at 12:01 a.m. on Friday if no agreement has been reached, he said. The union has demanded "
    "pay rises of about 40% over four years, and a strike against all three companies at once would be the first in "
    "its 88-year history.",
    [
        C("The United Auto Workers' contracts with General Motors, Ford and Stellantis expire at 11:59 p.m. on "
          "Thursday", "at 11:59 p.m. on Thursday", wd("Thursday", "23:59"), "deadline", None, real="2023-09-14"),
        C("Fain said he would reveal which factories were first in line on Wednesday night, in a Facebook Live "
          "broadcast to members starting at 10 p.m",
          "on Wednesday night, in a Facebook Live broadcast to members starting at 10 p.m.", wd("Wednesday", "22:00"), "event", "Shawn Fain",
          real="2023-09-13"),
        C("Workers at those plants will walk off the job at 12:01 a.m. on Friday if no agreement has been reached",
          "at 12:01 a.m. on Friday", wd("Friday", "00:01"), "promise", "Shawn Fain", real="2023-09-15"),
    ],
    "UAW master agreements with the Detroit Three expired 11:59 p.m. Thursday 14 September 2023; Fain named the "
    "first three plants in a Facebook Live on Wednesday 13 September at 10 p.m. (same day as publication); the "
    "stand-up strike began at 12:01 a.m. Friday 15 September. A union's strike conditional on bargaining is a "
    "promise; 'he said' is Fain. 'over four years' is a duration, 1935 founding background.",
    ["conditional-threat", "pronoun-speaker", "same-day-future", "time-local", "number-like-date", "hypothetical"],
)

P(
    "ta-gdl-week-long-strike-2015",
    "2015-05-03 17:00",
    "Europe/Berlin",
    "BERLIN - Germany's GDL train drivers' union on Sunday called the longest strike in the history of Deutsche Bahn, "
    "its eighth walkout in a pay dispute that has dragged on since last summer. Freight services will be halted from "
    "3 p.m. on Monday and passenger trains from 2 a.m. on Tuesday, GDL chief Claus Weselsky said. He said the "
    "stoppage would not end before 9 a.m. next Sunday. Deutsche Bahn called the action excessive and said it would "
    "publish an emergency timetable. The previous strike, in April, halted passenger services for about two days, "
    "and Transport Minister Alexander Dobrindt has so far refused to intervene.",
    [
        C("Freight services will be halted from 3 p.m. on Monday", "from 3 p.m. on Monday", wd("Monday", "15:00"),
          "event", "Claus Weselsky", real="2015-05-04"),
        C("passenger trains from 2 a.m. on Tuesday", "from 2 a.m. on Tuesday", wd("Tuesday", "02:00"), "event",
          "Claus Weselsky", real="2015-05-05"),
        C("the stoppage would not end before 9 a.m. next Sunday", "before 9 a.m. next Sunday",
          next_wd("Sunday", "09:00"), "event", "Claus Weselsky", real="2015-05-10"),
    ],
    "GDL strike announced Sunday 3 May 2015: freight from 15:00 Monday 4 May, passengers from 02:00 Tuesday 5 May, "
    "until 09:00 Sunday 10 May 2015. 'next Sunday' in a Sunday article: both readings give 10 May. Unconditional "
    "strike start and end days are events (the end is its own dated statement); 'He said' is Weselsky. April's "
    "strike and 'last summer' are past.",
    ["next-weekday", "same-sentence-claims", "time-local", "pronoun-speaker", "past-month", "said-on-day",
     "undated-future"],
)

# ===========================================================================
# Product launches

P(
    "ta-apple-watch-dates-2015",
    "2015-03-09 12:30",
    "America/Los_Angeles",
    "SAN FRANCISCO - Apple will begin taking orders for its first smartwatch on April 10 and put it on sale in nine "
    "countries on April 24, Chief Executive Tim Cook said on Monday, ending months of speculation about when the "
    "device would ship. Prices will start at $349 for the aluminium Sport model and run to $10,000 or more for the "
    "18-karat gold Edition, first shown to the public last September. Cook also unveiled a 12-inch MacBook weighing "
    "two pounds that goes on sale on April 10, and said HBO's new streaming service would launch on Apple devices in "
    "April. Shoppers will be able to try the watch on in Apple stores from the day orders open.",
    [
        C("Apple will begin taking orders for its first smartwatch on April 10", "on April 10", md(4, 10), "event",
          "Tim Cook", real="2015-04-10"),
        C("put it on sale in nine countries on April 24", "on April 24", md(4, 24), "event", "Tim Cook",
          real="2015-04-24"),
        C("goes on sale on April 10", "on April 10", md(4, 10), "event", "Tim Cook", real="2015-04-10"),
        C("HBO's new streaming service would launch on Apple devices in April", "in April", in_month(2015, 4),
          "event", "Tim Cook", real="2015-04-07"),
    ],
    "Apple 'Spring Forward' event of Monday 9 March 2015: Apple Watch pre-orders 10 April, sale 24 April 2015; "
    "12-inch MacBook on sale 10 April; HBO Now launched 7 April 2015. 'from the day orders open' refers back to April "
    "10 and is not labelled again. Launches are events, attributed to Cook.",
    ["same-sentence-claims", "month-period", "explicit-date", "repeated-claim", "past-month", "number-like-date"],
)

P(
    "ta-xbox-one-x-e3-tokyo-2017",
    "2017-06-12 09:00",
    "Asia/Tokyo",
    "TOKYO - Microsoft will sell its most powerful games console yet, the Xbox One X, for $499 from Nov. 7, the "
    "company said at its E3 briefing in Los Angeles on Sunday, pricing it $100 above Sony's PlayStation 4 Pro. Xbox "
    "chief Phil Spencer said the machine, shown last year under the code name Project Scorpio, would play games in "
    "true 4K resolution. Sony answers with its own showcase at 6 p.m. on Monday, California time, and Nintendo streams a "
    "presentation at 9 a.m. on Tuesday, California time. Sales of the current Xbox in Japan remain tiny, and Microsoft did "
    "not say how many units it hopes to sell here.",
    [
        C("Microsoft will sell its most powerful games console yet, the Xbox One X, for $499 from Nov. 7",
          "from Nov. 7", md(11, 7), "event", "Microsoft", real="2017-11-07"),
        C("Sony answers with its own showcase at 6 p.m. on Monday, California time",
          "at 6 p.m. on Monday, California time",
          zoned(wd("Monday"), "18:00", "America/Los_Angeles"), "event", None, real="2017-06-13"),
        C("Nintendo streams a presentation at 9 a.m. on Tuesday, California time",
          "at 9 a.m. on Tuesday, California time",
          zoned(wd("Tuesday"), "09:00", "America/Los_Angeles"), "event", None, real="2017-06-14"),
    ],
    "Microsoft E3 2017 briefing on Sunday 11 June (PDT), Xbox One X launch 7 November 2017 worldwide including "
    "Japan. Sony's E3 showcase Monday 12 June 18:00 PDT = Tuesday 13 June 10:00 JST; Nintendo Spotlight Tuesday 13 "
    "June 09:00 PDT = Wednesday 14 June 01:00 JST (weekdays resolved in Pacific time, as published in Tokyo on "
    "Monday morning when it is still Sunday evening in California). Real dates recorded as Tokyo dates.",
    ["time-converted", "date-crossing-conversion", "same-sentence-claims", "past-weekday", "number-like-date"],
)

# ===========================================================================
# Central banks, data releases, forecasts

P(
    "ta-riksbank-exits-negative-2019",
    "2019-12-19 10:30",
    "Europe/Stockholm",
    "STOCKHOLM - Sweden's Riksbank raised its benchmark repo rate to zero from minus 0.25% on Thursday, ending almost "
    "five years of negative rates even though inflation has slipped below its 2% target. The new rate takes effect on "
    "Jan. 8, the bank said, adding that it expected to keep it at zero for the next few years. Governor Stefan Ingves "
    "said negative rates had served their purpose, but that households and companies might behave differently if they "
    "came to be seen as permanent. The Riksbank first cut below zero in February 2015. Its next policy announcement "
    "is due on Feb. 12.",
    [
        C("The new rate takes effect on Jan. 8", "on Jan. 8", md(1, 8), "event", "the Riksbank", real="2020-01-08"),
        C("Its next policy announcement is due on Feb. 12", "on Feb. 12", md(2, 12), "event", None,
          real="2020-02-12"),
    ],
    "Riksbank decision of Thursday 19 December 2019 (repo rate 0%, effective 8 January 2020); next decision "
    "announced 12 February 2020. Year-less January and February dates in a December article fall in 2020. 'for the "
    "next few years' is undated; February 2015 is background; 'might' is a possibility.",
    ["year-inference", "explicit-date", "undated-future", "number-like-date", "past-month", "said-on-day"],
)

P(
    "ta-fed-june-2023-newsletter",
    "2023-06-12 07:00",
    "America/New_York",
    "Good morning. The Federal Reserve has raised interest rates at 10 straight meetings since March 2022, and most "
    "economists think it will skip a move this time. First, though, comes May's consumer price index at 8:30 a.m. on "
    "Tuesday, which economists polled by Reuters think will show annual inflation easing to 4.1% from 4.9% in April. "
    "The Fed's two-day meeting ends on Wednesday with a statement at 2 p.m. and fresh quarterly projections, and Chair "
    "Jerome Powell takes questions half an hour later. Traders in fed funds futures still see roughly even odds of a "
    "hike in July. The European Central Bank, which has said it is not done tightening, announces its own decision on "
    "Thursday.",
    [
        C("comes May's consumer price index at 8:30 a.m. on Tuesday", "at 8:30 a.m. on Tuesday",
          wd("Tuesday", "08:30"), "event", None, real="2023-06-13"),
        C("The Fed's two-day meeting ends on Wednesday with a statement at 2 p.m.",
          "on Wednesday with a statement at 2 p.m.",
          wd("Wednesday", "14:00"), "event", None, real="2023-06-14"),
        C("still see roughly even odds of a hike in July", "in July", in_month(2023, 7), "prediction", "traders",
          real="2023-07-26"),
        C("announces its own decision on Thursday", "on Thursday", wd("Thursday"), "event", None,
          real="2023-06-15"),
    ],
    "Week of 12 June 2023: May CPI Tuesday 13 June 08:30 ET (4.0% actual); FOMC 13-14 June, statement 2 p.m. "
    "Wednesday 14 June (pause); Fed hiked again on 26 July 2023; ECB decision Thursday 15 June. The economists' CPI "
    "forecast is about Tuesday's release in the same sentence and is not labelled separately; 'this time' and 'half "
    "an hour later' are implicit. March 2022 and April are background.",
    ["time-local", "month-period", "past-month", "number-like-date", "undated-future"],
)

P(
    "ta-week-ahead-fed-cut-2019",
    "2019-07-28 18:00",
    "America/New_York",
    "WEEK AHEAD - Wall Street heads into one of the busiest weeks of the summer with the Federal Reserve poised to "
    "cut interest rates for the first time since December 2008. Policymakers announce their decision at 2 p.m. on "
    "Wednesday, and futures traders see a quarter-point reduction as all but certain. Apple reports quarterly results "
    "after the bell on Tuesday, the Bank of England sets rates on Thursday, and the July payrolls report lands on "
    "Friday, with economists expecting about 165,000 new jobs. President Donald Trump has repeatedly demanded a big "
    "cut, and the S&P 500 closed at a record high on Friday.",
    [
        C("Policymakers announce their decision at 2 p.m. on Wednesday", "at 2 p.m. on Wednesday",
          wd("Wednesday", "14:00"), "event", None, real="2019-07-31"),
        C("Apple reports quarterly results after the bell on Tuesday", "on Tuesday", wd("Tuesday"), "event", None,
          real="2019-07-30"),
        C("the Bank of England sets rates on Thursday", "on Thursday", wd("Thursday"), "event", None,
          real="2019-08-01"),
        C("the July payrolls report lands on Friday", "on Friday", wd("Friday"), "event", None, real="2019-08-02"),
    ],
    "Week-ahead note of Sunday 28 July 2019: FOMC decision Wednesday 31 July (first cut since December 2008), Apple "
    "fiscal Q3 results Tuesday 30 July, BoE decision Thursday 1 August, July jobs report Friday 2 August. The "
    "traders' and economists' forecasts refer back to those labelled releases. The record close 'on Friday' (26 July) "
    "is past, beside the coming Friday.",
    ["same-sentence-claims", "past-weekday", "time-local", "number-like-date", "past-month"],
)

P(
    "ta-sterling-flash-crash-live-2016",
    "2016-10-07 08:45",
    "Europe/London",
    "LIVE: Sterling has clawed back some ground but is still down about 2% on the day at $1.2430, after a flash crash "
    "in thin Asian trading sent it as low as $1.1841 within two minutes (08:40). Traders are pointing to reports that "
    "French President Francois Hollande has demanded tough Brexit talks, and to Prime Minister Theresa May's pledge on "
    "Sunday to trigger Article 50, the formal exit process, by the end of March (08:25). Attention now turns to the "
    "US jobs report at 13:30 London time, which may help decide whether the Federal Reserve raises rates in December "
    "(08:10).",
    [
        C("Prime Minister Theresa May's pledge on Sunday to trigger Article 50, the formal exit process, by the end "
          "of March", "by the end of March", month_named_end(3), "promise", "Theresa May", real="2017-03-29",
          real_le=True),
        C("Attention now turns to the US jobs report at 13:30 London time", "at 13:30 London time",
          zoned(in_days(0), "13:30", "Europe/London"), "event", None, real="2016-10-07"),
    ],
    "Live blog on the morning of Friday 7 October 2016 (sterling flash crash to $1.1841). May told the Conservative "
    "conference on Sunday 2 October that Article 50 would be triggered by the end of March 2017 (done 29 March 2017; "
    "year-less 'March' in an October article is next year). September US payrolls released 8:30 a.m. ET = 13:30 BST "
    "the same day (no weekday named: today). 'raises rates in December' sits in a 'may help decide whether' clause, "
    "a possibility, not a claim. 'Article 50' is number-like.",
    ["end-of-month", "year-inference", "same-day-future", "time-local", "may-verb", "hypothetical", "past-weekday",
     "number-like-date"],
)

P(
    "ta-world-bank-gep-2020",
    "2020-06-08 10:00",
    "America/New_York",
    "WASHINGTON - The global economy will shrink by 5.2% this year, its deepest recession since the Second World War, "
    "the World Bank said on Monday, slashing a January forecast of 2.5% growth as coronavirus lockdowns choke trade "
    "and investment. In its twice-yearly Global Economic Prospects report, the bank projected a rebound to 4.2% growth "
    "in 2021, but warned that a second wave of infections could drag output down by as much as 8%. Advanced economies "
    "are set to contract by 7% and emerging markets by 2.5%, their first collective contraction in at least 60 years. "
    "Ceyla Pazarbasioglu, the bank's vice president for equitable growth, called the outlook deeply sobering.",
    [
        C("The global economy will shrink by 5.2% this year", "this year", in_year(2020), "prediction",
          "the World Bank"),
        C("the bank projected a rebound to 4.2% growth in 2021", "in 2021", in_year(2021), "prediction",
          "the World Bank"),
    ],
    "World Bank Global Economic Prospects of Monday 8 June 2020 (-5.2% in 2020, +4.2% in 2021). The superseded "
    "January forecast, the 'could' scenario and the undated regional figures are not labelled; 'in at least 60 "
    "years' is a background duration.",
    ["year-period", "hypothetical", "past-month", "said-on-day", "number-like-date"],
)

# ===========================================================================
# Passages with no dated forward-looking claim

N(
    "ta-flybe-administration-2020",
    "2020-03-05 09:00",
    "Europe/London",
    "Flybe, Europe's largest regional airline, collapsed into administration in the early hours of Thursday, grounding "
    "its fleet and putting about 2,400 jobs at risk after the coronavirus outbreak hit bookings. The Exeter-based "
    "carrier had been rescued in January, when ministers said they would review air passenger duty on domestic "
    "flights and consider a loan of about £100 million, but the government refused further help this week. The Civil "
    "Aviation Authority told passengers not to travel to the airport unless they had booked another flight. Rival "
    "airlines offered rescue fares to stranded customers and said they would look at taking over some of its "
    "routes in the coming weeks.",
    "Flybe entered administration on Thursday 5 March 2020; rescue deal of 14-15 January 2020. All dates are past "
    "('in January', 'this week'); 'in the coming weeks' is undated.",
    ["undated-future", "past-month", "past-weekday", "number-like-date"],
)

N(
    "ta-hanjin-receivership-2016",
    "2016-09-01 18:00",
    "Asia/Seoul",
    "SEOUL - Ships operated by Hanjin Shipping were stranded from China to Spain on Thursday, a day after South "
    "Korea's biggest container line filed for court receivership when creditors led by Korea Development Bank refused "
    "to keep lending. Ports turned away some vessels for fear of unpaid fees, leaving cargo worth an estimated $14 "
    "billion at sea. The Seoul Central District Court, which accepted the filing on Thursday, will decide whether the "
    "company is worth more alive or dead, and officials said the process could take months. Asked whether Hanjin "
    "could survive, a finance ministry official said it was too early to say.",
    "Hanjin Shipping filed on Wednesday 31 August 2016; the court began proceedings on 1 September. The court's "
    "decision is undated, 'could take months' is an unanchored duration and the survival question is not a claim.",
    ["past-weekday", "said-on-day", "undated-future", "question", "duration", "number-like-date"],
)

N(
    "ta-china-gdp-q1-2020",
    "2020-04-17 12:00",
    "Asia/Shanghai",
    "BEIJING - China's economy shrank 6.8% in the first three months of the year from a year earlier, its first "
    "contraction since quarterly records began in 1992, as the coronavirus outbreak shut factories and kept shoppers at "
    "home. The statistics bureau, which released the figures on Friday, said activity had picked up in March, when "
    "industrial output fell only 1.1%. The annual session of the National People's Congress, at which Beijing usually "
    "sets its growth target, was postponed in February and has yet to be rescheduled. Will the leadership still "
    "publish a target this year? Some economists say it may drop the figure altogether.",
    "China Q1 2020 GDP released Friday 17 April 2020 (-6.8% y/y). The NPC session (later set for 22 May) had no date "
    "at publication; 'this year' sits inside a question and 'may' is a modal.",
    ["question", "may-verb", "past-month", "said-on-day", "number-like-date", "quarter"],
)

N(
    "ta-luckin-fabricated-sales-2020",
    "2020-04-02 17:00",
    "America/New_York",
    "Shares of Luckin Coffee plunged 75% on Thursday after the Chinese chain said an internal investigation had found "
    "that its chief operating officer, Liu Jian, and other employees had fabricated about 2.2 billion yuan of sales "
    "from the second quarter of 2019 through the fourth. The company, which listed on the Nasdaq in May 2019 and has "
    "opened more outlets in China than Starbucks, said investors should no longer rely on its earlier financial "
    "statements. It did not say when it would report results for 2019, and Liu has been suspended. Analysts said the "
    "stock could be delisted if the exchange found the disclosures inadequate.",
    "Luckin disclosure of Thursday 2 April 2020. Quarters of 2019 and May 2019 are past; the results date is "
    "undated; delisting is a possibility.",
    ["quarter", "past-month", "hypothetical", "undated-future", "may-verb", "number-like-date", "said-on-day"],
)

N(
    "ta-jet-airways-grounded-2019",
    "2019-04-18 10:00",
    "Asia/Kolkata",
    "MUMBAI - Jet Airways flew its last flight late on Wednesday and suspended all operations after lenders led by "
    "State Bank of India refused to release emergency funding of 4 billion rupees. The 25-year-old carrier, once "
    "India's largest private airline, owes more than $1 billion to banks and more to suppliers and lessors, and many "
    "of its 16,000 employees have not been paid in full since January. Chief Executive Vinay Dube said the airline "
    "would fly again only if the lenders' bidding process succeeded. The banks have said they hope to find a buyer, "
    "but have given no timetable.",
    "Jet Airways suspended operations on Wednesday 17 April 2019. Restart is conditional and undated; January is "
    "past; '25-year-old' is an age.",
    ["past-weekday", "hypothetical", "undated-future", "past-month", "number-like-date"],
)

N(
    "ta-us-gdp-q2-2020",
    "2020-07-30 10:30",
    "America/New_York",
    "WASHINGTON - The US economy contracted at a 32.9% annualised rate in the second quarter, the steepest decline "
    "since the government began keeping records in 1947, the Commerce Department said on Thursday, as lockdowns to "
    "contain the coronavirus shut businesses across the country. The first-quarter figure was revised to a 5% drop. A "
    "separate report showed 1.43 million people filed new claims for jobless benefits last week, a second straight "
    "weekly increase. Federal Reserve Chair Jerome Powell said on Wednesday the path of the recovery would depend on "
    "containing the virus and was extraordinarily uncertain.",
    "US Q2 2020 advance GDP estimate of Thursday 30 July 2020; Powell's press conference of Wednesday 29 July. All "
    "periods are past.",
    ["quarter", "said-on-day", "past-weekday", "number-like-date"],
)

N(
    "ta-powell-jackson-hole-2022",
    "2022-08-26 12:00",
    "America/Denver",
    "JACKSON HOLE, Wyo. - Federal Reserve Chair Jerome Powell warned on Friday that households and businesses would "
    "feel some pain as the central bank keeps raising interest rates to bring down inflation, and said restoring price "
    "stability would likely require keeping policy tight for some time. In a speech of barely eight minutes, Powell "
    "said another unusually large increase could be appropriate at the Fed's next meeting, though that decision would "
    "depend on the totality of incoming data. Officials raised rates by three-quarters of a point in both June and "
    "July. Stocks fell sharply after the speech, with the Nasdaq down more than 3%.",
    "Powell's Jackson Hole speech of Friday 26 August 2022. 'at the Fed's next meeting' is undated (README), the "
    "increase is only a possibility ('could'), 'for some time' is undated; June and July are past.",
    ["undated-future", "hypothetical", "past-month", "said-on-day", "duration"],
)

N(
    "ta-dow-30000-2020",
    "2020-11-24 17:00",
    "America/New_York",
    "NEW YORK - The Dow Jones Industrial Average closed above 30,000 for the first time on Tuesday, nearly four years "
    "after it first topped 20,000 in January 2017, as progress on coronavirus vaccines and the formal start of Joe "
    "Biden's transition lifted hopes for the recovery. The blue-chip index ended up 454.97 points, or 1.5%, at "
    "30,046.24. Reports that Biden would pick former Fed Chair Janet Yellen as Treasury secretary also helped. Can the "
    "rally last? Some strategists warned that a winter surge in infections may yet force new lockdowns.",
    "Dow close of Tuesday 24 November 2020 (30,046.24). 'nearly four years' is a background duration; January 2017 "
    "is past; the question and the 'may' warning are not claims.",
    ["number-like-date", "question", "may-verb", "past-month", "duration"],
)
