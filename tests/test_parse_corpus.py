"""The parser against hand-checked answer keys: the seed gazette and the test corpora.

tests/corpus/ holds realistic notices of every form in issue 3 (standing committees,
state council, universities, enterprises, traditional characters, pinyin annotations,
mangled dates, table lists, confirmations...), each NAME.txt beside NAME.gold.json.
tests/corpus_realdev/ holds real notices as published (see its README). Each file is its
own test, so a failure names the form that broke. Traditional characters compare equal
to simplified ones, as in the project scorer.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import opencc
import pytest
from conftest import ROOT, SEED, SEED_GOLD

from ledger.parse import parse_file

CORPUS = Path(__file__).resolve().parent / "corpus"
#: Written independently of the parser and scored before the parser saw it (0.959 strict F1
#: then); kept as a second corpus so that what it taught stays learned.
HOLDOUT = Path(__file__).resolve().parent / "corpus_holdout"
#: A second such set, of harder forms (tables, lists without punctuation, 不再担任…): 0.805
#: strict F1 when first scored.
HOLDOUT2 = Path(__file__).resolve().parent / "corpus_holdout2"
#: A third, written for issue 10 to the variety of real bodies (people's congresses, the
#: state council, letters, law databases, pronouns, acting posts): 0.892 when first scored.
HOLDOUT3 = Path(__file__).resolve().parent / "corpus_holdout3"
#: Real notices from 14 issuers as published (web pages, mirrors, newspapers, law
#: databases): 0.511 strict F1 when they were handed over.
REALDEV = Path(__file__).resolve().parent / "corpus_realdev"
#: Batches written blind to the parser for issue 19, each a slice of the genre, scored before
#: the parser was changed for them (tests/corpus_blind/LOG.md has the first-seen figures).
BLIND = Path(__file__).resolve().parent / "corpus_blind"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
ASKER = ROOT.parent / "shared" / "eval" / "ask.py"
#: 40 realistic notices written blind to the parser, with 25 questions (../shared, when present).
REALISTIC = ROOT.parent / "shared" / "realistic-dev"
_OPENCC_T2S = opencc.OpenCC("t2s").convert


def _T2S(text: str) -> str:
    return _OPENCC_T2S("".join(unicodedata.normalize("NFKC", text).split()))


def gold_notices(gold_file: Path) -> list[dict]:
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        return data.get("notices", [data])
    return data


def gold_events(gold_file: Path) -> Counter:
    return Counter(
        (
            e["action"],
            _T2S(e["person"]),
            _T2S(e["post"]),
            e.get("effective") or n.get("date"),  # (a correction: the corrected notice's day)
            (e.get("qualifiers") or {}).get("probation_until"),
        )
        for n in gold_notices(gold_file)
        for e in n["events"]
    )


@functools.cache
def _parsed(text_file: Path):
    """Each corpus file parsed once, for its own test and the tests that read every corpus."""
    return parse_file(text_file)


def parsed_events(text_file: Path) -> Counter:
    return Counter(
        (e["action"], _T2S(e["person"]), _T2S(e["post"]), e["effective"], e["probation_until"])
        for n in _parsed(text_file).as_json()["notices"]
        for e in n["events"]
    )


FOLDERS = (CORPUS, HOLDOUT, HOLDOUT2, HOLDOUT3, REALDEV)
#: Blind files the parser does not read whole yet (tests/corpus_blind/STILL_WRONG.md): each is
#: an expected failure that says why; one that starts to pass must be taken off the list.
STILL_WRONG = {
    line.split(":", 1)[0].strip("- `"): line.split(":", 1)[1].strip()
    for line in (BLIND / "STILL_WRONG.md").read_text(encoding="utf-8").splitlines()
    if line.startswith("- `")
}


def _key(gold_file: Path) -> str:
    return f"{gold_file.parent.name}/{gold_file.name.removesuffix('.gold.json')}"


def _case(gold_file: Path):
    key = _key(gold_file)
    if key in STILL_WRONG and not STILL_WRONG[key].startswith("events right"):
        return pytest.param(gold_file, marks=pytest.mark.xfail(strict=True, reason=STILL_WRONG[key]), id=key)
    return pytest.param(gold_file, id=key if gold_file.parent.parent == BLIND else gold_file.name[:-10])


CASES = [case for folder in FOLDERS for case in sorted(folder.glob("*.gold.json"))] + sorted(
    BLIND.glob("*/*.gold.json")
)


def test_corpus_is_large_enough():
    notices = sum(len(gold_notices(p)) for p in CASES)
    assert notices >= 40


@pytest.mark.parametrize("gold_file", [_case(p) for p in CASES])
def test_corpus_file_reads_as_its_answer_key(gold_file: Path):
    text_file = gold_file.with_name(gold_file.name.removesuffix(".gold.json") + ".txt")
    assert parsed_events(text_file) == gold_events(gold_file)


def test_seed_gazette_reads_as_its_answer_key():
    assert parsed_events(SEED) == gold_events(SEED_GOLD)


def test_non_personnel_notices_never_become_events():
    for gold_file in (c for c in CASES if _key(c) not in STILL_WRONG):
        text_file = gold_file.with_name(gold_file.name.removesuffix(".gold.json") + ".txt")
        for notice in _parsed(text_file).notices:
            if notice.kind == "other":
                assert notice.events == [] and notice.skipped_reason, (text_file.name, notice.title)


def test_every_personnel_notice_in_the_corpora_can_be_imported():
    """No clause in them is unreadable, so `ledger import` takes each file whole."""
    for gold_file in (c for c in CASES if _key(c) not in STILL_WRONG):
        text_file = gold_file.with_name(gold_file.name.removesuffix(".gold.json") + ".txt")
        for notice in _parsed(text_file).notices:
            fatal = [issue for issue in notice.issues if issue.fatal]
            assert not (notice.is_personnel and fatal), (text_file.name, fatal)


@pytest.mark.slow
@pytest.mark.skipif(not SCORER.exists(), reason="the project scorer lives in ../shared/eval, not present here")
@pytest.mark.parametrize(
    "folder",
    [CORPUS, HOLDOUT, HOLDOUT2, HOLDOUT3, REALDEV, SEED.parent],
    ids=["corpus", "holdout", "holdout2", "holdout3", "realdev", "seed"],
)
def test_project_scorer_gives_strict_f1_at_least_0_98(folder: Path, tmp_path: Path):
    if folder == SEED.parent:  # the scorer wants NAME.txt beside NAME.gold.json
        folder = tmp_path
        (folder / SEED.name).write_bytes(SEED.read_bytes())
        (folder / SEED_GOLD.name).write_bytes(SEED_GOLD.read_bytes())
    cmd = f"{sys.executable} -m ledger parse {{file}} --json"
    result = subprocess.run(
        [sys.executable, str(SCORER), str(folder), "--cmd", cmd], capture_output=True, text=True, timeout=900
    )
    last = result.stdout.strip().splitlines()[-1]
    f1 = float(last.rsplit("F1", 1)[1])
    assert f1 >= 0.98, result.stdout[-3000:]


@pytest.mark.slow
@pytest.mark.skipif(not (SCORER.exists() and REALISTIC.exists()), reason="../shared/eval and realistic-dev not present")
def test_project_scorer_on_realistic_dev_gives_at_least_0_99():
    cmd = f"{sys.executable} -m ledger parse {{file}} --json"
    result = subprocess.run(
        [sys.executable, str(SCORER), str(REALISTIC), "--cmd", cmd], capture_output=True, text=True, timeout=900
    )
    f1 = float(result.stdout.strip().splitlines()[-1].rsplit("F1", 1)[1])
    assert f1 >= 0.99, result.stdout[-3000:]


@pytest.mark.slow
@pytest.mark.skipif(not (ASKER.exists() and REALISTIC.exists()), reason="../shared/eval and realistic-dev not present")
def test_realistic_dev_questions_are_all_answered_right_through_the_cli():
    ledger = Path(sys.executable).parent / "ledger"
    result = subprocess.run(
        [sys.executable, str(ASKER), str(ledger), str(REALISTIC)], capture_output=True, text=True, timeout=900
    )
    right, total = result.stdout.strip().splitlines()[-1].removeprefix("queries: ").split()[0].split("/")
    assert right == total, result.stdout[-3000:]
