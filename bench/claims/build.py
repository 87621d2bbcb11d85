#!/usr/bin/env python3
"""Generate the labelled dated-claims benchmark (tune.jsonl / test.jsonl).

Every passage below is a short news-style paraphrase, written for this set, of a real
event from 2015-2025.  Claims are given as *rules* that compute their accepted due-date
range from the passage's publication moment (stdlib datetime + zoneinfo only), never as
hand-typed dates.  Where the real-world date of the event is known, `real=` records it
and the build asserts that the computed range contains it (or, for "by"-style
deadlines marked real_le=True, that the real date falls on or before due_max), which
audits the publication dates and weekday arithmetic.

Run:  python3 bench/claims/build.py      (writes tune.jsonl and tune_retired.jsonl beside this file)
Format and matching rules: /work/shared/bench/claims-format.md ; rules for ambiguous
cases: README.md beside this file.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date
TD = dt.timedelta
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# ---------------------------------------------------------------------------
# Date rules.  Each rule is a function (pub_local: datetime) -> dict with
# due, due_max (date), time ("HH:MM" or None) and desc (how it was computed).


def _res(lo, hi, desc, time=None):
    return {"due": lo, "due_max": hi, "time": time, "desc": desc}


def _wd_index(name):
    return WEEKDAYS.index(name)


def weekday_on_or_after(d0: D, name: str) -> D:
    """The coming <weekday>; the publication day itself if it is that weekday."""
    return d0 + TD((_wd_index(name) - d0.weekday()) % 7)


def weekday_after(d0: D, name: str) -> D:
    """The first <weekday> strictly after d0."""
    k = (_wd_index(name) - d0.weekday()) % 7
    return d0 + TD(k or 7)


def end_of_month(y, m) -> D:
    nm = D(y + (m == 12), m % 12 + 1, 1)
    return nm - TD(1)


def wd(name, at=None):
    """'on Friday', 'by Friday', "Friday's vote": the coming weekday (same day allowed)."""
    def f(p):
        d0 = p.date()
        x = weekday_on_or_after(d0, name)
        return _res(x, x, f"weekday_on_or_after({d0} {d0:%a}, {name}) = {x}", at)
    return f


def next_wd(name, at=None):
    """'next Tuesday': both readings -- the first one strictly after publication, and
    the one in the following Monday-Sunday week (they coincide unless the first falls
    in the publication's own week)."""
    def f(p):
        d0 = p.date()
        a = weekday_after(d0, name)
        same_week = a.isocalendar()[:2] == d0.isocalendar()[:2]
        b = a + TD(7) if same_week else a
        return _res(a, b, f"next {name} from {d0} {d0:%a}: readings {a} and {b}", at)
    return f


def wd_next_week(name, at=None):
    """'Thursday next week': that weekday in the Monday-Sunday week after publication."""
    def f(p):
        d0 = p.date()
        mon = d0 - TD(d0.weekday()) + TD(7)
        x = mon + TD(_wd_index(name))
        return _res(x, x, f"{name} of the week after {d0} {d0:%a} = {x}", at)
    return f


def midnight_on(name):
    """'midnight on Saturday': the weekday itself or the next day (both readings)."""
    def f(p):
        d0 = p.date()
        x = weekday_on_or_after(d0, name)
        return _res(x, x + TD(1), f"midnight on {name} from {d0}: {x} or {x + TD(1)}", None)
    return f


def span_wd(a, b):
    """'between Wednesday night and Thursday morning': from one weekday to the other."""
    def f(p):
        d0 = p.date()
        x, y = weekday_on_or_after(d0, a), weekday_on_or_after(d0, b)
        return _res(x, y, f"{a}..{b} from {d0} {d0:%a} = {x}..{y}")
    return f


def _next_md(d0: D, month: int, day: int) -> D:
    """The next <month> <day> on or after d0."""
    x = D(d0.year, month, day)
    return x if x >= d0 else D(d0.year + 1, month, day)


def md(month, day, at=None):
    """An explicit month and day without a year: its next occurrence on or after publication."""
    def f(p):
        d0 = p.date()
        x = _next_md(d0, month, day)
        return _res(x, x, f"{month:02d}-{day:02d} on/after {d0} = {x}", at)
    return f


def md_span(m1, d1, m2, d2):
    """'from May 4 to May 9', 'on Oct. 13 and 14': one activity over consecutive days given as
    two year-less dates; the start is its next occurrence on or after publication, the end the
    next on or after the start, and the claim spans both."""
    def f(p):
        d0 = p.date()
        a = _next_md(d0, m1, d1)
        b = _next_md(a, m2, d2)
        return _res(a, b, f"{m1:02d}-{d1:02d}..{m2:02d}-{d2:02d} on/after {d0} = {a}..{b}")
    return f


def ymd(y, m, d, at=None):
    def f(p):
        x = D(y, m, d)
        return _res(x, x, f"explicit date {x}", at)
    return f


def ymd_span(y1, m1, d1, y2, m2, d2):
    """'from Nov. 30 to Dec. 12, 2023': one activity over consecutive days given with its year;
    the claim spans both ends."""
    def f(p):
        lo, hi = D(y1, m1, d1), D(y2, m2, d2)
        return _res(lo, hi, f"explicit span {lo}..{hi}")
    return f


def in_days(n, m=None):
    """'within 10 to 12 days', 'within the next week' (n=7): publication + n (.. + m)."""
    m = n if m is None else m
    def f(p):
        d0 = p.date()
        return _res(d0 + TD(n), d0 + TD(m), f"{d0} + {n}..{m} days = {d0 + TD(n)}..{d0 + TD(m)}")
    return f


def in_days_anchored(n, anchor_wd, m=None):
    """'in 15 days' reported after a signing on <weekday>: accept both anchors
    (the reported day and the publication day); 'in 10 to 12 weeks' (n..m) runs from the
    weekday + n to publication + m."""
    m = n if m is None else m
    def f(p):
        d0 = p.date()
        k = (d0.weekday() - _wd_index(anchor_wd)) % 7
        a = d0 - TD(k)
        span = f"{n}" if m == n else f"{n}..{m}"
        return _res(a + TD(n), d0 + TD(m),
                    f"{span} days from {anchor_wd} {a} or from publication {d0}: {a + TD(n)}..{d0 + TD(m)}")
    return f


def in_years(n):
    def f(p):
        d0 = p.date()
        x = D(d0.year + n, d0.month, d0.day)
        return _res(x, x, f"{d0} + {n} years = {x}")
    return f


def add_months(d0: D, n: int) -> D:
    """The same day of the month n calendar months on (clamped to the month's last day)."""
    y, m = divmod(d0.month - 1 + n, 12)
    y, m = d0.year + y, m + 1
    return D(y, m, min(d0.day, end_of_month(y, m).day))


def in_months(n):
    """'has two months to decide', 'within a month': the same day of the month n calendar
    months after the publication day (clamped to the month's last day)."""
    def f(p):
        d0 = p.date()
        x = add_months(d0, n)
        return _res(x, x, f"{d0} + {n} month(s) = {x}")
    return f


def months_span(y1, m1, y2, m2):
    """'in December or January': alternatives of one unit, one claim spanning both whole months."""
    def f(p):
        lo, hi = D(y1, m1, 1), end_of_month(y2, m2)
        return _res(lo, hi, f"whole months {y1}-{m1:02d}..{y2}-{m2:02d} = {lo}..{hi}")
    return f


def in_months_anchored(n, anchor_wd):
    """'within 14 months' of a signing reported on <weekday>: accept both anchors (the reported
    day and the publication day), like in_days_anchored for days."""
    def f(p):
        d0 = p.date()
        a = d0 - TD((d0.weekday() - _wd_index(anchor_wd)) % 7)
        lo, hi = add_months(a, n), add_months(d0, n)
        return _res(lo, hi, f"{n} months from {anchor_wd} {a} or from publication {d0}: {lo}..{hi}")
    return f


def rest_of_year():
    """'later this year': publication day .. 31 December of the publication year."""
    def f(p):
        d0 = p.date()
        x = D(d0.year, 12, 31)
        return _res(d0, x, f"rest of the year from {d0} = {d0}..{x}")
    return f


def this_end_of_month():
    """'by the end of the month'."""
    def f(p):
        d0 = p.date()
        x = end_of_month(d0.year, d0.month)
        return _res(x, x, f"end of the month of {d0} = {x}")
    return f


def rest_of_month():
    """'later this month': publication day .. end of the month."""
    def f(p):
        d0 = p.date()
        x = end_of_month(d0.year, d0.month)
        return _res(d0, x, f"rest of the month from {d0} = {d0}..{x}")
    return f


def month_named_end(month):
    """'by the end of January' (year inferred: next occurrence)."""
    def f(p):
        d0 = p.date()
        y = d0.year if month >= d0.month else d0.year + 1
        x = end_of_month(y, month)
        return _res(x, x, f"end of month {month} on/after {d0} = {x}")
    return f


def next_month():
    """'next month': the whole following calendar month."""
    def f(p):
        d0 = p.date()
        y, m = (d0.year + 1, 1) if d0.month == 12 else (d0.year, d0.month + 1)
        return _res(D(y, m, 1), end_of_month(y, m), f"month after {d0} = {y}-{m:02d}")
    return f


def in_month(y, m):
    """'in August 2026', 'from February 2025', 'in October': the whole month."""
    def f(p):
        return _res(D(y, m, 1), end_of_month(y, m), f"whole month {y}-{m:02d}")
    return f


def by_month(y, m):
    """'by June 2025': last day of the month."""
    def f(p):
        x = end_of_month(y, m)
        return _res(x, x, f"last day of {y}-{m:02d} = {x}")
    return f


def by_year(y):
    """'by 2030', 'by year-end', 'until the end of December' (of year y): Dec 31."""
    def f(p):
        x = D(y, 12, 31)
        return _res(x, x, f"last day of {y} = {x}")
    return f


def this_year_end():
    def f(p):
        d0 = p.date()
        x = D(d0.year, 12, 31)
        return _res(x, x, f"end of the year of {d0} = {x}")
    return f


def in_year(y):
    """'in 2029', 'for 2024', 'this year': the whole year."""
    def f(p):
        return _res(D(y, 1, 1), D(y, 12, 31), f"whole year {y}")
    return f


def before_year(y):
    """'before 2030': strictly the end of y-1, commonly read as by the end of y: accept both."""
    def f(p):
        return _res(D(y - 1, 12, 31), D(y, 12, 31), f"before {y}: {y - 1}-12-31..{y}-12-31")
    return f


def quarter(y, q):
    """'in the first quarter of next year': the whole quarter."""
    def f(p):
        lo = D(y, 3 * q - 2, 1)
        return _res(lo, end_of_month(y, 3 * q), f"Q{q} {y} = {lo}..{end_of_month(y, 3 * q)}")
    return f


def half(y, h):
    def f(p):
        lo, hi = (D(y, 1, 1), D(y, 6, 30)) if h == 1 else (D(y, 7, 1), D(y, 12, 31))
        return _res(lo, hi, f"H{h} {y} = {lo}..{hi}")
    return f


def mid_year(y):
    """'mid-2026' (with or without 'by'): June 1 .. July 31."""
    def f(p):
        return _res(D(y, 6, 1), D(y, 7, 31), f"mid-{y} = {y}-06-01..{y}-07-31")
    return f


def mid_month(y, m, first=11):
    """'by mid-February': the middle of the month, read generously like mid_year: the 11th to
    the 20th (the first batch of date passages used first=15)."""
    def f(p):
        lo, hi = D(y, m, first), D(y, m, 20)
        return _res(lo, hi, f"mid {y}-{m:02d} = {lo}..{hi}")
    return f


def early_year(y):
    """'early next year', 'early 2024' (with or without 'by'): January 1 .. April 30."""
    def f(p):
        return _res(D(y, 1, 1), D(y, 4, 30), f"early {y} = {y}-01-01..{y}-04-30")
    return f


# holidays ------------------------------------------------------------------

def easter_date(y: int) -> D:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return D(y, month, day + 1)


def thanksgiving_us(y: int) -> D:
    nov1 = D(y, 11, 1)
    first_thu = nov1 + TD((3 - nov1.weekday()) % 7)
    return first_thu + TD(21)


HOLIDAYS = {"Easter": easter_date, "Thanksgiving": thanksgiving_us,
            "Christmas": lambda y: D(y, 12, 25)}


def _next_holiday(name, d0):
    h = HOLIDAYS[name](d0.year)
    return h if h >= d0 else HOLIDAYS[name](d0.year + 1)


def holiday(name, at=None):
    """'by Christmas', 'on Christmas Day', 'by Thanksgiving': the holiday itself."""
    def f(p):
        d0 = p.date()
        x = _next_holiday(name, d0)
        return _res(x, x, f"next {name} on/after {d0} = {x}", at)
    return f


def before_holiday(name):
    """'before Christmas': the eve or the holiday itself."""
    def f(p):
        d0 = p.date()
        x = _next_holiday(name, d0)
        return _res(x - TD(1), x, f"before {name}: {x - TD(1)}..{x}")
    return f


# time zones ----------------------------------------------------------------

def zoned(rule, hhmm, src_tz):
    """A time given in another zone ('5 p.m. ET Friday' in a Tokyo passage): resolve the
    day in the source zone, then convert the moment to the passage's zone."""
    def f(p):
        src = ZoneInfo(src_tz)
        ps = p.astimezone(src)
        r = rule(ps)
        h, m = map(int, hhmm.split(":"))
        moment = dt.datetime(r["due"].year, r["due"].month, r["due"].day, h, m, tzinfo=src)
        loc = moment.astimezone(p.tzinfo)
        x = loc.date()
        return _res(x, x, f"{r['desc']} at {hhmm} {src_tz} = {moment.isoformat()} -> {loc.isoformat()}",
                    loc.strftime("%H:%M"))
    return f


# ---------------------------------------------------------------------------
# Passages

PASSAGES = []


def C(quote, time_text, rule, kind, speaker, real=None, real_le=False):
    return {"quote": quote, "time_text": time_text, "rule": rule, "kind": kind,
            "speaker": speaker, "real": real, "real_le": real_le}


def passage_adder(store):
    """A `P(pid, published, tz, text, claims, basis, tags)` that appends to `store`."""
    def add(pid, published, tz, text, claims, basis, tags):
        store.append({"id": pid, "published_local": published, "tz": tz, "text": text,
                      "claims": claims, "basis": basis, "tags": tags})
    return add


P = passage_adder(PASSAGES)


def no_claim_adder(add):
    """An `N(pid, published, tz, text, basis, tags)`: `add` for a passage without claims."""
    def n(pid, published, tz, text, basis, tags):
        add(pid, published, tz, text, [], basis, ["no-claim", *tags])
    return n


# ===========================================================================
# Central banks

P("fed-sept-2024-meeting", "2024-09-16 08:00", "America/New_York",
  "Federal Reserve officials gather in Washington on Tuesday for a two-day policy meeting that is "
  "widely expected to produce the central bank's first interest-rate reduction since 2020. The decision "
  "will be released at 2 p.m. on Wednesday, followed by a news conference with Chair Jerome Powell. "
  "Inflation has cooled to 2.5% from a peak of 9.1% in June 2022.",
  [C("gather in Washington on Tuesday", "on Tuesday", wd("Tuesday"), "event", None, real="2024-09-17"),
   C("will be released at 2 p.m. on Wednesday", "at 2 p.m. on Wednesday", wd("Wednesday", "14:00"), "event", None,
     real="2024-09-18")],
  "FOMC meeting of 17-18 September 2024 (first cut, 50 bp).",
  ["multi-claim", "time-local", "number-like-date", "past-month"])

P("ecb-june-2025-meeting", "2025-06-03 10:15", "Europe/Berlin",
  "The European Central Bank meets on Thursday, and economists polled by news agencies almost unanimously "
  "expect a quarter-point cut that would take its deposit rate to 2%. President Christine Lagarde has said "
  "the bank is well placed to handle the uncertainty created by US trade policy. Figures released on "
  "Tuesday showed euro zone inflation slowing to 1.9% in May, below the ECB's target for the first time "
  "since last September.",
  [C("The European Central Bank meets on Thursday", "on Thursday", wd("Thursday"), "event", None, real="2025-06-05")],
  "ECB decision of 5 June 2025; May 2025 flash HICP 1.9%.",
  ["past-weekday", "last-month", "past-month"])

P("boe-aug-2024-decision", "2024-07-29 07:00", "Europe/London",
  "The Bank of England announces its next interest rate decision at noon on Thursday, and markets see "
  "roughly even odds of a first cut from the 16-year high of 5.25%. Governor Andrew Bailey has given few "
  "clues since the general election on 4 July.",
  [C("at noon on Thursday", "at noon on Thursday", wd("Thursday", "12:00"), "event", None, real="2024-08-01")],
  "BoE MPC decision of 1 August 2024 (cut to 5%).",
  ["time-local", "explicit-past-date"])

P("boj-march-2024-negative-rates", "2024-03-18 19:00", "Asia/Tokyo",
  "The Bank of Japan, which opened a two-day policy meeting on Monday, is widely tipped to scrap its "
  "negative interest rate policy when the meeting ends on Tuesday, in what would be its first rate "
  "increase in 17 years. Governor Kazuo Ueda told parliament last month that wage gains were broadening. "
  "Japan's biggest companies agreed last week to raise pay by more than 5%, the largest increase in 33 years.",
  [C("when the meeting ends on Tuesday", "on Tuesday", wd("Tuesday"), "event", None, real="2024-03-19")],
  "BoJ ended negative rates on 19 March 2024; Rengo first tally 5.28% on 15 March.",
  ["past-weekday"])

P("rba-feb-2025-decision", "2025-02-17 09:00", "Australia/Sydney",
  "The Reserve Bank of Australia will hand down its first decision of the year at 2:30 p.m. on Tuesday, "
  "with financial markets pricing in a near-certain cut from 4.35%. It would be the first easing since "
  "November 2020. Governor Michele Bullock has said the board needs more confidence that inflation is "
  "returning sustainably to target.",
  [C("at 2:30 p.m. on Tuesday", "at 2:30 p.m. on Tuesday", wd("Tuesday", "14:30"), "event", None, real="2025-02-18")],
  "RBA cut to 4.10% on 18 February 2025.",
  ["time-local", "past-month"])

P("rbi-feb-2025-decision", "2025-02-05 18:00", "Asia/Kolkata",
  "The Reserve Bank of India's six-member monetary policy committee, meeting for the first time under "
  "Governor Sanjay Malhotra, will announce its decision on Friday. Most economists expect a 25 basis point "
  "cut to the repo rate, which has been held at 6.5% since February 2023. Finance Minister Nirmala "
  "Sitharaman's budget on Saturday offered income tax relief to the middle class.",
  [C("will announce its decision on Friday", "on Friday", wd("Friday"), "event", None, real="2025-02-07")],
  "RBI cut repo to 6.25% on 7 February 2025; Union Budget presented Saturday 1 February 2025.",
  ["past-weekday", "past-month"])

P("fed-dec-2023-traders", "2023-12-14 07:30", "America/New_York",
  "Traders now bet the Federal Reserve will begin cutting interest rates in the first quarter of next year, "
  "after policymakers on Wednesday pencilled in three reductions for 2024. Fed Chair Jerome Powell said "
  "the question of when to ease was coming into view. The S&P 500 closed at its highest level since "
  "January 2022.",
  [C("begin cutting interest rates in the first quarter of next year", "in the first quarter of next year",
     quarter(2024, 1), "prediction", "traders"),
   C("pencilled in three reductions for 2024", "for 2024", in_year(2024), "prediction", "Fed policymakers",
     real="2024-09-18")],
  "FOMC of 13 December 2023 (dot plot: three 2024 cuts); futures priced a March 2024 cut. First cut came in September.",
  ["quarter", "same-sentence-claims", "multi-claim", "past-weekday", "year-period"])

P("fed-sept-2017-balance-sheet", "2017-09-20 21:00", "America/New_York",
  "The Federal Reserve said on Wednesday it would begin shrinking its $4.5 trillion balance sheet next "
  "month, unwinding the bond purchases it made after the financial crisis. Policymakers still expect one "
  "more interest rate increase this year, despite a run of soft inflation readings.",
  [C("begin shrinking its $4.5 trillion balance sheet next month", "next month", next_month(), "promise",
     "the Federal Reserve", real="2017-10-02"),
   C("one more interest rate increase this year", "this year", in_year(2017), "prediction", "policymakers",
     real="2017-12-13")],
  "FOMC statement of 20 September 2017: runoff from October; December 2017 hike.",
  ["month-period", "year-period", "number-like-date", "multi-claim"])

P("fed-dec-2024-decision-repeat", "2024-12-16 09:00", "America/New_York",
  "The Federal Reserve announces its final policy decision of the year on Wednesday, with futures markets "
  "pricing in a quarter-point cut that would be its third reduction since September. Wednesday's decision "
  "will also bring fresh economic projections from policymakers, who could signal a slower pace of easing. "
  "Several officials have said they may want to pause.",
  [C("announces its final policy decision of the year on Wednesday", "on Wednesday", wd("Wednesday"), "event",
     None, real="2024-12-18")],
  "FOMC decision of 18 December 2024. The second mention ('Wednesday's decision') repeats the same claim and is labelled once.",
  ["repeated-claim", "may-verb", "past-month"])

P("boe-next-thursday-2023", "2023-10-24 08:00", "Europe/London",
  "The Bank of England is expected to keep interest rates on hold at 5.25% next Thursday, with Governor "
  "Andrew Bailey likely to stress that policy will stay tight for some time. Wage growth eased slightly in "
  "the three months to August, official data showed last week.",
  [C("keep interest rates on hold at 5.25% next Thursday", "next Thursday", next_wd("Thursday"), "prediction",
     None, real="2023-11-02")],
  "BoE held at 5.25% on 2 November 2023. 'next Thursday' on a Tuesday: 26 October or 2 November both accepted.",
  ["next-weekday"])

P("boe-may-2018-markets", "2018-03-22 13:00", "Europe/London",
  "The Bank of England kept interest rates at 0.5% on Thursday, but two policymakers voted for an "
  "immediate rise, and markets now see an increase in May as all but certain. Governor Mark Carney may yet "
  "push back against those expectations if the economy stumbles.",
  [C("markets now see an increase in May", "in May", in_month(2018, 5), "prediction", "markets")],
  "BoE 22 March 2018 (7-2 vote); markets priced a May 2018 hike, which did not happen (rise came in August).",
  ["may-verb", "month-period"])

# ===========================================================================
# Diplomacy, war, ultimatums

P("trump-putin-10-12-days", "2025-07-28 15:00", "Europe/London",
  "US President Donald Trump said on Monday he was shortening the 50-day deadline he had given Vladimir "
  "Putin to end the war in Ukraine, and now expected progress within 10 to 12 days. \"There's no reason in "
  "waiting,\" Trump told reporters during a visit to Scotland. He had set the original deadline two weeks "
  "ago, threatening Russia with severe tariffs.",
  [C("now expected progress within 10 to 12 days", "within 10 to 12 days", in_days(10, 12), "deadline",
     "Donald Trump", real="2025-08-08")],
  "Trump at Turnberry, 28 July 2025; the resulting deadline was Friday 8 August 2025. The superseded 50-day deadline is not labelled.",
  ["range", "superseded-date", "said-on-day"])

P("trump-putin-alaska", "2025-08-09 10:00", "America/New_York",
  "President Donald Trump said late on Friday that he would meet Russian President Vladimir Putin in Alaska "
  "next Friday, the first summit between the two leaders since 2019. The Kremlin confirmed the plan on "
  "Saturday, saying the two sides would work on preparations.",
  [C("meet Russian President Vladimir Putin in Alaska next Friday", "next Friday", next_wd("Friday"), "event",
     "Donald Trump", real="2025-08-15")],
  "Trump-Putin summit in Anchorage, 15 August 2025, announced 8 August. Published Saturday: both readings of 'next Friday' give 15 August.",
  ["next-weekday", "past-weekday"])

P("trump-thanksgiving-ukraine", "2025-11-21 18:00", "America/New_York",
  "Trump said on Friday that he wanted Ukraine's answer on his 28-point peace plan by Thanksgiving, "
  "although he added that deadlines could be extended if talks were going well. President Volodymyr "
  "Zelensky said in a video address that his country faced one of the most difficult moments in its history.",
  [C("wanted Ukraine's answer on his 28-point peace plan by Thanksgiving", "by Thanksgiving",
     holiday("Thanksgiving"), "deadline", "Donald Trump")],
  "Trump's late-November 2025 deadline ('Thursday') for Kyiv; US Thanksgiving 27 November 2025.",
  ["holiday", "number-like-date"])

P("trump-hamas-noon-saturday", "2025-02-11 19:00", "Asia/Jerusalem",
  "Trump said on Monday that all hostages held in Gaza should be released by noon on Saturday, or he would "
  "propose cancelling the ceasefire and let \"all hell break out\". Hamas had said it would delay the next "
  "planned release indefinitely, accusing Israel of breaching the truce. Prime Minister Benjamin Netanyahu "
  "convened his security cabinet on Tuesday.",
  [C("released by noon on Saturday", "by noon on Saturday", wd("Saturday", "12:00"), "deadline", "Donald Trump")],
  "Trump's 10 February 2025 ultimatum (Saturday 15 February, 12:00); no zone given, so passage-local noon.",
  ["time-local", "past-weekday"])

P("trump-hamas-sunday-6pm-jerusalem", "2025-10-03 16:00", "Asia/Jerusalem",
  "Trump gave Hamas until 6 p.m. Washington time on Sunday to accept his plan for ending the war in Gaza, "
  "warning of severe consequences if it refused. Arab mediators were pressing the group to respond. Hamas "
  "said in a statement that it was still consulting.",
  [C("until 6 p.m. Washington time on Sunday", "until 6 p.m. Washington time on Sunday",
     zoned(wd("Sunday"), "18:00", "America/New_York"), "deadline", "Donald Trump")],
  "Trump's Truth Social post of 3 October 2025. 18:00 EDT Sunday 5 October = 01:00 IDT Monday 6 October in the passage's zone.",
  ["time-converted", "date-crossing-conversion"])

P("zelensky-washington-aug-2025", "2025-08-16 20:00", "Europe/Kyiv",
  "Zelensky said on Saturday he would travel to Washington on Monday to meet Trump, their first White House "
  "talks since a heated Oval Office encounter last February. Russian President Vladimir Putin made no "
  "concessions at his summit with Trump in Alaska on Friday.",
  [C("travel to Washington on Monday", "on Monday", wd("Monday"), "event", "Volodymyr Zelensky", real="2025-08-18")],
  "Zelensky-Trump meeting of 18 August 2025; Oval Office clash of 28 February 2025; Alaska summit 15 August.",
  ["last-month", "past-weekday"])

P("putin-istanbul-proposal", "2025-05-11 12:00", "Europe/Moscow",
  "Vladimir Putin proposed in a late-night address that Russia and Ukraine hold direct peace talks in "
  "Istanbul on Thursday, without preconditions. He did not respond directly to the demand by European "
  "leaders, who visited Kyiv on Saturday, that Russia agree to an unconditional 30-day ceasefire starting "
  "Monday.",
  [C("hold direct peace talks in Istanbul on Thursday", "on Thursday", wd("Thursday"), "event", "Vladimir Putin"),
   C("an unconditional 30-day ceasefire starting Monday", "starting Monday", wd("Monday"), "deadline",
     "European leaders")],
  "Putin's address of 11 May 2025 (talks eventually met on 16 May); Macron, Merz, Starmer, Tusk in Kyiv on 10 May demanding a ceasefire from 12 May.",
  ["multi-claim", "past-weekday"])

P("singapore-summit-2018", "2018-06-10 20:00", "Asia/Singapore",
  "Donald Trump and Kim Jong Un arrived in Singapore on Sunday ahead of their historic summit, which will "
  "begin at 9 a.m. on Tuesday at the Capella hotel on Sentosa island. Trump said last week the meeting "
  "would be a chance to get to know each other.",
  [C("begin at 9 a.m. on Tuesday", "at 9 a.m. on Tuesday", wd("Tuesday", "09:00"), "event", None, real="2018-06-12")],
  "Trump-Kim summit, Singapore, 12 June 2018, 09:00 SGT.",
  ["time-local", "past-weekday"])

P("helsinki-summit-2018", "2018-07-13 18:00", "Europe/Helsinki",
  "Trump will meet Vladimir Putin in Helsinki on Monday after a NATO summit in Brussels at which he "
  "berated allies over defence spending. Asked about the talks during a visit to Britain on Friday, Trump "
  "said he did not expect any dramatic breakthroughs.",
  [C("meet Vladimir Putin in Helsinki on Monday", "on Monday", wd("Monday"), "event", None, real="2018-07-16")],
  "Helsinki summit of 16 July 2018.",
  ["past-weekday"])

P("jcpoa-decision-2018", "2018-05-07 18:00", "America/New_York",
  "President Donald Trump said on Twitter that he would announce his decision on the Iran nuclear deal at "
  "2 p.m. on Tuesday, four days ahead of a May 12 deadline for renewing sanctions waivers. European leaders "
  "have spent weeks urging him to stay in the agreement.",
  [C("announce his decision on the Iran nuclear deal at 2 p.m. on Tuesday", "at 2 p.m. on Tuesday",
     wd("Tuesday", "14:00"), "event", "Donald Trump", real="2018-05-08"),
   C("a May 12 deadline for renewing sanctions waivers", "May 12", md(5, 12), "deadline", None, real="2018-05-12")],
  "Trump's JCPOA withdrawal announcement of 8 May 2018; waiver deadline 12 May.",
  ["same-sentence-claims", "multi-claim", "time-local", "explicit-date"])

P("trump-iran-two-weeks", "2025-06-19 15:00", "America/New_York",
  "White House press secretary Karoline Leavitt said on Thursday that President Donald Trump would decide "
  "within the next two weeks whether the United States would join Israel's strikes on Iran, citing a "
  "substantial chance of negotiations. Israel and Iran traded missile fire for a seventh day.",
  [C("would decide within the next two weeks", "within the next two weeks", in_days(14), "promise",
     "Donald Trump", real="2025-06-21", real_le=True)],
  "Leavitt's 19 June 2025 briefing; US strikes came on 21 June.",
  ["duration"])

P("g20-delhi-2023", "2023-09-07 18:00", "Asia/Kolkata",
  "World leaders begin arriving in New Delhi on Friday for a G20 summit that opens on Saturday, with Chinese "
  "President Xi Jinping skipping the meeting and sending Premier Li Qiang instead. Indian officials are "
  "struggling to find wording on the war in Ukraine that all members can accept.",
  [C("begin arriving in New Delhi on Friday", "on Friday", wd("Friday"), "event", None, real="2023-09-08"),
   C("a G20 summit that opens on Saturday", "on Saturday", wd("Saturday"), "event", None, real="2023-09-09")],
  "G20 New Delhi summit, 9-10 September 2023.",
  ["same-sentence-claims", "multi-claim"])

P("biden-xi-woodside-2023", "2023-11-14 18:00", "America/Los_Angeles",
  "President Joe Biden and Chinese leader Xi Jinping will meet on Wednesday at an estate south of San "
  "Francisco, their first face-to-face talks in a year, on the sidelines of the APEC summit. White House "
  "officials said they hoped to restore military-to-military communications.",
  [C("will meet on Wednesday", "on Wednesday", wd("Wednesday"), "event", None, real="2023-11-15")],
  "Biden-Xi meeting at Filoli, Woodside, 15 November 2023.",
  [])

P("g7-hiroshima-2023", "2023-05-17 12:00", "Asia/Tokyo",
  "Leaders of the Group of Seven rich democracies gather in Hiroshima on Friday for a three-day summit at "
  "which Russia's war in Ukraine and China's military build-up will top the agenda. Prime Minister Fumio "
  "Kishida, whose family comes from the city, has made nuclear disarmament a theme.",
  [C("gather in Hiroshima on Friday", "on Friday", wd("Friday"), "event", None, real="2023-05-19")],
  "G7 Hiroshima summit, 19-21 May 2023.",
  [])

P("nato-hague-5pct", "2025-06-25 16:00", "Europe/Amsterdam",
  "NATO leaders meeting in The Hague agreed on Wednesday to raise defence and security spending to 5% of "
  "GDP by 2035, bowing to pressure from President Donald Trump. Spain has said it will not meet the target. "
  "Allies will review the spending trajectory in 2029.",
  [C("5% of GDP by 2035", "by 2035", by_year(2035), "promise", "NATO leaders"),
   C("review the spending trajectory in 2029", "in 2029", in_year(2029), "promise", "Allies")],
  "NATO Hague summit declaration, 25 June 2025.",
  ["multi-claim", "year-period"])

P("troops-home-by-christmas", "2020-10-08 09:00", "America/New_York",
  "President Donald Trump wrote on Twitter on Wednesday evening that the remaining US troops in Afghanistan "
  "should be home by Christmas, surprising Pentagon officials who had planned a slower drawdown. National "
  "Security Adviser Robert O'Brien had said earlier in the day that troop numbers would fall to 2,500 by "
  "early next year.",
  [C("should be home by Christmas", "by Christmas", holiday("Christmas"), "promise", "Donald Trump"),
   C("would fall to 2,500 by early next year", "by early next year", early_year(2021), "prediction",
     "Robert O'Brien", real="2021-01-15")],
  "Trump tweet of 7 October 2020; O'Brien's UNLV remarks the same day; troops reached 2,500 on 15 January 2021.",
  ["holiday", "early-year", "multi-claim", "number-like-date"])

P("us-paris-exit-2020", "2020-11-03 12:00", "UTC",
  "The United States is due to formally leave the Paris climate agreement on Wednesday, a year after the "
  "Trump administration filed notice of withdrawal. Democratic candidate Joe Biden has promised to rejoin "
  "on his first day in office if he wins.",
  [C("formally leave the Paris climate agreement on Wednesday", "on Wednesday", wd("Wednesday"), "event", None,
     real="2020-11-04")],
  "US withdrawal effective 4 November 2020. Biden's conditional 'first day in office' is undated and not labelled.",
  ["hypothetical"])

# ===========================================================================
# Trade and tariffs

P("liberation-day-tariffs", "2025-04-02 21:00", "America/New_York",
  "President Donald Trump unveiled sweeping \"reciprocal\" tariffs in the White House Rose Garden on "
  "Wednesday, with a 10% baseline levy on nearly all imports taking effect on Saturday and higher rates "
  "for dozens of countries, including 34% for China, from April 9.",
  [C("taking effect on Saturday", "on Saturday", wd("Saturday"), "event", "Donald Trump", real="2025-04-05"),
   C("from April 9", "from April 9", md(4, 9), "event", "Donald Trump", real="2025-04-09")],
  "'Liberation Day' tariffs of 2 April 2025: baseline 5 April, country rates 9 April (paused the same day).",
  ["same-sentence-claims", "multi-claim", "explicit-date"])

P("trump-aug1-letters", "2025-07-07 20:00", "America/New_York",
  "Trump began sending letters to foreign leaders on Monday telling them that steep tariffs would take "
  "effect on Aug. 1, including 25% duties on goods from Japan and South Korea. The White House said the "
  "president would also sign an order pushing back a July 9 deadline for countries to strike deals.",
  [C("would take effect on Aug. 1", "on Aug. 1", md(8, 1), "event", "Donald Trump")],
  "Tariff letters of 7 July 2025. The July 9 deadline is being pushed back (superseded) and is not labelled.",
  ["superseded-date", "explicit-date"])

P("us-china-truce-expiry", "2025-08-08 18:00", "Asia/Shanghai",
  "The tariff truce between Washington and Beijing expires on Tuesday, and Chinese exporters are watching "
  "for signs that it will be extended. In May, the two sides agreed in Geneva to slash the triple-digit "
  "levies they had imposed on each other.",
  [C("expires on Tuesday", "on Tuesday", wd("Tuesday"), "deadline", None)],
  "Geneva truce of 12 May 2025, due to lapse 12 August 2025 (extended on 11 August).",
  ["past-month"])

P("eu-retaliation-2018", "2018-06-20 17:00", "Europe/Brussels",
  "The European Union will start charging tariffs on 2.8 billion euros of US goods, including bourbon, "
  "jeans and motorcycles, on Friday, in retaliation for US duties on steel and aluminium, the European "
  "Commission said on Wednesday.",
  [C("will start charging tariffs on 2.8 billion euros of US goods, including bourbon, jeans and motorcycles, on Friday",
     "on Friday", wd("Friday"), "promise", "the European Commission", real="2018-06-22")],
  "EU rebalancing duties applied from 22 June 2018.",
  ["number-like-date"])

P("steel-tariffs-15-days", "2018-03-09 08:00", "Europe/Brussels",
  "President Donald Trump signed orders on Thursday imposing tariffs of 25% on imported steel and 10% on "
  "aluminium, which take effect in 15 days, with Canada and Mexico exempted for now. EU trade commissioner "
  "Cecilia Malmstrom said the bloc should be excluded too.",
  [C("which take effect in 15 days", "in 15 days", in_days_anchored(15, "Thursday"), "event", "Donald Trump",
     real="2018-03-23")],
  "Section 232 proclamations of 8 March 2018, effective 23 March. Counted from the Thursday signing (23 March) or from publication (24 March): both accepted.",
  ["duration", "past-weekday"])

P("canada-retaliation-2025", "2025-02-02 10:00", "America/Toronto",
  "Prime Minister Justin Trudeau said on Saturday that Canada would impose 25% tariffs on 155 billion "
  "Canadian dollars of American goods in response to US levies, with the first tranche of C$30 billion "
  "taking effect on Tuesday. The remaining C$125 billion would follow after a public consultation, he said.",
  [C("the first tranche of C$30 billion taking effect on Tuesday", "on Tuesday", wd("Tuesday"), "event",
     "Justin Trudeau")],
  "Trudeau's address of 1 February 2025; the tariffs planned for 4 February were paused on 3 February.",
  ["number-like-date", "said-on-day", "undated-future"])

P("india-tariff-50pct", "2025-08-26 10:00", "Asia/Kolkata",
  "An additional 25% US tariff on Indian goods, which doubles the total levy to 50%, takes effect at "
  "12:01 a.m. Eastern time on Wednesday, according to a notice from US Customs and Border Protection. New "
  "Delhi has called the penalty over its purchases of Russian oil unfair.",
  [C("takes effect at 12:01 a.m. Eastern time on Wednesday", "at 12:01 a.m. Eastern time on Wednesday",
     zoned(wd("Wednesday"), "00:01", "America/New_York"), "event", "US Customs and Border Protection",
     real="2025-08-27")],
  "CBP notice of 25 August 2025: additional duty from 00:01 EDT 27 August = 09:31 IST 27 August.",
  ["time-converted"])

P("usmca-review-mid-2026", "2025-03-06 19:00", "America/Mexico_City",
  "Mexican officials are preparing for a formal review of the USMCA trade pact scheduled for mid-2026, even "
  "as President Claudia Sheinbaum tries to head off US tariffs that took effect on Tuesday. Sheinbaum said "
  "she would still hold a public gathering in Mexico City's main square on Sunday.",
  [C("a formal review of the USMCA trade pact scheduled for mid-2026", "mid-2026", mid_year(2026), "event", None),
   C("hold a public gathering in Mexico City's main square on Sunday", "on Sunday", wd("Sunday"), "promise",
     "Claudia Sheinbaum", real="2025-03-09")],
  "USMCA joint review due 1 July 2026; US tariffs of 4 March 2025; Zocalo event of 9 March 2025.",
  ["mid-year", "past-weekday", "multi-claim"])

P("opec-dec-2024-meeting", "2024-12-02 08:00", "UTC",
  "OPEC+ will hold its next policy meeting online on Thursday, having postponed it from Sunday, and "
  "delegates say the group is likely to extend its current output cuts into the first quarter of next year.",
  [C("hold its next policy meeting online on Thursday", "on Thursday", wd("Thursday"), "event", None,
     real="2024-12-05"),
   C("extend its current output cuts into the first quarter of next year", "into the first quarter of next year",
     quarter(2025, 1), "prediction", "delegates")],
  "OPEC+ meeting of 5 December 2024 (delayed unwinding to April 2025).",
  ["same-sentence-claims", "multi-claim", "quarter", "past-weekday"])

P("saudi-cut-to-december", "2023-09-05 14:00", "Asia/Riyadh",
  "Saudi Arabia will extend its voluntary oil output cut of 1 million barrels per day until the end of "
  "December, the energy ministry said on Tuesday, a longer extension than analysts had expected. Russia said "
  "it would also prolong its 300,000 barrels-per-day export cut through the end of the year.",
  [C("until the end of December", "until the end of December", by_year(2023), "promise", "the energy ministry"),
   C("through the end of the year", "through the end of the year", this_year_end(), "promise", "Russia")],
  "Saudi and Russian announcements of 5 September 2023.",
  ["year-end", "multi-claim", "number-like-date"])

# ===========================================================================
# Elections and politics

P("uk-election-2024-called", "2024-05-22 19:30", "Europe/London",
  "Prime Minister Rishi Sunak announced on Wednesday that the UK would hold a general election on 4 July, "
  "standing in the rain outside Downing Street. Parliament will be dissolved on Thursday next week, and "
  "the campaign is expected to dominate the coming weeks. The Conservatives trail Labour by about 20 points "
  "in most polls.",
  [C("hold a general election on 4 July", "on 4 July", md(7, 4), "event", "Rishi Sunak", real="2024-07-04"),
   C("dissolved on Thursday next week", "on Thursday next week", wd_next_week("Thursday"), "event", None,
     real="2024-05-30")],
  "Sunak's announcement of 22 May 2024; dissolution 30 May; election 4 July.",
  ["next-week-weekday", "multi-claim", "undated-future", "explicit-date"])

P("may-snap-election-2017", "2017-04-18 13:00", "Europe/London",
  "Prime Minister Theresa May called a snap general election for June 8 on Tuesday, saying the country "
  "needed certainty and strong leadership after the Brexit vote. MPs will vote on Wednesday on the motion "
  "needed to trigger an early poll under the Fixed-term Parliaments Act 2011.",
  [C("called a snap general election for June 8", "for June 8", md(6, 8), "event", "Theresa May",
     real="2017-06-08"),
   C("MPs will vote on Wednesday", "on Wednesday", wd("Wednesday"), "event", None, real="2017-04-19")],
  "May's statement of 18 April 2017; Commons vote 19 April; election 8 June.",
  ["may-verb", "number-like-date", "multi-claim"])

P("germany-election-steinmeier", "2024-12-27 14:00", "Europe/Berlin",
  "German President Frank-Walter Steinmeier dissolved the Bundestag on Friday and set a snap election for "
  "February 23, after Chancellor Olaf Scholz lost a confidence vote on December 16. Steinmeier said stable "
  "government was needed in difficult times. The three-party coalition collapsed in early November.",
  [C("set a snap election for February 23", "for February 23", md(2, 23), "event", "Frank-Walter Steinmeier",
     real="2025-02-23")],
  "Dissolution of 27 December 2024; federal election 23 February 2025 (year inferred across the new year).",
  ["year-inference", "explicit-past-date", "past-month"])

P("scholz-confidence-timetable", "2024-11-13 09:00", "Europe/Berlin",
  "Chancellor Olaf Scholz will call a vote of confidence on December 16, the parliamentary leaders of his "
  "Social Democrats and the conservative opposition agreed on Tuesday, clearing the way for an early "
  "election on February 23.",
  [C("call a vote of confidence on December 16", "on December 16", md(12, 16), "event", None, real="2024-12-16"),
   C("an early election on February 23", "on February 23", md(2, 23), "event", None, real="2025-02-23")],
  "Timetable agreed 12 November 2024.",
  ["same-sentence-claims", "multi-claim", "year-inference"])

P("france-snap-election-2024", "2024-06-10 08:00", "Europe/Paris",
  "President Emmanuel Macron dissolved the National Assembly on Sunday night after his centrists were "
  "trounced by the far right in the European Parliament election, calling a snap vote with a first round "
  "on June 30 and a runoff on July 7. Jordan Bardella, the 28-year-old leader of the National Rally, said "
  "his party was ready to govern.",
  [C("a first round on June 30", "on June 30", md(6, 30), "event", "Emmanuel Macron", real="2024-06-30"),
   C("a runoff on July 7", "on July 7", md(7, 7), "event", "Emmanuel Macron", real="2024-07-07")],
  "Dissolution of 9 June 2024; rounds on 30 June and 7 July.",
  ["same-sentence-claims", "multi-claim", "past-weekday"])

P("us-election-2020-next-tuesday", "2020-10-26 21:00", "America/New_York",
  "With Americans voting next Tuesday, more than 60 million ballots have already been cast, a record pace "
  "driven by mail-in voting during the pandemic. President Donald Trump held three rallies in Pennsylvania "
  "on Monday, while Joe Biden's campaign said he would travel to Georgia on Tuesday.",
  [C("With Americans voting next Tuesday", "next Tuesday", next_wd("Tuesday"), "event", None, real="2020-11-03"),
   C("he would travel to Georgia on Tuesday", "on Tuesday", wd("Tuesday"), "event", "Joe Biden's campaign",
     real="2020-10-27")],
  "US election 3 November 2020; Biden in Warm Springs, Georgia, 27 October. 'next Tuesday' on a Monday: 27 October or 3 November accepted; 'on Tuesday' is 27 October.",
  ["next-weekday", "past-weekday", "multi-claim"])

P("us-election-2016-next-tuesday", "2016-11-03 10:00", "America/New_York",
  "Hillary Clinton and Donald Trump are racing through battleground states ahead of next Tuesday's "
  "election, with national polls tightening since FBI Director James Comey's letter to Congress last "
  "Friday. Both campaigns are pouring money into television advertising in the final stretch.",
  [C("ahead of next Tuesday's election", "next Tuesday's", next_wd("Tuesday"), "event", None, real="2016-11-08")],
  "US election 8 November 2016; Comey letter 28 October.",
  ["next-weekday", "past-weekday"])

P("japan-ishiba-dissolution", "2024-10-09 16:00", "Asia/Tokyo",
  "Prime Minister Shigeru Ishiba dissolved the lower house of parliament on Wednesday, barely a week after "
  "taking office, setting the stage for a general election on Oct. 27. Ishiba has said his goal is for the "
  "ruling coalition to keep its majority.",
  [C("a general election on Oct. 27", "on Oct. 27", md(10, 27), "event", None, real="2024-10-27")],
  "Lower house dissolved 9 October 2024; election 27 October.",
  ["explicit-date"])

P("abe-shot-upper-house-vote", "2022-07-09 10:00", "Asia/Tokyo",
  "Former Prime Minister Shinzo Abe was shot dead on Friday while giving a campaign speech in the western "
  "city of Nara. Police arrested a 41-year-old man at the scene. Campaigning for Sunday's upper house "
  "election resumed on Saturday under heavy security.",
  [C("Campaigning for Sunday's upper house election", "Sunday's", wd("Sunday"), "event", None, real="2022-07-10")],
  "Abe assassinated 8 July 2022; upper house election 10 July.",
  ["past-weekday"])

P("india-2024-count", "2024-06-01 20:00", "Asia/Kolkata",
  "Voting in India's six-week general election ended on Saturday, and exit polls broadcast soon afterwards "
  "projected a comfortable third term for Prime Minister Narendra Modi. More than 640 million votes will be "
  "counted on Tuesday, with early trends expected by mid-morning.",
  [C("will be counted on Tuesday", "on Tuesday", wd("Tuesday"), "event", None, real="2024-06-04")],
  "Last phase 1 June 2024; counting 4 June.",
  ["past-weekday", "number-like-date"])

P("canada-election-2025", "2025-03-23 18:00", "America/Toronto",
  "Prime Minister Mark Carney on Sunday called a snap federal election for April 28, asking voters for a "
  "strong mandate to deal with US President Donald Trump's tariffs. Carney, who replaced Justin Trudeau as "
  "Liberal leader less than two weeks ago, does not yet hold a seat in the House of Commons.",
  [C("called a snap federal election for April 28", "for April 28", md(4, 28), "event", "Mark Carney",
     real="2025-04-28")],
  "Election called 23 March 2025; held 28 April.",
  ["explicit-date"])

P("australia-election-2025", "2025-03-28 12:00", "Australia/Sydney",
  "Prime Minister Anthony Albanese visited Government House on Friday morning and announced that "
  "Australians would vote on May 3, ending weeks of speculation. Opposition leader Peter Dutton said the "
  "election was a chance to fix the cost-of-living crisis.",
  [C("Australians would vote on May 3", "on May 3", md(5, 3), "event", "Anthony Albanese", real="2025-05-03")],
  "Election called 28 March 2025; held 3 May.",
  ["explicit-date"])

P("nz-ardern-resigns", "2023-01-19 15:00", "Pacific/Auckland",
  "Jacinda Ardern said on Thursday she would step down as New Zealand's prime minister no later than "
  "Feb. 7, saying she no longer had enough in the tank to do the job justice. She also announced that the "
  "next general election would be held on Oct. 14. The Labour caucus will vote on a new leader on Sunday.",
  [C("step down as New Zealand's prime minister no later than Feb. 7", "no later than Feb. 7", md(2, 7),
     "promise", "Jacinda Ardern", real="2023-01-25", real_le=True),
   C("next general election would be held on Oct. 14", "on Oct. 14", md(10, 14), "event", "Jacinda Ardern",
     real="2023-10-14"),
   C("vote on a new leader on Sunday", "on Sunday", wd("Sunday"), "event", None, real="2023-01-22")],
  "Ardern's announcement of 19 January 2023; Hipkins confirmed 22 January, sworn in 25 January; election 14 October.",
  ["multi-claim", "pronoun-speaker"])

P("south-africa-election-2024", "2024-05-27 09:00", "Africa/Johannesburg",
  "South Africans vote on Wednesday in an election that could see the African National Congress lose its "
  "parliamentary majority for the first time since the end of apartheid in 1994. Wednesday's vote is the "
  "seventh since then. The Electoral Commission said it expected to announce the final results by Sunday.",
  [C("South Africans vote on Wednesday", "on Wednesday", wd("Wednesday"), "event", None, real="2024-05-29"),
   C("announce the final results by Sunday", "by Sunday", wd("Sunday"), "prediction", "the Electoral Commission",
     real="2024-06-02")],
  "Election 29 May 2024; IEC declared results 2 June. 'Wednesday's vote' repeats the first claim and is labelled once.",
  ["repeated-claim", "multi-claim", "hypothetical", "number-like-date"])

P("brazil-runoff-2022", "2022-10-03 08:00", "America/Sao_Paulo",
  "Luiz Inacio Lula da Silva and President Jair Bolsonaro will face each other in a runoff on Oct. 30 after "
  "neither won a majority in Sunday's first round. Lula took 48.4% of the votes, against 43.2% for "
  "Bolsonaro, who outperformed the polls.",
  [C("a runoff on Oct. 30", "on Oct. 30", md(10, 30), "event", None, real="2022-10-30")],
  "First round 2 October 2022; runoff 30 October.",
  ["past-weekday", "explicit-date"])

P("korea-impeachment-vote", "2024-12-05 10:00", "Asia/Seoul",
  "South Korea's opposition-controlled parliament will vote on a motion to impeach President Yoon Suk Yeol "
  "on Saturday, days after his short-lived declaration of martial law. The ruling People Power Party said "
  "it would oppose the motion.",
  [C("will vote on a motion to impeach President Yoon Suk Yeol on Saturday", "on Saturday", wd("Saturday"),
     "event", None, real="2024-12-07")],
  "First impeachment vote 7 December 2024 (failed for lack of quorum).",
  [])

P("korea-court-verdict", "2025-04-01 11:00", "Asia/Seoul",
  "The Constitutional Court will rule at 11 a.m. on Friday on whether to remove impeached President Yoon "
  "Suk Yeol from office, it said on Tuesday, ending weeks of uncertainty. Police plan to deploy thousands "
  "of officers around the court.",
  [C("will rule at 11 a.m. on Friday", "at 11 a.m. on Friday", wd("Friday", "11:00"), "event",
     "the Constitutional Court", real="2025-04-04")],
  "Verdict of 4 April 2025 upholding Yoon's impeachment.",
  ["time-local", "undated-future"])

P("brexit-johnson-oct31", "2019-07-24 18:00", "Europe/London",
  "Boris Johnson became prime minister on Wednesday and promised in his first speech outside Number 10 that "
  "Britain would leave the European Union by October 31, no ifs or buts. He said he would prefer to leave "
  "with a deal. His predecessor Theresa May had twice failed to take Britain out, missing deadlines last "
  "March and in April.",
  [C("leave the European Union by October 31", "by October 31", md(10, 31), "promise", "Boris Johnson")],
  "Johnson's first speech, 24 July 2019. 'last March' and 'in April' are past deadlines (29 March, 12 April 2019).",
  ["last-month", "past-month", "may-verb"])

P("brexit-exit-night-london", "2020-01-31 08:00", "Europe/London",
  "Britain will leave the European Union at 11 p.m. on Friday, ending 47 years of membership, more than "
  "three and a half years after the 2016 referendum. Little will change at first, because a transition "
  "period keeps the UK in the single market until the end of the year.",
  [C("leave the European Union at 11 p.m. on Friday", "at 11 p.m. on Friday", wd("Friday", "23:00"), "event",
     None, real="2020-01-31"),
   C("until the end of the year", "until the end of the year", this_year_end(), "deadline", None, real="2020-12-31")],
  "Brexit at 23:00 GMT on 31 January 2020; transition to 31 December 2020. 'on Friday' in a Friday article = that day.",
  ["by-weekday-same-day", "time-local", "year-end", "number-like-date", "multi-claim"])

P("brexit-exit-night-berlin", "2020-01-31 09:00", "Europe/Berlin",
  "At 11 p.m. London time on Friday, Britain ceases to be a member of the European Union. Negotiators then "
  "have until December 31 to agree on a future trade relationship, a timetable that Commission President "
  "Ursula von der Leyen has called extremely challenging.",
  [C("At 11 p.m. London time on Friday", "At 11 p.m. London time on Friday",
     zoned(wd("Friday"), "23:00", "Europe/London"), "event", None),
   C("until December 31", "until December 31", md(12, 31), "deadline", None, real="2020-12-31")],
  "Brexit at 23:00 GMT 31 January 2020 = 00:00 CET 1 February in the passage's zone.",
  ["time-converted", "date-crossing-conversion", "by-weekday-same-day", "multi-claim"])

P("brexit-johnson-before-christmas", "2019-12-13 12:00", "Europe/London",
  "Boris Johnson, fresh from winning an 80-seat majority, said on Friday he would put his Brexit deal back "
  "before parliament before Christmas and take Britain out of the EU by January 31. Labour leader Jeremy "
  "Corbyn said he would not lead the party into another election.",
  [C("put his Brexit deal back before parliament before Christmas", "before Christmas", before_holiday("Christmas"),
     "promise", "Boris Johnson", real="2019-12-20", real_le=True),
   C("take Britain out of the EU by January 31", "by January 31", md(1, 31), "promise", "Boris Johnson",
     real="2020-01-31")],
  "Johnson on 13 December 2019; second reading 20 December; exit 31 January 2020 (year inferred).",
  ["holiday", "same-sentence-claims", "multi-claim", "year-inference"])

P("cameron-resigns-2016", "2016-06-24 09:30", "Europe/London",
  "David Cameron said on Friday he would resign after Britain voted to leave the European Union, saying a "
  "new leader should be in place by the start of the Conservative party conference in October. Sterling fell "
  "to its lowest level since 1985. Cameron said it would be for the new prime minister to decide when to "
  "trigger Article 50.",
  [C("by the start of the Conservative party conference in October", "by the start of the Conservative party conference in October",
     in_month(2016, 10), "promise", "David Cameron")],
  "Cameron's statement of 24 June 2016 (conference began 2 October 2016; May took office 13 July).",
  ["month-period", "number-like-date"])

P("truss-resigns", "2022-10-20 14:00", "Europe/London",
  "Liz Truss resigned as prime minister on Thursday after just 45 days in office, the shortest tenure in "
  "British history. Speaking outside Downing Street, she said a leadership election would be completed "
  "within the next week. Her mini-budget of Sept. 23 had sent the pound to a record low.",
  [C("completed within the next week", "within the next week", in_days(7), "promise", "Liz Truss",
     real="2022-10-24", real_le=True)],
  "Truss resignation 20 October 2022; Sunak chosen 24 October.",
  ["duration", "pronoun-speaker", "explicit-past-date"])

P("queen-funeral-2022", "2022-09-11 10:00", "Europe/London",
  "The Queen's state funeral will be held at Westminster Abbey on Monday 19 September, Buckingham Palace "
  "said, and the day will be a bank holiday. Before that, her coffin will lie in state in Westminster Hall "
  "from Wednesday afternoon, giving the public four days to pay their respects.",
  [C("held at Westminster Abbey on Monday 19 September", "on Monday 19 September", md(9, 19), "event",
     "Buckingham Palace", real="2022-09-19"),
   C("from Wednesday afternoon", "from Wednesday afternoon", wd("Wednesday"), "event", None, real="2022-09-14")],
  "Funeral 19 September 2022; lying in state from 14 September.",
  ["multi-claim", "explicit-date"])

P("coronation-2023", "2023-05-02 09:00", "Europe/London",
  "King Charles III will be crowned at Westminster Abbey on Saturday in the first coronation in Britain for "
  "70 years. A concert at Windsor Castle follows on Sunday, and Monday has been declared an extra bank "
  "holiday so that people can volunteer in their communities. Around 2,200 guests are expected in the abbey.",
  [C("crowned at Westminster Abbey on Saturday", "on Saturday", wd("Saturday"), "event", None, real="2023-05-06"),
   C("A concert at Windsor Castle follows on Sunday", "on Sunday", wd("Sunday"), "event", None, real="2023-05-07"),
   C("Monday has been declared an extra bank holiday", "Monday", wd("Monday"), "event", None, real="2023-05-08")],
  "Coronation 6 May 2023, concert 7 May, bank holiday 8 May.",
  ["multi-claim", "same-sentence-claims", "number-like-date"])

# ===========================================================================
# Courts, legislatures, deadlines

P("tiktok-supreme-court", "2025-01-17 13:00", "America/New_York",
  "The Supreme Court on Friday unanimously upheld the 2024 law that forces TikTok's Chinese parent, "
  "ByteDance, to sell the app or see it banned in the US by Sunday. The Biden administration said it would "
  "leave enforcement to President-elect Donald Trump, who takes office on Monday. TikTok has said it will "
  "be forced to go dark on Sunday unless it receives assurances.",
  [C("see it banned in the US by Sunday", "by Sunday", wd("Sunday"), "deadline", None, real="2025-01-19"),
   C("who takes office on Monday", "on Monday", wd("Monday"), "event", None, real="2025-01-20"),
   C("forced to go dark on Sunday", "on Sunday", wd("Sunday"), "prediction", "TikTok", real="2025-01-19")],
  "TikTok v. Garland, 17 January 2025; ban effective 19 January; inauguration 20 January.",
  ["number-like-date", "multi-claim"])

P("trump-sentencing-jan10", "2025-01-03 19:00", "America/New_York",
  "Justice Juan Merchan said on Friday that Donald Trump will be sentenced on Jan. 10 in his New York hush "
  "money case, but signalled that he would not impose jail time. Trump may appear in person or virtually, "
  "the judge wrote. The president-elect is due to be inaugurated on Jan. 20.",
  [C("will be sentenced on Jan. 10", "on Jan. 10", md(1, 10), "event", "Juan Merchan", real="2025-01-10"),
   C("due to be inaugurated on Jan. 20", "on Jan. 20", md(1, 20), "event", None, real="2025-01-20")],
  "Merchan's order of 3 January 2025; sentencing 10 January.",
  ["may-verb", "multi-claim", "explicit-date"])

P("icj-south-africa-israel", "2024-01-24 17:00", "Europe/Amsterdam",
  "The International Court of Justice said on Wednesday it would deliver its decision on emergency measures "
  "in South Africa's genocide case against Israel on Friday at 1 p.m. The court in The Hague heard two days "
  "of arguments earlier this month.",
  [C("deliver its decision on emergency measures in South Africa's genocide case against Israel on Friday at 1 p.m.",
     "on Friday at 1 p.m.", wd("Friday", "13:00"), "event", "the International Court of Justice", real="2024-01-26")],
  "ICJ provisional measures order, 26 January 2024, 13:00 CET.",
  ["time-local"])

P("uk-rwanda-ruling", "2023-11-13 14:00", "Europe/London",
  "The UK Supreme Court will rule on Wednesday on whether the government's plan to send asylum seekers to "
  "Rwanda is lawful. The Court of Appeal found the policy unlawful in June. Prime Minister Rishi Sunak "
  "sacked Home Secretary Suella Braverman on Monday morning in a cabinet reshuffle.",
  [C("will rule on Wednesday", "on Wednesday", wd("Wednesday"), "event", None, real="2023-11-15")],
  "UKSC Rwanda judgment 15 November 2023; Braverman sacked 13 November.",
  ["past-weekday", "past-month"])

P("musk-twitter-deadline-ny", "2022-10-26 12:00", "America/New_York",
  "Elon Musk has until 5 p.m. ET on Friday to complete his $44 billion takeover of Twitter, under a deadline "
  "set by Delaware Chancery Court judge Kathaleen McCormick. If the deal does not close by then, the case "
  "returns to court, with a trial scheduled for November. Musk visited the company's San Francisco "
  "headquarters on Wednesday carrying a sink.",
  [C("until 5 p.m. ET on Friday", "until 5 p.m. ET on Friday", wd("Friday", "17:00"), "deadline",
     "Kathaleen McCormick", real="2022-10-27", real_le=True),
   C("a trial scheduled for November", "in November", in_month(2022, 11), "event", None)],
  "Chancery Court deadline of 28 October 2022, 17:00 ET (deal closed 27 October). 'by then' repeats the deadline and is not labelled again.",
  ["time-local", "repeated-claim", "month-period", "multi-claim", "number-like-date", "hypothetical"])

P("musk-twitter-deadline-tokyo", "2022-10-27 08:00", "Asia/Tokyo",
  "Tesla chief Elon Musk faces a deadline of 5 p.m. US Eastern time on Friday to close his purchase of "
  "Twitter, a cut-off set by a Delaware judge. Shares of Japanese internet companies were little changed in "
  "morning trading.",
  [C("a deadline of 5 p.m. US Eastern time on Friday", "5 p.m. US Eastern time on Friday",
     zoned(wd("Friday"), "17:00", "America/New_York"), "deadline", "a Delaware judge")],
  "Same deadline as above: 17:00 EDT Friday 28 October 2022 = 06:00 JST Saturday 29 October in the passage's zone.",
  ["time-converted", "date-crossing-conversion"])

P("dma-compliance-2024", "2024-03-04 09:00", "Europe/Brussels",
  "Apple, Alphabet, Amazon, ByteDance, Meta and Microsoft must comply with the EU's Digital Markets Act by "
  "Thursday, opening up their platforms to rivals. The European Commission is expected to fine Apple later "
  "on Monday over its treatment of music streaming competitors.",
  [C("must comply with the EU's Digital Markets Act by Thursday", "by Thursday", wd("Thursday"), "deadline", None,
     real="2024-03-07"),
   C("expected to fine Apple later on Monday", "later on Monday", wd("Monday"), "prediction", None,
     real="2024-03-04")],
  "DMA compliance deadline 7 March 2024; Commission's 1.8 bn euro fine on Apple, 4 March 2024.",
  ["multi-claim", "same-day-future"])

P("eu-ai-act-timeline", "2024-07-12 11:00", "Europe/Brussels",
  "The EU's Artificial Intelligence Act was published in the bloc's Official Journal on Friday and will enter "
  "into force on Aug. 1. Bans on practices such as social scoring apply from February 2025, while most of "
  "the remaining obligations kick in in August 2026.",
  [C("enter into force on Aug. 1", "on Aug. 1", md(8, 1), "event", None, real="2024-08-01"),
   C("apply from February 2025", "from February 2025", in_month(2025, 2), "event", None, real="2025-02-02"),
   C("kick in in August 2026", "in August 2026", in_month(2026, 8), "event", None, real="2026-08-02")],
  "Regulation (EU) 2024/1689: in force 1 August 2024, prohibitions 2 February 2025, general application 2 August 2026.",
  ["month-period", "same-sentence-claims", "multi-claim", "explicit-date"])

P("australia-social-media-ban", "2025-12-08 09:00", "Australia/Sydney",
  "Australia's ban on social media accounts for children under 16 takes effect on Wednesday, and platforms "
  "including TikTok, Instagram and YouTube face fines of up to A$49.5 million if they fail to take "
  "reasonable steps to keep them off. Communications Minister Anika Wells said the government would not be "
  "deterred by lobbying from technology companies.",
  [C("takes effect on Wednesday", "on Wednesday", wd("Wednesday"), "event", None, real="2025-12-10")],
  "Online Safety Amendment (Social Media Minimum Age), effective 10 December 2025.",
  ["number-like-date", "hypothetical"])

P("debt-ceiling-x-date", "2023-05-26 19:00", "America/New_York",
  "Treasury Secretary Janet Yellen said on Friday that the government would be unable to pay all its bills "
  "by June 5 if Congress did not raise the debt limit, pushing back her earlier estimate of June 1. "
  "Negotiators for President Joe Biden and House Speaker Kevin McCarthy were closing in on a deal to lift "
  "the borrowing cap for two years.",
  [C("unable to pay all its bills by June 5", "by June 5", md(6, 5), "prediction", "Janet Yellen")],
  "Yellen's letter of 26 May 2023 (X-date moved from 1 June to 5 June). The superseded 1 June estimate is not labelled.",
  ["superseded-date", "explicit-date", "said-on-day"])

P("shutdown-oct-2025", "2025-09-29 10:00", "America/New_York",
  "Congressional leaders will meet President Donald Trump at the White House on Monday afternoon in a "
  "last-ditch effort to avert a government shutdown. Funding for federal agencies lapses at 12:01 a.m. on "
  "Wednesday unless Congress acts. The White House budget office has told agencies to prepare for mass "
  "layoffs.",
  [C("meet President Donald Trump at the White House on Monday afternoon", "on Monday afternoon", wd("Monday"),
     "event", None, real="2025-09-29"),
   C("lapses at 12:01 a.m. on Wednesday", "at 12:01 a.m. on Wednesday", wd("Wednesday", "00:01"), "deadline",
     None, real="2025-10-01")],
  "White House meeting 29 September 2025; shutdown from 00:01 on 1 October 2025.",
  ["same-day-future", "time-local", "multi-claim"])

P("shutdown-march-2025-friday", "2025-03-14 09:00", "America/New_York",
  "Senate Democrats must decide whether to let a Republican stopgap spending bill pass by Friday, when "
  "government funding runs out. Minority Leader Chuck Schumer said on Thursday he would vote to advance the "
  "measure, angering many in his party.",
  [C("pass by Friday", "by Friday", wd("Friday"), "deadline", None, real="2025-03-14")],
  "Continuing resolution passed 14 March 2025, the day funding lapsed.",
  ["by-weekday-same-day", "past-weekday"])

P("greece-imf-end-of-month", "2015-06-15 12:00", "Europe/Athens",
  "Talks between Greece and its creditors collapsed on Sunday after less than an hour, pushing the country "
  "closer to default. Athens owes the IMF about 1.6 billion euros by the end of the month, and euro zone "
  "finance ministers meet in Luxembourg on Thursday.",
  [C("owes the IMF about 1.6 billion euros by the end of the month", "by the end of the month",
     this_end_of_month(), "deadline", None, real="2015-06-30"),
   C("meet in Luxembourg on Thursday", "on Thursday", wd("Thursday"), "event", None, real="2015-06-18")],
  "Brussels talks broke down 14 June 2015; IMF payment due 30 June; Eurogroup 18 June.",
  ["end-of-month", "same-sentence-claims", "multi-claim", "past-weekday", "number-like-date"])

P("greece-banks-referendum", "2015-06-28 22:00", "Europe/Athens",
  "Greek banks will stay shut on Monday and capital controls will be imposed, Prime Minister Alexis Tsipras "
  "announced on Sunday night, after the European Central Bank froze emergency funding. Athens must repay "
  "1.6 billion euros to the International Monetary Fund by Tuesday, and Tsipras has called a referendum on "
  "the creditors' terms for July 5.",
  [C("Greek banks will stay shut on Monday", "on Monday", wd("Monday"), "event", "Alexis Tsipras",
     real="2015-06-29"),
   C("by Tuesday", "by Tuesday", wd("Tuesday"), "deadline", None, real="2015-06-30"),
   C("a referendum on the creditors' terms for July 5", "for July 5", md(7, 5), "event", "Alexis Tsipras",
     real="2015-07-05")],
  "Bank holiday from 29 June 2015; IMF payment 30 June; referendum 5 July.",
  ["same-sentence-claims", "multi-claim", "number-like-date"])

P("demonetisation-2016", "2016-11-09 09:00", "Asia/Kolkata",
  "Prime Minister Narendra Modi announced on Tuesday night that 500 and 1,000 rupee notes would cease to be "
  "legal tender, a surprise move against untaxed wealth. Banks will remain closed to the public on Wednesday, "
  "and people can deposit the old notes in their accounts until December 30, the government said.",
  [C("Banks will remain closed to the public on Wednesday", "on Wednesday", wd("Wednesday"), "event",
     "the government", real="2016-11-09"),
   C("deposit the old notes in their accounts until December 30", "until December 30", md(12, 30), "deadline",
     "the government", real="2016-12-30")],
  "Demonetisation of 8 November 2016; bank holiday 9 November; deposit window to 30 December.",
  ["same-sentence-claims", "multi-claim", "same-day-future", "number-like-date", "past-weekday"])

P("gst-launch-2017", "2017-06-28 12:00", "Asia/Kolkata",
  "India's goods and services tax, the biggest overhaul of the country's tax system since independence, "
  "comes into force on July 1, replacing a tangle of federal and state levies. Prime Minister Narendra Modi "
  "will launch it at a special session of parliament at midnight on Friday.",
  [C("comes into force on July 1", "on July 1", md(7, 1), "event", None, real="2017-07-01"),
   C("at midnight on Friday", "at midnight on Friday", midnight_on("Friday"), "event", None,
     real="2017-06-30")],
  "GST launched at the midnight session of 30 June / 1 July 2017. 'midnight on Friday': 30 June or 1 July accepted.",
  ["midnight", "multi-claim", "explicit-date"])

P("india-budget-july-2024", "2024-07-19 17:00", "Asia/Kolkata",
  "Finance Minister Nirmala Sitharaman will present the first budget of Prime Minister Narendra Modi's third "
  "term on Tuesday. The annual economic survey will be tabled in parliament on Monday. Sitharaman presented "
  "an interim budget in February ahead of the general election.",
  [C("will present the first budget of Prime Minister Narendra Modi's third term on Tuesday", "on Tuesday",
     wd("Tuesday"), "event", None, real="2024-07-23"),
   C("tabled in parliament on Monday", "on Monday", wd("Monday"), "event", None, real="2024-07-22")],
  "Union Budget 23 July 2024; Economic Survey 22 July.",
  ["multi-claim", "past-month"])

# ===========================================================================
# Strikes and labour

P("uaw-strike-deadline", "2023-09-13 20:00", "America/Detroit",
  "UAW President Shawn Fain said workers would strike at plants chosen by the union if Ford, General Motors "
  "and Stellantis did not reach new deals before contracts expire at 11:59 p.m. on Thursday. He said he would "
  "name the first targets in a livestream at 10 p.m. on Thursday.",
  [C("before contracts expire at 11:59 p.m. on Thursday", "at 11:59 p.m. on Thursday", wd("Thursday", "23:59"),
     "deadline", "Shawn Fain", real="2023-09-14"),
   C("name the first targets in a livestream at 10 p.m. on Thursday", "at 10 p.m. on Thursday",
     wd("Thursday", "22:00"), "promise", "Shawn Fain", real="2023-09-14")],
  "UAW contracts expired 23:59 on 14 September 2023; Fain named Wentzville, Toledo and Wayne around 22:00 that night.",
  ["time-local", "pronoun-speaker", "multi-claim"])

P("sag-aftra-expiry-2023", "2023-07-10 09:00", "America/Los_Angeles",
  "The contract between the actors' union SAG-AFTRA and the major studios, already extended once, now "
  "expires at 11:59 p.m. on Wednesday, and the union's leaders have warned they will call a strike if no "
  "deal is reached. Writers have been on strike since May 2, leaving late-night shows dark.",
  [C("expires at 11:59 p.m. on Wednesday", "at 11:59 p.m. on Wednesday", wd("Wednesday", "23:59"), "deadline",
     "SAG-AFTRA", real="2023-07-12")],
  "SAG-AFTRA TV/theatrical contract extended to 12 July 2023; WGA strike from 2 May.",
  ["time-local", "explicit-past-date"])

P("ila-port-strike-2024", "2024-09-27 09:00", "America/New_York",
  "Dockworkers at ports from Maine to Texas will walk off the job when their contract expires on Sept. 30 "
  "unless the International Longshoremen's Association and port employers reach a deal, union leader "
  "Harold Daggett has warned. The two sides have not met since June.",
  [C("when their contract expires on Sept. 30", "on Sept. 30", md(9, 30), "deadline", "Harold Daggett",
     real="2024-09-30")],
  "ILA master contract expired 30 September 2024; strike began 1 October.",
  ["explicit-date", "past-month"])

P("boeing-machinists-vote-2024", "2024-09-10 16:00", "America/Los_Angeles",
  "Boeing's factory workers in the Seattle area will vote on Thursday on a tentative contract that offers a "
  "25% pay rise over four years, a deal the union's leaders recommended. The union has said a strike would "
  "begin at 12:01 a.m. on Friday if members reject it.",
  [C("will vote on Thursday", "on Thursday", wd("Thursday"), "event", None, real="2024-09-12"),
   C("a strike would begin at 12:01 a.m. on Friday", "at 12:01 a.m. on Friday", wd("Friday", "00:01"),
     "promise", "the union", real="2024-09-13")],
  "IAM District 751 vote of 12 September 2024; strike from 00:01 PT 13 September.",
  ["time-local", "multi-claim", "conditional-threat"])

P("junior-doctors-strike-2024", "2024-06-25 11:00", "Europe/London",
  "Junior doctors in England will walk out for five days from 7 a.m. on Thursday, the British Medical "
  "Association said, in a pay dispute that has run for more than 18 months. The union said the strike would "
  "end at 7 a.m. on Tuesday, 2 July.",
  [C("walk out for five days from 7 a.m. on Thursday", "from 7 a.m. on Thursday", wd("Thursday", "07:00"),
     "event", "the British Medical Association", real="2024-06-27"),
   C("end at 7 a.m. on Tuesday, 2 July", "at 7 a.m. on Tuesday, 2 July", md(7, 2, "07:00"), "event",
     "the British Medical Association", real="2024-07-02")],
  "BMA junior doctors' strike, 07:00 27 June to 07:00 2 July 2024.",
  ["time-local", "multi-claim", "explicit-date"])

P("ig-metall-vw-2024", "2024-11-29 15:00", "Europe/Berlin",
  "IG Metall said workers at Volkswagen's German plants would stage warning strikes from Monday, after the "
  "carmaker refused to drop plans for plant closures and a 10% pay cut. The union's obligation to keep the "
  "peace expires at midnight on Saturday.",
  [C("stage warning strikes from Monday", "from Monday", wd("Monday"), "event", "IG Metall", real="2024-12-02"),
   C("expires at midnight on Saturday", "at midnight on Saturday", midnight_on("Saturday"), "deadline", None,
     real="2024-11-30")],
  "VW warning strikes from 2 December 2024; peace obligation ended 30 November.",
  ["midnight", "multi-claim"])

# ===========================================================================
# Sport

P("super-bowl-lviii", "2024-02-05 10:00", "America/Los_Angeles",
  "The Kansas City Chiefs and San Francisco 49ers arrived in Las Vegas on Sunday ahead of Super Bowl LVIII, "
  "which will be played at Allegiant Stadium on Sunday. Much of the attention is on whether Taylor Swift "
  "can make it back from her concert in Tokyo on Saturday night to watch Travis Kelce.",
  [C("will be played at Allegiant Stadium on Sunday", "on Sunday", wd("Sunday"), "event", None, real="2024-02-11"),
   C("her concert in Tokyo on Saturday night", "on Saturday night", wd("Saturday"), "event", None,
     real="2024-02-10")],
  "Super Bowl LVIII, 11 February 2024; Swift's last Tokyo Dome show 10 February. The first 'on Sunday' (arrival, 4 February) is past.",
  ["past-weekday", "multi-claim"])

P("ucl-final-2024", "2024-05-27 10:00", "Europe/Madrid",
  "Real Madrid will chase a record-extending 15th European Cup when they face Borussia Dortmund in the "
  "Champions League final at Wembley on Saturday. Midfielder Toni Kroos, 34, has said he will retire from "
  "club football after the match.",
  [C("Champions League final at Wembley on Saturday", "on Saturday", wd("Saturday"), "event", None,
     real="2024-06-01")],
  "UEFA Champions League final, 1 June 2024.",
  ["undated-future"])

P("cricket-wc-final-2023", "2023-11-16 23:00", "Asia/Kolkata",
  "Australia beat South Africa by three wickets in Kolkata on Thursday to set up a World Cup final against "
  "hosts India in Ahmedabad on Sunday. India, unbeaten in the tournament, beat New Zealand in the first "
  "semi-final on Wednesday.",
  [C("a World Cup final against hosts India in Ahmedabad on Sunday", "on Sunday", wd("Sunday"), "event", None,
     real="2023-11-19")],
  "ICC Men's Cricket World Cup final, 19 November 2023.",
  ["past-weekday"])

P("paris-olympics-opening", "2024-07-22 09:00", "Europe/Paris",
  "Paris will stage the first Olympic opening ceremony held outside a stadium on Friday, with thousands of "
  "athletes travelling along the Seine in boats. Security forces have sealed off stretches of the river "
  "banks since last Thursday.",
  [C("the first Olympic opening ceremony held outside a stadium on Friday", "on Friday", wd("Friday"), "event",
     None, real="2024-07-26")],
  "Paris 2024 opening ceremony, 26 July; security perimeter from 18 July.",
  ["past-weekday"])

P("wc-final-qatar-2022", "2022-12-14 23:30", "Asia/Qatar",
  "France beat Morocco 2-0 on Wednesday to reach a second consecutive World Cup final, where they will face "
  "Lionel Messi's Argentina on Sunday at Lusail Stadium. Morocco, the first African team to reach the last "
  "four, will play Croatia for third place on Saturday.",
  [C("face Lionel Messi's Argentina on Sunday at Lusail Stadium", "on Sunday", wd("Sunday"), "event", None,
     real="2022-12-18"),
   C("play Croatia for third place on Saturday", "on Saturday", wd("Saturday"), "event", None, real="2022-12-17")],
  "FIFA World Cup 2022: third-place match 17 December, final 18 December.",
  ["multi-claim"])

P("argentina-holiday-2022", "2022-12-19 09:00", "America/Argentina/Buenos_Aires",
  "Lionel Messi lifted the World Cup on Sunday after Argentina beat France on penalties following a 3-3 draw, "
  "ending a 36-year wait. The government declared Tuesday a national holiday so that fans could celebrate "
  "with the team when it returns home.",
  [C("declared Tuesday a national holiday", "Tuesday", wd("Tuesday"), "event", "the government",
     real="2022-12-20")],
  "Final 18 December 2022; holiday decreed for 20 December.",
  ["past-weekday", "number-like-date"])

P("afl-grand-final-2024", "2024-09-23 09:00", "Australia/Sydney",
  "The Sydney Swans will meet the Brisbane Lions in Saturday's AFL grand final at the MCG, the Swans' second "
  "decider in three seasons. The Lions beat Geelong in a preliminary final on Saturday night.",
  [C("Saturday's AFL grand final", "Saturday's", wd("Saturday"), "event", None, real="2024-09-28")],
  "AFL grand final 28 September 2024; Brisbane beat Geelong on 21 September.",
  ["past-weekday"])

P("march-for-our-lives", "2018-03-20 09:00", "America/New_York",
  "Students who survived last month's shooting at a high school in Parkland, Florida, expect hundreds of "
  "thousands of people to join the March for Our Lives in Washington on Saturday. Sister marches are planned "
  "in more than 800 cities.",
  [C("join the March for Our Lives in Washington on Saturday", "on Saturday", wd("Saturday"), "event", None,
     real="2018-03-24")],
  "March for Our Lives, 24 March 2018 (Parkland shooting 14 February).",
  ["march-noun", "undated-future"])

# ===========================================================================
# Space

P("artemis1-first-attempt", "2022-08-26 15:00", "America/New_York",
  "NASA managers gave the go-ahead on Friday for the first launch of the Space Launch System rocket, "
  "targeting 8:33 a.m. EDT on Monday from Kennedy Space Center. The uncrewed test flight will send an Orion "
  "capsule around the moon and back over about six weeks.",
  [C("targeting 8:33 a.m. EDT on Monday", "8:33 a.m. EDT on Monday", wd("Monday", "08:33"), "event", "NASA")],
  "Artemis I first attempt, 29 August 2022, 08:33 EDT (scrubbed).",
  ["time-local", "undated-future"])

P("artemis1-second-attempt", "2022-08-30 17:00", "America/New_York",
  "After Monday's scrubbed attempt, NASA said on Tuesday it would try again to launch its moon rocket on "
  "Saturday, during a two-hour window opening at 2:17 p.m. EDT. Engineers are still investigating a faulty "
  "temperature sensor on one of the four engines.",
  [C("try again to launch its moon rocket on Saturday, during a two-hour window opening at 2:17 p.m.",
     "on Saturday ... at 2:17 p.m. EDT", wd("Saturday", "14:17"), "event", "NASA")],
  "Second Artemis I attempt, 3 September 2022, 14:17 EDT (scrubbed).",
  ["past-weekday", "time-local"])

P("jwst-launch-paris", "2021-12-22 10:00", "Europe/Paris",
  "The James Webb Space Telescope is set to lift off on an Ariane 5 rocket from Kourou, French Guiana, on "
  "Christmas Day at 7:20 a.m. Eastern time, after a delay caused by bad weather. The $10 billion observatory "
  "was first proposed in the late 1990s.",
  [C("on Christmas Day at 7:20 a.m. Eastern time", "on Christmas Day at 7:20 a.m. Eastern time",
     zoned(holiday("Christmas"), "07:20", "America/New_York"), "event", None, real="2021-12-25")],
  "JWST launch 25 December 2021, 12:20 UTC = 13:20 CET.",
  ["holiday", "time-converted", "number-like-date"])

P("chandrayaan3-landing", "2023-08-21 18:00", "Asia/Kolkata",
  "India's space agency said on Monday that Chandrayaan-3's lander would attempt to touch down near the "
  "moon's south pole at about 6:04 p.m. on Wednesday, days after Russia's Luna-25 probe crashed. If it "
  "succeeds, India would become the fourth country to land softly on the moon.",
  [C("at about 6:04 p.m. on Wednesday", "at about 6:04 p.m. on Wednesday", wd("Wednesday", "18:04"), "event",
     "India's space agency", real="2023-08-23")],
  "Chandrayaan-3 landing 23 August 2023, 18:04 IST.",
  ["time-local", "hypothetical"])

P("chang-e-6-launch", "2024-05-01 10:00", "Asia/Shanghai",
  "China plans to launch its Chang'e-6 probe on a Long March 5 rocket from the Wenchang space centre on "
  "Friday, on a mission to bring back the first samples from the far side of the moon. The mission is "
  "expected to last about 53 days.",
  [C("on Friday", "on Friday", wd("Friday"), "event", None, real="2024-05-03")],
  "Chang'e-6 launched 3 May 2024 on a Long March 5.",
  ["march-noun", "undated-future"])

P("slim-landing", "2024-01-18 12:00", "Asia/Tokyo",
  "Japan's SLIM probe will attempt a pinpoint landing on the moon at around 12:20 a.m. on Saturday, the Japan "
  "Aerospace Exploration Agency said. Success would make Japan only the fifth country to achieve a soft "
  "lunar landing.",
  [C("at around 12:20 a.m. on Saturday", "at around 12:20 a.m. on Saturday", wd("Saturday", "00:20"), "event",
     "the Japan Aerospace Exploration Agency", real="2024-01-20")],
  "SLIM landed 20 January 2024, 00:20 JST.",
  ["time-local", "hypothetical"])

# ===========================================================================
# Companies

P("apple-wwdc-2023", "2023-06-01 09:00", "America/Los_Angeles",
  "Apple is widely expected to unveil its long-awaited mixed-reality headset at its annual developer "
  "conference in Cupertino, its biggest product launch since the Apple Watch in 2015. Chief executive Tim "
  "Cook takes the stage for the keynote at 10 a.m. on Monday.",
  [C("takes the stage for the keynote at 10 a.m. on Monday", "at 10 a.m. on Monday", wd("Monday", "10:00"),
     "event", None, real="2023-06-05")],
  "WWDC 2023 keynote, 5 June 2023 (Vision Pro).",
  ["time-local", "number-like-date"])

P("apple-vision-pro-early-next-year", "2023-06-06 08:00", "America/Los_Angeles",
  "Apple said on Monday its Vision Pro headset would go on sale early next year in the United States, "
  "priced at $3,499, with other countries to follow later. Analysts questioned whether many consumers "
  "would pay that much.",
  [C("go on sale early next year", "early next year", early_year(2024), "event", "Apple", real="2024-02-02")],
  "Vision Pro announced 5 June 2023; US release 2 February 2024.",
  ["early-year", "number-like-date"])

P("nvidia-earnings-may-2024", "2024-05-20 07:00", "America/New_York",
  "Nvidia reports first-quarter results after the bell on Wednesday, and Wall Street expects revenue to have "
  "more than tripled from a year earlier to about $24.6 billion. The chipmaker's shares have nearly doubled "
  "this year.",
  [C("reports first-quarter results after the bell on Wednesday", "on Wednesday", wd("Wednesday"), "event", None,
     real="2024-05-22")],
  "Nvidia Q1 FY2025 results, 22 May 2024.",
  ["number-like-date"])

P("nvidia-gtc-2024", "2024-03-15 11:00", "America/Los_Angeles",
  "Nvidia chief executive Jensen Huang will take the stage at the SAP Center in San Jose at 1 p.m. on Monday "
  "to open the company's first in-person developer conference in five years, where he is expected to unveil "
  "a successor to the H100 chip.",
  [C("take the stage at the SAP Center in San Jose at 1 p.m. on Monday", "at 1 p.m. on Monday",
     wd("Monday", "13:00"), "event", None, real="2024-03-18")],
  "GTC 2024 keynote, 18 March 2024 (Blackwell).",
  ["time-local"])

P("tesla-robotaxi-2024", "2024-10-07 08:00", "America/Los_Angeles",
  "Tesla will unveil its long-promised robotaxi at an event at the Warner Bros. studio lot in Burbank on "
  "Thursday, two months later than originally planned. Chief executive Elon Musk said in April that the "
  "reveal would take place on Aug. 8, before delaying it to make design changes.",
  [C("at the Warner Bros. studio lot in Burbank on Thursday", "on Thursday", wd("Thursday"), "event", None,
     real="2024-10-10")],
  "'We, Robot' event, 10 October 2024. The original 8 August date lies in the past and is not labelled.",
  ["explicit-past-date", "past-month", "superseded-date"])

P("nintendo-switch2-date", "2025-04-02 23:30", "Asia/Tokyo",
  "Nintendo said on Wednesday that its Switch 2 console will go on sale on June 5, priced at $449.99 in the "
  "United States. In Japan, applications for a lottery to buy the console through the company's online "
  "store open on April 4.",
  [C("will go on sale on June 5", "on June 5", md(6, 5), "event", "Nintendo", real="2025-06-05"),
   C("open on April 4", "on April 4", md(4, 4), "event", None, real="2025-04-04")],
  "Nintendo Direct of 2 April 2025; Japanese My Nintendo Store lottery from 4 April.",
  ["multi-claim", "explicit-date", "number-like-date"])

P("samsung-prelim-q2-2024", "2024-07-01 09:00", "Asia/Seoul",
  "Samsung Electronics is due to publish preliminary second-quarter earnings on Friday, and analysts forecast "
  "that operating profit jumped more than tenfold from a year earlier on a rebound in memory chip prices. "
  "Full results, with a breakdown by division, follow later this month.",
  [C("publish preliminary second-quarter earnings on Friday", "on Friday", wd("Friday"), "event", None,
     real="2024-07-05"),
   C("follow later this month", "later this month", rest_of_month(), "event", None, real="2024-07-31")],
  "Samsung preliminary Q2 2024 guidance 5 July; full results 31 July.",
  ["later-this-period", "multi-claim"])

P("arm-ipo-2023", "2023-09-11 08:00", "Asia/Tokyo",
  "SoftBank Group's chip designer Arm is set to price its initial public offering on Wednesday and begin "
  "trading on the Nasdaq on Thursday, in what would be the year's biggest listing. SoftBank bought Arm for "
  "$32 billion in 2016.",
  [C("price its initial public offering on Wednesday", "on Wednesday", wd("Wednesday"), "event", None,
     real="2023-09-13"),
   C("begin trading on the Nasdaq on Thursday", "on Thursday", wd("Thursday"), "event", None, real="2023-09-14")],
  "Arm IPO priced 13 September 2023 (US), trading 14 September.",
  ["same-sentence-claims", "multi-claim", "number-like-date"])

P("infosys-q4-fy24", "2024-04-15 10:00", "Asia/Kolkata",
  "Infosys will announce its results for the January-March quarter on Thursday, days after rival Tata "
  "Consultancy Services reported slowing revenue growth. The company had forecast revenue growth of 1.5% to "
  "2% for the fiscal year that ended in March.",
  [C("announce its results for the January-March quarter on Thursday", "on Thursday", wd("Thursday"), "event",
     None, real="2024-04-18")],
  "Infosys Q4 FY24 results, 18 April 2024; TCS reported 12 April.",
  ["past-month", "number-like-date"])

P("kroger-albertsons-2022", "2022-10-14 09:00", "America/New_York",
  "Kroger agreed on Friday to buy rival grocer Albertsons for $24.6 billion, a deal that would create a "
  "supermarket giant with nearly 5,000 stores. The companies said they expected the merger to close in "
  "early 2024, subject to regulatory approval, and that some stores may be sold to satisfy antitrust concerns.",
  [C("expected the merger to close in early 2024", "in early 2024", early_year(2024), "prediction",
     "The companies")],
  "Kroger-Albertsons announcement of 14 October 2022 (deal blocked in December 2024).",
  ["early-year", "may-verb", "number-like-date"])

P("synopsys-ansys-2024", "2024-01-16 08:00", "America/New_York",
  "Synopsys agreed on Tuesday to buy engineering software maker Ansys for about $35 billion in cash and stock, "
  "the biggest technology deal of the year so far. The companies expect the transaction to close in the first "
  "half of 2025.",
  [C("close in the first half of 2025", "in the first half of 2025", half(2025, 1), "prediction",
     "The companies")],
  "Synopsys-Ansys announcement of 16 January 2024 (closed 17 July 2025).",
  ["half", "number-like-date"])

P("honda-nissan-talks", "2024-12-23 18:00", "Asia/Tokyo",
  "Honda and Nissan said on Monday they had begun formal talks on a merger, aiming to reach a final agreement "
  "by June 2025 and to list a joint holding company in August 2026. Mitsubishi Motors will decide by the end "
  "of January whether to join.",
  [C("reach a final agreement by June 2025", "by June 2025", by_month(2025, 6), "promise", "Honda and Nissan"),
   C("list a joint holding company in August 2026", "in August 2026", in_month(2026, 8), "promise",
     "Honda and Nissan"),
   C("will decide by the end of January", "by the end of January", month_named_end(1), "promise",
     "Mitsubishi Motors")],
  "Honda-Nissan memorandum of 23 December 2024 (talks ended February 2025).",
  ["same-sentence-claims", "multi-claim", "month-period", "year-inference"])

P("ethereum-merge-2022", "2022-09-13 10:00", "UTC",
  "Ethereum's long-awaited switch to a proof-of-stake system, known as the Merge, is expected to take place "
  "between Wednesday night and Thursday morning, developers said, cutting the network's energy use by more "
  "than 99%.",
  [C("between Wednesday night and Thursday morning", "between Wednesday night and Thursday morning",
     span_wd("Wednesday", "Thursday"), "prediction", "developers", real="2022-09-15")],
  "The Merge completed 15 September 2022, 06:42 UTC.",
  ["range"])


# ===========================================================================
# Climate, health, banking

P("cop28-closing", "2023-12-11 19:00", "Asia/Dubai",
  "Negotiators at the COP28 climate summit in Dubai were poring over a draft text on Monday that dropped "
  "language on phasing out fossil fuels, angering small island states. The talks are scheduled to end at "
  "11 a.m. on Tuesday, though UN climate meetings routinely overrun. Earlier in the summit, more than 110 "
  "countries pledged to triple global renewable energy capacity by 2030.",
  [C("scheduled to end at 11 a.m. on Tuesday", "at 11 a.m. on Tuesday", wd("Tuesday", "11:00"), "event", None),
   C("triple global renewable energy capacity by 2030", "by 2030", by_year(2030), "promise",
     "more than 110 countries")],
  "COP28 scheduled close 12 December 2023, 11:00 (ran to 13 December); renewables pledge of 2 December.",
  ["time-local", "multi-claim", "past-weekday"])

P("xi-carbon-pledge-2020", "2020-09-23 09:00", "Asia/Shanghai",
  "President Xi Jinping told the UN General Assembly that China would aim for its carbon dioxide emissions to "
  "peak before 2030 and for carbon neutrality before 2060, a surprise pledge from the world's biggest emitter. "
  "He spoke by video link because of the pandemic.",
  [C("peak before 2030", "before 2030", before_year(2030), "promise", "Xi Jinping"),
   C("carbon neutrality before 2060", "before 2060", before_year(2060), "promise", "Xi Jinping")],
  "Xi's UNGA address of 22 September 2020.",
  ["before-year", "same-sentence-claims", "multi-claim"])

P("modi-net-zero-2070", "2021-11-02 08:00", "Asia/Kolkata",
  "Prime Minister Narendra Modi told the COP26 summit in Glasgow on Monday that India would reach net-zero "
  "emissions by 2070, two decades after the target set by many developed countries. He also pledged that "
  "renewable sources would meet half of India's energy needs by 2030.",
  [C("reach net-zero emissions by 2070", "by 2070", by_year(2070), "promise", "Narendra Modi"),
   C("meet half of India's energy needs by 2030", "by 2030", by_year(2030), "promise", "Narendra Modi")],
  "Modi's 'Panchamrit' speech at COP26, 1 November 2021.",
  ["pronoun-speaker", "multi-claim", "past-weekday"])

P("notre-dame-five-years", "2019-04-16 23:00", "Europe/Paris",
  "President Emmanuel Macron said on Tuesday night that Notre-Dame cathedral would be rebuilt, even more "
  "beautifully, within five years, a day after fire destroyed its spire and much of its roof. Pledges from "
  "French companies and billionaires have already passed 700 million euros.",
  [C("rebuilt, even more beautifully, within five years", "within five years", in_years(5), "promise",
     "Emmanuel Macron")],
  "Macron's televised address of 16 April 2019 (cathedral reopened 7 December 2024).",
  ["duration", "number-like-date"])

P("easter-reopening-2020", "2020-03-24 19:00", "America/New_York",
  "Trump said on Tuesday he would love to have the country opened up and raring to go by Easter, less than "
  "three weeks away, despite warnings from health experts that it was too soon to lift restrictions. New York "
  "Governor Andrew Cuomo said cases in his state were doubling about every three days.",
  [C("raring to go by Easter", "by Easter", holiday("Easter"), "promise", "Donald Trump")],
  "Trump's Fox News town hall, 24 March 2020; Easter Sunday 12 April 2020 (computed with the Gregorian computus).",
  ["holiday"])

P("fda-panel-pfizer-2020", "2020-12-08 08:00", "America/New_York",
  "Food and Drug Administration staff said on Tuesday that the Pfizer and BioNTech coronavirus vaccine was "
  "highly effective, with no specific safety concerns, ahead of a meeting of the agency's outside advisers on "
  "Thursday. Britain began vaccinating people with the same shot on Tuesday.",
  [C("a meeting of the agency's outside advisers on Thursday", "on Thursday", wd("Thursday"), "event", None,
     real="2020-12-10")],
  "FDA briefing documents of 8 December 2020; VRBPAC meeting 10 December; UK rollout 8 December.",
  ["said-on-day", "past-weekday"])

P("uk-vaccine-rollout-2020", "2020-12-06 10:00", "Europe/London",
  "The first Covid-19 vaccinations in the UK will be given on Tuesday at around 50 hospital hubs, NHS "
  "England said. Care home residents, people over 80 and health workers will be at the front of the queue.",
  [C("will be given on Tuesday", "on Tuesday", wd("Tuesday"), "event", "NHS England", real="2020-12-08")],
  "UK vaccination programme began 8 December 2020.",
  [])

P("us-phe-end-may11", "2023-01-31 09:00", "America/New_York",
  "The Biden administration plans to end the Covid-19 national emergency and public health emergency on "
  "May 11, the White House said on Monday, winding down measures that have been in place since 2020. Some "
  "free testing and vaccines paid for by the federal government could end after that.",
  [C("end the Covid-19 national emergency and public health emergency on May 11", "on May 11", md(5, 11),
     "promise", "the White House", real="2023-05-11")],
  "OMB statement of 30 January 2023; PHE ended 11 May 2023.",
  ["explicit-date", "number-like-date"])

P("svb-depositors-2023", "2023-03-12 19:30", "America/New_York",
  "US regulators said on Sunday that all depositors of the failed Silicon Valley Bank would have access to "
  "all of their money starting Monday, in a sweeping intervention aimed at preventing a broader run on banks. "
  "Signature Bank of New York was closed by state regulators on Sunday.",
  [C("have access to all of their money starting Monday", "starting Monday", wd("Monday"), "promise",
     "US regulators", real="2023-03-13")],
  "Joint Treasury/Fed/FDIC statement of 12 March 2023.",
  ["past-weekday"])

# ===========================================================================
# Passages with no dated claim

N = no_claim_adder(P)


N("who-pandemic-2020", "2020-03-12 08:00", "Europe/Zurich",
  "The World Health Organization on Wednesday described the coronavirus outbreak as a pandemic, with "
  "Director-General Tedros Adhanom Ghebreyesus saying the agency was deeply concerned by the alarming levels "
  "of spread and inaction. More than 118,000 cases have been reported in 114 countries. It is the first "
  "pandemic caused by a coronavirus, Tedros said.",
  "WHO declaration of 11 March 2020; only past events.", ["said-on-day", "number-like-date"])

N("snb-franc-cap-2015", "2015-01-15 15:00", "Europe/Zurich",
  "The Swiss National Bank unexpectedly scrapped its cap on the franc on Thursday, three years after "
  "introducing it, sending the currency soaring by as much as 30% against the euro. The central bank also "
  "cut its deposit rate to minus 0.75%. Traders said they had been caught completely off guard.",
  "SNB abandoned the EUR/CHF floor on 15 January 2015.", ["past-weekday"])

N("tokyo-olympics-postponed", "2020-03-25 09:00", "Asia/Tokyo",
  "Prime Minister Shinzo Abe and IOC President Thomas Bach agreed on Tuesday to postpone the Tokyo Olympics, "
  "which had been due to open on July 24, because of the coronavirus pandemic. A new date will be decided in "
  "the coming weeks, the organisers said.",
  "Postponement of 24 March 2020. 'July 24' is a cancelled date (not a claim); 'the coming weeks' is undated.",
  ["cancelled-date", "undated-future"])

N("crowdstrike-outage-2024", "2024-07-19 20:00", "Europe/London",
  "A faulty software update from cybersecurity firm CrowdStrike crashed Windows computers around the world on "
  "Friday, grounding flights, taking broadcasters off air and disrupting hospitals. Chief executive George "
  "Kurtz said a fix had been deployed but warned it could take some time for some systems to recover. "
  "Airlines said they hoped to restore normal schedules in the coming days.",
  "CrowdStrike outage of 19 July 2024.", ["undated-future", "said-on-day"])

N("evergrande-liquidation", "2024-01-29 17:00", "Asia/Hong_Kong",
  "A Hong Kong court on Monday ordered the liquidation of China Evergrande Group, the world's most indebted "
  "property developer, after 19 months of failed restructuring talks. Judge Linda Chan said it was time for "
  "the court to say enough is enough. The company may appeal, and it is unclear how much creditors will "
  "recover.",
  "Winding-up order of 29 January 2024.", ["may-verb"])

N("fed-march-2020-emergency", "2020-03-15 20:00", "America/New_York",
  "The Federal Reserve slashed interest rates to near zero on Sunday and launched a $700 billion asset-buying "
  "programme, its second emergency move in two weeks. Chair Jerome Powell said the central bank would keep "
  "rates there until it was confident the economy had weathered recent events.",
  "Emergency FOMC action of 15 March 2020; the forward guidance is undated.", ["undated-future", "number-like-date"])

N("ecb-september-question", "2024-07-18 16:00", "Europe/Berlin",
  "The European Central Bank left interest rates unchanged on Thursday, and President Christine Lagarde said "
  "the question of what it does in September was wide open. Will policymakers cut again after the summer "
  "break? Economists are divided, with some arguing that wage growth is still too strong.",
  "ECB meeting of 18 July 2024. September is raised as an open question, not a claim.", ["question"])

N("us-china-tariffs-2018", "2018-07-06 18:00", "Asia/Shanghai",
  "The United States imposed 25% tariffs on $34 billion of Chinese goods on Friday, and Beijing said it had "
  "been forced to retaliate with duties of its own, calling it the largest trade war in economic history. "
  "Should Washington go ahead with threats to target a further $200 billion of goods, economists say growth "
  "in both countries could suffer.",
  "US Section 301 tariffs effective 6 July 2018; the further round is hypothetical.",
  ["hypothetical", "number-like-date"])

N("womens-march-2017", "2017-01-22 09:00", "America/New_York",
  "Hundreds of thousands of people joined the Women's March on Washington on Saturday, a day after Donald "
  "Trump was sworn in as president, with sister marches drawing large crowds from London to Sydney. "
  "Organisers said they hoped the march would become a lasting movement.",
  "Women's March of 21 January 2017.", ["march-noun", "past-weekday"])

N("amazon-q4-2023-results", "2024-02-02 07:00", "America/Los_Angeles",
  "Amazon said on Thursday its fourth-quarter profit jumped to $10.6 billion from $278 million a year earlier, "
  "helped by cost cuts and strong holiday sales. Chief executive Andy Jassy said the company's new shopping "
  "assistant, Rufus, was being tested with some customers in the United States.",
  "Amazon Q4 2023 results of 1 February 2024.", ["said-on-day", "number-like-date"])

N("israel-iran-response-2024", "2024-04-15 08:00", "Asia/Jerusalem",
  "Israel's war cabinet met on Sunday to weigh a response to Iran's first direct attack, in which more than "
  "300 drones and missiles were launched overnight, almost all of them intercepted. Officials said a decision "
  "would come in the coming days but gave no timetable.",
  "Iranian attack of 13-14 April 2024.", ["undated-future", "past-weekday"])

N("vw-diesel-2015", "2015-09-22 18:00", "Europe/Berlin",
  "Volkswagen said on Tuesday that 11 million of its diesel vehicles worldwide were fitted with software that "
  "could cheat emissions tests, and set aside 6.5 billion euros to cover the costs. The admission came after "
  "US regulators said on Friday that the carmaker had used a so-called defeat device in cars sold since 2009. "
  "Chief executive Martin Winterkorn apologised.",
  "VW statement of 22 September 2015; EPA notice of 18 September.", ["said-on-day", "past-weekday", "number-like-date"])

N("leicester-champions-2016", "2016-05-03 08:00", "Europe/London",
  "Leicester City were crowned Premier League champions on Monday night when Tottenham Hotspur drew 2-2 at "
  "Chelsea, completing one of the most improbable triumphs in sporting history. Bookmakers had offered odds "
  "of 5,000 to 1 on the title last August.",
  "Leicester's title of 2 May 2016.", ["last-month", "past-weekday", "number-like-date"])

N("scottish-referendum-ruling", "2022-11-23 13:00", "Europe/London",
  "The UK Supreme Court ruled on Wednesday that the Scottish parliament cannot hold a second independence "
  "referendum without Westminster's approval, scuppering Nicola Sturgeon's plan for a vote next October. "
  "Sturgeon said her party would fight the next general election as a de facto referendum.",
  "UKSC reference of 23 November 2022; the 19 October 2023 vote is cancelled by the ruling (not a claim).",
  ["cancelled-date", "undated-future"])

N("boe-june-question-2024", "2024-05-09 14:00", "Europe/London",
  "The Bank of England held interest rates at 5.25% on Thursday, but Governor Andrew Bailey said it was likely "
  "that borrowing costs would need to fall over the coming quarters. Asked whether a cut in June was possible, "
  "he said it was neither ruled out nor a done deal.",
  "BoE MPC of 9 May 2024; June is raised as a question.", ["question", "undated-future"])

N("alaska-door-plug-2024", "2024-01-08 08:00", "America/Los_Angeles",
  "Alaska Airlines said on Sunday that it would keep its Boeing 737 MAX 9 jets grounded while inspections "
  "continue, after a cabin panel blew off one of the planes shortly after take-off from Portland, Oregon, on "
  "Friday night. The Federal Aviation Administration has grounded 171 of the aircraft. United Airlines said "
  "cancellations may continue for several days.",
  "Alaska 1282 blowout of 5 January 2024.", ["may-verb", "number-like-date", "past-weekday", "undated-future"])

N("germany-cannabis-2024", "2024-04-01 10:00", "Europe/Berlin",
  "Germany legalised the possession of small amounts of cannabis for recreational use on Monday, with crowds "
  "lighting up at midnight in front of Berlin's Brandenburg Gate. Under the new law, adults may carry up to "
  "25 grams in public.",
  "Cannabis Act in force 1 April 2024.", ["may-verb", "midnight"])

N("altman-microsoft-2023", "2023-11-20 09:00", "America/Los_Angeles",
  "Microsoft said early on Monday that it had hired Sam Altman to lead a new advanced AI research team, days "
  "after he was ousted as chief executive of OpenAI. Hundreds of OpenAI employees threatened to quit unless "
  "the board resigned. It was not clear when, or whether, the board would respond.",
  "Nadella's announcement of 20 November 2023.", ["undated-future", "said-on-day"])

N("ira-anniversary-2023", "2023-08-16 10:00", "America/New_York",
  "A year after President Joe Biden signed the 2022 Inflation Reduction Act, companies have announced tens of "
  "billions of dollars of investment in clean energy factories. Republicans have said they may try to repeal "
  "parts of the law if they win back the White House.",
  "IRA signed 16 August 2022.", ["number-like-date", "may-verb", "hypothetical"])

N("voice-referendum-2023", "2023-10-15 09:00", "Australia/Sydney",
  "Australians on Saturday decisively rejected a proposal to recognise Indigenous people in the constitution "
  "through an advisory body known as the Voice to Parliament, with every state voting no. Prime Minister "
  "Anthony Albanese said he respected the result.",
  "Voice referendum of 14 October 2023.", ["past-weekday"])

N("chandrayaan3-landed", "2023-08-24 08:00", "Asia/Kolkata",
  "India became the first country to land a spacecraft near the moon's south pole on Wednesday evening, "
  "setting off celebrations across the country. Prime Minister Narendra Modi watched the landing from "
  "Johannesburg, where he was attending the BRICS summit.",
  "Chandrayaan-3 landing of 23 August 2023.", ["past-weekday"])

N("merkel-we-can-do-this", "2015-09-01 09:00", "Europe/Berlin",
  "Chancellor Angela Merkel said on Monday that Germany could cope with the record influx of asylum seekers, "
  "telling her annual summer news conference: \"We can do this.\" Germany registered more asylum seekers in "
  "the first seven months of the year than in all of 2014.",
  "Merkel's press conference of 31 August 2015.", ["said-on-day", "number-like-date"])

N("yoon-martial-law-lifted", "2024-12-04 09:00", "Asia/Seoul",
  "President Yoon Suk Yeol lifted martial law early on Wednesday, about six hours after declaring it, after "
  "parliament voted unanimously to reject the decree. Opposition parties said they would seek to impeach him.",
  "Martial law of 3-4 December 2024.", ["undated-future"])

N("rba-nov-2023-hike", "2023-11-07 15:00", "Australia/Sydney",
  "The Reserve Bank of Australia raised its cash rate by a quarter point to a 12-year high of 4.35% on "
  "Tuesday, ending a four-month pause. Governor Michele Bullock said whether further tightening was needed "
  "would depend on the data, and that inflation may stay higher for longer than previously thought.",
  "RBA decision of 7 November 2023.", ["may-verb", "said-on-day"])

N("alcaraz-wimbledon-2023", "2023-07-17 08:00", "Europe/London",
  "Carlos Alcaraz beat Novak Djokovic in five sets on Sunday to win his first Wimbledon title, ending the "
  "Serb's 10-year unbeaten run on Centre Court. The 20-year-old Spaniard called the victory a dream come true.",
  "Wimbledon final of 16 July 2023.", ["past-weekday"])

N("oscars-2024-oppenheimer", "2024-03-11 08:00", "America/Los_Angeles",
  "Oppenheimer won seven Oscars on Sunday, including best picture and best director for Christopher Nolan, "
  "capping a box-office run that began last July. Cillian Murphy won best actor for his portrayal of the "
  "physicist who led the Manhattan Project.",
  "96th Academy Awards, 10 March 2024.", ["last-month", "past-weekday"])

N("china-gdp-2023", "2024-01-17 11:00", "Asia/Shanghai",
  "China's economy grew 5.2% in 2023, official data showed on Wednesday, slightly above the government's "
  "target of around 5%. The population shrank for a second year as births fell to a record low.",
  "NBS release of 17 January 2024.", ["number-like-date", "said-on-day"])

N("fed-july-2023-hike", "2023-07-27 07:00", "America/New_York",
  "The Federal Reserve raised interest rates by a quarter point on Wednesday to a 22-year high. Chair Jerome "
  "Powell said decisions would be taken meeting by meeting, and that it was possible the central bank would "
  "raise rates again at its next meeting, though it might equally hold.",
  "FOMC of 26 July 2023; the next-meeting move is hypothetical and undated.", ["hypothetical", "may-verb"])

N("biden-projected-winner-2020", "2020-11-08 09:00", "America/New_York",
  "Joe Biden was projected the winner of the US presidential election on Saturday, four days after polls "
  "closed, when the count in Pennsylvania put him over the 270 electoral votes needed. Donald Trump has not "
  "conceded and says he will press ahead with legal challenges.",
  "Networks called the race on 7 November 2020.", ["past-weekday", "undated-future"])

N("ubs-credit-suisse-2023", "2023-03-20 08:00", "Europe/Zurich",
  "UBS agreed on Sunday to buy Credit Suisse for 3 billion Swiss francs in a deal brokered by the Swiss "
  "government. Whether the takeover will be enough to calm markets remains an open question, and when the "
  "integration will be complete is anyone's guess. Holders of 16 billion francs of Credit Suisse bonds were "
  "wiped out.",
  "UBS rescue of 19 March 2023.", ["question", "number-like-date"])

N("bitcoin-etf-approval-2024", "2024-01-11 20:00", "Europe/London",
  "The US Securities and Exchange Commission approved the first spot bitcoin exchange-traded funds on "
  "Wednesday, a day after a hacked post on its own account on X had falsely announced the decision. Trading in "
  "the 11 funds, from issuers including BlackRock and Fidelity, began on Thursday.",
  "SEC approval of 10 January 2024; trading from 11 January.", ["past-weekday", "said-on-day"])

N("turkey-earthquake-2023", "2023-02-07 12:00", "Europe/Istanbul",
  "Rescuers in Turkey and Syria worked through freezing temperatures on Tuesday to pull survivors from the "
  "rubble of Monday's earthquake, which has killed more than 5,000 people. President Tayyip Erdogan said dozens "
  "of countries had offered help.",
  "Kahramanmaras earthquakes of 6 February 2023.", ["past-weekday"])


# ===========================================================================
# More period, range and conditional cases

P("eu-recovery-plans-2021", "2021-04-20 10:00", "Europe/Brussels",
  "EU governments are racing to submit their pandemic recovery plans to the European Commission by the end of "
  "the month, to unlock their share of the bloc's 750 billion euro fund. Italian Prime Minister Mario Draghi "
  "will present his country's plan to parliament on Monday.",
  [C("submit their pandemic recovery plans to the European Commission by the end of the month",
     "by the end of the month", this_end_of_month(), "deadline", None, real="2021-04-30"),
   C("present his country's plan to parliament on Monday", "on Monday", wd("Monday"), "event", None,
     real="2021-04-26")],
  "Recovery and Resilience Facility plans due 30 April 2021; Draghi addressed the Chamber on 26 April.",
  ["end-of-month", "multi-claim", "number-like-date"])

P("ford-europe-electric-2021", "2021-02-17 12:00", "Europe/London",
  "Ford said on Wednesday that its entire passenger car range in Europe would be zero-emission capable, "
  "either all-electric or plug-in hybrid, by mid-2026, and that it would sell only fully electric passenger "
  "cars in the region by 2030. Its Cologne plant will be converted to build electric vehicles.",
  [C("by mid-2026", "by mid-2026", mid_year(2026), "promise", "Ford"),
   C("sell only fully electric passenger cars in the region by 2030", "by 2030", by_year(2030), "promise", "Ford")],
  "Ford of Europe announcement of 17 February 2021.",
  ["mid-year", "same-sentence-claims", "multi-claim", "undated-future"])

P("china-moon-before-2030", "2023-07-13 09:00", "Asia/Shanghai",
  "Zhang Hailian, deputy chief engineer of the China Manned Space Agency, told an aerospace conference in "
  "Wuhan on Wednesday that China planned to land its first astronauts on the moon before 2030. The mission "
  "would use a new Long March 10 rocket and a lunar lander.",
  [C("land its first astronauts on the moon before 2030", "before 2030", before_year(2030), "promise",
     "Zhang Hailian")],
  "CMSA plan presented 12 July 2023.",
  ["before-year", "march-noun", "said-on-day"])

P("tsmc-arizona-2024", "2024-04-08 09:00", "America/Phoenix",
  "TSMC said on Monday that its first Arizona plant would start production in the first half of 2025, while "
  "a second fab will begin operating in 2028 and a third by the end of the decade. The chipmaker won $6.6 "
  "billion in grants from the US government.",
  [C("start production in the first half of 2025", "in the first half of 2025", half(2025, 1), "promise", "TSMC"),
   C("begin operating in 2028", "in 2028", in_year(2028), "promise", "TSMC"),
   C("a third by the end of the decade", "by the end of the decade", before_year(2030), "promise", "TSMC")],
  "TSMC/CHIPS Act announcement of 8 April 2024. 'the end of the decade' read as end of 2029 or end of 2030: both accepted.",
  ["half", "year-period", "before-year", "same-sentence-claims", "multi-claim", "number-like-date"])

P("sunak-second-half-2024", "2024-01-04 16:00", "Europe/London",
  "Rishi Sunak said on Thursday that his working assumption was that the general election would take place "
  "in the second half of this year, all but ruling out a vote in May. Labour leader Keir Starmer accused him "
  "of squatting in Downing Street.",
  [C("the general election would take place in the second half of this year", "in the second half of this year",
     half(2024, 2), "prediction", "Rishi Sunak", real="2024-07-04")],
  "Sunak on 4 January 2024; election held 4 July 2024. 'a vote in May' is ruled out and not labelled.",
  ["half", "may-verb", "cancelled-date"])

P("tesla-cybertruck-later-this-year", "2023-01-25 16:00", "America/Chicago",
  "Tesla said on Wednesday that it remained on track to begin producing its Cybertruck pickup later this year "
  "at its factory near Austin, Texas, after years of delays. The company reported record quarterly revenue "
  "of $24.3 billion.",
  [C("begin producing its Cybertruck pickup later this year", "later this year",
     (lambda p: _res(p.date(), D(p.year, 12, 31), f"rest of the year from {p.date()}")), "promise", "Tesla",
     real="2023-07-15")],
  "Tesla Q4 2022 update of 25 January 2023; first Cybertruck built 15 July 2023.",
  ["later-this-period", "number-like-date"])

P("boc-next-week-2024", "2024-05-30 12:00", "America/Toronto",
  "Statistics Canada publishes first-quarter growth figures on Friday, and the Bank of Canada announces its "
  "interest rate decision on Wednesday next week. Many economists expect it to become the first Group of "
  "Seven central bank to cut rates in this cycle.",
  [C("publishes first-quarter growth figures on Friday", "on Friday", wd("Friday"), "event", None,
     real="2024-05-31"),
   C("announces its interest rate decision on Wednesday next week", "on Wednesday next week",
     wd_next_week("Wednesday"), "event", None, real="2024-06-05")],
  "Q1 GDP release 31 May 2024; Bank of Canada cut on 5 June 2024.",
  ["next-week-weekday", "same-sentence-claims", "multi-claim"])

P("mexico-tariff-threat-2019", "2019-05-31 10:00", "America/Mexico_City",
  "President Donald Trump said a 5% tariff on all Mexican goods would take effect on June 10 unless Mexico "
  "stopped the flow of migrants across the border, rising every month to as much as 25% in October. Mexican "
  "officials said they would travel to Washington for talks.",
  [C("would take effect on June 10", "on June 10", md(6, 10), "deadline", "Donald Trump"),
   C("as much as 25% in October", "in October", in_month(2019, 10), "deadline", "Donald Trump")],
  "Trump statement of 30 May 2019 (suspended 7 June after a deal).",
  ["conditional-threat", "month-period", "explicit-date", "multi-claim", "undated-future"])

P("pfizer-doses-year-end", "2020-11-09 09:00", "America/New_York",
  "Pfizer said on Monday that its coronavirus vaccine was more than 90% effective in a preliminary analysis, "
  "and that it expected to produce up to 50 million doses by year-end and as many as 1.3 billion in 2021.",
  [C("up to 50 million doses by year-end", "by year-end", this_year_end(), "prediction", "Pfizer"),
   C("as many as 1.3 billion in 2021", "in 2021", in_year(2021), "prediction", "Pfizer")],
  "Pfizer/BioNTech interim analysis of 9 November 2020.",
  ["year-end", "year-period", "same-sentence-claims", "multi-claim"])

N("us-jobs-sept-2023", "2023-10-06 10:00", "America/New_York",
  "US employers added 336,000 jobs in September, nearly double what economists had expected, the Labor "
  "Department said on Friday. The report may strengthen the case for another interest rate increase from "
  "the Federal Reserve.",
  "Employment report of 6 October 2023.", ["said-on-day", "may-verb", "number-like-date"])

N("boj-when-next-hike-2024", "2024-09-20 15:00", "Asia/Tokyo",
  "The Bank of Japan kept interest rates steady on Friday. When will it raise them again? Governor Kazuo Ueda "
  "said the bank could afford to take time to scrutinise market moves and the US economy.",
  "BoJ meeting of 20 September 2024.", ["question"])

N("article-50-triggered", "2017-03-29 14:00", "Europe/London",
  "Britain formally began the process of leaving the European Union on Wednesday when its ambassador handed a "
  "letter from Prime Minister Theresa May to European Council President Donald Tusk in Brussels, nine months "
  "after the 2016 referendum. Tusk said there was no reason to pretend this was a happy day.",
  "Article 50 notification of 29 March 2017; the two-year deadline is not mentioned.",
  ["may-verb", "number-like-date"])

N("ever-given-freed", "2021-03-29 20:00", "Africa/Cairo",
  "The giant container ship Ever Given was freed on Monday after blocking the Suez Canal for almost a week, "
  "and traffic through the waterway resumed. It was not clear how long it would take to clear the backlog of "
  "more than 400 ships.",
  "Ever Given refloated 29 March 2021.", ["undated-future"])

N("verstappen-third-title", "2023-10-08 08:00", "Asia/Qatar",
  "Max Verstappen secured his third consecutive Formula One world title on Saturday by finishing second in "
  "the sprint race in Qatar. The Red Bull driver has won 14 of the season's 16 grands prix so far.",
  "Qatar sprint of 7 October 2023.", ["past-weekday", "number-like-date"])

N("nord-stream-2-halted", "2022-02-22 15:00", "Europe/Berlin",
  "Germany halted certification of the Nord Stream 2 gas pipeline on Tuesday after Russia recognised two "
  "breakaway regions in eastern Ukraine. Chancellor Olaf Scholz said the situation had fundamentally changed. "
  "If Russia launched a full-scale invasion, Western officials said, far tougher sanctions would follow.",
  "Scholz's announcement of 22 February 2022.", ["hypothetical"])

N("hk-security-law", "2020-07-01 18:00", "Asia/Hong_Kong",
  "A sweeping national security law imposed by Beijing took effect in Hong Kong late on Tuesday, on the eve "
  "of the 23rd anniversary of the city's handover to China. Police made the first arrests under the law on "
  "Wednesday during protests that the authorities had banned.",
  "Law in force 30 June 2020, 23:00 HKT.", ["past-weekday", "number-like-date"])

N("queen-dies-2022", "2022-09-09 08:00", "Europe/London",
  "Queen Elizabeth II died peacefully at Balmoral on Thursday afternoon at the age of 96, after 70 years on "
  "the throne. Her eldest son immediately became King Charles III. Prime Minister Liz Truss, appointed by the "
  "Queen only on Tuesday, called her the rock on which modern Britain was built.",
  "Death of Elizabeth II, 8 September 2022.", ["past-weekday"])

N("aditya-l1-launch", "2023-09-03 09:00", "Asia/Kolkata",
  "India launched its first space mission to study the sun on Saturday, days after its historic moon landing. "
  "The Aditya-L1 probe will travel about 1.5 million km to reach its observation point, a journey that will "
  "take several months.",
  "Aditya-L1 launch of 2 September 2023.", ["undated-future", "past-weekday"])

# ===========================================================================
# Build

KINDS = {"deadline", "event", "promise", "prediction"}
_SENT_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(\s+)(?=[\"'\u201c\u2018(\[]?[A-Z])")


def sentence_spans(text):
    """Same sentence rule as score_claims.py (checked: a gold quote must sit in one sentence)."""
    cuts = sorted((m.start(1), m.end(1)) for m in _SENT_END.finditer(text))
    spans, pos = [], 0
    for a, b in cuts:
        spans.append((pos, a))
        pos = b
    spans.append((pos, len(text)))
    return spans


def build(passages=None):
    out, seen = [], set()
    for p in PASSAGES if passages is None else passages:
        pid = p["id"]
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", pid), pid
        assert pid not in seen, f"duplicate id {pid}"
        seen.add(pid)
        tz = ZoneInfo(p["tz"])
        local = dt.datetime.strptime(p["published_local"], "%Y-%m-%d %H:%M").replace(tzinfo=tz)
        assert dt.date(2015, 1, 1) <= local.date() <= dt.date(2025, 12, 31), pid
        text = p["text"]
        assert "\n" not in text and "  " not in text, pid
        nsent = len(sentence_spans(text))
        assert 1 <= nsent <= 6, (pid, nsent)
        claims, dates = [], []
        for c in p["claims"]:
            q = c["quote"]
            assert q and q in text, f"{pid}: quote not in text: {q!r}"
            i = text.find(q)
            spans = sentence_spans(text)
            hit = [s for s in spans if s[0] < i + len(q) and s[1] > i]
            assert len(hit) >= 1, (pid, q)
            assert c["kind"] in KINDS, (pid, c["kind"])
            r = c["rule"](local)
            lo, hi = r["due"], r["due_max"]
            assert lo <= hi, (pid, q, lo, hi)
            # a forward-looking claim: never before publication day
            assert hi >= local.date(), f"{pid}: {q!r} resolves to the past ({hi})"
            if c["real"]:
                real = dt.date.fromisoformat(c["real"])
                if c["real_le"]:
                    assert real <= hi, f"{pid}: {q!r} real {real} after {hi}"
                else:
                    assert lo <= real <= hi, f"{pid}: {q!r} real {real} not in {lo}..{hi}"
            claims.append({"quote": q, "due": lo.isoformat(), "due_max": hi.isoformat(), "time": r["time"],
                           "speaker": c["speaker"], "kind": c["kind"], "time_text": c["time_text"]})
            dates.append(f"'{c['time_text']}' -> {r['desc']}" + (f" [time {r['time']}]" if r["time"] else "")
                         + (f" (real-world date {c['real']})" if c["real"] else ""))
        notes = p["basis"]
        if dates:
            notes += " Dates: " + "; ".join(dates) + "."
        tags = list(p["tags"])
        if len(claims) >= 2 and "multi-claim" not in tags:
            tags.append("multi-claim")
        out.append({"id": pid, "published": local.isoformat(), "tz": p["tz"], "text": text,
                    "claims": claims, "notes": notes, "tags": sorted(set(tags))})
    return out


def split(rows, test_frac=0.4):
    """Deterministic stratified split: passages in sha256(id) order, each put where it
    keeps every tag (and the overall size) closest to the target test fraction."""
    order = sorted(rows, key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
    total = {}
    for r in rows:
        for t in r["tags"] + (["claims"] if r["claims"] else []):
            total[t] = total.get(t, 0) + 1
    seen, in_test = {}, {}
    n_seen = n_test = 0
    tune, test = [], []
    for r in order:
        tags = r["tags"] + (["claims"] if r["claims"] else [])
        for t in tags:
            seen[t] = seen.get(t, 0) + 1
        n_seen += 1

        def cost(put_test):
            c = 4.0 * ((n_test + put_test) - test_frac * n_seen) ** 2
            for t in seen:
                k = in_test.get(t, 0) + (put_test and t in tags)
                c += (k - test_frac * seen[t]) ** 2 * (8.0 / total[t])
            return c
        if cost(1) < cost(0):
            test.append(r)
            n_test += 1
            for t in tags:
                in_test[t] = in_test.get(t, 0) + 1
        else:
            tune.append(r)
    # repair: every tag held by 2+ passages must appear in both splits; fix by
    # deterministic one-for-one swaps (sizes unchanged)
    h = lambda r: hashlib.sha256(r["id"].encode()).hexdigest()

    def violations(a, b):
        return sorted(t for t in total if total[t] >= 2 and t != "claims" and
                      (not any(t in x["tags"] for x in a) or not any(t in x["tags"] for x in b)))
    for _ in range(100):
        bad = violations(tune, test)
        if not bad:
            break
        t = bad[0]
        src, dst = (tune, test) if not any(t in x["tags"] for x in test) else (test, tune)
        done = False
        for c in sorted((x for x in src if t in x["tags"]), key=h):
            for d in sorted(dst, key=h):
                if bool(c["claims"]) != bool(d["claims"]):
                    continue
                src2 = [x for x in src if x is not c] + [d]
                dst2 = [x for x in dst if x is not d] + [c]
                a2, b2 = (src2, dst2) if src is tune else (dst2, src2)
                if len(violations(a2, b2)) < len(bad):
                    src[:] = src2
                    dst[:] = dst2
                    done = True
                    break
            if done:
                break
        assert done, f"cannot place tag {t} in both splits"
    # balance passages without claims (about test_frac of them in test), again by
    # one-for-one swaps that keep every tag in both splits
    n_none = sum(1 for r in rows if not r["claims"])
    while sum(1 for r in test if not r["claims"]) < round(test_frac * n_none):
        done = False
        for c in sorted((x for x in tune if not x["claims"]), key=h):
            for d in sorted((x for x in test if x["claims"]), key=h):
                a2 = [x for x in tune if x is not c] + [d]
                b2 = [x for x in test if x is not d] + [c]
                if not violations(a2, b2):
                    tune[:], test[:] = a2, b2
                    done = True
                    break
            if done:
                break
        assert done, "cannot balance zero-claim passages"
    tune.sort(key=lambda r: r["id"])
    test.sort(key=lambda r: r["id"])
    return tune, test


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def summary(rows):
    kinds = {}
    for r in rows:
        for c in r["claims"]:
            kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    return {"passages": len(rows), "no_claim_passages": sum(1 for r in rows if not r["claims"]),
            "claims": sum(len(r["claims"]) for r in rows), "kinds": dict(sorted(kinds.items()))}


def write_modules(pattern, name, label):
    """Build the passages of every module named like `pattern` beside this file into `name`."""
    import importlib
    from pathlib import Path

    modules = [importlib.import_module(path.stem) for path in sorted(Path(HERE).glob(pattern))]
    rows = build([p for module in modules for p in module.PASSAGES])
    write(os.path.join(HERE, name), rows)
    print(label, summary(rows))
    if "-v" in sys.argv:
        for t in sorted({t for r in rows for t in r["tags"]}):
            print(f"  {t:28s} {sum(t in r['tags'] for r in rows):3d}")


def main():
    rows = build()
    tune, test = split(rows)
    tags = sorted({t for r in rows for t in r["tags"]})
    for t in tags:
        n = sum(t in r["tags"] for r in rows)
        a, b = sum(t in r["tags"] for r in tune), sum(t in r["tags"] for r in test)
        if n >= 2 and not (a and b):
            print(f"WARNING tag {t} missing from a split ({a} tune, {b} test)")
    write(os.path.join(HERE, "tune.jsonl"), tune)
    # The second split was the held-out test set until 2026-11-27; its figures had been read in
    # six tuning rounds by then, so it was retired into tuning (test.jsonl now comes from holdout.py).
    write(os.path.join(HERE, "tune_retired.jsonl"), test)
    print("all   ", summary(rows))
    print("tune  ", summary(tune))
    print("retired", summary(test))
    if "-v" in sys.argv:
        for t in tags:
            print(f"  {t:28s} tune {sum(t in r['tags'] for r in tune):3d}  test {sum(t in r['tags'] for r in test):3d}")


if __name__ == "__main__":
    main()
