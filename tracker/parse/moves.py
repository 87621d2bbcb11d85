"""Dates something was moved to or from: "postponed the vote from Aug. 14 to Aug. 21".

Both tests look at the text right before a date and begin with a cheap check of its last
words, so the regex runs only where it can match.
"""

from __future__ import annotations

import re

from tracker.parse.lexicon import MONTH_DOT_RE, MOVE_RE

# a date given as the new one when something is moved: "pushed the vote back to May 5",
# (but not "the delayed response to the May 24 attack": an adjective)
# "extended the deadline by a week to Oct. 7", "adjourned the case until June"
_MOVED_TO = re.compile(
    r"\b(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)" + MOVE_RE + r"\b(?:" + MONTH_DOT_RE + r"|[^.;]){0,80}?"
    r"\b(?:to|until|till)\s+(?:the\s+)?$",
    re.I,
)
# what follows "to" is a time ("to Aug. 30", "to next year"), not a state ("move to remote
# learning from Tuesday")
_NEW_TIME = (
    r"(?=(?:(?!\bfrom\b)[^;]){0,30}?(?:\d|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun"
    r"|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|week|month|year|quarter|half"
    r"|tomorrow|later|end)))"
)
# "postponed the vote from Aug. 14 to Aug. 21": the old day and the new, not a span
_MOVED_FROM = re.compile(
    rf"\b{MOVE_RE}(?:(?:\s+(?!to\b|until\b)[\w'’.-]+){{0,5}}?"
    # "moved the deadline to Aug. 30 from Aug. 16"
    rf"|\b(?:{MONTH_DOT_RE}|[^.;]){{0,80}}?\b(?:to|until|till)\s+{_NEW_TIME}[^;]{{1,30}}?,?)"
    r"\s+from\s+(?:the\s+)?$",
    re.I,
)


# "the vote was rescheduled for Aug. 19": the new day
_RESCHEDULED_FOR = re.compile(r"\bre-?scheduled\s+(?:\w+\s+){0,3}?for\s+(?:the\s+)?$", re.I)


def moved_to(head: str) -> bool:
    """``head``, the clause before a date, ends where a moved thing's new date goes
    ("pushed back polling by four days to", "was rescheduled for")."""
    tail = head[-7:].rstrip().lower()
    if tail.endswith(("for", "the")) and _RESCHEDULED_FOR.search(head[-60:]):
        return True
    return tail.endswith(("to", "until", "till", "the")) and bool(_MOVED_TO.search(head[-110:]))


def moved_from(text: str, pos: int, endpos: int) -> bool:
    """``text[pos:endpos]`` ends where the date something was moved from goes
    ("postponed the vote from")."""
    # every match ends in "from" or "the" and then spaces: test that before the regex
    tail = text[pos:endpos].rstrip().lower()
    return tail.endswith(("from", "the")) and bool(_MOVED_FROM.search(text, pos, endpos))
