#!/usr/bin/env python3
"""Generate the blind-written tuning passages of the dated-claims benchmark (tune_blind.jsonl).

The passages live in the tune_blind_*.py files beside this one, written on 2026-11-27 the
same way as the test split (holdout.py): by sessions that had not seen the parser's code or
output, following the rules of README.md, built with build.py's date rules and checks. They
are for tuning: text the parser was not shaped around, in the style of the test split.

Run:  python3 bench/claims/tune_blind.py  (writes tune_blind.jsonl beside this file)
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from build import HERE, build, summary, write

SOURCES = [
    importlib.import_module(path.stem) for path in sorted(Path(HERE).glob("tune_blind_*.py"))
]


def main() -> None:
    rows = build([p for source in SOURCES for p in source.PASSAGES])
    write(os.path.join(HERE, "tune_blind.jsonl"), rows)
    print("tune_blind", summary(rows))
    if "-v" in sys.argv:
        tags = sorted({t for r in rows for t in r["tags"]})
        for t in tags:
            print(f"  {t:28s} {sum(t in r['tags'] for r in rows):3d}")


if __name__ == "__main__":
    main()
