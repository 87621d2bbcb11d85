"""Which way a relative date points: to the past or the future, read from its clause.

"talks on Tuesday" in "expressed appreciation for talks on Tuesday" is the Tuesday just
gone; "is set to meet on Wednesday" is the coming one. The nearest tense cue before the
expression decides (after it, when none comes before), words right before the expression
("by", "last", "next") take precedence, and a clause with no cue at all reads as future
(a phrase on its own, like a user's "Friday", means the coming one).
"""

from __future__ import annotations

import re
from typing import Literal

from tracker.parse.alternation import alternatives, case_blind_switch, case_blind_words
from tracker.parse.lexicon import to_verb
from tracker.parse.moves import moved_to

Direction = Literal["past", "future", "neutral"]

_WINDOW = 240
# a full stop ends a clause, but not after "p.m.", "Mr." or "U.S." when the sentence goes on
_BOUNDARY = re.compile(
    r"(?<![ap]\.m)(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|No|vs))"
    r"(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Col|Sgt|Jan|Feb|Aug|Sep|Oct|Nov|Dec))[.!?]\s"
    r"|(?<=[ap]\.m)\.\s+(?=[A-Z][a-z])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|Eastern|Pacific|Central|Mountain|British|London|Washington|New\s+York|local)\b)"
    r"|[\n;]|,\s+(?=(?:setting|calling|paving|clearing|opening)\b)"
)
_NEAR_FUTURE_CUES = (
    r"\b(?:next|coming|upcoming|following|by|until|till|before|ahead\s+of|no\s+later\s+than|"
    # the earliest day something will happen: "no earlier than Monday"
    r"no[t]?\s+(?:earlier|sooner)\s+than|"
    r"from\s+now\s+until)\s+(?:(?:on|the|this|an?)\s+)?$"
    # "by 5 p.m. on Oct. 29", "until noon on Friday": a time of day before the day
    r"|\b(?:by|until|till|before)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|noon|midday|midnight)"
    r"(?:\s+[\w.]+){0,2}?\s+on\s+$"
    r"|\b(?:election|vote|poll|referendum|ballot|runoff|set|scheduled|slated|pencilled|penciled)"
    r"\s+(?:[\w'’-]+\s+){0,5}?for\s+(?:the\s+)?$"
    # "by the start of the party conference in October"
    r"|\b(?:by|before|until|ahead\s+of)\s+the\s+(?:start|end|beginning|opening|close|time)\s+of"
    r"\s+(?:[\w'’-]+\s+){1,6}?(?:in|on)\s+$"
    # the start of a range: "starting Monday", "beginning in July", "effective Aug. 20"
    r"|\b(?:starting|beginning|commencing|effective|(?:with\s+effect\s+)?from\s+now\s+on)"
    r"\s+(?:(?:on|in|from|the|this|next)\s+)?$"
)
# an event called for a day: "called another march for Sunday", "calls a vote for May"
# (but "called the target for 2030 unrealistic" names no event)
# "declared a day of national mourning for Monday", "declared three days of mourning from
# Thursday"
_CALLED_FOR = re.compile(
    r"\b(?:call(?:s|ed|ing)?|declar(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|schedul(?:e|es|ed|ing))"
    r"\s+(?:(?:a|an|another|the|its|their|fresh|new|snap|two|three|four|five|seven|\d+)\s+)"
    r"(?:[\w'’-]+\s+){0,4}?(?:strike|walkout|stoppage|session|election|vote|ballot|poll|meeting"
    r"|summit|protest|march|rally|demonstration|referendum|hearing|conference|congress|convention"
    r"|boycott|shutdown|sitting|debate|ceasefire|truce|mourning|holiday|curfew|lockdown)s?"
    r"\s+(?:for|from|starting|beginning)\s+(?:the\s+|on\s+)?$",
    re.I,
)
# a past time that the clause is set in: "Last year the union called a strike for Nov. 12"
_PAST_ANCHOR = re.compile(
    r"\b(?:last\s+(?:year|month|week|summer|winter|spring|autumn|fall)"
    r"|(?:\w+|\d+)\s+(?:years?|months?|weeks?)\s+ago)\b",
    re.I,
)
# every branch starts at a word boundary; the switch takes what follows it
_NEAR_FUTURE = re.compile(
    r"\b"
    + case_blind_switch([(None, b.removeprefix(r"\b")) for b in alternatives(_NEAR_FUTURE_CUES)]),
    re.I,
)
# "as of Jan. 1", "from May 1": the start of a range, forward-looking unless a past tense
# governs it ("as of Sunday, 40 people had been rescued", "sales rose from May 1")
_RANGE_START = re.compile(r"\b(?:as\s+of|from)\s+(?:(?:the|this|next)\s+)?$", re.I)
# the day of an utterance or decision: "pledged on Thursday to cut", "said Monday that"
_UTTERED = frozenset(
    """said announced pledged vowed promised agreed decided confirmed warned threatened told
    stated declared unveiled proposed ruled upheld voted approved signed rejected insisted
    reported revealed disclosed urged added wrote posted issued committed predicted ordered
    demanded signalled signaled reiterated indicated acknowledged admitted denied published
    released""".split()  # noqa: SIM905
)
# before a past form, a word that makes it something else: an auxiliary ("will be
# announced"), an infinitive or modal ("expected to hit", "could cut"), or a condition
# ("unless Mexico stopped the flow")
_NOT_PAST_BEFORE = re.compile(
    r"(?:(?-i:\b[a-z]+)['’]s|\b"
    + case_blind_words(
        r"be|been|being|is|are|am|'re|get|gets|to|will|would|could|should|might|"
        r"must|can|cannot|shall|did|does|do|remain|remains|stay|stays|keep|keeps|become|becomes"
    )
    + r"|(?-i:\bmay)|n['’]t)\s+(?:\w+ly\s+)?$",
    re.I,
)
# a weekday that names its own direction: "this Friday", "next Tuesday", "this coming Monday"
_AHEAD_WEEKDAY = re.compile(
    r"(?:this|next|coming|this\s+coming)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:of\s+)?next\s+week\b",
    re.I,
)
_LATER_IN = re.compile(r"later\s+(?:this|next)\b", re.I)
# a period that names its own direction: "next year", "early next month"
_AHEAD_PERIOD = re.compile(
    r"(?:(?:early|late|mid-?)\s*)?next\s+(?:week|month|quarter|year|decade|season|spring|"
    r"summer|autumn|fall|winter)\b",
    re.I,
)
# a weekday that is the object of a naming verb: "declared Friday a day of mourning"
_NAMED_AS = re.compile(r"\s+(?:a|an|as)\s", re.I)
_DESIGNATED = frozenset(
    """declare declared declares designate designated designates name named names set sets
    fixed fixes chose chosen picked""".split()  # noqa: SIM905
)
# what is being prepared for lies ahead: "campaigning for Sunday's election"
_PREPARING = frozenset(
    """campaign campaigns campaigning prepare prepares preparing preparation preparations
    run-up build-up""".split()  # noqa: SIM905
)
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless)\s+(?:[\w'’-]+\s+){0,5}$", re.I)
_NEAR_PAST = re.compile(
    r"\b(?:last|past|since(?:\s+at\s+least)?|previous|earlier)\s+(?:(?:on|the)\s+)?$", re.I
)
_FUTURE = (
    r"will|won't|wo|'ll|shall|should|would|going\s+to|set\s+to|plans?\s+to|planned|planning|"
    r"expects?|expected|expecting|scheduled|due|aims?\s+to|intends?\s+to|hopes?\s+to|"
    r"upcoming|deadline|must|threaten(?:s|ed)?|warn(?:s|ed)?|vow\w*|pledg\w*|promis\w*|if|unless|"
    r"may|might|could|forecast\w*|predict\w*|projected|next|coming|is\s+to|are\s+to|"
    r"to\s+be\s+held|ultimatum|later(?!\s+on\b)|aiming|targeting|likely\s+to|"
    # an intention reported in the past still looks ahead: "wanted to have a deal by May"
    r"(?:wanted|hoped|intended|aimed|sought)\s+to|"
    # a directive in a participle clause: "..., ordering his troops to halt on Saturday"
    r"(?:order|urg|instruct|tell|ask|direct)ing\s+(?:[\w'’-]+\s+){0,4}?to|"
    # the present of a timetable: "the bank meets on Thursday", "the law takes effect"
    r"meets|opens|begins|starts|ends|closes|t(?:akes?|aking)\s+effect|follows?|expires|"
    r"lapses|kicks?\s+(?:off|in)|gathers?|convenes?|resumes|hosts|visits|travels|heads|arrives|"
    r"returns|plays|launches|votes|decides|announces|unveils|debuts|concludes|wraps\s+up|"
    r"c(?:omes?|oming)\s+into\s+(?:force|effect)|goes|enters|testifies|sits|begin|arriving|starting|beginning|expire|lapse|"
    # "the new rules apply from May", "full results follow later"
    r"appl(?:y|ies)|"
    # what a plan or a deal lays down: "the agreement calls for producers to cut in May"
    r"calls\s+for|"
    # ... or binds its parties to: "the deal commits both sides to holding a vote in 2024"
    r"(?:commits|obliges|binds)\s+(?:[\w'’-]+\s+){1,3}?to|"
    # forecasts look ahead: "markets now see a rise in May", "traders bet on a cut"
    r"see|sees|bet|bets|tipped|pricing|priced\s+in"
)
_PARTICIPLES = (
    r"driven|risen|fallen|grown|shown|taken|written|spoken|broken|stolen|eaten|beaten|"
    r"thrown|flown|drawn|begun|undergone|overtaken|forgotten"
)
_PAST = (
    # "was projected the winner": a past report (but "was projected to win" looks ahead)
    r"(?:was|were)(?:\s+(?:projected|forecast|predicted)(?!\s+to\b))?|"
    r"said|says|told|had|did|ago|earlier|last|yesterday|met|took|gave|made|came|set|"
    r"went|began|saw|left|won|lost|fell|rose|sent|spoke|wrote|struck|broke|brought|bought|"
    r"sold|paid|found|kept|led|ran|fought|became|knew|grew|drew|beat|hit|lost|shut|fled|"
    r"sought|caught|taught|built|felt|heard|spent|stood|won|chose|flew|threw|withdrew|"
    r"upheld|withheld|understood|oversaw|overtook|undertook|forgave|forbade|swore|drove|"
    r"rode|wore|tore|froze|stole|woke|shot|got|forgot|sat|lent|meant|dealt|swept|hung|dug|"
    r"stuck|swung|sprang|rang|sang|sank|shrank|slid|hid|laid|sped|held|blew|shook|arose|underwent|"
    r"quit|"
    # a past participle after "has"/"have" ("which has driven the slide this year"); after
    # "be", "will" or "to" it is no past (see _NOT_PAST_BEFORE), nor before a plan that
    # holds the date (see _PLAN_AFTER)
    rf"{_PARTICIPLES}|"
    # a regular past form, but not a word that only ends like one ("need", "hundred")
    r"(?-i:(?!(?:need|proceed|succeed|exceed|speed|feed|heed|breed|bleed|seed|hundred|sacred|"
    r"naked|wicked|kindred|embed)\b)[a-z]{2,}ed)"
)


# which of the two lists a cue came from: match.lastgroup starts with "f" or "p"
_CUE = re.compile(
    r"\b"
    + case_blind_switch(
        [("f", a) for a in alternatives(_FUTURE)] + [("p", a) for a in alternatives(_PAST)]
    )
    + r"\b",
    re.I,
)


def _is_past(cue: re.Match[str]) -> bool:
    return (cue.lastgroup or "").startswith("p")


_DIRECTIVE = re.compile(
    r"(?:proposed|suggested|urged|demanded|asked|requested|ordered|invited|pressed|challenged|"
    r"agreed|decided|voted|resolved|offered|sought|pledged|vowed|promised|threatened)$",
    re.I,
)
_CONTENT = re.compile(r"\b(?:that|to)\b", re.I)
# told, instructed: a directive only with "to" ("told the bank to pay by May")
_TOLD = re.compile(r"(?:told|instructed|directed|ordered|asked|urged|given|gave)$", re.I)
# the passive of a grant: "was given", "were granted"
_GIVEN = re.compile(
    r"\s+(?:\w+ly\s+)?(?P<verb>given|granted|allowed|told|ordered|asked|instructed|directed)\b",
    re.I,
)
_HAD_BEEN = re.compile(r"\bhad\s+(?:\w+ly\s+)?been\s+$", re.I)
_GRANT_BEFORE = re.compile(r"\b(?:given|granted|allowed)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_INFINITIVE = re.compile(r"\b" + to_verb(be=False, demonstrative=False), re.I)
_SPAN = re.compile(r"\S+\s+(?:minute|hour|day|week|fortnight|month|year)s?", re.I)
# a span that starts with its own lower bound: "no earlier than Monday"
_LOWER_BOUND = re.compile(r"no[t]?\s+(?:earlier|sooner)\s+than\s", re.I)
_AHEAD_OF = re.compile(r"\bahead\s+of\s+(?:[\w'’-]+\s+){0,8}?(?:on|at|this)\s+$", re.I)


# a relative clause after the date has a verb of its own
_RELATIVE = re.compile(r",\s+(?:which|who|whose|where)\b", re.I)
# ... also with no comma, once the date's own clause has begun ("open on Nov. 15 for
# customers who have registered")
_BARE_RELATIVE = re.compile(r"\s(?:which|who|whose)\s", re.I)
# the present of a relative clause or of a second predicate: "who sets out his plans on
# Thursday", "talks that open in Doha on Saturday", "who is addressing the UN on Wednesday",
# "and hands over to his successor on Oct. 1": a timetable, ahead
_PRESENT_CLAUSE = re.compile(
    r"\b(?:(?:who|which|that)\s+(?:also\s+|now\s+|then\s+|\w+ly\s+)?"
    r"(?:(?:is|are)\s+(?!being\b|going\b)[a-z]{2,}ing|"
    r"(?:open|begin|start|meet|return|resume|convene|arrive|leave|gather))"
    # "which" opens the clause only after a comma: "did not say which banks cut rates"
    r"|(?:who|(?<=,\s)which)\s+(?:also\s+|now\s+|then\s+|\w+ly\s+)?(?!(?:has|was|is|does|says)\b)"
    r"[a-z]{2,}[^\Wsu'’]s"
    r"|and\s+(?!(?:has|was|is|does|says)\b)[a-z]{2,}[^\Wsu'’]s\s+(?:out|up|down|off|back|over\s+(?:to|as))"
    # a plain present after "and" with its particle: "struck on Thursday and walk out again"
    r"|and\s+(?:then\s+)?(?!(?:has|have|was|were|is|are|does|do|did|had|says)\b)[a-z]{2,}(?<!ed)"
    r"\s+(?:out|up|off|back|again|over\s+(?:to|as))"
    r"|and\s+(?:then\s+)?(?:return|resume|reconvene|reopen|travel|testify|head)\s+(?!the\b))\b"
)
# "keep its stores closed", "keep rates frozen": a participle of state is the object's state
# (but "farmers who keep cattle reported losses": a verb of its own)
_KEEP_OBJECT = re.compile(r"\b(?:keep|keeps|keeping|kept)\s+(?:[\w'’-]+\s+){1,3}$", re.I)
_KEPT_STATE = {
    "closed", "shut", "frozen", "unchanged", "suspended", "sealed", "locked", "capped",
    "pegged", "grounded", "banned", "blocked", "halted", "paused", "restricted", "occupied",
}  # fmt: skip
# an elliptic "as" clause with no verb of its own: "as already legislated", "as agreed"
_AS_PARTICIPLE = re.compile(r"\bas\s+(?:already\s+|previously\s+|\w+ly\s+)?$", re.I)
# a participle that follows "a/an <noun>" and takes "at" or "by": "a summit aimed at"
_REDUCED_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# ... or "for/of the <noun>" after a date that does not open its clause: "polls open at 7
# a.m. on Thursday for the seat held by" (but "On Monday, shares of the firm closed at $12")
_REDUCED_FOR = re.compile(
    r"\b(?:for|of|in|to|on|with|from|against|over|into)\s+(?:the|its|their|his|her)"
    r"\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
# a date that opens its clause: "On Monday, ...", "Early on Saturday ..."
_OPENS_CLAUSE = re.compile(r"(?:[A-Z][A-Z .,'’-]*\s+[—–-]+\s+)?\W*(?:[\w'’-]+\s+){0,2}")
_REDUCED_AFTER = re.compile(r"\s+(?:at|by)\b", re.I)
_DETERMINER = re.compile(r"\b(?:the|its|their|his|her|our|a|an)\s+$", re.I)
# "their only televised debate", "the newly elected council"
_DETERMINER_ADJ = re.compile(
    r"\b(?:the|its|their|his|her|our|a|an)\s+(?:only|first|second|last|latest|new|long|much"
    r"|most|newly|recently|widely|heavily|previously|highly|closely|hotly|long-)\s*$",
    re.I,
)


_PARTICIPLE = re.compile(_PARTICIPLES, re.I)
# a to-infinitive or a will-clause after a participle: "has taken the decision to close the
# plant on Sept. 30", "has begun a review that will end in March"
_PLAN_AFTER = re.compile(
    r"[^.;]*?\b(?:" + to_verb(be=True, demonstrative=False) + r"|(?:will|would|shall)\b)",
    re.I,
)


# every _BOUNDARY match begins with one of these (after its zero-width lookbehinds)
_BOUNDARY_START = re.compile(r"[.!?\n;,]")


def _boundaries(text: str, pos: int, endpos: int, first: bool = False) -> list[re.Match[str]]:
    """``list(_BOUNDARY.finditer(text, pos, endpos))``, trying the pattern only where a
    match can begin (it starts with lookbehinds, so the regex engine would try it at every
    position); with ``first``, only the first match."""
    found: list[re.Match[str]] = []
    while True:
        hit = _BOUNDARY_START.search(text, pos, endpos)
        if hit is None:
            return found
        m = _BOUNDARY.match(text, hit.start(), endpos)
        if m is None:
            pos = hit.start() + 1
            continue
        found.append(m)
        if first:
            return found
        pos = m.end()


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of ``text`` around [start, end) up to sentence ends or ``_WINDOW`` chars."""
    lo = max(0, start - _WINDOW)
    before = _boundaries(text, lo, start)
    left = before[-1].end() if before else lo
    after = _boundaries(text, end, min(len(text), end + _WINDOW), first=True)
    right = after[0].start() + 1 if after else min(len(text), end + _WINDOW)
    return left, right


# a verb that reacts to a thing already done: "will appeal Friday's ruling", "will review
# the Jan. 5 decision"
_REACTION = re.compile(
    r"\b"
    + case_blind_words(
        r"appeal(?:s|ed|ing)?(?:\s+against)?|challeng(?:e|es|ed|ing)|review(?:s|ed|ing)?|"
        r"welcom(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|overturn(?:s|ed|ing)?|uph(?:old|olds|eld|olding)|"
        r"respond(?:s|ed|ing)?\s+to|react(?:s|ed|ing)?\s+to|criticis(?:e|es|ed|ing)|"
        r"criticiz(?:e|es|ed|ing)|contest(?:s|ed|ing)?|revers(?:e|es|ed|ing)|quash(?:es|ed|ing)?|"
        r"den(?:y|ies|ied|ouncing|ounce|ounced|ounces)"
    )
    + r"\s+(?:the\s+|a\s+)?$",
    re.I,
)
# what a court or a body has handed down
_HANDED_DOWN = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:decisions?|rulings?|verdicts?|judg(?:e)?ments?|"
    r"orders?|injunctions?|decrees?|convictions?|acquittals?|sentences?)\b",
    re.I,
)
# a future-looking noun that the date only names: "the Sept. 30 deadline passed"
_NAMED_NOUN = re.compile(r"(?:deadline|ultimatum)s?$", re.I)
# a clause of its own after ", and" that opens with the date: "..., and on Saturday crowds
# will gather"
_AND_OPENS = re.compile(r",\s+and\s+(?:(?:early|late)\s+)?(?:on|in|at|from|by)?\s*$", re.I)
_TOLD_OWNER = re.compile(r"\btold\s+$", re.I)


def _done_label(text: str, head: str, end: int) -> bool:
    """The date names a thing already done: a ruling reacted to ("will appeal Friday's
    ruling") or the newspaper edition a speaker talked to ("told Monday's Daily Telegraph")."""
    if _REACTION.search(head[-40:]) and _HANDED_DOWN.match(text, end):
        return True
    return text[end : end + 2] in ("'s", "’s") and _TOLD_OWNER.search(head[-8:]) is not None


def _month_may(text: str, left: int, cue: re.Match[str]) -> bool:
    """ "May" the month inside a clause ("Friday's May jobs report"), not the modal."""
    return cue.group() == "May" and bool(text[left : cue.start()].strip())


def _own_clause(text: str, left: int, start: int, end: int, right: int) -> Direction | None:
    """A date that opens a clause of its own after ", and": the first verb after it."""
    if not _AND_OPENS.search(text, max(left, start - 24), start):
        return None
    aside = _RELATIVE.search(text, end, right)  # "..., which has drawn protests"
    for cue in _CUE.finditer(text, end, aside.start() if aside else right):
        if not _past_ruled_out(text, start, cue) and not _month_may(text, start, cue):
            return "past" if _is_past(cue) else "future"
    return None


def _pluperfect_plan(text: str, left: int, cue: re.Match[str], head: str, start: int) -> bool:
    """A verb of looking ahead in the past perfect ("had warned", "had first forecast"): the
    time it looked to lay ahead of the story's own past, unless it is the cut-off of an
    order still to be carried out ("had warned them to leave by Friday")."""
    return (
        not _is_past(cue)
        and cue.group().lower().endswith(("ed", "forecast"))
        and _HAD.search(text, max(left, cue.start() - 20), cue.start()) is not None
        and not _cutoff_ahead(text, cue, head, start)
    )


# "their first meeting since a dinner in Buenos Aires on Dec. 1": the noun phrase after
# "since" is a past event (but "Since the vote on Friday is close," opens a clause of cause)
_SINCE_EVENT = re.compile(
    r"\w[\s,]+since\s+(?:a|an|the|its|their|his|her|last)\s+"
    r"(?:(?!(?:will|would|is|are|be|to|that|which|who|and)\b)[\w'’.-]+\s+){0,8}?(?:on|in)\s+$",
    re.I,
)
_SINCE = re.compile("since", re.I)  # in every _SINCE_EVENT match, and far cheaper to find
# "The move follows Apple's announcement on July 30": what a thing follows came first
_FOLLOWS_EVENT = re.compile(
    r"\b(?:follows|followed|comes\s+after|came\s+after)\s+(?:a|an|the|its|their|his|her|last|"
    r"[A-Z][\w.-]*['’]s)\s+(?:(?!(?:will|would|is|are|be|to|that|which|who|and)\b)"
    r"[\w'’.-]+\s+){0,8}?(?:on|in)\s+$",
)


def _after_event(text: str, left: int, head: str) -> bool:
    """The date of the event a clause says something follows or has happened since."""
    tail = head[-90:]
    if _SINCE.search(tail) and _SINCE_EVENT.search(tail):
        return True
    found = _FOLLOWS_EVENT.search(tail)
    if found is None:
        return False
    at = left + len(head) - len(tail) + found.start()
    return _NOT_PAST_BEFORE.search(text, max(left, at - 25), at) is None


def _quote_close(text: str, left: int, start: int, end: int, right: int) -> int:
    """For a date inside a quotation, where the quotation closes: the verb of the frame after
    it (""We move to level 3 tonight," she said") is not the tense of the quoted clause."""
    head = text[left:start]
    opened = head.rfind("“") > head.rfind("”") or head.count('"') % 2 == 1
    if not opened:
        return right
    close = min(
        (at for at in (text.find("”", end, right), text.find('"', end, right)) if at >= 0),
        default=-1,
    )
    return close if close >= 0 else right


def direction(text: str, start: int, end: int) -> Direction:
    left, right = clause_bounds(text, start, end)
    right = _quote_close(text, left, start, end, right)
    head = text[left:start]
    if _NEAR_PAST.search(head[-30:]) or _after_event(text, left, head):
        return "past"
    if _done_label(text, head, end):
        return "past"  # "will appeal Friday's ruling": a ruling already handed down
    own = _own_clause(text, left, start, end, right)
    if own is not None:
        return own  # "Apollo 11 lifted off ..., and on Saturday crowds will gather"
    if _LATER_IN.match(text, start, end):
        return "future"  # "later this month": the rest of a period still to come
    if _AHEAD_WEEKDAY.match(text, start, end) or _AHEAD_PERIOD.match(text, start, end):
        return "future"  # "go on sale this Friday" after "opened on Friday"
    if moved_to(head) and not _PAST_ANCHOR.search(head):
        return "future"  # "pushed back polling by four days to 5 October"
    if _designated(head) and _NAMED_AS.match(text, end) and not _PAST_ANCHOR.search(head):
        return "future"  # "declared Tuesday a national holiday": a day set aside ahead
    if _uttered(text, start, end, head):
        return "past"  # the day it was said: "pledged on Thursday to cut ... by 2030"
    follow = _CUE.match(text, end + 1) if text[end : end + 1] == " " else None
    if follow and _is_past(follow) and not _past_ruled_out(text, left, follow):
        return "past"  # "policymakers on Wednesday pencilled in": the verb right after
    cues = [
        c
        for c in _CUE.finditer(text, left, start)
        if not (
            _governed(text, left, c)
            or _planned(text, c, start)
            or _in_bound(text, c)
            or _phase_of_past(text, left, c)
            or _month_may(text, left, c)
        )
    ]
    ahead = any(not _is_past(c) for c in cues)  # a future verb anywhere before the date
    cues = _outside_aside(head, left, cues)
    if cues and _said_owner(text, cues[-1], start, end):
        cues = []  # "said Sunday's rally would go ahead": the verb after the noun decides
    if _timetable(text, left, start, cues) or _scheduled(text, left, start, end, right, cues):
        return "future"  # "who sets out his plans on Thursday", "Polls close on Tuesday"
    if cues:
        nearest: re.Match[str] | None = cues[-1]
    else:
        nearest = _first_after(text, left, start, end, right)
    if nearest is None:
        near = _near_future(text, head, start, end) or _RANGE_START.search(head[-20:])
        return "future" if near else "neutral"
    if _pluperfect_plan(text, left, nearest, head, start):
        return "past"  # "had warned of famine by February": said before the story's past
    found: Direction = "past" if _is_past(nearest) else "future"
    if (
        found == "past"
        and _perfect(text, left, nearest)
        and not _cutoff_ahead(text, nearest, head, start)
    ):
        return "past"  # "had urged people to save power on Wednesday": a request since gone by
    if (
        found == "past"
        and _DIRECTIVE.match(nearest.group())
        and (_CONTENT.search(text, nearest.end(), start) or _ordered_by(text, nearest, start))
    ):
        return "future"  # "proposed that the two sides meet on Thursday", "urged it to act by May"
    if found == "past" and _told(text, nearest, start, end):
        return "future"  # "told the bank to publish the data by Friday"
    if found == "past" and _before_clock(text, head, start, end):
        return "past"  # "went dark shortly before noon": a time of day already gone by
    if found == "past" and not ahead and _past_lower_bound(text, head, nearest, start, end):
        return "past"  # "the virus began circulating no earlier than June"
    if not (found == "past" and nearest.group().lower() == "had") and _near_future(
        text, head, start, end
    ):
        return "future"
    return found


def _first_after(text: str, left: int, start: int, end: int, right: int) -> re.Match[str] | None:
    """The first verb cue after the date; a noun the date names ("the Sept. 30 deadline")
    counts only when no verb follows it ("... deadline passed")."""
    wide = not _OPENS_CLAUSE.fullmatch(text, left, start)
    named = None
    for lo, hi in _after_spans(text, left, start, end, right):
        for c in _CUE.finditer(text, lo, hi):
            if _past_ruled_out(text, left, c, wide=wide) or _month_may(text, left, c):
                continue
            if named is None and _NAMED_NOUN.match(c.group()) and _named_by_date(text, end, c):
                named = c
                continue
            return c
    return named


def _named_by_date(text: str, end: int, cue: re.Match[str]) -> bool:
    """The noun right after the date, which the date names ("the Sept. 30 deadline")."""
    return not text[end : cue.start()].strip(" '’s")


def _near_future(text: str, head: str, start: int, end: int) -> bool:
    """A cue right before the date that points ahead ("by", "next", "ahead of the"), read
    only when no verb has settled the tense first."""
    return bool(
        _NEAR_FUTURE.search(head[-90:])
        or (_CALLED_FOR.search(head[-90:]) and not _PAST_ANCHOR.search(head))
        or _AHEAD_OF.search(head[-90:])
        or _prepared(head)
        or _LOWER_BOUND.match(text, start, end)
    )


_LOWER_BOUND_HEAD = re.compile(
    r"\bno[t]?\s+(?:earlier|sooner)\s+than\s+(?:(?:on|the|this)\s+)?$", re.I
)


def _past_lower_bound(text: str, head: str, verb: re.Match[str], start: int, end: int) -> bool:
    """ "no earlier than June" after a past verb that is not one of saying: the earliest
    time something happened, not a day still to come."""
    bound = _LOWER_BOUND_HEAD.search(head[-30:]) or _LOWER_BOUND.match(text, start, end)
    return bool(bound) and verb.group().lower() not in _UTTERED


_BOUND_WORD = re.compile(r"earlier\s+than\b", re.I)
_NO_BEFORE = re.compile(r"\bno[t]?\s+$", re.I)


# "began arriving", "kept returning": an -ing form that takes its tense from the past verb
# of starting or going on before it (but "were arriving on Thursday" can be a plan)
_PHASE_PAST = re.compile(r"\b(?:began|started|kept|continued|stopped)\s+$", re.I)


def _phase_of_past(text: str, left: int, cue: re.Match[str]) -> bool:
    """A future cue in "-ing" right after a past verb of beginning or continuing."""
    return (
        not _is_past(cue)
        and cue.group().lower().endswith("ing")
        and _PHASE_PAST.search(text, max(left, cue.start() - 12), cue.start()) is not None
    )


def _in_bound(text: str, cue: re.Match[str]) -> bool:
    """The "earlier" of "no earlier than": part of a bound, not a past cue."""
    return bool(
        _BOUND_WORD.match(text, cue.start())
        and _NO_BEFORE.search(text, max(0, cue.start() - 5), cue.start())
    )


def _timetable(text: str, left: int, start: int, cues: list[re.Match[str]]) -> bool:
    """The verb nearest before the date is the present of a relative clause or of a second
    predicate, with no other verb between it and the date."""
    present = None
    for present in _PRESENT_CLAUSE.finditer(text, left, start):  # noqa: B007 (the last one)
        pass
    if present is None or "," in text[present.end() : start]:
        return False  # "The firm, which makes cars, cut jobs on Monday": the aside is closed
    return not (cues and cues[-1].start() >= present.start())


# the simple present of a timetable, the verb nearest the date: "Polls close at 8 p.m. on
# Tuesday", "Applications open on Monday and close on Dec. 15", "The show airs on Friday";
# a plain form needs a plural subject ("a strong start on Monday" is a noun), and the
# subject is no determiner, auxiliary or possessive ("at the close on Friday")
_SCHEDULE_VERB = (
    r"(?:open|reopen|close|begin|start|end|expire|resume|kick\s+off|take\s+effect|go\s+on\s+sale"
    r"|launch|land|arrive|depart|air|premiere|run\s+(?:until|till|through)|take\s+place"
    r"|travel|play|host|face|vote|meet|hold|apply)"
)
_SCHEDULE_3SG = (
    r"(?:opens|reopens|closes|begins|starts|ends|expires|resumes|kicks\s+off|takes\s+effect"
    r"|goes\s+on\s+sale|launches|lands|arrives|departs|airs|premieres|takes\s+place"
    r"|runs\s+(?:until|till|through)|votes|meets|holds|applies)"
)
_NOT_SUBJECT = (
    r"(?!(?i:the|a|an|its|their|his|her|our|this|that|these|those|to|will|would|could|should"
    r"|may|might|must|can|did|does|do|was|is|has|as|us|thus|plus|less|always|perhaps|news|not"
    r"|never|at|of|for|in|on|by|with|from|and|or|but)\b)"
)
_SCHEDULE = re.compile(
    r"(?:(?:\b"
    + _NOT_SUBJECT
    + r"(?:[A-Za-z][\w-]*[a-z]s|[A-Z][\w-]*)|\band)\s+(?:also\s+|then\s+)?"
    + _SCHEDULE_VERB
    + r"|\b"
    + _NOT_SUBJECT
    + r"(?<!['’])[A-Za-z][\w.-]*\s+(?:also\s+|then\s+)?"
    + _SCHEDULE_3SG
    + r")\b[^,;]{0,50}$",
)
# every _SCHEDULE match holds one of its verbs after a space, and no "," or ";"
_SCHEDULE_HINT = re.compile(r"\s(?:" + _SCHEDULE_VERB + "|" + _SCHEDULE_3SG + r")\b")


def _schedule_before(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_SCHEDULE.search(text, lo, hi)``, tried only past the last "," or ";" and only
    when one of its verbs is there at all (its lookahead at every word start is slow)."""
    lo = max(lo, text.rfind(",", lo, hi) + 1, text.rfind(";", lo, hi) + 1)
    if _SCHEDULE_HINT.search(text, lo, hi) is None:
        return None
    return _SCHEDULE.search(text, lo, hi)


# "Markets close at 4 p.m. every day": a habit, not a timetable
_HABIT = re.compile(
    r"\b(?:every|each|usually|normally|typically|often|always|generally|daily|weekly|routinely"
    r"|traditionally|sometimes|rarely)\b",
    re.I,
)
_DAY_IN = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"today|tonight|tomorrow|next)|\d/|\b\d{1,2}(?:st|nd|rd|th)\b",
    re.I,
)


def _scheduled(
    text: str, left: int, start: int, end: int, right: int, cues: list[re.Match[str]]
) -> bool:
    """A timetable in the simple present, its verb the nearest before a date that names a
    day ("Polls close at 8 p.m. on Tuesday"), in a clause that states no habit."""
    found = _schedule_before(text, max(left, start - 80), start)
    if found is None or (cues and cues[-1].start() >= found.start()):
        return False
    if not _DAY_IN.search(text, start, end):
        return False  # "Markets close at 4 p.m.": a time of day alone, a habit
    return _HABIT.search(text, left, right) is None


# a subordinate clause after the date: ", six weeks after Orban blocked it"
_SUBORDINATE = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,3}?(?:after|since|because|although|though|whereas)\s",
    re.I,
)
_ASIDE_OPEN = re.compile(r",\s+(?:who|which)\s[^,]*$", re.I)


def _after_spans(text: str, left: int, start: int, end: int, right: int) -> list[tuple[int, int]]:
    """Where to look for a verb after the date. The search ends at a relative clause of its
    own ("..., which has drawn protests", "for customers who have registered") or, for a
    date inside a relative aside ("Starmer, who sets out his plans on Thursday, said"), at
    the comma that closes it. A subordinate aside right after a date in the subject ("The
    vote on Thursday, after the speaker delayed it twice, was held") is skipped: the main
    verb follows the comma that closes it."""
    stop = right
    aside = _RELATIVE.search(text, end, right)
    if aside:
        stop = aside.start()
    if _ASIDE_OPEN.search(text, left, start):
        close = text.find(",", end, stop)
        return [(end, close if close >= 0 else stop)]
    if len(text[left:start].split()) <= 1:  # "On Monday, after talks collapsed, ..."
        return [(end, stop)]
    relative = _BARE_RELATIVE.search(text, end, stop)
    if relative and text[end : relative.start()].strip():  # "Nov. 15 for customers who"
        stop = relative.start()
    sub = _SUBORDINATE.search(text, end, stop)
    if sub is None:
        return [(end, stop)]
    close = text.find(",", sub.end(), stop)
    if close < 0:
        return [(end, sub.start())]
    return [(end, sub.start()), (close + 1, stop)]


def _past_ruled_out(text: str, left: int, cue: re.Match[str], wide: bool = False) -> bool:
    """A past form that is not the clause's verb: governed by a "be" or a modal, or a
    participle describing a noun ("a vote on Thursday aimed at averting ..."); ``wide``
    also counts one after "for the <noun>" (the date does not open the clause)."""
    return _governed(text, left, cue) or _reduced(text, left, cue, wide)


def _reduced(text: str, left: int, cue: re.Match[str], wide: bool = False) -> bool:
    """A participle after "a/an <noun>" (or, ``wide``, "for the <noun>") that takes "at" or
    "by" ("an emergency summit aimed at", "for the seat vacated by"): it describes the
    noun, it is not the clause's verb."""
    if not (_is_past(cue) and _REDUCED_AFTER.match(text, cue.end())):
        return False
    lo = max(left, cue.start() - 40)
    if _REDUCED_BEFORE.search(text, lo, cue.start()):
        return True
    return wide and _REDUCED_FOR.search(text, lo, cue.start()) is not None


_HAD = re.compile(r"\bhad\s+(?:\w+ly\s+|also\s+|earlier\s+|first\s+|already\s+|once\s+)?$", re.I)
# a cut-off still ahead of an earlier order: "had ordered them to restore the grants by Friday"
_CUTOFF_HEAD = re.compile(
    r"\b(?:by|until|till|within|no\s+later\s+than)\s+(?:the\s+)?(?:[\w.:]+\s+){0,3}?(?:on\s+)?$",
    re.I,
)


def _cutoff_ahead(text: str, verb: re.Match[str], head: str, start: int) -> bool:
    """An earlier order to do something by a cut-off ("had ordered them to restore the grants
    by Friday"): the cut-off can still lie ahead."""
    return bool(_CUTOFF_HEAD.search(head[-30:]) and _INFINITIVE.search(text, verb.end(), start))


def _perfect(text: str, left: int, verb: re.Match[str]) -> bool:
    """A directive in the past perfect ("had urged", "had told"): its time lies before the
    story's own past, not ahead of publication."""
    return bool(
        (_DIRECTIVE.match(verb.group()) or _TOLD.match(verb.group()))
        and _HAD.search(text, max(left, verb.start() - 20), verb.start())
    )


# a directive's object and a cut-off: "ordered a new election within 60 days"
_OBJECT = re.compile(
    r"\s+(?:a|an|the|fresh|new|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?P<lead>(?:within|by|before|no\s+later\s+than)\s+(?:the\s+)?)?",
    re.I,
)
_CUTOFF_LEAD = re.compile(r"(?:within|by|before|no\s+later\s+than)\s", re.I)
_ORDERING = re.compile(r"(?:ordered|demanded|required|set)$", re.I)


def _ordered_by(text: str, verb: re.Match[str], start: int) -> bool:
    """An order for a thing to be done within a time ("ordered a new vote within 60 days",
    "demanded an apology by Friday"): the cut-off lies ahead of the order."""
    if not _ORDERING.match(verb.group()):
        return False
    found = _OBJECT.fullmatch(text, verb.end(), start)
    return found is not None and bool(found.group("lead") or _CUTOFF_LEAD.match(text, start))


# "shortly before noon", "just before 6 a.m.": a time of day with no day of its own
_BEFORE_CLOCK = re.compile(r"\bbefore\s+$", re.I)
_CLOCK_ONLY = re.compile(
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|GMT|UTC|hours?|hrs?)|noon|midday|midnight|"
    r"dawn|daybreak|dusk|sunrise|sunset)(?:\s+(?:local\s+time|GMT|UTC|[A-Z]{2,4}))?",
    re.I,
)


# "filed their arguments shortly before midnight on Sunday"
_BEFORE_CLOCK_ON = re.compile(
    r"\bbefore\s+(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|noon|midday|midnight)"
    r"(?:\s+[\w.]+){0,2}?\s+on\s+$",
    re.I,
)


def _before_clock(text: str, head: str, start: int, end: int) -> bool:
    """A time of day after "before" in a clause whose verb is in the past: bare ("went dark
    shortly before noon") or on the day that follows it ("before midnight on Sunday")."""
    if _BEFORE_CLOCK_ON.search(head[-40:]):
        return True
    return bool(_BEFORE_CLOCK.search(head[-10:]) and _CLOCK_ONLY.match(text, start, end))


_SAID_THAT = re.compile(r"\s+(?:that\s+)?$", re.I)


def _said_owner(text: str, cue: re.Match[str], start: int, end: int) -> bool:
    """A possessive date opening the reported clause right after a verb of saying."""
    return (
        text[end : end + 2] in ("'s", "’s")
        and cue.group().lower() in _UTTERED
        and _SAID_THAT.fullmatch(text, cue.end(), start) is not None
    )


def _told(text: str, verb: re.Match[str], start: int, end: int) -> bool:
    """A past directive whose infinitive holds the date ("told the bank to pay by May") or
    follows a granted time ("gave the envoy 72 hours to leave")."""
    grant = _GRANT_BEFORE.search(text, max(verb.end(), start - 40), start)
    if (
        grant
        and _granted(text, start, end)
        and not _HAD_BEEN.search(text, verb.start(), grant.start())
    ):
        return True  # "was fined on Monday and given five months to stop"
    word = verb.group().lower()
    given = _GIVEN.match(text, verb.end()) if word in ("was", "were") else None
    if given is not None:
        word, at = given.group("verb").lower(), given.end()  # "was given five months to stop"
    elif _TOLD.match(word):
        at = verb.end()
    else:
        return False
    if _INFINITIVE.search(text, at, start):
        return True
    return word in ("gave", "given", "granted", "allowed") and _granted(text, start, end)


def _granted(text: str, start: int, end: int) -> bool:
    """A span of time followed by what is to be done in it ("five months to stop")."""
    return bool(_SPAN.fullmatch(text, start, end)) and bool(_INFINITIVE.match(text, end + 1))


def _designated(head: str) -> bool:
    """The date is the object of a verb that names a day ("declared Friday ...")."""
    words = head[-16:].split()
    return bool(words) and words[-1].lower() in _DESIGNATED


def _prepared(head: str) -> bool:
    """The date follows "campaigning for", "preparations for", "the run-up to" ..."""
    words = head[-40:].lower().split()
    if words and words[-1] == "the":
        words.pop()
    return len(words) > 1 and words[-1] in ("for", "to") and words[-2] in _PREPARING


def _outside_aside(head: str, left: int, cues: list[re.Match[str]]) -> list[re.Match[str]]:
    """The cues outside the last comma-enclosed aside before the date ("said it would
    restrict exports of two metals, both used in chips, from May"), when some are left."""
    close = head.rfind(", ")  # not the comma of "1,000"
    opening = head.rfind(", ", 0, close) if close > 0 else -1
    if opening < 0:
        return cues
    lo, hi = left + opening, left + close
    kept = [c for c in cues if not lo < c.start() < hi]
    return kept or cues


def _planned(text: str, cue: re.Match[str], start: int) -> bool:
    """A present perfect whose object is a plan that holds the date ("has taken the
    decision to close the plant on Sept. 30"): no past for the date."""
    return bool(_PARTICIPLE.fullmatch(cue.group()) and _PLAN_AFTER.match(text, cue.end(), start))


def _governed(text: str, left: int, cue: re.Match[str]) -> bool:
    """A past participle whose tense comes from the "be" before it."""
    if not _is_past(cue):
        return _offset(text, cue)
    at = cue.start()
    if at and text[at - 1] == "-":
        return True  # "exchange-traded funds", "state-owned": an adjective, not a verb
    if _offset(text, cue) or _attributive(text, left, cue):
        return True  # "four days earlier", "will receive redacted copies"
    if _DETERMINER.search(text, max(left, at - 8), at):
        return True  # "its last meeting", "the contested bill": an adjective, not a verb
    if _NOT_PAST_BEFORE.search(text, max(left, at - 25), at):
        return True
    if cue.group().lower() in _KEPT_STATE and _KEEP_OBJECT.search(text, max(left, at - 40), at):
        return True  # "will keep its stores closed": a state the object is kept in
    if _AS_PARTICIPLE.search(text, max(left, at - 20), at):
        return True  # "as already legislated": no verb of the clause
    lo = max(left, at - 60)
    window = text[lo:at].lower()
    return ("if " in window or "unless " in window) and bool(_CONDITION_BEFORE.search(text, lo, at))


# "four days earlier", "a week later": an offset from a date, which the date rules resolve
_OFFSET_UNIT = re.compile(
    r"\b(?:minute|hour|day|night|week|fortnight|month|year|decade)s?\s+$", re.I
)


def _offset(text: str, cue: re.Match[str]) -> bool:
    """ "earlier" or "later" after a span of time: an offset, not a tense cue."""
    return cue.group().lower() in ("earlier", "later") and bool(
        _OFFSET_UNIT.search(text, max(0, cue.start() - 12), cue.start())
    )


# an "-ed" form in the object of a verb after a modal or "to", or after a preposition,
# and followed by its noun: "will receive redacted copies", "to publish revised figures",
# "vote on amended rules" (but "will say officials delayed the vote": a verb of its own)
_ATTRIBUTIVE_BEFORE = re.compile(
    r"(?:\b(?:will|would|shall|must|can|could|should|might|to|'ll)\s+(?:\w+ly\s+)?"
    r"(?!(?:have|be|being|been|get|got|not)\b)[a-z]+|\b(?:on|with|of|for|from|into|under|over"
    r"|about|against|without|amid|among)(?:\s+\w+ly)?)\s+$"
)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|him|them|it|us|me"
    r"|on|in|at|by|to|for|from|with|of|as|and|or|but|out|up|down|off|back|over|away|again"
    r"|last|next|this|yesterday|today|tomorrow|earlier|later|more|less|after|before|since"
    r"|until|that|which|who|when|if|than|there|here|so|not|also|into|onto|through)\b)"
    r"[a-z][a-z-]+\b"
)
_REGULAR_PAST = re.compile(r"[a-z]{2,}ed")


def _attributive(text: str, left: int, cue: re.Match[str]) -> bool:
    """A regular "-ed" form used as an adjective before its noun, in an object or after a
    preposition ("will receive redacted copies", "on revised figures")."""
    at = cue.start()
    return bool(
        _REGULAR_PAST.fullmatch(cue.group())
        and _NOUN_AFTER.match(text, cue.end())
        and (
            _ATTRIBUTIVE_BEFORE.search(text, max(left, at - 30), at)
            or _DETERMINER_ADJ.search(text, max(left, at - 24), at)
        )
    )


def _uttered(text: str, start: int, end: int, head: str) -> bool:
    """A date right after a verb of saying or deciding in the past ("pledged on Thursday
    to cut", "said Monday that"): the day of the utterance, not of what it is about."""
    words = head[-40:].split()
    if words and words[-1].lower() in ("on", "in"):  # "said on Monday", "promised in May"
        words.pop()
    if len(words) > 1 and words[-2].lower() == "told":  # "told reporters Monday"
        words.pop()
    if not words or words[-1].lower() not in _UTTERED:
        return False
    if text[end : end + 2] in ("'s", "’s"):  # "warned Monday's talks could fail"
        return False
    before = " ".join(words[-4:-1]) + " "
    return not _NOT_PAST_BEFORE.search(before)
