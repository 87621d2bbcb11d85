"""Tuning passages written blind: business, economics and markets (central bank decisions, earnings and data releases, mergers and deal deadlines, tariffs and trade, strikes and labour talks, product launches, bankruptcies and restructurings, forecasts by analysts and institutions), written as wire copy, market reports, analysis and newsletters. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_year,
    half,
    in_days,
    in_days_anchored,
    in_month,
    in_year,
    md,
    md_span,
    mid_year,
    no_claim_adder,
    passage_adder,
    wd,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


# ===========================================================================
# Boardrooms: successions and restructurings

P(
    "t5-buffett-abel-ceo-2025",
    "2025-05-05 09:30",
    "America/Chicago",
    "OMAHA, Nebraska (Reuters) - Berkshire Hathaway's directors voted unanimously on Sunday to make Greg Abel chief "
    "executive on Jan. 1, the company said, a day after Warren Buffett told some 40,000 shareholders at the annual "
    "meeting that he would ask the board to replace him with Abel. Buffett, 94, will stay on as "
    "chairman, Berkshire said in a brief statement. Abel, 62, has run the conglomerate's non-insurance businesses "
    "since 2018 and was confirmed as Buffett's designated successor in 2021. Berkshire's Class B shares fell about 5% "
    "in early trading on Monday, their first session since the announcement. Buffett said on Saturday that he had no "
    "intention of selling a single Berkshire share. The company reported the same day that its cash pile had swelled "
    "to a record $347.7 billion at the end of March.",
    [
        C(
            "voted unanimously on Sunday to make Greg Abel chief executive on Jan. 1",
            "on Jan. 1",
            md(1, 1),
            "event",
            "Berkshire Hathaway",
            real="2026-01-01",
        ),
    ],
    "Berkshire Hathaway board vote of Sunday 4 May 2025, announced that evening: Greg Abel to become CEO on 1 January "
    "2026, Buffett to remain chairman; Buffett had announced his plan at the annual meeting on Saturday 3 May 2025. "
    "A year-less 'Jan. 1' in a May article is the next 1 January. Buffett's request of the day before carries no "
    "date of its own in the text. An appointment taking effect is labelled an event, attributed by 'the company "
    "said'. Q1 2025 cash $347.7 billion ('the end of March' is past); Class B shares fell about 5% on Monday 5 May.",
    [
        "year-inference",
        "past-weekday",
        "said-on-day",
        "number-like-date",
        "past-month",
    ],
)

P(
    "t5-starbucks-niccol-2024",
    "2024-08-13 17:30",
    "America/Los_Angeles",
    "Starbucks on Tuesday named Chipotle Mexican Grill boss Brian Niccol as its next chief executive, pushing out "
    "Laxman Narasimhan after only 17 months in the job as sales slump in its two biggest markets, the United States "
    "and China. Niccol will take the helm on Sept. 9, the coffee chain said, with finance chief Rachel Ruggeri running "
    "the company on an interim basis until then. Chipotle said its operating chief, Scott Boatwright, would become "
    "interim CEO effective Aug. 31, when Niccol leaves the burrito chain he has led since 2018. Investors cheered: "
    "Starbucks shares closed up 24.5% on Tuesday, their biggest one-day gain on record, while Chipotle fell 7.5%. The "
    "shake-up comes weeks after activist investor Elliott Management disclosed a sizeable stake in Starbucks, which "
    "has reported two straight quarters of falling same-store sales.",
    [
        C(
            "Niccol will take the helm on Sept. 9",
            "on Sept. 9",
            md(9, 9),
            "event",
            "Starbucks",
            real="2024-09-09",
        ),
        C(
            "would become interim CEO effective Aug. 31",
            "effective Aug. 31",
            md(8, 31),
            "event",
            "Chipotle",
            real="2024-08-31",
        ),
    ],
    "Starbucks announcement of Tuesday 13 August 2024: Brian Niccol CEO from 9 September 2024, CFO Rachel Ruggeri "
    "interim CEO until then; Chipotle named COO Scott Boatwright interim CEO effective 31 August 2024. Starbucks "
    "closed up 24.5%, Chipotle down 7.5%. Appointments taking effect are events, each attributed to the company that "
    "announced it. 'until then' refers back to the Sept. 9 claim.",
    ["said-on-day", "past-month", "number-like-date", "explicit-date"],
)

P(
    "t5-unilever-ice-cream-spin-2024",
    "2024-03-19 08:30",
    "Europe/London",
    "LONDON - Unilever will spin off its ice cream business, home to Ben & Jerry's, Magnum and Wall's, and cut about "
    "7,500 jobs, mostly in office roles, as Chief Executive Hein Schumacher tries to revive growth at the consumer "
    "goods giant. The company said on Tuesday it aims to complete the separation, most likely through a demerger into "
    "a separately listed company, by the end of 2025. Ice cream, which generated 7.9 billion euros of sales last year, "
    "has been growing more slowly than Unilever's other divisions and needs its own freezer supply chain. The job cuts "
    "are part of a productivity programme meant to save about 800 million euros. Schumacher, who took over in July, "
    "said in October that the group would focus its investment on its 30 biggest brands.",
    [
        C(
            "it aims to complete the separation, most likely through a demerger into a separately listed company, by the end of 2025",
            "by the end of 2025",
            by_year(2025),
            "promise",
            "Unilever",
            real="2025-12-08",
            real_le=True,
        ),
    ],
    "Unilever announcement of Tuesday 19 March 2024 (ice cream separation by end-2025, about 7,500 job cuts, about "
    "EUR 800 million of savings); The Magnum Ice Cream Company began trading in December 2025 (recorded as 8 December, "
    "within the 'by' deadline). A target for the company's own organisation is a promise. Schumacher became CEO on "
    "1 July 2023 and set out his 30 'power brands' plan in October 2023 (past months).",
    ["year-period", "past-month", "number-like-date", "said-on-day"],
)

P(
    "t5-stellantis-tavares-exit-2024",
    "2024-12-02 09:30",
    "Europe/Amsterdam",
    "AMSTERDAM - Stellantis shares fell more than 6% in early trading on Monday after Chief Executive Carlos Tavares "
    "resigned abruptly on Sunday, following a clash with the board over how to turn around the carmaker behind Jeep, "
    "Peugeot and Fiat. Tavares, who built Stellantis from the 2021 merger of Fiat Chrysler and PSA, had been due to "
    "step down when his term ended in early 2026. Chairman John Elkann will lead a new interim executive committee, "
    "and the process of appointing a permanent chief executive will be completed in the first half of 2025, the "
    "company said. Stellantis cut its profit forecast on Sept. 30, blaming bloated U.S. inventories and weak sales in "
    "Europe, and its shares have lost about 40% this year.",
    [
        C(
            "the process of appointing a permanent chief executive will be completed in the first half of 2025",
            "in the first half of 2025",
            half(2025, 1),
            "promise",
            "Stellantis",
            real="2025-05-28",
        ),
    ],
    "Carlos Tavares resigned on Sunday 1 December 2024; Stellantis said a new CEO would be appointed in the first "
    "half of 2025 (Antonio Filosa was named on 28 May 2025). Tavares's earlier planned exit at the end of his term in "
    "early 2026 is superseded ('had been due to') and not a claim. Profit warning of 30 September 2024 is past.",
    ["half", "cancelled-date", "past-weekday", "explicit-past-date", "number-like-date", "early-year"],
)

N(
    "t5-intel-gelsinger-exit-2024",
    "2024-12-02 15:00",
    "America/Los_Angeles",
    "SANTA CLARA, California - Intel Chief Executive Pat Gelsinger has retired, the chipmaker said on Monday, ending a "
    "turnaround effort that failed to stem market share losses and left it trailing Nvidia in artificial "
    "intelligence chips. His departure took effect on Sunday, Dec. 1, and Chief Financial Officer David Zinsner and "
    "products chief Michelle Johnston Holthaus will serve as interim co-CEOs while the board searches for a successor. "
    "Gelsinger, who returned to Intel in February 2021 after more than a decade away, had pledged to restore its "
    "manufacturing lead and build a contract chipmaking business for other companies. Intel shares, which have lost "
    "about half their value this year, rose about 6% in early trading before giving up most of the gains. Last week "
    "the company finalised a federal grant of up to $7.86 billion under the CHIPS Act. The search for a new chief "
    "executive is expected to take months, people familiar with the matter said.",
    "Intel announcement of Monday 2 December 2024: Gelsinger retired effective Sunday 1 December 2024; Zinsner and "
    "Holthaus interim co-CEOs. The CHIPS Act award was finalised on 26 November 2024. 'while the board searches' and "
    "'expected to take months' are undated; the retirement date is past.",
    ["explicit-past-date", "past-weekday", "said-on-day", "undated-future", "number-like-date", "duration"],
)

# ===========================================================================
# Deals, listings and index changes

P(
    "t5-morrisons-auction-2021",
    "2021-10-01 18:30",
    "Europe/London",
    "LONDON - The battle for Wm Morrison will be settled in a rare blind auction run by Britain's Takeover Panel, "
    "after neither of the private equity suitors circling the supermarket chain was willing to walk away. Bidding "
    "between Clayton, Dubilier & Rice and a consortium led by SoftBank-owned Fortress Investment Group will begin on "
    "Saturday and could run to as many as five rounds, the panel has said, with the winner to be announced before "
    "the stock market opens on Monday. CD&R's 285 pence-a-share offer, made in August and recommended by Morrisons' "
    "board, currently tops Fortress's 272 pence. The Bradford-based grocer, Britain's fourth-largest, rejected a "
    "230 pence approach from CD&R in June, setting off a bidding war that has now lasted more than three months.",
    [
        C(
            "will begin on Saturday",
            "on Saturday",
            wd("Saturday"),
            "event",
            "the Takeover Panel",
            real="2021-10-02",
        ),
        C(
            "with the winner to be announced before the stock market opens on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            "the Takeover Panel",
            real="2021-10-04",
        ),
    ],
    "Takeover Panel auction for Wm Morrison between CD&R and the Fortress consortium: bidding on Saturday 2 October "
    "2021, result announced on the morning of Monday 4 October 2021 (CD&R won at 287p). Both dates sit in one "
    "sentence attributed to the panel. 'could run to as many as five rounds' is a possibility, not a dated claim; "
    "August and June offers are past.",
    ["same-sentence-claims", "past-month", "number-like-date"],
)

P(
    "t5-tesla-sp500-entry-2020",
    "2020-12-18 07:00",
    "America/New_York",
    "NEW YORK - Index funds that track the S&P 500 must own Tesla by the close of trading on Friday, setting up what "
    "could be one of the heaviest trading sessions in the electric carmaker's history. Tesla joins the benchmark "
    "before the opening bell on Monday, Dec. 21, S&P Dow Jones Indices said, making it by far the largest company "
    "ever added, with a market value of about $600 billion. The index provider said on Nov. 30 that it would add the "
    "stock in a single tranche at full weight rather than splitting its entry over two weeks, an option it had "
    "floated earlier in the month. Tesla shares have risen about 60% since the Nov. 16 announcement, and more than "
    "sevenfold this year. Analysts expect passive funds to buy tens of billions of dollars' worth of the stock while "
    "trimming their holdings of other members.",
    [
        C(
            "Index funds that track the S&P 500 must own Tesla by the close of trading on Friday",
            "by the close of trading on Friday",
            wd("Friday"),
            "deadline",
            None,
            real="2020-12-18",
        ),
        C(
            "Tesla joins the benchmark before the opening bell on Monday, Dec. 21",
            "on Monday, Dec. 21",
            md(12, 21),
            "event",
            "S&P Dow Jones Indices",
            real="2020-12-21",
        ),
    ],
    "Tesla entered the S&P 500 before the open on Monday 21 December 2020; index funds rebalanced at the close on "
    "Friday 18 December (the publication day: 'by Friday' in a Friday article is that day). S&P DJI announced the "
    "inclusion on 16 November and the single-tranche decision on 30 November 2020 (past explicit dates). The "
    "analysts' expectation carries no date of its own.",
    ["by-weekday-same-day", "same-day-future", "explicit-past-date", "number-like-date", "explicit-date"],
)

P(
    "t5-lic-ipo-2022",
    "2022-04-27 19:30",
    "Asia/Kolkata",
    "MUMBAI - India's government set a price band of 902 to 949 rupees a share on Wednesday for the long-awaited "
    "initial public offering of Life Insurance Corp of India, aiming to raise about 210 billion rupees from the "
    "country's biggest-ever listing. The issue will be open for subscription from May 4 to May 9, with anchor "
    "investors able to bid on May 2, said Tuhin Kanta Pandey, secretary of the department of investment and public "
    "asset management. LIC shares are expected to list on the stock exchanges on May 17. The government, which had "
    "planned to sell shares in March before the war in Ukraine roiled markets, has cut the sale to a 3.5% stake and "
    "has until May 12 to launch the offer without filing fresh papers with the market regulator. Policyholders will "
    "get a discount of 60 rupees a share.",
    [
        C(
            "The issue will be open for subscription from May 4 to May 9",
            "from May 4 to May 9",
            md_span(5, 4, 5, 9),
            "event",
            "Tuhin Kanta Pandey",
            real="2022-05-04",
        ),
        C(
            "with anchor investors able to bid on May 2",
            "on May 2",
            md(5, 2),
            "event",
            "Tuhin Kanta Pandey",
            real="2022-05-02",
        ),
        C(
            "LIC shares are expected to list on the stock exchanges on May 17",
            "on May 17",
            md(5, 17),
            "event",
            None,
            real="2022-05-17",
        ),
        C(
            "has until May 12 to launch the offer without filing fresh papers with the market regulator",
            "until May 12",
            md(5, 12),
            "deadline",
            None,
            real="2022-05-04",
            real_le=True,
        ),
    ],
    "LIC IPO announced on Wednesday 27 April 2022: price band Rs 902-949, anchor book 2 May, subscription 4-9 May "
    "(one activity over consecutive days, one claim spanning both ends), listing 17 May 2022; SEBI's approval let "
    "the government launch without re-filing until 12 May (met early: launched 4 May). The March plan is past and "
    "superseded. 'expected to list on May 17' reports a schedule, so event.",
    [
        "same-sentence-claims",
        "range",
        "superseded-date",
        "past-month",
        "number-like-date",
        "may-verb",
        "explicit-date",
    ],
)

P(
    "t5-alphabet-first-dividend-2024",
    "2024-04-25 16:45",
    "America/Los_Angeles",
    "SAN FRANCISCO - Alphabet will pay a dividend for the first time in its history, the Google parent said on "
    "Thursday, sending its shares up about 12% in after-hours trading as first-quarter results beat Wall Street "
    "forecasts. The company will pay 20 cents a share on June 17 to shareholders of record at the close of business "
    "on June 10, and it authorised a further $70 billion of share buybacks. Revenue rose 15% to $80.5 billion in the "
    "January-March quarter, helped by cloud computing and YouTube advertising. The move follows Meta Platforms, which "
    "declared its first dividend in February, and leaves Amazon as the only one of the biggest U.S. technology "
    "companies not to pay one. Alphabet said it intends to keep paying quarterly dividends, subject to board approval.",
    [
        C(
            "The company will pay 20 cents a share on June 17",
            "on June 17",
            md(6, 17),
            "promise",
            "Alphabet",
            real="2024-06-17",
        ),
        C(
            "to shareholders of record at the close of business on June 10",
            "at the close of business on June 10",
            md(6, 10),
            "deadline",
            "Alphabet",
            real="2024-06-10",
        ),
    ],
    "Alphabet Q1 2024 results, Thursday 25 April 2024: first dividend of $0.20 payable 17 June 2024 to holders of "
    "record on 10 June 2024; $70 billion buyback. The payment is the company's commitment (promise); the record date "
    "is a cut-off (deadline), both stated by Alphabet in one sentence. 'first-quarter', 'January-March' and "
    "'February' are past; the ongoing dividend intention is undated.",
    ["same-sentence-claims", "past-month", "number-like-date", "said-on-day", "undated-future"],
)

# ===========================================================================
# Central banks and data

P(
    "t5-ecb-first-cut-live-2024",
    "2024-06-06 13:05",
    "Europe/Berlin",
    "13:05 CET - Less than an hour to go. The ECB's rate decision is due at 14:15 CET, and President Christine Lagarde "
    "will take questions from 14:45, when the focus will be on whether she signals anything beyond today's widely "
    "expected quarter-point cut to the 4% deposit rate. It would be the first reduction since September 2019 and "
    "follows ten straight hikes that began in July 2022. Economists polled by Reuters expect a second cut in "
    "September, while traders have trimmed their bets after euro zone wage growth picked up to 4.7% in the first "
    "quarter. Policymakers meet next on July 18, when most analysts see rates on hold.",
    [
        C(
            "The ECB's rate decision is due at 14:15 CET",
            "at 14:15 CET",
            ymd(2024, 6, 6, "14:15"),
            "event",
            None,
            real="2024-06-06",
        ),
        C(
            "President Christine Lagarde will take questions from 14:45",
            "from 14:45",
            ymd(2024, 6, 6, "14:45"),
            "event",
            None,
            real="2024-06-06",
        ),
        C(
            "Economists polled by Reuters expect a second cut in September",
            "in September",
            in_month(2024, 9),
            "prediction",
            "economists polled by Reuters",
            real="2024-09-12",
        ),
        C(
            "Policymakers meet next on July 18",
            "on July 18",
            md(7, 18),
            "event",
            None,
            real="2024-07-18",
        ),
    ],
    "Live-blog entry on the ECB decision day, Thursday 6 June 2024: decision at 14:15 and press conference at 14:45 "
    "Frankfurt time (the text's 'CET', as reporters write it in summer, names the passage's own zone, so times are "
    "kept); the ECB cut to 3.75%, cut again on 12 September and held on 18 July 2024. Both same-day claims carry no "
    "written date, so they resolve to the publication day. 'when most analysts see rates on hold' refers back to July "
    "18 and is not a separate claim; September 2019, July 2022 and the first quarter are past.",
    [
        "same-day-future",
        "time-local",
        "same-sentence-claims",
        "month-period",
        "past-month",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "t5-boc-surprise-cut-2015",
    "2015-01-21 15:00",
    "America/Toronto",
    "OTTAWA - The Bank of Canada unexpectedly cut its benchmark interest rate to 0.75 per cent from 1 per cent on "
    "Wednesday, its first move in more than four years, calling the reduction insurance against the damage from "
    "plunging oil prices. Governor Stephen Poloz told reporters the collapse in crude, which has lost more than half "
    "its value since June, was unambiguously negative for Canada. In its quarterly Monetary Policy Report the bank "
    "forecast that growth would slow to about 1.5 per cent in the first half of 2015 and that the economy would "
    "expand 2.1 per cent this year, down from its October call of 2.4 per cent. It now sees the economy returning to "
    "full capacity around the end of 2016, later than it had expected. The Canadian dollar fell more than a cent to "
    "below 81 U.S. cents. The next rate announcement is scheduled for March 4.",
    [
        C(
            "growth would slow to about 1.5 per cent in the first half of 2015",
            "in the first half of 2015",
            half(2015, 1),
            "prediction",
            "the Bank of Canada",
        ),
        C(
            "the economy would expand 2.1 per cent this year",
            "this year",
            in_year(2015),
            "prediction",
            "the Bank of Canada",
        ),
        C(
            "It now sees the economy returning to full capacity around the end of 2016",
            "around the end of 2016",
            by_year(2016),
            "prediction",
            "the Bank of Canada",
        ),
        C(
            "The next rate announcement is scheduled for March 4",
            "for March 4",
            md(3, 4),
            "event",
            None,
            real="2015-03-04",
        ),
    ],
    "Bank of Canada cut of Wednesday 21 January 2015 and its January 2015 Monetary Policy Report (growth about 1.5% "
    "in H1 2015, 2.1% in 2015, full capacity around the end of 2016); the next fixed date, 4 March 2015, brought no "
    "change. 'around the end of 2016' is not covered by the README; read, as a news editor would, like 'by the end "
    "of 2016' (31 December 2016). The pronoun 'It' is the bank. June and October are past months.",
    ["half", "year-period", "same-sentence-claims", "pronoun-speaker", "past-month", "number-like-date", "year-end"],
)

P(
    "t5-uk-inflation-111-2022",
    "2022-11-16 08:00",
    "Europe/London",
    "LONDON - British consumer price inflation jumped to 11.1% in October, its highest rate since October 1981, "
    "official figures showed on Wednesday, piling pressure on finance minister Jeremy Hunt as he prepares tens of "
    "billions of pounds of tax rises and spending cuts. Hunt will deliver the autumn statement to parliament on "
    "Thursday. The Office for National Statistics said the jump from 10.1% in September was driven by gas and "
    "electricity bills, despite the government's cap on household energy prices. The Bank of England, which raised "
    "rates by three quarters of a percentage point to 3% on Nov. 3, has forecast that inflation is close to its peak "
    "and will fall sharply from the middle of next year. The ONS will publish November's figures on Dec. 14.",
    [
        C(
            "Hunt will deliver the autumn statement to parliament on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2022-11-17",
        ),
        C(
            "will fall sharply from the middle of next year",
            "from the middle of next year",
            mid_year(2023),
            "prediction",
            "the Bank of England",
        ),
        C(
            "The ONS will publish November's figures on Dec. 14",
            "on Dec. 14",
            md(12, 14),
            "event",
            None,
            real="2022-12-14",
        ),
    ],
    "ONS October 2022 CPI (11.1%, released Wednesday 16 November 2022); Hunt's autumn statement on Thursday 17 "
    "November 2022; the BoE's November 2022 Monetary Policy Report saw inflation falling sharply from mid-2023; the "
    "November CPI came out on 14 December 2022. 'the middle of next year' read as mid-2023 (1 June-31 July). The Nov. "
    "3 hike, October 1981 and September are past; 'November's figures' names the data month, not a date.",
    ["mid-year", "said-on-day", "explicit-past-date", "past-month", "number-like-date", "explicit-date"],
)

P(
    "t5-oecd-outlook-june-2020",
    "2020-06-10 11:00",
    "Europe/Paris",
    "PARIS - The world economy faces its deepest recession in peacetime for a century, the OECD said on Wednesday, "
    "warning that a second wave of coronavirus infections later this year would make the damage far worse. Even if "
    "the virus is kept under control, the Paris-based organisation forecast that global output will shrink 6% this "
    "year and rebound by 5.2% in 2021. Should a second outbreak force new lockdowns, the contraction would deepen to "
    "7.6%, with growth of only 2.8% next year. The world economy was walking a tightrope, chief economist Laurence "
    "Boone said, urging governments not to withdraw support too early. The OECD is due to publish its next interim "
    "forecasts in September.",
    [
        C(
            "global output will shrink 6% this year",
            "this year",
            in_year(2020),
            "prediction",
            "the OECD",
        ),
        C(
            "and rebound by 5.2% in 2021",
            "in 2021",
            in_year(2021),
            "prediction",
            "the OECD",
        ),
        C(
            "The OECD is due to publish its next interim forecasts in September",
            "in September",
            in_month(2020, 9),
            "event",
            None,
            real="2020-09-16",
        ),
    ],
    "OECD Economic Outlook of Wednesday 10 June 2020: single-hit scenario -6.0% in 2020 and +5.2% in 2021; "
    "double-hit scenario -7.6% and +2.8% (a hypothetical, 'Should ... would', so not claims, nor is the "
    "'second wave later this year'); the interim outlook followed on 16 September 2020.",
    ["hypothetical", "same-sentence-claims", "year-period", "month-period", "said-on-day", "number-like-date"],
)

N(
    "t5-us-gdp-q1-2022-contraction",
    "2022-04-28 10:30",
    "America/New_York",
    "WASHINGTON - The U.S. economy unexpectedly shrank in the first quarter, contracting at a 1.4% annualised rate as a "
    "record trade deficit and a slowdown in inventory building outweighed solid spending by consumers and businesses, "
    "the Commerce Department said on Thursday. It was the first decline since the pandemic slump of spring 2020, and "
    "followed growth of 6.9% in the final three months of last year. Economists were quick to play down the figure, "
    "noting that consumer spending rose at a 2.7% pace and business investment in equipment jumped. The Federal "
    "Reserve is still expected to raise interest rates by half a percentage point at its next meeting, its biggest "
    "increase since 2000. A recession is often defined as two straight quarters of contraction, though the official "
    "arbiter weighs a wider range of data. The estimate will be revised twice as more complete figures come in.",
    "US advance estimate of Q1 2022 GDP (-1.4% annualised), released Thursday 28 April 2022; Q4 2021 grew 6.9%. The "
    "Fed's half-point hike 'at its next meeting' (it came on 4 May 2022) is undated in the text, as are the two "
    "revisions; the quarters named are past.",
    ["said-on-day", "undated-future", "past-month", "number-like-date", "hypothetical"],
)

N(
    "t5-japan-yen-intervention-2022",
    "2022-09-23 09:00",
    "Asia/Tokyo",
    "TOKYO - Japan stepped into the currency market to buy yen on Thursday for the first time since 1998, after the "
    "Bank of Japan's decision to keep interest rates ultra-low sent the currency to a 24-year low of nearly 146 per "
    "dollar. The intervention, confirmed by top currency diplomat Masato Kanda late on Thursday, briefly pushed the "
    "dollar down to about 140.3 yen. Hours earlier BOJ Governor Haruhiko Kuroda had said there was no need to raise "
    "rates any time soon, a stance at odds with the Federal Reserve, which raised rates by 0.75 percentage point on "
    "Wednesday for the third time in a row. Finance Minister Shunichi Suzuki declined to say how much Tokyo had spent. "
    "Analysts doubt that intervention alone can reverse the yen's slide while the gap between Japanese and U.S. rates "
    "keeps widening. Will Tokyo step in again if the yen tests 145 once more?",
    "Japan's yen-buying intervention of Thursday 22 September 2022, the first since June 1998, after the BoJ held "
    "policy the same day; the Fed's third 75 bp hike was on Wednesday 21 September. Only past weekdays, a question "
    "and an undated 'any time soon'; 145 and 140.3 are exchange rates.",
    ["past-weekday", "question", "undated-future", "number-like-date", "said-on-day"],
)

# ===========================================================================
# Trade and tariffs

P(
    "t5-china-tariff-canada-pause-2025",
    "2025-02-04 09:00",
    "Asia/Shanghai",
    "BEIJING - A 10% U.S. tariff on all imports from China takes effect at 12:01 a.m. on Tuesday Eastern time, 1:01 "
    "p.m. in Beijing, after President Donald Trump gave Canada and Mexico a last-minute reprieve but offered no such "
    "relief to the world's second-largest economy. Trump agreed on Monday to pause the 25% duties on Canadian and "
    "Mexican goods for 30 days, after Mexico's Claudia Sheinbaum promised to send 10,000 National Guard troops to the "
    "border and Canada's Justin Trudeau pledged to name a fentanyl czar. The tariffs on the two neighbours had been "
    "due to start at the same moment as those on China. Beijing has said it will file a complaint with the World "
    "Trade Organization and take countermeasures, and Trump told reporters he would probably speak with Chinese "
    "President Xi Jinping soon.",
    [
        C(
            "A 10% U.S. tariff on all imports from China takes effect at 12:01 a.m. on Tuesday Eastern time",
            "at 12:01 a.m. on Tuesday Eastern time",
            zoned(wd("Tuesday"), "00:01", "America/New_York"),
            "event",
            None,
            real="2025-02-04",
        ),
        C(
            "Trump agreed on Monday to pause the 25% duties on Canadian and Mexican goods for 30 days",
            "for 30 days",
            in_days_anchored(30, "Monday"),
            "promise",
            "Donald Trump",
        ),
    ],
    "Trump's Monday 3 February 2025 pauses of the Canada and Mexico tariffs for 30 days; the 10% China tariff took "
    "effect at 00:01 EST on Tuesday 4 February 2025 (13:01 in Beijing, the same local date; the text gives both). "
    "The pause is counted from the reported Monday (5 March) or from publication (6 March); both anchors accepted "
    "per the README. The tariffs were in fact imposed on 4 March, so no real date is recorded. The neighbours' "
    "original Tuesday start is cancelled ('had been due'); Beijing's WTO complaint and the Xi call are undated.",
    ["time-converted", "duration", "cancelled-date", "past-weekday", "number-like-date", "said-on-day"],
)

P(
    "t5-china-australia-wine-2024",
    "2024-03-28 18:00",
    "Australia/Sydney",
    "SYDNEY - China will scrap the punitive tariffs it has imposed on Australian wine since 2021 from Friday, its "
    "commerce ministry said on Thursday, reopening what had been the industry's most lucrative export market just "
    "in time for the Easter long weekend. The duties, of up to 218%, all but wiped out a trade worth more than A$1 "
    "billion a year at its peak in 2019. Trade Minister Don Farrell called the decision a win for winemakers and "
    "said it showed the value of a patient, calibrated approach to Beijing. China lifted similar duties on Australian "
    "barley last August, and Foreign Minister Wang Yi visited Canberra last week. Exporters expect to rebuild sales "
    "only gradually.",
    [
        C(
            "China will scrap the punitive tariffs it has imposed on Australian wine since 2021 from Friday",
            "from Friday",
            wd("Friday"),
            "event",
            "China's commerce ministry",
            real="2024-03-29",
        ),
    ],
    "China's commerce ministry announced on Thursday 28 March 2024 that anti-dumping and countervailing duties on "
    "Australian wine (imposed in March 2021, up to 218.4%) would end from Friday 29 March 2024 (Good Friday). A "
    "measure taking effect is an event, attributed to the ministry. 'the Easter long weekend' only describes the same "
    "moment; barley duties were lifted in August 2023; Wang Yi visited Canberra on 20 March 2024.",
    ["last-month", "past-month", "number-like-date", "said-on-day"],
)

P(
    "t5-eu-japan-trade-deal-2019",
    "2019-01-31 19:00",
    "Asia/Tokyo",
    "TOKYO - The world's largest bilateral free trade deal, between Japan and the European Union, comes into force on "
    "Friday, creating an open trade zone covering about 635 million people and nearly a third of the global economy. "
    "The agreement, signed by Prime Minister Shinzo Abe and EU leaders in Tokyo last July and approved by the European "
    "Parliament in December, will remove Japanese tariffs on European wine at once and gradually phase out duties on "
    "many cheeses. The EU will in turn phase out its 10% levy on Japanese cars. Both sides have cast the pact as a "
    "rebuke to protectionism at a time when President Donald Trump is threatening tariffs on imported cars. Britain, "
    "which is due to leave the EU on March 29, will fall outside the deal unless it negotiates its own.",
    [
        C(
            "comes into force on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2019-02-01",
        ),
        C(
            "which is due to leave the EU on March 29",
            "on March 29",
            md(3, 29),
            "event",
            None,
        ),
    ],
    "EU-Japan Economic Partnership Agreement, in force from Friday 1 February 2019 (signed 17 July 2018, approved by "
    "the European Parliament on 12 December 2018). Brexit day was fixed in law for 29 March 2019 at publication (later "
    "postponed, so no real date). 'at once' refers back to the entry into force; the phase-outs are undated.",
    ["last-month", "past-month", "number-like-date", "explicit-date", "hypothetical"],
)

P(
    "t5-eu-dma-fines-2025",
    "2025-04-23 16:00",
    "Europe/Brussels",
    "BRUSSELS - The European Commission fined Apple 500 million euros and Meta Platforms 200 million euros on "
    "Wednesday, the first penalties under the Digital Markets Act, the EU law meant to curb the power of big tech "
    "platforms that took full effect in March 2024. Apple was punished for stopping app developers from steering "
    "users to cheaper offers outside its App Store, and Meta for its 'pay or consent' advertising model. Both "
    "companies must comply with the orders within 60 days or face periodic penalty payments, the Commission said. "
    "Apple said it would appeal, accusing Brussels of unfairly targeting it, while Meta's global affairs chief Joel "
    "Kaplan said the ruling amounted to a multibillion-dollar tariff on the company. The fines were far smaller than "
    "the penalties of up to 10% of global turnover that the law allows, and come amid trade tensions with Washington.",
    [
        C(
            "Both companies must comply with the orders within 60 days or face periodic penalty payments",
            "within 60 days",
            in_days(60),
            "deadline",
            "the European Commission",
        ),
    ],
    "European Commission DMA non-compliance decisions of Wednesday 23 April 2025 (Apple EUR 500 million, Meta EUR "
    "200 million), with 60 days to comply or face periodic penalty payments: an ultimatum to others, counted from "
    "publication (22 June 2025). Apple's appeal is undated; March 2024 is past.",
    ["conditional-threat", "duration", "past-month", "number-like-date", "said-on-day"],
)

# ===========================================================================
# Labour

P(
    "t5-tesla-sweden-strike-2023",
    "2023-10-26 10:00",
    "Europe/Stockholm",
    "STOCKHOLM - Sweden's biggest industrial union, IF Metall, said its members at Tesla's service workshops would "
    "walk out from Friday unless the electric carmaker agrees to sign a collective agreement, a test of Elon Musk's "
    "long-standing resistance to organised labour. About 130 mechanics at workshops around the country are covered "
    "by the strike notice, which the union served last week after talks went nowhere. Union chair Marie Nilsson said "
    "it was unacceptable for a company operating in Sweden to refuse an agreement that almost every employer in the "
    "country has signed, and other unions have said they could take sympathy action in the coming weeks. Tesla did "
    "not immediately respond to a request for comment.",
    [
        C(
            "would walk out from Friday unless the electric carmaker agrees to sign a collective agreement",
            "from Friday",
            wd("Friday"),
            "promise",
            "IF Metall",
            real="2023-10-27",
        ),
    ],
    "IF Metall's strike at Tesla's Swedish service workshops began on Friday 27 October 2023. A union's strike "
    "conditional on bargaining is a promise. Sympathy actions 'could' come 'in the coming weeks' (undated "
    "possibility); the notice was served the week before.",
    ["conditional-threat", "undated-future", "hypothetical"],
)

P(
    "t5-bc-ports-strike-notice-2023",
    "2023-06-28 17:00",
    "America/Vancouver",
    "VANCOUVER - More than 7,400 dockworkers at ports across British Columbia will go on strike at 8 a.m. on Saturday "
    "unless a deal is reached, the International Longshore and Warehouse Union Canada said on Wednesday, when it served "
    "72 hours' notice. The walkout would halt cargo at some 30 ports, including Vancouver and Prince Rupert, Canada's "
    "two busiest gateways for trade with Asia, on the Canada Day holiday. The union's contract with the British "
    "Columbia Maritime Employers Association expired on March 31, and talks broke down after months of federal "
    "mediation. Labour Minister Seamus O'Regan urged both sides to return to the table, while business groups called "
    "on Ottawa to be ready to step in.",
    [
        C(
            "will go on strike at 8 a.m. on Saturday unless a deal is reached",
            "at 8 a.m. on Saturday",
            wd("Saturday", "08:00"),
            "promise",
            "the International Longshore and Warehouse Union Canada",
            real="2023-07-01",
        ),
    ],
    "ILWU Canada served 72-hour strike notice on Wednesday 28 June 2023; the strike began at 08:00 on Saturday 1 July "
    "2023 (Canada Day). A union's strike conditional on bargaining is a promise. 'on the Canada Day holiday' refers "
    "back to the same Saturday in a conditional 'would' clause; '72 hours' notice' is a duration already anchored to "
    "the labelled claim; the contract expiry of 31 March 2023 is past.",
    ["conditional-threat", "time-local", "explicit-past-date", "said-on-day", "duration"],
)

P(
    "t5-french-refinery-strike-2022",
    "2022-10-14 17:00",
    "Europe/Paris",
    "PARIS - The hardline CGT union vowed on Friday to keep up its walkouts at TotalEnergies refineries, rejecting a "
    "wage deal that two other unions signed overnight and prolonging a fuel shortage that has left nearly a third of "
    "French petrol stations short of at least one product. The agreement, which grants a 7% pay rise plus a bonus, was "
    "struck with the CFDT and the CFE-CGC, which together represent a majority of the group's staff. The CGT, joined "
    "by Force Ouvriere, Solidaires and the FSU teachers' union, has called a nationwide strike for Tuesday over pay "
    "and the government's orders requisitioning workers at fuel depots. Prime Minister Elisabeth Borne's government "
    "ordered staff back to work at an Esso-ExxonMobil depot in Normandy on Wednesday and at a TotalEnergies site near "
    "Dunkirk on Thursday. The strikes began in late September.",
    [
        C(
            "has called a nationwide strike for Tuesday",
            "for Tuesday",
            wd("Tuesday"),
            "event",
            "the CGT",
            real="2022-10-18",
        ),
    ],
    "French refinery strikes of autumn 2022: TotalEnergies' wage deal with CFDT and CFE-CGC on Friday 14 October "
    "2022, rejected by the CGT; the unions' national strike day was Tuesday 18 October 2022. An unconditional "
    "strike is an event, attributed to the union that called it (with three others). Requisitions on Wednesday 12 and Thursday 13 October are past weekdays.",
    ["past-weekday", "said-on-day", "past-month", "number-like-date"],
)

# ===========================================================================
# Consumer, products and public finance

P(
    "t5-plaid-delivery-event-2021",
    "2021-06-01 07:00",
    "America/Los_Angeles",
    "Tesla's delivery event for its new Model S Plaid will now take place on June 10, a week later than planned, Chief "
    "Executive Elon Musk said in a tweet, saying the car needed one more week of tweaks. The event at the company's "
    "Fremont, California, factory had been set for June 3. The Plaid, which Tesla says can accelerate from zero to 60 "
    "miles per hour in under two seconds, starts at about $120,000 and is the first significant redesign of the Model "
    "S since its launch in 2012. Tesla paused Model S and Model X production early this year to retool its lines, and "
    "delivered only about 2,000 of the two models in the first quarter.",
    [
        C(
            "will now take place on June 10",
            "on June 10",
            md(6, 10),
            "event",
            "Elon Musk",
            real="2021-06-10",
        ),
    ],
    "Musk's tweet at the end of May 2021 moving the Model S Plaid delivery event from 3 June to 10 June 2021 (held "
    "that day at Fremont). The June 3 date is superseded; 'one more week' explains the delay and is not a separate "
    "claim; Q1 2021 S/X deliveries about 2,020.",
    ["superseded-date", "number-like-date", "past-month", "duration"],
)

P(
    "t5-sunak-windfall-tax-2022",
    "2022-05-26 15:00",
    "Europe/London",
    "LONDON - Finance minister Rishi Sunak announced a 25% windfall tax on the profits of oil and gas producers on "
    "Thursday to help fund a 15 billion pound package of support for households struggling with soaring energy bills. "
    "The temporary Energy Profits Levy will be phased out when prices return to normal, and a sunset clause means it "
    "will expire at the end of 2025, he told parliament, adding that firms would get a new allowance for investing in "
    "British production. Every household will receive a 400 pound discount on energy bills from October, double the "
    "amount Sunak promised in February, and it will no longer have to be repaid. The poorest eight million "
    "households will also get a one-off payment of 650 pounds, in two instalments, the first in July. Sunak, who had "
    "resisted a windfall tax for months, said the levy would raise about 5 billion pounds in its first year.",
    [
        C(
            "a sunset clause means it will expire at the end of 2025",
            "at the end of 2025",
            by_year(2025),
            "deadline",
            "Rishi Sunak",
        ),
        C(
            "Every household will receive a 400 pound discount on energy bills from October",
            "from October",
            in_month(2022, 10),
            "promise",
            "Rishi Sunak",
            real="2022-10-01",
        ),
        C(
            "in two instalments, the first in July",
            "in July",
            in_month(2022, 7),
            "promise",
            "Rishi Sunak",
            real="2022-07-14",
        ),
    ],
    "Sunak's cost-of-living statement of Thursday 26 May 2022: Energy Profits Levy with a sunset clause at the end "
    "of 2025 (later extended, so no real date), GBP 400 energy bill discount from October 2022, GBP 650 paid in two "
    "instalments to means-tested households, the first from 14 July 2022. A levy lapsing by law is a deadline; the "
    "payments are the government's commitments (promise), spoken by Sunak ('he told parliament'). 'when prices "
    "return to normal' and 'in its first year' are undated; February is past.",
    ["pronoun-speaker", "year-end", "month-period", "past-month", "number-like-date", "undated-future"],
)

P(
    "t5-bulgaria-euro-approval-2025",
    "2025-07-08 18:00",
    "Europe/Sofia",
    "SOFIA - Bulgaria will adopt the euro on Jan. 1, 2026, becoming the currency bloc's 21st member, after European "
    "Union finance ministers gave their final approval in Brussels on Tuesday and fixed the conversion rate at 1.95583 "
    "leva per euro. That is the rate at which the lev has been tied to the euro since 1999, two years after a currency "
    "board pegged it to the German mark. Under the changeover law the lev will remain legal tender alongside the euro "
    "until Jan. 31, after which it can be swapped only at banks and the central bank. Finance Minister Temenuzhka "
    "Petkova welcomed the decision, while the nationalist Vazrazhdane party, which has staged protests against the "
    "switch this year, said it would keep fighting it. Bulgaria joined the euro's waiting room, the exchange-rate "
    "mechanism ERM II, in July 2020, and was judged ready in convergence reports published on June 4.",
    [
        C(
            "Bulgaria will adopt the euro on Jan. 1, 2026",
            "on Jan. 1, 2026",
            ymd(2026, 1, 1),
            "event",
            "European Union finance ministers",
            real="2026-01-01",
        ),
        C(
            "the lev will remain legal tender alongside the euro until Jan. 31",
            "until Jan. 31",
            md(1, 31),
            "deadline",
            None,
            real="2026-01-31",
        ),
    ],
    "EU finance ministers' final approval of Tuesday 8 July 2025: Bulgaria joins the euro on 1 January 2026 at "
    "1.95583 leva per euro; the changeover law provides one month of dual circulation, ending 31 January 2026 (a "
    "year-less date in a July article: next year). Speaker of the adoption: the ministers whose decision the sentence "
    "reports (an interpretation; the sentence has no 'said'). A measure in force by law that lapses on a date is a "
    "deadline. 1999, 1997 (implied), July 2020 and June 4 are background.",
    ["year-inference", "explicit-date", "explicit-past-date", "number-like-date", "said-on-day", "past-month"],
)

# ===========================================================================
# Bankruptcies and collapses (no dated claims)

N(
    "t5-virgin-australia-administration-2020",
    "2020-04-21 14:00",
    "Australia/Brisbane",
    "BRISBANE - Virgin Australia collapsed into voluntary administration on Tuesday, becoming the largest airline "
    "casualty of the coronavirus pandemic so far after the federal government turned down its request for a A$1.4 "
    "billion loan. The carrier, which owes creditors almost A$7 billion, appointed Vaughan Strawbridge of Deloitte as "
    "administrator, and he said he hoped to find a new owner and have the airline flying again on the other side of "
    "the crisis. Virgin, founded by Richard Branson in 2000 as Virgin Blue, had grounded almost its entire fleet in "
    "March when Australia closed its borders. Strawbridge said several parties had already expressed interest and that "
    "he would move quickly. Would the government step in if no buyer emerged? Prime Minister Scott Morrison has said "
    "taxpayers should not have to own an airline.",
    "Virgin Australia entered voluntary administration on Tuesday 21 April 2020 (Deloitte; debts of about A$6.8 "
    "billion); it was later sold to Bain Capital. Everything forward-looking is undated ('on the other side of the "
    "crisis', 'move quickly'), a question or a hypothetical.",
    ["said-on-day", "question", "undated-future", "hypothetical", "past-month", "number-like-date"],
)

N(
    "t5-wilko-administration-2023",
    "2023-08-10 13:00",
    "Europe/London",
    "LONDON - British discount retailer Wilko fell into administration on Thursday after failing to find a rescuer in "
    "time, putting 12,500 jobs at risk across its roughly 400 stores. The family-owned chain, founded in Leicester in "
    "1930, filed a notice of intention to appoint administrators last week, giving it ten working days of protection "
    "from creditors while it sought a buyer. Chief executive Mark Jackson said there had been significant interest "
    "from potential investors but that no deal could be completed quickly enough. Stores will stay open for now while "
    "PwC, the administrator, looks for a buyer for all or part of the business, without saying for how long. The GMB "
    "union called it a devastating day for staff, many of whom have worked at the chain for decades. Wilko had reported "
    "a loss of 37 million pounds in the year to January 2022.",
    "Wilko appointed PwC as administrators on Thursday 10 August 2023 after a notice of intention filed on 3 August. "
    "The ten-working-day moratorium is a past duration; 'for now' is undated; 1930 and January 2022 are background.",
    ["said-on-day", "duration", "undated-future", "past-month", "number-like-date"],
)

N(
    "t5-argentina-devaluation-2023",
    "2023-12-13 08:00",
    "America/Argentina/Buenos_Aires",
    "BUENOS AIRES - Argentina devalued the peso by 54% on Tuesday, setting the official exchange rate at 800 to the "
    "dollar from about 366, as Economy Minister Luis Caputo unveiled the first of the shock measures President Javier "
    "Milei promised during his campaign. In a televised address, Caputo said the state would stop tendering new "
    "public works, cut energy and transport subsidies and reduce transfers to the provinces. After the jump, the peso "
    "will be allowed to weaken by 2% a month, he said. The measures came two days after Milei, a libertarian "
    "economist, was sworn in on Sunday warning that there was no money and that things would get worse before they "
    "got better. The International Monetary Fund, owed about $43 billion by Argentina, called the package a bold "
    "first step. Will it be enough to tame inflation running above 140%?",
    "Caputo's package of Tuesday 12 December 2023 (official rate 366.5 to 800 pesos per dollar, then a 2% monthly "
    "crawl); Milei took office on Sunday 10 December 2023. The 2% a month is a rate, not a dated claim; the subsidy "
    "cuts are undated; the last sentence is a question.",
    ["past-weekday", "said-on-day", "question", "undated-future", "number-like-date"],
)

N(
    "t5-jcpenney-chapter11-2020",
    "2020-05-16 10:00",
    "America/Chicago",
    "PLANO, Texas - JCPenney filed for bankruptcy protection on Friday, becoming the biggest retailer so far to be "
    "felled by the coronavirus pandemic, which forced it to shut all of its roughly 850 stores in March. The 118-year-"
    "old department store chain, which had skipped interest payments in April and May, said it had lined up $900 "
    "million of financing to keep operating during the Chapter 11 process and would close some stores permanently, in "
    "phases. Chief Executive Jill Soltau said the company would use the process to cut its debt and emerge stronger. "
    "JCPenney said lenders holding about 70% of its first-lien debt backed the plan, and that it would also consider a "
    "sale of the company. J.Crew and Neiman Marcus filed for bankruptcy earlier this month. If stores stay shut for "
    "longer, analysts said, more department store chains could follow.",
    "JCPenney filed for Chapter 11 in Corpus Christi on Friday 15 May 2020 (founded 1902; $900 million DIP "
    "financing); J.Crew filed on 4 May and Neiman Marcus on 7 May 2020. Store closures 'in phases' and a possible "
    "sale are undated; the last sentence is a hypothetical.",
    ["past-weekday", "past-month", "may-verb", "hypothetical", "undated-future", "number-like-date"],
)

N(
    "t5-wework-chapter11-2023",
    "2023-11-07 08:00",
    "America/New_York",
    "NEW YORK - WeWork, the office-sharing company once valued by private investors at $47 billion, filed for Chapter "
    "11 bankruptcy protection in New Jersey on Monday, capping a dramatic fall for a firm that had promised to "
    "reinvent the workplace. The company said it had reached an agreement with holders of about 92% of its secured "
    "notes to swap their debt for equity, and that it would ask the court to let it reject leases at locations it "
    "said were no longer operational. WeWork, which went public through a merger with a blank-check company in "
    "October 2021 after its first attempt at a listing fell apart in 2019, warned in August that there was "
    "substantial doubt about its ability to stay in business. It skipped interest payments in early October. Chief "
    "Executive David Tolley said the company would emerge as a stronger business, but gave no timetable. Its spaces "
    "outside the United States and Canada are not part of the filing.",
    "WeWork's Chapter 11 filing of Monday 6 November 2023 in New Jersey; SPAC listing October 2021; going-concern "
    "warning August 2023; missed interest on 2 October 2023. 'Chapter 11' is a number-like trap; the emergence is "
    "undated.",
    ["past-weekday", "past-month", "number-like-date", "undated-future", "said-on-day"],
)
