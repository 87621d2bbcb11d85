"""What sort of claim a forward-looking sentence makes, and what it says will follow.

The cues are read in the clause that holds the date (a sentence may hold two claims:
"the first round on June 30 and a runoff on July 7", "must comply by Thursday, while the
fine is expected on Monday"), then in the whole sentence. In order: a cut-off ("deadline",
"or face", "has until", "expires", "unless ... by"), a promise verb, a forecast verb, a
commitment reported by its maker ("said it would begin ... next month"), a scheduled event,
a bare "by <date>" (a cut-off), a hedged forecast ("may"), and last a bare future ("will"),
read as an event. No cue at all: the sentence is not forward-looking.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.parse.types import ClaimKind, Grain

_I = re.I
_PROMISE = re.compile(
    r"(?<!-)\b(?:promis(?:e|es|ed|ing)|pledg\w*|vow\w*|commit(?:s|ted)?\s+to|committed|"
    r"guarantee[sd]?|will\s+deliver|on\s+track\s+to|aims?\s+(?:to|for)|aim\s+for|"
    r"would\s+aim|(?<!its\s)(?<!the\s)(?<!a\s)(?<!%\s)target(?:s|ing|ed)?)\b",
    _I,
)
_FORECAST = re.compile(
    r"\b(?:forecasts?|forecaster\w*|predict\w*|projected|projects|projections?|expects?|"
    r"anticipat\w*|estimat\w*|likely|outlook|tipped|bet(?:s|ting)?|see|sees|pric(?:e|es|ed|ing)\s+in|"
    r"working\s+assumption|would\s+(?:fall|rise|reach|climb|drop)|"
    r"will\s+(?:reach|rise|fall|grow|exceed|hit|top|double|decline|drop|increase|shrink)|"
    r"unable\s+to|expected\s+(?:by|before|within|no\s+later\s+than))\b|\bexpected\s+to\s+(?!meet|visit|hold|sign|travel|attend|arrive|host|"
    r"vote|testify|speak|begin|start|open|launch|take|end|close|be\s+held)",
    _I,
)
_CUTOFF_NEAR = re.compile(
    r"\b(?:by|no\s+later\s+than|until|till|before|deadline\s+of|cut-?off\s+of)\s+(?:the\s+)?"
    r"(?:[\w.:]+\s+){0,4}?$",
    _I,
)
_CUTOFF = re.compile(
    r"\b(?:deadline|ultimatum|or\s+face|or\s+else|must|cut-?off|(?:has|have|gave\s+\w+)\s+until"
    r"|expires?|expiry|lapses?|runs\s+out|unless|comply)\b",
    _I,
)
# a consequence under a negative condition, anywhere in the sentence: "would be evicted on
# Sept. 1 if the rent is not paid", "if Russia does not agree by Friday, it would face
# sanctions", "unless Mexico stops the flow, ... rising to 25% in October"
_ULTIMATUM = re.compile(
    r"\b(?:would|will)\b[^;]{0,150}?\bif\b[^;]{0,60}?(?:\bnot\b|n['’]t\b|\bfail\w*|\brefus\w*)"
    r"|\bif\b[^;]{0,60}?(?:\bnot\b|n['’]t\b|\bfail\w*|\brefus\w*)[^;]{0,150}?\b(?:would|will)\b"
    r"|\bunless\b",
    _I,
)
_EVENT = re.compile(
    r"\b(?:set\s+to|scheduled|slated|due\s+to|is\s+to|are\s+to|planning\s+to|"
    r"plans?\s+to\s+(?!(?:the|a|an|its|their|his|her)\b)|"
    r"intends?\s+to|will\s+(?:hold|meet|visit|travel|host|sign|attend|announce|vote|begin|start|"
    r"open|release|launch|take\s+place|be\s+held)|expected\s+to|summit|to\s+be\s+held|upcoming|"
    r"meets|opens|begins|starts|ends|closes|takes\s+effect|taking\s+effect|follows|gathers?|"
    r"convenes?|resumes|kicks\s+off|goes\s+on\s+sale)\b",
    _I,
)
_CONDITION = re.compile(
    r"\b(?:if|unless|needs?\s+to|has\s+to|have\s+to|asked|told|demand\w*|want\w*|"
    r"racing|should)\b",
    _I,
)
_HEDGED = re.compile(r"\b(?:may|might)\b")  # lower case: not Theresa May, not the month
_FUTURE = re.compile(
    r"\b(?:will|won't|'ll|shall|would|going\s+to|threaten\w*|warn\w*|aims?\s+to)\b", _I
)
# what a speaker commits to doing itself ("said it would begin shrinking its balance sheet")
_REPORTED = re.compile(
    r"\b(?:said|says|announced|told|confirmed|declared|stated|insisted|added|wrote)\b"
    r"(?:[^.;]|(?<=[A-Z])\.)*\b(?:would|will|plans?\s+to|intends?\s+to|remained\s+on\s+track)\b"
    r"|[“\"](?:We|I)\s+(?:will|shall|would|are\s+going\s+to|am\s+going\s+to)\b",
    _I,
)
_REPORTED_AFTER = re.compile(
    r"^,\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)+(?:said|says|announced|confirmed|added)\b"
    r"|^,\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+(?:said|says|announced|confirmed)\b"
)
_INTENT = re.compile(
    r"\b(?:plans?|intends?|aims?|agree[sd]?(?:\s+on\s+[A-Z]\w+day)?)\s+to\b(?!\s+(?:a|an|the)\b)",
    _I,
)
# a crowd expected at a scheduled event: "expect thousands to join the march on Saturday"
_TURNOUT = re.compile(
    r"\bexpect\w*\s+(?:[\w,'’-]+\s+){0,6}?to\s+(?:join|attend|take\s+part|turn\s+out|"
    r"participate|gather|march|flock|line\s+the|watch)\b",
    _I,
)
_OWN_ACTION = re.compile(
    r"\b(?:would|will|plans?\s+to|to)\s+(?:\w+ly\s+)?(?:begin|start|end|stop|impose|cut|raise|"
    r"sell|buy|deliver|complete|name|decide|step\s+down|resign|quit|take\s+\w+\s+out|put|"
    r"introduce|phase|shrink|stage|strike|close|scrap|rebuild|build|invest|hire|pay|repay|"
    r"return|withdraw|leave|exit|hand\s+over|ship|supply|provide|bring\s+back|require|"
    r"reinstate|restore|ban|charge|lay\s+off|be\s+(?:completed|rebuilt|finished|done|built|ready))\b",
    _I,
)
_SCHEDULED_THING = re.compile(
    r"\b(?:election|vote|poll|referendum|ballot|runoff|round|summit|meeting|hearing|talks|"
    r"negotiations|debate|"
    r"conference|trial|ceremony|final|match|race|launch|held|meet|travel|visit|fly|land|"
    r"landing|go\s+on\s+sale|play(?:ed)?|decision|ruling|verdict|results|announce|unveil|"
    r"take\s+the\s+stage|released?)\b",
    _I,
)
_COARSE = {Grain.MONTH, Grain.QUARTER, Grain.HALF, Grain.SEASON, Grain.YEAR, Grain.DECADE}
# where a clause ends inside a sentence
_CLAUSE_CUT = re.compile(
    r";|,\s+(?:and|but|while|whereas|although|though|with|after|before|as|when|which|who)\b"
    r"|\s+(?:and|while|whereas)\s+(?=(?:a|an|the|its|his|her|their|it|they|he|she)\b)"
    r"|,\s+(?=[a-z]+(?:ing)\b)|,\s+where\b|,\s+(?=[A-Z][a-z]+\s+(?:said|says|told|warned|added)\b)"
    r"|,\s+(?=(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+(?:said|says|told)\b)"
    r"|,\s+(?=the\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+(?:said|says|told)\b)"
)


# Every date in a sentence is classified by reading that sentence again, with the same
# patterns: remembering the recent answers keeps a sentence dense with dates linear.
@lru_cache(maxsize=1024)
def _has(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


@lru_cache(maxsize=64)
def _clause_cuts(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _CLAUSE_CUT.finditer(sentence))


def clause_span(sentence: str, date_at: int, date_end: int) -> tuple[int, int]:
    """[start, end) of the clause of ``sentence`` holding the date at [date_at, date_end)."""
    left, right = 0, len(sentence)
    for cut_start, cut_end in _clause_cuts(sentence):
        if cut_end <= date_at:
            left = cut_end
        elif cut_start >= date_end:
            right = cut_start
            break
    while left < right and sentence[left] in " ,":
        left += 1
    return left, right


def classify(
    sentence: str, date_at: int, date_end: int | None = None, grain: Grain | None = None
) -> tuple[ClaimKind, float] | None:
    """The kind of claim ``sentence`` makes about the date at offset ``date_at``, with a
    confidence for the cue; None when nothing in it looks forward.

    The cues that lead up to the date in its clause count first, then the rest of the
    clause, then the rest of the sentence."""
    date_end = date_at + 1 if date_end is None else date_end
    lo, hi = clause_span(sentence, date_at, date_end)
    clause, lead = sentence[lo:hi], sentence[lo:date_end]
    head = sentence[max(0, date_at - 40) : date_at]
    cut_near = _has(_CUTOFF_NEAR, head)
    if _has(_CUTOFF, clause):
        return ClaimKind.DEADLINE, 0.8
    if _has(_ULTIMATUM, sentence) and not _has(_FORECAST, clause):
        return ClaimKind.DEADLINE, 0.75
    before = _REPORTED.search(sentence[:hi])
    # ", the ministry said" after the clause: a commitment only by a period or a cut-off
    reported = before or _REPORTED_AFTER.match(sentence[hi:])
    if _has(_TURNOUT, lead):
        return ClaimKind.EVENT, 0.7
    for part in (lead, clause):
        if _has(_PROMISE, part):
            return ClaimKind.PROMISE, 0.8
        if _has(_FORECAST, part):
            return ClaimKind.PREDICTION, 0.7
        if _has(_SCHEDULED_THING, part) and (_has(_EVENT, part) or _has(_FUTURE, part)):
            return ClaimKind.EVENT, 0.8
        if (
            (reported or _has(_INTENT, part))
            and (
                _has(
                    _OWN_ACTION,
                    sentence[before.start() if before else lo : hi]
                    if before or not reported or _has(_INTENT, part)
                    else "",  # "X will start on Thursday, the ministry said": scheduled
                )
                or ((cut_near or grain in _COARSE) and not _has(_SCHEDULED_THING, clause))
                or (before is not None and before.group()[:1] in '“"')  # “We will open ...”
            )
        ):
            return ClaimKind.PROMISE, 0.7
        if cut_near and not _has(_SCHEDULED_THING, part) and _any_future(sentence):
            return ClaimKind.DEADLINE, 0.7
        if _has(_EVENT, part):
            return ClaimKind.EVENT, 0.8
    if _has(_PROMISE, sentence[:lo]) and not _has(_SCHEDULED_THING, clause):
        return ClaimKind.PROMISE, 0.7
    if cut_near and _any_future(sentence):
        return ClaimKind.DEADLINE, 0.7
    if _has(_CUTOFF, sentence):
        return ClaimKind.DEADLINE, 0.6
    if _has(_FUTURE, sentence[:date_end]) or _has(_SCHEDULED_THING, clause):
        return ClaimKind.EVENT, 0.6
    if _has(_FORECAST, sentence):
        return ClaimKind.PREDICTION, 0.6
    if _has(_EVENT, sentence):
        return ClaimKind.EVENT, 0.7
    if _has(_HEDGED, clause):
        return ClaimKind.PREDICTION, 0.5
    if _has(_FUTURE, sentence):
        return ClaimKind.EVENT, 0.5
    return None


def _any_future(sentence: str) -> bool:
    return any(_has(p, sentence) for p in (_FUTURE, _CUTOFF, _EVENT, _HEDGED, _CONDITION))


_OR_FACE = re.compile(r"\bor\s+(?:else\s+)?(?P<c>(?:face|risk|lose|be)\b[^.;]*)", _I)
_OTHERWISE = re.compile(r"\b(?:otherwise|failing\s+which|or\s+else)\s*,?\s+(?P<c>[^.;]+)", _I)
_THEN = re.compile(
    r",\s*(?:then\s+)?(?P<c>[^,]*?\b(?:would|will|could)\s+(?:face|be|lose|see)\b[^.;]*)", _I
)


def consequence(sentence: str, date_end: int) -> str | None:
    """What the sentence says will follow if the claim fails: "or face X", "if ..., X"."""
    for pattern in (_OR_FACE, _OTHERWISE):
        m = pattern.search(sentence)
        if m:
            return m.group("c").strip()
    if re.search(r"\b(?:if|unless)\b", sentence[:date_end], _I):
        m = _THEN.search(sentence, date_end)
        if m:
            return m.group("c").strip().rstrip(".")
    return None
