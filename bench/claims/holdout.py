#!/usr/bin/env python3
"""Generate the held-out test split of the dated-claims benchmark (test.jsonl).

The passages live in the holdout_*.py files beside this one, written on 2026-11-27 by
sessions that had not seen the parser's code or output, in two batches (the second, the files
ending in 2, joined unscored); they follow the rules of README.md
and are built with build.py's date rules and checks (quotes are exact substrings inside one
scorer sentence, every due range is computed from the publication moment, `real=` dates lie
inside their range).  Nobody tunes on this file: it is scored, never read for errors.

Run:  python3 bench/claims/holdout.py    (writes test.jsonl beside this file)
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from build import write_modules

if __name__ == "__main__":
    write_modules("holdout_*.py", "test.jsonl", "test  ")
