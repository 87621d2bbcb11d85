"""The dateparser baseline for the claims benchmark: every sentence holding a date on or
after the publication day is a claim (one per distinct date), as a user would build a
claim finder from dateparser's search_dates.

    python bench/baseline.py GOLD.jsonl -o PREDICTIONS.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import warnings
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from dateparser.search import search_dates

SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def claims_of(text: str, published: datetime) -> list[dict[str, object]]:
    base = published.replace(tzinfo=None)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period"}
    found: list[dict[str, object]] = []
    for match in SENTENCE.finditer(text):
        seen: set[str] = set()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            hits = search_dates(match.group(), languages=["en"], settings=settings) or []
        for phrase, moment in hits:
            if moment.date() < base.date() or moment.date().isoformat() in seen:
                continue
            seen.add(moment.date().isoformat())
            found.append(
                {
                    "text": match.group().strip(),
                    "start": match.start(),
                    "end": match.end(),
                    "due": moment.replace(tzinfo=published.tzinfo).isoformat(),
                    "due_date": moment.date().isoformat(),
                    "time_text": phrase,
                    "speaker": None,
                    "kind": "deadline",
                }
            )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    with args.gold.open() as src, args.output.open("w") as out:
        for line in src:
            if not line.strip():
                continue
            item = json.loads(line)
            published = datetime.fromisoformat(item["published"]).astimezone(ZoneInfo(item["tz"]))
            claims = claims_of(item["text"], published)
            out.write(json.dumps({"id": item["id"], "claims": claims}) + "\n")


if __name__ == "__main__":
    main()
