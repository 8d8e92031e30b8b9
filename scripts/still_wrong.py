"""Regenerate tests/corpus_blind/STILL_WRONG.md: the blind files the parser does not read whole.

    python scripts/still_wrong.py            # every batch folder under tests/corpus_blind/

Each line names a file and, in a few words, what differs from its answer key; the corpus test
turns each line into a strict expected failure, so the list must be regenerated (and read)
whenever the parser or a batch changes."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

import opencc

from ledger.parse import parse_file

BLIND = Path(__file__).resolve().parent.parent / "tests" / "corpus_blind"
_OPENCC_T2S = opencc.OpenCC("t2s").convert


def _T2S(text: str) -> str:
    return _OPENCC_T2S("".join(unicodedata.normalize("NFKC", text).split()))


HEAD = """# Blind files not yet read whole

Each is an expected failure of `tests/test_parse_corpus.py` (strict xfail: it fails the suite
once it passes, so the list stays true). What the parser still gets wrong, in a few words:

"""


def _probation_until(event: dict) -> str | None:
    return (event.get("qualifiers") or {}).get("probation_until")


def _gold(gold_file: Path) -> list[tuple]:
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    notices = data.get("notices", [data]) if isinstance(data, dict) else data
    return [
        (e["action"], _T2S(e["person"]), _T2S(e["post"]), e.get("effective") or n.get("date"), _probation_until(e))
        for n in notices
        for e in n["events"]
    ]


def what_differs(gold_file: Path) -> str | None:
    text_file = gold_file.with_name(gold_file.name.removesuffix(".gold.json") + ".txt")
    parsed = parse_file(text_file).as_json()["notices"]
    got = [
        (e["action"], _T2S(e["person"]), _T2S(e["post"]), e["effective"], e["probation_until"])
        for n in parsed
        for e in n["events"]
    ]
    gold = _gold(gold_file)
    open_items = sum(len(n.get("open_items", [])) for n in parsed)
    if Counter(got) == Counter(gold):
        return f"events right, {open_items} open items" if open_items else None
    triples = Counter(g[:3] for g in gold), Counter(g[:3] for g in got)
    missed, extra = sum((triples[0] - triples[1]).values()), sum((triples[1] - triples[0]).values())
    parts = [f"{missed} missed"] * bool(missed) + [f"{extra} extra"] * bool(extra)
    dates = Counter(g[:4] for g in gold), Counter(g[:4] for g in got)
    wrong_dates = sum((dates[0] - dates[1]).values()) - missed
    if wrong_dates > 0:
        parts.append(f"{wrong_dates} dates")
    if not parts:
        parts.append("probation ends or qualifiers")
    if open_items:
        parts.append(f"{open_items} open items")
    return ", ".join(parts)


def main() -> None:
    lines = []
    for gold_file in sorted(BLIND.glob("*/*.gold.json")):
        why = what_differs(gold_file)
        if why:
            lines.append(f"- `{gold_file.parent.name}/{gold_file.name.removesuffix('.gold.json')}`: {why}\n")
    (BLIND / "STILL_WRONG.md").write_text(HEAD + "".join(lines), encoding="utf-8")
    print(f"{len(lines)} files not read whole")


if __name__ == "__main__":
    main()
