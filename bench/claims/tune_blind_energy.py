"""Tuning passages written blind: energy, climate, environment, agriculture and commodities written as wire copy, market reports, analysis and live updates datelined around the world (OPEC+ meetings, oil and gas supply, climate summits and national targets, power prices and grids, droughts and harvests, carbon markets, mining). Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    before_year,
    by_month,
    by_year,
    half,
    in_month,
    in_year,
    md,
    md_span,
    mid_year,
    month_named_end,
    no_claim_adder,
    passage_adder,
    quarter,
    span_wd,
    wd,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


# ===========================================================================
# OPEC+ and oil supply

P(
    "te-opec-plus-easter-call-2020",
    "2020-04-12 10:00",
    "Europe/Vienna",
    "VIENNA - OPEC+ ministers will reconvene by video link at 1600 GMT on Sunday in a last-ditch attempt to seal a "
    "record cut in oil output, after Mexico refused to accept its share of the deal the group reached on Thursday, "
    "sources in the group said. That agreement, thrashed out during a marathon call, calls for the producers to "
    "remove 10 million barrels per day from the market in May and June, about a tenth of global supply, with smaller "
    "curbs to remain in place until the end of April 2022. Mexican President Andres Manuel Lopez Obrador said on "
    "Friday that his country would cut only 100,000 bpd, a quarter of what had been asked, and that US President "
    "Donald Trump had offered to make up the difference. A meeting of Group of 20 energy ministers on Friday ended "
    "without a firm pledge from the United States or Canada to reduce production. With most markets shut for the "
    "Easter holiday, traders will get their first chance to react when Asian trading opens.",
    [
        C(
            "will reconvene by video link at 1600 GMT on Sunday",
            "at 1600 GMT on Sunday",
            zoned(wd("Sunday"), "16:00", "UTC"),
            "event",
            None,
            real="2020-04-12",
        ),
        C(
            "remove 10 million barrels per day from the market in May and June",
            "in May and June",
            md_span(5, 1, 6, 30),
            "promise",
            "OPEC+",
            real="2020-05-01",
        ),
        C(
            "with smaller curbs to remain in place until the end of April 2022",
            "until the end of April 2022",
            by_month(2022, 4),
            "promise",
            "OPEC+",
        ),
    ],
    "OPEC+ video conference of Easter Sunday 12 April 2020 at 16:00 GMT (18:00 in Vienna, same day), after the "
    "Thursday 9 April agreement stalled over Mexico; the final deal cut 9.7 million bpd in May-June 2020, with "
    "smaller curbs to the end of April 2022 (later reworked, so no real date is recorded for the end). Lopez Obrador's 100,000 bpd offer and the G20 energy ministers' call "
    "were on Friday 10 April (past). The sources are anonymous, so the scheduled call has no speaker; the "
    "agreement's cuts are the group's own commitments. 'in May and June' is one cut over two consecutive months, "
    "labelled as one span. 'when Asian trading opens' is undated.",
    [
        "time-converted",
        "same-day-future",
        "past-weekday",
        "holiday",
        "range",
        "number-like-date",
        "said-on-day",
    ],
)

P(
    "te-opec-non-opec-vienna-dec-2016",
    "2016-12-05 14:00",
    "Europe/Vienna",
    "VIENNA - OPEC will sit down with oil producers from outside the group in Vienna on Dec. 10 to finalise the first "
    "joint supply pact since 2002, Secretary General Mohammed Barkindo said on Monday, ending days of uncertainty "
    "after a plan to meet in Doha on Dec. 9 was dropped and Moscow was floated as a venue. At their meeting on "
    "Wednesday last week the group's members agreed to lower their combined output by about 1.2 million barrels per "
    "day to 32.5 million bpd starting in January, OPEC's first cut in eight years, and they hope non-members will add "
    "another 600,000 bpd. Russian Energy Minister Alexander Novak has said Russia will reduce its production "
    "gradually by up to 300,000 bpd in the first half of 2017. Saturday's meeting will test whether Kazakhstan, Oman "
    "and Mexico are ready to contribute, analysts said.",
    [
        C(
            "will sit down with oil producers from outside the group in Vienna on Dec. 10",
            "on Dec. 10",
            md(12, 10),
            "event",
            "Mohammed Barkindo",
            real="2016-12-10",
        ),
        C(
            "agreed to lower their combined output by about 1.2 million barrels per day to 32.5 million bpd starting "
            "in January",
            "starting in January",
            in_month(2017, 1),
            "promise",
            "OPEC",
            real="2017-01-01",
        ),
        C(
            "Russia will reduce its production gradually by up to 300,000 bpd in the first half of 2017",
            "in the first half of 2017",
            half(2017, 1),
            "promise",
            "Alexander Novak",
        ),
    ],
    "Barkindo announced on Monday 5 December 2016 (speech in New Delhi) that the OPEC/non-OPEC meeting would be in "
    "Vienna on Saturday 10 December (held; the Declaration of Cooperation); a Doha meeting on 9 December and a "
    "Moscow venue had been discussed. OPEC's 30 November 2016 decision: 32.5 million bpd effective 1 January 2017. "
    "Novak's pledge of up to 300,000 bpd in H1 2017. The dropped Doha date is not a claim; 'Saturday's meeting' "
    "repeats the labelled meeting; 'starting in January' accepts the whole month.",
    [
        "cancelled-date",
        "repeated-claim",
        "year-inference",
        "half",
        "past-weekday",
        "said-on-day",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "te-saudi-surprise-cut-april-2023",
    "2023-04-03 07:30",
    "Asia/Riyadh",
    "RIYADH - The world's biggest oil exporter will cut its crude output by 500,000 barrels per day from May until the "
    "end of the year, Saudi Arabia's energy ministry said late on Sunday, describing the step as a precaution aimed at supporting the "
    "stability of the oil market. Iraq, the United Arab Emirates, Kuwait, Oman, Algeria and Kazakhstan announced "
    "reductions of their own within hours, taking the total to more than 1.1 million bpd, a move that caught traders "
    "and Washington by surprise. Russian Deputy Prime Minister Alexander Novak said Moscow would extend its own "
    "500,000 bpd cut, which began in March, to the end of 2023. A ministerial panel of OPEC+ meets online later on "
    "Monday and had been expected to endorse existing policy without changes. Brent jumped more than 5% as trading "
    "opened in Asia, and some analysts raised their price forecasts for the rest of the year.",
    [
        C(
            "will cut its crude output by 500,000 barrels per day from May until the end of the year",
            "from May until the end of the year",
            md_span(5, 1, 12, 31),
            "promise",
            "Saudi Arabia's energy ministry",
            real="2023-05-01",
        ),
        C(
            "Moscow would extend its own 500,000 bpd cut, which began in March, to the end of 2023",
            "to the end of 2023",
            by_year(2023),
            "promise",
            "Alexander Novak",
        ),
        C(
            "A ministerial panel of OPEC+ meets online later on Monday",
            "later on Monday",
            wd("Monday"),
            "event",
            None,
            real="2023-04-03",
        ),
    ],
    "Saudi energy ministry statement (SPA) of Sunday 2 April 2023: voluntary cut of 500,000 bpd from May to the end "
    "of 2023; other OPEC+ members' cuts the same day (about 1.16 million bpd in all); Novak extended Russia's "
    "March cut to the end of 2023; the JMMC met online on Monday 3 April. 'from May until the end of the year' is one "
    "cut over a continuous period, labelled as one span (by analogy with the README's 'from May 4 to May 9'). "
    "'the rest of the year' in the analysts' clause is undated context.",
    [
        "same-day-future",
        "by-weekday-same-day",
        "range",
        "year-end",
        "past-month",
        "said-on-day",
        "number-like-date",
    ],
)

P(
    "te-opec-plus-meeting-delayed-nov-2023",
    "2023-11-22 19:00",
    "Europe/Vienna",
    "LONDON/VIENNA - OPEC+ has pushed back its ministerial meeting to Thursday next week, Nov. 30, from Sunday, the "
    "OPEC secretariat said on Wednesday, a surprise delay that sent Brent crude sharply lower on speculation that "
    "members were struggling to agree on output. Three OPEC+ sources said Saudi Arabia was unhappy with the "
    "production levels of other members, and African producers had pushed back against lower quotas for 2024. The "
    "kingdom has pledged to keep its voluntary cut of 1 million barrels per day until the end of December, and "
    "analysts widely expect the group to extend or deepen its curbs into the first quarter of next year. The meeting "
    "had originally been scheduled for Nov. 25 and 26 at OPEC's headquarters in Vienna.",
    [
        C(
            "has pushed back its ministerial meeting to Thursday next week, Nov. 30",
            "Thursday next week, Nov. 30",
            md(11, 30),
            "event",
            "the OPEC secretariat",
            real="2023-11-30",
        ),
        C(
            "has pledged to keep its voluntary cut of 1 million barrels per day until the end of December",
            "until the end of December",
            month_named_end(12),
            "promise",
            "Saudi Arabia",
            real="2023-12-31",
        ),
        C(
            "analysts widely expect the group to extend or deepen its curbs into the first quarter of next year",
            "into the first quarter of next year",
            quarter(2024, 1),
            "prediction",
            "analysts",
            real="2024-01-01",
        ),
    ],
    "OPEC statement of Wednesday 22 November 2023 moving the meetings planned for 25-26 November to Thursday 30 "
    "November 2023 (held online; voluntary cuts for Q1 2024 announced that day). Saudi Arabia's 1 million bpd "
    "voluntary cut ran to the end of December 2023. The superseded Sunday and Nov. 25-26 dates are not claims; "
    "'quotas for 2024' is background. 'Thursday next week' (Nov. 30) and the explicit date agree.",
    [
        "superseded-date",
        "next-week-weekday",
        "end-of-month",
        "quarter",
        "said-on-day",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "te-putin-rouble-gas-decree-2022",
    "2022-03-31 19:00",
    "Europe/Moscow",
    "MOSCOW (Reuters) - Foreign buyers of Russian gas must pay in roubles from Friday or have their contracts halted, "
    "President Vladimir Putin said on Thursday, signing a decree that raised the stakes in an economic standoff with "
    "the West over Moscow's invasion of Ukraine. Under the decree, buyers from countries Russia deems unfriendly will "
    "have to open special accounts at Gazprombank, which will convert their euro or dollar payments into roubles. "
    "Putin said in televised remarks that a failure to pay would be treated as a default by the buyer, adding that "
    "Russia was not in the business of charity. Group of Seven energy ministers had rejected the demand on Monday as "
    "a breach of existing contracts, and Germany on Wednesday triggered the first stage of an emergency plan that "
    "could lead to gas rationing. Chancellor Olaf Scholz said German companies would keep paying in euros, as their "
    "contracts allowed.",
    [
        C(
            "Foreign buyers of Russian gas must pay in roubles from Friday or have their contracts halted",
            "from Friday",
            wd("Friday"),
            "deadline",
            "Vladimir Putin",
            real="2022-04-01",
        ),
    ],
    "Putin's decree of Thursday 31 March 2022 on rouble payments for gas from 1 April 2022 via Gazprombank "
    "accounts; G7 energy ministers rejected the demand on Monday 28 March; Germany declared the early-warning stage "
    "of its gas emergency plan on Wednesday 30 March; Scholz's remarks on euro payments of 31 March. The dated "
    "ultimatum is Putin's; the rationing is only a possibility.",
    ["conditional-threat", "past-weekday", "said-on-day", "hypothetical"],
)

P(
    "te-g7-russian-oil-price-cap-2022",
    "2022-12-03 11:00",
    "Europe/Brussels",
    "BRUSSELS (AP) - A $60-a-barrel ceiling on the price of Russian seaborne crude takes effect on Monday, the same "
    "day the European Union's ban on most imports of Russian oil by sea kicks in, after Poland dropped its objections "
    "and the bloc's 27 governments signed off late on Friday. The Group of Seven nations and Australia quickly "
    "followed suit. Western insurers and shippers will be barred from handling Russian cargoes sold above the cap, "
    "which is to be reviewed every two months. A separate ceiling for diesel and other refined products is due to "
    "apply from Feb. 5, when a European embargo on those fuels also begins. Kremlin spokesman Dmitry Peskov said on "
    "Saturday that Moscow would not accept the cap and was analysing how to respond.",
    [
        C(
            "takes effect on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            None,
            real="2022-12-05",
        ),
        C(
            "is due to apply from Feb. 5",
            "from Feb. 5",
            md(2, 5),
            "event",
            None,
            real="2023-02-05",
        ),
    ],
    "EU agreement of Friday 2 December 2022 on a $60 cap, matched by the G7 and Australia; the cap and the EU "
    "seaborne crude embargo took effect on Monday 5 December 2022; product caps and the EU products embargo from 5 "
    "February 2023. 'the same day … kicks in' and 'when a European embargo on those fuels also begins' only refer "
    "back to the labelled dates (implicit-date clauses, not labelled again). Peskov spoke on Saturday 3 December, "
    "the publication day. 'every two months' is undated.",
    [
        "year-inference",
        "repeated-claim",
        "past-weekday",
        "said-on-day",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "te-biden-spr-final-sale-2022",
    "2022-10-19 14:30",
    "America/New_York",
    "WASHINGTON (Reuters) - President Joe Biden said on Wednesday the United States would sell the final 15 million "
    "barrels of its record release from the Strategic Petroleum Reserve in December, extending a programme that had "
    "been due to wind down this month, as he tries to keep gasoline prices in check ahead of the Nov. 8 midterm "
    "elections. He said the administration would also look to buy crude to refill the reserve when prices are at or "
    "below about $67 to $72 a barrel, a level meant to give drillers the confidence to invest. The reserve has fallen "
    "to its lowest level since 1984 after sales of some 165 million barrels this year. Republicans accused him of "
    "draining an emergency stockpile for political ends, and OPEC+ this month agreed its deepest supply cut since "
    "2020.",
    [
        C(
            "would sell the final 15 million barrels of its record release from the Strategic Petroleum Reserve in "
            "December",
            "in December",
            in_month(2022, 12),
            "promise",
            "Joe Biden",
        ),
        C(
            "ahead of the Nov. 8 midterm elections",
            "Nov. 8",
            md(11, 8),
            "event",
            None,
            real="2022-11-08",
        ),
    ],
    "Biden's remarks of Wednesday 19 October 2022: final 15 million barrels of the 180 million-barrel release "
    "to be sold for December delivery; refill when WTI is at or below about $67-72. US midterms on 8 November 2022. "
    "'due to wind down this month' is the superseded plan; the refill is conditional and undated; OPEC+ cut on 5 "
    "October (past).",
    [
        "month-period",
        "superseded-date",
        "hypothetical",
        "said-on-day",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "te-ukraine-gas-transit-ends-2024",
    "2024-12-30 10:00",
    "Europe/Kyiv",
    "KYIV - Russian gas is set to stop flowing through Ukraine to Europe for the first time in decades when a "
    "five-year transit contract between Naftogaz and Gazprom expires on Tuesday, with Kyiv refusing to sign a new deal "
    "that would help finance Moscow's war. President Volodymyr Zelenskiy said this month that Ukraine would not let "
    "Russia earn additional billions on Ukrainian blood. Slovak Prime Minister Robert Fico, who visited Vladimir "
    "Putin in Moscow on Dec. 22, has threatened to cut electricity supplies to Ukraine in retaliation, though he has "
    "not said when. Gazprom said on Saturday it would also halt deliveries to neighbouring Moldova from 8 a.m. Moscow "
    "time on Jan. 1, citing unpaid debts, leaving the breakaway Transnistria region facing a winter without heating. "
    "Austria and Slovakia, among the last EU buyers of gas via the route, say they have alternative supplies in "
    "place.",
    [
        C(
            "expires on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "deadline",
            None,
            real="2024-12-31",
        ),
        C(
            "it would also halt deliveries to neighbouring Moldova from 8 a.m. Moscow time on Jan. 1",
            "from 8 a.m. Moscow time on Jan. 1",
            zoned(md(1, 1), "08:00", "Europe/Moscow"),
            "promise",
            "Gazprom",
            real="2025-01-01",
        ),
    ],
    "The 2019 Naftogaz-Gazprom transit contract expired on Tuesday 31 December 2024 and flows stopped on 1 January "
    "2025. Gazprom's statement of Saturday 28 December 2024: supplies to Moldova cut to zero from 08:00 Moscow time "
    "(05:00 GMT) on 1 January 2025, i.e. 07:00 in Kyiv the same day. Fico met Putin on 22 December; his threat is "
    "undated. A contract expiry is a statutory cut-off (deadline).",
    [
        "time-converted",
        "year-inference",
        "explicit-past-date",
        "past-weekday",
        "said-on-day",
        "undated-future",
        "number-like-date",
    ],
)

N(
    "te-wti-below-zero-2020",
    "2020-04-21 18:00",
    "America/Chicago",
    "HOUSTON - US crude futures for May delivery expired on Tuesday at $10.01 a barrel, a day after the contract "
    "collapsed below zero for the first time ever to settle at minus $37.63, as traders with nowhere to store oil "
    "paid buyers to take it off their hands. The more actively traded June contract tumbled 43% to $11.57 on "
    "Tuesday. Tanks at Cushing, Oklahoma, the delivery point for the contract, could be full within weeks, analysts "
    "warned. Will June fare any better? President Donald Trump said on Tuesday he had asked his energy and treasury "
    "secretaries to draw up a plan to make money available to struggling oil and gas companies.",
    "WTI May 2020 contract settled at -$37.63 on Monday 20 April 2020 and expired on Tuesday 21 April at $10.01; "
    "June WTI fell 43% to $11.57; Trump's tweet of 21 April. 'within weeks' is undated and hedged; the question "
    "names only a contract month.",
    ["past-weekday", "said-on-day", "question", "undated-future", "hypothetical", "number-like-date"],
)

N(
    "te-brent-139-march-2022",
    "2022-03-07 17:30",
    "Europe/London",
    "LONDON - Brent crude briefly surged to $139.13 a barrel on Monday, its highest since 2008, after US Secretary of "
    "State Antony Blinken said on Sunday that Washington and its European allies were exploring a ban on imports of "
    "Russian oil. Prices later gave up much of the gain after German Chancellor Olaf Scholz said Russian energy "
    "supplies were essential for Europe's heating, transport and industry and had been deliberately exempted from "
    "sanctions. Talks in Vienna on reviving the 2015 Iran nuclear deal, which could return more than 1 million "
    "barrels per day of Iranian crude to the market, stalled after Russia demanded guarantees on its trade with "
    "Tehran. Will OPEC+ pump more? The group agreed last week to stick with a modest monthly increase of 400,000 bpd, "
    "and analysts at Bank of America warned that prices could hit $200 if most Russian exports were lost.",
    "Brent's intraday high of $139.13 on Monday 7 March 2022; Blinken on CNN on Sunday 6 March; Scholz's statement "
    "of 7 March; Lavrov's demand of 5 March; OPEC+ meeting of Wednesday 2 March; Bank of America's $200 scenario. "
    "Every forward-looking clause is a question, a possibility or undated.",
    ["past-weekday", "said-on-day", "question", "hypothetical", "number-like-date", "undated-future"],
)

# ===========================================================================
# Gas, LNG and power

P(
    "te-qatar-north-field-west-2024",
    "2024-02-25 16:00",
    "Asia/Qatar",
    "DOHA (Reuters) - Qatar will raise its liquefied natural gas production capacity to 142 million tonnes a year "
    "before the end of the decade, Energy Minister Saad al-Kaabi said on Sunday, announcing a third expansion of the "
    "giant North Field that would lift output by almost 85% from current levels. The new North Field West project "
    "will add 16 million tonnes a year on top of the North Field East and North Field South expansions already under "
    "way, he told a news conference in Doha. Kaabi, who is also chief executive of QatarEnergy, said he expected the "
    "first LNG from North Field East to flow in mid-2026, later than the end-2025 start originally flagged. He "
    "declined to say whether foreign partners would be invited into the latest phase, saying only that the decision "
    "would come at the appropriate time.",
    [
        C(
            "Qatar will raise its liquefied natural gas production capacity to 142 million tonnes a year before the end "
            "of the decade",
            "before the end of the decade",
            before_year(2030),
            "promise",
            "Saad al-Kaabi",
        ),
        C(
            "he expected the first LNG from North Field East to flow in mid-2026",
            "in mid-2026",
            mid_year(2026),
            "prediction",
            "Saad al-Kaabi",
        ),
    ],
    "QatarEnergy news conference of Sunday 25 February 2024 (North Field West, capacity to 142 mtpa before the end of "
    "the decade from 77 mtpa; North Field East first LNG expected mid-2026). 'before the end of the decade' takes "
    "both README readings (31 Dec 2029 or 2030). The end-2025 start is superseded; 'at the appropriate time' is "
    "undated.",
    ["before-year", "mid-year", "superseded-date", "said-on-day", "undated-future", "number-like-date"],
)

P(
    "te-chevron-lng-strike-notice-2023",
    "2023-08-29 12:00",
    "Australia/Perth",
    "PERTH - Workers at Chevron's Gorgon and Wheatstone liquefied natural gas plants in Western Australia will begin "
    "rolling stoppages and work bans on Thursday, Sept. 7, unless the company meets their demands on pay and job "
    "security, the Offshore Alliance union said after serving formal notice late on Monday. The action, involving "
    "about 500 workers, will escalate every week until an agreement is reached, according to the alliance. Chevron "
    "said it would keep bargaining and take steps to keep the facilities, which supply about 5% of the world's LNG, "
    "running safely. European gas prices jumped as much as 10% overnight, having swung wildly last week before "
    "Woodside Energy reached an in-principle deal with unions at its North West Shelf project.",
    [
        C(
            "will begin rolling stoppages and work bans on Thursday, Sept. 7",
            "on Thursday, Sept. 7",
            md(9, 7),
            "promise",
            "the Offshore Alliance",
        ),
    ],
    "Offshore Alliance notices of protected industrial action served on Monday 28 August 2023 for action from "
    "Thursday 7 September at Gorgon, Wheatstone downstream and the Wheatstone platform (the first stoppages in fact "
    "began on 8 September, so no real date is recorded). A union's strike conditional on bargaining is a promise. "
    "Woodside's in-principle agreement came the week before; 'every week' is undated.",
    ["conditional-threat", "past-weekday", "number-like-date", "explicit-date", "undated-future"],
)

N(
    "te-aemo-market-suspension-2022",
    "2022-06-16 10:00",
    "Australia/Sydney",
    "SYDNEY - The Australian Energy Market Operator suspended the wholesale electricity spot market across the east "
    "coast on Wednesday afternoon, the first time it has taken such a step since the National Electricity Market "
    "began in 1998. Chief executive Daniel Westerman said it had become impossible to run the market and keep the "
    "lights on at the same time, after generators withdrew capacity when prices hit an administered cap. The "
    "operator is setting prices under a fixed schedule and said it would review the suspension daily, lifting it as "
    "soon as practical. Energy Minister Chris Bowen had urged people in New South Wales to avoid using power between "
    "6 p.m. and 8 p.m. on Wednesday if they could, but said blackouts were not expected. About a quarter of the "
    "coal-fired fleet was offline for repairs or maintenance.",
    "AEMO suspended the NEM spot market at 14:05 AEST on Wednesday 15 June 2022 (first time for the whole market "
    "since 1998); Bowen's request for the evening of 15 June is past. The daily review and lifting 'as soon as "
    "practical' are undated.",
    ["past-weekday", "time-local", "undated-future", "number-like-date"],
)

N(
    "te-texas-ercot-blackouts-2021",
    "2021-02-16 18:00",
    "America/Chicago",
    "AUSTIN, Texas - More than 4 million homes and businesses in Texas were still without power on Tuesday, a day "
    "after the state's grid operator ordered rolling blackouts that in many places turned into outages lasting more "
    "than 24 hours as temperatures plunged to the lowest in decades. The Electric Reliability Council of Texas said "
    "more than 30,000 megawatts of generation, much of it gas-fired, had been knocked offline by frozen equipment and "
    "fuel shortages. Officials could not say when full service would be restored, and another storm was forecast to "
    "bring more snow and ice in the coming days. Governor Greg Abbott, who declared a disaster in all 254 counties on "
    "Friday, on Tuesday made reform of ERCOT an emergency item for state lawmakers. Wholesale power prices hit the "
    "grid's $9,000 per megawatt-hour cap.",
    "Winter Storm Uri: ERCOT load shed from the early hours of Monday 15 February 2021; about 4.3 million customers "
    "without power on Tuesday 16 February; Abbott's disaster declaration of Friday 12 February and emergency item "
    "of 16 February. 'in the coming days' is undated; 'more than 24 hours' is a duration.",
    ["past-weekday", "said-on-day", "undated-future", "duration", "number-like-date"],
)

P(
    "te-uk-price-cap-live-2022",
    "2022-08-26 08:10",
    "Europe/London",
    "Energy price cap: live updates. Updated 07:02 BST - Ofgem confirms that the cap on a typical dual-fuel household "
    "bill in England, Scotland and Wales will rise by 80% to £3,549 a year from Oct. 1, up from £1,971 since April. "
    "Updated 07:18 BST - Chief executive Jonathan Brearley says the new prime minister will have to do more to help "
    "households, and the regulator declines to give a forecast for January because the market is too volatile. "
    "Updated 07:40 BST - Consultancy Cornwall Insight still expects the cap to reach about £5,386 in January and "
    "£6,616 in April. Updated 08:05 BST - Foreign Secretary Liz Truss, the front-runner to succeed Boris Johnson, "
    "has said she would set out her plans if she wins the Conservative leadership contest, whose result will be "
    "announced on Sept. 5.",
    [
        C(
            "will rise by 80% to £3,549 a year from Oct. 1",
            "from Oct. 1",
            md(10, 1),
            "event",
            "Ofgem",
            real="2022-10-01",
        ),
        C(
            "expects the cap to reach about £5,386 in January",
            "in January",
            in_month(2023, 1),
            "prediction",
            "Cornwall Insight",
        ),
        C(
            "£6,616 in April",
            "in April",
            in_month(2023, 4),
            "prediction",
            "Cornwall Insight",
        ),
        C(
            "whose result will be announced on Sept. 5",
            "on Sept. 5",
            md(9, 5),
            "event",
            None,
            real="2022-09-05",
        ),
    ],
    "Ofgem's announcement of Friday 26 August 2022 (cap of £3,549 from 1 October 2022, up from £1,971 since 1 April); "
    "Cornwall Insight's forecasts of about £5,386 for January and £6,616 for April 2023 (never applied: the Energy "
    "Price Guarantee replaced the cap level); the Conservative leadership result on 5 September 2022. The live-blog "
    "timestamps are times of posting; the regulator's declined 'forecast for January' is not a claim; 'since "
    "April' is past; Truss's plans are conditional and undated.",
    [
        "time-local",
        "year-inference",
        "month-period",
        "same-sentence-claims",
        "hypothetical",
        "past-month",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "te-eraring-early-closure-2022",
    "2022-02-17 11:30",
    "Australia/Sydney",
    "SYDNEY - Origin Energy will close Eraring, Australia's biggest coal-fired power station, in August 2025, seven "
    "years earlier than scheduled, saying the economics of coal were being upended by a flood of cheap rooftop and "
    "utility-scale solar power. The company notified the Australian Energy Market Operator on Thursday of the new "
    "date for the 2,880-megawatt plant near Lake Macquarie in New South Wales, which had been due to run until 2032. "
    "Chief executive Frank Calabria said Origin planned to build a battery of up to 700 megawatts on the site instead. "
    "Market rules require generators to give at least 42 months' notice of a closure. Federal Energy Minister Angus "
    "Taylor criticised the decision, warning that early exits from coal could push up power prices.",
    [
        C(
            "will close Eraring, Australia's biggest coal-fired power station, in August 2025",
            "in August 2025",
            in_month(2025, 8),
            "promise",
            "Origin Energy",
        ),
    ],
    "Origin Energy announcement of Thursday 17 February 2022 (with its half-year results): Eraring closure notified "
    "to AEMO for August 2025 instead of 2032 (in 2024 the closure was pushed back to 2027, so no real date is "
    "recorded). The 2032 date is superseded; '42 months' notice' is a rule-of-thumb duration with no anchor; the "
    "battery is undated.",
    ["month-period", "superseded-date", "said-on-day", "duration", "number-like-date"],
)

N(
    "te-eskom-state-of-disaster-2023",
    "2023-02-10 08:00",
    "Africa/Johannesburg",
    "CAPE TOWN - President Cyril Ramaphosa declared a national state of disaster over South Africa's electricity "
    "crisis on Thursday, telling parliament in his State of the Nation address that record power cuts posed an "
    "existential threat to the economy. The declaration, which took effect immediately, gives the government powers "
    "to fast-track energy projects and to spare hospitals and water treatment plants from the rotational blackouts "
    "known as load shedding. Ramaphosa also said he would appoint a minister of electricity in the presidency to "
    "oversee the response, without saying when. State utility Eskom, whose outgoing chief executive Andre de Ruyter "
    "resigned in December, has imposed outages of up to 10 hours a day for much of this year. Opposition parties "
    "warned that the disaster powers could be abused to skirt procurement rules.",
    "State of the Nation address of Thursday 9 February 2023 (national state of disaster; a minister of electricity "
    "was appointed on 6 March 2023, undated in the text). De Ruyter resigned on 14 December 2022. No dated "
    "forward-looking claim.",
    ["past-weekday", "said-on-day", "undated-future", "past-month", "hypothetical", "number-like-date"],
)

# ===========================================================================
# Climate summits and national targets

P(
    "te-xi-carbon-neutral-2060",
    "2020-09-23 09:00",
    "Asia/Shanghai",
    "BEIJING - China will aim to have its carbon dioxide emissions peak before 2030 and to achieve carbon neutrality "
    "before 2060, President Xi Jinping told the United Nations General Assembly in a video address on Tuesday, the "
    "first time the world's biggest emitter has put a date on ending its net contribution to global warming. Xi "
    "called for a green recovery from the pandemic and said the Paris Agreement, which the United States is set to "
    "leave on Nov. 4, charted the course the world must take. He gave no details of how the goals would be met. The "
    "country's next five-year plan is due to be approved at the annual session of the National People's Congress in "
    "March, and climate researchers said it would show how seriously Beijing meant the pledge. China burned roughly "
    "half of the world's coal last year.",
    [
        C(
            "China will aim to have its carbon dioxide emissions peak before 2030",
            "before 2030",
            before_year(2030),
            "promise",
            "Xi Jinping",
        ),
        C(
            "to achieve carbon neutrality before 2060",
            "before 2060",
            before_year(2060),
            "promise",
            "Xi Jinping",
        ),
        C(
            "which the United States is set to leave on Nov. 4",
            "on Nov. 4",
            md(11, 4),
            "event",
            None,
            real="2020-11-04",
        ),
        C(
            "is due to be approved at the annual session of the National People's Congress in March",
            "in March",
            in_month(2021, 3),
            "event",
            None,
            real="2021-03-11",
        ),
    ],
    "Xi's UNGA video address of Tuesday 22 September 2020 (peak before 2030, carbon neutrality before 2060). US "
    "withdrawal from the Paris Agreement effective 4 November 2020. The 14th Five-Year Plan was approved by the NPC "
    "on 11 March 2021; 'in March' in a September article is March of next year. 'before 2030/2060' take both README "
    "readings. The researchers' remark is undated.",
    [
        "before-year",
        "same-sentence-claims",
        "year-inference",
        "month-period",
        "said-on-day",
        "past-weekday",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "te-paris-agreement-threshold-2016",
    "2016-10-05 20:00",
    "America/New_York",
    "UNITED NATIONS (Reuters) - The Paris climate agreement will enter into force on Nov. 4, UN Secretary-General Ban "
    "Ki-moon said on Wednesday, after the European Union, Canada, Nepal, Bolivia and several other nations formally "
    "joined, pushing it past the threshold of 55 countries accounting for 55% of global emissions. The accord takes "
    "effect 30 days after that threshold is crossed, and its ratification less than a year after the deal was struck "
    "in December surprised many diplomats. India, the third-largest emitter, ratified on Sunday, the birthday of "
    "Mahatma Gandhi. Governments will begin work on the rulebook at the next UN climate summit in Marrakech, "
    "Morocco, which opens on Nov. 7. 'What once seemed unthinkable is now unstoppable,' Ban said.",
    [
        C(
            "The Paris climate agreement will enter into force on Nov. 4",
            "on Nov. 4",
            md(11, 4),
            "event",
            "Ban Ki-moon",
            real="2016-11-04",
        ),
        C(
            "which opens on Nov. 7",
            "on Nov. 7",
            md(11, 7),
            "event",
            None,
            real="2016-11-07",
        ),
    ],
    "Ban's announcement of Wednesday 5 October 2016 that the 55/55 threshold had been crossed (entry into force on "
    "4 November 2016); COP22 in Marrakech opened on 7 November 2016. India ratified on Sunday 2 October 2016. "
    "'30 days after that threshold is crossed' restates the labelled date (not labelled again); 'in December' "
    "(the 2015 deal) is past.",
    ["past-weekday", "said-on-day", "past-month", "duration", "number-like-date", "explicit-date"],
)

P(
    "te-us-paris-exit-notice-2019",
    "2019-11-05 07:00",
    "America/New_York",
    "WASHINGTON - The United States formally notified the United Nations on Monday that it is pulling out of the "
    "Paris climate agreement, starting a one-year process that will end the country's membership on Nov. 4, 2020, "
    "the day after the next presidential election. Secretary of State Mike Pompeo said the deal imposed an unfair "
    "economic burden on American workers, businesses and taxpayers. President Donald Trump announced his intention to "
    "quit the accord in June 2017, but its rules barred any country from giving notice until three years after it "
    "took effect. Several Democratic candidates have vowed to rejoin. Negotiators meet next month in Madrid, which "
    "took over the annual UN climate conference after Chile pulled out last week because of unrest; it runs from "
    "Dec. 2 to Dec. 13.",
    [
        C(
            "will end the country's membership on Nov. 4, 2020",
            "on Nov. 4, 2020",
            ymd(2020, 11, 4),
            "event",
            None,
            real="2020-11-04",
        ),
        C(
            "it runs from Dec. 2 to Dec. 13",
            "from Dec. 2 to Dec. 13",
            md_span(12, 2, 12, 13),
            "event",
            None,
            real="2019-12-02",
        ),
    ],
    "US notification of Monday 4 November 2019, effective 4 November 2020 (the day after the 3 November 2020 "
    "election, given only implicitly). COP25 moved from Santiago to Madrid after Chile withdrew on 30 October; it "
    "opened on 2 December 2019. 'next month' and 'from Dec. 2 to Dec. 13' are one event in one sentence, labelled "
    "once at its fullest mention. 'a one-year process' and 'three years after' are durations.",
    [
        "repeated-claim",
        "range",
        "duration",
        "past-month",
        "said-on-day",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "te-cop28-dubai-opens-2023",
    "2023-11-27 18:00",
    "Asia/Dubai",
    "DUBAI - More than 70,000 people are expected in Dubai for the United Nations climate summit that opens on "
    "Thursday, the largest such gathering yet and the first hosted by a major oil exporter in years. The talks are "
    "scheduled to close on Dec. 12 with the first global stocktake of progress since the 2015 Paris Agreement. The "
    "choice of Sultan al-Jaber, chief executive of the state oil company ADNOC, as summit president has drawn "
    "criticism, which intensified on Monday after the BBC reported that the United Arab Emirates had planned to use "
    "meetings before the conference to discuss oil and gas deals. Al-Jaber denied the report. He wants governments "
    "to agree to triple the world's renewable energy capacity by 2030. King Charles III will deliver an address at "
    "the opening of the leaders' segment on Friday, Buckingham Palace said, while US President Joe Biden is not "
    "expected to attend.",
    [
        C(
            "the United Nations climate summit that opens on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2023-11-30",
        ),
        C(
            "The talks are scheduled to close on Dec. 12",
            "on Dec. 12",
            md(12, 12),
            "event",
            None,
        ),
        C(
            "He wants governments to agree to triple the world's renewable energy capacity by 2030",
            "by 2030",
            by_year(2030),
            "deadline",
            "Sultan al-Jaber",
        ),
        C(
            "King Charles III will deliver an address at the opening of the leaders' segment on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            "Buckingham Palace",
            real="2023-12-01",
        ),
    ],
    "COP28 in Dubai opened on Thursday 30 November 2023 and was scheduled to close on 12 December (it ran into 13 "
    "December, so no real date is recorded for the close). BBC report of Monday 27 November 2023 on briefing notes. "
    "King Charles gave the opening address of the World Climate Action Summit on Friday 1 December. Tripling "
    "renewables by 2030 is a target set for other governments (deadline), stated by al-Jaber (pronoun). The "
    "attendance figure is undated.",
    ["pronoun-speaker", "multi-claim", "said-on-day", "number-like-date", "explicit-date"],
)

P(
    "te-cop29-baku-finance-deal-2024",
    "2024-11-24 09:00",
    "Asia/Baku",
    "BAKU - Countries at the UN climate summit in Azerbaijan agreed in the early hours of Sunday that wealthy nations "
    "will provide at least $300 billion a year by 2035 to help poorer ones cope with climate change, a deal that "
    "developing countries denounced as far too small. The agreement, reached more than 30 hours after the talks were "
    "due to end on Friday, also calls on all public and private sources to scale up finance for developing countries "
    "to $1.3 trillion a year by the same date. India's delegate Chandni Raina called the sum abysmally poor. UN "
    "climate chief Simon Stiell said no country had got everything it wanted, but that the deal was an insurance "
    "policy for humanity. Countries are due to submit new national emissions targets by Feb. 10, and next year's "
    "summit will be held in Belém, in the Brazilian Amazon, in November.",
    [
        C(
            "wealthy nations will provide at least $300 billion a year by 2035",
            "by 2035",
            by_year(2035),
            "promise",
            "wealthy nations",
        ),
        C(
            "Countries are due to submit new national emissions targets by Feb. 10",
            "by Feb. 10",
            md(2, 10),
            "deadline",
            None,
            real="2025-02-10",
        ),
        C(
            "next year's summit will be held in Belém, in the Brazilian Amazon, in November",
            "in November",
            in_month(2025, 11),
            "event",
            None,
            real="2025-11-10",
        ),
    ],
    "COP29 finance goal (NCQG) adopted in Baku early on Sunday 24 November 2024: developed countries to take the "
    "lead in mobilising at least $300 billion a year by 2035, with a call to scale up to $1.3 trillion by 2035. "
    "Raina's and Stiell's reactions that night. NDC submission date of 10 February 2025 (a UNFCCC cut-off, "
    "deadline); COP30 in Belém, 10-21 November 2025. Interpretation: the $300 billion is the wealthy nations' own "
    "commitment, so a promise with 'wealthy nations' as speaker; 'by the same date' only refers back (not labelled).",
    [
        "repeated-claim",
        "year-inference",
        "same-sentence-claims",
        "year-period",
        "past-weekday",
        "said-on-day",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "te-eu-2035-car-co2-law-2023",
    "2023-03-28 17:00",
    "Europe/Brussels",
    "BRUSSELS - European Union countries gave final approval on Tuesday to a law requiring all new cars sold in the "
    "bloc from 2035 to produce zero carbon dioxide emissions, ending a standoff with Germany that had held up the vote "
    "since early March. The law also requires emissions from new cars to fall by 55% by 2030 from 2021 levels, "
    "compared with a 37.5% cut under the current rules. Germany dropped its objections after Brussels promised a "
    "route for cars that run only on carbon-neutral e-fuels to be registered after 2035. Poland voted against, while "
    "Italy, Bulgaria and Romania abstained. EU climate policy chief Frans Timmermans said the direction of travel was "
    "now clear.",
    [
        C(
            "requiring all new cars sold in the bloc from 2035 to produce zero carbon dioxide emissions",
            "from 2035",
            in_year(2035),
            "deadline",
            "European Union countries",
        ),
        C(
            "requires emissions from new cars to fall by 55% by 2030 from 2021 levels",
            "by 2030",
            by_year(2030),
            "deadline",
            "European Union countries",
        ),
    ],
    "EU Council final adoption of Tuesday 28 March 2023 of the CO2 standards for cars and vans (100% cut for new "
    "cars from 2035, 55% by 2030 from 2021 levels); Germany's e-fuels objection from early March. Targets set for "
    "carmakers are deadlines; 'from 2035' accepts the whole year (README 'from <period>'). 'after 2035' is an "
    "open-ended period, not a claim.",
    ["year-period", "past-month", "said-on-day", "number-like-date"],
)

P(
    "te-china-national-ets-launch-2021",
    "2021-07-15 19:00",
    "Asia/Shanghai",
    "SHANGHAI - China's national carbon emissions trading scheme will open for business on Friday, the Shanghai "
    "Environment and Energy Exchange said on Thursday, after repeated delays that saw officials miss a target of "
    "launching by the end of June. More than 2,000 power companies that together emit over 4 billion tonnes of "
    "carbon dioxide a year will trade allowances in the first phase, making it the world's largest carbon market by "
    "the volume of emissions covered. Opening ceremonies will be held at the same time in Beijing, Shanghai and "
    "Wuhan, where the registry is based. Vice Minister of Ecology and Environment Zhao Yingmin told reporters on "
    "Wednesday that other heavy industries such as steel and cement would be added gradually. Analysts expect "
    "allowances to start trading at around 40 yuan a tonne, a fraction of the price in Europe.",
    [
        C(
            "will open for business on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            "the Shanghai Environment and Energy Exchange",
            real="2021-07-16",
        ),
    ],
    "China's national ETS began trading on Friday 16 July 2021 (announced by the Shanghai exchange on Thursday 15 "
    "July); a late-June start had been missed. Zhao Yingmin's briefing of Wednesday 14 July. The ceremonies "
    "'at the same time' refer back to the launch; the sector expansion and the analysts' price expectation are "
    "undated.",
    ["superseded-date", "past-weekday", "said-on-day", "undated-future", "end-of-month", "number-like-date"],
)

# ===========================================================================
# Weather, drought, harvests and mining

P(
    "te-hurricane-laura-gulf-2020",
    "2020-08-25 17:00",
    "America/Chicago",
    "HOUSTON - Hurricane Laura is forecast to strengthen into a major storm over the warm waters of the Gulf of Mexico "
    "and make landfall near the Texas-Louisiana border late Wednesday or early Thursday, the National Hurricane "
    "Center said on Tuesday, prompting energy companies to pull hundreds of workers from offshore platforms. More "
    "than 80% of the Gulf's oil output and more than half of its natural gas production had been shut in by Tuesday, "
    "according to the US Bureau of Safety and Environmental Enforcement. Refiners in Lake Charles and Port Arthur, "
    "home to the country's largest refinery, began shutting units. Laura follows Marco, which weakened before coming "
    "ashore in Louisiana on Monday. Officials in both states ordered more than half a million coastal residents to "
    "leave.",
    [
        C(
            "make landfall near the Texas-Louisiana border late Wednesday or early Thursday",
            "late Wednesday or early Thursday",
            span_wd("Wednesday", "Thursday"),
            "prediction",
            "the National Hurricane Center",
            real="2020-08-27",
        ),
    ],
    "NHC forecast of Tuesday 25 August 2020; Laura made landfall near Cameron, Louisiana, at about 01:00 CDT on "
    "Thursday 27 August 2020. BSEE shut-in figures of 25 August; Marco came ashore on Monday 24 August. 'by "
    "Tuesday' in a Tuesday article is a past-perfect status, not a deadline.",
    ["range", "past-weekday", "said-on-day", "by-weekday-same-day", "number-like-date"],
)

P(
    "te-panama-canal-drought-cuts-2023",
    "2023-11-01 09:00",
    "America/Panama",
    "PANAMA CITY - The Panama Canal will keep cutting the number of ships allowed through its locks, its authority "
    "said on Tuesday, after the driest October in the waterway's records left Gatun Lake, which feeds the locks, far "
    "below normal. Daily transit slots, which averaged about 36 before the drought and now stand at 31, will be "
    "reduced in stages to 22 in December and 20 in January, before reaching 18 from February. Forecasters expect the "
    "lake to approach record lows in April, at the height of the dry season. Shipping lines warned of longer queues "
    "and higher costs ahead of the Christmas season, and some liquefied natural gas carriers have already switched to "
    "longer routes around Africa.",
    [
        C("to 22 in December", "in December", in_month(2023, 12), "event", None),
        C("20 in January", "in January", in_month(2024, 1), "event", None),
        C("18 from February", "from February", in_month(2024, 2), "event", None),
        C(
            "Forecasters expect the lake to approach record lows in April",
            "in April",
            in_month(2024, 4),
            "prediction",
            "forecasters",
        ),
    ],
    "Panama Canal Authority statement of Tuesday 31 October 2023: transits cut in stages to 22 a day in December, "
    "20 in January and 18 from February 2024 (revised upward on 15 December 2023, so no real dates). October 2023 "
    "was the driest month on record since 1950. The step-downs are scheduled measures in one sentence with no "
    "attribution in it (events, no speaker). Year-less months after October fall in the next year; 'the Christmas "
    "season' is undated context.",
    [
        "same-sentence-claims",
        "year-inference",
        "month-period",
        "past-month",
        "said-on-day",
        "number-like-date",
    ],
)

P(
    "te-indonesia-nickel-ore-ban-2019",
    "2019-09-02 18:00",
    "Asia/Jakarta",
    "JAKARTA (Reuters) - Indonesia will ban exports of nickel ore from Jan. 1, 2020, two years earlier than planned, "
    "Bambang Gatot Ariyono, director general of minerals and coal at the energy ministry, said on Monday, as the "
    "government pushes miners to process the metal at home. Under rules issued in 2017, shipments of lower-grade ore "
    "had been allowed to continue until 2022 for companies building smelters. The world's biggest producer of nickel "
    "ore, a key ingredient in stainless steel and electric-vehicle batteries, has 11 smelters operating and dozens "
    "more planned, officials said. Nickel prices on the London Metal Exchange hit a five-year high in August as talk "
    "of an earlier ban spread, and traders said Chinese mills may rush to stock up before the ban takes effect.",
    [
        C(
            "Indonesia will ban exports of nickel ore from Jan. 1, 2020",
            "from Jan. 1, 2020",
            ymd(2020, 1, 1),
            "event",
            "Bambang Gatot Ariyono",
            real="2020-01-01",
        ),
    ],
    "Announcement of Monday 2 September 2019 by the ministry's director general of minerals and coal: the nickel ore "
    "export ban brought forward from 2022 to 1 January 2020 (in force that day). An ordered measure taking effect "
    "is an event; the announcing official is the speaker. 'until 2022' is the superseded plan; 'before the ban "
    "takes effect' refers back.",
    ["superseded-date", "may-verb", "past-month", "said-on-day", "number-like-date", "explicit-date"],
)

N(
    "te-india-wheat-export-ban-2022",
    "2022-05-17 18:00",
    "Asia/Kolkata",
    "NEW DELHI - India said on Tuesday it would let wheat consignments that had been handed to customs before its "
    "sudden export ban go ahead, easing some of the disruption caused by the curbs announced late on Friday. The "
    "world's second-biggest producer banned exports to protect its own food security after a scorching heatwave in "
    "March, the hottest in more than a century, shrivelled crops, though it left room for sales to countries that "
    "ask for supplies to meet their own needs. Agriculture ministers from the Group of Seven, meeting in Stuttgart "
    "on Saturday, criticised the move, saying it would worsen a food crisis made worse by Russia's invasion of "
    "Ukraine. Chicago wheat futures rose by their daily limit on Monday. Trade officials said the ban could be "
    "reviewed if domestic supplies improved, but gave no timetable.",
    "India's wheat export ban notified on Friday 13 May 2022; relaxation for consignments registered with customs "
    "announced on Tuesday 17 May; G7 agriculture ministers in Stuttgart on Saturday 14 May; CBOT wheat limit-up on "
    "Monday 16 May. The review is conditional and undated.",
    ["past-weekday", "said-on-day", "past-month", "hypothetical", "undated-future"],
)

N(
    "te-east-africa-locusts-2020",
    "2020-02-03 13:00",
    "Africa/Nairobi",
    "NAIROBI - Somalia declared a national emergency over desert locusts on Sunday, as the worst infestation to hit "
    "the Horn of Africa in decades spread across farmland and pasture in Kenya, Ethiopia and Somalia. Kenya has not "
    "faced an outbreak this severe in 70 years, according to the United Nations Food and Agriculture Organization, "
    "which has warned that swarm numbers could grow 500 times by June if spraying is not stepped up and has appealed "
    "for $76 million. One swarm spotted in north-eastern Kenya in January covered about 2,400 square kilometres. "
    "Kenyan officials said more spraying aircraft would be deployed in the coming weeks. Will the long rains, which "
    "usually arrive in March, set off a new round of breeding?",
    "Somalia's emergency declaration of Sunday 2 February 2020; FAO's warnings of January 2020 (worst in Kenya for 70 "
    "years; numbers could grow 500-fold by June; appeal raised to $76 million). 'by June' sits in a conditional "
    "possibility; 'in the coming weeks' is undated; the March rains are a question and a seasonal habit.",
    ["past-weekday", "said-on-day", "hypothetical", "question", "undated-future", "past-month", "number-like-date"],
)

N(
    "te-brazil-coffee-frost-2021",
    "2021-07-20 19:00",
    "America/Sao_Paulo",
    "SÃO PAULO - Arabica coffee futures in New York jumped to their highest in more than six years on Tuesday after a "
    "severe frost hit farms in Minas Gerais, Brazil's biggest growing state, damaging trees that would have carried "
    "the 2022 crop. Cooperatives said it was too early to estimate losses, but agronomists said the frost was the "
    "worst since 1994, when a freeze cut the following harvest by about a third. Brazil, the world's top producer, "
    "was already expecting a smaller crop this season after a drought last year. Forecasters warned that another "
    "mass of polar air could bring frost back to the region next week. Arabica for September delivery settled up "
    "about 7% on the day.",
    "Frost of Tuesday 20 July 2021 in Minas Gerais (arabica at a 6-1/2-year high; worst frost since 1994). Another "
    "frost did come on 30 July, but the text only gives a possibility ('could'), not a dated forecast claim. '2022 "
    "crop' and 'September delivery' name a crop year and a contract month.",
    ["hypothetical", "past-month", "number-like-date", "said-on-day"],
)
