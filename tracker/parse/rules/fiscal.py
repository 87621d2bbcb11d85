"""Fiscal years: "in 2024-25", "by 2025-26", "in fiscal 2024", "FY2025", "fiscal year 2026".

When a fiscal year starts depends on the country, read from the article's time zone where
one convention dominates. Where none does (a US company, most zones), "fiscal 2024" spans
every common reading, from February 2023 to December 2024, rather than guess one, and
"2024-25" is the span of both years.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from tracker.parse.context import ScanContext
from tracker.parse.rules.base import Candidate, RegexRule, make
from tracker.parse.types import Grain

# the month a government's fiscal year starts in, by time zone
_START_MONTH = {
    # India: Union Budget year April-March (Constitution of India, art. 112; "financial year")
    "Asia/Kolkata": 4,
    "Asia/Calcutta": 4,
    # Japan: Public Finance Act, art. 11 (April 1 to March 31)
    "Asia/Tokyo": 4,
    # UK: HM Treasury's financial year, April-March (the tax year starts April 6)
    "Europe/London": 4,
    # Hong Kong: Public Finance Ordinance (Cap. 2), April-March
    "Asia/Hong_Kong": 4,
    # Singapore: Financial Procedure Act, April-March
    "Asia/Singapore": 4,
    # Pakistan, Egypt, Bangladesh, Kenya, Uganda, Tanzania: budget years July-June
    "Asia/Karachi": 7,
    "Africa/Cairo": 7,
    "Asia/Dhaka": 7,
    "Africa/Nairobi": 7,
    "Africa/Kampala": 7,
    "Africa/Dar_es_Salaam": 7,
    # New Zealand: Public Finance Act 1989, the Crown's year ends June 30
    "Pacific/Auckland": 7,
}
_START_PREFIX = (
    # Australia: Public Governance, Performance and Accountability Act 2013, July-June
    ("Australia/", 7),
)
# Canada: Financial Administration Act, s. 2, April 1 to March 31
_CANADA = {
    "America/Toronto",
    "America/Montreal",
    "America/Vancouver",
    "America/Edmonton",
    "America/Winnipeg",
    "America/Regina",
    "America/Halifax",
    "America/St_Johns",
    "America/Moncton",
    "America/Whitehorse",
    "America/Yellowknife",
    "America/Iqaluit",
}
# United States: the federal fiscal year starts Oct. 1 (31 U.S.C. 1102); a company's varies,
# so the federal reading is taken only when the sentence is about government money
_US = {
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Phoenix",
    "America/Anchorage",
    "America/Detroit",
    "America/Boise",
    "America/Indiana/Indianapolis",
    "Pacific/Honolulu",
    "US/Eastern",
    "US/Central",
    "US/Mountain",
    "US/Pacific",
}
_FEDERAL = re.compile(
    r"\b(?:federal|government|congress\w*|pentagon|white\s+house|treasury|deficit|"
    r"appropriations?|budget\s+office|cbo|state\s+budget|senate|house)\b",
    re.I,
)
# named by the year it starts in: Japan ("fiscal 2025" begins April 2025); elsewhere by the
# year it ends in ("FY2024" of the US government ends Sept. 30, 2024; India's "FY25" ends
# March 2025)
_NAMED_BY_START = {"Asia/Tokyo"}
# "the 2024-25 season", "the 2024-25 school year": not a fiscal year
_NOT_FISCAL = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:season|school|academic|winter|term|campaign|edition|ski|league|cup)\b",
    re.I,
)


_ANY = "a fiscal year whose start the country does not settle: every common reading"


def _start_month(ctx: ScanContext, at: int) -> int | None:
    """The month this article's fiscal years start in, None when no convention dominates."""
    key = str(ctx.tz)
    if key in _START_MONTH:
        return _START_MONTH[key]
    if key in _CANADA:
        return 4
    if key in _US:
        line = ctx.text[max(0, at - 160) : at + 80]
        return 10 if _FEDERAL.search(line) else None
    return next((month for prefix, month in _START_PREFIX if key.startswith(prefix)), None)


def _full_year(two: str, first: int) -> int | None:
    """The year "25" names after ``first`` (2024): the next one, or None."""
    year = first // 100 * 100 + int(two) if len(two) == 2 else int(two)
    if year < first:
        year += 100
    return year if year == first + 1 else None


def _span(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """ "2024-25": that fiscal year where one convention dominates, both years elsewhere."""
    first = int(m.group("y"))
    if _full_year(m.group("y2"), first) is None:
        return None
    month = None if _NOT_FISCAL.match(ctx.text, m.end()) else _start_month(ctx, m.start())
    if month is None:
        return make(ctx, m, Grain.YEAR, (date(first, 1, 1), date(first + 2, 1, 1)), "two years")
    rng = (date(first, month, 1), date(first + 1, month, 1))
    return make(ctx, m, Grain.YEAR, rng, "fiscal year")


def _fiscal(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    """ "fiscal 2024", "FY2025", "FY25", "fiscal year 2024-25"."""
    if m.group("y_") and not m.group().startswith("FY"):
        return None  # "fy" in lower case is no fiscal year
    digits = m.group("y") or m.group("y_")
    year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    if m.group("y2"):
        if _full_year(m.group("y2"), year) is None:
            return None
        year += 1  # "FY 2024-25": the year it ends in
    elif str(ctx.tz) in _NAMED_BY_START and not ctx.listing:
        year += 1
    if ctx.listing or ctx.standalone:
        rng = (date(year, 1, 1), date(year + 1, 1, 1))  # the year it is named by (TimeML)
        return make(ctx, m, Grain.YEAR, rng, "fiscal year, named by its year")
    month = _start_month(ctx, m.start())
    if month is None:  # any convention: from a February start (US retailers) to December
        found = make(ctx, m, Grain.YEAR, (date(year - 1, 2, 1), date(year + 1, 1, 1)), _ANY)
    else:
        start_year = year - 1 if month > 1 else year
        rng = (date(start_year, month, 1), date(start_year + 1, month, 1))
        found = make(ctx, m, Grain.YEAR, rng, "fiscal year")
    # "fiscal 2026": spanned from its year, as a plain year is ("the fiscal 2026 accounts")
    return replace(found, start=m.start("y")) if m.group("y") else found


RULES = [
    RegexRule(
        "fiscal",
        r"\b(?:fiscal(?:\s+year)?\s+(?P<y>20\d{2})|FY\s?'?(?P<y_>20\d{2}|\d{2}))"
        r"(?:\s*[-–/]\s*(?P<y2>\d{2}|20\d{2}))?\b(?![-–/]?\d)",
        _fiscal,
    ),
    RegexRule(
        "fiscal_span",
        r"(?<![\d$£€.,/-])\b(?P<y>20\d{2})\s?[-–/]\s?(?P<y2>\d{2})\b(?![-–/.,]?\d|\s*%)",
        _span,
    ),
]
