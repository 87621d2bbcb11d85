#!/usr/bin/env python3
"""Tune-only passages for speaker attribution (tune_speakers.jsonl).

Written for this set, in our own words, about real events of 2015-2025, and deliberately
varied in how wire, business and politics copy attributes a claim: the quote first and the
attribution after ("..., the ministry said in a statement"; "..., said X, a spokeswoman for
..."), appositions ("The company's chief executive, Mary Barra, said"), institutions and
capitals as speakers ("OPEC+ agreed", "Beijing said"), unattributed scheduled events
(speaker null), forecasts by groups ("economists polled by Reuters" -> "economists"),
pronoun chains, two speakers in a passage, and a spokesperson reporting a principal's
commitment (the principal is the speaker).

Gold dates are computed from the publication moment with the rules of extra.py; every
quote is asserted to be an exact substring of its passage.

Run:  python3 bench/claims/speakers_extra.py   (writes tune_speakers.jsonl beside this file)
Tune only: never merge these into test.jsonl.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extra import C, build, by_month, end_of_year, in_month, md, passage_list, wd, write

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date
TD = dt.timedelta


def in_days(n):
    """'within N days': N days from the publication day."""

    def f(p):
        x = p.date() + TD(n)
        return x, x, None

    return f


def days(lo, hi):
    """'on Oct. 30 and 31': either day."""

    def f(p):
        return lo, hi, None

    return f


PASSAGES, P = passage_list()


NY, LON, BRU = "America/New_York", "Europe/London", "Europe/Brussels"

# --- quote first, attribution after ---------------------------------------------------------
P(
    "s-microsoft-activision-close",
    "2022-01-18T17:00:00-05:00",
    NY,
    "\u201cWe expect the transaction to close by the end of June 2023,\u201d Amy Hood, "
    "Microsoft's chief financial officer, told analysts on Tuesday. Shares of Activision "
    "Blizzard jumped 26%.",
    [
        C(
            "We expect the transaction to close by the end of June 2023",
            by_month(6, 2023),
            "Amy Hood",
            "prediction",
            "by the end of June 2023",
        )
    ],
    "Microsoft's $68.7 billion bid for Activision, 18 Jan 2022; it closed in October 2023.",
)
P(
    "s-saudi-cut-extension",
    "2023-08-03T18:00:00+03:00",
    "Asia/Riyadh",
    "Saudi Arabia will extend its voluntary oil output cut of one million barrels per day "
    "until the end of September, the energy ministry said in a statement on Thursday.",
    [
        C(
            "will extend its voluntary oil output cut of one million barrels per day until the end "
            "of September",
            by_month(9, 2023),
            "the energy ministry",
            "promise",
            "until the end of September",
        )
    ],
    "Saudi extension of 3 Aug 2023.",
)
P(
    "s-who-mpox-committee",
    "2022-06-21T12:00:00+02:00",
    "Europe/Zurich",
    "The emergency committee will meet on Thursday to decide whether the monkeypox outbreak "
    "amounts to a global health emergency, said Tarik Jasarevic, a spokesman for the World "
    "Health Organization.",
    [
        C(
            "will meet on Thursday",
            wd("Thursday"),
            "Tarik Jasarevic",
            "event",
            "on Thursday",
            real=D(2022, 6, 23),
        )
    ],
    "WHO IHR emergency committee on monkeypox met on 23 Jun 2022.",
)
P(
    "s-tesla-cybertruck-delivery",
    "2023-10-19T08:00:00-07:00",
    "America/Los_Angeles",
    "\u201cWe will hold the first deliveries of Cybertruck on Nov. 30 at Giga Texas,\u201d Elon "
    "Musk told investors on a call late on Wednesday. He cautioned that it would take "
    "a year or more to reach volume production.",
    [
        C(
            "We will hold the first deliveries of Cybertruck on Nov. 30",
            md(11, 30),
            "Elon Musk",
            "promise",
            "on Nov. 30",
            real=D(2023, 11, 30),
        )
    ],
    "Tesla Q3 2023 call of 18 Oct 2023; delivery event on 30 Nov 2023.",
)
P(
    "s-japan-ministry-sunday",
    "2019-07-01T09:00:00+09:00",
    "Asia/Tokyo",
    "Tighter controls on exports of three chemicals used to make chips and displays to South "
    "Korea will take effect on Thursday, the trade ministry said in a statement on Monday.",
    [
        C(
            "will take effect on Thursday",
            wd("Thursday"),
            "the trade ministry",
            "event",
            "on Thursday",
            real=D(2019, 7, 4),
        )
    ],
    "Japan's export curbs on South Korea announced 1 Jul 2019, effective 4 Jul 2019.",
)
P(
    "s-fed-spokesperson-inverted",
    "2020-03-31T10:00:00-04:00",
    NY,
    "The new repo facility for foreign central banks will be available from Monday, said "
    "Michelle Smith, a spokeswoman for the Federal Reserve, and it will remain in place for "
    "at least six months.",
    [
        C(
            "will be available from Monday",
            wd("Monday"),
            "Michelle Smith",
            "event",
            "from Monday",
            real=D(2020, 4, 6),
        )
    ],
    "The Fed's FIMA repo facility was announced on 31 Mar 2020 and opened on 6 Apr 2020.",
)

# --- appositions ----------------------------------------------------------------------------
P(
    "s-repowereu-vdl",
    "2022-05-16T12:00:00+02:00",
    BRU,
    "Ursula von der Leyen, the Commission president, said on Monday that the EU executive would "
    "present its plan to end the bloc's reliance on Russian fossil fuels on Wednesday.",
    [
        C(
            "would present its plan to end the bloc's reliance on Russian fossil fuels on "
            "Wednesday",
            wd("Wednesday"),
            "Ursula von der Leyen",
            "event",
            "on Wednesday",
            real=D(2022, 5, 18),
        )
    ],
    "REPowerEU was presented on 18 May 2022.",
)
P(
    "s-gm-barra-2040",
    "2021-01-29T09:00:00-05:00",
    "America/Detroit",
    "General Motors said on Thursday it would stop making petrol-powered cars and light trucks "
    "by 2035. The company's chief executive, Mary Barra, said the carmaker would become carbon "
    "neutral in its global products and operations by 2040.",
    [
        C(
            "would stop making petrol-powered cars and light trucks by 2035",
            end_of_year(2035),
            "General Motors",
            "promise",
            "by 2035",
        ),
        C(
            "would become carbon neutral in its global products and operations by 2040",
            end_of_year(2040),
            "Mary Barra",
            "promise",
            "by 2040",
        ),
    ],
    "GM's pledge of 28 Jan 2021.",
)
P(
    "s-lula-amazon-summit",
    "2023-07-20T10:00:00-03:00",
    "America/Sao_Paulo",
    "Brazil's president, Luiz In\u00e1cio Lula da Silva, said on Wednesday that leaders of the "
    "Amazon nations would meet in Bel\u00e9m on Aug. 8 to agree a common plan against "
    "deforestation.",
    [
        C(
            "would meet in Bel\u00e9m on Aug. 8",
            md(8, 8),
            "Luiz In\u00e1cio Lula da Silva",
            "event",
            "on Aug. 8",
            real=D(2023, 8, 8),
        )
    ],
    "Amazon Cooperation Treaty summit in Belem, 8-9 Aug 2023.",
)
P(
    "s-musk-twitter-relative",
    "2022-11-10T09:00:00-08:00",
    "America/Los_Angeles",
    "Elon Musk, who completed his $44 billion takeover of Twitter last month, told staff the "
    "company would end remote work from Thursday.",
    [
        C(
            "would end remote work from Thursday",
            wd("Thursday"),
            "Elon Musk",
            "promise",
            "from Thursday",
            real=D(2022, 11, 10),
        )
    ],
    "Musk's first email to Twitter staff, 9-10 Nov 2022.",
)
P(
    "s-imf-georgieva-inverted-title",
    "2020-03-27T09:00:00-04:00",
    NY,
    "The fund will double its emergency financing to $100 billion by the end of April, said "
    "Kristalina Georgieva, the IMF's managing director, adding that 80 countries had asked for "
    "help.",
    [
        C(
            "will double its emergency financing to $100 billion by the end of April",
            by_month(4, 2020),
            "Kristalina Georgieva",
            "promise",
            "by the end of April",
        )
    ],
    "Georgieva's briefing of 27 Mar 2020.",
)

# --- institutions and capitals as speakers --------------------------------------------------
P(
    "s-fed-signals-march",
    "2022-01-27T09:00:00-05:00",
    NY,
    "The Federal Reserve signalled on Wednesday that it would raise interest rates in March, "
    "its first increase since 2018, as inflation ran at its fastest pace in nearly four decades.",
    [
        C(
            "would raise interest rates in March",
            in_month(3, 2022),
            "the Federal Reserve",
            "promise",
            "in March",
            real=D(2022, 3, 16),
        )
    ],
    "FOMC statement of 26 Jan 2022; first hike on 16 Mar 2022.",
)
P(
    "s-opec-plus-november-cut",
    "2022-10-05T16:00:00+02:00",
    "Europe/Vienna",
    "OPEC+ agreed on Wednesday to cut its oil output target by 2 million barrels per day from "
    "November, the deepest reduction since the start of the pandemic.",
    [
        C(
            "to cut its oil output target by 2 million barrels per day from November",
            in_month(11, 2022),
            "OPEC+",
            "promise",
            "from November",
        )
    ],
    "OPEC+ decision of 5 Oct 2022.",
)
P(
    "s-beijing-gallium",
    "2023-07-04T09:00:00+08:00",
    "Asia/Shanghai",
    "Beijing said on Monday it would restrict exports of gallium and germanium, two metals used "
    "in chipmaking, from Aug. 1 to protect national security.",
    [
        C(
            "would restrict exports of gallium and germanium, two metals used in chipmaking, from "
            "Aug. 1",
            md(8, 1),
            "Beijing",
            "promise",
            "from Aug. 1",
            real=D(2023, 8, 1),
        )
    ],
    "China's commerce ministry announcement of 3 Jul 2023.",
)
P(
    "s-white-house-kishida",
    "2024-03-09T09:00:00-05:00",
    NY,
    "The White House said on Friday that Japanese Prime Minister Fumio Kishida would be "
    "welcomed for an official visit and state dinner on April 10.",
    [
        C(
            "would be welcomed for an official visit and state dinner on April 10",
            md(4, 10),
            "the White House",
            "event",
            "on April 10",
            real=D(2024, 4, 10),
        )
    ],
    "Kishida's state visit of 10 Apr 2024.",
)
P(
    "s-kremlin-peskov-prisoner",
    "2023-03-27T12:00:00+03:00",
    "Europe/Moscow",
    "The Kremlin said on Monday that Russia would go ahead with placing tactical nuclear "
    "weapons in Belarus, and that construction of a storage facility there would be finished by "
    "July 1.",
    [C("would be finished by July 1", md(7, 1), "the Kremlin", "promise", "by July 1")],
    "Putin announced the deployment on 25 Mar 2023 with storage ready by 1 Jul 2023.",
)
P(
    "s-moscow-grain-deal",
    "2023-07-14T12:00:00+03:00",
    "Europe/Moscow",
    "Moscow has warned that it will not extend the Black Sea grain deal beyond Monday unless "
    "Western countries ease curbs on Russian farm exports.",
    [
        C(
            "will not extend the Black Sea grain deal beyond Monday",
            wd("Monday"),
            "Moscow",
            "deadline",
            "beyond Monday",
            real=D(2023, 7, 17),
        )
    ],
    "The grain deal expired on 17 Jul 2023.",
)
P(
    "s-boj-board-decided",
    "2024-03-19T13:00:00+09:00",
    "Asia/Tokyo",
    "The Bank of Japan ended eight years of negative interest rates on Tuesday, and said it "
    "would stop buying exchange-traded funds from April.",
    [
        C(
            "would stop buying exchange-traded funds from April",
            in_month(4, 2024),
            "the Bank of Japan",
            "promise",
            "from April",
        )
    ],
    "BOJ decision of 19 Mar 2024.",
)
P(
    "s-commerce-dept-chip-rules",
    "2023-10-18T09:00:00-04:00",
    NY,
    "The U.S. Commerce Department said on Tuesday that its tighter rules on exports of advanced "
    "AI chips to China would take effect on Nov. 17.",
    [
        C(
            "would take effect on Nov. 17",
            md(11, 17),
            "the U.S. Commerce Department",
            "event",
            "on Nov. 17",
        )
    ],
    "BIS rules of 17 Oct 2023 (effective after a 30-day period).",
)

# --- unattributed scheduled events (speaker null) -------------------------------------------
P(
    "s-brexit-vote-scheduled",
    "2019-01-11T09:00:00+00:00",
    LON,
    "Lawmakers have been debating Theresa May's Brexit deal since Wednesday. The vote is "
    "scheduled for Tuesday, and the prime minister is widely expected to lose it.",
    [
        C(
            "The vote is scheduled for Tuesday",
            wd("Tuesday"),
            None,
            "event",
            "for Tuesday",
            real=D(2019, 1, 15),
        )
    ],
    "Meaningful vote of 15 Jan 2019.",
)
P(
    "s-g20-rome",
    "2021-10-25T09:00:00+02:00",
    "Europe/Rome",
    "The Group of 20 summit will be held in Rome on Oct. 30 and 31, the first in-person "
    "gathering of its leaders since the pandemic began. Italian Prime Minister Mario Draghi "
    "will host it.",
    [
        C(
            "will be held in Rome on Oct. 30",
            days(D(2021, 10, 30), D(2021, 10, 31)),
            None,
            "event",
            "on Oct. 30",
        )
    ],
    "G20 Rome summit, 30-31 Oct 2021.",
)
P(
    "s-trump-immunity-hearing",
    "2023-12-28T09:00:00-05:00",
    NY,
    "A federal appeals court in Washington will hear arguments on Jan. 9 on whether Donald "
    "Trump is immune from prosecution over his efforts to overturn the 2020 election.",
    [C("will hear arguments on Jan. 9", md(1, 9), None, "event", "on Jan. 9", real=D(2024, 1, 9))],
    "D.C. Circuit argument of 9 Jan 2024.",
)
P(
    "s-uk-polls-open",
    "2024-07-01T09:00:00+01:00",
    LON,
    "Rishi Sunak and Keir Starmer spent the weekend campaigning in marginal seats. Polling "
    "stations will open at 7 a.m. on Thursday.",
    [
        C(
            "Polling stations will open at 7 a.m. on Thursday",
            wd("Thursday", "07:00"),
            None,
            "event",
            "at 7 a.m. on Thursday",
            real=D(2024, 7, 4),
        )
    ],
    "UK general election of 4 Jul 2024.",
)
P(
    "s-nvidia-results-due",
    "2024-05-20T09:00:00-07:00",
    "America/Los_Angeles",
    "Nvidia, whose chief executive Jensen Huang has become the face of the AI boom, is due to "
    "report first-quarter results on Wednesday after the market closes.",
    [
        C(
            "is due to report first-quarter results on Wednesday",
            wd("Wednesday"),
            None,
            "event",
            "on Wednesday",
            real=D(2024, 5, 22),
        )
    ],
    "Nvidia Q1 FY2025 results, 22 May 2024.",
)
P(
    "s-coronation-date",
    "2023-04-24T09:00:00+01:00",
    LON,
    "King Charles will be crowned at Westminster Abbey on May 6 in a ceremony that is shorter "
    "than his mother's in 1953.",
    [
        C(
            "will be crowned at Westminster Abbey on May 6",
            md(5, 6),
            None,
            "event",
            "on May 6",
            real=D(2023, 5, 6),
        )
    ],
    "Coronation of 6 May 2023.",
)

# --- forecasts by groups --------------------------------------------------------------------
P(
    "s-boe-economists-polled",
    "2023-06-19T09:00:00+01:00",
    LON,
    "Most economists polled by Reuters expect the Bank of England to raise Bank Rate by a "
    "quarter point to 4.75% on Thursday.",
    [
        C(
            "expect the Bank of England to raise Bank Rate by a quarter point to 4.75% on Thursday",
            wd("Thursday"),
            "economists",
            "prediction",
            "on Thursday",
        )
    ],
    "BoE decision of 22 Jun 2023 (it raised by half a point).",
)
P(
    "s-nvidia-analysts-expect",
    "2023-05-22T09:00:00-07:00",
    "America/Los_Angeles",
    "Analysts expect Nvidia to report first-quarter revenue of about $6.5 billion when it "
    "publishes results on Wednesday.",
    [
        C(
            "publishes results on Wednesday",
            wd("Wednesday"),
            "analysts",
            "prediction",
            "on Wednesday",
            real=D(2023, 5, 24),
        )
    ],
    "Nvidia Q1 FY2024 results, 24 May 2023.",
)
P(
    "s-goldman-economists-ecb",
    "2024-04-12T09:00:00+02:00",
    "Europe/Berlin",
    "Goldman Sachs economists now expect the European Central Bank to cut rates in June, after "
    "Christine Lagarde said on Thursday that a move was coming.",
    [
        C(
            "expect the European Central Bank to cut rates in June",
            in_month(6, 2024),
            "economists",
            "prediction",
            "in June",
        )
    ],
    "ECB meeting of 11 Apr 2024; it cut on 6 Jun 2024.",
)
P(
    "s-nhc-ian-landfall",
    "2022-09-26T09:00:00-04:00",
    NY,
    "Ian was expected to strengthen into a major hurricane and make landfall on Florida's west "
    "coast on Wednesday, the National Hurricane Center said.",
    [
        C(
            "make landfall on Florida's west coast on Wednesday",
            wd("Wednesday"),
            "the National Hurricane Center",
            "prediction",
            "on Wednesday",
            real=D(2022, 9, 28),
        )
    ],
    "Hurricane Ian landfall of 28 Sep 2022.",
)
P(
    "s-diplomats-sanctions",
    "2022-05-30T09:00:00+02:00",
    BRU,
    "EU diplomats said they expected leaders to agree a partial ban on Russian oil imports on "
    "Monday evening.",
    [
        C(
            "to agree a partial ban on Russian oil imports on Monday",
            wd("Monday"),
            "diplomats",
            "prediction",
            "on Monday evening",
            real=D(2022, 5, 30),
        )
    ],
    "European Council of 30-31 May 2022 agreed the oil embargo late on 30 May.",
)

# --- pronoun chains -------------------------------------------------------------------------
P(
    "s-sitharaman-she-after-modi",
    "2024-01-10T12:00:00+05:30",
    "Asia/Kolkata",
    "Finance Minister Nirmala Sitharaman met Prime Minister Narendra Modi on Tuesday. She later "
    "told reporters that the interim budget would be presented on Feb. 1.",
    [
        C(
            "the interim budget would be presented on Feb. 1",
            md(2, 1),
            "Nirmala Sitharaman",
            "event",
            "on Feb. 1",
            real=D(2024, 2, 1),
        )
    ],
    "India's interim budget of 1 Feb 2024.",
)
P(
    "s-scholz-three-sentences",
    "2024-07-08T12:00:00+02:00",
    "Europe/Berlin",
    "Chancellor Olaf Scholz spoke to reporters in Berlin on Monday. Asked about the coalition's "
    "budget deal, he declined to discuss the details. He said the cabinet would approve the "
    "draft on July 17.",
    [
        C(
            "the cabinet would approve the draft on July 17",
            md(7, 17),
            "Olaf Scholz",
            "event",
            "on July 17",
            real=D(2024, 7, 17),
        )
    ],
    "German 2025 draft budget approved by cabinet on 17 Jul 2024.",
)
P(
    "s-ueda-he-bond-plan",
    "2024-06-04T12:00:00+09:00",
    "Asia/Tokyo",
    "Bank of Japan Governor Kazuo Ueda told parliament on Tuesday that the yen's weakness was "
    "being watched closely by Finance Minister Shunichi Suzuki and the bank. He added that the "
    "board would discuss its bond purchases at its meeting on June 14.",
    [
        C(
            "would discuss its bond purchases at its meeting on June 14",
            md(6, 14),
            "Kazuo Ueda",
            "event",
            "on June 14",
            real=D(2024, 6, 14),
        )
    ],
    "BOJ meeting of 13-14 Jun 2024.",
)
P(
    "s-ardern-she-chain",
    "2020-08-17T10:00:00+12:00",
    "Pacific/Auckland",
    "Prime Minister Jacinda Ardern delayed New Zealand's general election by four weeks on "
    "Monday after a new coronavirus outbreak in Auckland. She said the vote would now take "
    "place on Oct. 17 and that she would not consider another delay.",
    [
        C(
            "the vote would now take place on Oct. 17",
            md(10, 17),
            "Jacinda Ardern",
            "event",
            "on Oct. 17",
            real=D(2020, 10, 17),
        )
    ],
    "Ardern's announcement of 17 Aug 2020.",
)

# --- two speakers; reported commitments -----------------------------------------------------
P(
    "s-zelensky-peskov",
    "2025-05-12T12:00:00+03:00",
    "Europe/Kyiv",
    "Volodymyr Zelenskiy said on Sunday he would wait for Vladimir Putin in Istanbul on "
    "Thursday. Kremlin spokesman Dmitry Peskov said Moscow would name its delegation by "
    "Wednesday.",
    [
        C(
            "he would wait for Vladimir Putin in Istanbul on Thursday",
            wd("Thursday"),
            "Volodymyr Zelenskiy",
            "promise",
            "on Thursday",
            real=D(2025, 5, 15),
        ),
        C(
            "Moscow would name its delegation by Wednesday",
            wd("Wednesday"),
            "Dmitry Peskov",
            "promise",
            "by Wednesday",
        ),
    ],
    "Istanbul talks of 15-16 May 2025.",
)
P(
    "s-leavitt-trump-two-weeks",
    "2025-06-19T15:00:00-04:00",
    NY,
    "White House press secretary Karoline Leavitt said on Thursday that President Donald Trump "
    "would decide within the next two weeks whether the United States would strike Iran.",
    [
        C(
            "would decide within the next two weeks",
            in_days(14),
            "Donald Trump",
            "promise",
            "within the next two weeks",
        )
    ],
    "Leavitt's briefing of 19 Jun 2025.",
)
P(
    "s-starmer-carney",
    "2025-06-16T09:00:00-06:00",
    "America/Edmonton",
    "Canadian Prime Minister Mark Carney said on Sunday the G7 leaders would issue a joint "
    "statement on critical minerals on Tuesday. British Prime Minister Keir Starmer told "
    "reporters he expected a trade deal with Washington to take effect by the end of the month.",
    [
        C(
            "would issue a joint statement on critical minerals on Tuesday",
            wd("Tuesday"),
            "Mark Carney",
            "event",
            "on Tuesday",
            real=D(2025, 6, 17),
        ),
        C(
            "he expected a trade deal with Washington to take effect by the end of the month",
            by_month(6, 2025),
            "Keir Starmer",
            "prediction",
            "by the end of the month",
        ),
    ],
    "G7 summit at Kananaskis, 15-17 Jun 2025.",
)
P(
    "s-spokesman-told-reuters",
    "2024-02-26T09:00:00+01:00",
    "Europe/Paris",
    "Farmers will keep blocking roads around Paris until Saturday, a spokesman for the FNSEA "
    "union, Arnaud Rousseau, told Reuters.",
    [
        C(
            "will keep blocking roads around Paris until Saturday",
            wd("Saturday"),
            "Arnaud Rousseau",
            "promise",
            "until Saturday",
        )
    ],
    "French farmer protests around the Paris agricultural show, Feb 2024.",
)
P(
    "s-truth-social-tariffs",
    "2025-07-08T09:00:00-04:00",
    NY,
    "In a post on Truth Social on Monday, Trump said the new tariff rates on imports from 14 "
    "countries would take effect on Aug. 1.",
    [
        C(
            "would take effect on Aug. 1",
            md(8, 1),
            "Trump",
            "event",
            "on Aug. 1",
            real=D(2025, 8, 1),
        )
    ],
    "Trump's tariff letters of 7 Jul 2025.",
)
P(
    "s-speaking-at-news-conference",
    "2024-11-26T12:00:00+01:00",
    BRU,
    "Speaking at a news conference in Brussels, NATO Secretary General Mark Rutte said "
    "foreign ministers would meet on Dec. 3 to discuss more air defence for Ukraine.",
    [
        C(
            "foreign ministers would meet on Dec. 3",
            md(12, 3),
            "Mark Rutte",
            "event",
            "on Dec. 3",
            real=D(2024, 12, 3),
        )
    ],
    "NATO foreign ministers' meeting of 3-4 Dec 2024.",
)
P(
    "s-in-interview-cnbc",
    "2023-09-13T09:00:00-04:00",
    NY,
    "Arm will start trading on the Nasdaq on Thursday, its chief executive Rene Haas told CNBC "
    "in an interview.",
    [
        C(
            "will start trading on the Nasdaq on Thursday",
            wd("Thursday"),
            "Rene Haas",
            "event",
            "on Thursday",
            real=D(2023, 9, 14),
        )
    ],
    "Arm IPO of 14 Sep 2023.",
)
P(
    "s-ultimatum-israel",
    "2025-02-11T20:00:00+02:00",
    "Asia/Jerusalem",
    "If Hamas does not return our hostages by Saturday noon, the ceasefire will end, Israeli "
    "Prime Minister Benjamin Netanyahu said in a video statement on Tuesday.",
    [
        C(
            "If Hamas does not return our hostages by Saturday noon",
            wd("Saturday", "12:00"),
            "Benjamin Netanyahu",
            "deadline",
            "by Saturday noon",
            real=D(2025, 2, 15),
        )
    ],
    "Netanyahu's statement of 11 Feb 2025.",
)
P(
    "s-union-strike-hold",
    "2023-09-14T09:00:00-04:00",
    "America/Detroit",
    "The United Auto Workers will strike at three plants if no deal is reached by 11:59 p.m. "
    "on Thursday, the union's president, Shawn Fain, said in a livestream.",
    [
        C(
            "if no deal is reached by 11:59 p.m. on Thursday",
            wd("Thursday", "23:59"),
            "Shawn Fain",
            "deadline",
            "by 11:59 p.m. on Thursday",
            real=D(2023, 9, 14),
        )
    ],
    "UAW contracts expired at 11:59 p.m. on 14 Sep 2023.",
)
P(
    "s-ministry-generic-referent",
    "2024-08-29T12:00:00-03:00",
    "America/Sao_Paulo",
    "Brazil's Supreme Court gave X until Thursday evening to name a legal representative in the "
    "country. The court said the platform would be suspended if it failed to comply.",
    [
        C(
            "gave X until Thursday evening",
            wd("Thursday"),
            "Brazil's Supreme Court",
            "deadline",
            "until Thursday evening",
            real=D(2024, 8, 29),
        )
    ],
    "Moraes's deadline to X of 29 Aug 2024.",
)
P(
    "s-reuters-sources-none",
    "2024-10-28T09:00:00+00:00",
    LON,
    "Rachel Reeves will deliver the Labour government's first budget on Wednesday. The "
    "chancellor has said she will raise taxes on employers.",
    [
        C(
            "will deliver the Labour government's first budget on Wednesday",
            wd("Wednesday"),
            "Rachel Reeves",
            "promise",
            "on Wednesday",
            real=D(2024, 10, 30),
        )
    ],
    "UK budget of 30 Oct 2024.",
)


def main() -> None:
    write(build(PASSAGES, "speakers"), "tune_speakers.jsonl")


if __name__ == "__main__":
    main()
