"""Benchmarks: import and query figures, each beside a baseline measured in the same run.

    python -m ledger.bench                         # 10k, 100k and 1M events on SQLite
    python -m ledger.bench --sizes 10000 --postgres postgresql+psycopg://…
    python -m ledger.bench generate --events 10000 --out DIR

Figures are printed as a Markdown table (the README's performance section is a copy).
Nothing here is a test: targets are reported with their ratio, never asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .corpus import generate

LEDGER = [sys.executable, "-m", "ledger"]


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, check=False, **kwargs)


def process_time(args: list[str], repeat: int = 7) -> float:
    """Median wall time of a whole process."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = run(args)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(args)} failed: {result.stderr[-500:]}")
    return statistics.median(times)


def corpus(workdir: Path, events: int) -> Path:
    folder = workdir / f"corpus-{events}"
    marker = folder / ".complete"
    if not marker.exists():
        generate(folder, events, seed=events % 1000 + 1)
        marker.write_text("ok")
    return folder


def parse_alone(folder: Path) -> tuple[float, int]:
    from ledger.parse import parse_file

    count = 0

    def go() -> None:
        nonlocal count
        for path in sorted(folder.glob("*.txt")):
            count += sum(len(n.events) for n in parse_file(path).notices)

    return timed(go), count


def raw_insert(folder: Path, db: Path) -> float:
    """The same rows through sqlite3 executemany, one transaction, into the same schema."""
    from ledger.db import open_database

    open_database(str(db)).dispose()  # the schema, indexes and triggers of a real ledger
    notices, events = [], []
    for n, gold in enumerate(sorted(folder.glob("*.gold.json"))):
        for m, notice in enumerate(json.loads(gold.read_text(encoding="utf-8"))):
            notice_id = n * 1000 + m + 1
            notices.append((notice_id, f"{notice_id:064d}", notice["doc_no"], notice["date"], "x", "now"))
            for seq, e in enumerate(notice["events"]):
                until = (e.get("qualifiers") or {}).get("probation_until")
                events.append(
                    (notice_id, seq, e["action"], e["person"], e["post"], notice["date"], until, "[]", 1, "c")
                )
    conn = sqlite3.connect(db, isolation_level=None)

    def go() -> None:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO notices (id, content_hash, doc_no, date, source_file, imported_at, first_line, last_line,"
            " text) VALUES (?, ?, ?, ?, ?, ?, 1, 1, '')",
            notices,
        )
        conn.executemany(
            "INSERT INTO events (notice_id, seq, action, person, post, effective, probation_until, qualifiers,"
            " line, clause) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            events,
        )
        conn.execute("COMMIT")

    seconds = timed(go)
    conn.close()
    return seconds


#: Runs the import as its child and reports the largest resident size among it and its workers.
#: (Measured from a small wrapper: a child forked from this process would count this
#: process's own memory, the benchmark's row lists, as its peak before it execs.)
_PEAK = """
import resource, subprocess, sys, time
start = time.perf_counter()
result = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(time.perf_counter() - start, usage.ru_maxrss, result.returncode, usage.ru_oublock)
sys.stderr.write(result.stderr)
"""


def ledger_import(folder: Path, db: str) -> tuple[float, float, float]:
    """(seconds, peak MB of the largest process, MB written to disk) for `ledger import
    FOLDER` in a new process."""
    result = run([sys.executable, "-c", _PEAK, *LEDGER, "--db", db, "import", str(folder), "--json"])
    seconds, peak_kb, code, blocks = result.stdout.split()
    if code != "0":
        raise SystemExit(f"import failed: {result.stderr[-2000:]}")
    return float(seconds), int(peak_kb) / 1024, int(blocks) * 512 / 1e6


#: Query commands as a clerk types them (a table, to a pipe at 120 columns), whole processes.
COMMANDS = (
    ("who-holds 主任", ["who-holds", "主任"]),
    ("roster 街道", ["roster", "街道"]),
    ("search zhang", ["search", "zhang"]),
    ("notices", ["notices"]),
    ("changes (a year)", ["changes", "--from", "2024-01-01", "--to", "2024-12-31"]),
    ("expiring-probations", ["expiring-probations"]),
    ("person 张伟", ["person", "张伟"]),
    ("post 主任", ["post", "主任"]),
    ("org 街道", ["org", "街道"]),
    ("vacancies", ["vacancies"]),
    ("due", ["due"]),
    ("check", ["check"]),
)


def command_figures(db: Path, repeat: int = 3) -> dict[str, float]:
    """Median whole-process seconds of each of COMMANDS."""
    os.environ["COLUMNS"] = "120"
    return {name: process_time([*LEDGER, "--db", str(db), *args], repeat=repeat) for name, args in COMMANDS}


RAW_DEMO = """
import sqlite3, sys
c = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print(c.execute("SELECT e.person, n.doc_no FROM events e JOIN notices n ON n.id = e.notice_id "
                "WHERE e.post LIKE '%王官庄街道办事处主任' AND e.effective <= '2024-05-01' "
                "ORDER BY e.effective DESC LIMIT 1").fetchall())
"""


def start_up(workdir: Path) -> None:
    """Start-up on the demo gazette's ledger, each beside its baseline, in the same run."""
    seed = Path(__file__).resolve().parents[2] / "data" / "000_2382a5a68e7547d5.txt"
    if not seed.exists():
        print("start-up: not measured (the demo gazette is in a source checkout's data/, not installed)")
        return
    demo = workdir / "demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{demo}{suffix}").unlink(missing_ok=True)
    run([*LEDGER, "--db", str(demo), "import", str(seed)])
    python = process_time([sys.executable, "-c", "pass"], repeat=11)
    raw = process_time([sys.executable, "-c", RAW_DEMO, str(demo)], repeat=11)
    helped = process_time([*LEDGER, "--help"], repeat=11)
    question = ["who-holds", "王官庄街道办事处主任", "--on", "2024-05-01"]
    asked = process_time([*LEDGER, "--db", str(demo), *question], repeat=11)
    print(f"start-up (medians of 11): `python -c pass` {python * 1000:.0f} ms; "
          f"`ledger --help` {helped * 1000:.0f} ms (+{(helped - python) * 1000:.0f} ms, goal +80 ms); "
          f"`ledger who-holds` on the demo ledger {asked * 1000:.0f} ms (+{(asked - python) * 1000:.0f} ms, "
          f"goal +150 ms) vs the same answer by a raw sqlite3 script {raw * 1000:.0f} ms "
          f"({asked / raw:.1f}×)")  # fmt: skip


def query_figures(db: str, folder: Path) -> dict[str, float]:
    """Median in-process milliseconds of who-holds, person and roster over sampled names."""
    from ledger.api import Ledger

    rng = random.Random(7)
    golds = sorted(folder.glob("*.gold.json"))
    events = [e for g in rng.sample(golds, min(20, len(golds))) for n in json.loads(g.read_text()) for e in n["events"]]
    sample = rng.sample(events, min(40, len(events)))
    book = Ledger(db)
    book.engine  # noqa: B018 - open (and migrate) outside the timings
    day = dt.date(2030, 1, 1)
    figures = {}
    from ledger.posts import organisation

    # the questions users ask: one post by the tail that names it (济南市… dropped), one
    # person, one organisation's roster
    for name, call in (
        ("who-holds", lambda e: book.who_holds(e["post"][3:], day)),
        ("person", lambda e: book.career(e["person"])),
        ("roster", lambda e: book.roster(organisation(e["post"])[3:], day)),
    ):
        times = []
        for e in sample:
            start = time.perf_counter()
            try:
                call(e)
            except Exception:  # a sampled name may match nothing; the time still counts
                pass
            times.append((time.perf_counter() - start) * 1000)
        figures[name] = statistics.median(times)
    return figures


RAW_WHO_HOLDS = """
import sqlite3, sys
q = sys.argv[2][::-1]
c = sqlite3.connect(sys.argv[1])
posts = [r[0] for r in c.execute("select name from posts where name_reversed >= ? and name_reversed < ?",
                                 (q, q[:-1] + chr(ord(q[-1]) + 1)))]
marks = ",".join("?" * len(posts))
for row in c.execute(f"select e.person, e.post, e.action, e.effective, n.doc_no from events e join notices n"
                     f" on n.id = e.notice_id where e.post in ({marks}) order by e.effective", posts):
    print(row)
"""


def cli_figures(db: Path, post: str) -> tuple[float, float]:
    """(ledger who-holds process, python -c raw sqlite3 process) median seconds."""
    cli = process_time([*LEDGER, "--db", str(db), "who-holds", post, "--on", "2030-01-01", "--json"])
    raw = process_time([sys.executable, "-c", RAW_WHO_HOLDS, str(db), post])
    return cli, raw


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m ledger.bench", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command")
    gen = sub.add_parser("generate", help="write a corpus of NAME.txt + NAME.gold.json")
    gen.add_argument("--events", type=int, default=10_000)
    gen.add_argument("--out", type=Path, required=True)
    gen.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--postgres", help="a PostgreSQL URL to measure as well (a fresh database)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "ledger-bench")
    opts = parser.parse_args()
    if opts.command == "generate":
        files, events = generate(opts.out, opts.events, opts.seed)
        print(f"wrote {files} files, {events} events to {opts.out}")
        return
    opts.workdir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}; {dt.date.today()}")  # fmt: skip
    start_up(opts.workdir)
    print()
    print("| events | parse alone | raw sqlite3 insert | ledger import | import / raw insert | events/s | peak MB |"
          " MB written / ledger MB | who-holds ms | person ms | roster ms | CLI who-holds vs raw sqlite3 process |"
          " ledger verify |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    commands: dict[int, dict[str, float]] = {}
    for size in (int(s) for s in opts.sizes.split(",")):
        folder = corpus(opts.workdir, size)
        parse_s, count = parse_alone(folder)
        raw_db = opts.workdir / f"raw-{size}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{raw_db}{suffix}").unlink(missing_ok=True)
        raw_s = raw_insert(folder, raw_db)
        db = opts.workdir / f"ledger-{size}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        import_s, peak, written = ledger_import(folder, str(db))
        size_mb = sum(Path(f"{db}{suffix}").stat().st_size for suffix in ("", "-wal") if Path(f"{db}{suffix}").exists())
        size_mb /= 1e6
        q = query_figures(str(db), folder)
        post = json.loads(next(folder.glob("*.gold.json")).read_text())[0]["events"][0]["post"][3:]
        cli_s, raw_cli_s = cli_figures(db, post)
        verify_s = process_time([*LEDGER, "--db", str(db), "verify"], repeat=3)  # the whole chain, recomputed
        commands[count] = command_figures(db, repeat=3 if size < 1_000_000 else 1)
        print(f"| {count:,} | {parse_s:.1f} s | {raw_s:.1f} s | {import_s:.1f} s | {import_s / raw_s:.1f}× |"
              f" {count / import_s:,.0f} | {peak:.0f} | {written:,.0f} / {size_mb:,.0f} ({written / size_mb:.1f}×) |"
              f" {q['who-holds']:.1f} | {q['person']:.1f} | {q['roster']:.1f} |"
              f" {cli_s * 1000:.0f} ms vs {raw_cli_s * 1000:.0f} ms ({cli_s / raw_cli_s:.1f}×) |"
              f" {verify_s:.2f} s |")  # fmt: skip
        if opts.postgres:
            from sqlalchemy import create_engine, text

            admin = create_engine(opts.postgres, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f"DROP SCHEMA IF EXISTS bench_{size} CASCADE"))
                conn.execute(text(f"CREATE SCHEMA bench_{size}"))
            url = f"{opts.postgres}{'&' if '?' in opts.postgres else '?'}options=-csearch_path%3Dbench_{size}"
            pg_s, pg_peak, _ = ledger_import(folder, url)
            pq = query_figures(url, folder)
            print(f"| {count:,} (PostgreSQL) | | | {pg_s:.1f} s | {pg_s / raw_s:.1f}× |"
                  f" {count / pg_s:,.0f} | {pg_peak:.0f} | | {pq['who-holds']:.1f} | {pq['person']:.1f} |"
                  f" {pq['roster']:.1f} | | |")  # fmt: skip
    print()
    print("Query commands, whole process, median seconds (goal: under 0.5 s at 100k, 1.5 s at 1M; `check` 5 s at 1M):")
    print()
    sizes = list(commands)
    print("| command | " + " | ".join(f"{n:,} events" for n in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    for name, _ in COMMANDS:
        print(f"| `ledger {name}` | " + " | ".join(f"{commands[n][name]:.2f} s" for n in sizes) + " |")


if __name__ == "__main__":
    main()
