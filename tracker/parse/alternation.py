"""Long word alternations, regrouped by first letter so the regex engine tries only the
alternatives that can start with the letter at hand, in their original order.

``re`` tries every branch of ``\\b(?:will|would|said|...)`` at every word boundary; with two
hundred branches that dominates a scan. ``by_first_letter`` rewrites the alternation as
``(?:(?=[wW])(?:will|would|...)|(?=[sS])(?:said|...)|...)``: the same matches, found faster.
"""

from __future__ import annotations

import itertools
import re


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


def by_first_letter(branches: list[tuple[str | None, str]]) -> str:
    """A regex source matching like ``(?:b1|b2|...)``. Each branch may carry a label: runs of
    neighbouring branches with one label become a group named label + a number, so
    ``match.lastgroup`` tells which label matched."""
    names = itertools.count()
    letters = sorted({f for _, b in branches if (f := _first(b))})

    def group(usable: list[tuple[str | None, str]]) -> str:
        runs = itertools.groupby(usable, key=lambda item: item[0])
        return "|".join(
            f"(?P<{label}{next(names)}>{body})" if label else body
            for label, run in runs
            for body in ["|".join(b for _, b in run)]
        )

    def both(c: str) -> str:
        return re.escape(c) + (re.escape(c.upper()) if c.upper() != c else "")

    out = [
        f"(?=[{both(c)}])(?:{group([(k, b) for k, b in branches if _first(b) in (c, None)])})"
        for c in letters
    ]
    rest = [(k, b) for k, b in branches if _first(b) is None]
    if rest:
        out.append(f"(?![{''.join(both(c) for c in letters)}])(?:{group(rest)})")
    return "(?:" + "|".join(out) + ")"


def words(source: str) -> str:
    """``(?:source)`` regrouped by first letter."""
    return by_first_letter([(None, b) for b in alternatives(source)])
