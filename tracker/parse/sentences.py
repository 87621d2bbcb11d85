"""Sentence spans with offsets, without splitting at "U.S.", "Dr." or "p.m."."""

from __future__ import annotations

import re

MAX_SENTENCE = 2000  # characters; news sentences stay well under 1,000
# ``[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[-*•])``, its first character
# taken by one class up front: the regex engine then skips ahead to where a match can start
_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\s*\n|(?<=\n)(?=\s*[-*•]))"
)
_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}[A-Z]?|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|"
    r"Sgt|Adm|Maj|Cmdr|Inc|Corp|Co|Ltd|No|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|a\.m|p\.m|e\.g|i\.e|U\.S|U\.K|U\.N))\.$"
)

# "... on Friday at 1 p.m. The court said": a time of day that ends a sentence (not "5 p.m. ET")
_CLOCK_THEN_SENTENCE = re.compile(
    r"[ap]\.m\.\s+(?!(?:[A-Z]{2,5}|GMT|UTC|Eastern|Pacific|Central|Mountain|British|London|"
    r"Washington|New\s+York|Tokyo|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)"
    r"(?![A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time\b)[A-Z][a-z]"  # "9:45 p.m. Khartoum time"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence, leading and trailing whitespace excluded; none is
    longer than MAX_SENTENCE characters."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if (
            text[m.start()] == "."
            and _ABBREV.search(text, max(0, m.start() - 12), m.start() + 1)
            and not _CLOCK_THEN_SENTENCE.match(text, m.start() - 3)
        ):
            continue
        _add(text, start, m.end() if not m.group().isspace() else m.start(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # A "sentence" longer than any real one (a table, a list without full stops, hostile
    # input) is cut at whitespace: each date in a sentence is classified by reading the
    # whole sentence, so one endless sentence would make the claim pass quadratic.
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _add(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
