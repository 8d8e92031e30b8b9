"""Time each stage of the parser on a folder of notices, so a parser change is measured.

    python -m ledger.bench.stages DIR [--repeat 3]

Prints seconds per stage (best of ``--repeat`` runs) and events per second. Stages are
the pipeline's own functions run in order on every file: decode → normalise →
split_notices → read_metadata → read_clauses.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ledger.parse import decode, normalise, split_notices
from ledger.parse.clauses import read_clauses
from ledger.parse.metadata import read_metadata


def measure(folder: Path) -> tuple[dict[str, float], int]:
    stages = dict.fromkeys(("decode", "normalise", "split_notices", "read_metadata", "read_clauses"), 0.0)
    events = 0
    clock = time.perf_counter
    for path in sorted(folder.glob("*.txt")):
        data = path.read_bytes()
        t0 = clock()
        text = decode(data, str(path))
        t1 = clock()
        lines = normalise(text)
        t2 = clock()
        blocks = split_notices(lines)
        t3 = clock()
        metas = [read_metadata(block) for block in blocks]
        t4 = clock()
        for meta in metas:
            events += len(read_clauses(meta.body, meta.date)[0])
        t5 = clock()
        for name, spent in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            stages[name] += spent
    return stages, events


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m ledger.bench.stages", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    opts = parser.parse_args()
    best: dict[str, float] = {}
    events = 0
    for _ in range(opts.repeat):
        stages, events = measure(opts.folder)
        best = {name: min(spent, best.get(name, spent)) for name, spent in stages.items()}
    total = sum(best.values())
    print(f"{events:,} events from {opts.folder} (best of {opts.repeat})")
    for name, spent in best.items():
        print(f"  {name:<14} {spent:7.2f} s  {spent / total:6.1%}")
    print(f"  {'total':<14} {total:7.2f} s  {events / total:,.0f} events/s")


if __name__ == "__main__":
    main()
