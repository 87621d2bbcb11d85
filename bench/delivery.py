"""Delivery benchmark: how fast and how promptly the daemon sends notices, and what it
costs with a large table. Everything runs on 127.0.0.1 against SQLite files in a
temporary folder (removed at the end, as are child processes, even on failure).

    python bench/delivery.py             # all three parts (about 3 minutes)
    python bench/delivery.py --quick     # smaller sizes, to try it out (under a minute)
    python bench/delivery.py --only 2    # one part: 1 throughput, 2 latency, 3 large table
    python bench/delivery.py --profile   # also cProfile the slow parts (top functions)

1. Throughput: N claims already due, an in-process ``Daemon`` with the real clock runs
   passes until all N notices reached a loopback webhook receiver; notices per second.
2. Latency: ``python -m tracker serve`` as a real process (poll_interval 1s), M claims
   due over one minute starting 10 s after creation, each at its own second; the
   receiver's arrival time minus the claim's due moment, per notice: p50, p99, max.
3. Large table: a million claims (100 due) bulk-inserted; ``tracker serve --once`` as a
   process (its peak RSS: VmHWM), then in-process passes and the due-claims query
   alone, timed.

Nothing is asserted: the figures are printed beside the goals.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, text  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402
from sqlmodel import Session, col, select  # noqa: E402

from tracker import claims  # noqa: E402
from tracker.channels.base import Message  # noqa: E402
from tracker.config import Config, build_channels, load_config  # noqa: E402
from tracker.daemon import Daemon  # noqa: E402
from tracker.models import Claim, ClaimStatus, Notice  # noqa: E402
from tracker.parse.types import ClaimKind, Grain, TimeExpr  # noqa: E402
from tracker.store import open_database, session_scope, sqlite_url  # noqa: E402

HOST = "127.0.0.1"
ZONE = ZoneInfo("UTC")
Row = tuple[str, str, str, str]  # measure, value, goal, how it was run


# --- a loopback webhook receiver -------------------------------------------------------------


class Receiver:
    """A ThreadingHTTPServer on 127.0.0.1 that answers 204 and records, per webhook-id,
    the wall-clock time (time.time()) its request arrived."""

    def __init__(self) -> None:
        self.arrivals: dict[str, float] = {}
        self.repeats = 0
        self.lock = threading.Lock()
        self.changed = threading.Condition(self.lock)
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                at = time.time()
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                key = self.headers.get("webhook-id") or "?"
                with receiver.changed:
                    if key in receiver.arrivals:
                        receiver.repeats += 1
                    else:
                        receiver.arrivals[key] = at
                    receiver.changed.notify_all()
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer((HOST, 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://{HOST}:{self.httpd.server_address[1]}/hook"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def count(self) -> int:
        with self.lock:
            return len(self.arrivals)

    def wait_for(self, count: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self.changed:
            while len(self.arrivals) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.changed.wait(min(left, 0.5))
        return True


@contextlib.contextmanager
def receiving() -> Iterator[Receiver]:
    receiver = Receiver()
    receiver.thread.start()
    try:
        yield receiver
    finally:
        receiver.httpd.shutdown()
        receiver.httpd.server_close()
        receiver.thread.join(timeout=5)


# --- setup helpers ---------------------------------------------------------------------------


@contextlib.contextmanager
def workdir() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="tracker-bench-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# The child's peak RSS: VmHWM of its own address space, written at exit by a tiny wrapper
# around ``python -m tracker``. (ru_maxrss from wait4 is not used: on Linux it keeps the
# high-water mark of the forking parent from before exec, here the benchmark itself.)
_WRAPPER = (
    "import atexit, os, runpy, sys\n"
    "def _hwm():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            open(os.environ['BENCH_HWM_FILE'], 'w').write(line.split()[1])\n"
    "atexit.register(_hwm)\n"
    "sys.argv = ['tracker', *sys.argv[1:]]\n"
    "runpy.run_module('tracker', run_name='__main__', alter_sys=True)\n"
)


@contextlib.contextmanager
def child(args: list[str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A tracker process, its output in ``log``; killed (its group) if still running.
    Its peak RSS in KiB is in ``log`` + ".hwm" once it exited normally."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER")}
    env["PYTHONUNBUFFERED"] = "1"
    env["BENCH_HWM_FILE"] = f"{log}.hwm"
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", _WRAPPER, *args],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            yield proc
        finally:
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(timeout=10)


def run_child(args: list[str], log: Path, timeout: float) -> tuple[int, int | None]:
    """Run a tracker command to its end (bounded); its exit code and peak RSS in KiB."""
    with child(args, log) as proc:
        code = proc.wait(timeout=timeout)
    hwm = Path(f"{log}.hwm")
    return code, int(hwm.read_text()) if hwm.exists() else None


def vm_hwm_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def write_config(folder: Path, db: Path, hook_url: str, **daemon: str) -> Path:
    extra = "".join(f'{key} = "{value}"\n' for key, value in daemon.items())
    path = folder / "tracker.toml"
    path.write_text(
        "version = 1\n"
        f'[database]\nurl = "{sqlite_url(db)}"\n'
        '[notices]\nreminders = []\nfollowup_after = "off"\n'
        f"[daemon]\n{extra}"
        f'[channels.hook]\ntype = "webhook"\nurl = "{hook_url}"\ntimeout = 10\n'
    )
    return path


def config_for(path: Path) -> Config:
    return load_config(path, environ={})


def when(due: datetime) -> TimeExpr:
    """A minute-grain time phrase resolved to ``due``."""
    return TimeExpr(
        text=due.isoformat(timespec="seconds"),
        start=0,
        end=19,
        grain=Grain.MINUTE,
        start_at=due,
        end_at=due + timedelta(minutes=1),
        has_time=True,
    )


def add_claims(engine: Engine, config: Config, dues: list[datetime], added: datetime) -> None:
    """Create claims through the library (claims.add), one transaction."""
    with session_scope(engine) as session:
        for n, moment in enumerate(dues):
            due = moment.astimezone(ZONE)  # claims.add keeps due.tzinfo.key
            claims.add(
                session,
                f"bench claim {n}: the agency will publish its report",
                when(due),
                due,
                ClaimKind.DEADLINE,
                config,
                added,
                speaker="Bench Speaker",
            )


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def profile(label: str, run: Callable[[], Any], top: int = 18) -> None:
    """cProfile ``run`` once and print its top functions by cumulative and by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        run()
    finally:
        profiler.disable()
    for key in ("cumulative", "tottime"):
        buffer = io.StringIO()
        pstats.Stats(profiler, stream=buffer).strip_dirs().sort_stats(key).print_stats(top)
        body = buffer.getvalue()
        start = body.find("   ncalls")
        print(f"\n--- profile: {label}, by {key} ---\n{body[start:].rstrip()}", flush=True)


# --- 1. throughput ---------------------------------------------------------------------------


def throughput(count: int, show_profile: bool) -> list[Row]:
    with workdir() as folder, receiving() as receiver:
        path = write_config(folder, folder / "bench.db", receiver.url)
        config = config_for(path)
        engine = open_database(config.database.resolved_url())
        now = datetime.now(UTC)
        add_claims(
            engine, config, [now - timedelta(seconds=1 + n % 60) for n in range(count)],
            now - timedelta(hours=1),
        )
        daemon = Daemon(engine, config, build_channels(config))
        passes = 0

        def drain() -> None:
            nonlocal passes
            for _ in range(count + 10):  # a bound: each pass sends at most batch_size
                passes += 1
                report = daemon.run_once()
                if report.next_wake is None or report.next_wake > daemon.now():
                    break

        started = time.perf_counter()
        if show_profile:
            profile(f"throughput, {count} notices", drain, top=25)
        else:
            drain()
        elapsed = time.perf_counter() - started
        got = receiver.count()

        # the ceiling: the webhook channel alone (same receiver, no database), for scale
        channel = build_channels(config)["hook"]
        sample = min(count, 300)
        moment = datetime.now(ZONE)
        started = time.perf_counter()
        for n in range(sample):
            channel.send(
                Message(id=f"bench_{n}", kind="due", claim_id=n, claim_text="bench",
                        claim_kind="deadline", due_at=moment, tz="UTC", time_text="now",
                        sent_at=moment, scheduled_for=moment)
            )
        send_ms = (time.perf_counter() - started) / sample * 1000
        engine.dispose()
    how = (
        f"in-process Daemon.run_once() with the real clock, {passes} passes "
        f"(batch_size {config.daemon.batch_size}, take {config.daemon.take}); "
        f"{count} claims already due, 1 webhook channel; SQLite file (WAL); the receiver "
        "runs in the same process (shares the GIL)"
    )
    rows = [
        ("throughput: notices/s (webhook, loopback)", f"{got / elapsed:.0f}", "—", how),
        ("throughput: delivered / due, repeats", f"{got}/{count}, {receiver.repeats}",
         f"{count}/{count}, 0", "webhook-ids seen by the receiver"),
        ("throughput: time per notice", f"{elapsed / max(got, 1) * 1000:.2f} ms", "—",
         f"{elapsed:.2f} s wall for {got} notices"),
        ("  of which: webhook send alone", f"{send_ms:.2f} ms", "—",
         f"WebhookChannel.send() x{sample} to the same receiver, no database"),
    ]
    return rows


# --- 2. latency ------------------------------------------------------------------------------


def latency(count: int, spread: int, lead: float) -> list[Row]:
    with workdir() as folder, receiving() as receiver:
        db = folder / "bench.db"
        path = write_config(folder, db, receiver.url, poll_interval="1s")
        config = config_for(path)
        engine = open_database(config.database.resolved_url())
        now = datetime.now(UTC)
        start = (now + timedelta(seconds=lead)).replace(microsecond=0) + timedelta(seconds=1)
        dues = [start + timedelta(seconds=n % spread) for n in range(count)]
        add_claims(engine, config, dues, now)
        log = folder / "serve.log"
        with child(["--config", str(path), "serve"], log) as proc:
            budget = (start - datetime.now(UTC)).total_seconds() + spread + 60
            complete = receiver.wait_for(count, budget)
            if not complete and proc.poll() is not None:
                print(log.read_text()[-3000:], file=sys.stderr)
            hwm = vm_hwm_kib(proc.pid)  # still running: read it from /proc
        with Session(engine) as session:
            due_of = dict(
                session.exec(
                    select(Notice.id, Claim.due_at).join(Claim, col(Notice.claim_id) == Claim.id)
                ).all()
            )
        engine.dispose()
        arrivals = dict(receiver.arrivals)
        late_log = sum(
            " WARNING " in line or " ERROR " in line for line in log.read_text().splitlines()
        )
    delays = [arrivals[key] - due_of[key].timestamp() for key in arrivals if key in due_of]
    if not delays:
        return [("latency", "no notice arrived", "p99 < 2 s", "see the serve log")]
    early = sum(d < 0 for d in delays)
    how = (
        f"python -m tracker serve (poll_interval 1s), {count} claims due over {spread} s "
        f"from start+{lead:g}s ({count / spread:.0f} per second), webhook receiver on loopback"
    )
    return [
        ("latency due→received p50", f"{percentile(delays, 50):.3f} s", "—", how),
        ("latency due→received p99", f"{percentile(delays, 99):.3f} s", "< 2 s", how),
        ("latency due→received max", f"{max(delays):.3f} s", "—",
         f"{len(delays)}/{count} received, {early} before their due moment, "
         f"{receiver.repeats} repeats, {late_log} warnings/errors in the serve log"),
        ("latency: daemon peak RSS (VmHWM)", f"{(hwm or 0) / 1024:.0f} MB", "< 150 MB",
         f"/proc/<pid>/status of the serve process, {count} claims stored"),
    ]


# --- 3. a million claims -----------------------------------------------------------------------


def bulk_insert(engine: Engine, total: int, due: int, now: datetime) -> float:
    """``total`` open claims, ``due`` of them due (next_check_at in the past), the others
    due and checked between 30 days and 5 years ahead. SQLAlchemy core executemany."""
    rng = random.Random(7)
    zones = ["America/New_York", "Europe/London", "Europe/Berlin", "Asia/Tokyo", "UTC"]
    kinds = [k.value for k in ClaimKind]
    started = time.perf_counter()
    chunk = 50_000
    statement = insert(Claim.__table__)  # type: ignore[arg-type]
    due_ids = set(rng.sample(range(total), due))
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA synchronous=OFF")
        for base in range(0, total, chunk):
            rows = []
            for n in range(base, min(base + chunk, total)):
                if n in due_ids:
                    due_at = now - timedelta(seconds=rng.randint(1, 3000))
                    created = due_at - timedelta(days=rng.randint(1, 90))
                else:
                    due_at = now + timedelta(days=30, seconds=rng.randint(0, 5 * 365 * 86400))
                    created = now - timedelta(seconds=rng.randint(0, 3 * 365 * 86400))
                rows.append(
                    {
                        "source_id": None,
                        "fingerprint": f"{n:032x}",
                        "text": f"The ministry will publish the audit of programme {n} "
                        f"by {due_at:%B %d}.",
                        "quote": None,
                        "start": None,
                        "end": None,
                        "kind": kinds[n % len(kinds)],
                        "speaker": f"Speaker {n % 997}",
                        "consequence": None,
                        "time_text": f"by {due_at:%B %d}",
                        "due_at": due_at,
                        "tz": zones[n % len(zones)],
                        "grain": "day",
                        "has_time": False,
                        "confidence": 0.9,
                        "status": ClaimStatus.OPEN.value,
                        "revision": 1,
                        "next_check_at": due_at,
                        "created_at": created,
                        "updated_at": created,
                        "resolved_at": None,
                    }
                )
            conn.execute(statement, rows)
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    return time.perf_counter() - started


def due_query(config: Config, now: datetime) -> Any:
    """The statement Daemon._materialize runs (same shape, same limit)."""
    return (
        select(Claim)
        .where(Claim.status == ClaimStatus.OPEN.value, col(Claim.next_check_at) <= now)
        .order_by(col(Claim.next_check_at))
        .limit(config.daemon.batch_size)
        .with_for_update(skip_locked=True)
    )


def explain(engine: Engine, statement: Any) -> str:
    compiled = statement.compile(engine, compile_kwargs={"literal_binds": True})
    with engine.connect() as conn:
        plan = conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    return "; ".join(str(row[-1]) for row in plan)


def timed_ms(run: Callable[[], Any], repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        out.append((time.perf_counter() - started) * 1000)
    return out


def million(total: int, due: int, show_profile: bool) -> list[Row]:
    rows: list[Row] = []
    with workdir() as folder, receiving() as receiver:
        db = folder / "bench.db"
        path = write_config(folder, db, receiver.url)
        config = config_for(path)

        # reference: the same command on an empty database (imports, engine, migrations)
        empty = folder / "empty.toml"
        empty.write_text(path.read_text().replace(str(db), str(folder / "empty.db")))
        open_database(sqlite_url(folder / "empty.db")).dispose()  # migrate here, not there
        code, base_rss = run_child(
            ["--config", str(empty), "serve", "--once"], folder / "empty.log", 120
        )

        engine = open_database(config.database.resolved_url())
        now = datetime.now(UTC)
        print(f"  inserting {total:,} claims ...", file=sys.stderr, flush=True)
        load_s = bulk_insert(engine, total, due, now)
        size_mb = db.stat().st_size / 1e6
        rows.append((f"load: {total:,} claims (core executemany)", f"{load_s:.1f} s", "—",
                     f"chunks of 50,000, one transaction; file {size_mb:.0f} MB, then ANALYZE"))

        # the due-claims query alone (as _materialize runs it), and _next_wake's
        statement = due_query(config, datetime.now(UTC))
        with Session(engine) as session:
            found = len(session.exec(statement).all())

            def run_query() -> None:
                session.exec(due_query(config, datetime.now(UTC))).all()

            query_ms = timed_ms(run_query, 30)
            wake_stmt = select(func.min(Claim.next_check_at)).where(
                Claim.status == ClaimStatus.OPEN.value
            )
            wake_ms = timed_ms(lambda: session.exec(wake_stmt).one(), 10)
        plan = explain(engine, statement)
        rows.append(("due-claims query alone (median of 30)",
                     f"{statistics.median(query_ms):.2f} ms", "< 20 ms",
                     f"{found} rows, limit {config.daemon.batch_size}; "
                     f"min {min(query_ms):.2f} ms; plan: {plan}"))
        rows.append(("next-wake query min(next_check_at) (median of 10)",
                     f"{statistics.median(wake_ms):.2f} ms", "—",
                     f"plan: {explain(engine, wake_stmt)}"))

        # tracker serve --once as a process: sends the 100 due
        started = time.perf_counter()
        code, rss = run_child(["--config", str(path), "serve", "--once"], folder / "once.log", 300)
        once_s = time.perf_counter() - started
        summary = (folder / "once.log").read_text().strip().splitlines()
        rows.append(("`tracker serve --once`: wall time (process)", f"{once_s:.2f} s", "—",
                     f"exit {code}; {summary[-1] if summary else '?'}; "
                     f"{receiver.count()} webhooks received"))
        rows.append((f"daemon peak RSS (serve --once, {total:,} claims)",
                     f"{(rss or 0) / 1024:.0f} MB", "< 150 MB",
                     "VmHWM of the child (read by it at exit)"))
        rows.append(("  reference: same command, empty database",
                     f"{(base_rss or 0) / 1024:.0f} MB", "—",
                     "imports + engine + one pass, schema already created, nothing stored"))

        # in-process passes: 100 more due (materialise + send), then idle passes
        channels = build_channels(config)
        daemon = Daemon(engine, config, channels)
        bulk_more = [datetime.now(UTC) - timedelta(seconds=1 + n) for n in range(due)]
        add_claims(engine, config, bulk_more, datetime.now(UTC) - timedelta(hours=1))
        before = receiver.count()
        started = time.perf_counter()
        report = daemon.run_once()
        busy_ms = (time.perf_counter() - started) * 1000
        rows.append((f"one pass with {due} due (in-process)", f"{busy_ms:.0f} ms", "—",
                     f"Daemon.run_once(): {report.materialized} materialised, {report.sent} "
                     f"sent ({receiver.count() - before} received)"))
        idle_ms = timed_ms(daemon.run_once, 10)
        rows.append(("one idle pass, nothing due (in-process, median of 10)",
                     f"{statistics.median(idle_ms):.2f} ms", "< 20 ms",
                     f"Daemon.run_once() over {total:,} stored claims: due query + take + "
                     f"next-wake + heartbeat; min {min(idle_ms):.2f} ms"))
        if show_profile:
            more = [datetime.now(UTC) - timedelta(seconds=1 + n) for n in range(due)]
            add_claims(engine, config, more, datetime.now(UTC) - timedelta(hours=1))
            profile(f"one pass with {due} due over {total:,} claims", daemon.run_once)
            profile("one idle pass", daemon.run_once)
        engine.dispose()
    return rows


# --- the table -----------------------------------------------------------------------------


def print_table(rows: list[Row]) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    widths = [max(w, len(h)) for w, h in zip(widths, ("measure", "value", "goal"), strict=True)]
    head = ("measure", "value", "goal", "how it was run")
    line = "  ".join(h.ljust(w) for h, w in zip(head[:3], widths, strict=True)) + "  " + head[3]
    print(line)
    print("-" * len(line))
    for row in rows:
        print("  ".join(v.ljust(w) for v, w in zip(row[:3], widths, strict=True)) + "  " + row[3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for trying")
    parser.add_argument("--only", type=int, choices=(1, 2, 3), help="run one part")
    parser.add_argument("--profile", action="store_true", help="cProfile parts 1 and 3")
    parser.add_argument("--json-out", type=Path, help="also write the rows as JSON here")
    args = parser.parse_args()
    sizes = (
        {"n1": 300, "n2": 200, "spread": 20, "total": 50_000}
        if args.quick
        else {"n1": 2000, "n2": 1000, "spread": 60, "total": 1_000_000}
    )
    import logging

    def stop(signum: int, _frame: Any) -> None:  # SIGTERM/SIGINT: unwind, so cleanup runs
        raise SystemExit(128 + signum)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, stop)
    logging.basicConfig(level=logging.WARNING)  # the in-process daemon logs each send at INFO
    rows: list[Row] = []
    parts = [args.only] if args.only else [1, 2, 3]
    for part in parts:
        print(f"part {part} ...", file=sys.stderr, flush=True)
        if part == 1:
            rows += throughput(sizes["n1"], args.profile)
        elif part == 2:
            rows += latency(sizes["n2"], sizes["spread"], lead=10)
        else:
            rows += million(sizes["total"], 100, args.profile)
    print()
    print_table(rows)
    if args.json_out:
        args.json_out.write_text(json.dumps(rows, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
