"""Where a rule could start: two cheap passes over the text instead of ~50 full regex scans.

Each rule's pattern is read (with the standard library's regex parser) for the first few
characters any match must begin with, and whether it must begin at a word start (``\\b``
before a word character). Two "trigger" patterns, one for word starts and one for the rest,
find every position where some rule's beginning appears; there each such rule is tried
with ``pattern.match(text, pos)``. Lookbehinds and ``\\b`` see the text before ``pos``, and a
rule is only tried at a position past the end of its previous match, so the matches are
exactly those of ``finditer``.

The analysis only ever over-approximates (assertions are ignored, letters are folded to
lower case, digits and spaces to one class each), so a position can be tried in vain but
never missed. A rule it cannot bound (one that could start anywhere) is scanned in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cached_property
from itertools import product
from re import _constants as C  # type: ignore[attr-defined]  # the stdlib's own regex parser
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

K = 6  # characters of each beginning looked at, at most
_MAX_STATES = 4000
_MAX_KEYS = 20000
_ASCII = [chr(i) for i in range(128)]
_SPACE = " "  # ASCII whitespace, folded
_DIGIT = "0"  # ASCII digits, folded


def _fold(ch: str) -> str:
    if ch.isascii():
        if ch.isdigit():
            return _DIGIT
        if ch.isspace():
            return _SPACE
        return ch.lower()
    return ch


# the text side of the folding, for ASCII; other characters stay as they are
FOLD = str.maketrans({c: _fold(c) for c in _ASCII if _fold(c) != c})


# The trigger runs over the lower-cased text (plain letters let the regex engine reject a
# branch at its first character). Under re.IGNORECASE an ASCII letter also matches these,
# which lower() leaves alone ("\u0130" lowers to two characters: such a text takes the slow
# path; the Kelvin sign lowers to "k").
_CASE_MATES = {"i": "\u0131", "s": "\u017f"}


class _Wild(Exception):
    """A character class not worth enumerating, or too many beginnings to list."""


def _charset(items: Iterable[tuple[Any, Any]]) -> frozenset[str]:
    """The folded characters a character class can match (raises _Wild for a negation)."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(_fold(chr(av)))
        elif op is C.RANGE:
            lo, hi = av
            if hi - lo > 400:
                raise _Wild
            out.update(_fold(chr(c)) for c in range(lo, hi + 1))
        elif op is C.CATEGORY:
            if av is C.CATEGORY_DIGIT:
                out.add(_DIGIT)
            elif av is C.CATEGORY_SPACE:
                out.add(_SPACE)
            elif av is C.CATEGORY_WORD:
                raise _Wild  # also every non-ASCII letter; not worth enumerating
            else:
                raise _Wild
        else:  # NEGATE and anything unforeseen
            raise _Wild
    return frozenset(out)


# A state: (starts at a word boundary, folded character sets so far, can still grow)
State = tuple[bool, tuple[frozenset[str], ...], bool]


def _seq(items: Sequence[tuple[Any, Any]], states: set[State], k: int) -> set[State]:
    for item in items:
        growing = [len(t) for _, t, grow in states if grow]
        if not growing:
            break
        # the item need only be read as far as the shortest beginning so far can use
        states = _cat(states, _item(item, k - min(growing)), k)
        if len(states) > _MAX_STATES:
            raise _Wild
    return states


def _cat(left: set[State], right: set[State], k: int) -> set[State]:
    out: set[State] = set()
    for b, t, grow in left:
        if not grow:
            out.add((b, t, grow))
            continue
        for b2, t2, grow2 in right:
            joined = (t + t2)[:k]
            out.add((b or (b2 and not t), joined, grow2 and len(t + t2) < k))
    return out


_EMPTY: set[State] = {(False, (), True)}
_ANYTHING: set[State] = {(False, (), False)}  # the beginning so far, then anything


def _item(item: tuple[Any, Any], k: int) -> set[State]:
    op, av = item
    if op is C.LITERAL:
        return {(False, (frozenset({_fold(chr(av))}),), True)}
    if op is C.IN:
        try:
            return {(False, (_charset(av),), True)}
        except _Wild:
            return set(_ANYTHING)
    if op is C.BRANCH:
        out: set[State] = set()
        for alt in av[1]:
            out |= _seq(alt.data, set(_EMPTY), k)
        return out
    if op is C.SUBPATTERN:
        return _seq(av[-1].data, set(_EMPTY), k)
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _seq(av.data, set(_EMPTY), k)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
        lo, hi, sub = av
        body = _seq(sub.data, set(_EMPTY), k)
        acc: set[State] = set(_EMPTY)
        out = set(_EMPTY) if lo == 0 else set()
        rounds = 0
        while acc and rounds < hi:
            rounds += 1
            acc = _cat(acc, body, k)
            if len(acc) > _MAX_STATES:
                raise _Wild
            closed = {s for s in acc if not s[2]}
            out |= acc if rounds >= lo else closed  # a full-length beginning is one already
            acc -= closed
            if rounds > k + 1:  # a body that can match nothing: stop growing here
                out |= {(b, t, False) for b, t, _ in acc}
                break
        return out
    if op is C.AT:
        return {(av is C.AT_BOUNDARY, (), True)}
    if op in (C.ASSERT, C.ASSERT_NOT):
        return set(_EMPTY)  # zero width; ignoring the condition only widens
    if op is C.GROUPREF_EXISTS:
        _, yes, no = av
        out = _seq(yes.data, set(_EMPTY), k)
        return out | (_seq(no.data, set(_EMPTY), k) if no is not None else set(_EMPTY))
    return set(_ANYTHING)  # ANY, NOT_LITERAL, GROUPREF, ...: could be anything


def _is_word(chars: frozenset[str]) -> bool:
    return all(c == _DIGIT or c == "_" or c.isalnum() for c in chars)


def _final_lookahead_read(items: Sequence[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """A pattern's items, a lookahead at its very end read as if consumed: the text after a
    match must go on that way, so it narrows where a match can begin ("5(?= tonight)")."""
    items = list(items)
    if items and items[-1][0] is C.ASSERT and items[-1][1][0] == 1:
        items[-1:] = items[-1][1][1].data
    return items


def beginnings(
    pattern: re.Pattern[str], k: int = K, parsed: Any = None
) -> tuple[set[str], set[str]] | None:
    """The folded beginnings of every match: (at a word start, anywhere); None when some
    match could begin with any character (or the pattern can match nothing). Each
    beginning is ``k`` characters long, or the whole match when it can be shorter."""
    if pattern.flags & re.ASCII:
        return None  # "\\b" would not mean what the trigger's does
    try:
        parsed = parsed or P.parse(pattern.pattern, pattern.flags)
        states = _seq(_final_lookahead_read(parsed.data), set(_EMPTY), k)
    except _Wild:
        return None
    word: set[str] = set()
    anywhere: set[str] = set()
    count = 0
    for at_boundary, sets, _ in states:
        if not sets:
            return None
        keys = word if at_boundary and _is_word(sets[0]) else anywhere
        for chars in product(*sets):
            keys.add("".join(chars))
            count += 1
            if count > _MAX_KEYS:
                return None
    return word, anywhere


def _trie(keys: Iterable[str]) -> str:
    """A regex alternation of the folded ``keys``, nested by first character."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for key in keys:
        node = tree
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def atom(ch: str) -> str:
        if ch == _DIGIT:
            return r"\d"
        if ch == _SPACE:
            return r"\s"
        if ch in _CASE_MATES:
            return "[" + ch + _CASE_MATES[ch] + "]"
        if ch.isascii():
            return re.escape(ch)
        if ch.lower() != ch.upper():
            return "(?i:" + re.escape(ch) + ")"
        return re.escape(ch)

    def render(node: dict) -> str:  # type: ignore[type-arg]
        if "" in node:
            return ""  # a shorter key already matches here: the rest cannot narrow it
        alts = [atom(ch) + render(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return render(tree)


class Anchors:
    """The positions of a text where each rule could start."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.count = len(patterns)
        self.patterns = list(patterns)
        self.full: list[int] = []  # rules scanned in full
        self.word: list[dict[str, int]] = [{} for _ in range(K + 1)]  # len -> key -> bitmask
        self.anywhere: list[dict[str, int]] = [{} for _ in range(K + 1)]
        word_keys: set[str] = set()
        any_keys: set[str] = set()
        self.anchored = 0
        for i, pattern in enumerate(patterns):
            # the longest beginnings that stay few enough to list
            tree = None if pattern.flags & re.ASCII else P.parse(pattern.pattern, pattern.flags)
            tries = (beginnings(pattern, k, tree) for k in range(K, 2, -1))
            found = next(filter(None, tries), None)
            if found is None:
                self.full.append(i)
                continue
            self.anchored |= 1 << i
            for keys, table, every in (
                (found[0], self.word, word_keys),
                (found[1], self.anywhere, any_keys),
            ):
                for key in keys:
                    table[len(key)][key] = table[len(key)].get(key, 0) | (1 << i)
                every.update(keys)
        # over the lower-cased text, preceded by a space: the non-word character before a
        # word start is taken up front, so the regex engine skips from one to the next
        self.word_trigger = re.compile(r"\W(?=" + _trie(word_keys) + ")" if word_keys else "(?!)")
        self.other_trigger = re.compile("(?=" + _trie(any_keys) + ")" if any_keys else "(?!)")
        self._memo: tuple[dict[str, tuple[int, ...]], ...] = ({}, {})  # by word start

    @cached_property
    def trigger_any_case(self) -> re.Pattern[str]:
        """Both triggers in one, for the rare text that lower() changes in length ("\u0130")."""
        word = self.word_trigger.pattern.replace(r"\W(?=", r"\b(?=", 1)
        return re.compile(word + "|" + self.other_trigger.pattern, re.I)

    def starts(self, low: str) -> list[int]:
        """Where some rule could start in the lower-cased text ``low``."""
        found = {m.start() for m in self.word_trigger.finditer(" " + low)}
        found.update(m.start() for m in self.other_trigger.finditer(low))
        return sorted(found)

    def rules_at(self, key: str, word_start: bool) -> tuple[int, ...]:
        """The rules that could start where the folded text reads ``key``."""
        memo = self._memo[word_start]
        found = memo.get(key)
        if found is not None:
            return found
        if not key.isascii():
            mask = self.anchored  # folding is only exact for ASCII: try them all
        else:
            mask = 0
            for n in range(1, len(key) + 1):
                head = key[:n]
                mask |= self.anywhere[n].get(head, 0)
                if word_start:
                    mask |= self.word[n].get(head, 0)
        found = tuple(i for i in range(self.count) if mask >> i & 1)
        if len(memo) > 100_000:
            memo.clear()
        memo[key] = found
        return found

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> list[list[re.Match[str]]]:
        """Each pattern's matches in ``text``, exactly as ``pattern.finditer(text, pos,
        endpos)`` would list them."""
        end = len(text) if endpos is None else max(pos, min(endpos, len(text)))
        found: list[list[re.Match[str]]] = [[] for _ in range(self.count)]
        after = [0] * self.count  # where each pattern's next match may start
        patterns = self.patterns
        memo = self._memo
        window = text[pos:end]
        folded = window.translate(FOLD)  # one character for one: offsets stay the same
        low = window.lower()
        if len(low) == end - pos:
            starts = self.starts(low)
        else:  # lower() changed a length: match the trigger case-blind on the text itself
            starts = [t.start() - pos for t in self.trigger_any_case.finditer(text, pos, end)]
        for start in starts:
            p = start + pos
            prev = text[p - 1] if p else " "
            word_start = not (prev.isalnum() or prev == "_")
            key = folded[start : start + K]
            rules = memo[word_start].get(key)
            if rules is None:
                rules = self.rules_at(key, word_start)
            for i in rules:
                if p >= after[i]:
                    m = patterns[i].match(text, p, end)
                    if m is not None:
                        found[i].append(m)
                        after[i] = m.end()
        for i in self.full:
            found[i] = list(patterns[i].finditer(text, pos, end))
        return found
