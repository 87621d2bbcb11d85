"""Expressions found but left unresolved: vague times ("soon", "in the coming days"),
stretches of time ("for three years", "the past few weeks") and repetitions ("twice a day").

Reporting them keeps their words from being misread by other rules ("a day" in "twice a
day" is no date) and shows the user what was seen but not scheduled.
"""

from __future__ import annotations

from tracker.parse.lexicon import NUM_RE, UNIT_RE, VAGUE_NUM_RE
from tracker.parse.rules.base import RegexRule, unresolved

_COMING = r"(?:days|weeks|months|years|decades|hours)"

RULES = [
    RegexRule(
        "vague",
        r"\b(?:soon|recently|lately|currently|nowadays|shortly|eventually|now|"
        rf"(?:in|over|during)\s+(?:the\s+)?(?:coming|next\s+few|near|recent|past\s+few)\s+{_COMING}|"
        r"in\s+the\s+(?:near\s+|distant\s+)?future|in\s+the\s+(?:recent\s+)?past|"
        rf"in\s+recent\s+{_COMING}|these\s+days|at\s+present|for\s+now|any\s+day\s+now|"
        r"at\s+the\s+moment|the\s+(?:same|year-earlier|year-ago)\s+period)\b",
        lambda m, ctx: unresolved(m, "vague: names no calendar interval"),
    ),
    RegexRule(
        "duration",
        rf"\b(?:(?:the\s+)?(?:past|last|next|first|coming)\s+)?(?:{VAGUE_NUM_RE}|{NUM_RE})"
        rf"[\s-]+{UNIT_RE}(?:[\s-]+(?:long|old))?",
        lambda m, ctx: unresolved(m, "a stretch of time, not a date", "duration"),
    ),
    RegexRule(
        "repeat",
        rf"\b(?:(?:once|twice|thrice|{NUM_RE}\s+times)\s+(?:a|an|per|each|every)\s+|"
        rf"(?:every|each|per)\s+(?:other\s+)?(?:{NUM_RE}\s+)?){UNIT_RE}",
        lambda m, ctx: unresolved(m, "a repetition: names no single interval", "set"),
    ),
]
