"""Tuning passages written blind: business, economics and markets (central bank decisions, earnings dates, mergers and deal deadlines, tariffs, strikes and labour talks, product launches, bankruptcies and defaults, economic data releases and institutional forecasts) written as wire copy, market reports, live blogs and analysis. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_year,
    early_year,
    in_days,
    in_year,
    md,
    md_span,
    next_wd,
    no_claim_adder,
    passage_adder,
    span_wd,
    wd,
    wd_next_week,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


def with_time(rule, hhmm):
    """A multi-day rule (span_wd) whose text also gives the start time of day."""
    def f(p):
        r = dict(rule(p))
        r["time"] = hhmm
        r["desc"] = r["desc"] + f", starting {hhmm}"
        return r
    return f


# ===========================================================================
# Central banks, data and forecasts

P(
    "tk-fed-boe-shanghai-week-2019",
    "2019-07-29 07:30",
    "Europe/London",
    "LONDON - Investors face one of the busiest weeks of the summer. The Federal Reserve is all but certain to lower "
    "interest rates for the first time since 2008 when it announces its decision at 2 p.m. in Washington on "
    "Wednesday, 7 p.m. in London, after figures on Friday showed the US economy grew at a 2.1% annualised pace in the "
    "second quarter. In Shanghai, US Trade Representative Robert Lighthizer and Treasury Secretary Steven Mnuchin meet "
    "Chinese Vice Premier Liu He on Tuesday and Wednesday, their first face-to-face talks since negotiations broke "
    "down in May. Closer to home, the Bank of England publishes its rate decision and new forecasts at noon on "
    "Thursday, its first since Boris Johnson became prime minister last Wednesday vowing to take Britain out of the EU "
    "with or without a deal.",
    [
        C(
            "when it announces its decision at 2 p.m. in Washington on Wednesday, 7 p.m. in London",
            "at 2 p.m. in Washington on Wednesday",
            zoned(wd("Wednesday"), "14:00", "America/New_York"),
            "event",
            None,
            real="2019-07-31",
        ),
        C(
            "meet Chinese Vice Premier Liu He on Tuesday and Wednesday",
            "on Tuesday and Wednesday",
            span_wd("Tuesday", "Wednesday"),
            "event",
            None,
            real="2019-07-30",
        ),
        C(
            "the Bank of England publishes its rate decision and new forecasts at noon on Thursday",
            "at noon on Thursday",
            wd("Thursday", "12:00"),
            "event",
            None,
            real="2019-08-01",
        ),
    ],
    "Week of 29 July 2019: FOMC decision Wednesday 31 July 2019 at 14:00 EDT (first cut since 2008) = 19:00 BST, "
    "same date; US-China talks in Shanghai 30-31 July 2019 (one two-day round, one claim); BoE decision and "
    "Inflation Report Thursday 1 August 2019 at noon. Q2 GDP advance estimate (2.1%) was released Friday 26 July "
    "(past weekday); Johnson became prime minister Wednesday 24 July (past weekday); talks had broken down in May.",
    ["time-converted", "time-local", "past-weekday", "past-month", "range", "number-like-date"],
)

P(
    "tk-rba-may-2022-liftoff",
    "2022-05-02 17:00",
    "Australia/Sydney",
    "SYDNEY - The Reserve Bank of Australia is widely expected to lift its cash rate from a record low of 0.1% when "
    "the board's decision is released at 2.30pm on Tuesday, after figures last Wednesday showed consumer prices rising "
    "5.1% over the year to March, the fastest pace in two decades. A move would be the first increase since November "
    "2010 and the first during a federal election campaign since 2007, with Australians going to the polls on May 21. "
    "Governor Philip Lowe said in April that the board wanted to see more evidence on wages before acting, but many "
    "economists argue the inflation figures have forced his hand. The bank's new staff forecasts will be published in "
    "its Statement on Monetary Policy on Friday.",
    [
        C(
            "when the board's decision is released at 2.30pm on Tuesday",
            "at 2.30pm on Tuesday",
            wd("Tuesday", "14:30"),
            "event",
            None,
            real="2022-05-03",
        ),
        C(
            "with Australians going to the polls on May 21",
            "on May 21",
            md(5, 21),
            "event",
            None,
            real="2022-05-21",
        ),
        C(
            "will be published in its Statement on Monetary Policy on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2022-05-06",
        ),
    ],
    "RBA board decision Tuesday 3 May 2022, 14:30 AEST (cash rate raised to 0.35%, first rise since November 2010); "
    "federal election Saturday 21 May 2022; Statement on Monetary Policy Friday 6 May 2022. Q1 CPI (5.1% y/y) was "
    "released Wednesday 27 April (past weekday). 'wanted to see more evidence ... before acting' is undated.",
    ["time-local", "past-weekday", "past-month", "explicit-date", "number-like-date", "may-verb"],
)

P(
    "tk-nvidia-jackson-hole-week-2023",
    "2023-08-21 07:30",
    "Asia/Singapore",
    "SINGAPORE - Asian investors face a week bookended by two US events. Nvidia, whose shares have more than tripled "
    "this year on demand for its artificial intelligence chips, reports results for the quarter that ended in July "
    "after the New York close on Wednesday, with a call for analysts at 5 p.m. in New York (5 a.m. on Thursday in "
    "Singapore). In May the chipmaker stunned Wall Street by forecasting revenue of about $11 billion for that quarter. "
    "Then Federal Reserve Chair Jerome Powell gives his keynote speech at the Kansas City Fed's Jackson Hole symposium "
    "at 10:05 a.m. in New York on Friday, with traders watching for any sign that the central bank, which raised rates "
    "in July to a 22-year high, has finished tightening.",
    [
        C(
            "with a call for analysts at 5 p.m. in New York (5 a.m. on Thursday in Singapore)",
            "after the New York close on Wednesday, with a call for analysts at 5 p.m. in New York",
            zoned(wd("Wednesday"), "17:00", "America/New_York"),
            "event",
            None,
            real="2023-08-24",
        ),
        C(
            "gives his keynote speech at the Kansas City Fed's Jackson Hole symposium at 10:05 a.m. in New York on Friday",
            "at 10:05 a.m. in New York on Friday",
            zoned(wd("Friday"), "10:05", "America/New_York"),
            "event",
            None,
            real="2023-08-25",
        ),
    ],
    "Nvidia Q2 FY2024 results Wednesday 23 August 2023 after the close, analyst call 17:00 EDT = 05:00 SGT Thursday "
    "24 August (the converted local date is the gold date, per the README's time rule; the text spells out the "
    "Singapore time too). Powell's Jackson Hole keynote Friday 25 August 2023, 10:05 EDT = 22:05 SGT, same date. "
    "The quarter ended 30 July (past); the $11bn revenue guidance was given in May (past); the July 2023 hike is past. "
    "Both events are scheduled and unattributed (speaker null).",
    ["time-converted", "date-crossing-conversion", "past-month", "number-like-date", "year-period"],
)

P(
    "tk-imf-great-lockdown-2020",
    "2020-04-14 10:00",
    "America/New_York",
    "WASHINGTON - The global economy will shrink by 3% this year, its worst slump since the Great Depression of the "
    "1930s, the International Monetary Fund forecast on Tuesday, slashing its January projection of 3.3% growth as "
    "lockdowns to contain the coronavirus shut factories, shops and borders. In its World Economic Outlook, the fund "
    "said output should rebound by 5.8% in 2021, but only if the pandemic fades in the second half of this year and "
    "government support keeps firms from going bust. Chief economist Gita Gopinath said the cumulative loss to world "
    "output over 2020 and 2021 could reach about $9 trillion, more than the economies of Japan and Germany combined. "
    "Finance ministers and central bank governors from the Group of 20 hold a video conference on Wednesday.",
    [
        C(
            "The global economy will shrink by 3% this year",
            "this year",
            in_year(2020),
            "prediction",
            "the International Monetary Fund",
        ),
        C(
            "the fund said output should rebound by 5.8% in 2021",
            "in 2021",
            in_year(2021),
            "prediction",
            "the International Monetary Fund",
        ),
        C(
            "hold a video conference on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2020-04-15",
        ),
    ],
    "IMF World Economic Outlook of Tuesday 14 April 2020 ('The Great Lockdown': -3.0% in 2020, +5.8% in 2021, "
    "assuming the pandemic fades in the second half of 2020); G20 finance ministers' virtual meeting Wednesday 15 "
    "April 2020. 'in the second half of this year' is only the forecast's condition ('only if'), not a claim; the "
    "$9 trillion loss 'over 2020 and 2021' is hedged with 'could' (a possibility). The January projection is past.",
    ["hypothetical", "year-period", "said-on-day", "past-month", "number-like-date", "half"],
)

P(
    "tk-cpi-day-markets-live-2022",
    "2022-11-10 16:30",
    "America/New_York",
    "MARKETS LIVE, Thursday Nov. 10 -- 0831 ET: Consumer prices rose 7.7% in October from a year earlier, the smallest "
    "annual gain since January and below the 7.9% economists had forecast; core inflation eased to 6.3%. 1040 ET: The "
    "two-year Treasury yield is down more than 25 basis points on the day. Fed policymakers next meet on Dec. 13-14, "
    "and traders now see a half-point rise as the most likely outcome after four straight three-quarter-point moves. "
    "1610 ET: The Nasdaq closed up 7.4%, its best day since 2020, and the Dow gained about 1,200 points. The bond market "
    "is closed on Friday for Veterans Day, though stocks will trade as usual, and October retail sales figures are due "
    "next Wednesday.",
    [
        C(
            "Fed policymakers next meet on Dec. 13-14",
            "on Dec. 13-14",
            md_span(12, 13, 12, 14),
            "event",
            None,
            real="2022-12-13",
        ),
        C(
            "The bond market is closed on Friday for Veterans Day",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2022-11-11",
        ),
        C(
            "October retail sales figures are due next Wednesday",
            "next Wednesday",
            next_wd("Wednesday"),
            "event",
            None,
            real="2022-11-16",
        ),
    ],
    "US CPI day, Thursday 10 November 2022 (October CPI 7.7% y/y, core 6.3%; Nasdaq +7.4%, Dow +1,201). FOMC 13-14 "
    "December 2022 (one two-day meeting, one claim; it raised by 50 bp); SIFMA full bond-market close for Veterans Day "
    "Friday 11 November 2022; October retail sales released Wednesday 16 November 2022 ('next Wednesday' from a "
    "Thursday: both readings coincide). Live-blog timestamps are written 0831 ET etc. The traders' view has no date of "
    "its own beyond the meeting and is not labelled separately.",
    [
        "next-weekday",
        "holiday",
        "past-month",
        "number-like-date",
        "range",
        "same-sentence-claims",
    ],
)

N(
    "tk-yuan-devaluation-2015",
    "2015-08-11 18:00",
    "Asia/Shanghai",
    "BEIJING - China's central bank devalued the yuan on Tuesday, cutting its daily reference rate by nearly 2% against "
    "the dollar, the biggest one-day fall in two decades. The People's Bank of China called it a one-off adjustment "
    "that would make the midpoint more responsive to market forces, after data on Saturday showed exports fell 8.3% in "
    "July from a year earlier. The yuan then slid to its weakest level onshore in almost three years. Will Beijing let "
    "it fall further? Economists were split, and the move comes as the International Monetary Fund weighs whether to "
    "add the yuan to its Special Drawing Rights basket alongside the dollar, euro, pound and yen, a decision expected "
    "in the coming months.",
    "PBOC midpoint cut of 1.9% on Tuesday 11 August 2015; July 2015 trade data released Saturday 8 August. The IMF's "
    "SDR decision (made 30 November 2015) is given only as 'in the coming months'. No dated forward-looking claim.",
    ["past-weekday", "question", "undated-future", "past-month", "said-on-day"],
)

N(
    "tk-bls-chief-fired-2025",
    "2025-08-02 10:00",
    "America/New_York",
    "WASHINGTON - President Donald Trump on Friday fired Erika McEntarfer, the head of the Bureau of Labor Statistics, "
    "hours after her agency reported that employers added just 73,000 jobs in July and revised down the gains for May "
    "and June by a combined 258,000. Trump accused her, without offering evidence, of manipulating the figures for "
    "political reasons, and said on social media that a replacement would be named soon; her deputy, William "
    "Wiatrowski, will serve as acting commissioner. Economists across the political spectrum warned that the move "
    "could erode trust in statistics that markets rely on. Stocks, already shaken by new tariffs announced late on "
    "Thursday, fell sharply, with the S&P 500 down 1.6%. What happens to the next monthly report?",
    "Firing of BLS Commissioner Erika McEntarfer on Friday 1 August 2025 after the July 2025 employment report "
    "(+73,000; May and June revised down by 258,000). All dates are past (Friday, Thursday, July, May, June); "
    "'soon' is undated, the acting appointment has no date, 'the next monthly report' is a question without a date.",
    ["past-weekday", "past-month", "undated-future", "question", "hypothetical", "may-verb", "number-like-date"],
)

N(
    "tk-snb-surprise-hike-2022",
    "2022-06-16 14:00",
    "Europe/Zurich",
    "ZURICH - The Swiss National Bank surprised markets on Thursday by raising its policy rate by half a percentage "
    "point to -0.25%, its first increase in 15 years, sending the franc up about 2% against the euro. Chairman Thomas "
    "Jordan said further rises in the near future could not be ruled out, with inflation, at 2.9% in May, running above "
    "the bank's 0-2% target. The move came a day after the US Federal Reserve lifted rates by three-quarters of a point "
    "on Wednesday, its biggest increase since 1994. When will the SNB leave negative rates behind for good? Jordan "
    "declined to say, adding only that policymakers would reassess the situation at their next quarterly meeting.",
    "SNB decision of Thursday 16 June 2022 (to -0.25%, first hike since 2007); Fed 75 bp hike Wednesday 15 June 2022. "
    "'in the near future' and 'at their next quarterly meeting' are undated; the question is not a claim.",
    ["past-weekday", "question", "undated-future", "may-verb", "past-month", "number-like-date"],
)

N(
    "tk-sri-lanka-debt-suspension-2022",
    "2022-04-12 16:00",
    "Asia/Colombo",
    "COLOMBO - Sri Lanka said on Tuesday it would suspend payments on its $51 billion of foreign debt as a 'last "
    "resort', the first default since the island won independence from Britain in 1948, as it runs short of dollars to "
    "import fuel, food and medicine. Central bank governor Nandalal Weerasinghe, who took office last week, said the "
    "country had to put essential imports ahead of servicing loans. The government is preparing for talks with the "
    "International Monetary Fund on a rescue package, which it hopes will begin soon. Protesters have camped outside "
    "the presidential secretariat in Colombo since Saturday, demanding that President Gotabaya Rajapaksa resign.",
    "Sri Lanka's external debt suspension of Tuesday 12 April 2022; Weerasinghe appointed 7 April; Galle Face protest "
    "camp from Saturday 9 April. 'would suspend payments' took effect at once (no date); IMF talks only 'soon'.",
    ["past-weekday", "said-on-day", "undated-future", "number-like-date"],
)

# ===========================================================================
# Deals, listings and takeover deadlines

P(
    "tk-att-time-warner-ruling-2018",
    "2018-06-12 08:00",
    "America/New_York",
    "WASHINGTON - US District Judge Richard Leon will announce at 4 p.m. on Tuesday whether AT&T can buy Time Warner "
    "for $85 billion, ending an antitrust fight that began when the Justice Department sued to block the deal in "
    "November and went to trial on March 19. The decision is the biggest test in decades of the government's power to "
    "stop a 'vertical' merger between companies that do not compete head to head. Time is short: under their merger "
    "agreement, either company can walk away if the deal has not closed by June 21, and AT&T would then owe Time Warner "
    "a $500 million break-up fee. Lawyers for both sides expect the loser to weigh an appeal, and Tuesday's ruling is "
    "likely to shape a wave of media deals, from Comcast's expected bid for Twenty-First Century Fox's assets onward.",
    [
        C(
            "will announce at 4 p.m. on Tuesday whether AT&T can buy Time Warner",
            "at 4 p.m. on Tuesday",
            wd("Tuesday", "16:00"),
            "event",
            None,
            real="2018-06-12",
        ),
        C(
            "either company can walk away if the deal has not closed by June 21",
            "by June 21",
            md(6, 21),
            "deadline",
            None,
        ),
    ],
    "Judge Leon's ruling of Tuesday 12 June 2018 (afternoon hearing; the deal was cleared and closed on 14 June). The "
    "merger agreement's termination date had been extended from 22 April to 21 June 2018 (a contractual cut-off: "
    "deadline). 'Tuesday's ruling' refers back to the labelled ruling (repeated claim). The November 2017 suit and "
    "the 19 March trial start are past; 'Comcast's expected bid' is undated.",
    [
        "by-weekday-same-day",
        "same-day-future",
        "time-local",
        "repeated-claim",
        "explicit-past-date",
        "past-month",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "tk-melrose-gkn-deadline-day-2018",
    "2018-03-29 07:00",
    "Europe/London",
    "LONDON - Shareholders in GKN have until 1 p.m. on Thursday, or 1200 GMT, to accept Melrose Industries' hostile "
    "offer of about £8.1 billion, bringing the three-month fight for the 259-year-old engineering group to a close. "
    "Melrose, a turnaround specialist a fraction of GKN's size, needs acceptances covering more than half of the shares. "
    "If it falls short, GKN will press ahead with the plan it agreed earlier this month to merge its driveline business "
    "with US firm Dana. Business Secretary Greg Clark has said the government stands ready to intervene on national "
    "security grounds if needed, given GKN's work on military aircraft.",
    [
        C(
            "Shareholders in GKN have until 1 p.m. on Thursday, or 1200 GMT, to accept Melrose Industries' hostile offer",
            "until 1 p.m. on Thursday",
            wd("Thursday", "13:00"),
            "deadline",
            None,
            real="2018-03-29",
        ),
    ],
    "Melrose's offer for GKN remained open until 1.00 p.m. London time on Thursday 29 March 2018 (12:00 GMT, BST "
    "having begun on 25 March); Melrose won with about 52.4% acceptances that day. The Dana driveline deal was agreed "
    "on 9 March (past); the fallback plan and Clark's intervention are conditional and undated. The offer period is "
    "set by the Takeover Code timetable, unattributed here (speaker null).",
    ["by-weekday-same-day", "same-day-future", "time-local", "hypothetical", "number-like-date"],
)

P(
    "tk-deliveroo-ipo-debut-2021",
    "2021-03-31 07:15",
    "Europe/London",
    "LONDON - Deliveroo priced its London flotation at 390 pence a share on Wednesday, the bottom of a range it had "
    "already narrowed on Monday, valuing the food delivery company at about £7.6 billion. Conditional dealings in the "
    "shares begin at 8 a.m. today, while unconditional trading, which opens the stock to ordinary investors beyond the "
    "customers who bought in through the PrimaryBid app, starts on April 7. Several of the City's biggest fund managers, "
    "including Aviva Investors and Legal & General, said last week they would stay away, citing the treatment of its "
    "riders and a dual-class share structure that gives founder Will Shu extra votes for three years. Wednesday's debut "
    "is the largest London listing since 2011.",
    [
        C(
            "Conditional dealings in the shares begin at 8 a.m. today",
            "at 8 a.m. today",
            wd("Wednesday", "08:00"),
            "event",
            None,
            real="2021-03-31",
        ),
        C(
            "unconditional trading, which opens the stock to ordinary investors beyond the customers who bought in "
            "through the PrimaryBid app, starts on April 7",
            "on April 7",
            md(4, 7),
            "event",
            None,
            real="2021-04-07",
        ),
    ],
    "Deliveroo IPO priced at 390p on Wednesday 31 March 2021 (range narrowed to 390-410p on Monday 29 March); "
    "conditional dealings from 08:00 on 31 March, unconditional dealings from 7 April 2021. 'today' is the "
    "publication day, computed as the coming Wednesday (same day). 'Wednesday's debut' refers back to the first claim "
    "(repeated claim); 'for three years' is an unanchored duration; 2011 (Glencore) is background.",
    [
        "same-day-future",
        "time-local",
        "repeated-claim",
        "past-weekday",
        "duration",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "tk-zomato-listing-brought-forward-2021",
    "2021-07-22 19:00",
    "Asia/Kolkata",
    "MUMBAI - Zomato's shares will start trading on the BSE and the National Stock Exchange on Friday, four days "
    "earlier than the July 27 date set out in the food delivery company's offer documents, after it finalised share "
    "allotments on Thursday. The 93.75 billion rupee initial public offering, which ran from July 14 to July 16, drew "
    "bids for about 38 times the shares on offer, one of the strongest responses to an Indian issue in years. "
    "Grey-market dealers were quoting the stock at a premium of roughly 30% to the issue price of 76 rupees. Zomato, "
    "founded by Deepinder Goyal in 2008, is the first of a wave of Indian start-ups, including Paytm and Nykaa, "
    "expected to go public in the coming months.",
    [
        C(
            "Zomato's shares will start trading on the BSE and the National Stock Exchange on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2021-07-23",
        ),
    ],
    "Zomato listed on Friday 23 July 2021, brought forward from the 27 July date in its prospectus (superseded, not a "
    "claim); allotment finalised Thursday 22 July (publication day, past tense); IPO open 14-16 July 2021 (past range). "
    "'in the coming months' is undated.",
    ["superseded-date", "explicit-past-date", "undated-future", "number-like-date"],
)

P(
    "tk-adani-fpo-hindenburg-2023",
    "2023-01-27 18:30",
    "Asia/Kolkata",
    "MUMBAI - Adani Enterprises' 200 billion rupee follow-on share sale, the biggest in India, drew bids for only about "
    "1% of the shares on offer on its first day on Friday, as a rout set off by US short seller Hindenburg Research "
    "wiped tens of billions of dollars off the value of Gautam Adani's conglomerate. The offer, priced at 3,112 to 3,276 "
    "rupees a share, closes on Tuesday. Hindenburg, which on Tuesday accused the group of stock manipulation and "
    "accounting fraud, said it stood by its report, while Adani has called the allegations baseless and said it is "
    "weighing legal action. Finance Minister Nirmala Sitharaman presents the federal budget on Wednesday next week.",
    [
        C("The offer, priced at 3,112 to 3,276 rupees a share, closes on Tuesday", "on Tuesday", wd("Tuesday"),
          "deadline", None, real="2023-01-31"),
        C(
            "Finance Minister Nirmala Sitharaman presents the federal budget on Wednesday next week",
            "on Wednesday next week",
            wd_next_week("Wednesday"),
            "event",
            None,
            real="2023-02-01",
        ),
    ],
    "Adani Enterprises FPO open Friday 27 January to Tuesday 31 January 2023 (subscription cut-off: deadline); the "
    "Hindenburg report came out on Tuesday 24 January (past weekday, same name as the coming Tuesday); Union Budget "
    "Wednesday 1 February 2023 ('Wednesday next week' from a Friday). Legal action is undated.",
    ["past-weekday", "next-week-weekday", "number-like-date", "said-on-day"],
)

# ===========================================================================
# Tariffs and trade

P(
    "tk-us-china-laptop-tariff-delay-2019",
    "2019-08-13 16:30",
    "America/New_York",
    "WASHINGTON - The Trump administration on Tuesday put off until Dec. 15 its planned 10% tariffs on Chinese-made "
    "cellphones, laptop computers, video game consoles and some toys and clothing, and dropped other goods from the "
    "list altogether, giving retailers relief before the holiday shopping season. The rest of the products President "
    "Donald Trump singled out on Aug. 1 will still be taxed from 12:01 a.m. on Sept. 1, the US Trade Representative's "
    "office said. 'We're doing this for Christmas season,' Trump told reporters in New Jersey, in case the duties hit "
    "American shoppers. China's Commerce Ministry said Vice Premier Liu He had spoken by phone with Trade "
    "Representative Robert Lighthizer and Treasury Secretary Steven Mnuchin on Tuesday, and that the two sides would "
    "talk again within the next two weeks. The Dow closed up about 1.4%.",
    [
        C(
            "put off until Dec. 15 its planned 10% tariffs on Chinese-made cellphones, laptop computers, video game "
            "consoles and some toys and clothing",
            "until Dec. 15",
            md(12, 15),
            "event",
            "the Trump administration",
        ),
        C(
            "will still be taxed from 12:01 a.m. on Sept. 1",
            "from 12:01 a.m. on Sept. 1",
            md(9, 1, "00:01"),
            "event",
            "the US Trade Representative's office",
            real="2019-09-01",
        ),
        C(
            "the two sides would talk again within the next two weeks",
            "within the next two weeks",
            in_days(14),
            "event",
            "China's Commerce Ministry",
        ),
    ],
    "USTR announcement of Tuesday 13 August 2019: List 4A tariffs (10%) from 12:01 a.m. EDT on 1 September 2019 (in "
    "force that day); List 4B items delayed to 15 December 2019 (later suspended under the phase one deal of 13 "
    "December, so no real date). Tariffs taking effect are ordered measures: events with the ordering body as "
    "speaker. MOFCOM said on 13 August that the sides would talk by phone again within two weeks (pub + 14). "
    "'Christmas season' and 'the holiday shopping season' only give the reason; Aug. 1 is past.",
    [
        "holiday",
        "explicit-past-date",
        "time-local",
        "midnight",
        "duration",
        "said-on-day",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "tk-airbus-wto-tariffs-2019",
    "2019-10-03 09:00",
    "Europe/Paris",
    "TOULOUSE, France - The United States will impose 10% tariffs on Airbus aircraft imported from Europe and 25% duties "
    "on goods ranging from French wine and Scotch whisky to Italian cheese from Oct. 18, the US Trade Representative's "
    "office said late on Wednesday, hours after the World Trade Organization cleared Washington to target $7.5 billion "
    "a year of EU exports over illegal subsidies to the planemaker. Airbus said the tariffs would also hurt US airlines "
    "and the American jobs that depend on its assembly line in Mobile, Alabama. European Trade Commissioner Cecilia "
    "Malmström warned that if Washington went ahead, the EU would have little choice but to respond in kind. A WTO "
    "ruling in the parallel case over US support for Boeing is expected early next year.",
    [
        C(
            "The United States will impose 10% tariffs on Airbus aircraft imported from Europe and 25% duties on goods "
            "ranging from French wine and Scotch whisky to Italian cheese from Oct. 18",
            "from Oct. 18",
            md(10, 18),
            "promise",
            "the US Trade Representative's office",
            real="2019-10-18",
        ),
        C(
            "A WTO ruling in the parallel case over US support for Boeing is expected early next year",
            "early next year",
            early_year(2020),
            "prediction",
            None,
        ),
    ],
    "WTO award of Wednesday 2 October 2019 ($7.5bn a year); USTR announced the same evening that tariffs would apply "
    "from 18 October 2019 (in force that day). 'will impose ... from' is the setter's commitment to its own action "
    "(README example 'will start charging tariffs'), hence promise. The Boeing-case award was then expected in early "
    "2020 (it came in October 2020, so no real date); the expectation is unattributed (speaker null). Malmström's "
    "retaliation warning is conditional and undated.",
    ["conditional-threat", "hypothetical", "early-year", "said-on-day", "number-like-date", "explicit-date"],
)

# ===========================================================================
# Labour

P(
    "tk-lufthansa-verdi-strike-2022",
    "2022-07-25 15:00",
    "Europe/Berlin",
    "FRANKFURT - The Verdi union on Monday called on Lufthansa's roughly 20,000 ground staff to walk out from 3:45 a.m. "
    "on Wednesday until 6 a.m. on Thursday, threatening to paralyse the airline's hubs in Frankfurt and Munich at the "
    "height of the summer holidays. Verdi is demanding a 9.5% pay rise, or at least 350 euros a month, after a second "
    "round of wage talks ended without agreement on July 13; Lufthansa called the warning strike unreasonable and said "
    "it would publish a revised flight schedule. The next round of negotiations is scheduled for Aug. 3 and 4. Airports "
    "across Europe have struggled with staff shortages since travel rebounded in the spring.",
    [
        C(
            "called on Lufthansa's roughly 20,000 ground staff to walk out from 3:45 a.m. on Wednesday until 6 a.m. on "
            "Thursday",
            "from 3:45 a.m. on Wednesday until 6 a.m. on Thursday",
            with_time(span_wd("Wednesday", "Thursday"), "03:45"),
            "event",
            "Verdi",
            real="2022-07-27",
        ),
        C(
            "The next round of negotiations is scheduled for Aug. 3 and 4",
            "for Aug. 3 and 4",
            md_span(8, 3, 8, 4),
            "event",
            None,
            real="2022-08-03",
        ),
    ],
    "Verdi's warning strike at Lufthansa ran from 03:45 on Wednesday 27 July to 06:00 on Thursday 28 July 2022 "
    "(announced Monday 25 July; unconditional strike: event, one claim over the two days, time = its start); the "
    "third round of talks was held 3-4 August 2022 (deal on 4 August). The second round ended on 13 July (past). "
    "'in the spring' is past background.",
    ["range", "time-local", "explicit-past-date", "said-on-day", "number-like-date", "explicit-date"],
)

P(
    "tk-deere-uaw-strike-deadline-2021",
    "2021-10-13 09:00",
    "America/Chicago",
    "MOLINE, Ill. - More than 10,000 United Auto Workers members at Deere & Co, most of them in Iowa and Illinois, will "
    "go on strike at 11:59 p.m. on Wednesday unless the farm equipment maker reaches a new agreement with the union, "
    "the UAW said, after workers on Sunday rejected a tentative six-year contract by a margin of about 90%. It would be "
    "the first major strike at Deere since 1986. The company, which is heading for record annual profit, said it "
    "remained committed to reaching a deal that would put its employees in a better position. Union members have "
    "pointed to pandemic-era labour shortages and soaring crop prices as reasons to hold out for more.",
    [
        C(
            "will go on strike at 11:59 p.m. on Wednesday unless the farm equipment maker reaches a new agreement with "
            "the union",
            "at 11:59 p.m. on Wednesday",
            wd("Wednesday", "23:59"),
            "promise",
            "the United Auto Workers",
        ),
    ],
    "UAW statement of Wednesday 13 October 2021 (strike at 11:59 p.m. CT that day if no agreement; the strike began "
    "at midnight into Thursday 14 October and lasted until 17 November, so no single real date is recorded). A union's "
    "strike conditional on bargaining is a promise (README). The tentative agreement was rejected on Sunday 10 "
    "October (past weekday); 1986 is background.",
    ["conditional-threat", "same-day-future", "time-local", "past-weekday", "number-like-date"],
)

# ===========================================================================
# Products and companies

P(
    "tk-boeing-777x-first-flight-2020",
    "2020-01-24 14:30",
    "America/Los_Angeles",
    "EVERETT, Wash. - Boeing called off the maiden flight of its 777X for a second straight day on Friday because of "
    "strong gusts at Paine Field, after wind had already forced it to scrub Thursday's attempt. The company said it "
    "would try again on Saturday, with takeoff planned for 10 a.m., and that the jet would land at Boeing Field in "
    "Seattle after several hours of tests over Washington state. The first flight of the world's largest twin-engine "
    "airliner is running about a year late because of problems with its GE9X engines, and Boeing is still aiming to "
    "hand the first one to a customer in early 2021. It comes at a delicate time for the planemaker, whose 737 MAX has "
    "been grounded since March.",
    [
        C(
            "it would try again on Saturday, with takeoff planned for 10 a.m.",
            "on Saturday, with takeoff planned for 10 a.m.",
            wd("Saturday", "10:00"),
            "event",
            "Boeing",
            real="2020-01-25",
        ),
        C(
            "Boeing is still aiming to hand the first one to a customer in early 2021",
            "in early 2021",
            early_year(2021),
            "promise",
            "Boeing",
        ),
    ],
    "777X first flight scrubbed on Thursday 23 and Friday 24 January 2020; it flew on Saturday 25 January 2020, "
    "taking off from Paine Field at about 10:09 a.m. PT. Boeing's first-delivery target at the time was early 2021 "
    "(later pushed back; no real date). The attempt attributed to 'the company said' is a scheduled event with "
    "Boeing as speaker; the delivery target is the company's own commitment (promise). 'Thursday's attempt' and "
    "'since March' (2019) are past.",
    ["past-weekday", "superseded-date", "time-local", "early-year", "number-like-date"],
)

P(
    "tk-sony-psvr2-date-2022",
    "2022-11-03 09:00",
    "Asia/Tokyo",
    "TOKYO - Sony will release its PlayStation VR2 headset on Feb. 22, priced at $549.99, or $599.99 in a bundle with "
    "the game Horizon Call of the Mountain, the company said late on Wednesday, firming up the 'early 2023' window it "
    "gave in August. Pre-orders open on Nov. 15 for customers who have registered their interest. In Japan the headset "
    "will cost 74,980 yen. Sony said this week it had sold more than 25 million PlayStation 5 consoles since the "
    "machine's launch in November 2020, as the chip shortages that limited supplies for two years began to ease.",
    [
        C(
            "Sony will release its PlayStation VR2 headset on Feb. 22",
            "on Feb. 22",
            md(2, 22),
            "event",
            "Sony",
            real="2023-02-22",
        ),
        C("Pre-orders open on Nov. 15", "on Nov. 15", md(11, 15), "event", None, real="2022-11-15"),
    ],
    "Sony Interactive Entertainment announcement of Wednesday 2 November 2022: PS VR2 on 22 February 2023 (a year-less "
    "February date in a November article falls in the next year), pre-orders from 15 November 2022. The August 'early "
    "2023' window is the earlier, now more precise, statement of the same launch (not labelled). November 2020 (PS5 "
    "launch) is past.",
    ["year-inference", "superseded-date", "said-on-day", "past-month", "number-like-date", "explicit-date"],
)

P(
    "tk-deutsche-bank-overhaul-2019",
    "2019-07-07 20:00",
    "Europe/Berlin",
    "FRANKFURT - Deutsche Bank will cut 18,000 jobs by 2022, shrinking its workforce to about 74,000, and pull out of "
    "global equities sales and trading altogether, Germany's biggest lender said on Sunday after its supervisory board "
    "approved the most radical overhaul in its history. The restructuring will cost 7.4 billion euros, and the bank "
    "said it expected a net loss of 2.8 billion euros for the second quarter, whose full results it will publish on "
    "July 24. Chief Executive Christian Sewing called it a return to the bank's roots, three months after merger talks "
    "with Commerzbank collapsed in April. In a television interview, he said Deutsche would post a loss for the whole of "
    "2019.",
    [
        C(
            "Deutsche Bank will cut 18,000 jobs by 2022",
            "by 2022",
            by_year(2022),
            "promise",
            "Deutsche Bank",
        ),
        C(
            "whose full results it will publish on July 24",
            "on July 24",
            md(7, 24),
            "event",
            "Deutsche Bank",
            real="2019-07-24",
        ),
        C(
            "he said Deutsche would post a loss for the whole of 2019",
            "for the whole of 2019",
            in_year(2019),
            "prediction",
            "Christian Sewing",
        ),
    ],
    "Deutsche Bank restructuring announced Sunday 7 July 2019 (18,000 jobs to about 74,000 by 2022, exit from "
    "equities, EUR 7.4bn charges through 2022, Q2 2019 net loss of EUR 2.8bn expected, Q2 results on 24 July 2019). "
    "Sewing told Hessischer Rundfunk the bank would post a loss for 2019 ('he' = Sewing). The second quarter ended on "
    "30 June (past period: the loss estimate is tied to the labelled 24 July release); the Commerzbank talks ended in "
    "April (past).",
    ["pronoun-speaker", "year-period", "past-month", "said-on-day", "number-like-date", "explicit-date"],
)

P(
    "tk-tse-full-day-outage-2020",
    "2020-10-01 20:30",
    "Asia/Tokyo",
    "TOKYO - Trading on the Tokyo Stock Exchange will resume as normal on Friday, its operator Japan Exchange Group said "
    "on Thursday evening, after a hardware fault in its Arrowhead system forced one of the world's biggest bourses to "
    "halt dealings in all shares for the whole of Thursday, the worst outage since the platform went live in 2010. A "
    "failed memory device and a backup that did not switch over automatically were to blame, executives told a news "
    "conference, bowing in apology. The halt came on the same day the Bank of Japan's tankan survey showed sentiment "
    "among big manufacturers improving for the first time in almost three years. Derivatives trading at the Osaka "
    "Exchange was unaffected.",
    [
        C(
            "Trading on the Tokyo Stock Exchange will resume as normal on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            "Japan Exchange Group",
            real="2020-10-02",
        ),
    ],
    "TSE all-day halt of Thursday 1 October 2020 (Arrowhead, in service since January 2010); trading resumed Friday 2 "
    "October 2020. The BoJ tankan was published the same Thursday (past). The resumption is attributed in the sentence "
    "('Japan Exchange Group said'), so the event has a speaker.",
    ["past-weekday", "said-on-day", "number-like-date"],
)

P(
    "tk-ofwat-final-determinations-2024",
    "2024-12-16 07:00",
    "Europe/London",
    "Households in England and Wales will learn on Thursday how much more they must pay for water over the next five "
    "years, when the regulator Ofwat publishes its final decisions on each company's spending and bills. In draft "
    "proposals in July, Ofwat allowed an average rise of 21% before inflation, well short of what the industry had asked "
    "for to fund a record programme to cut sewage spills and fix leaking pipes. The first increases will land on bills "
    "from April 1. Thames Water, the country's biggest supplier, has warned that it could run out of cash within months "
    "without fresh money from its lenders, and ministers have drawn up contingency plans for a special administration "
    "should it fail.",
    [
        C(
            "will learn on Thursday how much more they must pay for water",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2024-12-19",
        ),
        C("The first increases will land on bills from April 1", "from April 1", md(4, 1), "event", None,
          real="2025-04-01"),
    ],
    "Ofwat's PR24 final determinations were published on Thursday 19 December 2024; the new bills took effect on 1 "
    "April 2025 (a year-less April date in a December article falls in the next year). The July 2024 draft "
    "determinations are past; 'over the next five years' is an unanchored duration; Thames Water's cash warning is "
    "'could ... within months' (a possibility) and the special administration is hypothetical.",
    ["year-inference", "hypothetical", "duration", "past-month", "undated-future", "explicit-date"],
)

P(
    "tk-mt-gox-deadline-pushed-2023",
    "2023-09-22 11:00",
    "Asia/Tokyo",
    "TOKYO - Creditors of Mt. Gox, the bitcoin exchange that collapsed in 2014 after losing hundreds of thousands of "
    "coins to hackers, face another year of waiting. Rehabilitation trustee Nobuaki Kobayashi said in a letter dated "
    "Sept. 21 that, with the Tokyo District Court's permission, he had moved the deadline for the base, early lump-sum "
    "and intermediate repayments to Oct. 31, 2024, from Oct. 31 this year, because verifying creditors' details and "
    "working with banks and exchanges was taking longer than planned. Creditors who have already supplied the "
    "necessary information could start receiving money by the end of this year, he said, though the schedule may "
    "still change. The estate holds about 142,000 bitcoin, 143,000 bitcoin cash and 69 billion yen.",
    [
        C(
            "he had moved the deadline for the base, early lump-sum and intermediate repayments to Oct. 31, 2024",
            "to Oct. 31, 2024",
            ymd(2024, 10, 31),
            "deadline",
            "Nobuaki Kobayashi",
        ),
    ],
    "Mt. Gox trustee's letter of 21 September 2023 moving the repayment deadline from 31 October 2023 (superseded, "
    "not a claim) to 31 October 2024 (a court-approved cut-off under the rehabilitation plan: deadline; it was later "
    "extended again to 31 October 2025, so no real date). 'could start receiving money by the end of this year' is a "
    "possibility, not a commitment; 'may still change' is the modal may. The letter date only tags when it was said.",
    ["superseded-date", "hypothetical", "said-on-day", "may-verb", "year-end", "explicit-date", "number-like-date"],
)

# ===========================================================================
# Defaults and bankruptcies

P(
    "tk-argentina-ninth-default-2020",
    "2020-05-22 09:00",
    "America/Argentina/Buenos_Aires",
    "BUENOS AIRES - Argentina must pay $503 million of interest on three global bonds by Friday, when a 30-day grace "
    "period runs out, and the government has made clear it will not, a decision that will tip the country into its "
    "ninth sovereign default. The Economy Ministry said on Thursday it was extending the deadline for creditors to accept its offer to "
    "restructure about $65 billion of foreign debt until June 2, the second postponement after an original May 8 "
    "cut-off was pushed back to Friday. Economy Minister Martin Guzman and the main bondholder groups have both said a "
    "deal is within reach, though it is unclear how far the government will improve its terms. The country last "
    "defaulted in 2014.",
    [
        C(
            "Argentina must pay $503 million of interest on three global bonds by Friday",
            "by Friday",
            wd("Friday"),
            "deadline",
            None,
            real="2020-05-22",
        ),
        C(
            "it was extending the deadline for creditors to accept its offer to restructure about $65 billion of "
            "foreign debt until June 2",
            "until June 2",
            md(6, 2),
            "deadline",
            "the Economy Ministry",
        ),
    ],
    "Argentina's grace period on $503m of interest (due 22 April) expired on Friday 22 May 2020, and it defaulted; on "
    "Thursday 21 May the Economy Ministry extended the offer deadline to 2 June (later extended again, so no real "
    "date). The 8 May cut-off and its postponement to 22 May are superseded dates (not claims; the second 'Friday' "
    "is one of them). 2014 is background.",
    ["by-weekday-same-day", "superseded-date", "explicit-past-date", "said-on-day", "number-like-date",
     "explicit-date"],
)

P(
    "tk-sears-chapter-11-eve-2018",
    "2018-10-14 11:00",
    "America/Chicago",
    "HOFFMAN ESTATES, Ill. - Sears Holdings, the retailer founded in 1886 that once dominated American shopping, was "
    "preparing to file for bankruptcy protection as soon as Sunday night, people familiar with the matter said, ahead "
    "of a $134 million debt payment due on Monday that it cannot afford. Chairman Eddie Lampert, whose hedge fund ESL "
    "Investments is the company's biggest shareholder and lender, is expected to step down as chief executive as part of "
    "the filing. Sears, which has fewer than 700 stores left, has lost money every year since 2011. Its board met over "
    "the weekend to weigh the options.",
    [
        C(
            "was preparing to file for bankruptcy protection as soon as Sunday night",
            "as soon as Sunday night",
            wd("Sunday"),
            "prediction",
            None,
        ),
        C(
            "ahead of a $134 million debt payment due on Monday",
            "on Monday",
            wd("Monday"),
            "deadline",
            None,
            real="2018-10-15",
        ),
    ],
    "Sears Holdings filed for Chapter 11 in the early hours of Monday 15 October 2018 (shortly after midnight "
    "Eastern), the day a $134m debt payment was due. The filing timing comes from anonymous sources (speaker null) "
    "and is a forecast (prediction) resolved to the publication day, a Sunday (same day); no real date is recorded "
    "because the filing landed after midnight Eastern. Lampert's stepping down has no date of its own; 'every year "
    "since 2011' and 1886 are background.",
    ["same-day-future", "by-weekday-same-day", "undated-future", "number-like-date", "same-sentence-claims"],
)

N(
    "tk-hertz-chapter-11-2020",
    "2020-05-23 10:00",
    "America/New_York",
    "ESTERO, Fla. - Hertz Global Holdings filed for bankruptcy protection late on Friday, after the coronavirus pandemic "
    "wiped out demand for rental cars and its lenders declined to extend a forbearance agreement that expired that day. "
    "The 102-year-old company, which carries about $19 billion of debt, said its business would keep operating and that "
    "its main international regions, including Europe and Australia, were not part of the filing. Hertz had already cut "
    "about 20,000 jobs since March as airports emptied. If used-car prices keep falling, analysts said, the value of "
    "its fleet, which backs much of that debt, could drop further.",
    "Hertz Chapter 11 filing of Friday 22 May 2020, the day its lenders' forbearance expired (past). 'would keep "
    "operating' has no date; the fleet-value warning is hypothetical. No dated forward-looking claim.",
    ["past-weekday", "hypothetical", "past-month", "number-like-date"],
)

N(
    "tk-toys-r-us-liquidation-2018",
    "2018-03-15 19:00",
    "America/New_York",
    "WAYNE, N.J. - Toys 'R' Us told a bankruptcy court on Thursday that it would close or sell all of its roughly 735 US "
    "stores, putting as many as 33,000 jobs at risk, after failing to find a buyer or a way to restructure about $5 "
    "billion of debt. The 70-year-old chain filed for Chapter 11 protection in September, just before the holiday "
    "shopping season, but its sales over Christmas fell far short of what it needed. Chief Executive David Brandon told "
    "employees the company would try to sell its businesses in Canada and parts of Asia and Europe. The liquidation is "
    "expected to take months, and it is unclear whether any stores might survive under a new owner.",
    "Toys 'R' Us wind-down announced Thursday 15 March 2018 (Chapter 11 filed September 2017). Christmas here is the "
    "past holiday season; the planned sales and the months-long liquidation are undated.",
    ["past-weekday", "past-month", "holiday", "undated-future", "duration", "number-like-date"],
)

N(
    "tk-737-max-us-grounding-2019",
    "2019-03-13 18:00",
    "America/New_York",
    "WASHINGTON - President Donald Trump said on Wednesday that the United States would ground Boeing's 737 MAX 8 and "
    "MAX 9 jets with immediate effect, reversing course after regulators in Europe, China, Canada and dozens of other "
    "countries barred the plane following Sunday's Ethiopian Airlines crash, which killed all 157 people on board. The "
    "Federal Aviation Administration said new satellite data and evidence from the crash site showed similarities with "
    "the Lion Air disaster in Indonesia in October. Boeing, whose shares have fallen more than 10% since the crash, said "
    "it supported the decision out of an abundance of caution and was working on a software update. It was unclear how "
    "long the nearly 400 MAX jets in service worldwide would stay on the ground.",
    "US grounding of the 737 MAX on Wednesday 13 March 2019 (Ethiopian Airlines ET302 crashed Sunday 10 March; Lion "
    "Air JT610 in October 2018). The grounding took effect at once; the software update and the length of the "
    "grounding are undated.",
    ["past-weekday", "said-on-day", "past-month", "undated-future", "number-like-date"],
)

N(
    "tk-meta-record-wipeout-2022",
    "2022-02-03 17:00",
    "America/New_York",
    "NEW YORK - Meta Platforms lost about $230 billion of market value on Thursday, the biggest one-day wipeout for any "
    "US company, after the Facebook owner reported on Wednesday that its daily users had fallen for the first time in "
    "its 18-year history. The shares closed down 26%. Chief Financial Officer Dave Wehner said Apple's privacy changes "
    "to iOS would cost the business about $10 billion in revenue, and Mark Zuckerberg blamed fierce competition for "
    "young users from TikTok. The company's costly bet on the metaverse shows no sign of paying off any time soon. Could "
    "the slide spread to other social media stocks? Shares of Pinterest and Snap also fell during the session.",
    "Meta's record one-day loss of Thursday 3 February 2022 after its Q4 2021 results on Wednesday 2 February. The $10bn "
    "revenue hit is given without a period here; 'any time soon' is undated; the question is not a claim.",
    ["past-weekday", "question", "undated-future", "number-like-date"],
)
