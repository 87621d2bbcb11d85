#!/usr/bin/env python3
# ruff: noqa: E501
"""Tune-only passages stressing how dates are written inside claims (tune_dates.jsonl).

Written for this set, in our own words, about real events of 2015-2025: start dates
("from Aug. 1", "starting April", "effective Jan. 1"), "by" periods ("by the end of June",
"by mid-July", "by year-end", "by the end of the first quarter"), durations ("within 90
days", "in the next two weeks", "over the next 17 days"), "next Tuesday" (both readings),
"this Friday" on a Friday and on a Saturday, day-only and month-day dates ("on the 15th",
"on Sept. 30"), dates after long appositions, times in another country's zone, holidays
("before Christmas", "by Thanksgiving", "after Easter"), "later this month", "early next
year", "in the autumn", and year-less dates that fall in the next year.

Gold dates are computed from the publication moment with the rules of build.py (plus a
few below); every quote is asserted to be an exact substring of its passage.

Run:  python3 bench/claims/dates_extra.py   (writes tune_dates.jsonl beside this file)
Tune only: never merge these into test.jsonl.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    _next_holiday,
    _res,
    by_month,
    by_year,
    early_year,
    holiday,
    in_days,
    in_days_anchored,
    in_month,
    md,
    mid_month,
    next_month,
    next_wd,
    quarter,
    rest_of_month,
    this_year_end,
    wd,
    zoned,
)
from extra import passage_list, write

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date
TD = dt.timedelta


def autumn(y):
    """'in the autumn' (northern): meteorological or astronomical, 1 Sep .. 21 Dec."""

    def f(p):
        return _res(D(y, 9, 1), D(y, 12, 21), f"autumn {y} = {y}-09-01..{y}-12-21")

    return f


def after_holiday(name):
    """'after Easter': the week after the holiday."""

    def f(p):
        x = _next_holiday(name, p.date())
        return _res(x + TD(1), x + TD(7), f"after {name} {x}: {x + TD(1)}..{x + TD(7)}")

    return f


def before_holiday_(name):
    """'before Christmas': the eve or the holiday itself."""

    def f(p):
        x = _next_holiday(name, p.date())
        return _res(x - TD(1), x, f"before {name}: {x - TD(1)}..{x}")

    return f


def day_of_month(n, at=None):
    """'on the 15th': the next such day on or after publication."""

    def f(p):
        d0 = p.date()
        x = D(d0.year, d0.month, n) if d0.day <= n else None
        if x is None:
            y, m = (d0.year + 1, 1) if d0.month == 12 else (d0.year, d0.month + 1)
            x = D(y, m, n)
        return _res(x, x, f"next {n}th on/after {d0} = {x}", at)

    return f


PASSAGES, P = passage_list()


# --- start dates ---------------------------------------------------------------
P(
    "d-tariffs-effective-jan1",
    "2018-09-18T08:00:00-04:00",
    "America/New_York",
    "The Trump administration said on Monday that 10% tariffs on $200 billion of Chinese imports will take effect "
    "on Sept. 24. The rate will rise to 25% effective Jan. 1, officials said.",
    [
        C(
            "will take effect on Sept. 24",
            "on Sept. 24",
            md(9, 24),
            "event",
            "the Trump administration",
            real=D(2018, 9, 24),
        ),
        C(
            "The rate will rise to 25% effective Jan. 1",
            "effective Jan. 1",
            md(1, 1),
            "event",
            "officials",
        ),
    ],
    "Section 301 list 3, announced 17 Sep 2018.",
)
P(
    "d-ofgem-cap-april",
    "2022-02-03T12:30:00+00:00",
    "Europe/London",
    "Ofgem said on Thursday that the energy price cap will rise by 54% starting April, adding almost 700 pounds to "
    "a typical annual bill.",
    [
        C(
            "the energy price cap will rise by 54% starting April",
            "starting April",
            in_month(2022, 4),
            "event",
            "Ofgem",
            real=D(2022, 4, 1),
        )
    ],
    "Ofgem cap announcement of 3 Feb 2022.",
)
P(
    "d-trump-letters-aug1",
    "2025-07-08T07:00:00-04:00",
    "America/New_York",
    "In letters posted on Monday, President Donald Trump told Japan and South Korea that 25% tariffs on their goods "
    "would apply from Aug. 1.",
    [
        C(
            "25% tariffs on their goods would apply from Aug. 1",
            "from Aug. 1",
            md(8, 1),
            "event",
            "Donald Trump",
            real=D(2025, 8, 1),
        )
    ],
    "Tariff letters of 7 Jul 2025.",
)
P(
    "d-germany-co2-price-jan1",
    "2023-12-14T15:00:00+01:00",
    "Europe/Berlin",
    "Under the budget compromise reached on Wednesday, Germany's carbon price on heating and transport fuel will "
    "climb to 45 euros a tonne starting Jan. 1, the finance ministry said.",
    [
        C(
            "will climb to 45 euros a tonne starting Jan. 1",
            "starting Jan. 1",
            md(1, 1),
            "event",
            "the finance ministry",
            real=D(2024, 1, 1),
        )
    ],
    "German 2024 budget deal of 13 Dec 2023.",
)
# --- "by" periods -------------------------------------------------------------------
P(
    "d-gst-network-end-june",
    "2017-05-19T18:00:00+05:30",
    "Asia/Kolkata",
    "The GST Council fixed tax rates for most goods on Thursday. Finance Minister Arun Jaitley said the technology "
    "network would be ready by the end of June, ahead of the launch of the new tax on July 1.",
    [
        C(
            "the technology network would be ready by the end of June",
            "by the end of June",
            by_month(2017, 6),
            "promise",
            "Arun Jaitley",
        ),
        C(
            "ahead of the launch of the new tax on July 1",
            "on July 1",
            md(7, 1),
            "event",
            "Arun Jaitley",
            real=D(2017, 7, 1),
        ),
    ],
    "GST council meeting in Srinagar, 18-19 May 2017; GST launched 1 Jul 2017.",
)
P(
    "d-grain-deal-mid-july",
    "2022-07-06T16:00:00+03:00",
    "Europe/Istanbul",
    "Turkey hopes a deal to reopen Ukraine's Black Sea ports for grain exports will be signed by mid-July, a Turkish "
    "official said on Wednesday.",
    [
        C(
            "will be signed by mid-July",
            "by mid-July",
            mid_month(2022, 7, first=15),
            "prediction",
            "Turkey",
        )
    ],
    "Black Sea grain talks; the deal was signed on 22 Jul 2022.",
)
P(
    "d-boeing-max-year-end",
    "2019-11-11T17:00:00-05:00",
    "America/New_York",
    "Boeing said on Monday it expects regulators to approve the 737 MAX's return by year-end, with deliveries to "
    "airlines resuming in December.",
    [
        C(
            "it expects regulators to approve the 737 MAX's return by year-end",
            "by year-end",
            by_year(2019),
            "prediction",
            "Boeing",
        ),
        C(
            "with deliveries to airlines resuming in December",
            "in December",
            in_month(2019, 12),
            "prediction",
            "Boeing",
        ),
    ],
    "Boeing update of 11 Nov 2019 (the return was later delayed to 2020).",
)
P(
    "d-fca-psa-end-q1",
    "2020-09-14T19:00:00+02:00",
    "Europe/Rome",
    "Fiat Chrysler and Peugeot maker PSA, which agreed to combine last year, said on Monday they still expect to "
    "complete their merger by the end of the first quarter of 2021.",
    [
        C(
            "they still expect to complete their merger by the end of the first quarter of 2021",
            "by the end of the first quarter of 2021",
            by_month(2021, 3),
            "prediction",
            "Fiat Chrysler and PSA",
        )
    ],
    "FCA-PSA revised terms of 14 Sep 2020; Stellantis closed on 16 Jan 2021.",
)
P(
    "d-uk-vaccine-end-july",
    "2021-02-22T18:00:00+00:00",
    "Europe/London",
    "Every adult in Britain will be offered a first dose of a coronavirus vaccine by the end of July, Prime Minister "
    "Boris Johnson told parliament on Monday.",
    [
        C(
            "Every adult in Britain will be offered a first dose of a coronavirus vaccine by the end of July",
            "by the end of July",
            by_month(2021, 7),
            "promise",
            "Boris Johnson",
        )
    ],
    "Roadmap statement of 22 Feb 2021.",
)
P(
    "d-moderna-doses",
    "2020-11-16T09:00:00-05:00",
    "America/New_York",
    "Moderna said on Monday it expects to have about 20 million doses ready for the United States by the end of the "
    "year. Its chief executive, Stephane Bancel, said he expected broad vaccination early next year.",
    [
        C(
            "it expects to have about 20 million doses ready for the United States by the end of the year",
            "by the end of the year",
            this_year_end(),
            "prediction",
            "Moderna",
        ),
        C(
            "he expected broad vaccination early next year",
            "early next year",
            early_year(2021),
            "prediction",
            "Stephane Bancel",
        ),
    ],
    "Moderna interim results of 16 Nov 2020.",
)
# --- durations ------------------------------------------------------------------
P(
    "d-bessent-90-days",
    "2025-04-10T10:00:00-04:00",
    "America/New_York",
    "The administration aims to strike trade deals with dozens of countries within 90 days, Treasury Secretary "
    "Scott Bessent said on Thursday, a day after the president paused most of his new tariffs.",
    [
        C(
            "The administration aims to strike trade deals with dozens of countries within 90 days",
            "within 90 days",
            in_days(90),
            "promise",
            "Scott Bessent",
        )
    ],
    "90-day pause of 9 Apr 2025 (it ran to 9 Jul).",
)
P(
    "d-mccarthy-two-weeks",
    "2023-05-16T20:00:00-04:00",
    "America/New_York",
    "House Speaker Kevin McCarthy said on Tuesday he expected the House to vote on a debt-limit agreement in the "
    "next two weeks.",
    [
        C(
            "he expected the House to vote on a debt-limit agreement in the next two weeks",
            "in the next two weeks",
            in_days(14),
            "prediction",
            "Kevin McCarthy",
        )
    ],
    "Debt-ceiling talks, 16 May 2023; the House voted on 31 May.",
)
P(
    "d-fukushima-17-days",
    "2023-08-24T16:00:00+09:00",
    "Asia/Tokyo",
    "Tokyo Electric Power began releasing treated water from the wrecked Fukushima plant on Thursday and said it "
    "would discharge about 7,800 cubic metres over the next 17 days.",
    [
        C(
            "would discharge about 7,800 cubic metres over the next 17 days",
            "over the next 17 days",
            in_days(17),
            "promise",
            "Tokyo Electric Power",
        )
    ],
    "First Fukushima discharge, 24 Aug 2023.",
)
P(
    "d-tiktok-90-days",
    "2020-08-15T09:00:00-04:00",
    "America/New_York",
    "President Donald Trump on Friday ordered ByteDance to divest TikTok's U.S. business within 90 days.",
    [
        C(
            "ordered ByteDance to divest TikTok's U.S. business within 90 days",
            "within 90 days",
            in_days_anchored(90, "Friday"),
            "deadline",
            "Donald Trump",
            real=D(2020, 11, 12),
        )
    ],
    "CFIUS order of 14 Aug 2020: 90 days -> 12 Nov 2020.",
)
P(
    "d-opec-two-weeks-time",
    "2016-11-16T12:00:00+01:00",
    "Europe/Vienna",
    "OPEC ministers will meet in two weeks' time to finalise the first output cut in eight years, the group's "
    "secretary general, Mohammad Barkindo, said on Wednesday.",
    [
        C(
            "OPEC ministers will meet in two weeks' time",
            "in two weeks' time",
            in_days(14),
            "event",
            "Mohammad Barkindo",
            real=D(2016, 11, 30),
        )
    ],
    "OPEC Vienna meeting of 30 Nov 2016.",
)
# --- weekdays -------------------------------------------------------------------
P(
    "d-brexit-vote-next-tuesday",
    "2019-01-07T13:00:00+00:00",
    "Europe/London",
    "Britain's parliament will vote on Theresa May's Brexit deal next Tuesday, the government said on Monday, "
    "after the vote was pulled in December.",
    [
        C(
            "Britain's parliament will vote on Theresa May's Brexit deal next Tuesday",
            "next Tuesday",
            next_wd("Tuesday"),
            "event",
            "the government",
            real=D(2019, 1, 15),
        )
    ],
    "Meaningful vote held 15 Jan 2019.",
)
P(
    "d-jobs-report-this-friday",
    "2023-03-10T06:00:00-05:00",
    "America/New_York",
    "The Labor Department will publish its February jobs report this Friday at 8:30 a.m., with economists expecting "
    "about 225,000 new jobs.",
    [
        C(
            "The Labor Department will publish its February jobs report this Friday at 8:30 a.m.",
            "this Friday at 8:30 a.m.",
            wd("Friday", "08:30"),
            "event",
            None,
            real=D(2023, 3, 10),
        )
    ],
    "February 2023 payrolls, released 10 Mar 2023.",
)
P(
    "d-iphone16-this-friday",
    "2024-09-14T10:00:00-07:00",
    "America/Los_Angeles",
    "Pre-orders for the iPhone 16 opened on Friday, and the phones go on sale in stores this Friday.",
    [
        C(
            "the phones go on sale in stores this Friday",
            "this Friday",
            wd("Friday"),
            "event",
            None,
            real=D(2024, 9, 20),
        )
    ],
    "iPhone 16 on sale 20 Sep 2024.",
)
P(
    "d-fed-wednesday-tokyo",
    "2023-07-24T09:00:00+09:00",
    "Asia/Tokyo",
    "The Federal Reserve will announce its rate decision at 2 p.m. Washington time on Wednesday, and the Bank of "
    "Japan will follow on Friday.",
    [
        C(
            "The Federal Reserve will announce its rate decision at 2 p.m. Washington time on Wednesday",
            "at 2 p.m. Washington time on Wednesday",
            zoned(wd("Wednesday"), "14:00", "America/New_York"),
            "event",
            None,
        ),
        C(
            "the Bank of Japan will follow on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real=D(2023, 7, 28),
        ),
    ],
    "FOMC 25-26 Jul 2023; BoJ 28 Jul 2023.",
)
P(
    "d-eu-summit-brussels-time",
    "2019-10-15T08:00:00+01:00",
    "Europe/London",
    "European Union leaders will gather at 10 a.m. Brussels time on Thursday for a summit that could settle Britain's "
    "exit terms.",
    [
        C(
            "European Union leaders will gather at 10 a.m. Brussels time on Thursday",
            "at 10 a.m. Brussels time on Thursday",
            zoned(wd("Thursday"), "10:00", "Europe/Brussels"),
            "event",
            None,
        )
    ],
    "European Council of 17-18 Oct 2019.",
)
P(
    "d-wwdc-pacific-sydney",
    "2023-06-02T12:00:00+10:00",
    "Australia/Sydney",
    "Apple is expected to unveil its first mixed-reality headset when its developer conference opens at 10 a.m. "
    "Pacific time on Monday.",
    [
        C(
            "when its developer conference opens at 10 a.m. Pacific time on Monday",
            "at 10 a.m. Pacific time on Monday",
            zoned(wd("Monday"), "10:00", "America/Los_Angeles"),
            "event",
            None,
        )
    ],
    "WWDC keynote 5 Jun 2023 10:00 PDT = 6 Jun 03:00 Sydney.",
)
P(
    "d-boj-noon-tokyo-ny",
    "2024-03-18T10:00:00-04:00",
    "America/New_York",
    "The Bank of Japan, which has kept rates below zero since 2016, will announce its decision around noon Tokyo "
    "time on Tuesday.",
    [
        C(
            "will announce its decision around noon Tokyo time on Tuesday",
            "around noon Tokyo time on Tuesday",
            zoned(wd("Tuesday"), "12:00", "Asia/Tokyo"),
            "event",
            None,
        )
    ],
    "BoJ meeting 18-19 Mar 2024: noon JST Tue = 23:00 EDT Mon.",
)
P(
    "d-opec-gmt-kolkata",
    "2023-06-02T17:00:00+05:30",
    "Asia/Kolkata",
    "OPEC+ ministers will meet in Vienna at 1200 GMT on Sunday to discuss output policy for 2024.",
    [
        C(
            "OPEC+ ministers will meet in Vienna at 1200 GMT on Sunday",
            "at 1200 GMT on Sunday",
            zoned(wd("Sunday"), "12:00", "UTC"),
            "event",
            None,
        )
    ],
    "OPEC+ meeting of 4 Jun 2023.",
)
P(
    "d-ecb-hour-cet-ny",
    "2019-09-10T07:00:00-04:00",
    "America/New_York",
    "The European Central Bank will publish its policy statement at 1:45 p.m. Frankfurt time on Thursday, and "
    "Mario Draghi will hold a news conference 45 minutes later.",
    [
        C(
            "The European Central Bank will publish its policy statement at 1:45 p.m. Frankfurt time on Thursday",
            "at 1:45 p.m. Frankfurt time on Thursday",
            zoned(wd("Thursday"), "13:45", "Europe/Berlin"),
            "event",
            None,
            real=D(2019, 9, 12),
        )
    ],
    "ECB meeting of 12 Sep 2019.",
)
P(
    "d-nasa-launch-et-london",
    "2020-05-26T09:00:00+01:00",
    "Europe/London",
    "SpaceX is set to launch two NASA astronauts from Florida at 4:33 p.m. EDT on Wednesday, the first crewed "
    "launch from U.S. soil since 2011.",
    [
        C(
            "SpaceX is set to launch two NASA astronauts from Florida at 4:33 p.m. EDT on Wednesday",
            "at 4:33 p.m. EDT on Wednesday",
            zoned(wd("Wednesday"), "16:33", "America/New_York"),
            "event",
            None,
        )
    ],
    "Demo-2 launch attempt of 27 May 2020 (scrubbed, flew 30 May).",
)
# --- explicit days ---------------------------------------------------------------
P(
    "d-irs-the-15th",
    "2020-07-01T09:00:00-04:00",
    "America/New_York",
    "Americans have two more weeks to file: the Internal Revenue Service moved this year's deadline to July, and "
    "returns are now due on the 15th.",
    [
        C(
            "returns are now due on the 15th",
            "on the 15th",
            day_of_month(15),
            "deadline",
            "the Internal Revenue Service",
            real=D(2020, 7, 15),
        )
    ],
    "2020 filing deadline moved to 15 Jul.",
)
P(
    "d-shutdown-sept-30",
    "2023-09-25T08:00:00-04:00",
    "America/New_York",
    "Federal funding runs out on Sept. 30, and House Speaker Kevin McCarthy, who faces a revolt from hardliners, has "
    "yet to win support for a stopgap bill.",
    [
        C(
            "Federal funding runs out on Sept. 30",
            "on Sept. 30",
            md(9, 30),
            "deadline",
            None,
            real=D(2023, 9, 30),
        )
    ],
    "FY2024 appropriations lapse date.",
)
P(
    "d-imf-weo-jan30",
    "2024-01-16T11:00:00-05:00",
    "America/New_York",
    "Kristalina Georgieva, the managing director of the International Monetary Fund, said on Tuesday that the fund "
    "would release its updated global forecasts on Jan. 30.",
    [
        C(
            "the fund would release its updated global forecasts on Jan. 30",
            "on Jan. 30",
            md(1, 30),
            "event",
            "Kristalina Georgieva",
            real=D(2024, 1, 30),
        )
    ],
    "IMF WEO update, 30 Jan 2024.",
)
P(
    "d-iowa-feb3",
    "2019-11-04T10:00:00-06:00",
    "America/Chicago",
    "Iowa Democrats will hold their caucuses on Feb. 3, the first contest of the nominating race, and New Hampshire "
    "votes on Feb. 11.",
    [
        C(
            "Iowa Democrats will hold their caucuses on Feb. 3",
            "on Feb. 3",
            md(2, 3),
            "event",
            None,
            real=D(2020, 2, 3),
        ),
        C(
            "New Hampshire votes on Feb. 11",
            "on Feb. 11",
            md(2, 11),
            "event",
            None,
            real=D(2020, 2, 11),
        ),
    ],
    "2020 primary calendar.",
)
P(
    "d-taiwan-jan13",
    "2023-11-24T18:00:00+08:00",
    "Asia/Taipei",
    "Taiwan's opposition parties failed on Friday to agree on a joint ticket for the presidential election on "
    "Jan. 13.",
    [
        C(
            "the presidential election on Jan. 13",
            "on Jan. 13",
            md(1, 13),
            "event",
            None,
            real=D(2024, 1, 13),
        )
    ],
    "Taiwan election of 13 Jan 2024; registration closed 24 Nov 2023.",
)
P(
    "d-brexit-march29",
    "2018-09-20T17:00:00+01:00",
    "Europe/London",
    "Britain, which voted to leave in June 2016, is due to leave the European Union on March 29, and EU leaders "
    "meeting in Salzburg on Thursday said the deal must be done by October.",
    [
        C(
            "is due to leave the European Union on March 29",
            "on March 29",
            md(3, 29),
            "event",
            None,
        ),
        C(
            "the deal must be done by October",
            "by October",
            by_month(2018, 10),
            "deadline",
            "EU leaders",
        ),
    ],
    "Salzburg summit, 20 Sep 2018.",
)
P(
    "d-lagarde-june",
    "2024-04-11T16:00:00+02:00",
    "Europe/Berlin",
    "Christine Lagarde, the president of the European Central Bank, which kept rates at a record high on Thursday, "
    "said policymakers would know a lot more in June.",
    [
        C(
            "said policymakers would know a lot more in June",
            "in June",
            in_month(2024, 6),
            "prediction",
            "Christine Lagarde",
        )
    ],
    "ECB meeting of 11 Apr 2024; the June meeting cut rates.",
)
P(
    "d-bailey-december",
    "2021-11-19T12:00:00+00:00",
    "Europe/London",
    "Andrew Bailey, the Bank of England's governor, who was criticised for not raising rates earlier this month, said "
    "on Friday that the central bank would raise rates in December if the labour market held up.",
    [],
    "Bailey speech of 19 Nov 2021: a conditional, so no claim.",
)
P(
    "d-rbi-governor-apposition",
    "2022-05-04T15:00:00+05:30",
    "Asia/Kolkata",
    "Shaktikanta Das, the Reserve Bank of India's governor, who called an unscheduled meeting this week, said on "
    "Wednesday that the central bank would next review rates in June.",
    [
        C(
            "the central bank would next review rates in June",
            "in June",
            in_month(2022, 6),
            "event",
            "Shaktikanta Das",
            real=D(2022, 6, 8),
        )
    ],
    "RBI off-cycle hike of 4 May 2022; June meeting 6-8 Jun.",
)
# --- holidays -------------------------------------------------------------------
P(
    "d-tax-bill-before-christmas",
    "2017-12-15T17:00:00-05:00",
    "America/New_York",
    "Republican leaders said on Friday they expect to send the tax overhaul to President Donald Trump before "
    "Christmas.",
    [
        C(
            "they expect to send the tax overhaul to President Donald Trump before Christmas",
            "before Christmas",
            before_holiday_("Christmas"),
            "prediction",
            "Republican leaders",
        )
    ],
    "Tax Cuts and Jobs Act, signed 22 Dec 2017.",
)
P(
    "d-pelosi-thanksgiving",
    "2021-11-08T14:00:00-05:00",
    "America/New_York",
    "House Speaker Nancy Pelosi said on Monday that the House would pass the social spending bill by Thanksgiving.",
    [
        C(
            "the House would pass the social spending bill by Thanksgiving",
            "by Thanksgiving",
            holiday("Thanksgiving"),
            "promise",
            "Nancy Pelosi",
        )
    ],
    "Build Back Better passed the House on 19 Nov 2021.",
)
P(
    "d-trump-easter",
    "2020-03-24T18:00:00-04:00",
    "America/New_York",
    "President Donald Trump said on Tuesday he wanted the country opened up by Easter.",
    [
        C(
            "he wanted the country opened up by Easter",
            "by Easter",
            holiday("Easter"),
            "promise",
            "Donald Trump",
        )
    ],
    "Fox News town hall of 24 Mar 2020; Easter was 12 Apr 2020.",
)
P(
    "d-merkel-after-easter",
    "2020-04-01T19:00:00+02:00",
    "Europe/Berlin",
    "Chancellor Angela Merkel said on Wednesday that Germany's contact restrictions would stay in place until "
    "April 19 and that the government would review them after Easter.",
    [
        C(
            "Germany's contact restrictions would stay in place until April 19",
            "until April 19",
            md(4, 19),
            "deadline",
            "Angela Merkel",
        ),
        C(
            "the government would review them after Easter",
            "after Easter",
            after_holiday("Easter"),
            "promise",
            "Angela Merkel",
            real=D(2020, 4, 15),
        ),
    ],
    "Merkel and state premiers, 1 Apr 2020; review on 15 Apr 2020.",
)
# --- vague periods -----------------------------------------------------------------
P(
    "d-boe-later-this-month",
    "2022-09-05T08:00:00+01:00",
    "Europe/London",
    "Economists polled by Reuters expect the Bank of England to raise rates again later this month.",
    [
        C(
            "expect the Bank of England to raise rates again later this month",
            "later this month",
            rest_of_month(),
            "prediction",
            "economists",
            real=D(2022, 9, 22),
        )
    ],
    "BoE hike of 22 Sep 2022.",
)
P(
    "d-ios13-autumn",
    "2019-06-03T12:00:00-07:00",
    "America/Los_Angeles",
    "Apple said on Monday that iOS 13 will be released to the public in the autumn, as a free update.",
    [
        C(
            "iOS 13 will be released to the public in the autumn",
            "in the autumn",
            autumn(2019),
            "event",
            "Apple",
            real=D(2019, 9, 19),
        )
    ],
    "WWDC 2019; iOS 13 shipped 19 Sep 2019.",
)
P(
    "d-powell-next-month",
    "2024-07-31T15:00:00-04:00",
    "America/New_York",
    "Jerome Powell, the Fed chair, said on Wednesday that a rate cut could come as soon as September, and the Fed "
    "will hold its Jackson Hole symposium next month.",
    [
        C(
            "the Fed will hold its Jackson Hole symposium next month",
            "next month",
            next_month(),
            "event",
            None,
            real=D(2024, 8, 22),
        )
    ],
    "FOMC 31 Jul 2024: 'could' is not a claim; Jackson Hole 22-24 Aug 2024.",
)
P(
    "d-germany-lng-q1-next-year",
    "2022-10-24T10:00:00+02:00",
    "Europe/Berlin",
    "Germany's first floating LNG terminal, at Wilhelmshaven, is almost finished, and two more are due in the first "
    "quarter of next year, the economy ministry said.",
    [
        C(
            "two more are due in the first quarter of next year",
            "in the first quarter of next year",
            quarter(2023, 1),
            "prediction",
            "the economy ministry",
        )
    ],
    "German LNG terminals, autumn 2022.",
)
P(
    "d-eu-ai-act-mid",
    "2024-06-12T11:00:00+02:00",
    "Europe/Brussels",
    "The EU's artificial intelligence law cleared its final vote last month, and bans on the riskiest uses "
    "will apply from February next year.",
    [
        C(
            "bans on the riskiest uses will apply from February next year",
            "from February next year",
            in_month(2025, 2),
            "event",
            None,
            real=D(2025, 2, 2),
        )
    ],
    "AI Act: in force 1 Aug 2024; prohibitions from 2 Feb 2025.",
)
# --- no-claim traps -----------------------------------------------------------------
P(
    "d-past-aug1",
    "2019-09-03T09:00:00-04:00",
    "America/New_York",
    "The tariffs, which took effect on Sept. 1, were first announced on Aug. 1 and have been in place since the "
    "start of the month.",
    [],
    "US tariff list 4A, in force 1 Sep 2019: all past.",
)
P(
    "d-uk-budget-apposition",
    "2024-10-21T09:00:00+01:00",
    "Europe/London",
    "Rachel Reeves, Britain's first female finance minister, who took office in July, will present her first "
    "budget on Oct. 30, the Treasury said.",
    [
        C(
            "will present her first budget on Oct. 30",
            "on Oct. 30",
            md(10, 30),
            "event",
            "the Treasury",
            real=D(2024, 10, 30),
        )
    ],
    "UK budget of 30 Oct 2024.",
)


def build() -> list[dict]:
    rows, seen = [], set()
    for p in PASSAGES:
        assert p["id"] not in seen, p["id"]
        seen.add(p["id"])
        tz = ZoneInfo(p["tz"])
        pub = dt.datetime.fromisoformat(p["published"]).astimezone(tz)
        claims, notes = [], [p["notes"]]
        for c in p["claims"]:
            assert c["quote"] in p["text"], (p["id"], c["quote"])
            assert c["time_text"] in p["text"], (p["id"], c["time_text"])
            assert c["kind"] in ("deadline", "event", "promise", "prediction"), c
            r = c["rule"](pub)
            lo, hi, at = r["due"], r["due_max"], r["time"]
            assert pub.date() <= lo <= hi, (p["id"], c["quote"], lo, hi)
            if c["real"] is not None:
                assert lo <= c["real"] <= hi or (c["real_le"] and c["real"] <= hi), (
                    p["id"],
                    c["quote"],
                    c["real"],
                    lo,
                    hi,
                )
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
            notes.append(f"{c['time_text']!r} from {pub.date()} {pub:%a}: {r['desc']}")
        rows.append(
            {
                "id": p["id"],
                "published": p["published"],
                "tz": p["tz"],
                "text": p["text"],
                "claims": claims,
                "notes": " ".join(notes),
                "tags": ["dates"] + (["no-claim"] if not claims else []),
            }
        )
    return rows


def main() -> None:
    write(build(), "tune_dates.jsonl")


if __name__ == "__main__":
    main()
