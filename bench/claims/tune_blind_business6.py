"""Tuning passages written blind: business, economics and markets (central bank decisions, data releases, deals and corporate actions, tariffs and trade, strikes and labour talks, product launches, bankruptcies and defaults, forecasts) as wire copy, market reports, explainers, live blogs and newsletters. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_month,
    half,
    in_month,
    in_year,
    md,
    md_span,
    midnight_on,
    no_claim_adder,
    passage_adder,
    quarter,
    rest_of_year,
    span_wd,
    this_year_end,
    wd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


# ===========================================================================
# Corporate actions, deals and management changes

P(
    "t2-tesla-five-for-one-split-2020",
    "2020-08-11 17:30",
    "America/Los_Angeles",
    "SAN FRANCISCO (Reuters) - Tesla Inc said on Tuesday it would split its stock five-for-one to make the shares, "
    "which have more than tripled in value since January, more accessible to employees and small investors. "
    "Shareholders of record on Aug. 21 will receive a dividend of four additional shares for each share they hold, "
    "to be distributed after the close of trading on Aug. 28, the electric carmaker said in a statement. Trading on a "
    "split-adjusted basis will begin on Aug. 31. The move follows Apple's announcement on July 30 of a four-for-one "
    "split, the iPhone maker's fifth since it went public in 1980. Tesla shares, which closed at about $1,374 on "
    "Tuesday, jumped in extended trading.",
    [
        C(
            "Shareholders of record on Aug. 21 will receive a dividend",
            "on Aug. 21",
            md(8, 21),
            "deadline",
            "Tesla",
            real="2020-08-21",
        ),
        C(
            "to be distributed after the close of trading on Aug. 28",
            "on Aug. 28",
            md(8, 28),
            "promise",
            "Tesla",
            real="2020-08-28",
        ),
        C(
            "Trading on a split-adjusted basis will begin on Aug. 31",
            "on Aug. 31",
            md(8, 31),
            "event",
            None,
            real="2020-08-31",
        ),
    ],
    "Tesla's announcement of Tuesday 11 August 2020 (after the close): 5-for-1 split, record date 21 August, "
    "distribution after the close on 28 August, split-adjusted trading from Monday 31 August 2020. The record date is "
    "a cut-off (deadline); the share distribution is the company's commitment to pay (promise); the first "
    "split-adjusted session is a scheduled event with no attribution in its sentence. Apple announced its split on "
    "30 July 2020 (past).",
    ["same-sentence-claims", "explicit-past-date", "said-on-day", "number-like-date", "past-month", "explicit-date"],
)

P(
    "t2-hdfc-merger-effective-2023",
    "2023-06-27 20:00",
    "Asia/Kolkata",
    "MUMBAI - The merger of Housing Development Finance Corp into HDFC Bank will take effect on July 1, HDFC chairman "
    "Deepak Parekh said on Tuesday, closing out a deal first announced in April last year that will create one of the "
    "world's most valuable lenders. The boards of both companies will meet on June 30 to approve the final steps, and "
    "shareholders on the record date of July 13 will receive 42 HDFC Bank shares for every 25 HDFC shares they own, "
    "Parekh told reporters. The 78-year-old, who has chaired the mortgage lender since 1993, said he would not join "
    "the merged bank's board. HDFC, founded in 1977, will be delisted after the record date, ending 46 years as a "
    "separate company.",
    [
        C(
            "will take effect on July 1",
            "on July 1",
            md(7, 1),
            "event",
            "Deepak Parekh",
            real="2023-07-01",
        ),
        C(
            "The boards of both companies will meet on June 30",
            "on June 30",
            md(6, 30),
            "event",
            "Deepak Parekh",
            real="2023-06-30",
        ),
        C(
            "shareholders on the record date of July 13 will receive 42 HDFC Bank shares",
            "the record date of July 13",
            md(7, 13),
            "deadline",
            "Deepak Parekh",
            real="2023-07-13",
        ),
    ],
    "Deepak Parekh's briefing of Tuesday 27 June 2023: HDFC Ltd-HDFC Bank merger effective 1 July 2023, board "
    "meetings on 30 June, record date 13 July (swap ratio 42:25); merger first announced 4 April 2022. The board "
    "meeting sentence ends 'Parekh told reporters', so the scheduled meeting carries his name. 'after the record "
    "date' refers back to the labelled record date. The record date is a cut-off (deadline).",
    ["same-sentence-claims", "number-like-date", "past-month", "said-on-day", "repeated-claim", "explicit-date"],
)

P(
    "t2-boeing-calhoun-to-step-down-2024",
    "2024-03-25 10:30",
    "America/New_York",
    "ARLINGTON, Virginia - Boeing Chief Executive Dave Calhoun will step down at the end of the year, the planemaker "
    "said on Monday, in a sweeping management shake-up prompted by the mid-air blowout of a door panel on an Alaska "
    "Airlines 737 MAX 9 on Jan. 5. Stan Deal, head of the commercial airplanes unit, is leaving immediately and will "
    "be replaced by Chief Operating Officer Stephanie Pope, while Chairman Larry Kellner will not stand for "
    "re-election at the annual shareholders' meeting in May. 'The eyes of the world are on us,' Calhoun wrote in a "
    "letter to employees, adding that he intended to finish the work of stabilising the company before he leaves. "
    "The board has elected former Qualcomm CEO Steve Mollenkopf as chair and asked him to lead the search for a "
    "successor. Calhoun took the top job in January 2020, after two fatal MAX crashes cost his predecessor Dennis "
    "Muilenburg his job.",
    [
        C(
            "will step down at the end of the year",
            "at the end of the year",
            this_year_end(),
            "promise",
            "Dave Calhoun",
            real="2024-08-08",
            real_le=True,
        ),
        C(
            "will not stand for re-election at the annual shareholders' meeting in May",
            "in May",
            in_month(2024, 5),
            "promise",
            "Larry Kellner",
            real="2024-05-17",
        ),
    ],
    "Boeing announcement of Monday 25 March 2024. Calhoun's departure is his own commitment reported by the company "
    "(the principal keeps the speaker); he left early, on 8 August 2024, when Kelly Ortberg took over, so the real "
    "date is on or before the end-of-year due date. Kellner's decision not to stand again, tied to the annual "
    "meeting held on 17 May 2024, is read as his commitment (promise) rather than as the meeting itself; a careful "
    "editor would see the claim as his exit, not the meeting's schedule. Door-plug blowout 5 January 2024 (a "
    "year-less past date); Calhoun became CEO in January 2020.",
    ["number-like-date", "explicit-past-date", "past-month", "said-on-day", "month-period", "year-end"],
)

P(
    "t2-amazon-bezos-jassy-2021",
    "2021-02-02 17:00",
    "America/Los_Angeles",
    "SEATTLE - Jeff Bezos will step down as chief executive of Amazon.com in the third quarter and hand the job to "
    "Andy Jassy, who runs its cloud computing business, the company said on Tuesday as it reported more than $100 "
    "billion in quarterly sales for the first time. Bezos, who started the company in his garage in 1994, will "
    "become executive chair and spend more time on new products and on his other ventures, including the rocket "
    "company Blue Origin and The Washington Post, he wrote in a letter to staff. Holiday-quarter revenue rose 44% to "
    "$125.6 billion. Amazon forecast sales of $100 billion to $106 billion for the January-to-March quarter, above "
    "analysts' estimates, and shares edged up in after-hours trading.",
    [
        C(
            "will step down as chief executive of Amazon.com in the third quarter",
            "in the third quarter",
            quarter(2021, 3),
            "promise",
            "Jeff Bezos",
            real="2021-07-05",
        ),
        C(
            "Amazon forecast sales of $100 billion to $106 billion for the January-to-March quarter",
            "for the January-to-March quarter",
            quarter(2021, 1),
            "prediction",
            "Amazon",
        ),
    ],
    "Amazon Q4 2020 results and CEO announcement of Tuesday 2 February 2021; Jassy took over on 5 July 2021. The "
    "handover is Bezos's own commitment reported by the company (principal keeps the speaker). The Q1 2021 guidance "
    "($100-106 billion; actual $108.5 billion) is a forecast for a period already under way at publication: the "
    "whole quarter is accepted.",
    ["quarter", "number-like-date", "said-on-day", "range", "pronoun-speaker"],
)

P(
    "t2-lme-nickel-reopening-2022",
    "2022-03-14 19:30",
    "Europe/London",
    "LONDON - The London Metal Exchange said on Monday that nickel trading would resume at 08:00 on Wednesday, a week "
    "after it halted the market and cancelled billions of dollars of deals when prices more than doubled to above "
    "$100,000 a tonne in a matter of hours. Daily price limits of 5% in either direction will apply to the metal "
    "when it reopens, the 145-year-old exchange said. Chinese stainless steel giant Tsingshan Holding Group, whose "
    "huge short position was at the centre of last Tuesday's squeeze, said it had reached a standstill agreement "
    "with its banks. Some traders whose profits were erased by the cancelled trades have criticised the exchange, "
    "owned by Hong Kong Exchanges and Clearing since 2012, and it has promised a review. Whether Wednesday's "
    "reopening goes smoothly is another matter.",
    [
        C(
            "nickel trading would resume at 08:00 on Wednesday",
            "at 08:00 on Wednesday",
            wd("Wednesday", "08:00"),
            "event",
            "the London Metal Exchange",
            real="2022-03-16",
        ),
    ],
    "LME notice of Monday 14 March 2022: nickel to reopen on Wednesday 16 March at 08:00 UK time with 5% daily "
    "price limits (it reopened that morning, with further glitches). Suspension and trade cancellation on Tuesday 8 "
    "March 2022. 'when it reopens' and 'Wednesday's reopening' refer back to the labelled claim; 'a review' is "
    "undated.",
    ["time-local", "repeated-claim", "past-weekday", "said-on-day", "number-like-date", "undated-future"],
)

# ===========================================================================
# Central banks and data releases

P(
    "t2-boe-bailey-named-governor-2019",
    "2019-12-20 11:30",
    "Europe/London",
    "LONDON - Andrew Bailey, head of the Financial Conduct Authority, will be the next governor of the Bank of "
    "England, finance minister Sajid Javid announced on Friday, ending a search that began in April and was dogged "
    "by delays. Bailey will take up the post on March 16, Javid said, after Mark Carney, whose term had already been "
    "stretched once to the end of January, agreed to stay on until March 15 to ensure a smooth handover. Carney, who "
    "arrived from the Bank of Canada in July 2013, had originally planned to leave in June 2019. Bailey, 60, spent "
    "three decades at the central bank before moving to the watchdog in 2016, and he takes over with Bank Rate at "
    "0.75%, where it has stood since August 2018. Lawmakers vote on Friday afternoon on Prime Minister Boris "
    "Johnson's Brexit bill, and sterling was little changed in morning trading.",
    [
        C(
            "Bailey will take up the post on March 16",
            "on March 16",
            md(3, 16),
            "event",
            "Sajid Javid",
            real="2020-03-16",
        ),
        C(
            "agreed to stay on until March 15",
            "until March 15",
            md(3, 15),
            "promise",
            "Mark Carney",
            real="2020-03-15",
        ),
        C(
            "Lawmakers vote on Friday afternoon on Prime Minister Boris Johnson's Brexit bill",
            "on Friday afternoon",
            wd("Friday"),
            "event",
            None,
            real="2019-12-20",
        ),
    ],
    "Treasury announcement of Friday 20 December 2019: Bailey to succeed Carney on 16 March 2020; Carney's term, "
    "already extended from June 2019 to 31 January 2020, extended again to 15 March 2020. The superseded end of "
    "January is not a claim. Carney's agreement to stay is his own commitment (keep), reported by Javid, so Carney "
    "is the speaker. The Commons second-reading vote on the Withdrawal Agreement Bill was held on the afternoon of "
    "the publication day (a Friday claim in a Friday article). Year-less March dates in a December article fall in "
    "the next year.",
    [
        "superseded-date",
        "year-inference",
        "by-weekday-same-day",
        "same-day-future",
        "same-sentence-claims",
        "explicit-past-date",
        "past-month",
        "said-on-day",
        "number-like-date",
    ],
)

P(
    "t2-pboc-rrr-cut-feb5-2024",
    "2024-01-24 18:00",
    "Asia/Shanghai",
    "BEIJING - China's central bank will cut the amount of cash that banks must hold as reserves by 50 basis points "
    "on Feb. 5, Governor Pan Gongsheng said on Wednesday, the biggest reduction in two years, releasing about 1 "
    "trillion yuan of long-term liquidity. Pan, speaking at a rare news conference, said the People's Bank of China "
    "would also lower the rates on its relending and rediscount facilities for rural businesses and small firms by "
    "25 basis points from Thursday. The announcement came as authorities scrambled to halt a slide that took the "
    "CSI 300 index of blue chips to five-year lows on Monday. The last cut in the reserve requirement ratio, of 25 "
    "basis points, took effect in September.",
    [
        C(
            "will cut the amount of cash that banks must hold as reserves by 50 basis points on Feb. 5",
            "on Feb. 5",
            md(2, 5),
            "promise",
            "Pan Gongsheng",
            real="2024-02-05",
        ),
        C(
            "would also lower the rates on its relending and rediscount facilities for rural businesses and small "
            "firms by 25 basis points from Thursday",
            "from Thursday",
            wd("Thursday"),
            "promise",
            "Pan Gongsheng",
            real="2024-01-25",
        ),
    ],
    "PBOC news conference of Wednesday 24 January 2024: 50 bp RRR cut effective 5 February 2024; relending and "
    "rediscount rates for agriculture and small firms cut 25 bp from 25 January. Both are worded as the bank's own "
    "commitment to cut ('will cut', 'would lower'), so promise, with the governor who announced them as speaker. "
    "CSI 300 low on Monday 22 January; the previous RRR cut took effect on 15 September 2023.",
    ["pronoun-speaker", "past-weekday", "past-month", "said-on-day", "number-like-date", "explicit-date"],
)

P(
    "t2-riksbank-first-cut-2024",
    "2024-05-08 11:00",
    "Europe/Stockholm",
    "STOCKHOLM - Sweden's Riksbank cut its policy rate by a quarter point to 3.75% on Wednesday, its first reduction "
    "in eight years, and said it expected to lower borrowing costs two more times in the second half of the year if "
    "inflation kept easing. The new rate applies from May 15, according to the bank's statement. Governor Erik Thedéen said the "
    "bank was moving ahead of the European Central Bank, which is widely expected to cut in June, but that a weak "
    "krona remained a risk; he told reporters the next policy decision, on June 27, would depend on incoming data. "
    "CPIF inflation, the Riksbank's target measure, slowed to 2.2% in March from a peak of 10.2% in December 2022.",
    [
        C(
            "said it expected to lower borrowing costs two more times in the second half of the year",
            "in the second half of the year",
            half(2024, 2),
            "prediction",
            "the Riksbank",
        ),
        C(
            "The new rate applies from May 15",
            "from May 15",
            md(5, 15),
            "event",
            "the Riksbank",
            real="2024-05-15",
        ),
        C(
            "which is widely expected to cut in June",
            "in June",
            in_month(2024, 6),
            "prediction",
            None,
            real="2024-06-06",
        ),
        C(
            "the next policy decision, on June 27",
            "on June 27",
            md(6, 27),
            "event",
            "Erik Thedéen",
            real="2024-06-27",
        ),
    ],
    "Riksbank decision of Wednesday 8 May 2024 (first cut since 2016): rate applies from Wednesday 15 May; guidance "
    "that the rate was 'expected' to be cut two more times in H2 2024 (it was cut in August, September, November "
    "and December, so no single real date). The Riksbank's guidance about its own path is worded as an expectation, "
    "so it is labelled a prediction. The ECB cut on 6 June 2024; 'widely expected' has no named forecaster (null). "
    "The next decision was announced on 27 June 2024; the pronoun 'he' points to Thedéen.",
    ["half", "month-period", "pronoun-speaker", "same-sentence-claims", "past-month", "number-like-date"],
)

P(
    "t2-rbnz-first-cut-live-2024",
    "2024-08-14 15:30",
    "Pacific/Auckland",
    "LIVE: Reserve Bank of New Zealand decision. 2:00pm: The RBNZ has cut the official cash rate by 25 basis points "
    "to 5.25%, its first reduction since March 2020, splitting economists, many of whom had expected it to hold "
    "until October. 2:10pm: The bank's new projections point to further cuts by the end of the year, a far faster "
    "path than in May, when it pencilled in no easing until August next year. 2:30pm: The New Zealand dollar has "
    "fallen about 1% against the greenback. 3:20pm: Governor Adrian Orr tells reporters the next Monetary Policy "
    "Review, on Oct. 9, is 'live', and that the committee had weighed holding against a quarter-point move.",
    [
        C(
            "The bank's new projections point to further cuts by the end of the year",
            "by the end of the year",
            this_year_end(),
            "prediction",
            "the Reserve Bank of New Zealand",
            real="2024-10-09",
            real_le=True,
        ),
        C(
            "the next Monetary Policy Review, on Oct. 9",
            "on Oct. 9",
            md(10, 9),
            "event",
            "Adrian Orr",
            real="2024-10-09",
        ),
    ],
    "RBNZ Monetary Policy Statement of Wednesday 14 August 2024 (cut to 5.25%). The May 2024 projections showed no "
    "cut until the third quarter of 2025: 'until August next year' is a superseded forecast, and 'had expected it "
    "to hold until October' a past expectation, neither labelled. The next review was held on 9 October 2024 (50 bp "
    "cut). Live-blog timestamps are times of posting, not claims.",
    ["superseded-date", "year-end", "time-local", "past-month", "number-like-date"],
)

P(
    "t2-bls-delayed-payrolls-sydney-2025",
    "2025-11-20 19:00",
    "Australia/Sydney",
    "Markets wrap, Thursday evening: The long-delayed US jobs report for September finally lands at 8:30 a.m. in "
    "Washington on Thursday, seven weeks late, after a 43-day government shutdown that ended on Nov. 12 froze most "
    "federal statistics. Economists expect payrolls to have grown by about 50,000. The Bureau of Labor Statistics "
    "said on Wednesday it would not publish a separate October report, folding those payroll figures into the "
    "November release on Dec. 16. The Federal Reserve holds its final meeting of the year on Dec. 9 and 10, before "
    "those numbers arrive, and futures traders have scaled back bets on another cut. Will officials have enough "
    "data to act?",
    [
        C(
            "finally lands at 8:30 a.m. in Washington on Thursday",
            "at 8:30 a.m. in Washington on Thursday",
            zoned(wd("Thursday"), "08:30", "America/New_York"),
            "event",
            None,
            real="2025-11-21",
        ),
        C(
            "folding those payroll figures into the November release on Dec. 16",
            "on Dec. 16",
            md(12, 16),
            "event",
            "the Bureau of Labor Statistics",
            real="2025-12-16",
        ),
        C(
            "The Federal Reserve holds its final meeting of the year on Dec. 9 and 10",
            "on Dec. 9 and 10",
            md_span(12, 9, 12, 10),
            "event",
            None,
            real="2025-12-09",
        ),
    ],
    "September 2025 employment report released Thursday 20 November 2025 at 08:30 EST = 00:30 AEDT Friday 21 "
    "November in Sydney (the weekday is resolved in Washington, where it is still Thursday 03:00 at publication; "
    "the due date is the converted local date). BLS said on 19 November that October payrolls would come with the "
    "November report on 16 December (no time given, so the date is kept as written). FOMC 9-10 December 2025 is one "
    "two-day meeting. Shutdown 1 October-12 November 2025. 'expect payrolls to have grown' forecasts a past "
    "month's figure, with no date of its own.",
    [
        "time-converted",
        "date-crossing-conversion",
        "range",
        "question",
        "said-on-day",
        "explicit-past-date",
        "number-like-date",
        "explicit-date",
    ],
)

# ===========================================================================
# Tariffs, trade and regulation

P(
    "t2-section-301-ev-tariffs-2024",
    "2024-09-13 17:00",
    "America/New_York",
    "WASHINGTON - The Biden administration said on Friday that steep tariff increases on Chinese electric vehicles, "
    "solar cells and other strategic goods will take effect on Sept. 27, after repeated delays pushed back an "
    "original start date of Aug. 1. The duty on Chinese EVs will quadruple to 100% and the rate on solar cells will "
    "rise to 50%, while tariffs on Chinese semiconductors will double to 50% in 2025, the Office of the US Trade "
    "Representative said. President Joe Biden first announced the increases in May, at the end of a four-year "
    "review of duties that Donald Trump imposed in 2018 and 2019. Canada's own 100% surtax on Chinese-made electric "
    "vehicles, announced last month, starts on Oct. 1.",
    [
        C(
            "will take effect on Sept. 27",
            "on Sept. 27",
            md(9, 27),
            "event",
            "the Biden administration",
            real="2024-09-27",
        ),
        C(
            "tariffs on Chinese semiconductors will double to 50% in 2025",
            "in 2025",
            in_year(2025),
            "event",
            "the Office of the US Trade Representative",
            real="2025-01-01",
        ),
        C(
            "starts on Oct. 1",
            "on Oct. 1",
            md(10, 1),
            "event",
            None,
            real="2024-10-01",
        ),
    ],
    "USTR final Section 301 modifications of Friday 13 September 2024: most increases effective 27 September 2024 "
    "(first planned for 1 August); semiconductors to 50% from 1 January 2025. Tariff rates taking effect are "
    "measures taking effect (event). Canada's EV surtax, announced 26 August 2024, took effect on 1 October 2024. "
    "'Aug. 1' is a superseded date; May 2024, 2018 and 2019 are background.",
    [
        "superseded-date",
        "year-period",
        "multi-claim",
        "past-month",
        "said-on-day",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "t2-france-digital-tax-tariffs-2020",
    "2020-07-10 19:00",
    "Europe/Paris",
    "PARIS - The United States will impose 25% tariffs on about $1.3 billion of French handbags, cosmetics and soaps "
    "in retaliation for France's digital services tax, but will not start collecting them until Jan. 6, giving the "
    "two sides time to settle the dispute, the Office of the US Trade Representative said on Friday. If no deal is "
    "reached by then, the duties will be applied on that date, USTR said. France has put off collecting its 3% levy "
    "on the French revenues of large technology companies such as Google, Amazon and Facebook until the end of the "
    "year, under a truce struck by Emmanuel Macron and Donald Trump in January. Negotiations on a global tax "
    "overhaul at the OECD stalled last month after Treasury Secretary Steven Mnuchin said Washington was pausing its "
    "participation.",
    [
        C(
            "will not start collecting them until Jan. 6",
            "until Jan. 6",
            md(1, 6),
            "deadline",
            "the Office of the US Trade Representative",
        ),
        C(
            "France has put off collecting its 3% levy on the French revenues of large technology companies such as "
            "Google, Amazon and Facebook until the end of the year",
            "until the end of the year",
            this_year_end(),
            "promise",
            "France",
        ),
    ],
    "USTR action of Friday 10 July 2020: 25% tariffs on about $1.3 billion of French goods, suspended for up to 180 "
    "days, i.e. to 6 January 2021 (year-less January date in a July article falls in the next year). The tariffs are "
    "a government's conditional threat ('if no deal is reached'), so a deadline; they were suspended again on 7 "
    "January 2021, so no real date is recorded. 'by then' and 'on that date' refer back to 6 January. France's "
    "deferral of the 2020 tax until the end of the year (agreed in January 2020) is its own measure kept until a "
    "date (promise). Mnuchin's pause was "
    "in June 2020 (past).",
    ["conditional-threat", "year-inference", "year-end", "past-month", "said-on-day", "number-like-date", "repeated-claim"],
)

P(
    "t2-rcep-in-force-jan1-2022",
    "2021-11-03 11:00",
    "Asia/Jakarta",
    "JAKARTA - The Regional Comprehensive Economic Partnership, the world's largest trade bloc by population, will "
    "enter into force on Jan. 1 for ten of its 15 members, the ASEAN secretariat said on Tuesday, after Australia and "
    "New Zealand completed their ratifications. The pact, signed at a virtual summit on Nov. 15 last year after "
    "eight years of talks, needed the approval of at least six Southeast Asian members and three of the other five "
    "signatories before it could start. For the rest, including South Korea, Indonesia and Malaysia, it will take "
    "effect 60 days after each deposits its instrument of ratification. India, which walked out of the negotiations "
    "in November 2019 over fears of a flood of cheap Chinese imports, can still rejoin.",
    [
        C(
            "will enter into force on Jan. 1 for ten of its 15 members",
            "on Jan. 1",
            md(1, 1),
            "event",
            "the ASEAN secretariat",
            real="2022-01-01",
        ),
    ],
    "ASEAN secretariat statement of Tuesday 2 November 2021: RCEP in force on 1 January 2022 for Brunei, Cambodia, "
    "Laos, Singapore, Thailand, Vietnam, China, Japan, Australia and New Zealand. 'Nov. 15 last year' (signing on 15 "
    "November 2020) is a past date with a year-less month-day close to publication; '60 days after each deposits' "
    "is a duration with no dated anchor (South Korea joined on 1 February 2022).",
    ["year-inference", "explicit-past-date", "duration", "said-on-day", "number-like-date", "past-month"],
)

P(
    "t2-korea-short-selling-ban-2023",
    "2023-11-05 19:00",
    "Asia/Seoul",
    "SEOUL - A ban on short selling of all South Korean listed shares takes effect on Monday and will run until the "
    "end of June next year, the Financial Services Commission said on Sunday, reimposing a blanket prohibition last "
    "used during the pandemic rout of March 2020. The regulator said the move was needed to stamp out "
    "illegal naked short selling, after investigators found that several global investment banks had sold borrowed "
    "shares they had not yet secured. Short sales of stocks in the KOSPI 200 and KOSDAQ 150 indexes have been "
    "allowed since May 2021. Critics, including foreign fund managers, said the ban could set back Korea's hopes of "
    "an upgrade to developed-market status by index provider MSCI, and accused the government of courting retail "
    "investors ahead of parliamentary elections in April, a charge officials denied.",
    [
        C(
            "A ban on short selling of all South Korean listed shares takes effect on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            "the Financial Services Commission",
            real="2023-11-06",
        ),
        C(
            "will run until the end of June next year",
            "until the end of June next year",
            by_month(2024, 6),
            "deadline",
            "the Financial Services Commission",
        ),
        C(
            "ahead of parliamentary elections in April",
            "in April",
            in_month(2024, 4),
            "event",
            None,
            real="2024-04-10",
        ),
    ],
    "Financial Services Commission announcement of Sunday 5 November 2023: full short-selling ban from Monday 6 "
    "November 2023 to 30 June 2024 (later extended to 30 March 2025, so no real end date is recorded). The ban is "
    "a measure in force by order: its start is an event and its lapse a deadline, both attributed to the FSC in "
    "their sentence. The general election was held on 10 April 2024. March 2020 and May 2021 are "
    "background; 'could set back' is a possibility.",
    [
        "same-sentence-claims",
        "month-period",
        "end-of-month",
        "hypothetical",
        "past-month",
        "said-on-day",
        "number-like-date",
    ],
)

P(
    "t2-china-barley-tariffs-lifted-2023",
    "2023-08-04 21:00",
    "Australia/Sydney",
    "CANBERRA - China will scrap its punitive duties on Australian barley from Saturday, ending a three-year dispute "
    "that all but shut Australian growers out of their biggest market, China's commerce ministry said on Friday. "
    "The ministry said market conditions had changed since it imposed combined anti-dumping and anti-subsidy "
    "duties of 80.5% in May 2020, at the height of a diplomatic row over Canberra's call for an inquiry into the "
    "origins of COVID-19. Trade Minister Don Farrell said Australia would now drop its complaint to the World Trade "
    "Organization, as agreed in April, and hoped the same approach would work for wine, which still faces duties of "
    "up to 218%. Before the tariffs, barley sales to China were worth more than A$1 billion a year.",
    [
        C(
            "will scrap its punitive duties on Australian barley from Saturday",
            "from Saturday",
            wd("Saturday"),
            "promise",
            "China's commerce ministry",
            real="2023-08-05",
        ),
    ],
    "MOFCOM announcement of Friday 4 August 2023: anti-dumping and countervailing duties on Australian barley "
    "lifted from Saturday 5 August 2023. Worded as the ministry's own action ('will scrap'), so a promise. "
    "Australia's undertaking to drop the WTO case has no date; the April 2023 agreement and the May 2020 duties are "
    "background.",
    ["said-on-day", "past-month", "number-like-date", "undated-future"],
)

P(
    "t2-dutch-chip-export-rules-2023",
    "2023-06-30 17:00",
    "Europe/Amsterdam",
    "THE HAGUE - New Dutch export rules covering some of ASML's most advanced chipmaking equipment take effect on "
    "Sept. 1, the Dutch government said on Friday, in a step that will further restrict China's access to "
    "technology for making cutting-edge semiconductors. Trade Minister Liesje Schreinemacher, who first flagged the "
    "measures in March, said they were needed on national security grounds and were not aimed at any one country. "
    "ASML said it did not expect the rules to have a material effect on its current financial outlook. The Dutch "
    "curbs follow sweeping US restrictions imposed last October, and Japan's controls on exports of 23 types of "
    "chipmaking equipment take effect on July 23. Whether The Hague will go further remains unclear.",
    [
        C(
            "take effect on Sept. 1",
            "on Sept. 1",
            md(9, 1),
            "event",
            "the Dutch government",
            real="2023-09-01",
        ),
        C(
            "Japan's controls on exports of 23 types of chipmaking equipment take effect on July 23",
            "on July 23",
            md(7, 23),
            "event",
            None,
            real="2023-07-23",
        ),
    ],
    "Dutch regulation published Friday 30 June 2023, in force 1 September 2023; Japan's export controls in force 23 "
    "July 2023. US rules of 7 October 2022 ('last October') and the Dutch announcement of 8 March 2023 are "
    "background; ASML's no-material-effect statement has no date.",
    ["same-sentence-claims", "past-month", "said-on-day", "number-like-date", "explicit-date", "question"],
)

# ===========================================================================
# Product launches

P(
    "t2-apple-silicon-wwdc-2020",
    "2020-06-22 14:00",
    "America/Los_Angeles",
    "CUPERTINO - Apple will ship the first Mac computers powered by its own processors by the end of this year, "
    "Chief Executive Tim Cook said on Monday, ending a 15-year reliance on Intel chips that began when Steve Jobs "
    "announced the switch at the same conference in 2005. Cook, speaking at the company's annual developer "
    "conference, held online for the first time because of the pandemic, said the full transition would take about "
    "two years. Developers can already apply for a test kit that pairs a Mac mini with the A12Z chip used in the "
    "latest iPad Pro, so that they can rebuild their software before the new machines arrive. The new operating "
    "system, macOS Big Sur, which will run on both kinds of Mac, is due out later this year, Apple said.",
    [
        C(
            "Apple will ship the first Mac computers powered by its own processors by the end of this year",
            "by the end of this year",
            this_year_end(),
            "promise",
            "Tim Cook",
            real="2020-11-17",
            real_le=True,
        ),
        C(
            "is due out later this year",
            "later this year",
            rest_of_year(),
            "event",
            "Apple",
            real="2020-11-12",
        ),
    ],
    "WWDC keynote of Monday 22 June 2020: first Apple silicon Mac by the end of 2020 (M1 Macs shipped 17 November "
    "2020), transition in about two years (a duration, not labelled); macOS Big Sur released 12 November 2020 (a "
    "release is an event). The 2005 Intel switch is background.",
    ["year-end", "later-this-period", "duration", "said-on-day", "number-like-date"],
)

# ===========================================================================
# Labour

P(
    "t2-felixstowe-strike-2022",
    "2022-08-19 16:00",
    "Europe/London",
    "FELIXSTOWE, England - About 1,900 dockers at Felixstowe, Britain's busiest container port, will walk out for "
    "eight days from Sunday, Aug. 21, to Aug. 29 after rejecting a 7% pay offer, the Unite union confirmed on "
    "Friday, in the first strike at the port since 1989. Hutchison Ports, which owns the Suffolk terminal, said "
    "there would be no winners from a stoppage that will bring the port to a standstill. The walkout caps a summer "
    "of industrial action: rail workers struck on Thursday and walk out again on Saturday, while much of London's "
    "Underground network was shut on Friday by a separate dispute. Unite general secretary Sharon Graham said "
    "further action was possible if the company did not improve its offer.",
    [
        C(
            "will walk out for eight days from Sunday, Aug. 21, to Aug. 29",
            "from Sunday, Aug. 21, to Aug. 29",
            md_span(8, 21, 8, 29),
            "event",
            "Unite",
            real="2022-08-21",
        ),
        C(
            "walk out again on Saturday",
            "on Saturday",
            wd("Saturday"),
            "event",
            None,
            real="2022-08-20",
        ),
    ],
    "Unite's eight-day Felixstowe strike, 21-29 August 2022 (one activity over consecutive days, one claim; an "
    "unconditional strike is an event, attributed to Unite in its sentence). RMT/TSSA rail strikes on Thursday 18 "
    "(past) and Saturday 20 August 2022; London Underground strike on Friday 19 August (the publication day, "
    "past tense). 'further action was possible' is conditional and undated.",
    ["past-weekday", "range", "hypothetical", "said-on-day", "number-like-date", "explicit-date"],
)

P(
    "t2-verdi-evg-mega-strike-2023",
    "2023-03-23 15:00",
    "Europe/Berlin",
    "BERLIN - Germany's transport network faces near-total paralysis next Monday after the Verdi and EVG unions "
    "called a joint 24-hour strike at airports, railways, ports and on local public transport, starting at midnight "
    "on Sunday. Deutsche Bahn said it would halt all long-distance services for the day, and the airport operators' "
    "association ADV said around 380,000 air passengers would be affected. The walkout is timed to coincide with "
    "the third round of public-sector pay talks, which runs in Potsdam from Monday to Wednesday. Verdi is demanding "
    "10.5% more pay, or at least 500 euros a month, for about 2.5 million federal and municipal employees, while EVG "
    "wants 12% for rail staff; Transport Minister Volker Wissing urged both sides to keep the action proportionate.",
    [
        C(
            "called a joint 24-hour strike at airports, railways, ports and on local public transport, starting at "
            "midnight on Sunday",
            "starting at midnight on Sunday",
            midnight_on("Sunday"),
            "event",
            "Verdi and EVG",
            real="2023-03-27",
        ),
        C(
            "which runs in Potsdam from Monday to Wednesday",
            "from Monday to Wednesday",
            span_wd("Monday", "Wednesday"),
            "event",
            None,
            real="2023-03-27",
        ),
    ],
    "Verdi/EVG announcement of Thursday 23 March 2023: 24-hour 'mega strike' on Monday 27 March 2023 from 00:00. "
    "'next Monday' in the same sentence names the same strike day (one claim; both readings of 'next Monday' give 27 "
    "March, inside the midnight window of 26-27 March). Third round of federal/municipal pay talks in Potsdam, "
    "27-29 March 2023 (one activity over consecutive days, one claim). 'for the day' refers back to the strike. "
    "An unconditional strike is an event; the unions called it.",
    ["midnight", "next-weekday", "repeated-claim", "range", "said-on-day", "number-like-date"],
)

P(
    "t2-air-canada-pilots-wind-down-2024",
    "2024-09-12 09:00",
    "America/Toronto",
    "MONTREAL - Air Canada will begin cancelling flights on Sunday and suspend nearly all operations by Wednesday "
    "unless it reaches a deal with its 5,200 pilots, the airline said late on Wednesday, warning that about 110,000 "
    "customers a day could be stranded. The Air Line Pilots Association can legally strike from 12:01 a.m. ET on "
    "Wednesday, Sept. 18, once a 21-day cooling-off period ends, and the carrier could lock out its pilots from the "
    "same moment. Chief Executive Michael Rousseau has urged Ottawa to step in with binding arbitration if talks "
    "fail, but the federal government has so far said a deal should be reached at the bargaining table. The pilots "
    "are seeking raises in line with those won by their US counterparts at United and Delta last year.",
    [
        C(
            "will begin cancelling flights on Sunday",
            "on Sunday",
            wd("Sunday"),
            "promise",
            "Air Canada",
        ),
        C(
            "suspend nearly all operations by Wednesday",
            "by Wednesday",
            wd("Wednesday"),
            "promise",
            "Air Canada",
        ),
        C(
            "can legally strike from 12:01 a.m. ET on Wednesday, Sept. 18",
            "from 12:01 a.m. ET on Wednesday, Sept. 18",
            md(9, 18, "00:01"),
            "deadline",
            None,
        ),
    ],
    "Air Canada statement of Wednesday 11 September 2024: a three-day wind-down from Sunday 15 September, with "
    "operations largely suspended by Wednesday 18 September, when the pilots could strike or be locked out from "
    "00:01 ET. A company's action conditional on bargaining is a promise; the end of the cooling-off period is a "
    "statutory cut-off (deadline, no speaker). A tentative deal was reached early on 15 September, so nothing "
    "happened on those dates and no real date is recorded. 'late on Wednesday' is the past announcement; the "
    "lockout 'could' is a possibility, and 'the same moment' refers back.",
    [
        "conditional-threat",
        "same-sentence-claims",
        "past-weekday",
        "time-local",
        "hypothetical",
        "number-like-date",
    ],
)

# ===========================================================================
# Markets and sovereign debt

P(
    "t2-bush-funeral-markets-closed-2018",
    "2018-12-03 09:00",
    "America/New_York",
    "NEW YORK - US stock markets will be closed on Wednesday for a national day of mourning for former President "
    "George Herbert Walker Bush, who died on Friday at 94, the New York Stock Exchange and Nasdaq said. Fed Chair "
    "Jerome Powell's testimony to Congress's Joint Economic Committee, which had been set for Wednesday, has been "
    "postponed, and no new date has been announced. It will be the first such closure since the funeral of Gerald "
    "Ford in January 2007, and the NYSE will also close early, at 1 p.m., on Dec. 24 ahead of the Christmas "
    "holiday. Bush's state funeral will be held at Washington National Cathedral on Wednesday morning.",
    [
        C(
            "US stock markets will be closed on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            "the New York Stock Exchange and Nasdaq",
            real="2018-12-05",
        ),
        C(
            "the NYSE will also close early, at 1 p.m., on Dec. 24",
            "at 1 p.m., on Dec. 24",
            md(12, 24, "13:00"),
            "event",
            None,
            real="2018-12-24",
        ),
        C(
            "will be held at Washington National Cathedral on Wednesday morning",
            "on Wednesday morning",
            wd("Wednesday"),
            "event",
            None,
            real="2018-12-05",
        ),
    ],
    "NYSE/Nasdaq closure of Wednesday 5 December 2018 for George H. W. Bush (died Friday 30 November); state "
    "funeral at the National Cathedral that morning. Powell's JEC testimony, set for 5 December, was postponed (a "
    "cancelled date, not labelled). Regular early close at 13:00 on Christmas Eve 2018. Ford's funeral day closure "
    "was 2 January 2007.",
    ["cancelled-date", "past-weekday", "time-local", "explicit-date", "past-month", "number-like-date"],
)

P(
    "t2-lebanon-eurobond-default-explainer-2020",
    "2020-03-08 10:00",
    "Asia/Beirut",
    "EXPLAINER - Lebanon heads for its first sovereign default: what happens next. Prime Minister Hassan Diab said "
    "in a televised address on Saturday that Lebanon would suspend payment of a $1.2 billion Eurobond that matures "
    "on Monday, arguing that the country's dwindling foreign currency reserves had to be kept for food, medicine "
    "and fuel. The government has hired Lazard as financial adviser and Cleary Gottlieb as legal adviser and says "
    "it wants to negotiate a restructuring with creditors, but has set no timetable; a finance ministry official, "
    "speaking on condition of anonymity, said talks could start within weeks. Two more Eurobonds fall due "
    "this year, $700 million in April and $600 million in June, and the whole stock of about $31 billion could "
    "become payable at once if holders accelerate their claims. Public debt stands at about 170% of gross domestic "
    "product, and banks have rationed depositors' access to dollars since protests erupted last October.",
    [
        C(
            "a $1.2 billion Eurobond that matures on Monday",
            "on Monday",
            wd("Monday"),
            "deadline",
            None,
            real="2020-03-09",
        ),
        C("$700 million in April", "in April", in_month(2020, 4), "deadline", None),
        C("$600 million in June", "in June", in_month(2020, 6), "deadline", None),
    ],
    "Diab's address of Saturday 7 March 2020; the $1.2 billion Eurobond matured on Monday 9 March 2020 and was not "
    "paid. Bond maturities are contractual cut-offs (deadline) stated by no one, so no speaker; the government's "
    "refusal to pay does not move the maturity date, which a careful editor would still report as the date the "
    "bond falls due. Further maturities in April and June 2020 (separate bonds, separate claims; exact days not "
    "recorded). The anonymous official's 'within weeks' is an undated possibility, and 'could become payable' a "
    "possibility; protests began 17 October 2019 ('last October').",
    ["same-sentence-claims", "month-period", "hypothetical", "past-weekday", "past-month", "number-like-date"],
)

# ===========================================================================
# No-claim passages

N(
    "t2-monarch-airlines-collapse-2017",
    "2017-10-02 13:00",
    "Europe/London",
    "LONDON - Monarch Airlines collapsed into administration in the early hours of Monday, cancelling about 300,000 "
    "future bookings and leaving some 110,000 customers stranded abroad in what the government called the biggest "
    "peacetime repatriation in British history. The Civil Aviation Authority said it had chartered more than 30 "
    "aircraft to fly people home, and Transport Secretary Chris Grayling said nobody would be left behind. Monarch, "
    "founded in 1968 and rescued by the investment firm Greybull Capital in 2014, had struggled with a weak pound, "
    "fare wars on its Spanish and Portuguese routes and the loss of holiday traffic to Egypt and Tunisia after "
    "terrorist attacks. Could a buyer have saved it? Administrators KPMG said talks on selling its take-off and "
    "landing slots at Gatwick and Luton would continue in the coming days.",
    "Monarch entered administration on Monday 2 October 2017; the CAA's repatriation flights ran for about two weeks. "
    "No dated forward-looking claim: the slot talks are 'in the coming days', Grayling's promise is undated.",
    ["said-on-day", "undated-future", "question", "number-like-date", "past-weekday"],
)

N(
    "t2-fitch-downgrade-us-2023",
    "2023-08-02 07:30",
    "America/New_York",
    "NEW YORK - Fitch Ratings stripped the United States of its top AAA credit rating late on Tuesday, cutting it "
    "one notch to AA+ and citing an erosion of governance that has produced repeated debt-limit standoffs, the "
    "latest of which was settled only days before the Treasury's projected June 5 default date. Treasury Secretary "
    "Janet Yellen called the decision 'arbitrary and based on outdated data', noting that Fitch had first warned of "
    "a possible downgrade in May. It is the second time a major agency has taken away the top rating, after Standard "
    "& Poor's did so in August 2011, when stocks slumped and Treasuries, paradoxically, rallied. Analysts said the "
    "move was unlikely to force large-scale selling of US government bonds, since few investment mandates hinge on "
    "a triple-A rating. Stock futures slipped in early trading on Wednesday.",
    "Fitch downgrade of Tuesday 1 August 2023 (after the close); rating watch negative on 24 May 2023; the 'X-date' "
    "of 5 June 2023 had passed (year-less June date, past). S&P downgrade 5 August 2011. No forward-looking dated "
    "claim.",
    ["explicit-past-date", "past-weekday", "past-month", "number-like-date", "said-on-day"],
)

N(
    "t2-jcpenney-chapter-11-2020",
    "2020-05-16 10:00",
    "America/Chicago",
    "DALLAS - JCPenney, the 118-year-old department store chain, filed for Chapter 11 bankruptcy protection in "
    "Corpus Christi, Texas, on Friday, becoming the biggest US retailer to fail since the coronavirus forced stores "
    "to close in March. The Plano-based company, which skipped a $12 million interest payment on April 15 and then "
    "used a 30-day grace period to negotiate with lenders, said it had lined up $900 million in financing and would "
    "close some stores permanently in phases, with details to follow in the coming weeks. It joins J.Crew and "
    "Neiman Marcus, which filed earlier this month. Will it emerge as a smaller chain, or be sold? Chief Executive "
    "Jill Soltau said the process would let the company shed debt and keep its stores running for now.",
    "JCPenney's Chapter 11 filing of Friday 15 May 2020 (S.D. Texas); missed interest payment of 15 April 2020 and "
    "the 30-day grace period that ended on 15 May (a past duration); J.Crew filed on 4 May and Neiman Marcus on 7 "
    "May 2020. Store closures are undated.",
    ["duration", "explicit-past-date", "past-weekday", "question", "undated-future", "number-like-date"],
)

N(
    "t2-silvergate-wind-down-2023",
    "2023-03-09 06:00",
    "America/Los_Angeles",
    "LA JOLLA, California - Silvergate Capital, one of the main banks to the cryptocurrency industry, said on "
    "Wednesday it would wind down operations and voluntarily liquidate its bank, after the collapse of the FTX "
    "exchange in November set off a run by crypto clients that drained more than $8 billion of deposits. The "
    "company said its plan included full repayment of all deposits, but gave no timetable. Silvergate had already "
    "delayed its annual report on March 1, warning that it might be less than well capitalised, and on Friday shut "
    "the Silvergate Exchange Network, a payments system that let crypto firms move dollars around the clock. Its "
    "shares, which traded above $200 in November 2021, fell more than 30% in premarket trading on Thursday.",
    "Silvergate announcement of Wednesday 8 March 2023; 10-K delay of 1 March 2023; SEN shut on Friday 3 March 2023 "
    "(past Friday). Repayment of deposits is an undated promise; the premarket fall is happening at publication.",
    ["said-on-day", "past-weekday", "explicit-past-date", "past-month", "undated-future"],
)

N(
    "t2-ghana-external-debt-suspension-2022",
    "2022-12-19 21:00",
    "Africa/Accra",
    "ACCRA - Ghana said on Monday it would suspend payments on most of its external debt, including Eurobonds, "
    "commercial loans and most bilateral debt, with immediate effect, in what amounts to a default as the West "
    "African nation awaits a bailout from the International Monetary Fund. The finance ministry described the step "
    "as an 'interim emergency measure' pending a restructuring of roughly $28 billion in foreign obligations. Ghana "
    "reached a staff-level agreement with the IMF on a three-year, $3 billion loan last week, but the fund's board "
    "will only approve it once creditors provide financing assurances. Inflation hit 50.3% in November, the highest "
    "in more than two decades, and the cedi has lost more than 40% of its value against the dollar this year. When "
    "will bondholders be paid? Officials gave no indication.",
    "Ghana finance ministry statement of Monday 19 December 2022; IMF staff-level agreement announced the week before (12-13 December 2022); "
    "board approval came on 17 May 2023 (undated in the text). 'three-year' is a duration; 'this year' describes a "
    "past change, not a forecast.",
    ["said-on-day", "question", "undated-future", "duration", "past-month", "number-like-date"],
)

N(
    "t2-korea-truckers-return-order-2022",
    "2022-11-29 18:00",
    "Asia/Seoul",
    "SEOUL - South Korea's government on Tuesday ordered striking cement truck drivers back to work, invoking for "
    "the first time a 2004 law that lets it force transport workers to return when a walkout seriously harms the "
    "economy. Thousands of members of the Cargo Truckers Solidarity union have been on strike since Thursday, "
    "demanding that a temporary minimum freight rate system be made permanent and widened to more cargo. Drivers "
    "who defy the order without good reason face up to three years in prison or a fine of up to 30 million won, "
    "President Yoon Suk Yeol's office said. Talks between the union and the transport ministry on Monday broke up "
    "after less than two hours with no agreement, and the union called the order unconstitutional. It was not clear "
    "how many drivers would comply.",
    "Return-to-work order of Tuesday 29 November 2022 (first use of the 2004 Trucking Transport Business Act "
    "power); strike since Thursday 24 November; talks on Monday 28 November. The penalty is a conditional threat "
    "with no date; 'up to three years' is a sentence length, not a due date.",
    ["past-weekday", "conditional-threat", "duration", "said-on-day", "number-like-date", "hypothetical"],
)

N(
    "t2-amazon-hq2-sites-2018",
    "2018-11-13 15:00",
    "America/New_York",
    "NEW YORK - Amazon.com said on Tuesday it would split its second headquarters between the Long Island City "
    "neighbourhood of Queens and the Crystal City area of Arlington, Virginia, ending a 14-month contest that drew "
    "238 bids from cities across North America. Each site is expected to bring more than 25,000 jobs over time, and "
    "the company will also open an operations centre in Nashville with 5,000 staff. New York offered incentives "
    "worth about $1.5 billion and Virginia up to $573 million, depending on how many jobs are created. The search "
    "began in September 2017, and Amazon named 20 finalists in January. Will opposition in Queens, where some local "
    "politicians have attacked the subsidies, derail the plan?",
    "Amazon HQ2 announcement of Tuesday 13 November 2018 (New York was dropped on 14 February 2019). Job numbers "
    "'over time' and the Nashville centre are undated; September 2017 and January 2018 are past.",
    ["said-on-day", "undated-future", "question", "past-month", "number-like-date"],
)

N(
    "t2-disney-iger-returns-2022",
    "2022-11-21 07:00",
    "America/Los_Angeles",
    "BURBANK, California - Walt Disney Co. stunned Hollywood late on Sunday by bringing back Bob Iger as chief "
    "executive, less than three years after he handed the job to Bob Chapek, whose contract the board had extended "
    "by three years only in June. Chapek's ouster came less than two weeks after Disney reported on Nov. 8 a loss of "
    "nearly $1.5 billion in its streaming division for the latest quarter, sending the shares to their lowest in "
    "more than two years. The board said Iger, who first became chief executive in 2005, would set the company's "
    "strategic direction and help pick his successor. Disney shares rose about 8% in premarket trading on Monday.",
    "Disney board announcement of Sunday 20 November 2022; Chapek's three-year extension in June 2022; fiscal Q4 "
    "results on 8 November 2022 (a year-less past date in a November article). Iger's new term and the successor "
    "search are undated.",
    ["explicit-past-date", "past-weekday", "past-month", "said-on-day", "undated-future", "duration", "number-like-date"],
)
