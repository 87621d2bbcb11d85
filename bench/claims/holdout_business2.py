"""Held-out test passages (second batch): business, markets, energy and technology: earnings calendars, guidance, product launches, deal closings, central-bank meetings, OPEC+, tariffs, antitrust and regulatory deadlines. Written blind on 2026-11-27 (see holdout.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    before_year,
    by_month,
    by_year,
    early_year,
    half,
    holiday,
    in_days_anchored,
    in_month,
    in_year,
    md,
    mid_year,
    midnight_on,
    next_wd,
    no_claim_adder,
    passage_adder,
    rest_of_month,
    span_wd,
    this_end_of_month,
    wd,
    wd_next_week,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


# ===========================================================================
# Central banks

P(
    "b2-ecb-qe-thursday-2015",
    "2015-01-19 09:00",
    "Europe/Berlin",
    "FRANKFURT (Reuters) - The European Central Bank will announce its policy decision at 1:45 p.m. on Thursday. "
    "A growing majority of economists now expect President Mario Draghi to unveil the large-scale purchases of "
    "government bonds that the bank's critics in Germany have fought for months. Newspapers reported last week that "
    "staff had modelled buying some 500 billion euros of assets, and policymakers may also debate whether purchases "
    "should start as early as March or wait until later in the spring. Markets have been jittery since last "
    "Thursday, when the Swiss National Bank abruptly abandoned its cap on the franc. Greeks vote in a snap "
    "parliamentary election on Sunday that opinion polls suggest the anti-austerity Syriza party will win, a result "
    "that could reopen the question of the country's place in the euro.",
    [
        C(
            "will announce its policy decision at 1:45 p.m. on Thursday",
            "at 1:45 p.m. on Thursday",
            wd("Thursday", "13:45"),
            "event",
            None,
            real="2015-01-22",
        ),
        C(
            "Greeks vote in a snap parliamentary election on Sunday",
            "on Sunday",
            wd("Sunday"),
            "event",
            None,
            real="2015-01-25",
        ),
    ],
    "ECB Governing Council decision of Thursday 22 January 2015 (announced 13:45 CET; the expanded asset purchase "
    "programme of 60 billion euros a month, from March 2015); SNB ended the EUR/CHF floor on Thursday 15 January "
    "2015; Greek election of Sunday 25 January 2015. 'as early as March' sits in a possibility ('may also debate "
    "whether') and is not a claim.",
    ["time-local", "may-verb", "past-weekday", "hypothetical", "number-like-date", "multi-claim"],
)

P(
    "b2-boe-super-thursday-2017",
    "2017-10-30 07:00",
    "Europe/London",
    "LONDON - The Bank of England is poised to raise interest rates for the first time in more than ten years, with "
    "financial markets putting the chance of a quarter-point increase at close to 90 percent. Its Monetary Policy "
    "Committee publishes the decision, the minutes of its meeting and the quarterly Inflation Report together at "
    "noon on Thursday. Consumer price inflation hit 3.0 percent in September, its highest in more than five years, "
    "as the fall in sterling since the June 2016 Brexit vote pushed up the cost of imports. Governor Mark Carney "
    "said last month that a hike may be needed 'in the coming months', a message he has since repeated to "
    "lawmakers. Finance minister Philip Hammond, whose room for manoeuvre has been squeezed since Prime Minister "
    "Theresa May lost her parliamentary majority in June, delivers his budget on Nov. 22.",
    [
        C(
            "publishes the decision, the minutes of its meeting and the quarterly Inflation Report together at noon on "
            "Thursday",
            "at noon on Thursday",
            wd("Thursday", "12:00"),
            "event",
            None,
            real="2017-11-02",
        ),
        C(
            "delivers his budget on Nov. 22",
            "on Nov. 22",
            md(11, 22),
            "event",
            None,
            real="2017-11-22",
        ),
    ],
    "BoE 'Super Thursday' of 2 November 2017 (12:00, Bank Rate raised to 0.5%, the first rise since July 2007); "
    "September 2017 CPI 3.0%; Hammond's autumn budget of Wednesday 22 November 2017. The hike itself is forecast "
    "without a date in the first sentence; 'in the coming months' is undated.",
    [
        "time-local",
        "may-verb",
        "past-month",
        "explicit-date",
        "undated-future",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "b2-fed-boe-week-tokyo-2022",
    "2022-10-29 10:00",
    "Asia/Tokyo",
    "TOKYO - The Federal Reserve announces its decision at 2 p.m. in Washington on Wednesday next week, and markets "
    "are fully priced for a fourth straight increase of 75 basis points. The Bank of England follows at noon London "
    "time on Thursday, Nov. 3, and is expected to deliver its own biggest hike in more than three decades. Japan's "
    "Ministry of Finance will disclose at the end of the month how much it spent propping up the yen in October, "
    "after dealers suspected it of stepping into the market again on Oct. 21 and Oct. 24. The Bank of Japan kept "
    "its ultra-easy policy on Friday, and Governor Haruhiko Kuroda said he saw no need to raise rates any time "
    "soon. Economists polled by Reuters expect the Fed's policy rate to peak early next year at 4.50%-4.75%.",
    [
        C(
            "announces its decision at 2 p.m. in Washington on Wednesday next week",
            "at 2 p.m. in Washington on Wednesday next week",
            zoned(wd_next_week("Wednesday"), "14:00", "America/New_York"),
            "event",
            None,
            real="2022-11-03",
        ),
        C(
            "follows at noon London time on Thursday, Nov. 3",
            "at noon London time on Thursday, Nov. 3",
            zoned(md(11, 3), "12:00", "Europe/London"),
            "event",
            None,
            real="2022-11-03",
        ),
        C(
            "will disclose at the end of the month how much it spent propping up the yen",
            "at the end of the month",
            this_end_of_month(),
            "event",
            None,
            real="2022-10-31",
        ),
        C(
            "expect the Fed's policy rate to peak early next year",
            "early next year",
            early_year(2023),
            "prediction",
            "economists",
        ),
    ],
    "FOMC decision of Wednesday 2 November 2022 at 14:00 EDT = 03:00 JST Thursday 3 November (75 bp); BoE decision "
    "of 3 November 2022 at 12:00 GMT = 21:00 JST (75 bp, the largest since 1989); MOF published October "
    "intervention data (6.35 trillion yen) on Monday 31 October 2022; BoJ meeting ended Friday 28 October. The Fed "
    "funds rate actually peaked in July 2023, so no real date is recorded for the forecast.",
    [
        "next-week-weekday",
        "time-converted",
        "date-crossing-conversion",
        "end-of-month",
        "early-year",
        "past-weekday",
        "explicit-date",
        "explicit-past-date",
        "number-like-date",
        "multi-claim",
    ],
)


# ===========================================================================
# Earnings calendars, listings and guidance

P(
    "b2-big-tech-earnings-week-2024",
    "2024-10-28 06:30",
    "America/New_York",
    "NEW YORK (Reuters) - Wall Street braces for the busiest week of the earnings season, with five of the "
    "'Magnificent Seven' megacaps set to report as investors question whether their heavy spending on artificial "
    "intelligence is starting to pay off. Google parent Alphabet kicks things off after the bell on Tuesday, "
    "Microsoft and Meta Platforms follow on Wednesday, and Apple and Amazon.com report on Thursday. Tesla, the "
    "first of the group to post results, surged 22% on Thursday in its best day since 2013 after reporting "
    "stronger-than-expected profit. Then comes next Tuesday's presidential election, which strategists say could "
    "jolt markets for weeks if the outcome is contested.",
    [
        C(
            "Alphabet kicks things off after the bell on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2024-10-29",
        ),
        C(
            "Microsoft and Meta Platforms follow on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2024-10-30",
        ),
        C(
            "Apple and Amazon.com report on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2024-10-31",
        ),
        C(
            "next Tuesday's presidential election",
            "next Tuesday",
            next_wd("Tuesday"),
            "event",
            None,
            real="2024-11-05",
        ),
    ],
    "Q3 2024 results: Alphabet 29 October, Microsoft and Meta 30 October, Apple and Amazon 31 October 2024; Tesla "
    "rose about 22% on Thursday 24 October 2024; US election Tuesday 5 November 2024. Published on a Monday, "
    "'next Tuesday' accepts 29 October or 5 November.",
    [
        "same-sentence-claims",
        "next-weekday",
        "past-weekday",
        "hypothetical",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "b2-aramco-listing-2019",
    "2019-12-06 10:00",
    "Asia/Riyadh",
    "RIYADH (Reuters) - Saudi Aramco raised $25.6 billion after pricing its initial public offering at 32 riyals a "
    "share on Thursday, the top of its marketing range, making it the world's biggest listing and valuing the state "
    "oil giant at $1.7 trillion. The shares will begin trading on the Tadawul exchange in Riyadh on Wednesday, "
    "Dec. 11, the company said in a statement. Aramco has promised to pay a dividend of at least $75 billion for "
    "2020, a commitment aimed at the local retail investors who were also offered one bonus share for every ten "
    "they hold for six months. The sale had been held up in October as advisers struggled to reconcile Crown Prince "
    "Mohammed bin Salman's $2 trillion ambition with investor demand, and the banks may still exercise a greenshoe "
    "option that would lift the proceeds to $29.4 billion.",
    [
        C(
            "will begin trading on the Tadawul exchange in Riyadh on Wednesday, Dec. 11",
            "on Wednesday, Dec. 11",
            md(12, 11),
            "event",
            "Saudi Aramco",
            real="2019-12-11",
        ),
        C(
            "pay a dividend of at least $75 billion for 2020",
            "for 2020",
            in_year(2020),
            "promise",
            "Saudi Aramco",
        ),
    ],
    "Aramco priced its IPO on Thursday 5 December 2019 (32 riyals, $25.6 billion) and began trading on Wednesday "
    "11 December 2019; the $75 billion dividend commitment for 2020 was in the prospectus; the greenshoe was "
    "exercised in January 2020 (a possibility here, undated). 'for six months' has no anchor date.",
    [
        "explicit-date",
        "year-period",
        "said-on-day",
        "past-weekday",
        "past-month",
        "may-verb",
        "hypothetical",
        "duration",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "b2-uber-nyse-debut-2019",
    "2019-05-09 07:00",
    "America/New_York",
    "NEW YORK - Uber Technologies Inc will set the price of its initial public offering after markets close on "
    "Thursday and begin trading on the New York Stock Exchange on Friday, in what would be the largest US listing "
    "since Alibaba's in 2014. The ride-hailing company, which is marketing 180 million shares at $44 to $50 each, "
    "may raise as much as $9 billion, though people familiar with the deal said it was leaning toward the lower end "
    "of the range after rival Lyft sank below its March offer price. Drivers in several cities, including London "
    "and San Francisco, switched off their apps on Wednesday to protest about falling pay. Friday's debut will test "
    "investors' appetite for a company that lost $1.8 billion last year.",
    [
        C(
            "will set the price of its initial public offering after markets close on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2019-05-09",
        ),
        C(
            "begin trading on the New York Stock Exchange on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2019-05-10",
        ),
    ],
    "Uber priced at $45 on the evening of Thursday 9 May 2019 and began trading on Friday 10 May 2019; Lyft listed "
    'on 29 March 2019; driver strike of Wednesday 8 May 2019. "Friday\'s debut" repeats the second claim and is '
    "labelled once.",
    [
        "same-day-future",
        "same-sentence-claims",
        "may-verb",
        "past-month",
        "past-weekday",
        "repeated-claim",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "b2-tesla-model-y-q4-2019",
    "2020-01-30 08:00",
    "America/Los_Angeles",
    "PALO ALTO, California - Tesla has begun building its Model Y crossover at its Fremont factory and said on "
    "Wednesday that deliveries would begin by the end of the first quarter, months ahead of the summer start it had "
    "promised investors in October. The company also said in its letter to shareholders that it should comfortably "
    "exceed 500,000 vehicle deliveries this year, after handing over 367,500 cars in 2019. Chief Executive Elon Musk "
    "told analysts on a conference call that the new Shanghai plant had ramped up faster than any car factory he knew "
    "of. He said the factory being built near Berlin would start turning out Model Ys in 2021. Tesla shares jumped "
    "about 10% in extended trading.",
    [
        C(
            "deliveries would begin by the end of the first quarter",
            "by the end of the first quarter",
            by_month(2020, 3),
            "promise",
            "Tesla",
            real="2020-03-13",
            real_le=True,
        ),
        C(
            "comfortably exceed 500,000 vehicle deliveries this year",
            "this year",
            in_year(2020),
            "prediction",
            "Tesla",
        ),
        C(
            "would start turning out Model Ys in 2021",
            "in 2021",
            in_year(2021),
            "promise",
            "Elon Musk",
        ),
    ],
    "Tesla Q4 2019 update of Wednesday 29 January 2020. First Model Y deliveries on 13 March 2020 (before the end "
    "of Q1, a 'by' period: last day 31 March). 2020 deliveries were 499,550 and Giga Berlin began Model Y production "
    "in March 2022, so no real dates are recorded for those two. The earlier summer target is superseded; 'He' is "
    "Musk.",
    [
        "quarter",
        "year-period",
        "pronoun-speaker",
        "superseded-date",
        "said-on-day",
        "past-weekday",
        "past-month",
        "number-like-date",
        "multi-claim",
    ],
)


# ===========================================================================
# Trade and tariffs

P(
    "b2-china-tariff-hike-may-2019",
    "2019-05-09 12:00",
    "America/New_York",
    "WASHINGTON (Reuters) - Tariffs on $200 billion worth of Chinese imports will climb to 25% from 10% at 12:01 "
    "a.m. on Friday, US Trade Representative Robert Lighthizer told reporters on Monday, accusing Beijing of "
    "backtracking on commitments made during months of negotiations. The move confirmed a threat that President "
    "Donald Trump made in a pair of tweets on Sunday, when he also warned that a further $325 billion of goods would "
    "be taxed 'shortly'. Goods shipped before the increase must reach US ports by June 1 to qualify for "
    "the old 10% rate, according to a notice published in the Federal Register on Thursday. Despite the escalation, "
    "China's Commerce Ministry said on Tuesday that Vice Premier Liu He would lead a delegation to Washington for "
    "two days of talks on Thursday and Friday. Asked whether the increase could be called off if the talks went "
    "well, Lighthizer declined to speculate.",
    [
        C(
            "will climb to 25% from 10% at 12:01 a.m. on Friday",
            "at 12:01 a.m. on Friday",
            wd("Friday", "00:01"),
            "promise",
            "Robert Lighthizer",
            real="2019-05-10",
        ),
        C("must reach US ports by June 1", "by June 1", md(6, 1), "deadline", None),
        C(
            "would lead a delegation to Washington for two days of talks on Thursday and Friday",
            "on Thursday and Friday",
            span_wd("Thursday", "Friday"),
            "event",
            "China's Commerce Ministry",
            real="2019-05-09",
        ),
    ],
    "Lighthizer's briefing of Monday 6 May 2019; Trump's tweets of Sunday 5 May; the increase took effect at 00:01 "
    "ET on Friday 10 May 2019; the Federal Register notice of 9 May set the June 1 cut-off for goods in transit "
    "(later extended to June 15, so no real date is recorded); Liu He's talks ran Thursday 9 - Friday 10 May 2019 "
    "(one activity over consecutive days: one claim). The $325 billion threat is undated.",
    [
        "time-local",
        "said-on-day",
        "past-weekday",
        "same-day-future",
        "explicit-date",
        "undated-future",
        "hypothetical",
        "range",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "b2-phase-one-deal-2019",
    "2019-12-14 09:00",
    "Asia/Shanghai",
    "BEIJING - China and the United States announced a 'phase one' trade agreement on Friday, and Washington "
    "shelved tariffs on roughly $160 billion of Chinese-made phones, laptops and toys that had been due to take "
    "effect on Sunday. The US side also agreed to halve, to 7.5%, the 15% duties it imposed on about $120 billion of "
    "goods on Sept. 1, though it gave no date for the cut. US Trade Representative Robert Lighthizer said he "
    "expected the text to be signed by ministers in Washington in January, after a legal review and translation. "
    "Chinese officials, who declined to confirm a US figure of $200 billion in extra purchases over two years, said "
    "only that details would be released 'as soon as possible'.",
    [
        C(
            "expected the text to be signed by ministers in Washington in January",
            "in January",
            in_month(2020, 1),
            "prediction",
            "Robert Lighthizer",
            real="2020-01-15",
        )
    ],
    "Phase one announcement of Friday 13 December 2019; the 15 December 2019 tariffs were suspended (a cancelled "
    "date); the 1 September 2019 List 4A rate was halved from 14 February 2020 (undated here). The agreement was "
    "signed in Washington on 15 January 2020 (a December article: January is next year). 'over two years' has no "
    "anchor.",
    [
        "cancelled-date",
        "year-inference",
        "month-period",
        "said-on-day",
        "past-weekday",
        "explicit-past-date",
        "undated-future",
        "duration",
        "number-like-date",
    ],
)

P(
    "b2-eu-50pct-threat-2025",
    "2025-05-24 09:00",
    "Europe/Brussels",
    "BRUSSELS - President Donald Trump threatened on Friday to slap a 50% tariff on all goods from the European "
    "Union starting June 1, saying negotiations with the bloc were 'going nowhere' and that there would be no tariff "
    "on products built or manufactured in the United States. In a separate post hours earlier, he warned Apple that "
    "iPhones sold in America but made elsewhere would face a levy of at least 25%. EU trade commissioner Maros "
    "Sefcovic, who spoke by phone with US Trade Representative Jamieson Greer and Commerce Secretary Howard Lutnick "
    "later on Friday, said the bloc wanted a deal guided by mutual respect rather than threats. European shares "
    "had their worst day in weeks, with carmakers and luxury groups among the biggest fallers.",
    [
        C(
            "slap a 50% tariff on all goods from the European Union starting June 1",
            "starting June 1",
            md(6, 1),
            "deadline",
            "Donald Trump",
        )
    ],
    "Trump's Truth Social post of Friday 23 May 2025 (50% on the EU from 1 June unless goods are made in the US); "
    "after a call with von der Leyen on 25 May he moved the date to 9 July, so no real date is recorded. A "
    "government's threat with a condition is a deadline. The Apple levy is undated.",
    [
        "conditional-threat",
        "explicit-date",
        "said-on-day",
        "past-weekday",
        "undated-future",
        "number-like-date",
    ],
)

P(
    "b2-auto-tariffs-tokyo-2025",
    "2025-03-27 15:30",
    "Asia/Tokyo",
    "TOKYO - Shares of Toyota Motor, Honda and Mazda fell on Thursday after US President Donald Trump announced a "
    "25% tariff on imported cars and light trucks, which he said the United States would start collecting at 12:01 "
    "a.m. on April 3, Washington time. Duties on key parts such as engines, transmissions and electrical components "
    "will follow no later than May 3, the White House said. Nissan, whose boxy March compact was once a best seller "
    "at home but which now relies on the Rogue crossover for much of its US volume, said it would study the impact. "
    "Prime Minister Shigeru Ishiba told parliament that all options were on the table, without saying what Tokyo "
    "might do.",
    [
        C(
            "would start collecting at 12:01 a.m. on April 3, Washington time",
            "at 12:01 a.m. on April 3, Washington time",
            zoned(md(4, 3), "00:01", "America/New_York"),
            "promise",
            "Donald Trump",
            real="2025-04-03",
        ),
        C(
            "will follow no later than May 3",
            "no later than May 3",
            md(5, 3),
            "promise",
            "the White House",
            real="2025-05-03",
        ),
    ],
    "Section 232 auto proclamation signed Wednesday 26 March 2025 (US time): vehicles from 00:01 EDT on 3 April "
    "2025 = 13:01 JST the same day; parts from 3 May 2025. 'March' here is the Nissan model (the Micra's Japanese "
    "name), not a month.",
    [
        "time-converted",
        "march-noun",
        "explicit-date",
        "said-on-day",
        "past-weekday",
        "undated-future",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "b2-de-minimis-midnight-2025",
    "2025-08-27 19:00",
    "America/New_York",
    "NEW YORK - The de minimis exemption that has let parcels worth $800 or less enter the United States without "
    "paying duty expires at midnight on Thursday, ending a rule dating from 1938 that online sellers from China to "
    "Europe have relied on for years. Postal operators in more than two dozen countries, including Germany's "
    "Deutsche Post, Sweden's PostNord and Australia Post, have stopped accepting most US-bound packages because they "
    "cannot yet collect the new duties. Low-value shipments from China and Hong Kong already lost the exemption on "
    "May 2. Customs and Border Protection said goods sent by mail will face either the tariff rate of their country "
    "of origin or a flat fee of $80 to $200 per item.",
    [
        C(
            "expires at midnight on Thursday",
            "at midnight on Thursday",
            midnight_on("Thursday"),
            "deadline",
            None,
            real="2025-08-29",
        )
    ],
    "Executive order of 30 July 2025 suspending de minimis worldwide from 00:01 EDT on Friday 29 August 2025; the "
    "China/Hong Kong exemption ended on 2 May 2025. 'midnight on Thursday' accepts 28 or 29 August.",
    ["midnight", "explicit-past-date", "number-like-date"],
)


# ===========================================================================
# Energy and OPEC+

P(
    "b2-opec-plus-uae-compromise-2021",
    "2021-07-19 08:30",
    "Asia/Dubai",
    "DUBAI - OPEC+ agreed on Sunday to raise oil output by 400,000 barrels per day every month from August, ending a "
    "standoff with the United Arab Emirates that had threatened to split the producer group. The group will also "
    "extend its supply pact, which had been set to expire in April 2022, until the end of 2022, and ministers will "
    "review market conditions in December, it said in a statement after a brief video conference. Under the "
    "compromise, the UAE's baseline will rise to 3.5 million bpd, Energy Minister Suhail al-Mazrouei told "
    "reporters, while Saudi Arabia and Russia also secured higher reference levels. Brent crude fell 1% to about "
    "$73 a barrel in early Asian trade.",
    [
        C(
            "raise oil output by 400,000 barrels per day every month from August",
            "from August",
            in_month(2021, 8),
            "promise",
            "OPEC+",
            real="2021-08-01",
        ),
        C("until the end of 2022", "until the end of 2022", by_year(2022), "promise", "OPEC+"),
        C(
            "ministers will review market conditions in December",
            "in December",
            in_month(2021, 12),
            "event",
            "OPEC+",
            real="2021-12-02",
        ),
    ],
    "OPEC+ video conference of Sunday 18 July 2021: +400,000 bpd a month from August 2021, pact extended from "
    "April 2022 to the end of 2022 (a superseded date), review in December (the group met on 2 December 2021). "
    "'it said' is OPEC+.",
    [
        "month-period",
        "superseded-date",
        "year-end",
        "same-sentence-claims",
        "said-on-day",
        "past-weekday",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "b2-eu-gas-price-cap-2022",
    "2022-12-20 08:00",
    "Europe/Brussels",
    "BRUSSELS (Reuters) - European Union energy ministers agreed on Monday to cap gas prices at 180 euros per "
    "megawatt hour, ending months of wrangling between countries that wanted to tame soaring bills and others, led "
    "by Germany, that feared for the bloc's security of supply. The 'market correction mechanism' will apply from "
    "Feb. 15 and will kick in if prices on the Dutch front-month TTF contract exceed that level for three working "
    "days and are 35 euros above a reference price for liquefied natural gas. The Commission had proposed a far "
    "higher ceiling of 275 euros in November, which several governments derided as a joke. The cap can be suspended "
    "if Brussels judges that it threatens supply or financial stability, and countries must again fill their gas "
    "storage sites to 90% of capacity by Nov. 1.",
    [
        C("will apply from Feb. 15", "from Feb. 15", md(2, 15), "event", None, real="2023-02-15"),
        C(
            "must again fill their gas storage sites to 90% of capacity by Nov. 1",
            "by Nov. 1",
            md(11, 1),
            "deadline",
            None,
        ),
    ],
    "EU Council agreement of Monday 19 December 2022 on the market correction mechanism (180 EUR/MWh), applicable "
    "from 15 February 2023; Commission proposal of 22 November 2022 (275 EUR/MWh); Regulation (EU) 2022/1032 sets "
    "90% storage by 1 November from 2023 (a target set for member states: deadline). Both year-less dates fall in "
    "2023.",
    [
        "year-inference",
        "explicit-date",
        "said-on-day",
        "past-weekday",
        "past-month",
        "hypothetical",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "b2-spr-iea-release-2022",
    "2022-04-01 07:00",
    "America/New_York",
    "WASHINGTON - President Joe Biden on Thursday ordered the release of 1 million barrels of oil a day from the "
    "Strategic Petroleum Reserve for six months starting in May, the largest drawdown in the reserve's nearly "
    "50-year history. Member countries of the International Energy Agency will hold an emergency meeting on Friday "
    "to consider a second coordinated release, the Paris-based agency said. Friday's meeting, the second such "
    "gathering since Russia invaded Ukraine, could add tens of millions of barrels to the US contribution. Biden "
    "also urged Congress to make oil companies pay fees on wells on federal land that they lease but leave idle. US "
    "crude fell more than 5% to below $100 a barrel on Thursday.",
    [
        C(
            "ordered the release of 1 million barrels of oil a day from the Strategic Petroleum Reserve for six months "
            "starting in May",
            "starting in May",
            in_month(2022, 5),
            "event",
            "Joe Biden",
        ),
        C(
            "will hold an emergency meeting on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            "the International Energy Agency",
            real="2022-04-01",
        ),
    ],
    "Biden's announcement of Thursday 31 March 2022 (180 million barrels over six months from May 2022; an "
    "ordered measure: event with the person who ordered it); IEA ministerial meeting of Friday 1 April 2022 (the "
    'collective action was announced on 6 April). "Friday\'s meeting" repeats the second claim.',
    [
        "month-period",
        "duration",
        "same-day-future",
        "by-weekday-same-day",
        "said-on-day",
        "past-weekday",
        "repeated-claim",
        "hypothetical",
        "undated-future",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "b2-iea-weo-peak-2023",
    "2023-10-24 10:30",
    "Europe/Paris",
    "PARIS - Global demand for oil, natural gas and coal will peak before 2030 under current government policies, "
    "the International Energy Agency said on Tuesday in its annual World Energy Outlook, as electric cars, heat "
    "pumps and cheap solar power eat into fossil fuel use. Executive Director Fatih Birol said the shift to clean "
    "energy was unstoppable and that the question was no longer whether it would happen but how soon. The forecast "
    "puts the Paris-based agency on a collision course with OPEC, which said this month that world oil demand would "
    "climb to 116 million barrels per day by 2045 and has repeatedly criticised the IEA's peak-demand forecasts.",
    [
        C(
            "will peak before 2030 under current government policies",
            "before 2030",
            before_year(2030),
            "prediction",
            "the International Energy Agency",
        ),
        C(
            "world oil demand would climb to 116 million barrels per day by 2045",
            "by 2045",
            by_year(2045),
            "prediction",
            "OPEC",
        ),
    ],
    "IEA World Energy Outlook 2023, released Tuesday 24 October 2023 (STEPS: coal, oil and gas demand peak this "
    "decade); OPEC World Oil Outlook 2023 of 9 October 2023 (116 mb/d by 2045). 'before 2030' accepts 31 December "
    "2029 or 2030.",
    ["before-year", "year-period", "said-on-day", "number-like-date", "multi-claim"],
)


# ===========================================================================
# Deals, launches and regulators

P(
    "b2-broadcom-vmware-close-2023",
    "2023-11-21 18:30",
    "America/New_York",
    "Broadcom said on Tuesday it expects to close its $69 billion acquisition of cloud software company VMware on "
    "Wednesday, after China's market regulator became the last authority to clear a deal first announced some 18 "
    "months ago. VMware's class A shares will be delisted from the New York Stock Exchange once the transaction is "
    "completed, the chipmaker said. US stock markets are closed on Thanksgiving Day and will end trading early, at "
    "1 p.m., on Friday, leaving the closing as one of the last big pieces of deal news before the holiday lull.",
    [
        C(
            "expects to close its $69 billion acquisition of cloud software company VMware on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "prediction",
            "Broadcom",
            real="2023-11-22",
        ),
        C(
            "are closed on Thanksgiving Day",
            "on Thanksgiving Day",
            holiday("Thanksgiving"),
            "event",
            None,
            real="2023-11-23",
        ),
        C(
            "will end trading early, at 1 p.m., on Friday",
            "at 1 p.m., on Friday",
            wd("Friday", "13:00"),
            "event",
            None,
            real="2023-11-24",
        ),
    ],
    "Broadcom statement of Tuesday 21 November 2023 (closing expected 22 November, completed that day); NYSE "
    "closed on Thanksgiving, Thursday 23 November 2023, early close at 13:00 ET on Friday 24 November. The "
    "delisting refers back to the closing and is not dated.",
    [
        "holiday",
        "time-local",
        "same-sentence-claims",
        "said-on-day",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "b2-ps5-xbox-dates-2020",
    "2020-09-17 09:30",
    "Asia/Tokyo",
    "TOKYO - Sony will launch the PlayStation 5 on Nov. 12 in Japan, the United States and five other markets and "
    "on Nov. 19 in Europe and the rest of the world, the company said on Thursday, setting up a holiday-season "
    "showdown with Microsoft. The standard console will cost $499.99 and a digital edition without a disc drive "
    "$399.99, the same as Microsoft's top-end Xbox Series X and $100 more than its cheaper Series S, both of which "
    "go on sale on Nov. 10. Retailers in several countries began taking pre-orders within hours of the "
    "announcement.",
    [
        C(
            "will launch the PlayStation 5 on Nov. 12",
            "on Nov. 12",
            md(11, 12),
            "event",
            "Sony",
            real="2020-11-12",
        ),
        C(
            "on Nov. 19 in Europe and the rest of the world",
            "on Nov. 19",
            md(11, 19),
            "event",
            "Sony",
            real="2020-11-19",
        ),
        C(
            "both of which go on sale on Nov. 10",
            "on Nov. 10",
            md(11, 10),
            "event",
            None,
            real="2020-11-10",
        ),
    ],
    "PlayStation 5 Showcase of 16 September 2020 (US time; Thursday 17 September in Tokyo): launch on 12 November "
    "2020 in Japan, the US, Canada, Mexico, Australia, New Zealand and South Korea, 19 November elsewhere; Xbox "
    "Series X and S on sale 10 November 2020.",
    ["explicit-date", "same-sentence-claims", "said-on-day", "number-like-date", "multi-claim"],
)

P(
    "b2-windows-11-oct5-2021",
    "2021-08-31 12:00",
    "America/Los_Angeles",
    "REDMOND, Washington - Microsoft will start rolling out Windows 11 as a free upgrade for eligible Windows 10 PCs "
    "on Oct. 5, the company said in a blog post on Tuesday, six years after the launch of its predecessor. The "
    "upgrade will be offered in phases, beginning with newer machines, and Microsoft said it expects every eligible "
    "device to be offered it by mid-2022. Support for Android apps from the Amazon Appstore, one of the headline "
    "features shown off in June, will not be ready at launch and will arrive as a preview 'over the coming months'.",
    [
        C(
            "will start rolling out Windows 11 as a free upgrade for eligible Windows 10 PCs on Oct. 5",
            "on Oct. 5",
            md(10, 5),
            "event",
            "Microsoft",
            real="2021-10-05",
        ),
        C(
            "expects every eligible device to be offered it by mid-2022",
            "by mid-2022",
            mid_year(2022),
            "prediction",
            "Microsoft",
        ),
    ],
    "Microsoft's Windows Experience blog of Tuesday 31 August 2021: availability from 5 October 2021, all eligible "
    "devices offered the upgrade by mid-2022 (offered to all eligible devices in April-May 2022). Android apps "
    "arrived in preview in October 2021 (undated here).",
    [
        "explicit-date",
        "mid-year",
        "said-on-day",
        "undated-future",
        "past-month",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "b2-stadia-shutdown-2022",
    "2022-09-30 08:00",
    "America/Los_Angeles",
    "Google will pull the plug on Stadia, its cloud gaming service, on Jan. 18, conceding that the platform never "
    "won the following it had hoped for when it launched in November 2019. Phil Harrison, the vice president in "
    "charge of Stadia, said in a blog post on Thursday that the company would refund all Stadia hardware bought "
    "through the Google Store and all games and add-on content bought from the Stadia store. He said the technology "
    "behind the service would be offered to partners such as YouTube, and that many of the team's members would "
    "move to other parts of the company.",
    [
        C(
            "will pull the plug on Stadia, its cloud gaming service, on Jan. 18",
            "on Jan. 18",
            md(1, 18),
            "event",
            None,
            real="2023-01-18",
        )
    ],
    "Harrison's blog post of Thursday 29 September 2022; Stadia shut down on 18 January 2023 (a September article: "
    "the year-less date falls in the next year). The refunds and the technology offer are undated.",
    [
        "year-inference",
        "explicit-date",
        "said-on-day",
        "past-weekday",
        "past-month",
        "undated-future",
    ],
)

P(
    "b2-zte-settlement-2018",
    "2018-06-08 07:30",
    "America/New_York",
    "WASHINGTON - China's ZTE Corp will pay a $1 billion fine and put a further $400 million in escrow under a deal "
    "that will allow it to resume buying American components, US Commerce Secretary Wilbur Ross said on Thursday. "
    "The company must also replace its board and senior management within 30 days and hire a compliance team chosen "
    "by the department, which will monitor it for ten years, he told CNBC. The department had barred American firms "
    "from selling to ZTE on April 16 after finding it had lied about disciplining employees who broke US sanctions "
    "on Iran and North Korea, a ban that forced the company to halt major operations in May. Lawmakers from both "
    "parties said they may try to reinstate the ban through legislation.",
    [
        C(
            "must also replace its board and senior management within 30 days",
            "within 30 days",
            in_days_anchored(30, "Thursday"),
            "deadline",
            "Wilbur Ross",
            real="2018-06-29",
            real_le=True,
        )
    ],
    "Ross on CNBC, Thursday 7 June 2018. 30 days from the Thursday announcement (7 July) or from publication "
    "(8 July): both accepted. ZTE named its new board on 29 June 2018. The denial order dated from 15-16 April "
    "2018. 'he' is Ross; 'for ten years' has no anchor; the legislation is a possibility.",
    [
        "duration",
        "range",
        "pronoun-speaker",
        "said-on-day",
        "past-weekday",
        "explicit-past-date",
        "past-month",
        "may-verb",
        "hypothetical",
        "number-like-date",
    ],
)

P(
    "b2-agr-dues-midnight-order-2020",
    "2020-02-14 22:00",
    "Asia/Kolkata",
    "NEW DELHI - The Department of Telecommunications on Friday evening ordered Bharti Airtel, Vodafone Idea and "
    "other carriers to clear their adjusted gross revenue dues by 11:59 p.m. on Friday, hours after the Supreme "
    "Court threatened its officials and the companies' directors with contempt proceedings for failing to pay. The "
    "court, which in October gave the operators three months to pay about 1.47 trillion rupees in licence fees and "
    "spectrum charges, will hear the case again on March 17. Vodafone Idea, which owes about 530 billion rupees, "
    "has warned that it may have to shut down without relief, a move that would leave India with only two private "
    "mobile operators.",
    [
        C(
            "to clear their adjusted gross revenue dues by 11:59 p.m. on Friday",
            "by 11:59 p.m. on Friday",
            wd("Friday", "23:59"),
            "deadline",
            "the Department of Telecommunications",
            real="2020-02-14",
        ),
        C(
            "will hear the case again on March 17",
            "on March 17",
            md(3, 17),
            "event",
            None,
            real="2020-03-17",
        ),
    ],
    "Supreme Court hearing and DoT order of Friday 14 February 2020 (pay by 23:59 that day); the next hearing was "
    "set for 17 March 2020 (held on 18 March); the AGR judgment was delivered on 24 October 2019. 'three months' "
    "has no anchor here.",
    [
        "by-weekday-same-day",
        "same-day-future",
        "time-local",
        "said-on-day",
        "explicit-date",
        "past-month",
        "may-verb",
        "hypothetical",
        "duration",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "b2-libra-geneva-charter-2019",
    "2019-10-12 10:00",
    "Europe/Zurich",
    "GENEVA - Facebook's Libra cryptocurrency project lost Visa, Mastercard, eBay and Stripe on Friday, a week after "
    "PayPal walked away, leaving the Geneva-based Libra Association without a single major US payments company. The "
    "remaining members will meet in Geneva on Monday to sign the association's charter and appoint its board, the "
    "association said. Facebook Chief Executive Mark Zuckerberg is due to testify about the project before the US "
    "House Financial Services Committee later this month. Facebook has said the coin would launch in the first half "
    "of next year, but regulators from Washington to Paris have warned that they may block it unless concerns about "
    "money laundering and monetary sovereignty are addressed.",
    [
        C(
            "will meet in Geneva on Monday to sign the association's charter",
            "on Monday",
            wd("Monday"),
            "event",
            "the Libra Association",
            real="2019-10-14",
        ),
        C(
            "is due to testify about the project before the US House Financial Services Committee later this month",
            "later this month",
            rest_of_month(),
            "event",
            None,
            real="2019-10-23",
        ),
        C(
            "the coin would launch in the first half of next year",
            "in the first half of next year",
            half(2020, 1),
            "promise",
            "Facebook",
        ),
    ],
    "Visa, Mastercard, eBay, Stripe and Mercado Pago left on Friday 11 October 2019, PayPal on 4 October; the Libra "
    "Association Council met in Geneva on Monday 14 October 2019; Zuckerberg testified on 23 October 2019. Libra "
    "never launched, so no real date is recorded for the promise.",
    [
        "later-this-period",
        "half",
        "said-on-day",
        "past-weekday",
        "may-verb",
        "hypothetical",
        "number-like-date",
        "multi-claim",
    ],
)


# ===========================================================================
# Passages without claims

N(
    "b2-china-circuit-breaker-2016",
    "2016-01-08 18:30",
    "Asia/Shanghai",
    "SHANGHAI - Chinese stocks rose about 2 percent on Friday in their first session since the securities regulator "
    "scrapped a circuit-breaker mechanism that had twice halted trading for the whole day this week. The China "
    "Securities Regulatory Commission suspended the system late on Thursday, just four days after it was introduced "
    "on Monday, conceding that it had fed panic selling rather than calming the market. On Thursday, trading was "
    "stopped for the day only 29 minutes after the open, the shortest session in the market's 25-year history. The "
    "regulator also replaced a six-month ban on share sales by major shareholders, imposed during last summer's "
    "crash, with a rule limiting such sales to 1 percent of a company's shares in any three months, and said it "
    "would study how to improve the circuit breaker.",
    "Circuit breaker introduced Monday 4 January 2016, triggered on 4 and 7 January, suspended from Friday 8 January "
    "(announced late on Thursday 7 January). The share-sale rule is stated without a date; 'six-month' and 'any "
    "three months' have no anchor; the study is undated.",
    ["past-weekday", "said-on-day", "duration", "undated-future", "number-like-date"],
)

N(
    "b2-alibaba-record-fine-2021",
    "2021-04-12 21:00",
    "Asia/Shanghai",
    "HONG KONG - Alibaba Group shares jumped 9% on Monday after executives said they did not expect further "
    "penalties, two days after Chinese regulators fined the e-commerce giant a record 18.2 billion yuan ($2.8 "
    "billion) for abusing its market dominance. The fine, imposed on Saturday by the State Administration for Market "
    "Regulation, amounted to 4% of Alibaba's domestic revenue in 2019, and the company must file regular compliance "
    "reports with the regulator. Executive Vice Chairman Joe Tsai told analysts on a call on Monday that "
    "the company would lower entry barriers and fees for merchants, without giving a timetable. Hours later, the "
    "central bank said Ant Group, Alibaba's fintech affiliate, would be restructured into a financial holding "
    "company. Will Tencent, Meituan and other internet platforms be next?",
    "SAMR penalty of Saturday 10 April 2021 (18.228 billion yuan); Alibaba's call and the PBOC statement on Ant of "
    "Monday 12 April 2021. The merchant measures and Ant's restructuring are "
    "undated; the last sentence is a question.",
    ["past-weekday", "said-on-day", "undated-future", "question", "number-like-date"],
)

N(
    "b2-germany-gas-levy-scrapped-2022",
    "2022-09-30 08:00",
    "Europe/Berlin",
    "BERLIN - Chancellor Olaf Scholz unveiled a 200 billion euro 'defensive shield' on Thursday to protect "
    "households and companies from soaring energy prices, and his government dropped a contested levy on gas "
    "consumers that was due to take effect on Saturday. The levy, drawn up by Economy Minister Robert Habeck in July "
    "to help importers such as Uniper cover the cost of replacing Russian supplies, had become redundant after the "
    "government agreed last week to nationalise the struggling utility, officials said. A brake on gas prices will "
    "be introduced as quickly as possible, but the details will only come after an expert commission reports in the "
    "coming weeks, Scholz said. Economists questioned whether the package, to be financed with fresh borrowing, "
    "could be squared with Germany's constitutional debt brake.",
    "Scholz's announcement of Thursday 29 September 2022; the Gasumlage was due to start on Saturday 1 October 2022 "
    "and was cancelled (a cancelled date); Uniper nationalisation agreed 21 September 2022; the gas commission "
    "reported on 10 October 2022 (undated here).",
    [
        "cancelled-date",
        "past-weekday",
        "past-month",
        "said-on-day",
        "undated-future",
        "number-like-date",
    ],
)

N(
    "b2-couche-tard-walks-2025",
    "2025-07-17 16:00",
    "Asia/Tokyo",
    "TOKYO - Shares of Seven & i Holdings slumped 9% on Thursday after Canada's Alimentation Couche-Tard withdrew "
    "its $47 billion offer for the 7-Eleven owner, ending the largest attempted foreign takeover of a Japanese "
    "company. Couche-Tard, which first approached Seven & i last August, said on Wednesday that the Japanese group "
    "had failed to engage constructively and had shown a lack of good faith throughout the talks. Seven & i said it "
    "was disappointed by the claims and would press ahead with its own plan to lift shareholder value, including a "
    "listing of its North American convenience store business. Analysts said Couche-Tard could return if the "
    "turnaround faltered, but would a second bid fare any better?",
    "Couche-Tard's withdrawal letter of Wednesday 16 July 2025 (North American time); first approach in August "
    "2024 ('last August'). The North American listing is undated here; the return is a possibility and the last "
    "clause a question.",
    [
        "last-month",
        "past-weekday",
        "said-on-day",
        "hypothetical",
        "question",
        "undated-future",
        "number-like-date",
    ],
)

N(
    "b2-boj-negative-rates-2016",
    "2016-01-29 18:00",
    "Asia/Tokyo",
    "TOKYO (Reuters) - The Bank of Japan stunned markets on Friday by adopting negative interest rates for the "
    "first time, charging 0.1 percent on a portion of the excess reserves that financial institutions park with it. "
    "The decision, passed by a narrow 5-4 vote, came barely a week after Governor Haruhiko Kuroda told parliament "
    "that he was not thinking of taking rates below zero. Kuroda said the central bank would cut rates further if "
    "necessary and would not hesitate to take additional steps to hit its 2 percent inflation target. The yen "
    "tumbled more than 2 percent against the dollar, while the Nikkei average swung between gains and losses "
    "before closing up 2.8 percent.",
    "BoJ decision of Friday 29 January 2016 (-0.1% on a tier of current accounts, 5-4); Kuroda's Diet remark of "
    "21 January 2016. Further cuts are conditional and undated.",
    ["said-on-day", "past-weekday", "hypothetical", "number-like-date"],
)

N(
    "b2-note7-guidance-cut-2016",
    "2016-10-12 18:00",
    "Asia/Seoul",
    "SEOUL - Samsung Electronics cut its third-quarter operating profit estimate by a third on Wednesday, to 5.2 "
    "trillion won, a day after it permanently halted production and sales of its fire-prone Galaxy Note 7 "
    "smartphones. The company launched the phone in August and announced a recall of 2.5 million units on Sept. 2, "
    "but replacement devices also caught fire, including one aboard a Southwest Airlines plane in Louisville, "
    "Kentucky, last week. Analysts estimate the debacle could cost Samsung more than $17 billion in lost sales and "
    "wipe out profit at its mobile division for months. Can the company win back buyers with its next flagship, the "
    "Galaxy S8, before Apple's iPhone 7 locks up the holiday season?",
    "Samsung's revised Q3 2016 guidance of Wednesday 12 October 2016 (from 7.8 to 5.2 trillion won); production "
    "halted 11 October; recall of 2 September 2016; Southwest flight incident of 5 October. 'for months' has no "
    "anchor; the last sentence is a question.",
    [
        "said-on-day",
        "past-month",
        "explicit-past-date",
        "hypothetical",
        "question",
        "duration",
        "number-like-date",
    ],
)

N(
    "b2-musk-funding-secured-2018",
    "2018-08-08 19:00",
    "America/New_York",
    "Tesla's board said on Wednesday that it had been discussing the possibility of taking the company private with "
    "Elon Musk over the past week, a day after the chief executive stunned Wall Street by tweeting that he had "
    "'funding secured' for a $420-a-share buyout. The board's statement did not say where the money would come from, "
    "and the Securities and Exchange Commission has asked Tesla why Musk announced his plan on Twitter, according to "
    "a person familiar with the matter. At $420 a share, a deal would value the electric carmaker at about $72 "
    "billion, by far the largest take-private transaction on record. Tesla shares, which closed up 11% on Tuesday, "
    "fell 2.4% on Wednesday. But could Musk really keep small shareholders on board, as he has promised, once the "
    "company goes private?",
    "Musk's tweet of Tuesday 7 August 2018; board statement and reported SEC inquiry of Wednesday 8 August 2018. "
    "Only past events, a hypothetical and a question.",
    ["said-on-day", "past-weekday", "hypothetical", "question", "number-like-date"],
)
