"""Long word alternations, regrouped by first letter so the regex engine tries only the
alternatives that can start with the letter at hand, in their original order.

``re`` tries every branch of ``\\b(?:will|would|said|...)`` at every word boundary; with two
hundred branches that dominates a scan. ``case_blind_switch`` rewrites the alternation as
``(?i:(?-i:[wW])(?:ill|ould|...)|[sS](?:aid|...)|...)``: the same matches, found faster.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence


def alternatives(source: str) -> list[str]:
    """The top-level branches of a regex source."""
    parts: list[str] = []
    depth, start, i = 0, 0, 0
    in_class = False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a leading "]" is a member
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    return [*parts, source[start:]]


def _first(branch: str) -> str | None:
    """The letter every match of ``branch`` starts with (either case); None if unknown."""
    head = branch[:1]
    return head.lower() if head.isalpha() or head == "'" else None


def _labelled(branches: Sequence[tuple[str | None, str]], names: Iterator[int]) -> str:
    """``b1|b2|...``, each run of neighbouring branches with one label in a group named
    label + a number."""
    runs = itertools.groupby(branches, key=lambda item: item[0])
    return "|".join(
        f"(?P<{label}{next(names)}>{body})" if label else body
        for label, run in runs
        for body in ["|".join(b for _, b in run)]
    )


# ASCII letters that, case-blind, also match a third character ("\u0131" and "\u0130" for
# "i", the Kelvin sign for "k", "\u017f" for "s")
_MORE_CASES = frozenset("iks")


def _head(branch: str) -> str | None:
    """The ASCII letter (or "'") ``branch`` starts with, when no quantifier follows it."""
    first = _first(branch)
    if first is None or not first.isascii() or branch[1:2] in ("*", "+", "?", "{"):
        return None
    return first


def _cases(letter: str) -> str:
    """A class of ``letter`` in either case; case-sensitive where that changes nothing, so
    that the engine rules out a branch starting with it without entering the branch."""
    both = re.escape(letter) + (letter.upper() if letter.upper() != letter else "")
    return f"[{both}]" if letter in _MORE_CASES else f"(?-i:[{both}])"


def _spread(branch: str) -> list[str]:
    """``(?:a|b)rest`` as ``[arest, brest]``: the same matches, tried in the same order, but
    each with a first letter of its own. Other branches stay as they are."""
    if not branch.startswith("(?:"):
        return [branch]
    close = _closing(branch)
    inner, rest = branch[3:close], branch[close + 1 :]
    if re.search(r"\((?!\?)|\(\?P", inner) or rest[:1] in ("*", "+", "?", "{"):
        return [branch]  # a group would be repeated, or the rest would repeat the group
    return [choice + rest for choice in alternatives(inner)]


def _closing(source: str) -> int:
    """Where the group that opens ``source`` closes."""
    depth, i, in_class = 0, 0, False
    while True:
        ch = source[i]
        if ch == "\\":
            i += 1
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1


def case_blind_switch(branches: Sequence[tuple[str | None, str]]) -> str:
    """A regex source matching like ``(?i:b1|b2|...)``. Each branch may carry a label: runs of
    neighbouring branches with one label become a group named label + a number, so
    ``match.lastgroup`` tells which label matched.

    A class takes a branch's first letter, checked before the engine enters the branch, and
    the rest of the branch follows it. A branch with no such letter is tried at every
    position, in its place: the branches before it are grouped apart from those after it."""
    names = itertools.count()
    out: list[str] = []
    run: list[tuple[str | None, str, str]] = []  # label, first letter, the rest

    def close_run() -> None:
        for letter in sorted({head for _, head, _ in run}):
            rest = [(label, tail) for label, head, tail in run if head == letter]
            out.append(f"{_cases(letter)}(?:{_labelled(rest, names)})")
        run.clear()

    for label, branch in [(label, b) for label, whole in branches for b in _spread(whole)]:
        head = _head(branch)
        if head is None:
            close_run()
            out.append(_labelled([(label, branch)], names))
        else:
            run.append((label, head, branch[1:]))
    close_run()
    return "(?i:" + "|".join(out) + ")"


def case_blind_words(source: str) -> str:
    """``(?i:source)`` regrouped by ``case_blind_switch``."""
    return case_blind_switch([(None, b) for b in alternatives(source)])
