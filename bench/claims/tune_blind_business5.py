"""Tuning passages written blind: business, economics and markets (central bank decisions, earnings and data releases, mergers and deal deadlines, tariffs and trade, strikes, product launches, bankruptcies and restructurings, institutional forecasts) written as wire copy, market reports, analysis, live blogs and newsletters. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_month,
    by_year,
    early_year,
    in_days_anchored,
    in_month,
    in_months,
    in_year,
    in_years,
    md,
    mid_year,
    month_named_end,
    no_claim_adder,
    passage_adder,
    quarter,
    rest_of_year,
    this_year_end,
    wd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


# ===========================================================================
# Mergers, takeovers and deal deadlines

P(
    "to-ab-inbev-sabmiller-deadline-2015",
    "2015-10-12 19:00",
    "Europe/London",
    "LONDON - SABMiller on Monday rebuffed a raised takeover approach from Anheuser-Busch InBev worth 43.50 pounds "
    "a share, saying it still substantially undervalued the brewer of Peroni and Grolsch, even though its biggest "
    "shareholder, Altria, said it backed the proposal. Under British takeover rules, AB InBev has until 5 p.m. on "
    "Wednesday to announce a firm intention to make an offer or walk away for six months, unless SABMiller's board "
    "asks the Takeover Panel for more time. The Belgian company first confirmed its interest on Sept. 16, setting "
    "the 28-day clock running, and made its previous proposal public last Wednesday.",
    [
        C(
            "AB InBev has until 5 p.m. on Wednesday to announce a firm intention to make an offer or walk away",
            "until 5 p.m. on Wednesday",
            wd("Wednesday", "17:00"),
            "deadline",
            None,
        ),
    ],
    "SABMiller rejected AB InBev's 43.50-pound approach on Monday 12 October 2015; the 'put up or shut up' "
    "deadline under the UK Takeover Code was 5 p.m. on Wednesday 14 October (28 days after the 16 September "
    "confirmation). An agreement in principle at 44 pounds on 13 October led to the deadline being extended to "
    "28 October, so no real date is recorded. The 42.15-pound proposal was made public on Wednesday 7 October "
    "(past weekday). The rule sets the deadline, so no speaker; 'walk away for six months' is an unanchored "
    "consequence, not a second claim.",
    ["time-local", "past-weekday", "explicit-past-date", "number-like-date", "duration", "conditional-threat"],
)

P(
    "to-dell-emc-closing-date-2016",
    "2016-08-30 17:00",
    "America/Chicago",
    "ROUND ROCK, Texas - Dell Inc said on Tuesday that its $67 billion takeover of EMC Corp would close on Sept. 7, "
    "after Chinese regulators cleared the deal, removing the last hurdle to the largest technology acquisition on "
    "record. EMC shareholders approved the transaction on July 19, some nine months after it was announced in "
    "October last year. Shares of EMC will stop trading on the New York Stock Exchange before the market opens on "
    "Sept. 7, and a tracking stock tied to Dell's stake in VMware, known as Class V, will begin trading the same "
    "day under the ticker DVMT.",
    [
        C(
            "its $67 billion takeover of EMC Corp would close on Sept. 7",
            "on Sept. 7",
            md(9, 7),
            "event",
            "Dell",
            real="2016-09-07",
        ),
        C(
            "Shares of EMC will stop trading on the New York Stock Exchange before the market opens on Sept. 7",
            "on Sept. 7",
            md(9, 7),
            "event",
            None,
            real="2016-09-07",
        ),
    ],
    "Dell and EMC announced on Tuesday 30 August 2016, after China's MOFCOM approval, that the merger would close "
    "on 7 September 2016, which it did; EMC was delisted and Class V (DVMT) shares began trading that day. EMC "
    "shareholders voted on 19 July 2016; the deal was announced on 12 October 2015. The delisting is a separate "
    "scheduled event in its own sentence with no attribution (null speaker); 'the same day' (Class V trading) "
    "refers back to it and is not labelled again.",
    ["explicit-date", "explicit-past-date", "last-month", "number-like-date", "said-on-day", "repeated-claim"],
)

P(
    "to-pfizer-allergan-split-decision-2016",
    "2016-04-06 12:00",
    "America/New_York",
    "NEW YORK - Pfizer Inc and Allergan Plc on Wednesday called off their $160 billion merger, two days after the "
    "US Treasury unveiled rules to curb tax inversions that stripped the deal of much of its appeal. Pfizer will "
    "pay Allergan $150 million to reimburse expenses. Chief Executive Ian Read said the drugmaker would "
    "now decide by the end of the year whether to split itself in two, separating patent-protected medicines from "
    "its older, off-patent products. The merger, agreed in November, would have moved Pfizer's tax address to "
    "Ireland and created the world's largest drugmaker by sales.",
    [
        C(
            "the drugmaker would now decide by the end of the year whether to split itself in two",
            "by the end of the year",
            this_year_end(),
            "promise",
            "Ian Read",
            real="2016-09-26",
            real_le=True,
        ),
    ],
    "Pfizer and Allergan terminated their merger on Wednesday 6 April 2016 after the Treasury's inversion rules of "
    "Monday 4 April. Pfizer said it would decide on a break-up by the end of 2016 and announced on 26 September 2016 "
    "that it would stay together. The $150 million expense payment is undated; 'would have moved' is a "
    "counterfactual.",
    ["year-end", "past-month", "number-like-date", "hypothetical", "said-on-day"],
)

P(
    "to-shell-london-move-vote-2021",
    "2021-11-15 08:30",
    "Europe/London",
    "LONDON - Royal Dutch Shell plans to move its tax residence to Britain and its chief executive to London, "
    "scrapping the dual share structure it has kept since its two parent companies were unified in 2005 and "
    "dropping 'Royal Dutch' from its name. Shareholders will vote on the changes at a general meeting on Dec. 10, "
    "the company said on Monday. Ben van Beurden, who has led Shell since 2014 from its head office in The Hague, "
    "will relocate along with finance chief Jessica Uhl. The Dutch government, which in 2018 abandoned a plan to "
    "scrap a dividend tax that had been partly meant to keep Shell and Unilever in the Netherlands, said it was "
    "unpleasantly surprised.",
    [
        C(
            "Shareholders will vote on the changes at a general meeting on Dec. 10",
            "on Dec. 10",
            md(12, 10),
            "event",
            "Shell",
            real="2021-12-10",
        ),
    ],
    "Shell announced its simplification on Monday 15 November 2021; shareholders approved it at a general meeting "
    "on 10 December 2021. The 2005 unification, Van Beurden's 2014 appointment and the 2018 dividend-tax U-turn are "
    "background years; the relocation has no date.",
    ["explicit-date", "number-like-date", "said-on-day", "undated-future"],
)

P(
    "to-softbank-arm-takeover-2016",
    "2016-07-18 11:00",
    "Europe/London",
    "LONDON - Japan's SoftBank Group agreed on Monday to buy British chip designer ARM Holdings for 24.3 billion "
    "pounds in cash, the biggest foreign takeover of a UK technology company and the first large deal since Britain "
    "voted on June 23 to leave the European Union. SoftBank founder Masayoshi Son pledged to at least double ARM's "
    "headcount in Britain over the next five years and to keep its headquarters in Cambridge. SoftBank said it "
    "expected the acquisition to be completed in the third quarter of 2016, subject to approval by ARM shareholders "
    "and regulators. Chancellor Philip Hammond, in the job for less than a week, said the deal showed Britain had "
    "lost none of its appeal to international investors.",
    [
        C(
            "pledged to at least double ARM's headcount in Britain over the next five years",
            "over the next five years",
            in_years(5),
            "promise",
            "Masayoshi Son",
        ),
        C(
            "expected the acquisition to be completed in the third quarter of 2016",
            "in the third quarter of 2016",
            quarter(2016, 3),
            "prediction",
            "SoftBank",
            real="2016-09-05",
        ),
    ],
    "SoftBank-ARM deal announced Monday 18 July 2016 (17 pounds a share); completed 5 September 2016. Son's "
    "pledge to double UK staff within five years is read as a 'within five years' duration from the publication day "
    "(README). The Brexit referendum of 23 June is a past date; Hammond became chancellor on 13 July.",
    ["quarter", "duration", "explicit-past-date", "number-like-date", "multi-claim"],
)

P(
    "to-binance-zhao-plea-2023",
    "2023-11-21 16:30",
    "America/Los_Angeles",
    "SEATTLE - Binance founder Changpeng Zhao pleaded guilty in federal court here on Tuesday to failing to maintain "
    "an effective anti-money-laundering programme and stepped down as chief executive of the world's largest "
    "cryptocurrency exchange, part of a $4.3 billion settlement with the US government. Sentencing was set for Feb. "
    "23. Zhao, a Canadian citizen who lives in the United Arab Emirates, agreed to pay a $50 million fine and faces "
    "up to 18 months in prison under the plea agreement. Attorney General Merrick Garland said Binance had become "
    "the world's largest exchange in part because of the crimes it committed. Richard Teng, a former Abu Dhabi "
    "regulator who ran Binance's regional markets, takes over as CEO.",
    [
        C(
            "Sentencing was set for Feb. 23",
            "for Feb. 23",
            md(2, 23),
            "event",
            None,
        ),
    ],
    "Zhao's plea in Seattle on Tuesday 21 November 2023; sentencing was set for 23 February 2024 (a year-less date "
    "in a November article falls in the next year) and later moved to 30 April 2024, so no real date is recorded. "
    "'up to 18 months' is an unanchored duration.",
    ["year-inference", "explicit-date", "duration", "number-like-date", "said-on-day"],
)

P(
    "to-steel-tariff-exemptions-june-2018",
    "2018-05-01 08:00",
    "Europe/Brussels",
    "BRUSSELS - The European Union was spared US steel and aluminium tariffs at the last minute after the White "
    "House late on Monday pushed back a decision that had been due by midnight, when the bloc's temporary "
    "exemption was set to lapse. The exemptions for the EU, Canada and Mexico now run until June 1, while "
    "Washington said it had reached agreements in principle with Argentina, Australia and Brazil. The European "
    "Commission said the extension prolonged market uncertainty and repeated that it would not negotiate under "
    "threat. President Donald Trump imposed duties of 25% on steel and 10% on aluminium in March, citing national "
    "security.",
    [
        C(
            "The exemptions for the EU, Canada and Mexico now run until June 1",
            "until June 1",
            md(6, 1),
            "deadline",
            "the White House",
            real="2018-06-01",
        ),
    ],
    "White House proclamation of Monday 30 April 2018 extending the Section 232 exemptions from 1 May to 1 June "
    "2018; tariffs on the EU, Canada and Mexico took effect on 1 June. The exemption lapses on a date by order, so "
    "it is a deadline (README); the speaker is the White House, which set it in the sentence before. The superseded "
    "midnight expiry (1 May) and the March imposition are not claims.",
    ["superseded-date", "midnight", "past-month", "number-like-date", "explicit-date", "past-weekday"],
)

# ===========================================================================
# Bankruptcies, debt and restructurings

P(
    "to-evergrande-grace-period-2021",
    "2021-09-24 09:30",
    "Asia/Hong_Kong",
    "HONG KONG - China Evergrande Group let an $83.5 million interest payment on one of its dollar bonds fall due "
    "on Thursday without a word to investors, deepening fears that the developer, which owes more than $300 "
    "billion, is heading for one of the largest defaults in Chinese history. Under the bond's terms, Evergrande has "
    "30 days from the missed due date before it is in default. A further $47.5 million coupon, on a bond maturing "
    "in 2024, falls due on Wednesday. Evergrande's shares, down more than 80% this year, jumped on Thursday after "
    "its main onshore unit said it had settled interest on a yuan bond through private negotiations.",
    [
        C(
            "Evergrande has 30 days from the missed due date before it is in default",
            "30 days from the missed due date",
            in_days_anchored(30, "Thursday"),
            "deadline",
            None,
            real="2021-10-22",
            real_le=True,
        ),
        C(
            "A further $47.5 million coupon, on a bond maturing in 2024, falls due on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "deadline",
            None,
            real="2021-09-29",
        ),
    ],
    "Evergrande's $83.5 million coupon was due on Thursday 23 September 2021 with a 30-day grace period (ending "
    "23 October); it paid on 22 October. The 30 days run from the reported Thursday, so both anchors are accepted "
    "(README durations rule). The $47.5 million coupon on its 2024 bond fell due on Wednesday 29 September 2021. "
    "'maturing in 2024' is a background maturity inside the claim's sentence, not a separate claim.",
    ["duration", "past-weekday", "number-like-date", "multi-claim"],
)

P(
    "to-toshiba-results-delay-2017",
    "2017-03-14 20:00",
    "Asia/Tokyo",
    "TOKYO - The Kanto Local Finance Bureau on Tuesday gave Toshiba Corp until April 11 to file its results for the "
    "October-December quarter, the second delay for the conglomerate as it struggles to tally losses at its US "
    "nuclear unit Westinghouse Electric. Toshiba had been due to report on Feb. 14 and was then granted a month's "
    "extension. President Satoshi Tsunakawa apologised to shareholders and said the company would still hold an "
    "extraordinary shareholders' meeting on March 30 to approve the spin-off of its prized memory-chip business. "
    "People familiar with the matter said Westinghouse could file for bankruptcy protection in the United States as "
    "soon as this month.",
    [
        C(
            "gave Toshiba Corp until April 11 to file its results for the October-December quarter",
            "until April 11",
            md(4, 11),
            "deadline",
            "the Kanto Local Finance Bureau",
            real="2017-04-11",
        ),
        C(
            "would still hold an extraordinary shareholders' meeting on March 30",
            "on March 30",
            md(3, 30),
            "event",
            "Satoshi Tsunakawa",
            real="2017-03-30",
        ),
    ],
    "Toshiba won a second extension on Tuesday 14 March 2017 (the first, granted on 14 February, ran to 14 March) "
    "and filed unaudited results on 11 April 2017; its EGM approving the memory split was held on 30 March 2017. "
    "The original Feb. 14 date is superseded. Westinghouse filed for Chapter 11 on 29 March, but the sources' "
    "'could ... as soon as this month' is a possibility from anonymous sources, not a claim (README: 'could'). The "
    "meeting is a scheduled event attributed to Tsunakawa.",
    ["superseded-date", "hypothetical", "explicit-date", "explicit-past-date", "number-like-date", "multi-claim"],
)

P(
    "to-northvolt-chapter-11-2024",
    "2024-11-22 08:00",
    "Europe/Stockholm",
    "STOCKHOLM - Northvolt, the Swedish battery maker once seen as Europe's best hope of competing with Chinese "
    "rivals, filed for Chapter 11 bankruptcy protection in Texas on Thursday, and co-founder Peter Carlsson said he "
    "would step down as chief executive. The company, which has raised billions of dollars since it was founded "
    "in 2016, had only about $30 million in cash left, enough to cover roughly a week of operations. It has lined up "
    "new financing, including support from truck maker Scania, one of its customers, and expects to "
    "complete the restructuring in the first quarter of 2025. Its plants in Skelleftea and Vasteras will keep "
    "running during the process.",
    [
        C(
            "expects to complete the restructuring in the first quarter of 2025",
            "in the first quarter of 2025",
            quarter(2025, 1),
            "prediction",
            "Northvolt",
        ),
    ],
    "Northvolt filed for Chapter 11 in Houston on Thursday 21 November 2024 and said it expected to finish the "
    "process in the first quarter of 2025; it instead filed for bankruptcy in Sweden on 12 March 2025, so no real "
    "date is recorded. Carlsson's resignation and the plants' operation are undated; 'roughly a week' is an "
    "unanchored duration.",
    ["quarter", "duration", "past-weekday", "number-like-date", "undated-future"],
)

P(
    "to-bed-bath-beyond-wind-down-2023",
    "2023-04-24 07:00",
    "America/New_York",
    "UNION, N.J. - Bed Bath & Beyond Inc filed for Chapter 11 bankruptcy protection on Sunday after failing to find "
    "a buyer or raise enough money to stay afloat, ending a rescue effort that had dragged on since last summer. "
    "The home-goods retailer said it would begin winding down its 360 Bed Bath & Beyond stores and 120 buybuy Baby "
    "stores, and plans to close all of them by June 30, according to court filings. It has lined up $240 million "
    "of debtor-in-possession financing from Sixth Street Specialty Lending. Stores and websites will keep serving "
    "customers for now, and the company said it would keep looking for a buyer for all or part of the business.",
    [
        C(
            "plans to close all of them by June 30",
            "by June 30",
            md(6, 30),
            "promise",
            "Bed Bath & Beyond",
        ),
    ],
    "Bed Bath & Beyond filed in New Jersey on Sunday 23 April 2023; its filings said the stores were expected to "
    "close by 30 June 2023. Closing its own stores is a commitment to a course of action (promise); the company "
    "speaks through its court filings. Some stores stayed open into July, so no real date is recorded. 'since last "
    "summer' and 'for now' are not claims.",
    ["past-weekday", "number-like-date", "undated-future", "explicit-date"],
)

P(
    "to-tata-air-india-sale-2021",
    "2021-10-08 18:00",
    "Asia/Kolkata",
    "NEW DELHI - Tata Sons won the auction for loss-making Air India on Friday with a bid of 180 billion rupees, "
    "bringing the national carrier back to the conglomerate that founded it as Tata Airlines in 1932 before it was "
    "nationalised in 1953. The government expects the deal to be completed by the end of December, Tuhin Kanta "
    "Pandey, secretary of the Department of Investment and Public Asset Management, told reporters. The Tata "
    "offer beat one from a consortium led by SpiceJet promoter Ajay Singh. 'Welcome back, Air India,' Tata Sons "
    "chairman emeritus Ratan Tata wrote on Twitter, adding that it would take considerable effort to rebuild the "
    "airline.",
    [
        C(
            "The government expects the deal to be completed by the end of December",
            "by the end of December",
            month_named_end(12),
            "prediction",
            "Tuhin Kanta Pandey",
        ),
    ],
    "Air India sale announced on Friday 8 October 2021; DIPAM secretary Pandey said completion was expected by "
    "December 2021. The handover took place on 27 January 2022, after the window, so no real date is recorded. "
    "The government speaks through Pandey, who reported its expectation (README: the named official keeps the "
    "claim). 1932 and 1953 are background years.",
    ["end-of-month", "number-like-date", "said-on-day", "undated-future"],
)

# ===========================================================================
# Central banks, budgets and institutional forecasts

P(
    "to-bank-of-korea-first-hike-2021",
    "2021-08-26 11:00",
    "Asia/Seoul",
    "SEOUL - The Bank of Korea raised its benchmark interest rate to 0.75% from a record-low 0.5% on Thursday, "
    "becoming the first major Asian central bank to tighten since the pandemic began, as it tries to cool household "
    "debt and soaring house prices. Governor Lee Ju-yeol said policy remained accommodative even after the move, "
    "which one of the seven board members opposed. The bank kept its forecast that the economy would grow 4% this "
    "year and raised its inflation projection to 2.1%. Its next policy review is on Oct. 12.",
    [
        C(
            "The bank kept its forecast that the economy would grow 4% this year",
            "this year",
            in_year(2021),
            "prediction",
            "the Bank of Korea",
        ),
        C(
            "Its next policy review is on Oct. 12",
            "on Oct. 12",
            md(10, 12),
            "event",
            None,
            real="2021-10-12",
        ),
    ],
    "Bank of Korea hike of Thursday 26 August 2021 (0.5% to 0.75%, one dissent); 2021 growth forecast kept at 4%, "
    "inflation raised to 2.1%; the next rate meeting, on 12 October 2021, held the rate. The inflation projection "
    "shares the forecast's year and is not labelled separately.",
    ["year-period", "explicit-date", "number-like-date", "past-weekday", "multi-claim"],
)

P(
    "to-imf-weo-worst-to-come-2022",
    "2022-10-11 09:00",
    "America/New_York",
    "WASHINGTON - The International Monetary Fund cut its forecast for global growth next year to 2.7% from 2.9%, "
    "warning on Tuesday that 'the worst is yet to come' as soaring prices, the war in Ukraine and China's slowdown "
    "weigh on the world economy. Chief economist Pierre-Olivier Gourinchas said there was a 25% chance that growth "
    "could fall below 2% in 2023, a level reached only five times since 1970. The fund expects global inflation "
    "to peak later this year at 9.5% and then ease to 4.1% by 2024. Its previous outlook, in July, had already "
    "trimmed growth forecasts for most big economies.",
    [
        C(
            "cut its forecast for global growth next year to 2.7% from 2.9%",
            "next year",
            in_year(2023),
            "prediction",
            "the International Monetary Fund",
        ),
        C(
            "The fund expects global inflation to peak later this year at 9.5%",
            "later this year",
            rest_of_year(),
            "prediction",
            "the International Monetary Fund",
        ),
        C(
            "then ease to 4.1% by 2024",
            "by 2024",
            by_year(2024),
            "prediction",
            "the International Monetary Fund",
        ),
    ],
    "IMF World Economic Outlook of Tuesday 11 October 2022: 2023 growth cut to 2.7%, inflation to peak at 9.5% in "
    "late 2022 and fall to 4.1% by 2024. Gourinchas's 25% chance that growth 'could' fall below 2% is a "
    "probability, not a forecast of that outcome (README: 'could' is not a claim). July and 1970 are background.",
    ["year-period", "later-this-period", "hypothetical", "same-sentence-claims", "number-like-date",
     "past-month", "multi-claim"],
)

P(
    "to-uk-budget-furlough-live-2021",
    "2021-03-03 13:30",
    "Europe/London",
    "13:02 Chancellor Rishi Sunak confirms the furlough scheme, which pays 80% of workers' wages for hours they "
    "cannot work, will be extended until the end of September. 13:09 The stamp duty holiday on home purchases up "
    "to 500,000 pounds, which was due to end on March 31, will now run until June 30, the chancellor says. 13:15 "
    "Corporation tax will rise to 25% from 19% in April 2023 for companies with profits above 250,000 pounds, "
    "Sunak says, the first increase since 1974. 13:21 The Office for Budget Responsibility now expects the economy "
    "to regain its pre-pandemic size by the middle of next year, six months sooner than it forecast in November.",
    [
        C(
            "will be extended until the end of September",
            "until the end of September",
            by_month(2021, 9),
            "promise",
            "Rishi Sunak",
            real="2021-09-30",
        ),
        C(
            "will now run until June 30",
            "until June 30",
            md(6, 30),
            "promise",
            "Rishi Sunak",
            real="2021-06-30",
        ),
        C(
            "Corporation tax will rise to 25% from 19% in April 2023",
            "in April 2023",
            in_month(2023, 4),
            "promise",
            "Rishi Sunak",
            real="2023-04-01",
        ),
        C(
            "expects the economy to regain its pre-pandemic size by the middle of next year",
            "by the middle of next year",
            mid_year(2022),
            "prediction",
            "the Office for Budget Responsibility",
        ),
    ],
    "Live blog of the UK budget of Wednesday 3 March 2021: furlough extended to 30 September 2021, the stamp duty "
    "holiday from 31 March to 30 June 2021 (both ended on those dates), corporation tax to 25% from 1 April 2023, "
    "and the OBR's forecast of a return to pre-Covid output by mid-2022. A government keeping its own measure "
    "until a date is a promise (README); the superseded March 31 end and the November forecast are not claims. "
    "Timestamps are not dates; as the entries start with digits, the scorer's splitter keeps the whole "
    "passage as one sentence.",
    ["superseded-date", "mid-year", "month-period", "end-of-month", "number-like-date", "same-sentence-claims", "multi-claim"],
)

# ===========================================================================
# Trade and tariffs

P(
    "to-uk-eu-christmas-eve-deal-2020",
    "2020-12-24 17:30",
    "Europe/Brussels",
    "BRUSSELS - Britain and the European Union clinched a trade agreement on Thursday, days before the UK leaves "
    "the bloc's single market and customs union, ending more than four years of wrangling since the 2016 "
    "referendum. The deal will apply provisionally from 11 p.m. London time on Dec. 31, when the post-Brexit "
    "transition period ends, and the European Parliament, which says it has had no time to scrutinise the text, "
    "will vote on it early next year. Commission President Ursula von der Leyen said it had been a long and winding "
    "road. Prime Minister Boris Johnson said Britain had taken back control of its laws and its waters.",
    [
        C(
            "The deal will apply provisionally from 11 p.m. London time on Dec. 31",
            "from 11 p.m. London time on Dec. 31",
            zoned(md(12, 31), "23:00", "Europe/London"),
            "event",
            None,
            real="2021-01-01",
        ),
        C(
            "will vote on it early next year",
            "early next year",
            early_year(2021),
            "event",
            None,
            real="2021-04-28",
        ),
    ],
    "EU-UK Trade and Cooperation Agreement reached on Thursday 24 December 2020; provisional application from the "
    "end of the transition period, 23:00 GMT on 31 December 2020 = 00:00 CET on 1 January 2021 in Brussels "
    "(README: the due date is the converted local date). The European Parliament gave consent on 27 April 2021, "
    "the result announced on 28 April. 'days before' is undated; 2016 is background.",
    ["time-converted", "date-crossing-conversion", "early-year", "same-sentence-claims", "midnight",
     "undated-future", "multi-claim"],
)

P(
    "to-saudi-aramco-price-war-2020",
    "2020-03-10 20:00",
    "Asia/Riyadh",
    "RIYADH - Saudi Aramco will raise its crude supply to a record 12.3 million barrels per day in April, Chief "
    "Executive Amin Nasser said on Tuesday, escalating a price war with Russia a day after oil suffered its "
    "steepest one-day fall since the 1991 Gulf War. The kingdom has been pumping about 9.7 million bpd in recent "
    "months. The move follows the collapse on Friday of talks in Vienna between OPEC and its allies, after Moscow "
    "refused to join deeper cuts to offset the blow to fuel demand from the coronavirus. The existing OPEC+ curbs "
    "expire at the end of March, leaving every producer free to pump at will.",
    [
        C(
            "Saudi Aramco will raise its crude supply to a record 12.3 million barrels per day in April",
            "in April",
            in_month(2020, 4),
            "promise",
            "Amin Nasser",
            real="2020-04-01",
        ),
        C(
            "The existing OPEC+ curbs expire at the end of March",
            "at the end of March",
            month_named_end(3),
            "deadline",
            None,
            real="2020-03-31",
        ),
    ],
    "Aramco's announcement of Tuesday 10 March 2020 (12.3 million bpd from April); the OPEC+ talks broke down on "
    "Friday 6 March and Brent fell about 24% on Monday 9 March. The OPEC+ agreement lapsed on 31 March 2020: a "
    "measure in force by agreement that lapses on a date is a deadline (README). 1991 is background.",
    ["past-weekday", "month-period", "end-of-month", "number-like-date", "said-on-day", "multi-claim"],
)

P(
    "to-eu-china-ev-duties-2024",
    "2024-07-04 12:00",
    "Europe/Brussels",
    "BRUSSELS - The European Union will start charging provisional anti-subsidy duties of up to 37.6% on electric "
    "cars imported from China on Friday, the European Commission confirmed on Thursday, after talks with Beijing "
    "failed to produce a solution. The duties, which come on top of the standard 10% car tariff, will be collected "
    "as guarantees and paid only if the measures are made definitive, which EU governments must decide within four "
    "months. SAIC faces the highest rate, while BYD's is 17.4% and Geely's 19.9%. China's commerce ministry said "
    "last month it would take all necessary measures to defend its companies.",
    [
        C(
            "will start charging provisional anti-subsidy duties of up to 37.6% on electric cars imported from China "
            "on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            "the European Commission",
            real="2024-07-05",
        ),
        C(
            "which EU governments must decide within four months",
            "within four months",
            in_months(4),
            "deadline",
            None,
            real="2024-10-29",
            real_le=True,
        ),
    ],
    "EU provisional duties on Chinese EVs from Friday 5 July 2024, confirmed on Thursday 4 July; the definitive "
    "duties were adopted on 29 October and applied from 30 October 2024. An ordered measure taking effect is an "
    "event with the body that ordered it as speaker (README). 'within four months' is a duration from the "
    "publication day (4 November 2024), a statutory cut-off with no speaker. China's threat 'last month' is past "
    "and undated.",
    ["duration", "past-month", "number-like-date", "said-on-day", "undated-future", "multi-claim"],
)

# ===========================================================================
# Labour, companies and products

P(
    "to-lufthansa-pilots-strike-2022",
    "2022-09-01 12:00",
    "Europe/Berlin",
    "FRANKFURT - Lufthansa pilots will strike on Friday, the Vereinigung Cockpit union said on Wednesday, after "
    "last-ditch talks over pay failed, grounding passenger and cargo flights at the airline's Frankfurt and Munich "
    "hubs for a whole day. The walkout also covers Lufthansa Cargo. Lufthansa said on Thursday it would have to "
    "cancel almost all of the roughly 800 flights planned at its two hubs that day, affecting about 130,000 "
    "passengers. Ground staff organised by the Verdi union had already stopped work for a day in late July, "
    "forcing more than 1,000 cancellations.",
    [
        C(
            "Lufthansa pilots will strike on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            "Vereinigung Cockpit",
            real="2022-09-02",
        ),
    ],
    "Vereinigung Cockpit called a one-day strike for Friday 2 September 2022 on Wednesday 31 August; about 800 "
    "Lufthansa flights were cancelled. An unconditional strike is an event (README). 'that day' refers back to "
    "the labelled strike; Verdi's ground-staff strike was on 27 July 2022 (past).",
    ["past-weekday", "said-on-day", "past-month", "repeated-claim", "number-like-date"],
)

P(
    "to-qantas-joyce-early-exit-2023",
    "2023-09-05 12:00",
    "Australia/Sydney",
    "SYDNEY - Alan Joyce will step down as chief executive of Qantas Airways on Wednesday, two months earlier than "
    "planned, the airline said on Tuesday, handing over to finance chief Vanessa Hudson as it battles a lawsuit over "
    "tickets sold for cancelled flights and public anger over high fares. Joyce, who has run the carrier since 2008, "
    "had been due to retire in early November. The Australian Competition and Consumer Commission sued Qantas last "
    "Thursday, alleging it sold seats on more than 8,000 flights that had already been cancelled. Joyce said the "
    "company needed to focus on its renewal as a priority.",
    [
        C(
            "Alan Joyce will step down as chief executive of Qantas Airways on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            "Qantas",
            real="2023-09-06",
        ),
    ],
    "Qantas announced on Tuesday 5 September 2023 that Joyce would leave on Wednesday 6 September instead of in "
    "November; the ACCC sued on Thursday 31 August. A scheduled departure attributed to the airline is an event "
    "with Qantas as speaker. The superseded 'early November' retirement is not a claim.",
    ["superseded-date", "past-weekday", "said-on-day", "number-like-date"],
)

P(
    "to-stadia-launch-pricing-2019",
    "2019-06-06 11:30",
    "America/Los_Angeles",
    "MOUNTAIN VIEW, Calif. - Google's cloud gaming service Stadia will launch in November in 14 countries, "
    "including the United States, Canada and much of Western Europe, the company said on Thursday, charging $9.99 "
    "a month for a subscription that streams games in up to 4K resolution. Buyers of a $129.99 Founder's Edition "
    "bundle, with a controller and a Chromecast Ultra, will be first in line. A free tier, Stadia Base, will follow "
    "next year, Google said. Phil Harrison, the former Sony and Microsoft executive who runs the service, unveiled "
    "Stadia at a developers' conference in San Francisco in March but left prices and dates open.",
    [
        C(
            "Stadia will launch in November in 14 countries",
            "in November",
            in_month(2019, 11),
            "event",
            "Google",
            real="2019-11-19",
        ),
        C(
            "A free tier, Stadia Base, will follow next year",
            "next year",
            in_year(2020),
            "event",
            "Google",
            real="2020-04-08",
        ),
    ],
    "Stadia Connect of Thursday 6 June 2019: launch in November in 14 countries (it launched on 19 November 2019), "
    "Stadia Pro at $9.99, Founder's Edition $129.99, free Stadia Base 'next year' (opened on 8 April 2020). "
    "Launches are events whoever is the subject (README). The GDC unveiling in March is past.",
    ["month-period", "year-period", "past-month", "number-like-date", "said-on-day", "multi-claim"],
)

P(
    "to-bank-earnings-cpi-week-2023",
    "2023-10-09 07:00",
    "America/New_York",
    "Good morning. With the bond market shut for Columbus Day, stock investors get a quiet start to digest "
    "Friday's blowout payrolls report before a busy week. Minutes of the Federal Reserve's September meeting come "
    "out at 2 p.m. ET on Wednesday, and the September consumer price index, the main event, follows at 8:30 a.m. "
    "on Thursday; economists polled by Reuters expect core inflation to slow to 4.1% from 4.3%. Then on Friday "
    "JPMorgan Chase, Citigroup and Wells Fargo kick off the third-quarter earnings season, with analysts watching "
    "for signs that higher rates are squeezing borrowers. Will the numbers change the Fed's mind about one more "
    "hike this year?",
    [
        C(
            "Minutes of the Federal Reserve's September meeting come out at 2 p.m. ET on Wednesday",
            "at 2 p.m. ET on Wednesday",
            wd("Wednesday", "14:00"),
            "event",
            None,
            real="2023-10-11",
        ),
        C(
            "the September consumer price index, the main event, follows at 8:30 a.m. on Thursday",
            "at 8:30 a.m. on Thursday",
            wd("Thursday", "08:30"),
            "event",
            None,
            real="2023-10-12",
        ),
        C(
            "Then on Friday JPMorgan Chase, Citigroup and Wells Fargo kick off the third-quarter earnings season",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2023-10-13",
        ),
    ],
    "Newsletter of Monday 9 October 2023 (Columbus Day): FOMC minutes on Wednesday 11 October at 2 p.m. ET, "
    "September CPI on Thursday 12 October at 8:30 a.m. ET, and JPMorgan, Citi and Wells Fargo results on Friday "
    "13 October 2023. ET matches the passage zone, so times are kept. The payrolls report of Friday 6 October is "
    "past; the core-CPI forecast has no date of its own; the question about a hike 'this year' is not a claim.",
    ["time-local", "past-weekday", "question", "same-sentence-claims", "number-like-date", "multi-claim"],
)

# ===========================================================================
# No dated forward-looking claim

N(
    "to-greensill-insolvency-2021",
    "2021-03-09 09:00",
    "Europe/London",
    "LONDON - Greensill Capital, the supply-chain finance firm backed by SoftBank and advised by former Prime "
    "Minister David Cameron, filed for insolvency in Britain on Monday, a week after Credit Suisse froze $10 billion "
    "of investment funds built around its loans. Germany's financial regulator BaFin shut Greensill's Bremen-based "
    "bank last Wednesday and filed a criminal complaint against its management. Administrators from Grant Thornton "
    "were appointed, and the firm said it had agreed to sell parts of its business to Apollo Global Management. "
    "Credit Suisse said it was working to return money to investors in the frozen funds as soon as possible.",
    "Greensill Capital entered administration on Monday 8 March 2021; Credit Suisse froze the funds on Monday 1 "
    "March; BaFin closed Greensill Bank on Wednesday 3 March. Every date is past; the repayment is undated.",
    ["past-weekday", "said-on-day", "undated-future", "number-like-date"],
)

N(
    "to-thomas-cook-collapse-2019",
    "2019-09-23 10:00",
    "Europe/London",
    "LONDON - Thomas Cook, the world's oldest travel company, collapsed in the early hours of Monday after "
    "weekend talks with lenders and its biggest shareholder, China's Fosun, failed to find an extra 200 million "
    "pounds, leaving about 150,000 British holidaymakers stranded abroad. The Civil Aviation Authority has begun "
    "the largest peacetime repatriation in British history, chartering dozens of aircraft to fly customers home "
    "in the coming days. The firm, founded in 1841 to run a rail excursion from Leicester to Loughborough, employed "
    "22,000 people, 9,000 of them in Britain. A rescue led by Fosun had been agreed in August. Why did the "
    "government refuse to step in? Prime Minister Boris Johnson instead questioned whether the directors should "
    "have paid themselves large bonuses.",
    "Thomas Cook went into compulsory liquidation early on Monday 23 September 2019. The repatriation has no date "
    "('in the coming days'), the August rescue is past, and the question is not a claim.",
    ["past-month", "undated-future", "question", "number-like-date"],
)

N(
    "to-germany-winter-recession-2023",
    "2023-05-25 10:30",
    "Europe/Berlin",
    "BERLIN - Germany slipped into recession over the winter, revised figures showed on Thursday, as stubbornly "
    "high inflation sapped household spending in Europe's largest economy. The Federal Statistical Office said "
    "gross domestic product fell 0.3% in the first three months of the year, after a 0.5% contraction in the final "
    "quarter of 2022; its first estimate in April had shown no change. Household consumption dropped 1.2% from the "
    "previous quarter. Will the second quarter be any better? Economists said the European Central Bank's rate "
    "rises, and weak orders for German factories, could keep the economy stagnating for some time.",
    "Destatis revision of Thursday 25 May 2023: Q1 2023 GDP -0.3% after -0.5% in Q4 2022 (technical recession). "
    "The second-quarter question and the 'could ... for some time' possibility are not claims; every dated "
    "period is past.",
    ["question", "hypothetical", "said-on-day", "past-month", "number-like-date", "quarter"],
)

N(
    "to-uk-gdp-great-frost-2021",
    "2021-02-12 07:30",
    "Europe/London",
    "LONDON - Britain's economy shrank by 9.9% in 2020, its biggest annual fall since the Great Frost of 1709, "
    "official figures showed on Friday, though it avoided slipping back into recession at the end of the year. "
    "Gross domestic product grew 1.0% in the fourth quarter, the Office for National Statistics said, helped by "
    "government spending on coronavirus testing and vaccines. Output in December alone rose 1.2%. Chancellor "
    "Rishi Sunak said the economy had shown resilience, but that the lockdown imposed in January would weigh on "
    "it for some time yet.",
    "ONS release of Friday 12 February 2021: 2020 GDP -9.9%, Q4 +1.0%, December +1.2%. 1709, 2020, December and "
    "January are past; 'for some time yet' is undated.",
    ["said-on-day", "past-month", "undated-future", "number-like-date", "year-period"],
)

N(
    "to-us-jobs-april-2020",
    "2020-05-08 09:30",
    "America/New_York",
    "WASHINGTON - The US economy shed 20.5 million jobs in April, the steepest drop since the Great Depression, "
    "wiping out a decade of hiring since the 2008-09 financial crisis, the Labor Department said on Friday. The "
    "unemployment rate jumped to 14.7% from 4.4% in March. The department said the true rate was probably about "
    "five percentage points higher, because many people off work were counted as employed but absent. Will the jobs "
    "come back as states reopen? President Donald Trump said on Friday that they would, and soon.",
    "Employment report for April 2020, released Friday 8 May 2020. Past months, a question and an undated "
    "'soon' only.",
    ["said-on-day", "past-month", "question", "undated-future", "number-like-date"],
)

N(
    "to-sterling-brexit-plunge-2016",
    "2016-06-24 09:00",
    "Europe/London",
    "LONDON - Sterling suffered its biggest one-day fall on record on Friday, sinking more than 10% at one point "
    "to $1.3229, its weakest level since 1985, after Britons voted on Thursday to leave the European Union. The "
    "FTSE 100 index dropped more than 8% in the first minutes of trading before recovering some ground. Prime "
    "Minister David Cameron announced that he would resign, leaving it to his successor to start formal exit "
    "talks. Bank of England Governor Mark Carney said the bank stood ready to provide more than 250 billion pounds "
    "of extra funds to keep markets working.",
    "Brexit referendum of Thursday 23 June 2016; sterling hit $1.3229 on 24 June. Cameron's resignation and the "
    "exit talks are undated here, and Carney's offer is undated.",
    ["past-weekday", "said-on-day", "undated-future", "number-like-date"],
)

N(
    "to-apple-three-trillion-2022",
    "2022-01-03 16:30",
    "America/New_York",
    "NEW YORK - Apple briefly became the first company to be worth $3 trillion on Monday, as its shares rose as "
    "much as 2.5% to a record $182.88 in the first trading session of 2022, before closing just short of the mark. "
    "The iPhone maker passed $2 trillion in August 2020, only two years after it first reached $1 trillion. "
    "Investors have bet heavily on its services arm and on new devices such as a mixed-reality headset, which Apple "
    "has never confirmed. Can it stay above the line? Some fund managers said the valuation already assumed years "
    "of flawless execution.",
    "Apple touched $3 trillion intraday on Monday 3 January 2022 and closed at $182.01 ($2.99 trillion). August "
    "2020 and 2018 are past; the headset is undated; a question.",
    ["number-like-date", "explicit-past-date", "question", "undated-future"],
)

N(
    "to-lse-deutsche-boerse-blocked-2017",
    "2017-03-29 15:00",
    "Europe/Brussels",
    "BRUSSELS - The European Commission on Wednesday blocked the planned merger of the London Stock Exchange and "
    "Deutsche Boerse, saying the combination would have created a de facto monopoly in clearing fixed-income "
    "instruments. EU Competition Commissioner Margrethe Vestager said the LSE had refused to sell its majority "
    "stake in the Italian bond trading platform MTS, which would have addressed the concerns. The deal, agreed in "
    "March last year, was the third attempt in 17 years to combine the two exchange operators, after failed tie-ups "
    "in 2000 and 2005. Britain's vote to leave the EU had already raised questions about where the combined group "
    "would be based.",
    "Commission veto of Wednesday 29 March 2017; the merger was agreed in March 2016. Counterfactuals ('would "
    "have created', 'would have addressed'), a past duration and background years only.",
    ["hypothetical", "explicit-past-date", "last-month", "number-like-date", "said-on-day"],
)
