"""Parser speed beside a baseline, measured in the same run.

    python -m ledger.bench.parser CORPUS --baseline /path/to/checkout-at-the-old-commit
    python -m ledger.bench.parser CORPUS --profile     # where this checkout's parser spends its time

Every measurement is a fresh process that reads the corpus into memory, parses a small
built-in notice once (imports, converters and compiled patterns are ready, but no cache
has seen the corpus), then times one pass of ``parse_bytes`` over every ``*.txt`` file in
CPU seconds (other load on a shared machine is not counted); each file's result is hashed
and dropped outside the timing, as an import writes and drops it.
Baseline and this checkout alternate, ``--rounds`` times each; the best pass of each side
is reported as events per second on one core, with the ratio. Both sides' notices
(metadata and events) are hashed, so a figure is printed only for parsers that agree on every
file.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import ledger

#: Runs inside the measured process, with PYTHONPATH naming the checkout to measure.
_WORKER = r"""
import hashlib, json, sys, time
from pathlib import Path
import ledger
from ledger.parse import parse_bytes

WARM_UP = '''某区人民政府
关于张三等同志任免职务的通知
区政府各部门：
区政府决定：
任命张三同志为某区教育局局长（试用期一年）；
免去李四同志的某区财政局副局长职务。
某区人民政府
2024年5月1日
'''
files = [(str(p), p.read_bytes()) for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
parse_bytes(WARM_UP.encode(), "warm-up.txt")
clock = time.process_time  # CPU time of this process: a shared machine's other load is not counted
events = 0
seconds = 0.0
digest = hashlib.sha256()
for name, data in files:
    start = clock()
    result = parse_bytes(data, name)
    seconds += clock() - start
    # as an import does, each file's result is used, then dropped (outside the timing)
    events += sum(len(n.events) for n in result.notices)
    # what both sides must agree on: each notice's metadata and events (a newer parser may add keys)
    for notice in result.as_json()["notices"]:
        kept = {key: notice.get(key) for key in ("title", "issuer", "date", "doc_no", "kind", "events")}
        digest.update(json.dumps(kept, ensure_ascii=False, sort_keys=True).encode())
    del result
print(json.dumps({"events": events, "files": len(files), "seconds": seconds, "digest": digest.hexdigest(),
                  "root": str(Path(ledger.__file__).parent.parent)}))
"""


def measure(root: Path, corpus: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(root))
    result = subprocess.run(
        [sys.executable, "-P", "-c", _WORKER, str(corpus.resolve())],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"measuring {root} failed:\n{result.stderr[-3000:]}")
    figures = json.loads(result.stdout)
    if Path(figures["root"]).resolve() != root.resolve():
        raise SystemExit(f"asked to measure {root}, but {figures['root']} was imported")
    return figures


def profile(corpus: Path, top: int) -> None:
    """cProfile of one pass in this process; functions by cumulative time, as % of the pass."""
    import cProfile
    import pstats

    from ledger.parse import parse_bytes

    files = [(str(p), p.read_bytes()) for p in sorted(corpus.glob("*.txt"))]
    profiler = cProfile.Profile()
    profiler.enable()
    for name, data in files:
        parse_bytes(data, name)
    profiler.disable()
    stats = pstats.Stats(profiler)
    rows = stats.stats  # type: ignore[attr-defined]
    total = max(cumulative for _, _, _, cumulative, _ in rows.values())
    print(f"{'cumulative':>10} {'own':>6} {'calls':>9}  function")
    ranked = sorted(rows.items(), key=lambda item: item[1][3], reverse=True)
    for (file, line, function), (_, calls, own, cumulative, _) in ranked[:top]:
        place = f"{Path(file).parent.name}/{Path(file).name}:{line}" if file != "~" else ""
        print(f"{cumulative / total:10.1%} {own / total:6.1%} {calls:9,}  {function} {place}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m ledger.bench.parser", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of *.txt notices (python -m ledger.bench generate)")
    parser.add_argument("--baseline", type=Path, help="a checkout of the parser to compare with")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="profile this checkout instead")
    parser.add_argument("--top", type=int, default=30)
    opts = parser.parse_args()
    if opts.profile:
        profile(opts.corpus, opts.top)
        return
    here = Path(ledger.__file__).resolve().parent.parent
    sides = {"baseline": opts.baseline, "this": here} if opts.baseline else {"this": here}
    best: dict[str, dict] = {}
    for _ in range(opts.rounds):
        for side, root in sides.items():  # alternating, so both see the same load on a shared machine
            figures = measure(root, opts.corpus)
            if side not in best or figures["seconds"] < best[side]["seconds"]:
                best[side] = figures
    for side, figures in best.items():
        rate = figures["events"] / figures["seconds"]
        print(f"{side:<9} {figures['seconds']:7.3f} s  {rate:10,.0f} events/s  ({sides[side]})")
    if opts.baseline:
        this, base = best["this"], best["baseline"]
        if (this["events"], this["digest"]) != (base["events"], base["digest"]):
            raise SystemExit("the two parsers disagree on this corpus: no speed figure")
        print(f"{this['events']:,} events in {this['files']} files, identical output; best of {opts.rounds} rounds")
        print(f"ratio     {base['seconds'] / this['seconds']:.2f}×")


if __name__ == "__main__":
    main()
