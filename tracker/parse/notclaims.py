"""Dates that name no claim.

A date found in a sentence that looks ahead may still not be the date of anything looked
forward to: a dateline or time stamp, a label (the month data cover, an edition, a ranking,
opening hours), a date compared against, the day something was done or said, a
possibility, a refused forecast, a tally so far, or a plan since dropped, superseded or
called off. ``looks_ahead`` runs these tests on one found date.
"""

from __future__ import annotations

import re

from tracker.parse.lexicon import POSTPONE_RE
from tracker.parse.moves import moved_from

_LOOKBACK = 80

# "its first rate rise in 17 years", "the biggest listing in a year": a span, not a date
_SUPERLATIVE = re.compile(
    r"\b(?:first|last|highest|lowest|biggest|largest|smallest|worst|best|longest|shortest|"
    r"strongest|weakest|fastest|slowest|deepest|sharpest|steepest|most|least|record|only|"
    # "one of the deadliest in two decades", "the hottest summer in 40 years"
    r"[a-z]+iest|hottest|coldest|warmest|wettest|greatest|oldest|newest|richest|poorest|"
    r"cheapest|toughest|hardest|loudest|darkest|closest|widest|tallest)\b"
    r"[^,;.]*$",
    re.I,
)
_SPAN_UNIT = re.compile(
    r"^(?:in|for|over)\s+(?:a|an|the|\d+|\w+)?\s*\w*\s*(?:years?|months?|weeks?|decades?|days?)$",
    re.I,
)
# a date that is being pushed back, called off or ruled out ("pushing back a July 9 deadline")
_SUPERSEDED = re.compile(
    r"\b(?:" + POSTPONE_RE + r"|rul(?:ing|ed|es?)\s+out|"
    r"earlier\s+(?:estimate|target|plan|deadline|date|forecast)|"
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bbegin\s)(?<!\bstart\s)(?<!\bbegins\s)"
    # (but "will begin cancelling flights on Sunday": the cancelling is what happens then)
    r"(?<!\bstarts\s)(?:scrapp\w+|scraps?|cancel\w*)|called\s+off|"
    r"instead\s+of|rather\s+than)\b(?P<gap>[^.;]{0,20})$",
    re.I,
)
# a plan in the past perfect or one dropped: "which had been due to open on July 24",
# "had planned to list in March", "will no longer host the summit planned for May 4"
_FORMER_PLAN = re.compile(
    r"\b(?:had\s+(?:\w+ly\s+|first\s+|once\s+)?(?:been\s+(?:due|scheduled|set|expected|planned|"
    r"slated|supposed|meant|intended|penciled|pencilled)|planned|hoped|intended|aimed|expected|"
    r"wanted|projected|forecast|predicted|estimated)|"
    # "was supposed to open in December": a plan that did not hold
    r"(?:was|were)\s+(?:\w+ly\s+|first\s+|once\s+)?(?:supposed|meant)\s+to|"
    # "after the talks were due to end on Friday": a plan inside a past narrative
    r"\b(?:after|before|although|though|than)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:was|were)\s+(?:\w+ly\s+|first\s+|once\s+)?(?:due|scheduled|set|slated)\s+to|"
    r"originally|initially|previous(?:ly)?\s+(?:planned|scheduled|set)|"
    r"no\s+longer|called\s+off|cancell?ed|scrapped|abandon(?:ed|ing|s)?|reneg\w+\s+on|"
    # "dropped its target of carbon neutrality by 2030": a goal given up
    r"(?:dropp|ditch|shelv)(?:ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:plans?|targets?|aims?|goals?|"
    r"pledges?|promises?|ambitions?|proposals?|timetables?|deadlines?)|"
    r"miss(?:ed|es|ing)?\s+(?:\w+\s+){0,2}?(?:target|deadline|goal))\b"
    # (a date the plan was moved to is the new one: "postponed until May")
    r"(?:(?!\b(?:will|would|shall|but|now|instead|resched\w*|moved|"
    + POSTPONE_RE
    + r"\s+(?:until|till))\b)[^.;,]){0,60}$",
    re.I,
)
# "pupils will no longer have to wear masks from Thursday": the day a change takes effect
# (but "will no longer host the summit planned for May 4" drops the dated plan)
# (but "will no longer begin flights from Oct. 1" drops a start that was planned)
_STOPS_FROM = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+to)\s+no\s+longer\s+(?:\w+ly\s+)?"
    r"(?!(?:begin|start|launch|open|reopen|take\s+over|introduce|host|hold|resume|strike|"
    r"walk\s+out|stage|go\s+ahead|take\s+place|proceed)\b)"
    r"[^.;]{0,80}?"
    r"\b(?:from|starting|beginning|as\s+of|effective)\s+(?:on\s+|the\s+)?$",
    re.I,
)
# an earlier word, overtaken by the news: "had previously said the bridge would reopen
# on Sept. 1, but now ..." (without "but", "now" or "instead" after the date it stands)
_EARLIER_WORD = re.compile(
    r"\bhad\s+(?:already|previously)\s+(?:said|announced|stated|indicated)\b"
    r"[^.;]{0,80}$",
    re.I,
)
_OVERTAKEN = re.compile(r"[^.;]*?\b(?:but|now|instead)\b", re.I)
# "postponed the election due on Sept. 6 by a year": the date it had been due on
_POSTPONED_DUE = re.compile(
    r"\b" + POSTPONE_RE + r"\s+"
    r"(?:(?!\b(?:to|until|till|will|would|now|new|instead)\b)[^.;,]){0,60}?"
    r"\b(?:due|scheduled|planned|set|slated)\s+(?:for|on|in)\s+(?:the\s+)?$",
    re.I,
)
_NEW_DATE = re.compile(r"\b(?:to|until|till|for|by)\s+(?:the\s+)?$", re.I)
_SUPERSEDED_AFTER = re.compile(
    # (not past ", and" opening a clause of its own: "from Tuesday, and exams cannot go ahead")
    r"^(?:(?!,\s+and\s)[^.;]){0,40}?\b(?:before\s+(?:delaying|postponing|scrapping|cancell?ing|pushing)|"
    r"but\s+(?:was|it\s+was|has\s+been|had\s+been)\s+(?:delayed|postponed|cancell?ed|scrapped|"
    r"pushed)|"
    # "elections due on 9 March could not be held": a date called off
    r"(?:(?:could|can|will|would)\s*(?:not|n['’]t)|won['’]t)\s+(?:now\s+)?(?:be\s+held|go\s+ahead|take\s+place"
    r"|proceed))\b",
    re.I,
)
# "The ferry, which was due to sail on Thursday, sank": a past plan in an aside, and the
# sentence goes on to say it fell through
_PAST_PLAN_ASIDE = re.compile(
    r",\s+(?:which|that|who)\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:due|scheduled|set|slated|expected|planned)\s+(?:to|for|on|in)\b[^.;,]*$",
    re.I,
)
# ... or a plan in a reduced relative: "The strike, set to begin on Thursday, was suspended"
# (but "The talks, set to resume on Monday, were delayed last month": the plan stands)
_PLAN_ASIDE = re.compile(
    r",\s+(?:(?:which|that)\s+(?:is|are)\s+)?(?:\w+ly\s+)?(?:due|scheduled|set|slated|planned)"
    r"\s+(?:to|for|on|in)\b[^.;,]*$",
    re.I,
)
_CALLED_OFF_NOW = re.compile(
    r"[^.;,]{0,30},\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:called\s+off|cancell?ed|scrapped|suspended|abandoned|shelved|dropped|averted|withdrawn"
    r"|postponed|delayed|put\s+off|pushed\s+back"
    # moved to another day: "The hearing, set for Monday, was moved to Wednesday"
    r"|(?:moved|rescheduled|brought\s+forward|switched)\s+(?:up\s+|back\s+|forward\s+)?"
    r"(?:to|until|for)\s+(?:next\s+|the\s+|a\s+)?(?=\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|later|tomorrow|early|late|mid))"
    r"(?![^.;]*\b(?:last(?!-)|ago|earlier|previously|in\s+(?:19|20)\d\d)\b)",
    re.I,
)
_FELL_THROUGH = re.compile(
    r"[^.;,]{0,30},\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:called\s+off|"
    r"cancell?ed|scrapped|postponed|delayed|put\s+off|suspended|abandoned|pushed\s+back|"
    r"destroyed)|sank|crashed|collapsed|capsized|exploded|never\s+\w+)\b",
    re.I,
)
# a possibility governs the date: "could come in May", "might be delayed until June"
_POSSIBLE = re.compile(
    r"\b(?:could|might|(?-i:may)(?!\s+be\b))\s+(?!never\b)(?:(?!and\b|or\b|that\b|which\b|who\b)"
    r"[\w'’-]+\s+){1,6}(?:as\s+(?:early|soon)\s+as\s+)?$",
    re.I,
)
# an adverb of habit governs the date in its own clause: "usually open at 9 a.m. on Saturday"
_HABITUAL = re.compile(
    r"\b(?:usually|normally|typically|generally|routinely|traditionally|customarily)\s+"
    r"[a-z]+\b[^.;,]{0,50}$",
    re.I,
)
# a recurring day: "meets every Tuesday at 6 p.m.", "each other Friday" (not the day a series
# starts: "every Sunday starting Oct. 5")
_EVERY = re.compile(r"\b(?:every|each)\s+(?:(?:other|second|third|fourth)\s+)?$", re.I)
_SERIES_START = re.compile(r"\b(?:starting|beginning|from|as\s+of)\b", re.I)
# a threat, the date in its condition: "games will be cancelled unless a deal is reached by
# Friday" (the cut-off, not a plan called off)
_THREATENED = re.compile(
    r"\b(?:will|would|could|to)\s+be\s+(?:\w+ly\s+)?(?:called\s+off|cancell?ed|scrapped)\s+"
    r"(?:[^.;,]{0,40}?\s)?(?:if|unless)\s[^.;,]*$",
    re.I,
)
# a condition contrary to fact: "If an election were held next Sunday, ..."
_COUNTERFACTUAL = re.compile(r"\bif\s+(?:[\w'’-]+\s+){1,5}?were\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# a harm is never scheduled: "after the shooting in May", "since the coup on Feb. 1"
_HARM_THEN = re.compile(
    r"\b(?:after|since|following|over|of)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:massacres?|attacks?|"
    r"shootings?|bombings?|killings?|crash(?:es)?|explosions?|blasts?|riots?|coup|assassination|"
    r"earthquake|quake|stampede|ambush|insurrection)\s+(?:in|on|of)\s+$",
    re.I,
)
# a calendar fact: "because April 30 falls on a Sunday"
_FALLS_ON = re.compile(r"\s+(?:falls|fell|falling|fall)\s+on\s+(?:a|the)\s+\w+", re.I)
_FALLS_ON_BEFORE = re.compile(r"\b(?:falls|fell|falling|fall)\s+on\s+(?:a|the)\s+$", re.I)
# a weekly habit: "closes at 4 p.m. on weekdays", "opens at noon on Saturdays"
_WEEKLY = re.compile(
    r"\s+(?:on\s+)?(?:weekdays|weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b", re.I
)
# "the February jobs report", "May inflation data": a month naming what data cover
_DATA_LABEL = re.compile(
    r"\s+(?:jobs|payrolls?|employment|unemployment|inflation|consumer\s+prices?|retail\s+sales|"
    r"sales|trade|data|figures|numbers|survey|reading|print|statistics|CPI|PMI|output|"
    # "a separate October report", "the November release on Dec. 16"
    r"reports?|releases?|"
    r"projections?|forecasts?|estimates?)\b",
    re.I,
)
# "October's personal consumption expenditures price index": the month the data cover
_DATA_OF_MONTH = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:index|report|data|figures|numbers|reading|survey|"
    r"statistics|payrolls|inflation|CPI|PCE|PMI|GDP)\b",
    re.I,
)
# "its first-quarter results", "May earnings": the period the accounts cover
_RESULTS_LABEL = re.compile(r"-?\s*(?:results|earnings)\b", re.I)
# a wire dateline opening the text: "BERLIN, Jan 8 (Reuters) - ", "NEW YORK, May 24 - "
_DATELINE = re.compile(r"[A-Z][A-Z .'/-]*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?,\s*\Z")
_DATELINE_END = re.compile(r"(?:,?\s*\d{4})?\s*(?:\([^()]{1,40}\)\s*)?(?:-|–|—)")
# a reporting period named by its last day: "the three months to Dec. 29"
_REPORTING_PERIOD = re.compile(
    r"\b(?:months?|weeks?|quarters?|year|half|period)\s+(?:to|ending|ended)\s+$", re.I
)
# "extended the deadline by two weeks to Oct. 7": how far a date moved, not a period
_MOVED_BY = re.compile(r"\bby\s+(?:an?|[\w-]+)\s+(?:months?|weeks?|days?|year)\s+to\s+$", re.I)
# what is right before a date something was moved from (see moves.moved_from); narrower
# than moved_from's own check (it needs the words within 12 characters), kept as it was
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
# an open question: "asked whether the vote would take place before Christmas"
_WHETHER = re.compile(
    r"\b(?:asked|unclear|not\s+clear|uncertain|unsure|doubts?|wondered|know)\s+whether\b"
    r"[^.;]{0,80}$",
    re.I,
)
# "by midday the court had yet to act": a status at that time, reported in the past
_STATUS_BY = re.compile(r"(?:^|[,;]\s*|\band\s+)by\s+$", re.I)
_HAD_AFTER = re.compile(r",?\s+(?:[\w'’-]+\s+){1,4}?had\b", re.I)
# "May may yet bring her deal back", "May said": the person, not the month
_PERSON_VERB = re.compile(
    r"\s+(?:may|will|would|could|should|said|says|told|has|had|is|was|wants|wanted|insisted|"
    r"added|faces|faced|urged)\b"
)
_MONTH_LEAD = re.compile(
    r"\b(?:in|by|on|until|till|from|since|before|after|through|of|for|to|late|early|mid|next|"
    r"last|this|between)\s+$",
    re.I,
)

# "The agency on Wednesday formally cut ...": the day a subject did something (a past
# verb right after the day, maybe behind an adverb; the tense module reads plain "-ed"
# forms itself, but not those that look like the present or follow an adverb)
_DONE_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?:cut|put|set|hit|shut|forecast|let|quit|cast|split|bid|[a-z]{3,}ed)"
    r"(?!\s+(?:to|for|on)\b)\b"
)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|to|expect\w*|due|plans?|planned|aims?|likely|could|may|might|"
    r"should|must|is|are|be)\b",
    re.I,
)
# "the fund forecast on Tuesday that ...": a verb of forecasting in the past, the day it was
# said (but "its forecast on Tuesday", "will be forecast on Tuesday", "snow forecast on
# Friday will close schools" look ahead); a verb only when "that" or the sentence's end
# follows the date
_FORECAST_ON = re.compile(
    r"(?:^|[\s,])(?P<prev>[\w'’]+)\s+(?:forecast|projected|estimated)\s+(?:(?:late|early)\s+)?on\s+$",
    re.I,
)
_FORECAST_THAT = re.compile(r"\s+that\b", re.I)
# the tag after a quote: "..., the fund forecast on Tuesday."
_FORECAST_TAG = re.compile(
    r",\s+(?:the\s+)?(?:(?!(?:its|their|his|her|our|a|an|the|new|latest|revised|updated)\b)"
    r"[\w'’.-]+\s+){1,3}?(?:forecast|projected|estimated)\s+(?:(?:late|early)\s+)?on\s+$",
    re.I,
)
_SENTENCE_CLOSE = re.compile(r"\s*(?:[.;!\"”]|$)")
_NOT_A_VERB_BEFORE = re.compile(
    r"(?:the|a|an|its|their|his|her|our|new|latest|be|been|being|is|are|was|were|to|will|would|"
    r"\w+['’]s)$",
    re.I,
)
# "the gains for May and June", "the figures for April": the month data cover
_DATA_FOR = re.compile(
    r"\b(?:gains|losses|figures|data|numbers|readings?|payrolls|revisions?|totals?)\s+for\s+"
    r"(?:[A-Z][a-z]+\.?\s+(?:and|or)\s+)?$"
)
# "inflation, at 2.9% in May,": the level a statistic stood at in a month
_LEVEL_IN = re.compile(
    r"(?:,|\bwith\s+(?:[\w'’-]+\s+){1,4}?)\s*at\s+[\d.]+\s*(?:%|percent|per\s+cent)\s+in\s+$",
    re.I,
)
_FORECAST_WORD = re.compile(
    r"\b(?:forecasts?|forecasting|expect\w*|seen|projected|predicted|estimated|will|would|"
    r"should|could|may|might|peak\w*|top\w*|hit)\b",
    re.I,
)
# "the February deal", "the March ceasefire": an agreement named by the month it was made
_AGREEMENT_AFTER = re.compile(
    r"\s+(?:deal|agreement|accord|pact|truce|ceasefire|cease-fire|treaty|compromise|"
    r"settlement|understanding)s?\b",
    re.I,
)
# a date named elsewhere in the sentence: "Only the second strike of 2025 will start on Monday"
_OTHER_DAY = re.compile(
    r"\b(?:today|tonight|tomorrow|(?-i:(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)\b|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.))",
    re.I,
)
# "Leaders will seal the September pact": the month the agreement is to be made
_SEALED = re.compile(
    r"\b(?:will|would|shall|to)\s+(?:\w+ly\s+)?(?:seal|sign|finali[sz]e|conclude|strike|reach"
    r"|ink|ratify|complete)\s+(?:the|its|their|a)\s+$",
    re.I,
)
# "his first major speech of 2023", "the biggest drop of the year": a ranking, not a date
# (but "the first half of 2026" and "the last week of 2025" are periods)
_RANKED_OF = re.compile(
    r"\b(?:first|last|second|third|final|biggest|largest|worst|best|highest|lowest|"
    r"strongest|weakest|sharpest|steepest|deepest|fastest|slowest|only)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\s+of\s+(?:the\s+)?$",
    re.I,
)
_PERIOD_NOUN = frozenset(
    {"half", "quarter", "week", "weeks", "month", "months", "day", "days", "year", "years"}
    | {"season", "term", "session", "decade", "part", "round", "phase", "stage", "hour", "hours"}
)
# "will be open from 7 a.m. to 10 p.m.": opening hours, with no day of their own
_HOURS = re.compile(r"\b(?:open|opens|opened|closed)\s+(?:daily\s+)?$", re.I)
_CLOCK_RANGE = re.compile(r"^(?:from|between)\s+.*\d.*\s+(?:to|and|until|till)\s+.*\d", re.I)
_DAY_NAMED = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"today|tonight|tomorrow)",
    re.I,
)


# "CARDIFF — On Sunday, ...": a capitalised preposition opens a clause, it names nothing
_DATE_PREPOSITIONS = frozenset(
    "on in by until till from since before after through for at".split()  # noqa: SIM905
)


def _person_may(phrase: str, before: str, after: str) -> bool:
    """A bare "May" read as a month but followed by a verb, with no preposition before it."""
    return (
        phrase == "May"
        and _PERSON_VERB.match(after) is not None
        and _MONTH_LEAD.search(before[-12:]) is None
    )


# "the 2026 World Cup", "Russia's 2018 tournament": a year naming an edition, not a date
# (but "the 2030 target" is a date)
_YEAR_LABEL_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|this|next|a|an)|['’]s)\s+"
    r"(?:(?!year\b)(?-i:[a-z]+|men['’]s|women['’]s)\s+|\d{4}\s+and\s+)?$",
    re.I,
)
# "the 2024 and 2025 budgets": the first of two years naming editions
_YEAR_PAIR_AFTER = re.compile(r"\s+and\s+\d{4}\s+(?!deadlines?|targets?|goals?)[a-z]")
_YEAR_LABEL_AFTER = re.compile(
    r"\s+(?!(?:deadline|target|goal|cut-?off|timeline|timetable|date|and|or|to|through)\b)"
    # "the 2026 fiscal year" is a period, not an edition
    r"(?!(?:fiscal|financial|budget|tax)\s+years?\b)[A-Za-z]",
    re.I,
)
# "the Finance Bill 2024", "the Paris Agreement 2030 goals" (a goal is a date)
_NAMED_YEAR_BEFORE = re.compile(r"\b(?i:the|its|their|his|her|our)\s+(?:[A-Z][\w-]*\s+){1,3}$")
_YEAR_GOAL = re.compile(r"\s+(?:deadline|target|goal|cut-?off|timeline|timetable|date)", re.I)
# "the May 24 massacre", "the Oct. 7 attacks": a date naming an event that has happened
_DATED_HARM = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:massacres?|attacks?|shootings?|bombings?|killings?|crash(?:es)?|"
    r"explosions?|blasts?|raids?|riots?|coup|assassination|earthquake|quake|disaster|tragedy|"
    r"ambush|stampede|fire|flood(?:ing)?|storming|insurrection|invasion)\b"
    # the noun ends the phrase: "the Aug. 20 fire drill" is no harm
    r"(?=\s*(?:[,.;:!?)\"'’”—–-]|$)|\s+(?:in|on|at|near|of|by|and|that|which|who|was|were|had"
    r"|has|have|is|are|will|would|could|can|may|might|must|should|[a-z]+ed)\b)",
    re.I,
)
# "later than the end-2025 target", "earlier than in 2024": the date compared against
# (but "no later than Friday" is a cut-off and "no earlier than Monday" a first day)
_THAN_BEFORE = re.compile(
    r"\b(?P<cmp>\w+er|rather|other)\s+than\s+(?:(?:in|on|at|by)\s+)?"
    r"(?:(?:the|its|their|his|her|our|an?|this|that)\s+)?$",
    re.I,
)
_NOT_COMPARED = re.compile(r"\b(?:no|not|nor)\s+$", re.I)
_QUANTITY_CMP = frozenset(("fewer", "under", "over", "number", "per"))
_TIME_CMP = frozenset(("later", "earlier", "sooner"))
# "later than the end-2025 start", "later than in 2024": the date of what is compared
_DET_OR_IN = re.compile(r"\b(?:in|the|its|their|his|her|our|this|that)\s+$", re.I)
# "the June deadline", "the 2024 goal": the date names what is compared against
_PLAN_NOUN = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:targets?|goals?|deadlines?|dates?|plans?|schedules?|timelines?|"
    r"timetables?|forecasts?|estimates?|projections?|guidance|expectations?|opening|launch)\b",
    re.I,
)
# "declined to give a forecast for January": no forecast was made
_REFUSED = re.compile(
    r"\b(?:declin\w*|refus\w*|unable|(?:would|did|does|do|could|will)\s*(?:not|n['’]t)|won['’]t)"
    r"\s+(?:to\s+)?(?:give|provide|offer|make|issue|set|publish|put|name)\s+(?:a|an|any)\s+"
    r"(?:[\w-]+\s+)?(?:forecast|prediction|estimate|projection|timeline|timetable|target|date|"
    r"guidance|outlook)\s+(?:for|of|on|by)\s+(?:the\s+)?$",
    re.I,
)
# "this year's census", "this season's league": the edition of a thing, not a date
_EDITION = re.compile(r"^this\s+(?:year|season)$", re.I)
# "expects this year's deficit to reach 6%", "this year's harvest is expected to be ...":
# a forecast for the period
_FORECAST_BEFORE = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasting|projects?|projected|predicts?|"
    r"predicted|sees|estimates?|estimated)\s+$",
    re.I,
)
_FORECAST_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){1,3}?(?:(?:is|are)\s+(?:\w+ly\s+)?(?:expected|forecast|projected|"
    r"predicted|seen|set|likely|on\s+track)|will|could|may|might)\b",
    re.I,
)


def _forecast_of(before: str, after: str) -> bool:
    return bool(_FORECAST_BEFORE.search(before[-20:]) or _FORECAST_AFTER.match(after))


# "the second coup this year": a tally of what has happened so far in the period
_TALLY = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?!times?\b)(?:[\w-]+\s+){1,3}$",
    re.I,
)
_AHEAD_WORD = re.compile(
    r"\b(?:will|would|shall|expect\w*|set\s+to|due\s+to|plans?|planned|aims?|likely)\b", re.I
)
# the verb of a tally is in the past or the perfect ("was the second coup this year")
_PAST_VERB = re.compile(
    r"\b(?:was|were|had|has|have|marked|made|saw|took|came|became|won|lost|held|hit|fell|rose|"
    r"got|went|brought|(?!need|speed|proceed|exceed|succeed)[a-z]{3,}ed)\b",
    re.I,
)
_LABEL_BEFORE = re.compile(r"(?:\b(?:the|its|their|a)|['’]s)\s+$", re.I)
# "two months later than planned", "earlier this month": comparisons and the past
_LATER = re.compile(r"\s(?:later|afterwards?)$", re.I)
# "five days later", "a week later": an offset from the date said before it, which the date
# rules resolve (or leave without a date)
_OFFSET_LATER = re.compile(
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
    r"(?:minute|hour|day|night|week|fortnight|month|year)s?\s+later",
    re.I,
)
# ... when that date is said in the same sentence ("on Dec. 3, and the final five days later")
_ANCHOR_DAY = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)|\b(?:today|tomorrow)\b",
    re.I,
)
_COMPARED = re.compile(r"^\s*than\b", re.I)
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
]


def _compared(before: str, after: str, phrase: str) -> bool:
    """The date follows a comparative "than" ("later than the March deadline"); a bare date
    after "later/earlier/sooner than" is a cut-off ("received later than Sept. 1") unless
    "in" or a plan noun makes it the thing compared ("later than in 2024")."""
    tail = before[-40:]
    found = _THAN_BEFORE.search(tail)
    if found is None or found.group("cmp").lower() in _QUANTITY_CMP:
        return False
    if _NOT_COMPARED.search(tail, 0, found.start()) is not None:
        return False
    if found.group("cmp").lower() not in _TIME_CMP:
        return True
    named = _DET_OR_IN.search(tail) or _DET_OR_IN.search(" " + phrase.split(" ", 1)[0] + " ")
    return bool(named) or _PLAN_NOUN.match(after) is not None


def _done_on(phrase: str, before: str, after: str) -> bool:
    """ "The agency on Wednesday formally cut ...", "the fund forecast on Tuesday": the day
    something was done or said."""
    verb = _FORECAST_ON.search(before)
    if (
        verb
        and not _NOT_A_VERB_BEFORE.match(verb.group("prev"))
        and (
            _FORECAST_THAT.match(after)
            or (_SENTENCE_CLOSE.match(after) and _FORECAST_TAG.search(before))
        )
    ):
        return True
    weekday = phrase.split()[0].lower().rstrip(".,") in _MONTHS[12:]
    return (
        weekday
        and before.endswith(" on ")
        and _DONE_AFTER.match(after) is not None
        and _FUTURE_BEFORE.search(_own_clause(before)) is None
    )


_RELATIVE_OPEN = re.compile(r"\s*(?:who|which)\b", re.I)


def _own_clause(before: str) -> str:
    """The words before the date from the last relative clause on ("the bank, which on"),
    else all of them ("The bank will, as analysts expect, on")."""
    _, comma, tail = before.rpartition(",")
    return tail if comma and _RELATIVE_OPEN.match(tail) else before


def _ranked_ahead(head: str, after: str) -> bool:
    """ "will deliver its first cut of 2026": in a clause that looks ahead, the ranked thing
    happens in that period, unless another day in the sentence says when."""
    return bool(
        _AHEAD_WORD.search(head)
        and not _OTHER_DAY.search(head)
        and not _OTHER_DAY.search(after.split(".", 1)[0])
    )


def _level(before: str) -> bool:
    """ "with inflation at 2.9% in May", "inflation, at 2.9% in May": where a statistic
    stood, unless its clause forecasts it ("seen peaking at 3% in May"); a "with" phrase
    takes its tense from the sentence before it ("Tariffs will rise, with the rate at 25%
    in October")."""
    found = _LEVEL_IN.search(before)
    if found is None:
        return False
    if found.group(0).startswith(","):
        clause = before[: found.start()].rpartition(",")[2] + found.group(0)
    else:
        clause = before[: found.end()]
    return _FORECAST_WORD.search(clause) is None


def _labelled(phrase: str, before: str, after: str) -> bool:
    """A date that labels something rather than saying when it happens: the period data
    cover, an agreement named by its month, a ranking within a year, opening hours."""
    month = phrase.lower().rstrip(".") in _MONTHS[:12]
    if month and _DATA_FOR.search(before[-40:]):
        return True  # "revised down the gains for May and June"
    if month and _level(before[-80:]):
        return True  # "inflation, at 2.9% in May,"
    if (
        month
        and _LABEL_BEFORE.search(before[-8:])
        and _AGREEMENT_AFTER.match(after)
        and not _SEALED.search(before[-40:])
    ):
        return True  # "Under the February deal"
    ranked = _RANKED_OF.search(before[-50:])
    if ranked and ranked.group("noun").lower() not in _PERIOD_NOUN:
        return not _ranked_ahead(before[: ranked.start()], after)  # "his first speech of 2023"
    return bool(
        _HOURS.search(before[-16:]) and _CLOCK_RANGE.match(phrase) and not _DAY_NAMED.search(phrase)
    )  # "will be open from 7 a.m. to 10 p.m."


# a time stamp has a number (a clock time, a day of the month, a year) or a zone:
# "11:15 a.m. EDT -", "Aug. 5, 2025 -" (a bare weekday or "tomorrow" is the subject)
_STAMPED = re.compile(r"\d|\b(?:GMT|UTC|[ECMP][SD]T|BST|CET)\b")
# "Friday - the day the new tariffs take effect - is": a dash that closes an aside
_ASIDE_DASH = re.compile(r"[^.!?]*?\s(?:-|–|—)\s")


def _stamp(phrase: str, after: str) -> bool:
    """A date opening the text and followed by a dash, when it is the moment the text was
    filed, not the subject of the first sentence ("Tomorrow - a general strike will")."""
    dash = _DATELINE_END.match(after)
    if dash is None or _ASIDE_DASH.match(after, dash.end()):
        return False  # "Sept. 1 - the deadline for filing - is": the subject, in apposition
    return bool(_STAMPED.search(phrase + after[: dash.end()]))


_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")
_SENTENCE_STOP = re.compile(r"[.!?\"“]\s*$")
_FOR_NAME = re.compile(r"\s+(?:for|of)\s+[A-Z]")


# a year or a fiscal year as written: "2026", "2024-25", "2024/25"
_FISCAL_YEAR = re.compile(r"\d{4}(?:[-–/]\d{2}(?:\d{2})?)?")


def _year_phrase(phrase: str) -> bool:
    return _FISCAL_YEAR.fullmatch(phrase) is not None


# "on Jan. 1, just two days later,": the offset restates the date before it
_RESTATES = re.compile(
    r"(?:\d|day|night|month|week)\s*,\s+(?:(?:just|only|barely|some|exactly)\s+)?$", re.I
)


def _counted_here(text: str, phrase: str, before: str, sentence_start: int, start: int) -> bool:
    """An offset ("five days later") counted from a date said earlier in the same sentence,
    not one in apposition to the date right before it."""
    return bool(
        _OFFSET_LATER.fullmatch(phrase)
        and _ANCHOR_DAY.search(text, sentence_start, start)
        and not _RESTATES.search(before[-16:])
    )


def looks_ahead(text: str, start: int, end: int, sentence_start: int) -> bool:
    """False for a match that is not a date being looked forward to."""
    phrase = text[start:end]
    before = text[max(sentence_start, start - _LOOKBACK) : start]
    after = text[end : end + 60]
    if start < 60 and _DATELINE.match(text, 0, start) and _DATELINE_END.match(after):
        return False  # "FRANKFURT, July 18 (Reuters) -": the day the story was filed
    if not text[:start].strip() and _stamp(phrase, after):
        return False  # "11:15 a.m. EDT - Hurricane ...": the time the text was filed
    if _labelled(phrase, before, after):
        return False
    period = _REPORTING_PERIOD.search(before)
    if (period and not _MOVED_BY.search(before)) or _WHETHER.search(before):
        return False  # "the three months to Dec. 29", "asked whether the vote would ..."
    if _STATUS_BY.search(before[-12:]) and _HAD_AFTER.match(after):
        return False  # "by midday the court had yet to act": how things stood, not a claim
    if _done_on(phrase, before, after):
        return False  # "The agency on Wednesday formally cut ...": the day it was done
    if _person_may(phrase, before, after):
        return False  # "May may yet bring her deal back": the prime minister, not the month
    if (before.endswith("-") and before[-2:-1].isalnum()) or (
        after.startswith("-") and after[1:2].isalnum()
    ):
        return False  # "January-March quarter", "a quarter-point cut"
    if (
        phrase.lower().startswith("earlier")
        or _COMPARED.match(after)
        or _compared(before, after, phrase)
    ):
        return False  # "later than the end-2025 target": the date compared against
    if _LATER.search(phrase) and not _counted_here(text, phrase, before, sentence_start, start):
        return False  # "A day later the final kicks off": counted from a reported event
    if (
        _year_phrase(phrase)
        and _YEAR_LABEL_BEFORE.search(before)
        and (_YEAR_LABEL_AFTER.match(after) or _YEAR_PAIR_AFTER.match(after))
    ):
        return False  # "the 2026 World Cup": the year names an edition
    if _year_phrase(phrase) and _NAMED_YEAR_BEFORE.search(before) and not _YEAR_GOAL.match(after):
        return False  # "the Finance Bill 2024": the year ends a name
    if _LABEL_BEFORE.search(before[-8:]) and _DATED_HARM.match(after):
        return False  # "the May 24 massacre": a past event named by its date
    if after[:2] in ("'s", "’s") and _DATED_HARM.match(after, 2):
        return False  # "the death toll from Saturday's quake": a harm, always past
    if _SPAN_UNIT.match(phrase) and _SUPERLATIVE.search(before):
        return False
    prev = _CAPITALISED_BEFORE.search(before)
    if (
        prev
        and phrase[:1].isupper()
        and phrase.split()[0].lower() in _MONTHS
        and prev.group(1).lower() not in _MONTHS
        and prev.group(1).lower() not in _DATE_PREPOSITIONS
        and not _SENTENCE_STOP.search(before[: prev.start()] or ".")
    ):
        return False  # "a Long March 5 rocket": a name, not a date
    if _FOR_NAME.match(after) and phrase.split()[0].lower() in _MONTHS:
        return False  # "the March for Our Lives"
    if phrase.lower() in _MONTHS[:12] and _DATA_LABEL.match(after):
        return False  # "its February jobs report": the month the data cover
    if _RESULTS_LABEL.match(after) or (
        phrase.lower() in _MONTHS[:12] and _DATA_OF_MONTH.match(after)
    ):
        return False  # "its first-quarter results", "October's price index"
    if _REFUSED.search(before):
        return False  # "declined to give a forecast for January"
    if _EDITION.match(phrase) and after[:2] in ("'s", "’s") and not _forecast_of(before, after):
        return False  # "this year's census": which edition, not when
    tally = phrase.lower().startswith("this ") and _TALLY.search(before[-40:])
    if tally and not _AHEAD_WORD.search(before) and _PAST_VERB.search(before):
        return False  # "the second coup this year": a tally so far
    if _COUNTERFACTUAL.search(before[-80:]):
        return False  # "If a federal election were held next Sunday": a poll's question
    if _HARM_THEN.search(before[-60:]):
        return False  # "after the shooting in May": a harm, always past
    if _FALLS_ON.match(after) or _FALLS_ON_BEFORE.search(before[-16:]):
        return False  # "because April 30 falls on a Sunday": a calendar fact
    if _WEEKLY.match(after):
        return False  # "closes at 4 p.m. on weekdays": a weekly habit
    if _EVERY.search(before[-20:]) and not _SERIES_START.search(phrase):
        return False  # "The council meets every Tuesday at 6 p.m.": a recurring day
    if _HABITUAL.search(before[-70:]):
        return False  # "Stores usually open at 9 a.m. on Saturday": a habit, not a plan
    if _POSSIBLE.search(before[-60:]):
        return False  # "a cut could come as soon as September": a possibility, not a claim
    gone = _SUPERSEDED.search(before)
    if gone and not _NEW_DATE.search(gone.group("gap")):
        return False  # "pushing back a July 9 deadline"
    if _FROM.search(before[-12:]) and moved_from(before, 0, len(before)):
        return False  # "to Aug. 30 from Aug. 16": the date it was moved from
    if _PLAN_ASIDE.search(before) and _CALLED_OFF_NOW.match(text, end):
        return False  # "The strike, set to begin on Thursday, was suspended": called off
    if _PAST_PLAN_ASIDE.search(before) and _FELL_THROUGH.match(after):
        return False  # "The ferry, which was due to sail on Thursday, sank": it fell through
    if (
        _FORMER_PLAN.search(before)
        and not _STOPS_FROM.search(before)
        and not _THREATENED.search(before)
    ) or _POSTPONED_DUE.search(before):
        return False  # "had been due to open on July 24": a plan since dropped
    if _EARLIER_WORD.search(before) and _OVERTAKEN.match(text, end):
        return False  # "had previously said ... on Sept. 1, but now ...": overtaken
    if _SUBJECT_MOVED.match(after):
        return False  # "The hearing on Sept. 3 has been moved": the date no longer holds
    if _called_off(text, end, before, after):
        return False
    return not _SUPERSEDED_AFTER.search(after)


# "The coupon fell due on Oct. 14": a payment that has come due, not one ahead
_FELL_DUE = re.compile(r"\b(?:fell|came|became)\s+(?:\w+ly\s+)?due\s+(?:on\s+|in\s+)?$", re.I)
# "turned down the bank's request for extra time until Jan. 20": the date asked for and
# refused (but "rejected the offer and will vote by Friday" has a plan of its own)
_REFUSED_ASK = re.compile(
    r"\b(?:reject(?:s|ed|ing)?|turn(?:s|ed|ing)?\s+down|refus(?:es|ed|ing)|den(?:ies|ied|ying)|"
    r"dismiss(?:es|ed|ing))\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:requests?|bids?|proposals?|pleas?|applications?|calls?|demands?|motions?|offers?)\s+"
    r"(?:for|to)\s+(?:(?!\b(?:and|but|while|saying|will|would|instead)\b)[^.;,]){0,60}?"
    r"\b(?:until|till|to|by|through)\s+(?:the\s+)?$",
    re.I,
)
# "would roll off the line in 2025, a date it quietly pushed back last year": the date
# named again in apposition and called off (but "a date pushed back from 2024" is the new one)
# (but "a deadline it missed last year", "a date already delayed twice", "a date that could
# be pushed back": the date stands; and only a reported or past plan is dropped)
_DATE_DROPPED = re.compile(
    r",\s+(?:a|the|an)\s+(?:date|target|deadline|goal|timeline|timetable|schedule)\s+"
    r"(?:that\s+|which\s+)?"
    r"(?:(?!(?:will|would|could|can|may|might|should|must|never|already|again)\b)[\w'’-]+\s+)"
    r"{0,3}?(?:pushed\s+back|postponed|delayed|scrapped|abandoned|dropped|shelved|ditched)\b"
    r"(?!\s+(?:from|to|until|twice|again|already|once)\b)",
    re.I,
)
_REPORTED_PLAN = re.compile(
    r"\b(?:would|had|aimed|planned|promised|pledged|intended|hoped|targeted|vowed)\b", re.I
)
# "had said Putin would address the nation on Tuesday evening, but no speech was broadcast":
# an earlier word, and then the news that it did not happen
_HAD_SAID = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:said|announced|indicated|reported|promised|pledged|told)\b"
    r"[^.;]{0,100}$",
    re.I,
)
# (but "but no venue was announced", "but officials did not say where": the plan stands)
_DID_NOT_HAPPEN = re.compile(
    r"[^.;]{0,30}?,?\s+but\s+(?:(?:no|none|nothing)\b[^.;,]{0,30}?\b(?:(?:was|were)\s+"
    r"(?:broadcast|held|aired|delivered|staged|signed|paid|made|opened)|came|happened"
    r"|took\s+place|materiali[sz]ed)\b|(?:[\w'’-]+\s+){1,3}?(?:did\s+not|didn['’]t|never"
    r"|failed\s+to)\s+(?:(?:do\s+so|did|happen(?:ed)?|materiali[sz]e[d]?|go\s+ahead|went\s+ahead"
    r"|take\s+place|took\s+place|finish(?:ed)?|come|came|arrive[d]?|open(?:ed)?|start(?:ed)?"
    r"|begin|began|show(?:ed)?|appear(?:ed)?|pay|paid|resume[d]?|reopen(?:ed)?)\b)?\s*(?:[.,;]|$))",
    re.I,
)


# the verb of a subject that holds the date, maybe after an aside: "The hearing on Sept. 3,
# since the judge fell ill, has been moved"
_SUBJECT_MOVED = re.compile(
    r"(?:,[^,.;]{1,60},)?\s+(?:has|have|had|was|were)\s+(?:\w+ly\s+)?(?:been\s+)?"
    r"(?:postponed|delayed|moved|cancell?ed|scrapped|called\s+off|pushed\s+back|put\s+off"
    r"|suspended|shelved|abandoned)\b",
    re.I,
)


def _called_off(text: str, end: int, before: str, after: str) -> bool:
    """The date of a plan that the sentence says fell through: refused, dropped, or reported
    earlier and then not carried out."""
    if _FELL_DUE.search(before[-30:]) or _REFUSED_ASK.search(before):
        return True  # "fell due on Oct. 14", "refused its request for time until Jan. 20"
    if _DATE_DROPPED.match(after) and _REPORTED_PLAN.search(before):
        return True  # "in 2025, a date it quietly pushed back last year"
    return bool(_HAD_SAID.search(before) and _DID_NOT_HAPPEN.match(text, end))
