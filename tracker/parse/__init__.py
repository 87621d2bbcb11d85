"""The parser: temporal expressions and forward-looking dated claims in news text.

Pure functions: the publication moment is always an argument; no clock, database or network.
The entry points load on first use: compiling the rules takes a quarter of a second, which a
command that never parses (``tracker list``, ``--help``) should not pay.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tracker.parse.claims import extract_claims
    from tracker.parse.phrase import resolve_phrase
    from tracker.parse.scanner import find_dates

__all__ = ["extract_claims", "find_dates", "resolve_phrase"]
_HOME = {"extract_claims": "claims", "find_dates": "scanner", "resolve_phrase": "phrase"}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
