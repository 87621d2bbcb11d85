"""The ordered rule list. On overlapping matches the longest wins; on a tie, the earlier rule.

Adding a family of expressions: write ``rules/<family>.py`` with a ``RULES`` list of
``Rule`` objects and add it here.
"""

from __future__ import annotations

from tracker.parse.rules import (
    absolute,
    clock,
    daypart,
    days,
    fiscal,
    holidays,
    ordinals,
    periods,
    relative,
    vague,
    years,
)
from tracker.parse.rules.base import Candidate, Clock, RegexRule, Rule

RULES: list[Rule] = [
    *absolute.RULES,
    *ordinals.RULES,
    *holidays.RULES,
    *clock.RULES,
    *daypart.RULES,
    *periods.RULES,
    *relative.RULES,
    *days.RULES,
    *fiscal.RULES,
    *years.RULES,
    *vague.RULES,
]

__all__ = ["RULES", "Candidate", "Clock", "RegexRule", "Rule"]
