"""Tuning passages written blind: business, economics and markets (central bank decisions, data releases, takeover and deal deadlines, tariffs and trade, strikes, product and factory timetables, bankruptcies and restructurings, institutional forecasts) written as wire copy, market reports, analysis, explainers, live updates and newsletters. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    D,
    _res,
    by_year,
    end_of_month,
    holiday,
    in_days,
    in_month,
    in_year,
    md,
    md_span,
    no_claim_adder,
    passage_adder,
    quarter,
    rest_of_month,
    this_year_end,
    wd,
    wd_next_week,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


def period(y0, m0, y1, m1):
    """A named span of whole months with no build.py helper ('in November and December',
    'in the fiscal year ending in March 2026', 'between 2030 and 2031'): first day of the
    first month .. last day of the last month."""
    def f(p):
        lo, hi = D(y0, m0, 1), end_of_month(y1, m1)
        return _res(lo, hi, f"whole period {lo}..{hi}")
    return f


# ===========================================================================
# Takeovers, listings and deal deadlines

P(
    "tf-bhp-anglo-pusu-extended-2024",
    "2024-05-23 08:30",
    "Australia/Melbourne",
    "MELBOURNE - BHP has one more week to turn its pursuit of Anglo American into a formal bid after the "
    "London-listed miner rejected a third proposal, worth about 34 billion pounds, but agreed to push back the "
    "takeover deadline. The original cut-off under British takeover rules, 5pm London time on Wednesday, no longer "
    "applies. BHP now has until 5pm London time on May 29, which is 2am on May 30 in Melbourne, to announce a firm "
    "offer or walk away, Anglo said in a statement. Anglo chairman Stuart Chambers said BHP had still not dealt with "
    "the board's concerns about a structure that would first require Anglo to spin off its South African platinum "
    "and iron ore businesses. Anglo's own plan, unveiled on May 14, is to demerge the platinum arm and sell or spin "
    "off its coal, nickel and diamond units while keeping iron ore. BHP, which reports its full-year results in August, has not said whether it will "
    "raise its price again.",
    [
        C(
            "BHP now has until 5pm London time on May 29",
            "until 5pm London time on May 29",
            zoned(md(5, 29), "17:00", "Europe/London"),
            "deadline",
            "Anglo American",
        ),
        C(
            "BHP, which reports its full-year results in August",
            "in August",
            in_month(2024, 8),
            "event",
            None,
            real="2024-08-27",
        ),
    ],
    "Anglo American rejected BHP's third proposal on Wednesday 22 May 2024 and, with BHP, extended the 'put up or "
    "shut up' deadline from 17:00 BST on 22 May to 17:00 BST on Wednesday 29 May (= 02:00 AEST Thursday 30 May in "
    "Melbourne; the passage itself gives the converted time, and the gold follows the README's conversion rule). BHP "
    "said on 29 May that it would not make a firm offer. The superseded 22 May deadline ('5pm London time on "
    "Wednesday', already past in Melbourne) is not a claim. Anglo's restructuring plan was announced on 14 May "
    "(past). BHP reported its FY2024 results on 27 August 2024. The deadline sits in a sentence attributed to Anglo, "
    "which set it with BHP under the Takeover Code.",
    [
        "time-converted",
        "date-crossing-conversion",
        "superseded-date",
        "month-period",
        "explicit-past-date",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "tf-toshiba-tender-explainer-2023",
    "2023-08-07 19:00",
    "Asia/Tokyo",
    "WHAT HAPPENS NEXT: Toshiba said on Monday that a consortium led by Japan Industrial Partners will launch its 2 "
    "trillion yen ($14 billion) tender offer for the company on Tuesday, after the last foreign antitrust approvals "
    "came through. Shareholders will be able to tender at 4,620 yen a share until Sept. 20, and the bid succeeds if "
    "the buyers end up with at least two-thirds of the shares. The offer had originally been expected to start in "
    "late July. Toshiba is expected to be taken private and delisted before the end of the year, ending 74 years as "
    "a listed company and a decade of turmoil that began with an accounting scandal in 2015 and deepened when its US "
    "nuclear unit Westinghouse went bankrupt in 2017. Its board, which had once said the price was too low to "
    "recommend, now calls it fair.",
    [
        C(
            "will launch its 2 trillion yen ($14 billion) tender offer for the company on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            "Toshiba",
            real="2023-08-08",
        ),
        C(
            "Shareholders will be able to tender at 4,620 yen a share until Sept. 20",
            "until Sept. 20",
            md(9, 20),
            "deadline",
            None,
            real="2023-09-20",
        ),
        C(
            "Toshiba is expected to be taken private and delisted before the end of the year",
            "before the end of the year",
            this_year_end(),
            "prediction",
            None,
            real="2023-12-20",
            real_le=True,
        ),
    ],
    "Toshiba/JIP announcement of Monday 7 August 2023: tender offer from Tuesday 8 August to 20 September 2023 at "
    "4,620 yen (it succeeded with 78.65%); Toshiba was delisted on 20 December 2023. The late-July start had been "
    "pushed back by a regulatory delay (superseded, past). The delisting forecast is attributed to no one, so the "
    "speaker is null; 'before the end of the year' is read as a 'by' period (31 December). Listed since 1949, "
    "accounting scandal 2015, Westinghouse Chapter 11 in March 2017 are background.",
    [
        "superseded-date",
        "said-on-day",
        "year-end",
        "number-like-date",
        "explicit-date",
        "multi-claim",
    ],
)

P(
    "tf-rivian-ipo-pricing-2021",
    "2021-11-09 22:30",
    "America/New_York",
    "NEW YORK - Rivian Automotive priced its initial public offering at $78 a share on Tuesday, above a range it had "
    "raised only on Friday, collecting nearly $12 billion in the biggest listing by an American company since "
    "Facebook's in 2012. The electric-truck maker's shares begin trading on the Nasdaq on Wednesday under the ticker "
    "RIVN. Rivian started delivering its R1T pickup in September and has built only a few hundred vehicles so far. "
    "Its largest shareholder, Amazon.com, has ordered 100,000 electric delivery vans from the company and has said "
    "it expects the first 10,000 to be on the road as early as next year and all 100,000 by 2030.",
    [
        C(
            "begin trading on the Nasdaq on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2021-11-10",
        ),
        C(
            "it expects the first 10,000 to be on the road as early as next year",
            "as early as next year",
            in_year(2022),
            "prediction",
            "Amazon.com",
        ),
        C(
            "all 100,000 by 2030",
            "by 2030",
            by_year(2030),
            "prediction",
            "Amazon.com",
        ),
    ],
    "Rivian IPO priced on Tuesday 9 November 2021 at $78 (range raised on Friday 5 November to $72-74), first "
    "trade on Nasdaq on Wednesday 10 November. Amazon's stated van targets (10,000 as early as 2022, 100,000 by "
    "2030). 'on Friday' is a past weekday in a past-tense clause; Facebook's 2012 IPO and the September R1T "
    "deliveries are background. Both Amazon forecasts sit in one sentence; 'expects' makes them predictions.",
    [
        "past-weekday",
        "same-sentence-claims",
        "year-period",
        "number-like-date",
        "past-month",
        "multi-claim",
    ],
)

P(
    "tf-mps-rescue-decree-2016",
    "2016-12-22 18:00",
    "Europe/Rome",
    "ROME (Reuters) - Italy's cabinet will meet late on Thursday to approve a decree rescuing Monte dei Paschi di "
    "Siena, after the world's oldest bank admitted that its last-ditch attempt to raise 5 billion euros from private "
    "investors had failed. The European Central Bank, which earlier this month turned down the bank's request for "
    "extra time until Jan. 20, has given Monte dei Paschi until Dec. 31 to plug its capital shortfall. Parliament on "
    "Wednesday authorised the government to borrow up to 20 billion euros to shore up the banking sector, and the "
    "Tuscan lender is expected to be first in line. Trading in its shares was suspended on Thursday. Prime Minister "
    "Paolo Gentiloni, in office only since Dec. 12, has promised to protect savers.",
    [
        C(
            "Italy's cabinet will meet late on Thursday to approve a decree rescuing Monte dei Paschi di Siena",
            "late on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2016-12-22",
        ),
        C(
            "has given Monte dei Paschi until Dec. 31 to plug its capital shortfall",
            "until Dec. 31",
            md(12, 31),
            "deadline",
            "the European Central Bank",
        ),
    ],
    "Monte dei Paschi's private 5 billion euro capital raise failed on Thursday 22 December 2016; the cabinet met "
    "that night and approved the rescue decree just after midnight (announced by Gentiloni early on 23 December). "
    "The ECB had refused an extension to 20 January 2017 (ruled out, not a claim) and kept the 31 December deadline. "
    "Parliament approved the 20 billion euro borrowing on Wednesday 21 December; Gentiloni took office on 12 "
    "December. 'first in line' is undated.",
    [
        "by-weekday-same-day",
        "same-day-future",
        "cancelled-date",
        "past-weekday",
        "said-on-day",
        "number-like-date",
        "explicit-date",
        "explicit-past-date",
    ],
)

# ===========================================================================
# Central banks

P(
    "tf-rbi-crr-tranches-2025",
    "2025-06-06 13:00",
    "Asia/Kolkata",
    "MUMBAI - The Reserve Bank of India cut its key repo rate by a larger-than-expected 50 basis points to 5.50% on "
    "Friday, its third straight reduction after cuts in February and April, and shifted its stance to neutral from "
    "accommodative. Governor Sanjay Malhotra also announced a 100-basis-point cut in the cash reserve ratio to 3%, "
    "to be made in four equal steps, with the first quarter-point step taking effect from Sept. 6 and the last from "
    "Nov. 29. The central bank lowered its inflation forecast for the fiscal year ending in March 2026 to 3.7% from "
    "4%. Malhotra told reporters that after front-loading the easing, monetary policy had very little room left to "
    "support growth. The Monetary Policy Committee meets next from Aug. 4 to 6.",
    [
        C(
            "with the first quarter-point step taking effect from Sept. 6",
            "from Sept. 6",
            md(9, 6),
            "event",
            "Sanjay Malhotra",
            real="2025-09-06",
        ),
        C(
            "the last from Nov. 29",
            "from Nov. 29",
            md(11, 29),
            "event",
            "Sanjay Malhotra",
            real="2025-11-29",
        ),
        C(
            "lowered its inflation forecast for the fiscal year ending in March 2026 to 3.7%",
            "for the fiscal year ending in March 2026",
            period(2025, 4, 2026, 3),
            "prediction",
            "the Reserve Bank of India",
        ),
        C(
            "The Monetary Policy Committee meets next from Aug. 4 to 6",
            "from Aug. 4 to 6",
            md_span(8, 4, 8, 6),
            "event",
            None,
            real="2025-08-04",
        ),
    ],
    "RBI policy of Friday 6 June 2025: repo cut 50 bp to 5.50%, stance to neutral, CRR cut 100 bp to 3% in four "
    "25 bp tranches effective from the fortnights beginning 6 September, 4 October, 1 November and 29 November "
    "2025 (the first and last are named, one claim each; an ordered measure taking effect is an event with the "
    "governor who announced it as speaker). FY2025-26 CPI forecast 3.7% (a 'for <period>' forecast: the whole "
    "fiscal year 1 April 2025..31 March 2026; no build.py helper covers a fiscal year, hence period()). Next MPC "
    "meeting 4-6 August 2025 (one meeting over consecutive days, one claim). February and April cuts are past.",
    [
        "same-sentence-claims",
        "range",
        "past-month",
        "number-like-date",
        "explicit-date",
        "year-period",
        "multi-claim",
    ],
)

P(
    "tf-boe-december-2021-hike",
    "2021-12-16 13:30",
    "Europe/London",
    "The Bank of England became the first Group of Seven central bank to raise interest rates since the pandemic "
    "began, lifting Bank Rate to 0.25% from a record low of 0.1% on Thursday despite the rapid spread of the "
    "Omicron variant. The Monetary Policy Committee voted 8-1 for the move, with Silvana Tenreyro the only member "
    "who wanted to wait. Figures published on Wednesday showed consumer price inflation jumped to 5.1% in November, "
    "its highest in more than a decade, and the Bank said it now expects inflation to peak at around 6% in April. "
    "Markets had been caught out in November, when policymakers kept rates on hold after appearing to signal a hike. "
    "The next decision is due on Feb. 3.",
    [
        C(
            "it now expects inflation to peak at around 6% in April",
            "in April",
            in_month(2022, 4),
            "prediction",
            "the Bank of England",
        ),
        C(
            "The next decision is due on Feb. 3",
            "on Feb. 3",
            md(2, 3),
            "event",
            None,
            real="2022-02-03",
        ),
    ],
    "BoE decision of Thursday 16 December 2021 (8-1, Tenreyro dissenting); November CPI 5.1% published on Wednesday "
    "15 December; surprise hold on 4 November 2021. The Bank's forecast of a peak around 6% in April 2022 (it "
    "actually peaked at 11.1% in October 2022, so no real date). Next MPC decision 3 February 2022 (a hike to 0.5%). "
    "Year-less 'April' and 'Feb. 3' in a December article fall in 2022.",
    [
        "year-inference",
        "past-weekday",
        "said-on-day",
        "past-month",
        "number-like-date",
        "explicit-date",
        "multi-claim",
    ],
)

P(
    "tf-boj-january-2025-live",
    "2025-01-24 13:00",
    "Asia/Tokyo",
    "12:35 JST - The Bank of Japan raised its short-term policy rate to 0.5% from 0.25% on Friday, taking borrowing "
    "costs to their highest level since 2008 at the end of a two-day meeting. 12:50 JST - The board voted 8-1, with "
    "Toyoaki Nakamura dissenting, and the bank raised its price forecasts, saying wage gains were broadening. 12:58 "
    "JST - Traders had largely priced in the move after Ueda and his deputy Ryozo Himino signalled it last week, and "
    "Donald Trump's inauguration on Monday passed without the market turmoil some had feared. Governor Kazuo Ueda "
    "holds his news conference at 3:30 p.m. on Friday, and investors want to know how far the bank is prepared to "
    "go. The next policy meeting is on March 18 and 19.",
    [
        C(
            "holds his news conference at 3:30 p.m. on Friday",
            "at 3:30 p.m. on Friday",
            wd("Friday", "15:30"),
            "event",
            None,
            real="2025-01-24",
        ),
        C(
            "The next policy meeting is on March 18 and 19",
            "on March 18 and 19",
            md_span(3, 18, 3, 19),
            "event",
            None,
            real="2025-03-18",
        ),
    ],
    "BoJ decision of Friday 24 January 2025 (0.5%, 8-1 with Nakamura dissenting); Ueda's news conference at 15:30 "
    "JST that day; Himino's speech of 14 January and Ueda's remarks of 15 January 2025 (last week); Trump "
    "inaugurated on Monday 20 January. Next meeting 18-19 March 2025 (one two-day meeting, one claim). The "
    "live-blog timestamps are past times of entry, not claims.",
    [
        "by-weekday-same-day",
        "same-day-future",
        "time-local",
        "past-weekday",
        "number-like-date",
        "range",
        "explicit-date",
        "multi-claim",
    ],
)

P(
    "tf-turkey-surprise-hike-2024",
    "2024-03-21 16:30",
    "Europe/Istanbul",
    "ANALYSIS - Turkey's central bank caught markets off guard on Thursday by raising its policy rate to 50% from "
    "45%, ten days before nationwide local elections on March 31, in the first big test for Governor Fatih Karahan. "
    "Only a handful of economists had expected a move after the bank said in January that its tightening cycle was "
    "over. Inflation hit 67% in February, and the bank is sticking to its forecast that it will slow to 36% by the "
    "end of the year, a projection most private economists regard as optimistic. Karahan, who took over when Hafize "
    "Gaye Erkan resigned in February, also tightened limits on lira loan growth. The Monetary Policy Committee meets "
    "again on April 25.",
    [
        C(
            "ten days before nationwide local elections on March 31",
            "on March 31",
            md(3, 31),
            "event",
            None,
            real="2024-03-31",
        ),
        C(
            "the bank is sticking to its forecast that it will slow to 36% by the end of the year",
            "by the end of the year",
            this_year_end(),
            "prediction",
            "Turkey's central bank",
        ),
        C(
            "The Monetary Policy Committee meets again on April 25",
            "on April 25",
            md(4, 25),
            "event",
            None,
            real="2024-04-25",
        ),
    ],
    "CBRT hike to 50% on Thursday 21 March 2024; local elections on Sunday 31 March 2024; the bank's end-2024 "
    "inflation forecast of 36% (raised to 38% in May, so no real date); next MPC meeting 25 April 2024 (rate held). "
    "January's 'end of cycle' signal, February inflation of 67% and Erkan's February resignation are background.",
    [
        "past-month",
        "year-end",
        "number-like-date",
        "explicit-date",
        "multi-claim",
    ],
)

# ===========================================================================
# Trade and tariffs

P(
    "tf-nafta-canada-friday-2018",
    "2018-08-28 18:00",
    "America/Toronto",
    "OTTAWA - Foreign Minister Chrystia Freeland cut short a trip to Europe and flew to Washington on Tuesday to try "
    "to rejoin talks on the North American Free Trade Agreement, a day after the United States and Mexico announced "
    "a preliminary deal of their own. The Trump administration wants Canada to sign on by Friday, when it plans to "
    "notify Congress of the revamped pact. Mexico is pressing to have the deal signed by outgoing President Enrique "
    "Pena Nieto before his successor, Andres Manuel Lopez Obrador, takes office on Dec. 1. President Donald Trump "
    "has threatened to put tariffs on Canadian-made cars if Ottawa does not come on board, while the Canadian "
    "government has said it will sign only a deal that is good for the country's middle class. Dairy and a "
    "dispute-settlement system remain the main sticking points.",
    [
        C(
            "The Trump administration wants Canada to sign on by Friday",
            "by Friday",
            wd("Friday"),
            "deadline",
            "the Trump administration",
            real="2018-08-31",
        ),
        C(
            "takes office on Dec. 1",
            "on Dec. 1",
            md(12, 1),
            "event",
            None,
            real="2018-12-01",
        ),
    ],
    "US-Mexico preliminary deal announced Monday 27 August 2018; Freeland in Washington from Tuesday 28 August; the "
    "administration's Friday 31 August target for Canada (missed; Trump notified Congress that day). 'when it plans "
    "to notify Congress' refers back to the Friday already labelled. Lopez Obrador took office on 1 December 2018. "
    "Trump's car-tariff threat has no date (undated conditional).",
    [
        "hypothetical",
        "past-weekday",
        "undated-future",
        "explicit-date",
        "multi-claim",
    ],
)

P(
    "tf-canada-dst-rescinded-2025",
    "2025-06-30 08:00",
    "America/Toronto",
    "OTTAWA - Canada has scrapped its digital services tax hours before the first payments were due, bowing to "
    "pressure from President Donald Trump, who on Friday cut off trade talks over the levy and called it a blatant "
    "attack on the United States. Finance Minister Francois-Philippe Champagne said late on Sunday that the "
    "government would halt the collection scheduled for Monday and introduce legislation to repeal the 2024 law. "
    "Prime Minister Mark Carney's office said he and Trump had agreed to resume negotiations with a view to reaching "
    "a deal by July 21, the timeline the two leaders set at the Group of Seven summit in Kananaskis, Alberta, this "
    "month. The 3% tax on revenue from Canadian users would have cost Amazon, Google, Meta and other US companies "
    "an estimated $2 billion, applied retroactively to 2022.",
    [
        C(
            "had agreed to resume negotiations with a view to reaching a deal by July 21",
            "by July 21",
            md(7, 21),
            "promise",
            "Mark Carney",
        ),
    ],
    "Canada's announcement of Sunday 29 June 2025 (published Monday 30 June): the DST collection due on 30 June was "
    "halted (cancelled, not a claim), repeal legislation to follow (undated); Carney and Trump agreed to resume talks "
    "aiming at a deal by 21 July 2025 (no deal by then, so no real date). Carney's office reports his own commitment, "
    "so the principal keeps the speaker; a target for the setter's own negotiation is a promise. Trump ended talks "
    "on Friday 27 June; the G7 Kananaskis summit was on 16-17 June.",
    [
        "cancelled-date",
        "past-weekday",
        "said-on-day",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "tf-indonesia-palm-export-ban-2022",
    "2022-04-23 10:00",
    "Asia/Jakarta",
    "JAKARTA - Indonesia, the world's biggest palm oil producer, will ban exports of cooking oil and its raw "
    "materials from Thursday next week, April 28, until further notice, President Joko Widodo said in a televised "
    "address on Friday evening, as he struggles to bring down soaring domestic prices. Widodo said he would "
    "personally monitor and evaluate the measure so that cooking oil became plentiful and affordable at home. Traders "
    "expect palm oil futures in Kuala Lumpur to jump when trading resumes on Monday, and buyers in India, the top "
    "importer, warned that edible oil prices there would climb further. Students protested in Jakarta earlier this "
    "month over the cost of living, and in January the government had already ordered producers to sell part of "
    "their output at home.",
    [
        C(
            "will ban exports of cooking oil and its raw materials from Thursday next week, April 28",
            "from Thursday next week, April 28",
            wd_next_week("Thursday"),
            "event",
            "Joko Widodo",
            real="2022-04-28",
        ),
        C(
            "Traders expect palm oil futures in Kuala Lumpur to jump when trading resumes on Monday",
            "on Monday",
            wd("Monday"),
            "prediction",
            "traders",
        ),
    ],
    "Widodo's address of Friday 22 April 2022: export ban from Thursday 28 April 2022 'until further notice' (it took "
    "effect that day and was lifted on 23 May). Published Saturday 23 April, so 'Thursday next week' is 28 April and "
    "'on Monday' is 25 April (Bursa Malaysia reopening after the weekend). An ordered measure taking effect is an "
    "event with the person who ordered it as speaker; the traders' forecast is a group prediction. Student protests "
    "of 11 April and the January domestic market obligation are past.",
    [
        "next-week-weekday",
        "past-weekday",
        "said-on-day",
        "past-month",
        "undated-future",
        "explicit-date",
        "multi-claim",
    ],
)

P(
    "tf-japan-korea-export-controls-2019",
    "2019-07-01 18:00",
    "Asia/Tokyo",
    "TOKYO (Kyodo) - Japan will tighten controls on exports to South Korea of three materials used to make "
    "semiconductors and smartphone displays starting Thursday, July 4, the Ministry of Economy, Trade and Industry "
    "said on Monday, in a move widely seen as retaliation for South Korean court rulings over wartime forced labour. "
    "From then on, shipments of fluorinated polyimide, photoresist and hydrogen fluoride will need individual licences, "
    "which can take about 90 days to approve. The ministry also began the process of removing South Korea from its "
    "'white list' of trusted trading partners and will accept public comments on the change until July 24. Seoul, "
    "which says the Supreme Court rulings that began last October cannot be overturned by the government, called the step "
    "unfair and said it would consider a complaint to the World Trade Organization. The announcement came two days "
    "after Prime Minister Shinzo Abe hosted Group of 20 leaders in Osaka.",
    [
        C(
            "will tighten controls on exports to South Korea of three materials used to make semiconductors and "
            "smartphone displays starting Thursday, July 4",
            "starting Thursday, July 4",
            wd("Thursday"),
            "event",
            "the Ministry of Economy, Trade and Industry",
            real="2019-07-04",
        ),
        C(
            "will accept public comments on the change until July 24",
            "until July 24",
            md(7, 24),
            "deadline",
            "the Ministry of Economy, Trade and Industry",
            real="2019-07-24",
        ),
    ],
    "METI announcement of Monday 1 July 2019: individual licences for the three materials from Thursday 4 July; "
    "public comment on removing Korea from the white list from 1 to 24 July (Korea was removed with effect from 28 "
    "August). 'From then on' only refers back to the first claim and is not labelled again. 'about 90 days' is "
    "an unanchored duration; the Korean Supreme Court ruling of October 2018 and the G20 Osaka summit (28-29 June) "
    "are past.",
    [
        "repeated-claim",
        "duration",
        "last-month",
        "said-on-day",
        "number-like-date",
        "explicit-date",
        "multi-claim",
    ],
)

P(
    "tf-colombia-tariff-live-2025",
    "2025-01-26 17:00",
    "America/Bogota",
    "LIVE UPDATES, Sunday 26 January - 15:10: US President Donald Trump says he is imposing emergency 25% tariffs on "
    "all goods from Colombia after President Gustavo Petro turned back two US military planes carrying deported "
    "migrants. The rate will rise to 50% in one week, Trump wrote on his Truth Social platform, adding visa bans for "
    "Colombian officials and tougher customs inspections of Colombian cargo. 15:40: Petro says he has told his trade "
    "minister to raise tariffs on US imports by 25%, and offers his presidential plane to bring the migrants home "
    "with dignity. 16:25: Coffee and flower exporters, for whom the United States is the biggest market, warn that "
    "the dispute could cost jobs within weeks. No executive order had been published by late afternoon.",
    [
        C(
            "The rate will rise to 50% in one week",
            "in one week",
            in_days(7),
            "promise",
            "Donald Trump",
        ),
    ],
    "Trump's Truth Social post of Sunday 26 January 2025: 25% emergency tariffs on Colombian goods, to be raised to "
    "50% 'in one week' (pub + 7 = 2 February 2025). The escalation is stated without a condition, so under the README "
    "it is Trump's commitment to his own action ('will start charging tariffs' = promise); Colombia agreed to take the "
    "flights that night and the tariffs were never imposed, so no real date. Petro's retaliation is undated; 'within "
    "weeks' is vague; the entry timestamps are past times of day.",
    [
        "duration",
        "undated-future",
        "hypothetical",
        "number-like-date",
    ],
)

# ===========================================================================
# Labour

P(
    "tf-kaiser-strike-eve-2023",
    "2023-10-03 11:00",
    "America/Los_Angeles",
    "OAKLAND, Calif. - More than 75,000 Kaiser Permanente workers, from nurses and pharmacists to X-ray technicians "
    "and cleaners, will walk off the job at 6 a.m. on Wednesday unless a deal is reached in last-minute talks, the "
    "Coalition of Kaiser Permanente Unions said, in what would be the largest health care strike in US history. The "
    "three-day stoppage would hit hospitals and clinics in California, Oregon, Washington and Colorado, with a "
    "one-day walkout planned in Virginia and the District of Columbia. The coalition's national contract expired on "
    "Saturday, and the unions are seeking raises of 6.5% a year and limits on outsourcing. Kaiser, which says its "
    "hospitals will stay open and its doctors are not taking part, said several agreements had already been reached "
    "and it remained hopeful of a settlement. Union leaders have warned that a longer strike could follow in "
    "November if no contract is signed.",
    [
        C(
            "will walk off the job at 6 a.m. on Wednesday",
            "at 6 a.m. on Wednesday",
            wd("Wednesday", "06:00"),
            "promise",
            "the Coalition of Kaiser Permanente Unions",
            real="2023-10-04",
        ),
    ],
    "Kaiser strike of 4-7 October 2023, starting at 6 a.m. local time on Wednesday 4 October (6 a.m. Pacific in "
    "California); contract expired Saturday 30 September 2023. A union's strike conditional on bargaining is a "
    "promise. The one-day walkout in Virginia and DC has no date of its own (it refers back to the same stoppage); a "
    "strike in November 'could follow' is a possibility, not a claim.",
    [
        "conditional-threat",
        "time-local",
        "past-weekday",
        "hypothetical",
        "number-like-date",
    ],
)

P(
    "tf-jlr-pause-extended-2025",
    "2025-09-23 17:00",
    "Europe/London",
    "LONDON - Jaguar Land Rover has extended the shutdown of its car plants until Wednesday 1 October, the carmaker "
    "said on Tuesday, meaning its factories in Solihull, Halewood and Wolverhampton will have been idle for a full "
    "month after a cyber attack. Production had been due to restart on Wednesday after an earlier extension, and JLR "
    "said the decision would give staff and suppliers clarity for the coming week while it worked out a phased "
    "restart. The company, owned by India's Tata Motors, shut down its IT systems when it discovered the hack on 31 "
    "August and has not built a car since. Unite has urged ministers to set up a furlough scheme for thousands of "
    "workers at smaller suppliers, some of which have already laid off staff.",
    [
        C(
            "has extended the shutdown of its car plants until Wednesday 1 October",
            "until Wednesday 1 October",
            md(10, 1),
            "promise",
            "Jaguar Land Rover",
        ),
    ],
    "JLR statement of Tuesday 23 September 2025: production pause extended to Wednesday 1 October 2025 (the restart "
    "in fact began on 8 October, so no real date). The previous restart date, Wednesday 24 September ('had been due "
    "to restart on Wednesday'), is superseded and not a claim, though its weekday is the day after publication. A "
    "company keeping its own measure until a date is a promise. The hack was found on 31 August; 'for the coming "
    "week' is a duration without a date.",
    [
        "superseded-date",
        "said-on-day",
        "explicit-past-date",
        "duration",
        "explicit-date",
    ],
)

# ===========================================================================
# Banks, debt and bankruptcies

P(
    "tf-first-republic-final-bids-2023",
    "2023-04-29 19:00",
    "America/New_York",
    "The Federal Deposit Insurance Corp has asked banks including JPMorgan Chase and PNC Financial Services to submit "
    "final bids for First Republic Bank by Sunday, according to people familiar with the process, as regulators "
    "prepare to take over the San Francisco lender. The FDIC is expected to announce a buyer, and its seizure of the "
    "bank, on Sunday night before markets open in Asia, the people said. First Republic's shares fell 43% on Friday "
    "and have lost about 97% of their value this year. The bank disclosed on Monday that customers had pulled more "
    "than $100 billion of deposits in the first quarter, despite a $30 billion lifeline from 11 big banks in March. "
    "It would be the third US bank to fail since Silicon Valley Bank collapsed on March 10.",
    [
        C(
            "to submit final bids for First Republic Bank by Sunday",
            "by Sunday",
            wd("Sunday"),
            "deadline",
            "the Federal Deposit Insurance Corp",
            real="2023-04-30",
        ),
        C(
            "The FDIC is expected to announce a buyer, and its seizure of the bank, on Sunday night",
            "on Sunday night",
            wd("Sunday"),
            "prediction",
            None,
        ),
    ],
    "Saturday 29 April 2023 reports: the FDIC asked JPMorgan, PNC and others for final bids by Sunday 30 April (bids "
    "came in on Sunday); sources expected the announcement on Sunday night, but it came at about 3 a.m. ET on Monday "
    "1 May (JPMorgan), so no real date for the forecast. The FDIC's own cut-off reported by anonymous sources keeps "
    "the FDIC as speaker; the sources' own forecast has no speaker. Shares fell 43% on Friday 28 April; the deposit "
    "disclosure was on Monday 24 April; SVB failed on 10 March.",
    [
        "past-weekday",
        "explicit-past-date",
        "quarter",
        "past-month",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "tf-zambia-grace-period-2020",
    "2020-11-13 17:00",
    "Africa/Lusaka",
    "LUSAKA (Reuters) - Zambia will not pay a $42.5 million Eurobond coupon before its 30-day grace period runs out "
    "on Friday, Finance Minister Bwalya Ng'andu said, putting the copper producer on course to become Africa's first "
    "sovereign default of the pandemic era. Holders of the country's three dollar bonds earlier in the day turned "
    "down its request to defer interest payments due between Oct. 14 and April 14, citing concerns over "
    "transparency. Ng'andu said the government had no choice but to let arrears build up, because it had to treat "
    "all of its creditors equally. The missed coupon fell due on Oct. 14. The next payment, $56.1 million on the "
    "bond maturing in 2027, is due on Jan. 30.",
    [
        C(
            "before its 30-day grace period runs out on Friday",
            "on Friday",
            wd("Friday"),
            "deadline",
            None,
            real="2020-11-13",
        ),
        C(
            "is due on Jan. 30",
            "on Jan. 30",
            md(1, 30),
            "deadline",
            None,
            real="2021-01-30",
        ),
    ],
    "Friday 13 November 2020: bondholders rejected Zambia's request to defer coupons due 14 October 2020 - 14 April "
    "2021; the 30-day grace period on the 14 October coupon ended that day and Zambia defaulted. The next coupon "
    "($56.1 million on the 2027 bond) fell due on 30 January 2021 (also missed). The rejected deferral window ('between "
    "Oct. 14 and April 14') is ruled out, not a claim. A payment falling due is a statutory cut-off (deadline) with "
    "no speaker. 'Jan. 30' in a November article falls in 2021.",
    [
        "by-weekday-same-day",
        "year-inference",
        "cancelled-date",
        "explicit-past-date",
        "number-like-date",
        "explicit-date",
        "multi-claim",
    ],
)

P(
    "tf-spirit-chapter-11-2024",
    "2024-11-18 10:00",
    "America/New_York",
    "Spirit Airlines filed for Chapter 11 bankruptcy protection on Monday, the first major US carrier to do so since "
    "2011, after years of losses and two failed attempts to combine with a rival. The Florida-based budget airline "
    "said it had reached a deal with bondholders to cut its debt and raise $350 million in new equity, and that it "
    "expected to emerge from court protection in the first quarter of 2025. Flights, ticket sales and Free Spirit "
    "loyalty points would continue as normal, the company said. A federal judge blocked its $3.8 billion sale to "
    "JetBlue Airways in January, after Spirit had dropped a planned merger with Frontier Airlines in 2022 in "
    "favour of JetBlue's richer offer.",
    [
        C(
            "it expected to emerge from court protection in the first quarter of 2025",
            "in the first quarter of 2025",
            quarter(2025, 1),
            "prediction",
            "Spirit Airlines",
            real="2025-03-12",
        ),
    ],
    "Spirit's Chapter 11 filing of Monday 18 November 2024 (prearranged with bondholders, $350 million equity "
    "raise); it emerged on 12 March 2025. The JetBlue merger was blocked on 16 January 2024; Spirit chose JetBlue "
    "over Frontier in July 2022; American Airlines' 2011 filing is background.",
    [
        "quarter",
        "said-on-day",
        "past-month",
        "number-like-date",
    ],
)

# ===========================================================================
# Companies, factories and forecasts

P(
    "tf-airbus-a380-end-2019",
    "2019-02-14 11:00",
    "Europe/Paris",
    "TOULOUSE, France (AFP) - Airbus will stop building the A380 superjumbo, with the last deliveries of the "
    "double-decker in 2021, after its biggest customer Emirates cut its order, the European planemaker said on "
    "Thursday. Emirates will take 14 more of the jets, bringing its total order to 123, and has switched part of "
    "the order to 40 A330neos and 30 A350s. Chief executive Tom Enders, who hands over to Guillaume Faury in April, "
    "called it a painful decision for a plane that has flown passengers since Singapore Airlines put it into service "
    "in 2007. Airbus said talks with unions over the 3,000 to 3,500 jobs affected would start in the coming weeks, "
    "although many workers could be moved to other programmes. The group also reported a 29% rise in 2018 net "
    "profit.",
    [
        C(
            "with the last deliveries of the double-decker in 2021",
            "in 2021",
            in_year(2021),
            "promise",
            "Airbus",
            real="2021-12-16",
        ),
        C(
            "who hands over to Guillaume Faury in April",
            "in April",
            in_month(2019, 4),
            "event",
            None,
            real="2019-04-10",
        ),
    ],
    "Airbus results and A380 decision of Thursday 14 February 2019: last deliveries in 2021 (final A380 handed to "
    "Emirates on 16 December 2021); Emirates cut its backlog to 123 in total and ordered 40 A330-900s and 30 "
    "A350-900s; Enders handed over to Faury at the AGM on 10 April 2019. Union talks 'in the coming weeks' are "
    "undated; job moves 'could' happen; 2007 and 2018 are background years.",
    [
        "year-period",
        "month-period",
        "undated-future",
        "hypothetical",
        "said-on-day",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "tf-intel-ohio-delay-2025",
    "2025-02-28 18:00",
    "America/New_York",
    "ANALYSIS - Intel has pushed back its flagship chip factory project in Ohio by several more years, a fresh blow "
    "to Washington's drive to bring leading-edge manufacturing home. Intel now expects construction of the first of "
    "two plants near Columbus to be finished in 2030, with operations starting between 2030 and 2031, the company "
    "said on Friday. The second plant is scheduled to be completed in 2031 and to begin operating in 2032. When "
    "then-chief executive Pat Gelsinger unveiled the $28 billion project in January 2022, Intel said chips would "
    "roll off the line in 2025, a date it quietly pushed back last year. In a message to staff, manufacturing chief "
    "Naga Chandrasekaran said the company would keep building at a slower pace but could speed up again if customer "
    "demand warranted.",
    [
        C(
            "Intel now expects construction of the first of two plants near Columbus to be finished in 2030",
            "in 2030",
            in_year(2030),
            "prediction",
            "Intel",
        ),
        C(
            "with operations starting between 2030 and 2031",
            "between 2030 and 2031",
            period(2030, 1, 2031, 12),
            "prediction",
            "Intel",
        ),
        C(
            "The second plant is scheduled to be completed in 2031",
            "in 2031",
            in_year(2031),
            "event",
            None,
        ),
        C(
            "to begin operating in 2032",
            "in 2032",
            in_year(2032),
            "event",
            None,
        ),
    ],
    "Intel's timeline update of Friday 28 February 2025 (Ohio One: first fab complete in 2030, operations 2030-31; "
    "second fab complete 2031, operations 2032). 'between 2030 and 2031' spans both years (no build.py helper, "
    "hence period()). The 2025 start announced in January 2022 and the later slip are superseded; 'could speed up' "
    "is a possibility. The second plant's dates are stated as a schedule in an unattributed sentence (event, no "
    "speaker).",
    [
        "superseded-date",
        "year-period",
        "range",
        "same-sentence-claims",
        "hypothetical",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "tf-uk-budget-reeves-2024",
    "2024-10-30 17:30",
    "Europe/London",
    "Rachel Reeves raised taxes by 40 billion pounds in the first Labour budget for 14 years on Wednesday, saying "
    "she had to repair the public finances and fix the foundations of the economy. She told MPs that the rate of "
    "national insurance paid by employers would rise to 15% from April next year, by far the biggest single revenue "
    "raiser. The 20% VAT charge on private school fees announced in July will take effect in January. The Office "
    "for Budget Responsibility now expects the economy to grow by 1.1% this year and by 2% in 2025, before growth "
    "slows again. Reeves, the first woman to deliver a budget as chancellor, blamed the previous Conservative "
    "government for a 22 billion pound hole in this year's spending plans.",
    [
        C(
            "the rate of national insurance paid by employers would rise to 15% from April next year",
            "from April next year",
            in_month(2025, 4),
            "promise",
            "Rachel Reeves",
            real="2025-04-06",
        ),
        C(
            "The 20% VAT charge on private school fees announced in July will take effect in January",
            "in January",
            in_month(2025, 1),
            "event",
            None,
            real="2025-01-01",
        ),
        C(
            "expects the economy to grow by 1.1% this year",
            "this year",
            in_year(2024),
            "prediction",
            "the Office for Budget Responsibility",
        ),
        C(
            "by 2% in 2025",
            "in 2025",
            in_year(2025),
            "prediction",
            "the Office for Budget Responsibility",
        ),
    ],
    "Budget of Wednesday 30 October 2024: employer NICs to 15% from 6 April 2025 (the 'She' is Reeves); VAT on "
    "private school fees from 1 January 2025 (announced 29 July 2024; a law taking effect is an event); OBR "
    "forecasts of 1.1% growth in 2024 and 2.0% in 2025 (two forecasts in one sentence). 'before growth slows again' "
    "is undated; 'this year's spending plans' is background.",
    [
        "pronoun-speaker",
        "month-period",
        "year-period",
        "same-sentence-claims",
        "past-month",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "tf-nrf-holiday-forecast-2023",
    "2023-11-02 15:00",
    "America/New_York",
    "RETAIL BRIEFING: The National Retail Federation forecast on Thursday that US holiday sales will grow between 3% "
    "and 4% in November and December, to a record $957.3 billion to $966.6 billion, a slowdown from last year's "
    "5.4% gain and roughly in line with the pre-pandemic average. Chief economist Jack Kleinhenz said shoppers were "
    "still spending despite higher interest rates and the restart of student loan payments in October, but would "
    "hunt harder for discounts. Target has said it will again keep its stores closed on Thanksgiving Day, as it has "
    "since 2020. Amazon started the discounting early with its Prime Big Deal Days sale on Oct. 10 and 11. Will a "
    "decent season lift retailers' outlooks? We find out when Walmart and Target report later this month.",
    [
        C(
            "US holiday sales will grow between 3% and 4% in November and December",
            "in November and December",
            period(2023, 11, 2023, 12),
            "prediction",
            "the National Retail Federation",
        ),
        C(
            "it will again keep its stores closed on Thanksgiving Day",
            "on Thanksgiving Day",
            holiday("Thanksgiving"),
            "promise",
            "Target",
            real="2023-11-23",
        ),
        C(
            "We find out when Walmart and Target report later this month",
            "later this month",
            rest_of_month(),
            "event",
            None,
            real="2023-11-15",
        ),
    ],
    "NRF forecast of Thursday 2 November 2023 for the 1 November - 31 December season (3-4%, $957.3-966.6 billion; "
    "no build.py helper for a two-month span, hence period()). Target closed on Thanksgiving (23 November 2023) as "
    "it has since 2020 ('keep' = commitment to a course of action). Target reported on 15 November and Walmart on "
    "16 November 2023 ('later this month' = publication day to 30 November). Student loan repayments restarted in "
    "October 2023; Prime Big Deal Days were 10-11 October (past). The question is not a claim.",
    [
        "holiday",
        "later-this-period",
        "question",
        "explicit-past-date",
        "past-month",
        "number-like-date",
        "multi-claim",
    ],
)

# ===========================================================================
# No claims

N(
    "tf-carillion-liquidation-2018",
    "2018-01-15 13:00",
    "Europe/London",
    "LONDON - Carillion, the construction and outsourcing group that builds hospitals and roads and serves school "
    "meals, went into compulsory liquidation on Monday after weekend talks with its banks and the government failed "
    "to produce a rescue. The company, which employs about 43,000 people worldwide, 20,000 of them in Britain, issued "
    "the first of three profit warnings last July, and its shares have since lost more than 90% of their value. "
    "Cabinet Office minister David Lidington said the state would keep paying staff who work on public contracts so "
    "that services carried on, but would not use taxpayers' money to bail out shareholders or lenders. What will "
    "happen to half-built projects such as the Midland Metropolitan hospital in Birmingham and its share of two HS2 "
    "rail contracts is unclear. The Official Receiver is expected to set out more details in the coming days.",
    "Carillion's compulsory liquidation on Monday 15 January 2018 after talks on Sunday 14 January; first profit "
    "warning on 10 July 2017. Every future here is undated ('in the coming days') or a question; 'last July' and "
    "the weekend are past.",
    ["last-month", "undated-future", "question", "number-like-date"],
)

N(
    "tf-boeing-embraer-terminated-2020",
    "2020-04-25 14:00",
    "America/Sao_Paulo",
    "SAO PAULO - Boeing has walked away from its $4.2 billion deal to buy control of Embraer's commercial jet "
    "business, saying the Brazilian planemaker had not met the conditions for closing by the termination date, which "
    "passed at midnight on Friday. The agreement, first announced in July 2018, would have given Boeing 80% of a "
    "joint venture making Embraer's regional jets. Embraer said on Saturday that Boeing had wrongfully terminated "
    "the deal and invented claims to avoid paying the agreed price, and that it would pursue all remedies against "
    "the US company. The European Union's antitrust review of the tie-up had still not been completed. Could "
    "Embraer now find another partner, perhaps in China?",
    "Boeing terminated the Embraer commercial-aviation deal on Saturday 25 April 2020 after the 24 April termination "
    "date passed; Embraer's response the same day. 'midnight on Friday' is past; 'pursue all remedies' is undated; "
    "the question is not a claim.",
    ["midnight", "past-weekday", "past-month", "said-on-day", "question", "undated-future", "number-like-date"],
)

N(
    "tf-nikkei-rout-2024",
    "2024-08-05 17:00",
    "Asia/Tokyo",
    "TOKYO - Japan's Nikkei share average plunged 12.4% on Monday, its biggest one-day fall since the Black Monday "
    "crash of October 1987, as a surging yen and fears of a US recession set off a global sell-off. The index shed "
    "4,451 points, the largest drop in points in its history, erasing all of its gains for the year, and the broader "
    "Topix had its worst day since 1987 too. Investors have been dumping Japanese stocks since the Bank of Japan "
    "raised interest rates on Wednesday and signalled more hikes, and weak US jobs data on Friday deepened the rout. "
    "Will the central bank now have to pause? Some strategists said it could wait until next year before tightening "
    "again.",
    "Nikkei -12.4% on Monday 5 August 2024; BoJ hike on Wednesday 31 July; US July payrolls on Friday 2 August. 'could "
    "wait until next year' is a possibility, not a claim; the question is not a claim.",
    ["past-weekday", "hypothetical", "question", "number-like-date", "explicit-past-date"],
)

N(
    "tf-japan-gdp-fourth-place-2024",
    "2024-02-15 12:00",
    "Asia/Tokyo",
    "TOKYO - Japan slipped into a technical recession at the end of last year and lost its place as the world's "
    "third-largest economy to Germany, government data showed on Thursday. Gross domestic product shrank at an "
    "annualised rate of 0.4% in October-December after a 3.3% contraction in the previous quarter, confounding "
    "economists who had forecast growth. In dollar terms, Japan's nominal output for 2023 came to about $4.2 "
    "trillion, against $4.4 trillion for Germany, as the weak yen eroded its value; Japan had ceded second place to "
    "China in 2010. Economy minister Yoshitaka Shindo said consumption lacked momentum but pointed to signs of strong "
    "wage increases. The figures could complicate the Bank of Japan's plans to end negative interest rates, which "
    "many investors had expected within months.",
    "Japan's preliminary Q4 2023 GDP of Thursday 15 February 2024 (-0.4% annualised; Q3 -3.3%). All dates are past "
    "quarters and years; 'within months' is undated and 'could complicate' a possibility.",
    ["said-on-day", "undated-future", "hypothetical", "number-like-date", "quarter"],
)

N(
    "tf-kraft-heinz-unilever-withdrawn-2017",
    "2017-02-20 09:30",
    "Europe/London",
    "LONDON - Shares in Unilever fell 7% in early trading on Monday after Kraft Heinz dropped its $143 billion "
    "approach for the Anglo-Dutch consumer goods group, ending within two days what would have been one of the "
    "largest takeovers in history. The two companies said in a joint statement on Sunday that Kraft Heinz, "
    "controlled by Warren Buffett's Berkshire Hathaway and Brazilian investment firm 3G Capital, had amicably "
    "withdrawn its proposal. Unilever, maker of Dove soap and Ben & Jerry's ice cream, rejected the $50-a-share offer "
    "on Friday, saying it fundamentally undervalued the company. Chief executive Paul Polman has said the group will "
    "review its options for accelerating value for shareholders. Analysts said the episode may yet force Unilever "
    "to sell its spreads business or slim down.",
    "Kraft Heinz approach disclosed on Friday 17 February 2017 and withdrawn on Sunday 19 February. Unilever's review "
    "is undated; 'may yet force' is a possibility. No dated forward claim.",
    ["past-weekday", "said-on-day", "may-verb", "undated-future", "number-like-date"],
)

N(
    "tf-china-black-monday-2015",
    "2015-08-24 17:00",
    "Asia/Shanghai",
    "SHANGHAI - Chinese stocks suffered their steepest one-day fall since 2007 on Monday, with the Shanghai Composite "
    "index plunging 8.5% and wiping out all its gains for the year, in a rout that state media called Black Monday. "
    "Weekend news that the State Council would let the national pension fund invest up to 30% of its assets in "
    "equities did nothing to calm investors, and hundreds of stocks fell by their 10% daily limit. The slide follows "
    "the central bank's surprise devaluation of the yuan on Aug. 11, which fuelled fears that the world's "
    "second-largest economy was slowing faster than Beijing admitted. Whether the People's Bank of China will cut "
    "interest rates or banks' reserve requirements to stem the panic remains unclear. Markets across Asia, from "
    "Tokyo to Sydney, also fell sharply.",
    "Shanghai Composite -8.5% on Monday 24 August 2015; pension-fund rules of Sunday 23 August; yuan devaluation of "
    "11 August 2015. A possible PBOC cut is an undated open question (the cut came on 25 August, but the passage "
    "does not say when).",
    ["explicit-past-date", "undated-future", "question", "number-like-date"],
)

N(
    "tf-milei-devaluation-2023",
    "2023-12-13 10:00",
    "America/Argentina/Buenos_Aires",
    "BUENOS AIRES - Argentina devalued the peso by more than 50%, to 800 per dollar from about 366.5, in the first "
    "big step of President Javier Milei's economic shock therapy, Economy Minister Luis Caputo said in a televised "
    "address on Tuesday evening. The official rate will then be allowed to slide by 2% a month, while energy and "
    "transport subsidies will be cut and no new public works will be put out to tender. Caputo said that if the "
    "government did nothing, the country would be heading for hyperinflation, and warned that things would get "
    "worse before they got better. Milei, a libertarian economist, was sworn in on Sunday and has already halved the "
    "number of ministries. The International Monetary Fund, which is owed about $44 billion under a 2022 programme, "
    "called the measures a bold first step.",
    "Caputo's package of Tuesday 12 December 2023 (official rate 800 per dollar, crawling 2% a month); Milei sworn in "
    "on Sunday 10 December. The crawl is a rate, not a date; the hyperinflation warning is a hypothetical; the "
    "subsidy cuts are undated.",
    ["past-weekday", "said-on-day", "hypothetical", "duration", "undated-future", "number-like-date"],
)

N(
    "tf-turkish-lira-plunge-2021",
    "2021-11-23 19:00",
    "Europe/Istanbul",
    "ISTANBUL - The Turkish lira crashed as much as 15% on Tuesday, its second-worst day on record, after President "
    "Tayyip Erdogan defended the central bank's aggressive interest rate cuts as part of an economic war of "
    "independence. The currency has lost about 45% of its value this year and fell past 13 to the dollar for the "
    "first time. The central bank cut its policy rate by 100 basis points to 15% on Thursday, the third reduction "
    "since September, even though inflation is running near 20%. Opposition leaders called for early elections, and "
    "queues formed at some currency exchange offices in Istanbul. Will the bank cut again at its December meeting? "
    "Economists said it had little credibility left to lose.",
    "Lira slump of Tuesday 23 November 2021 after Erdogan's speech of Monday 22 November; 100 bp cut to 15% on "
    "Thursday 18 November. The December meeting appears only in a question; calls for early elections are undated.",
    ["past-weekday", "question", "past-month", "undated-future", "number-like-date"],
)
