"""The breaks found under attack (issue 11), each through the real CLI or a real process.

Data loss, terminal injection and spoofing, errors that used to escape as "internal
error", runaway worker processes, URLs and times. Tests that need a real terminal, another
user or a full disk build them: a pseudo-terminal, setpriv, SQLite's page limit.
"""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import BACKEND, SEED, SERVER, as_json, count, sqlite_only
from sqlalchemy import create_engine, text

from ledger.db import resolve_url

HOSTILE_POST = "济南市某区\x1b[2J\x1b[31m审计局[link=http://evil.example]点我[/link][bold red]红色[/bold red]局长"


def ledger(*args: str, env: dict | None = None, user: str | None = None, **options) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "ledger", *args]
    if user:
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
    return subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=300, **options
    )


def plant(db: str, post: str) -> None:
    """An event as an old or hostile database may hold it (imports now refuse such text)."""
    engine = create_engine(resolve_url(db))
    with engine.begin() as conn:
        notice = conn.execute(text("SELECT min(id) FROM notices")).scalar_one()
        conn.execute(
            text(
                "INSERT INTO events (notice_id, seq, action, person, post, effective, qualifiers, line, clause, source)"
                " VALUES (:n, 999, 'appoint', :person, :post, '2024-04-20', '[]', 1, :clause, 'text')"
            ),
            {"n": notice, "person": "张\x07三[blink]", "post": post, "clause": post},
        )
        conn.execute(text("INSERT INTO posts (name, name_reversed) VALUES (:p, :r)"), {"p": post, "r": post[::-1]})
        # as the migration to the search index would have indexed it
        conn.execute(
            text("INSERT INTO search_names (kind, name, pinyin, initials) VALUES ('post', :p, 'shenjiju', 'sjj')"),
            {"p": post},
        )
    engine.dispose()


# --- data loss ----------------------------------------------------------------------------


@sqlite_only
def test_export_never_writes_over_the_ledgers_database(seeded, db):
    for name in (db, f"{db}-wal"):
        result = seeded("export", "--format", "csv", "--out", name)
        assert result.exit_code == 2 and "the ledger's own database" in result.stderr
    assert count(db, "events") == 126 and seeded("verify").exit_code == 0
    assert seeded("who-holds", "王官庄街道办事处主任", "--on", "2024-05-01").exit_code == 0


def test_export_replaces_a_file_only_with_force(seeded, tmp_path):
    target = tmp_path / "out.json"
    target.write_text("keep me", encoding="utf-8")
    refused = seeded("export", "--format", "json", "--out", str(target))
    assert refused.exit_code == 2 and "exists" in refused.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    assert seeded("export", "--format", "json", "--out", str(target), "--force").exit_code == 0
    assert len(json.loads(target.read_text(encoding="utf-8"))["notices"]) == 3
    assert not list(tmp_path.glob(".out.json.*"))  # no temporary file left behind


@pytest.mark.slow
def test_a_query_never_creates_a_database(tmp_path):
    missing = tmp_path / "typo.db"
    for command in (["who-holds", "主任"], ["notices"], ["verify"], ["check"]):
        result = ledger("--db", str(missing), *command)
        assert result.returncode == 2 and "no ledger at" in result.stderr, result.stderr
    assert not missing.exists()


@sqlite_only
@pytest.mark.slow
def test_another_programs_sqlite_file_is_refused(tmp_path):
    foreign = tmp_path / "app.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    for command in (["import", str(SEED)], ["notices"]):
        result = ledger("--db", str(foreign), *command)
        assert result.returncode == 2 and "is not a ledger" in result.stderr
    with sqlite3.connect(foreign) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["customers"]


# --- terminal injection and spoofing ------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["who-holds", "审计局[link=http://evil.example]点我[/link][bold red]红色[/bold red]局长", "--on", "2024-05-01"],
        ["person", "张\x07三[blink]"],
        ["notice", "市中政发〔2024〕2号"],
        ["changes", "--from", "2024-04-01", "--to", "2024-04-30"],
        ["search", "审计局"],
    ],
    ids=["who-holds", "person", "notice", "changes", "search"],
)
@pytest.mark.slow
def test_stored_text_is_printed_as_plain_text_to_a_pipe(seeded, db, command):
    plant(db, HOSTILE_POST)
    result = ledger("--db", db, *command)
    shown = result.stdout + result.stderr
    assert "\x1b" not in shown and "\x07" not in shown
    assert "\\x1b[2J" in shown or "\\x07" in shown  # visible, as escapes
    if "who-holds" in command:
        assert "[link=http://evil.example]点我[/link][bold red]红色[/bold red]" in shown  # as stored, not as markup


@pytest.mark.slow
def test_stored_text_is_printed_as_plain_text_to_a_terminal(seeded, db):
    plant(db, HOSTILE_POST)
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "ledger", "--db", db, "who-holds", "红色[/bold red]局长", "--on", "2024-05-01"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env={**os.environ, "COLUMNS": "200", "TERM": "xterm-256color"},
    )
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    process.wait(timeout=60)
    os.close(leader)
    screen = output.decode("utf-8", "replace")
    assert "\x1b[2J" not in screen and "\x1b[31m" not in screen  # Rich's own styling may remain
    assert "\\x1b[2J" in screen and "[link=http://evil.example]" in screen
    assert "\x1b]8;" not in screen  # no hyperlink escape


def test_control_characters_in_a_notice_are_removed_and_reported(run, db, tmp_path):
    notice = tmp_path / "ctl.txt"
    notice.write_text(
        "某政任〔2024〕3号\n任命：\n张三同志为某区审计局\x07局长\x08。\n某区人民政府\n2024年3月1日\n", encoding="utf-8"
    )
    result = run("import", str(notice))
    assert result.exit_code == 0 and f"{notice}:3: control characters removed: \\x07\\x08" in result.stderr
    holders = as_json(run("who-holds", "某区审计局局长", "--on", "2024-03-02", "--json"))
    assert holders[0]["holders"][0]["person"] == "张三"


@pytest.mark.slow
def test_a_nul_after_the_first_64_kib_never_reaches_the_ledger(run, db, tmp_path):
    padding = "说明：本文件附有较长的背景材料。\n" * 4000  # ~ 100 KiB before the notice
    notice = tmp_path / "nul.txt"
    notice.write_text(
        padding + "某区人民政府\n关于张三任\x00职的通知\n某政任〔2024〕4号\n任命：\n张三同志为某区审计局局长。\n"
        "某区人民政府\n2024年3月1日\n",
        encoding="utf-8",
    )
    result = run("import", str(notice))
    assert result.exit_code == 0, result.output
    assert "control characters removed: \\x00" in result.stderr
    titles = [n["title"] for n in as_json(run("notices", "--json"))]
    assert titles == ["关于张三任职的通知"]


# --- errors that used to escape as "internal error" ---------------------------------------


def test_truncated_utf16_is_refused_and_the_folder_goes_on(run, db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "b.txt").write_bytes("任命：张三同志为某局局长。".encode("utf-16")[:-1])
    result = run("import", str(folder))
    assert result.exit_code == 2
    assert "b.txt: UTF-16 text" in result.stderr and "cut short" in result.stderr
    assert "internal error" not in result.output
    assert count(db, "events") == 126


def test_a_value_too_long_for_the_ledger_is_refused_alike_on_every_backend(run, db, tmp_path):
    notice = tmp_path / "long.txt"
    notice.write_text(
        f"某政任〔2024〕1号\n任命：\n张三同志为{'某' * 10_000}局长。\n某区人民政府\n2024年1月1日\n", encoding="utf-8"
    )
    result = run("import", str(notice))
    assert result.exit_code == 2 and f"{notice}:3: post is 10,002 characters" in result.stderr
    assert count(db, "events") == 0
    # parse says what import would do: what it read, then the same refusal and exit
    parsed = run("parse", str(notice), "--json")
    assert parsed.exit_code == 2 and f"{notice}:3: post is 10,002 characters" in parsed.stderr
    assert json.loads(parsed.stdout)["notices"][0]["events"][0]["person"] == "张三"


def test_a_database_from_a_newer_ledger_is_refused(seeded, db):
    engine = create_engine(resolve_url(db))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    result = seeded("who-holds", "主任")
    assert result.exit_code == 2 and "written by a newer ledger (schema 0099" in result.stderr


@pytest.fixture
def shared(tmp_path_factory):
    """A folder another user may enter (pytest's own folders are the owner's alone)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="ledger-shared-"))
    os.chmod(folder, 0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def as_other_user() -> str | None:
    """Root may write any file: run as nobody to meet a file it may not write."""
    return "65534" if os.geteuid() == 0 else None


@sqlite_only
@pytest.mark.skipif(not shutil.which("setpriv"), reason="needs setpriv to run as a user who cannot write the file")
@pytest.mark.skipif(os.geteuid() != 0, reason="makes the read-only user with setpriv, which needs root")
@pytest.mark.slow
def test_a_read_only_reader_sees_the_latest_import_or_is_told_it_cannot(shared):
    """An auditor with read access only: what was last written and left in the write-ahead log is
    part of the answers; where SQLite cannot read that log from the account, a warning says so."""
    db = shared / "ledger.db"
    assert ledger("--db", str(db), "import", str(SEED)).returncode == 0
    # a write whose process ends before it checkpoints: the row is in ledger.db-wal only
    left_in_the_log = (
        "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
        "c.execute('PRAGMA wal_autocheckpoint=0'); "
        'c.execute("INSERT INTO notices (content_hash, doc_no, title, date, source_file, first_line, last_line, '
        "text, imported_at, kind) SELECT 'x', '市中政任〔2024〕95号', title, date, source_file, first_line, "
        'last_line, text, imported_at, kind FROM notices LIMIT 1"); os._exit(0)'
    )
    subprocess.run([sys.executable, "-c", left_in_the_log, str(db)], check=True, timeout=60)
    assert Path(f"{db}-wal").stat().st_size > 0
    for part in shared.iterdir():
        os.chmod(part, 0o644)
    seen = ledger("--db", str(db), "notices", "--json", user="65534")
    assert seen.returncode == 0 and "市中政任〔2024〕95号" in seen.stdout and "warning" not in seen.stderr
    Path(f"{db}-shm").unlink()  # and the folder is not the reader's to create it again
    stale = ledger("--db", str(db), "notices", "--json", user="65534")
    assert stale.returncode == 0 and "市中政任〔2024〕95号" not in stale.stdout
    assert "warning:" in stale.stderr and "ledger.db-wal" in stale.stderr and "latest imports" in stale.stderr


@sqlite_only
@pytest.mark.skipif(not shutil.which("setpriv"), reason="needs setpriv to run as a user who cannot write the file")
@pytest.mark.slow
def test_a_read_only_database_is_explained_and_still_answers(shared):
    db = shared / "ledger.db"
    assert ledger("--db", str(db), "import", str(SEED)).returncode == 0
    other = shared / "other.txt"
    other.write_text(SEED.read_text(encoding="utf-8").replace("市中政任〔2024〕5号", "市中政任〔2024〕95号"))
    os.chmod(other, 0o644)
    os.chmod(db, 0o444 if as_other_user() is None else 0o644)
    result = ledger("--db", str(db), "import", str(other), user=as_other_user())
    assert result.returncode == 2, result.stderr
    assert "read-only" in result.stderr and "internal error" not in result.stderr
    assert "INSERT" not in result.stderr  # no SQL dump
    assert count(str(db), "notices") == 3
    answer = ledger("--db", str(db), "who-holds", "王官庄街道办事处主任", "--on", "2024-05-01", user=as_other_user())
    assert answer.returncode == 0 and "赵晨" in answer.stdout  # a read-only copy still answers


@sqlite_only
@pytest.mark.slow
def test_a_full_disk_is_explained_and_nothing_written(seeded, db, tmp_path):
    # A disk that fills during the import: SQLite's page limit on the importer's connections.
    starter = tmp_path / "full.py"
    starter.write_text(
        "import sqlite3, sys\n"
        "real = sqlite3.connect\n"
        "def connect(*a, **k):\n"
        "    c = real(*a, **k)\n"
        "    pages = c.execute('PRAGMA page_count').fetchone()[0]\n"
        "    c.execute(f'PRAGMA max_page_count={pages + 3}')\n"
        "    return c\n"
        "sqlite3.connect = sqlite3.dbapi2.connect = connect\n"
        "from ledger.cli import main\n"
        "sys.argv = ['ledger', *sys.argv[1:]]\n"
        "main()\n",
        encoding="utf-8",
    )
    big = tmp_path / "big.txt"
    big.write_text(SEED.read_text(encoding="utf-8").replace("〔2024〕", "〔2023〕"), encoding="utf-8")
    before = count(db, "events")
    result = subprocess.run(
        [sys.executable, str(starter), "--db", db, "import", str(big)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2, result.stderr
    assert "the disk is full: nothing written" in result.stderr and "internal error" not in result.stderr
    assert count(db, "events") == before


@pytest.mark.slow
def test_a_write_lock_held_too_long_is_explained(seeded, db, tmp_path):
    holder = tmp_path / "hold.py"
    holder.write_text(
        "import sys, time\n"
        "from ledger.db import open_database, write_lock\n"
        "engine = open_database(sys.argv[1])\n"
        "with engine.connect() as c:\n"
        "    c.execution_options(write=True)\n"
        "    with c.begin():\n"
        "        write_lock(c)\n"
        "        print('holding', flush=True)\n"
        "        time.sleep(30)\n",
        encoding="utf-8",
    )
    hold = subprocess.Popen([sys.executable, str(holder), db], stdout=subprocess.PIPE, text=True)
    try:
        assert hold.stdout.readline().strip() == "holding"
        other = tmp_path / "other.txt"
        other.write_text(SEED.read_text(encoding="utf-8").replace("〔2024〕", "〔2022〕"), encoding="utf-8")
        started = time.monotonic()
        result = ledger("--db", db, "import", str(other), env={"LEDGER_LOCK_TIMEOUT": "2"})
        assert result.returncode == 2 and "is busy" in result.stderr and "internal error" not in result.stderr
        assert time.monotonic() - started < 25
    finally:
        hold.kill()
        hold.wait()
    assert count(db, "notices") == 3


# --- other breaks ---------------------------------------------------------------------------


@pytest.mark.slow
def test_parse_workers_end_when_the_importer_is_killed(tmp_path, db):
    from ledger.bench.corpus import generate

    folder = tmp_path / "corpus"
    generate(folder, 30_000, seed=3, per_file=300)
    importer = subprocess.Popen(
        [sys.executable, "-m", "ledger", "--db", db, "import", str(folder), "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(workers) < 2:
        workers = children(importer.pid)
        time.sleep(0.05)
    assert len(workers) >= 2, "the importer started no parse workers"
    importer.send_signal(signal.SIGKILL)
    importer.wait(timeout=30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if alive(pid)], "parse workers outlived the importer"


def children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@sqlite_only
@pytest.mark.slow
def test_a_db_path_is_taken_literally_not_as_a_url(tmp_path):
    folder = tmp_path / "p%20#?x"
    folder.mkdir()
    result = ledger("--db", str(folder / "l.db"), "import", str(SEED))
    assert result.returncode == 0, result.stderr
    assert (folder / "l.db").exists() and not (tmp_path / "p #").exists()
    percent = tmp_path / "50%41off"
    percent.mkdir()
    assert ledger("--db", str(percent / "ledger.db"), "import", str(SEED)).returncode == 0
    assert (percent / "ledger.db").exists() and not (tmp_path / "50Aoff").exists()


@pytest.mark.slow
def test_a_password_in_a_database_url_is_never_shown():
    result = ledger("--db", "mysql://admin:S3cretPass@127.0.0.1:1/ledger", "who-holds", "主任")
    assert result.returncode == 2 and "S3cretPass" not in result.stderr + result.stdout
    assert "admin:***@" in result.stderr


@pytest.mark.slow
def test_times_are_shown_with_their_offset_and_read_back_as_shown(seeded, db):
    env = {"TZ": "Asia/Shanghai"}
    listed = json.loads(ledger("--db", db, "notices", "--json", env=env).stdout)
    moment = listed[0]["imported_at"]
    assert moment.endswith("+08:00")
    # the moment as shown, given back, sees the ledger as it stood then: everything imported
    then = ledger(
        "--db", db, "who-holds", "王官庄街道办事处主任", "--on", "2024-05-01", "--as-known-at", moment, env=env
    )
    assert then.returncode == 0 and "赵晨" in then.stdout
    before = ledger("--db", db, "who-holds", "王官庄街道办事处主任", "--as-known-at", "2000-01-01", env=env)
    assert before.returncode == 1


@pytest.mark.skipif(SERVER is not None and BACKEND != "sqlite", reason="times the commit of a SQLite file")
@pytest.mark.slow
def test_ctrl_c_says_whether_the_file_was_written(tmp_path):
    from ledger.bench.corpus import generate

    db = tmp_path / "ledger.db"
    folder = tmp_path / "corpus"
    # ~120 files, written in groups of about 20,000 events: Ctrl-C falls after the first group
    generate(folder, 60_000, seed=5, per_file=20)
    importer = subprocess.Popen(
        [sys.executable, "-m", "ledger", "--db", str(db), "import", str(folder), "--jobs", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not some_notices(db):
        time.sleep(0.05)
    importer.send_signal(signal.SIGINT)
    _, err = importer.communicate(timeout=120)
    assert importer.returncode == 130, (importer.returncode, err)
    assert "interrupted:" in err and "internal error" not in err and "Traceback" not in err
    imported = int(re.search(r"(\d+) files? imported before the stop", err).group(1))
    written_whole = "was written whole" in err
    with sqlite3.connect(db) as conn:
        files = conn.execute("SELECT count(DISTINCT source_file) FROM notices").fetchone()[0]
    assert files == imported + written_whole  # what it says is what the ledger holds


def some_notices(db: Path) -> bool:
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT count(*) FROM notices").fetchone()[0] > 0
    except sqlite3.Error:
        return False  # not created yet


def test_folders_empty_or_with_upper_case_names(run, db, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("import", str(empty))
    assert result.exit_code == 2 and "empty folder" in result.stderr
    upper = tmp_path / "upper"
    upper.mkdir()
    (upper / "SEED.TXT").write_bytes(SEED.read_bytes())
    result = run("import", str(upper))
    assert result.exit_code == 0 and count(db, "events") == 126


@pytest.mark.skipif(not shutil.which("setpriv"), reason="needs setpriv to run as a user who cannot read the folder")
@pytest.mark.slow
def test_an_unreadable_subfolder_is_reported(shared):
    folder = shared / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "x.txt").write_bytes(SEED.read_bytes())
    (folder / "ok.txt").write_bytes(SEED.read_bytes())
    os.chmod(folder / "ok.txt", 0o644)
    os.chmod(folder, 0o777)
    os.chmod(shared, 0o777)
    os.chmod(folder / "locked", 0o000)
    db = shared / "ledger.db"
    try:
        result = ledger("--db", str(db), "import", str(folder), user=as_other_user())
    finally:
        os.chmod(folder / "locked", 0o755)
    assert result.returncode == 2, result.stderr
    assert "locked: cannot read folder" in result.stderr and "internal error" not in result.stderr
    assert "ok.txt" in result.stdout and count(str(db), "events") == 126


def test_a_ctrl_c_is_never_lost_and_a_second_one_stops_at_once(capfd):
    """A first Ctrl-C asks the import to stop after its file (even one landing in a finaliser,
    where Python would swallow an exception); a second one interrupts there and then."""
    from ledger.cli import CtrlC

    class Finalised:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)  # the handler runs here, inside the finaliser

    before = signal.getsignal(signal.SIGINT)  # ignored when the suite runs in the background
    with CtrlC() as ctrl_c:
        Finalised()
        assert ctrl_c.stop()
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)
    err = capfd.readouterr().err
    assert "stopping after the file being read" in err and "Exception ignored" not in err
    assert signal.getsignal(signal.SIGINT) is before  # the handler it found is put back
