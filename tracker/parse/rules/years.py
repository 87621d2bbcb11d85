"""Years, decades and centuries: "in 2026", "by 2030", "the 1990s", "the '90s", "the 20th
century"."""

from __future__ import annotations

import re

from tracker.parse.calendar import century_range, decade_range, year_range
from tracker.parse.context import ScanContext
from tracker.parse.lexicon import ORDINAL_WORDS
from tracker.parse.rules.base import Candidate, RegexRule, make
from tracker.parse.types import Grain

_YEAR_CUE = (
    r"in|by|since|until|till|of|for|during|from|through|to|before|after|fiscal|year|early|late|"
    r"mid|end|around|circa|and|or|between|spring|summer|autumn|fall|winter|the|this|that"
)


def _year(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    if not m.group("cue") and m.group("noun"):
        return None  # "2000 troops": a count, not a year
    return make(ctx, m, Grain.YEAR, year_range(int(m.group("y"))), "year", "y")


def _decade(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    digits = m.group("dec") or m.group("dec2")
    if len(digits) == 2:
        century = ctx.today.year // 100 * 100
        first = century + int(digits)
        if first > ctx.today.year:
            first -= 100
    else:
        first = int(digits)
    return make(ctx, m, Grain.DECADE, decade_range(first), "decade")


# "21st Century Fox", "the 21st Century Fund": a name (but "the 21st Century Europe will")
_NAME_GOES_ON = re.compile(
    r"[ \t]+(?:Fox|Fund|Funds|Cures|Studios|Group|Foundation|Partners|Insurance|Capital|Films"
    r"|Pictures|Media|Holdings|Trust|Institute|Academy|Schools?|Skills|Project|Initiative)\b"
)


def _century(m: re.Match[str], ctx: ScanContext) -> Candidate | None:
    if m.group().endswith("Century") and _NAME_GOES_ON.match(m.string, m.end()):
        return None
    word = m.group("n").lower()
    number = int(re.sub(r"\D", "", word)) if word[0].isdigit() else ORDINAL_WORDS.get(word)
    if not number:
        return None
    return make(ctx, m, Grain.CENTURY, century_range((number - 1) * 100), "century")


RULES = [
    RegexRule(
        "year",
        rf"(?:\b(?P<cue>{_YEAR_CUE})[\s-]+)?(?<![\d$£€,.#/])(?<!\d-)\b(?P<y>1[6-9]\d{{2}}|20\d{{2}})\b"
        r"(?![,.]?\d|\s*(?:%|percent|-|/))(?P<noun>\s+[a-z]+s\b)?",
        _year,
    ),
    RegexRule(
        "decade",
        r"\b(?:the\s+)?(?:(?P<dec>1[0-9]\d0|20\d0)'?s|'(?P<dec2>\d0)s)\b",
        _decade,
    ),
    RegexRule(
        "century",
        r"\b(?:the\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|"
        + "|".join(ORDINAL_WORDS)
        + r")[\s-]+century\b",
        _century,
    ),
]
