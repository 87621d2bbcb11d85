#!/usr/bin/env python3
"""Extra tune-only passages for speaker attribution and claim kinds (tune_extra.jsonl).

Written for this set, in our own words, about real events of 2015-2025. Every gold date
is computed from the publication moment with datetime/zoneinfo (never typed by hand);
where the real-world date is known, `real=` records it and the build asserts that it lies
in [due, due_max]. Every quote is asserted to be an exact substring of its passage.

Focus: attribution after the quote ("..., the ministry said in a statement"), "according
to", titles and organisations, pronouns across sentences, passive scheduling (no speaker),
reported commitments, forecasts, ultimatums, two speakers in one passage.

Run:  python3 bench/claims/extra.py   (writes tune_extra.jsonl beside this file)
Tune only: never merge these into test.jsonl.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date
TD = dt.timedelta
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def wd(name, at=None):
    """The coming <weekday>, the publication day included."""

    def f(p):
        d0 = p.date()
        x = d0 + TD((WEEKDAYS.index(name) - d0.weekday()) % 7)
        return x, x, at

    return f


def wd_next_week(name, at=None):
    """'<weekday> next week': that weekday of the following Monday-Sunday week."""

    def f(p):
        d0 = p.date()
        monday = d0 - TD(d0.weekday()) + TD(7)
        x = monday + TD(WEEKDAYS.index(name))
        return x, x, at

    return f


def md(month, day, at=None):
    """A month and day without a year: the next occurrence on or after publication."""

    def f(p):
        d0 = p.date()
        x = D(d0.year, month, day)
        if x < d0:
            x = D(d0.year + 1, month, day)
        return x, x, at

    return f


def ymd(y, m, d, at=None):
    def f(p):
        return D(y, m, d), D(y, m, d), at

    return f


def _month_end(y, m):
    return D(y + (m == 12), m % 12 + 1, 1) - TD(1)


def in_month(month, year=None):
    """'in March' / 'in July': the whole month (from the publication day if it has begun)."""

    def f(p):
        d0 = p.date()
        y = year or (d0.year if month >= d0.month else d0.year + 1)
        return max(D(y, month, 1), d0), _month_end(y, month), None

    return f


def by_month(month, year):
    """'by July 2018': the last day of that month."""

    def f(p):
        x = _month_end(year, month)
        return x, x, None

    return f


def end_of_this_month():
    def f(p):
        x = _month_end(p.year, p.month)
        return x, x, None

    return f


def end_of_year(year=None):
    def f(p):
        x = D(year or p.year, 12, 31)
        return x, x, None

    return f


def whole_year(year):
    def f(p):
        return max(D(year, 1, 1), p.date()), D(year, 12, 31), None

    return f


def mid_year(year):
    def f(p):
        return D(year, 6, 1), D(year, 7, 31), None

    return f


def in_days_anchored(n, anchor_name):
    """'within N days' said on an earlier reported weekday: both anchors accepted."""

    def f(p):
        d0 = p.date()
        back = (d0.weekday() - WEEKDAYS.index(anchor_name)) % 7
        return d0 - TD(back) + TD(n), d0 + TD(n), None

    return f


def C(quote, rule, speaker, kind, time_text, real=None):
    return {
        "quote": quote,
        "rule": rule,
        "speaker": speaker,
        "kind": kind,
        "time_text": time_text,
        "real": real,
    }


def passage_list():
    """A list of passages and the function that adds one to it, for a builder file."""
    passages: list[dict] = []

    def add(pid, published, tz, text, claims, notes):
        passages.append(
            {
                "id": pid,
                "published": published,
                "tz": tz,
                "text": text,
                "claims": claims,
                "notes": notes,
            }
        )

    return passages, add


PASSAGES, P = passage_list()


# --- attribution after the claim -------------------------------------------------------
P(
    "x-fukushima-water-release-2023",
    "2023-08-22T14:00:00+09:00",
    "Asia/Tokyo",
    "The discharge of treated water from the wrecked Fukushima Daiichi plant into the Pacific "
    "will start on Thursday, Prime Minister Fumio Kishida said on Tuesday. Fishing groups have "
    "opposed the plan for years.",
    [
        C(
            "will start on Thursday",
            wd("Thursday"),
            "Fumio Kishida",
            "event",
            "on Thursday",
            real=D(2023, 8, 24),
        )
    ],
    "Kishida announced on 22 Aug 2023 that the release would begin on 24 Aug.",
)

P(
    "x-biden-hiroshima-g7",
    "2023-05-15T09:00:00-04:00",
    "America/New_York",
    "President Joe Biden will leave for Japan on Wednesday to attend the Group of Seven summit "
    "in Hiroshima, the White House said on Sunday.",
    [
        C(
            "will leave for Japan on Wednesday",
            wd("Wednesday"),
            "the White House",
            "event",
            "on Wednesday",
            real=D(2023, 5, 17),
        )
    ],
    "Biden departed for the Hiroshima G7 on 17 May 2023.",
)

P(
    "x-belarus-drills-end",
    "2022-02-16T12:00:00+03:00",
    "Europe/Moscow",
    "The joint military exercises in Belarus will end on Sunday, and the Russian troops taking "
    "part will then return to their bases, Russia's defence ministry said in a statement.",
    [
        C(
            "will end on Sunday",
            wd("Sunday"),
            "Russia's defence ministry",
            "event",
            "on Sunday",
            real=D(2022, 2, 20),
        )
    ],
    "Allied Resolve drills were due to end on 20 Feb 2022 (they were later extended).",
)

P(
    "x-starship-first-flight-attempt",
    "2023-04-16T10:00:00-05:00",
    "America/Chicago",
    "SpaceX will attempt the first orbital test flight of its Starship rocket on Monday from its "
    "Starbase site in south Texas, the company said in a statement on Sunday.",
    [
        C(
            "attempt the first orbital test flight of its Starship rocket on Monday",
            wd("Monday"),
            "SpaceX",
            "event",
            "on Monday",
            real=D(2023, 4, 17),
        )
    ],
    "The first attempt of 17 Apr 2023 was scrubbed; the rocket flew on 20 Apr.",
)

P(
    "x-eu-ai-act-in-force",
    "2024-07-12T12:00:00+02:00",
    "Europe/Brussels",
    "The EU's Artificial Intelligence Act will enter into force on Aug. 1, the European "
    "Commission said on Friday after the law was published in the bloc's official journal.",
    [
        C(
            "will enter into force on Aug. 1",
            md(8, 1),
            "the European Commission",
            "event",
            "on Aug. 1",
            real=D(2024, 8, 1),
        )
    ],
    "The AI Act was published on 12 Jul 2024 and entered into force on 1 Aug 2024.",
)

P(
    "x-gaza-truce-start-qatar",
    "2023-11-23T20:00:00+02:00",
    "Asia/Jerusalem",
    "A four-day truce in Gaza will begin at 7 a.m. on Friday, and the first group of 13 "
    "hostages will be freed that afternoon, Qatar's foreign ministry said on Thursday.",
    [
        C(
            "will begin at 7 a.m. on Friday",
            wd("Friday", "07:00"),
            "Qatar's foreign ministry",
            "event",
            "at 7 a.m. on Friday",
            real=D(2023, 11, 24),
        )
    ],
    "Qatar announced on 23 Nov 2023 that the truce would start at 07:00 on 24 Nov.",
)

P(
    "x-saudi-july-cut",
    "2023-06-05T09:00:00+03:00",
    "Asia/Riyadh",
    "Saudi Arabia will cut its oil output by a further 1 million barrels per day in July, the "
    "kingdom's energy ministry said on Sunday after a meeting of OPEC+ in Vienna.",
    [
        C(
            "cut its oil output by a further 1 million barrels per day in July",
            in_month(7),
            "the kingdom's energy ministry",
            "promise",
            "in July",
        )
    ],
    "The voluntary Saudi cut for July 2023 was announced on 4 Jun 2023.",
)

P(
    "x-met-office-40c",
    "2022-07-15T09:00:00+01:00",
    "Europe/London",
    "Temperatures are forecast to reach 40C in parts of England on Tuesday for the first time "
    "on record, the Met Office said, as it issued its first red warning for extreme heat.",
    [
        C(
            "forecast to reach 40C in parts of England on Tuesday",
            wd("Tuesday"),
            "the Met Office",
            "prediction",
            "on Tuesday",
            real=D(2022, 7, 19),
        )
    ],
    "40.3C was recorded at Coningsby on 19 Jul 2022.",
)

P(
    "x-hurricane-milton-landfall",
    "2024-10-07T11:00:00-04:00",
    "America/New_York",
    "Hurricane Milton is expected to make landfall on Florida's Gulf Coast on Wednesday, the "
    "National Hurricane Center said, urging people in the Tampa Bay area to finish preparing.",
    [
        C(
            "expected to make landfall on Florida's Gulf Coast on Wednesday",
            wd("Wednesday"),
            "the National Hurricane Center",
            "prediction",
            "on Wednesday",
            real=D(2024, 10, 9),
        )
    ],
    "Milton made landfall near Siesta Key late on 9 Oct 2024.",
)

P(
    "x-india-population-un",
    "2023-04-24T11:00:00+05:30",
    "Asia/Kolkata",
    "India's population is projected to overtake China's by the end of this month, the United "
    "Nations said on Monday. An exact date cannot be given because of uncertainty in the data, "
    "it added.",
    [
        C(
            "projected to overtake China's by the end of this month",
            end_of_this_month(),
            "the United Nations",
            "prediction",
            "by the end of this month",
        )
    ],
    "UN DESA, 24 Apr 2023: India to surpass China by the end of April 2023.",
)

P(
    "x-apple-vision-pro-dates",
    "2024-01-08T09:00:00-08:00",
    "America/Los_Angeles",
    "Apple's Vision Pro headset will go on sale in the United States on Feb. 2, with pre-orders "
    "opening on Jan. 19, the company said on Monday.",
    [
        C(
            "will go on sale in the United States on Feb. 2",
            md(2, 2),
            "Apple",
            "event",
            "on Feb. 2",
            real=D(2024, 2, 2),
        ),
        C(
            "pre-orders opening on Jan. 19",
            md(1, 19),
            "Apple",
            "event",
            "on Jan. 19",
            real=D(2024, 1, 19),
        ),
    ],
    "Apple announced the dates on 8 Jan 2024.",
)

# --- according to ------------------------------------------------------------------------
P(
    "x-xi-moscow-2023",
    "2023-03-20T10:00:00+03:00",
    "Europe/Moscow",
    "Chinese President Xi Jinping arrives in Moscow on Monday for a three-day state visit. "
    "Formal talks with Vladimir Putin will be held on Tuesday, according to Kremlin spokesman "
    "Dmitry Peskov.",
    [
        C(
            "arrives in Moscow on Monday",
            wd("Monday"),
            None,
            "event",
            "on Monday",
            real=D(2023, 3, 20),
        ),
        C(
            "Formal talks with Vladimir Putin will be held on Tuesday",
            wd("Tuesday"),
            "Dmitry Peskov",
            "event",
            "on Tuesday",
            real=D(2023, 3, 21),
        ),
    ],
    "Xi visited Moscow on 20-22 Mar 2023; formal talks on 21 Mar.",
)

P(
    "x-tokyo-olympics-new-date",
    "2020-03-30T20:00:00+09:00",
    "Asia/Tokyo",
    "The postponed Tokyo Olympics will open on July 23, 2021, according to a statement from the "
    "International Olympic Committee.",
    [
        C(
            "will open on July 23, 2021",
            ymd(2021, 7, 23),
            "the International Olympic Committee",
            "event",
            "on July 23, 2021",
            real=D(2021, 7, 23),
        )
    ],
    "New dates announced on 30 Mar 2020.",
)

P(
    "x-trump-kim-singapore",
    "2018-06-10T12:00:00+08:00",
    "Asia/Singapore",
    "The first meeting between Donald Trump and Kim Jong Un will begin at 9 a.m. on Tuesday at "
    "a hotel on Sentosa island, according to White House press secretary Sarah Sanders.",
    [
        C(
            "will begin at 9 a.m. on Tuesday",
            wd("Tuesday", "09:00"),
            "Sarah Sanders",
            "event",
            "at 9 a.m. on Tuesday",
            real=D(2018, 6, 12),
        )
    ],
    "The Singapore summit opened at 09:00 on 12 Jun 2018.",
)

P(
    "x-imf-weo-2025",
    "2024-10-22T09:00:00-04:00",
    "America/New_York",
    "Global growth is projected to hold at 3.2% in 2025, according to the International Monetary "
    "Fund's latest World Economic Outlook, which warned that risks were tilted to the downside.",
    [
        C(
            "projected to hold at 3.2% in 2025",
            whole_year(2025),
            "the International Monetary Fund",
            "prediction",
            "in 2025",
        )
    ],
    "IMF WEO of 22 Oct 2024: 3.2% global growth in 2025.",
)

# --- titles and organisations as subjects --------------------------------------------------
P(
    "x-sbf-sentencing-date",
    "2023-11-03T08:00:00-04:00",
    "America/New_York",
    "A Manhattan jury convicted FTX founder Sam Bankman-Fried of fraud and conspiracy on "
    "Thursday. U.S. District Judge Lewis Kaplan set sentencing for March 28.",
    [
        C(
            "set sentencing for March 28",
            md(3, 28),
            "Lewis Kaplan",
            "event",
            "for March 28",
            real=D(2024, 3, 28),
        )
    ],
    "Bankman-Fried was convicted on 2 Nov 2023 and sentenced on 28 Mar 2024.",
)

P(
    "x-jwst-launch",
    "2021-12-22T10:00:00-05:00",
    "America/New_York",
    "NASA said the James Webb Space Telescope is scheduled to lift off from French Guiana at "
    "7:20 a.m. EST on Saturday, after a day's delay for bad weather.",
    [
        C(
            "scheduled to lift off from French Guiana at 7:20 a.m. EST on Saturday",
            wd("Saturday", "07:20"),
            "NASA",
            "event",
            "at 7:20 a.m. EST on Saturday",
            real=D(2021, 12, 25),
        )
    ],
    "JWST launched at 07:20 EST on 25 Dec 2021.",
)

P(
    "x-powell-march-2022-hike",
    "2022-03-02T15:00:00-05:00",
    "America/New_York",
    "Fed Chair Jerome Powell told lawmakers on Wednesday that he would propose a quarter-point "
    "rate increase at the central bank's meeting later this month.",
    [
        C(
            "propose a quarter-point rate increase at the central bank's meeting later this month",
            lambda p: (p.date(), _month_end(p.year, p.month), None),
            "Jerome Powell",
            "promise",
            "later this month",
            real=D(2022, 3, 16),
        )
    ],
    "Powell's testimony of 2 Mar 2022; the Fed raised rates on 16 Mar 2022.",
)

P(
    "x-gm-2035-zero-emissions",
    "2021-01-29T09:00:00-05:00",
    "America/Detroit",
    "General Motors said on Thursday that it aims to stop selling petrol and diesel cars and "
    "light trucks by 2035. The carmaker also plans to become carbon neutral by 2040.",
    [
        C(
            "aims to stop selling petrol and diesel cars and light trucks by 2035",
            end_of_year(2035),
            "General Motors",
            "promise",
            "by 2035",
        ),
        C(
            "plans to become carbon neutral by 2040",
            end_of_year(2040),
            "General Motors",
            "promise",
            "by 2040",
        ),
    ],
    "GM announced both goals on 28 Jan 2021.",
)

P(
    "x-boc-mid-2025",
    "2023-07-12T11:00:00-04:00",
    "America/Toronto",
    "The Bank of Canada now expects inflation to return to its 2% target by mid-2025, Governor "
    "Tiff Macklem told reporters on Wednesday after raising rates to 5%.",
    [
        C(
            "return to its 2% target by mid-2025",
            mid_year(2025),
            "Tiff Macklem",
            "prediction",
            "by mid-2025",
        )
    ],
    "Bank of Canada July 2023 MPR: inflation back to 2% by mid-2025.",
)

P(
    "x-boe-bailey-year-end",
    "2023-08-03T14:00:00+01:00",
    "Europe/London",
    "The Bank of England raised interest rates to 5.25% on Thursday. Inflation is likely to fall "
    "to around 5% by the end of the year, Governor Andrew Bailey told reporters.",
    [
        C(
            "fall to around 5% by the end of the year",
            end_of_year(),
            "Andrew Bailey",
            "prediction",
            "by the end of the year",
        )
    ],
    "BoE August 2023 Monetary Policy Report.",
)

P(
    "x-yellen-debt-limit-2023",
    "2023-01-14T09:00:00-05:00",
    "America/New_York",
    "Treasury Secretary Janet Yellen told Congress in a letter on Friday that the government is "
    "expected to hit its $31.4 trillion borrowing limit on Thursday. After that the Treasury "
    "will start using extraordinary measures to keep paying its bills.",
    [
        C(
            "expected to hit its $31.4 trillion borrowing limit on Thursday",
            wd("Thursday"),
            "Janet Yellen",
            "prediction",
            "on Thursday",
            real=D(2023, 1, 19),
        )
    ],
    "The US hit the debt limit on 19 Jan 2023.",
)

# --- pronouns across sentences -------------------------------------------------------------
P(
    "x-scholz-confidence-vote",
    "2024-12-16T18:00:00+01:00",
    "Europe/Berlin",
    "German Chancellor Olaf Scholz lost a confidence vote in the Bundestag on Monday. He said he "
    "would ask the president to dissolve parliament so that an early election can take place "
    "on Feb. 23.",
    [
        C(
            "an early election can take place on Feb. 23",
            md(2, 23),
            "Olaf Scholz",
            "event",
            "on Feb. 23",
            real=D(2025, 2, 23),
        )
    ],
    "Scholz lost the vote on 16 Dec 2024; the election was held on 23 Feb 2025.",
)

P(
    "x-lagarde-march-review",
    "2024-01-25T16:00:00+01:00",
    "Europe/Berlin",
    "ECB President Christine Lagarde said on Thursday that wage growth was starting to ease. She "
    "added that the bank would review its policy stance at its meeting in March.",
    [
        C(
            "review its policy stance at its meeting in March",
            in_month(3),
            "Christine Lagarde",
            "event",
            "in March",
            real=D(2024, 3, 7),
        )
    ],
    "ECB press conference of 25 Jan 2024; the next meeting was on 7 Mar 2024.",
)

P(
    "x-hunt-fiscal-plan",
    "2022-10-17T15:00:00+01:00",
    "Europe/London",
    "Jeremy Hunt, Britain's new finance minister, reversed almost all of the tax cuts announced "
    "last month. He said he would set out the government's medium-term fiscal plan on Oct. 31.",
    [
        C(
            "set out the government's medium-term fiscal plan on Oct. 31",
            md(10, 31),
            "Jeremy Hunt",
            "event",
            "on Oct. 31",
        )
    ],
    "Hunt's statement of 17 Oct 2022 (the plan was later moved to 17 Nov).",
)

P(
    "x-turkey-polls-open",
    "2023-05-12T10:00:00+03:00",
    "Europe/Istanbul",
    "Ahmet Yener, head of Turkey's Supreme Election Council, urged voters to be patient during "
    "the count. “Polling stations will open at 8 a.m. on Sunday,” he told reporters.",
    [
        C(
            "Polling stations will open at 8 a.m. on Sunday",
            wd("Sunday", "08:00"),
            "Ahmet Yener",
            "event",
            "at 8 a.m. on Sunday",
            real=D(2023, 5, 14),
        )
    ],
    "Turkish general election, 14 May 2023.",
)

P(
    "x-nintendo-switch2-direct",
    "2025-01-16T20:00:00+09:00",
    "Asia/Tokyo",
    "Nintendo unveiled the Switch 2 in a short video on Thursday. The company said it would "
    "share more details about the console at a presentation on April 2.",
    [
        C(
            "share more details about the console at a presentation on April 2",
            md(4, 2),
            "Nintendo",
            "event",
            "on April 2",
            real=D(2025, 4, 2),
        )
    ],
    "Switch 2 reveal of 16 Jan 2025; the Nintendo Direct was on 2 Apr 2025.",
)

P(
    "x-tesla-cybertruck-handover",
    "2023-10-19T08:00:00-07:00",
    "America/Los_Angeles",
    "Tesla's third-quarter profit fell short of Wall Street estimates on Wednesday. The company "
    "said it would hand over the first Cybertrucks to customers at its Texas factory on Nov. 30.",
    [
        C(
            "hand over the first Cybertrucks to customers at its Texas factory on Nov. 30",
            md(11, 30),
            "Tesla",
            "promise",
            "on Nov. 30",
            real=D(2023, 11, 30),
        )
    ],
    "Announced with Q3 2023 results; the delivery event was on 30 Nov 2023.",
)

P(
    "x-amazon-rto-memo",
    "2024-09-17T09:00:00-07:00",
    "America/Los_Angeles",
    "Amazon chief executive Andy Jassy told staff in a memo on Monday that corporate employees "
    "would have to work from the office five days a week. He said the company would bring back "
    "the policy starting Jan. 2.",
    [
        C(
            "bring back the policy starting Jan. 2",
            md(1, 2),
            "Andy Jassy",
            "promise",
            "starting Jan. 2",
            real=D(2025, 1, 2),
        )
    ],
    "Jassy's memo of 16 Sep 2024.",
)

# --- passive scheduling, no speaker ---------------------------------------------------------
P(
    "x-rwanda-bill-vote",
    "2023-12-08T09:00:00+00:00",
    "Europe/London",
    "Rishi Sunak's emergency legislation to revive the Rwanda asylum plan faces its first "
    "parliamentary test. A vote on the bill is scheduled for Tuesday, and dozens of Conservative "
    "lawmakers have yet to say how they will vote.",
    [
        C(
            "A vote on the bill is scheduled for Tuesday",
            wd("Tuesday"),
            None,
            "event",
            "for Tuesday",
            real=D(2023, 12, 12),
        )
    ],
    "Second reading of the Safety of Rwanda bill, 12 Dec 2023.",
)

P(
    "x-hunter-biden-sentencing",
    "2024-09-06T09:00:00-07:00",
    "America/Los_Angeles",
    "Hunter Biden pleaded guilty to federal tax charges in a Los Angeles courtroom on Thursday. "
    "Sentencing was set for Dec. 16.",
    [
        C(
            "Sentencing was set for Dec. 16",
            md(12, 16),
            None,
            "event",
            "for Dec. 16",
            real=D(2024, 12, 16),
        )
    ],
    "Guilty plea of 5 Sep 2024; sentencing set for 16 Dec 2024 (he was pardoned first).",
)

P(
    "x-eu-summit-ukraine-candidate",
    "2022-06-17T12:00:00+02:00",
    "Europe/Brussels",
    "The European Commission recommended on Friday that Ukraine be given the status of a "
    "candidate for EU membership. Leaders of the 27 member states will discuss the "
    "recommendation at a summit in Brussels on June 23.",
    [
        C(
            "a summit in Brussels on June 23",
            md(6, 23),
            None,
            "event",
            "on June 23",
            real=D(2022, 6, 23),
        )
    ],
    "European Council of 23-24 Jun 2022 granted candidate status.",
)

P(
    "x-roe-ruling-expected",
    "2022-05-03T09:00:00-04:00",
    "America/New_York",
    "A leaked draft opinion suggests the Supreme Court is poised to overturn Roe v. Wade. A final "
    "ruling is expected by the end of June, when the court usually finishes its term.",
    [
        C(
            "A final ruling is expected by the end of June",
            lambda p: (D(2022, 6, 30), D(2022, 6, 30), None),
            None,
            "prediction",
            "by the end of June",
            real=D(2022, 6, 24),
        )
    ],
    "Politico leak of 2 May 2022; Dobbs decided 24 Jun 2022.",
)

P(
    "x-grain-deal-expiry",
    "2023-07-14T10:00:00+03:00",
    "Europe/Istanbul",
    "The Black Sea grain deal expires on Monday, and Moscow has given no sign that it will agree "
    "to extend it. Turkish President Tayyip Erdogan said he believed Vladimir Putin wanted the "
    "arrangement to continue.",
    [
        C(
            "The Black Sea grain deal expires on Monday",
            wd("Monday"),
            None,
            "deadline",
            "on Monday",
            real=D(2023, 7, 17),
        )
    ],
    "The Black Sea Grain Initiative expired on 17 Jul 2023.",
)

# --- ultimatums -----------------------------------------------------------------------------
P(
    "x-musk-hardcore-email",
    "2022-11-16T19:00:00-05:00",
    "America/New_York",
    "Elon Musk told Twitter employees in an email on Wednesday that they must sign up for an "
    "'extremely hardcore' new Twitter by 5 p.m. on Thursday or leave with three months of "
    "severance pay.",
    [
        C(
            "must sign up for an 'extremely hardcore' new Twitter by 5 p.m. on Thursday",
            wd("Thursday", "17:00"),
            "Elon Musk",
            "deadline",
            "by 5 p.m. on Thursday",
            real=D(2022, 11, 17),
        )
    ],
    "Musk's email of 16 Nov 2022; the cut-off was 17:00 ET on 17 Nov.",
)

P(
    "x-tiktok-deadline-upheld",
    "2024-12-07T09:00:00-05:00",
    "America/New_York",
    "A federal appeals court on Friday upheld a law that gives ByteDance a deadline of Jan. 19 to "
    "sell TikTok's U.S. business or face a nationwide ban. TikTok said it would ask the Supreme "
    "Court to hear its case.",
    [
        C(
            "a deadline of Jan. 19 to sell TikTok's U.S. business",
            md(1, 19),
            None,
            "deadline",
            "of Jan. 19",
            real=D(2025, 1, 19),
        )
    ],
    "DC Circuit ruling of 6 Dec 2024; the divest-or-ban deadline was 19 Jan 2025.",
)

P(
    "x-greece-reforms-by-wednesday",
    "2015-07-13T12:00:00+02:00",
    "Europe/Brussels",
    "Euro zone leaders told Greece on Monday that it must pass a first set of reforms into law "
    "by Wednesday before talks on a third bailout can begin.",
    [
        C(
            "must pass a first set of reforms into law by Wednesday",
            wd("Wednesday"),
            "Euro zone leaders",
            "deadline",
            "by Wednesday",
            real=D(2015, 7, 15),
        )
    ],
    "Euro summit of 12-13 Jul 2015; the Greek parliament voted on 15 Jul.",
)

P(
    "x-brexit-april-12-deadline",
    "2019-03-22T09:00:00+00:00",
    "Europe/London",
    "European Union leaders gave Theresa May a deadline of April 12 to tell them how Britain "
    "intends to proceed if her Brexit deal is rejected again.",
    [
        C(
            "a deadline of April 12",
            md(4, 12),
            "European Union leaders",
            "deadline",
            "of April 12",
            real=D(2019, 4, 12),
        )
    ],
    "EU summit of 21 Mar 2019.",
)

P(
    "x-ecowas-niger-ultimatum",
    "2023-08-04T10:00:00+01:00",
    "Africa/Lagos",
    "West African leaders have given Niger's coup leaders until Sunday to reinstate President "
    "Mohamed Bazoum or face possible military intervention.",
    [
        C(
            "until Sunday to reinstate President Mohamed Bazoum",
            wd("Sunday"),
            "West African leaders",
            "deadline",
            "until Sunday",
            real=D(2023, 8, 6),
        )
    ],
    "ECOWAS ultimatum of 30 Jul 2023, expiring 6 Aug 2023.",
)

P(
    "x-faa-boeing-90-days",
    "2024-02-29T09:00:00-05:00",
    "America/New_York",
    "FAA Administrator Mike Whitaker said on Wednesday that Boeing must produce a comprehensive "
    "plan to fix its quality-control problems within 90 days.",
    [
        C(
            "must produce a comprehensive plan to fix its quality-control problems within 90 days",
            in_days_anchored(90, "Wednesday"),
            "Mike Whitaker",
            "deadline",
            "within 90 days",
            real=D(2024, 5, 28),
        )
    ],
    "FAA demand of 28 Feb 2024; 90 days from publication or from the Wednesday.",
)

P(
    "x-trump-eu-30pct",
    "2025-07-13T10:00:00+02:00",
    "Europe/Brussels",
    "Donald Trump said on Saturday that imports from the European Union would face a 30% tariff "
    "from Aug. 1 unless the bloc offered a better trade deal.",
    [
        C(
            "would face a 30% tariff from Aug. 1",
            md(8, 1),
            "Donald Trump",
            "deadline",
            "from Aug. 1",
            real=D(2025, 8, 1),
        )
    ],
    "Trump's letter to the EU of 12 Jul 2025.",
)

# --- reported commitments -------------------------------------------------------------------
P(
    "x-biden-afghanistan-sept11",
    "2021-04-14T20:00:00-04:00",
    "America/New_York",
    "President Joe Biden said on Wednesday that all remaining U.S. troops would leave Afghanistan "
    "by Sept. 11, ending America's longest war.",
    [C("would leave Afghanistan by Sept. 11", md(9, 11), "Joe Biden", "promise", "by Sept. 11")],
    "Biden's address of 14 Apr 2021.",
)

P(
    "x-johnson-oct31-quote",
    "2019-06-26T09:00:00+01:00",
    "Europe/London",
    "“We will leave the European Union on Oct. 31, deal or no deal,” Boris Johnson told a "
    "campaign event on Tuesday.",
    [
        C(
            "We will leave the European Union on Oct. 31",
            md(10, 31),
            "Boris Johnson",
            "promise",
            "on Oct. 31",
        )
    ],
    "Johnson's Conservative leadership campaign pledge, June 2019.",
)

P(
    "x-canada-cannabis-pledge",
    "2017-04-13T12:00:00-04:00",
    "America/Toronto",
    "The Canadian government pledged on Thursday to legalise recreational marijuana across the "
    "country by July 2018, introducing a bill to parliament.",
    [
        C(
            "legalise recreational marijuana across the country by July 2018",
            by_month(7, 2018),
            "the Canadian government",
            "promise",
            "by July 2018",
        )
    ],
    "Cannabis Act introduced on 13 Apr 2017.",
)

P(
    "x-intel-qualcomm-foundry",
    "2021-07-27T09:00:00-07:00",
    "America/Los_Angeles",
    "Intel said on Monday that it would start making chips for Qualcomm by 2024 as part of a "
    "plan to catch up with its Asian rivals in manufacturing.",
    [
        C(
            "start making chips for Qualcomm by 2024",
            end_of_year(2024),
            "Intel",
            "promise",
            "by 2024",
        )
    ],
    "Intel's process roadmap event of 26 Jul 2021.",
)

# --- forecasts by groups --------------------------------------------------------------------
P(
    "x-fed-sept-2024-economists",
    "2024-09-16T07:00:00-04:00",
    "America/New_York",
    "Most economists polled by Reuters expect the Federal Reserve to cut interest rates by a "
    "quarter point on Wednesday. Traders, however, have piled into bets on a half-point move.",
    [
        C(
            "cut interest rates by a quarter point on Wednesday",
            wd("Wednesday"),
            "economists",
            "prediction",
            "on Wednesday",
            real=D(2024, 9, 18),
        )
    ],
    "FOMC decision of 18 Sep 2024 (it cut by half a point).",
)

P(
    "x-goldman-march-cut",
    "2023-12-14T08:00:00-05:00",
    "America/New_York",
    "Goldman Sachs economists now expect the Federal Reserve to begin cutting rates in March, "
    "earlier than they had previously forecast.",
    [
        C(
            "begin cutting rates in March",
            in_month(3, 2024),
            "Goldman Sachs economists",
            "prediction",
            "in March",
        )
    ],
    "Goldman note of 14 Dec 2023.",
)

P(
    "x-boe-nov-2024-markets",
    "2024-11-04T09:00:00+00:00",
    "Europe/London",
    "Money markets are fully pricing in a quarter-point cut in Bank Rate when the Bank of England "
    "announces its decision on Thursday.",
    [
        C(
            "announces its decision on Thursday",
            wd("Thursday"),
            "markets",
            "prediction",
            "on Thursday",
            real=D(2024, 11, 7),
        )
    ],
    "BoE cut to 4.75% on 7 Nov 2024.",
)

# --- two speakers in one passage ------------------------------------------------------------
P(
    "x-uk-manifestos-2024",
    "2024-06-05T09:00:00+01:00",
    "Europe/London",
    "Labour will publish its election manifesto on June 13, leader Keir Starmer said on "
    "Tuesday. The Conservative Party said its own manifesto would be launched on Tuesday next "
    "week.",
    [
        C(
            "Labour will publish its election manifesto on June 13",
            md(6, 13),
            "Keir Starmer",
            "event",
            "on June 13",
            real=D(2024, 6, 13),
        ),
        C(
            "its own manifesto would be launched on Tuesday next week",
            wd_next_week("Tuesday"),
            "the Conservative Party",
            "event",
            "on Tuesday next week",
            real=D(2024, 6, 11),
        ),
    ],
    "Labour's manifesto: 13 Jun 2024; the Conservatives': 11 Jun 2024.",
)

P(
    "x-johnson-vdl-jan-2020",
    "2020-01-08T18:00:00+00:00",
    "Europe/London",
    "Prime Minister Boris Johnson insisted that Britain would leave the European Union on Jan. "
    "31. European Commission President Ursula von der Leyen said formal talks on the future "
    "relationship would start in March, and warned that a full trade deal by the end of the "
    "year was basically impossible.",
    [
        C(
            "would leave the European Union on Jan. 31",
            md(1, 31),
            "Boris Johnson",
            "promise",
            "on Jan. 31",
            real=D(2020, 1, 31),
        ),
        C(
            "formal talks on the future relationship would start in March",
            in_month(3),
            "Ursula von der Leyen",
            "event",
            "in March",
            real=D(2020, 3, 2),
        ),
    ],
    "Von der Leyen in London, 8 Jan 2020; talks opened 2 Mar 2020. The trade deal 'by the end "
    "of the year' is ruled out as impossible, so not a claim.",
)

P(
    "x-opec-novak-two-speakers",
    "2020-04-10T12:00:00+03:00",
    "Europe/Moscow",
    "OPEC+ agreed on Thursday to cut output by 10 million barrels per day from May 1, Saudi "
    "Energy Minister Prince Abdulaziz bin Salman said. Russian Deputy Prime Minister Alexander "
    "Novak said energy ministers of the G20 would discuss wider cuts on Friday.",
    [
        C(
            "cut output by 10 million barrels per day from May 1",
            md(5, 1),
            "Abdulaziz bin Salman",
            "promise",
            "from May 1",
            real=D(2020, 5, 1),
        ),
        C(
            "energy ministers of the G20 would discuss wider cuts on Friday",
            wd("Friday"),
            "Alexander Novak",
            "event",
            "on Friday",
            real=D(2020, 4, 10),
        ),
    ],
    "OPEC+ deal of 9 Apr 2020; G20 energy ministers met on 10 Apr 2020.",
)

# --- no claim: attributed but undated, or past ----------------------------------------------
P(
    "x-iran-talks-coming-weeks",
    "2021-03-09T12:00:00+01:00",
    "Europe/Brussels",
    "Iran and world powers will hold more talks on reviving the nuclear deal in the coming "
    "weeks, EU foreign policy chief Josep Borrell said on Tuesday.",
    [],
    "Undated future ('in the coming weeks'); a said-on day only.",
)

P(
    "x-vodafone-spain-completed",
    "2024-06-04T08:00:00+01:00",
    "Europe/London",
    "Vodafone said on Tuesday that it had completed the sale of its Spanish business to Zegona "
    "on May 31, and that it would use part of the proceeds for share buybacks.",
    [],
    "Past completion date (31 May 2024); the buyback is undated.",
)

P(
    "x-nhs-plan-due-course",
    "2023-01-09T12:00:00+00:00",
    "Europe/London",
    "Health Secretary Steve Barclay said on Monday that the government would set out a plan to "
    "cut waiting times in emergency departments in due course, after talks with nursing unions.",
    [],
    "Undated promise ('in due course').",
)


def build(passages: list[dict] | None = None, tag: str = "extra") -> list[dict]:
    """Check each passage (unique ids, quotes in the text, dates from publication on,
    recorded real dates inside the range) and turn it into a gold JSONL row."""
    rows, seen = [], set()
    for p in PASSAGES if passages is None else passages:
        assert p["id"] not in seen, p["id"]
        seen.add(p["id"])
        tz = ZoneInfo(p["tz"])
        pub = dt.datetime.fromisoformat(p["published"]).astimezone(tz)
        claims, notes = [], [p["notes"]]
        for c in p["claims"]:
            assert c["quote"] in p["text"], (p["id"], c["quote"])
            assert c["kind"] in ("deadline", "event", "promise", "prediction"), c
            lo, hi, at = c["rule"](pub)
            assert pub.date() <= lo <= hi, (p["id"], c["quote"], lo, hi)
            if c["real"] is not None:
                assert lo <= c["real"] <= hi or c["kind"] == "prediction", (p["id"], c["quote"])
            claims.append(
                {
                    "quote": c["quote"],
                    "due": lo.isoformat(),
                    "due_max": hi.isoformat(),
                    "time": at,
                    "speaker": c["speaker"],
                    "kind": c["kind"],
                    "time_text": c["time_text"],
                }
            )
            notes.append(f"{c['time_text']!r} from {pub.date()} {pub:%a} -> {lo}..{hi}")
        rows.append(
            {
                "id": p["id"],
                "published": p["published"],
                "tz": p["tz"],
                "text": p["text"],
                "claims": claims,
                "notes": " ".join(notes),
                "tags": [tag] + (["no-claim"] if not claims else []),
            }
        )
    return rows


def write(rows: list[dict], name: str) -> None:
    """Write gold rows to ``name`` beside this file and say how many."""
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["claims"]) for r in rows)
    print(f"{name}: {len(rows)} passages, {n} claims")


def main() -> None:
    write(build(), "tune_extra.jsonl")


if __name__ == "__main__":
    main()
