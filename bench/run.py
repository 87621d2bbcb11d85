"""Run every parser benchmark and print our figures beside the peers'.

    python bench/run.py                 # everything (a few minutes)
    python bench/run.py --only speed    # one part: te3, duckling, claims, speed
    python bench/run.py --shared PATH   # where the team's shared/ folder is (default ../shared)

TempEval-3 and Duckling are scored by the team's scorers in shared/bench, run against
``python -m tracker dates --jsonl``; claims by shared/bench/score_claims.py on our own
labelled set (bench/claims/test.jsonl, the test split), beside a dateparser baseline
(bench/baseline.py); speed in one process, tracker's extractor against dateparser's
search_dates on the same text. Nothing here is asserted: the figures are printed.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TRACKER = f"{sys.executable} -m tracker"

# Published or measured figures of the peers, from shared/bench/README.md and issue 3.
ANCHORS = {
    "te3": [
        ("HeidelTime (published, TE3 value F1)", "0.776"),
        ("chrono-node", "0.567"),
        ("dateparser", "0.512"),
    ],
    "duckling": [("chrono-node, forwardDate", "0.374"), ("dateparser, future", "0.251")],
}


def scorer(shared: Path, name: str) -> list[str]:
    return [sys.executable, str(shared / "bench" / name)]


def run_json(command: list[str]) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        out = Path(handle.name)
    result = subprocess.run(
        [*command, "--json-out", str(out)], capture_output=True, text=True, cwd=ROOT
    )
    try:
        if result.returncode != 0 or not out.stat().st_size:
            sys.stderr.write(result.stdout[-2000:] + result.stderr[-2000:])
            raise SystemExit(f"benchmark command failed: {' '.join(command)}")
        return json.loads(out.read_text())
    finally:
        out.unlink(missing_ok=True)


def te3(shared: Path) -> list[tuple[str, str, str]]:
    rows = []
    for split in ("tbaq", "platinum"):
        figures = run_json(
            [
                *scorer(shared, "score_timex.py"),
                "te3",
                "--split",
                split,
                "--cmd",
                TRACKER,
                "--batch",
            ]
        )
        role = "tuning" if split == "tbaq" else "test"
        rows.append(
            (
                f"TempEval-3 {split} ({role}) VALUE_F1",
                f"{figures['value_f1']:.3f}",
                f"span P {figures['span_precision']:.3f} "
                f"R {figures['span_recall_convertible']:.3f}",
            )
        )
    return rows


def duckling(shared: Path) -> list[tuple[str, str, str]]:
    figures = run_json([*scorer(shared, "score_timex.py"), "duckling", "--cmd", TRACKER, "--batch"])
    day = figures["by_grain"].get("day", {})
    day_acc = day.get("ok", 0) / day["n"] if day.get("n") else 0.0
    return [
        (
            "Duckling DUCKLING_ACC",
            f"{figures['accuracy']:.3f}",
            f"day grain {day_acc:.3f}, strict {figures['accuracy_strict']:.3f}",
        )
    ]


def claims(shared: Path) -> list[tuple[str, str, str]]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        all_tune = Path(tmp) / "tune.jsonl"
        tune = sorted((HERE / "claims").glob("tune*.jsonl"))
        all_tune.write_text("".join(path.read_text(encoding="utf-8") for path in tune))
        baseline_file = Path(tmp) / "baseline.jsonl"
        for split, gold in (
            ("tune (all tune*.jsonl)", all_tune),
            ("test", HERE / "claims" / "test.jsonl"),
        ):
            if not gold.exists():
                continue
            ours = run_json(
                [*scorer(shared, "score_claims.py"), str(gold), "--run-tracker", TRACKER, "--batch"]
            )
            subprocess.run(
                [sys.executable, str(HERE / "baseline.py"), str(gold), "-o", str(baseline_file)],
                check=True,
                cwd=ROOT,
            )
            base = run_json([*scorer(shared, "score_claims.py"), str(gold), str(baseline_file)])
            for who, fig in (("tracker", ours), ("dateparser baseline", base)):
                rows.append((f"claims {split}: {who} F1", f"{fig['f1']:.3f}", _claim_detail(fig)))
    return rows


def _claim_detail(fig: dict) -> str:
    # The scorer matches only claims with the right date, so due accuracy is taken over
    # the claims found in the right sentence: matched / (matched + found with a wrong date).
    wrong_date = sum(
        1
        for passage in fig.get("per_passage", [])
        for miss in passage["misses"]
        if miss["why"].startswith("wrong date")
    )
    if fig.get("matched"):
        fig["due_accuracy"] = fig["matched"] / (fig["matched"] + wrong_date)
    keys = [
        ("precision", "P"),
        ("recall", "R"),
        ("due_accuracy", "due"),
        ("speaker_accuracy", "speaker"),
        ("kind_accuracy", "kind"),
        ("predictions_on_zero_claim_passages", "false on empty"),
    ]
    parts = []
    for key, label in keys:
        value = fig.get(key)
        if isinstance(value, float):
            parts.append(f"{label} {value:.3f}")
        elif isinstance(value, int):
            parts.append(f"{label} {value}")
    return ", ".join(parts)


def speed(shared: Path) -> list[tuple[str, str, str]]:
    result = subprocess.run(
        [sys.executable, str(HERE / "speed.py"), "--shared", str(shared)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stderr[-3000:])
        raise SystemExit("speed benchmark failed")
    return [tuple(row) for row in json.loads(result.stdout)]  # type: ignore[misc]


PARTS = {"te3": te3, "duckling": duckling, "claims": claims, "speed": speed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only", choices=sorted(PARTS), action="append")
    args = parser.parse_args()
    if not (args.shared / "bench").is_dir():
        raise SystemExit(f"no bench/ in {args.shared}: pass --shared PATH")
    rows: list[tuple[str, str, str]] = []
    for name in args.only or list(PARTS):
        print(f"running {name} …", file=sys.stderr, flush=True)
        rows.extend(PARTS[name](args.shared))
        rows.extend((f"  peer: {who}", value, "") for who, value in ANCHORS.get(name, []))
    width = max(len(r[0]) for r in rows)
    print(
        f"tracker benchmarks, {date.today()}, {platform.machine()} "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{_cpu()}"
    )
    print(f"{'measure':<{width}}  {'value':>10}  detail")
    for name, value, detail in rows:
        print(f"{name:<{width}}  {value:>10}  {detail}")


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    main()
