"""What sort of claim a forward-looking sentence makes, and what it says will follow.

Cues are checked in order: a promise verb, a forecast verb, a cut-off ("by Friday",
"deadline", "or face"), a scheduled event, a hedged forecast ("could", "may"), and last a
bare future ("will"), read as an event. No cue at all: the sentence is not forward-looking.
"""

from __future__ import annotations

import re

from tracker.parse.types import ClaimKind

_I = re.I
_PROMISE = re.compile(
    r"\b(?:promis\w*|pledg\w*|vow\w*|commit(?:s|ted)?\s+to|guarantee[sd]?|will\s+deliver)\b", _I
)
_FORECAST = re.compile(
    r"\b(?:forecasts?|forecaster\w*|predict\w*|projected|projects|projections?|expects?|"
    r"anticipat\w*|estimat\w*|likely|outlook|will\s+(?:reach|rise|fall|grow|exceed|hit|top|"
    r"double|decline|drop|increase|shrink))\b|\bexpected\s+to\s+(?!meet|visit|hold|sign|travel|"
    r"announce|attend|arrive|host|release|vote|testify|speak|begin|start|open|launch|take)",
    _I,
)
_CUTOFF_NEAR = re.compile(r"\b(?:by|no\s+later\s+than|until|till|before)\s+(?:the\s+)?$", _I)
_CUTOFF = re.compile(
    r"\b(?:deadline|ultimatum|or\s+face|or\s+else|must|cut-?off|(?:has|have|gave\s+\w+)\s+until"
    r"|expires?|runs\s+out)\b",
    _I,
)
_EVENT = re.compile(
    r"\b(?:set\s+to|scheduled|slated|due\s+to|is\s+to|are\s+to|plans?\s+to|planning\s+to|"
    r"intends?\s+to|will\s+(?:hold|meet|visit|travel|host|sign|attend|announce|vote|begin|start|"
    r"open|release|launch|take\s+place|be\s+held)|expected\s+to|summit|to\s+be\s+held|upcoming)\b",
    _I,
)
_HEDGED = re.compile(r"\b(?:could|may|might)\b", _I)
_FUTURE = re.compile(
    r"\b(?:will|won't|'ll|shall|would|going\s+to|threaten\w*|warn\w*|aims?\s+to)\b", _I
)


def classify(sentence: str, date_at: int) -> tuple[ClaimKind, float] | None:
    """The kind of claim ``sentence`` makes about the date at offset ``date_at``, with a
    confidence for the cue; None when nothing in it looks forward."""
    if _PROMISE.search(sentence):
        return ClaimKind.PROMISE, 0.8
    if _FORECAST.search(sentence):
        return ClaimKind.PREDICTION, 0.7
    if _CUTOFF_NEAR.search(sentence[max(0, date_at - 30) : date_at]) and _any_future(sentence):
        return ClaimKind.DEADLINE, 0.8
    if _CUTOFF.search(sentence):
        return ClaimKind.DEADLINE, 0.7
    if _EVENT.search(sentence):
        return ClaimKind.EVENT, 0.8
    if _HEDGED.search(sentence):
        return ClaimKind.PREDICTION, 0.5
    if _FUTURE.search(sentence):
        return ClaimKind.EVENT, 0.5
    return None


def _any_future(sentence: str) -> bool:
    return any(p.search(sentence) for p in (_FUTURE, _CUTOFF, _EVENT, _HEDGED)) or bool(
        re.search(
            r"\b(?:if|unless|needs?\s+to|has\s+to|have\s+to|asked|told|demand\w*)\b", sentence, _I
        )
    )


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
