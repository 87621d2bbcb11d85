"""The parser: temporal expressions and forward-looking dated claims in news text.

Pure functions: the publication moment is always an argument; no clock, database or network.
"""

from __future__ import annotations

from tracker.parse.claims import extract_claims
from tracker.parse.phrase import resolve_phrase
from tracker.parse.scanner import find_dates

__all__ = ["extract_claims", "find_dates", "resolve_phrase"]
