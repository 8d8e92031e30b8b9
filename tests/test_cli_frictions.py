"""Issue 21's small frictions: a guessed option pointed to the real one, a period open at one
end, pinyin typed in words, colour for errors and warnings on a terminal only."""

from __future__ import annotations

import datetime as dt
import os
import pty
import subprocess
import sys

import pytest
from conftest import ROOT, SEED, as_json
from rich.cells import cell_len

from ledger.api import Ledger

# --- a guessed option name points to the command's own ----------------------------------------


@pytest.mark.parametrize(
    ("command", "guess", "meant"),
    [
        (["who-holds", "主任"], "--date", "--on"),
        (["roster", "王官庄街道"], "--date", "--on"),
        (["expiring-probations"], "--date", "--on"),
        (["changes", "--to", "2024-06-30"], "--since", "--from"),
        (["changes", "--from", "2024-04-01"], "--until", "--to"),
    ],
)
def test_a_guessed_date_option_points_to_the_commands_own(seeded, command, guess, meant):
    result = seeded(*command, guess, "2024-05-01")
    assert result.exit_code == 2
    assert f"No such option: {guess} (did you mean {meant}?)" in result.stderr
    assert result.stdout == ""


def test_a_guessed_option_written_with_its_value_is_pointed_to_too(seeded):
    result = seeded("who-holds", "主任", "--date=2024-05-01")
    assert result.exit_code == 2 and "(did you mean --on?)" in result.stderr


def test_an_option_the_command_does_not_have_is_not_offered(seeded):
    # person has no date: --date points nowhere, and click's own suggestions stay
    result = seeded("person", "张树明", "--date", "2024-05-01")
    assert result.exit_code == 2 and "No such option: --date" in result.stderr
    assert "did you mean --on" not in result.stderr
    # import has a --date of its own: accepted, not pointed anywhere
    assert "No such option" not in seeded("import", str(SEED), "--date", "2024-05-01").stderr


# --- changes: a period open at one end ---------------------------------------------------------


def test_changes_from_alone_runs_to_today(seeded, monkeypatch):
    monkeypatch.setenv("LEDGER_TODAY", "2024-05-31")
    result = seeded("changes", "--from", "2024-05-01", "--org", "王官庄")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "changes from 2024-05-01 to 2024-05-31 (today)"
    assert "市中政任〔2024〕6号" in result.stdout and "市中政任〔2024〕5号" not in result.stdout
    data = as_json(seeded("changes", "--from", "2024-05-01", "--org", "王官庄", "--json"))
    assert (data["from"], data["to"]) == ("2024-05-01", "2024-05-31")
    assert [n["doc_no"] for n in data["notices"]] == ["市中政任〔2024〕6号"]


def test_changes_to_alone_runs_from_the_first_event(seeded):
    result = seeded("changes", "--to", "2024-04-30", "--org", "王官庄")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "changes from 2024-04-20 (the first event on record) to 2024-04-30"
    assert "市中政任〔2024〕5号" in result.stdout and "市中政任〔2024〕6号" not in result.stdout


def test_changes_needs_one_end_of_the_period_and_from_not_after_today(seeded, monkeypatch):
    neither = seeded("changes")
    assert neither.exit_code == 2 and "changes needs a period: --from DATE, --to DATE or both" in neither.stderr
    monkeypatch.setenv("LEDGER_TODAY", "2024-05-31")
    later = seeded("changes", "--from", "2024-06-01")
    assert later.exit_code == 2 and "2024-06-01 is after today (2024-05-31)" in later.stderr
    assert "Traceback" not in neither.stderr + later.stderr


def test_the_library_fills_an_open_period(seeded, db, monkeypatch):
    monkeypatch.setenv("LEDGER_TODAY", "2024-12-31")
    book = Ledger(db)
    assert (lambda p: (p.start, p.end))(book.changes(None, dt.date(2024, 4, 30))) == (
        dt.date(2024, 4, 20),
        dt.date(2024, 4, 30),
    )
    opened = book.changes(dt.date(2024, 5, 1))
    assert (opened.start, opened.end) == (dt.date(2024, 5, 1), dt.date(2024, 12, 31))
    assert [n.doc_no for n in opened.notices] == ["市中政任〔2024〕6号"]


# --- pinyin typed in words ---------------------------------------------------------------------


def test_pinyin_words_typed_apart_suggest_the_matching_posts(seeded):
    result = seeded("who-holds", "wangguanzhuang zhuren")
    assert result.exit_code == 1
    suggested = result.stderr.split("did you mean: ", 1)[1].strip().split(", ")
    assert suggested[0] == "济南市市中区人民政府王官庄街道办事处主任"  # the closest: 街道办事处 between
    assert all("王官庄" in s and s.endswith("主任") for s in suggested)


def test_search_finds_pinyin_words_typed_apart(seeded):
    hits = as_json(seeded("search", "wangguanzhuang zhuren", "--json"))
    assert "济南市市中区人民政府王官庄街道办事处主任" in {h["name"] for h in hits}
    assert seeded("search", "zhuren wangguanzhuang").exit_code == 1  # in order, or not at all


def test_words_in_order_score_below_a_run_together_match():
    from ledger.search import score_pinyin

    full = "jinanshishizhongqurenminzhengfuwangguanzhuangjiedaobanshichuzhuren"
    apart = score_pinyin(["wangguanzhuang", "zhuren"], full, "")
    together = score_pinyin(["wangguanzhuangjiedao"], full, "")
    assert apart and together and apart[0] < together[0]
    assert score_pinyin(["zhuren", "wangguanzhuang"], full, "") is None


# --- colour: errors and warnings stand out on a terminal, nowhere else ------------------------


def on_a_terminal(*args: str, **env: str) -> str:
    """What a terminal shows of ``ledger ARGS`` (stdout and stderr both on it)."""
    leader, follower = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS")}
    process = subprocess.Popen(
        [sys.executable, "-m", "ledger", *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env={**environment, "TERM": "xterm-256color", "COLUMNS": "120", **env},
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
    return output.decode("utf-8", "replace")


@pytest.mark.slow
def test_errors_are_red_and_warnings_yellow_on_a_terminal_only(county, db):
    usage = on_a_terminal("--db", db, "who-holds", "局长", "--date", "2024-05-01")
    assert "\x1b[31mError:\x1b[0m No such option: --date" in usage
    bad = on_a_terminal("--db", db, "import", os.devnull + "-missing")
    assert "\x1b[31merror:\x1b[0m" in bad
    warned = on_a_terminal("--db", db, "post", "水利局局长")  # 丁四 and 戊五 at once
    assert "\x1b[33mwarning:\x1b[0m 某某县水利局局长 had two holders at once" in warned
    assert "\x1b[31m" not in warned  # an answer is no error
    quiet = on_a_terminal("--db", db, "post", "水利局局长", NO_COLOR="1")
    assert "warning: 某某县水利局局长" in quiet and "\x1b[33m" not in quiet
    quiet = on_a_terminal("--db", db, "who-holds", "局长", "--date", "2024-05-01", NO_COLOR="1")
    assert "Error: No such option: --date" in quiet and "\x1b[" not in quiet
    piped = subprocess.run(
        [sys.executable, "-m", "ledger", "--db", db, "who-holds", "局长", "--date", "2024-05-01"],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")},
        timeout=60,
    )
    assert "Error: No such option: --date" in piped.stderr and "\x1b[" not in piped.stderr


# --- person at 120 columns: the time held and the notes before a wider "from" -----------------


def ledger_at(columns: int, *args: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LEDGER_DB")}
    environment.update(NO_COLOR="1", COLUMNS=str(columns), LEDGER_TODAY="2026-11-27")
    return subprocess.run(
        [sys.executable, "-m", "ledger", *args], capture_output=True, text=True, env=environment, timeout=120
    )


@pytest.mark.parametrize(
    ("name", "whole"),
    [
        ("张树明", ["2024-04-20 (市中政任〔2024〕5号)", "2 y 7 m so far"]),  # room for both
        ("张伟", ["2 y 6 m so far   副处级"]),  # "from" wraps; held and notes stay whole
    ],
)
def test_person_at_120_columns_keeps_time_held_and_notes_whole(demo, name, whole):
    shown = ledger_at(120, "--db", demo, "person", name)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert all(cell_len(line) <= 120 for line in lines)
    for value in whole:
        assert any(value in line for line in lines), f"{value!r} cut:\n{shown.stdout}"
    assert any("(市中政任〔2024〕" in line for line in lines)  # doc numbers whole, as ever


# --- README prose: imports commit in groups, a savepoint per file ------------------------------


def test_the_docs_say_how_imports_commit(run):
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "One file is one transaction" not in readme and "one file → one transaction" not in readme
    assert "each file under a savepoint of its own" in readme
    shown = run("import", "--help")
    assert "one transaction per file" not in shown.stdout and "each file all or nothing" in shown.stdout
