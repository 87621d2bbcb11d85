#!/usr/bin/env python3
"""Generate the blind-written tuning passages of the dated-claims benchmark (tune_blind.jsonl).

The passages live in the tune_blind_*.py files beside this one, written on 2026-11-27 the
same way as the test split (holdout.py): by sessions that had not seen the parser's code or
output, following the rules of README.md, built with build.py's date rules and checks. They
are for tuning: text the parser was not shaped around, in the style of the test split.

Run:  python3 bench/claims/tune_blind.py  (writes tune_blind.jsonl beside this file)
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from build import write_modules

if __name__ == "__main__":
    write_modules("tune_blind_*.py", "tune_blind.jsonl", "tune_blind")
