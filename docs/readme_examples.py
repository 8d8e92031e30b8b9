"""The README's examples, run for real: README.md's cog blocks call ``start()`` once and then
``show(command, ...)``, which runs each command and prints it as ``$ command`` followed by
what it printed.

    cog -r README.md              # regenerate every output in place
    cog --check --diff README.md  # what tests/test_readme.py does: fail on any difference

Every command runs through ``bash -c`` (pipes and redirections work as typed) in a scratch
folder made by ``start()``: the demo gazette in ``data/``, and the other files the examples
name (``gazette.pdf``, ``bad.txt``, ``inbox/``, ``v2.txt``), built by code from the seed as
``tests/documents.py`` builds the tests' documents. The ledger is ``ledger.db`` in that folder,
built by the README's own import example: examples run in README order and each sees what the
ones before it did, as for a reader following along.

``ledger`` is the one of the Python running this module (``sys.executable -m ledger``), never
the database of the caller's environment: LEDGER_DB and LEDGER_TEST_DATABASE_URL are dropped.
The few values that differ from run to run are masked (``_mask_moments``, ``_mask_hashes``).
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "000_2382a5a68e7547d5.txt"

#: The day the examples take as today (durations "so far", default --on, a timeline's today line).
TODAY = "2026-11-27"

#: What every example runs with: a fixed today and zone, no colour, plain UTF-8. No COLUMNS: stdout
#: is a pipe, so tables are as wide as they need (an example that wants 80 columns says COLUMNS=80).
ENV = {"LEDGER_TODAY": TODAY, "TZ": "Asia/Shanghai", "NO_COLOR": "1", "PYTHONUTF8": "1", "LC_ALL": "C.UTF-8"}
#: Who the examples run as, whoever runs them: the account named where a person asserts or resolves.
ENV |= {"LOGNAME": "clerk", "USER": "clerk"}
#: Dropped from the caller's environment: another database, a width, colour or debugging asked for there.
DROPPED = (
    "LEDGER_DB",
    "LEDGER_TEST_DATABASE_URL",
    "LEDGER_DEBUG",
    "COLUMNS",
    "LINES",
    "FORCE_COLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
)

#: When a notice was imported or retracted: the clock at the run, in `ledger notices`
#: (2026-11-27 12:42:22+08:00) and, with a T, in `ledger notice`, verify's errors and the message
#: about a notice known with other text. It becomes TODAY at 10:00:00, the separator, the zone and
#: the precision kept. A date alone (2024-04-20) is never a moment of the run: left as it is.
_MOMENT = re.compile(r"\b\d{4}-\d\d-\d\d([T ])\d\d:\d\d(:\d\d)?\b")


def _mask_moments(text: str) -> str:
    return _MOMENT.sub(lambda m: f"{TODAY}{m[1]}10:00{':00' if m[2] else ''}", text)


_scratch: Path | None = None


def start() -> Path:
    """A fresh scratch folder with every file the examples use (once per cog run)."""
    global _scratch
    if _scratch is not None:
        shutil.rmtree(_scratch, ignore_errors=True)
    _scratch = Path(tempfile.mkdtemp(prefix="ledger-readme-"))
    _hashes.clear()
    atexit.register(shutil.rmtree, _scratch, ignore_errors=True)
    _build(_scratch)
    return _scratch


def show(*commands: str, pause: str = "") -> None:
    """Run each command and write a fenced block: ``$ command``, its output, ``(exit N)`` when not 0.

    stdout and stderr share one pipe, so messages stand where a terminal shows them. Blank lines
    are the commands' own, plus one after an output that does not end with one. A command that
    starts with ``pause`` waits for the clock's next second first: a moment written to the second
    by the command before it then falls strictly before what this one does."""
    import cog

    lines: list[str] = []
    for command in commands:
        if lines and lines[-1]:
            lines.append("")
        if pause and command.startswith(pause):
            time.sleep(1.05 - time.time() % 1)
        lines.append(f"$ {command}")
        output, code = run(command)
        lines.extend(output)
        if code:
            lines.append(f"(exit {code})")
    while not lines[-1]:
        lines.pop()
    cog.outl("\n".join(["```", *lines, "```"]))


def run(command: str) -> tuple[list[str], int]:
    """One command in the scratch folder: its masked output's lines and its exit code."""
    if _scratch is None:
        raise RuntimeError("call readme_examples.start() first")
    env = {k: v for k, v in os.environ.items() if k not in DROPPED}
    env.update(
        ENV,
        PATH=_prepend(_scratch / "bin", env.get("PATH")),
        PYTHONPATH=_prepend(_scratch / "site", env.get("PYTHONPATH")),
    )
    done = subprocess.run(
        ["bash", "-c", command],
        cwd=_scratch,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=600,
    )
    text = _mask_hashes(_mask_moments(done.stdout.decode("utf-8")))
    # Trailing spaces (Rich pads a table's last column) would not survive an editor.
    return [line.rstrip() for line in text.splitlines()], done.returncode


def _prepend(folder: Path, path: str | None) -> str:
    return os.pathsep.join([str(folder), *([path] if path else [])])


#: The hashes of the log's chain: every entry's hash covers when it was imported, so each run has
#: its own. Each distinct hash becomes its own stand-in (aaaa…, bbbb…), so that two heads that
#: differ still differ, and a head's short form (12 digits and …) matches its long form.
_HASH = re.compile(r"\b[0-9a-f]{12}(?:[0-9a-f]{52})?(?=…|\b)")
_hashes: dict[str, str] = {}


def _mask_hashes(text: str) -> str:
    def stand_in(match: re.Match[str]) -> str:
        digits = match.group()
        letter = _hashes.setdefault(digits[:12], "abcdef0123456789"[len(_hashes) % 16])
        return letter * len(digits)

    return _HASH.sub(stand_in, text)


def tamper(db: str, copy: str) -> None:
    """A copy of the ledger in which someone dropped a trigger and renamed a person."""
    assert _scratch is not None
    source, target = sqlite3.connect(_scratch / db), sqlite3.connect(_scratch / copy)
    try:
        source.backup(target)  # the whole database, whatever is still in its write-ahead log
        with target:
            target.execute("DROP TRIGGER events_no_update")
            target.execute("UPDATE events SET person = '王坤' WHERE person = '王坤山'")
    finally:
        source.close()
        target.close()


def copy_ledger(db: str, copy: str) -> None:
    """A copy of the ledger, for an example that changes it (the examples after it read the first)."""
    assert _scratch is not None
    source, target = sqlite3.connect(_scratch / db), sqlite3.connect(_scratch / copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def rewriting_trigger(db: str) -> None:
    """A new ledger in whose events table someone installed a trigger that stores 王坤山 as 王坤:
    rewritten on the way in, before the chain hashes it."""
    assert _scratch is not None
    from ledger.db import open_database

    open_database(str(_scratch / db)).dispose()  # the ledger's tables, as a first import makes them
    target = sqlite3.connect(_scratch / db)
    try:
        with target:
            target.execute("DROP TRIGGER events_no_update")
            target.execute(
                "CREATE TRIGGER rename_person AFTER INSERT ON events WHEN NEW.person = '王坤山' "
                "BEGIN UPDATE events SET person = '王坤' WHERE id = NEW.id; END"
            )
    finally:
        target.close()


# --- the files the examples read ----------------------------------------------------------------


def _build(scratch: Path) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from documents import make_page, make_pdf, make_scan
    finally:
        sys.path.remove(str(ROOT / "tests"))

    bin_ = scratch / "bin"
    bin_.mkdir()
    # `ledger` is this Python's, wherever the caller's PATH leads.
    (bin_ / "ledger").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m ledger "$@"\n')
    (bin_ / "ledger").chmod(0o755)
    # As if the ocr extra were not installed, on every machine: where Tesseract is installed the
    # scan in inbox/ would be read, slowly, and its names as that Tesseract misreads them.
    (scratch / "site").mkdir()
    (scratch / "site" / "sitecustomize.py").write_text("import sys\n\nsys.modules['pytesseract'] = None\n")

    (scratch / "data").mkdir()
    shutil.copyfile(SEED, scratch / "data" / SEED.name)
    seed = SEED.read_text(encoding="utf-8")

    # One clause whose probation term cannot be read, on line 6.
    bad = _notice("市中政任〔2024〕14号", "李四", "济南市某某区审计局副局长（试用期若干）", "2024年7月1日")
    (scratch / "bad.txt").write_text("\n".join(bad) + "\n", encoding="utf-8")

    # The demo gazette as a PDF: 37 A4 pages, running heads, page numbers.
    make_pdf(scratch / "gazette.pdf")

    # A corrected version of 市中政任〔2024〕5号: one character of one clause.
    v2 = seed.replace("王坤山同志为济南市市中区新闻出\n", "王坤山同志为济南市市中区新闻传\n", 1)
    assert v2 != seed
    (scratch / "v2.txt").write_text(v2, encoding="utf-8")

    # A download folder: the gazette as a PDF, a Word file, a saved page whose notice has no
    # date (the page has one), a photo, a scan and an old .doc.
    inbox = scratch / "inbox"
    inbox.mkdir()
    make_pdf(inbox / "gazette-2024-2.pdf")
    _docx(
        inbox / "市中政任〔2024〕9号.docx",
        _notice("市中政任〔2024〕9号", "李明", "济南市市中区统计局局长", "2024年7月1日"),
    )
    page = _notice("市中政任〔2024〕10号", "周亮", "济南市市中区档案馆馆长", None)
    (inbox / "saved-page.html").write_bytes(make_page(page, published="2024-07-08"))
    _jpeg(inbox / "photo.jpg")
    with tempfile.TemporaryDirectory() as tmp:
        lines = [line for line in seed.splitlines() if line.strip()][:40]
        make_scan(inbox / "scan.pdf", make_pdf(Path(tmp) / "text.pdf", lines), dpi=100)
    # An OLE compound file, as old Word writes them.
    (inbox / "任免.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"))


def _notice(doc_no: str, name: str, post: str, day: str | None) -> list[str]:
    lines = [
        "济南市市中区人民政府",
        f"关于{name}同志任职的通知",
        doc_no,
        "各街道办事处，区政府各部门：",
        "区政府决定，任命：",
        f"{name}同志为{post}。",
        "济南市市中区人民政府办公室",
    ]
    return [*lines, day] if day else lines


def _docx(path: Path, lines: list[str]) -> None:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))


def _jpeg(path: Path) -> None:
    from PIL import Image

    Image.new("L", (16, 16), 200).save(path, "JPEG")
