"""The CLI as a person meets it: tables at the terminal's width, conventions, answers that do
not mislead. Every test runs the installed entry point in a process of its own (`python -m
ledger`), as a shell would, so global options, help and exit codes are the real ones."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED
from rich.cells import cell_len

WIDTHS = (60, 80, 120)


def ledger(*args: str, columns: int | None = None, cwd: Path | None = None, **env: str):
    environment = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LEDGER_DB")}
    environment.update(env, NO_COLOR="1")
    if columns:
        environment["COLUMNS"] = str(columns)
    return subprocess.run(
        [sys.executable, "-m", "ledger", *args], capture_output=True, text=True, env=environment, cwd=cwd, timeout=120
    )


def identifying(answer: object) -> set[str]:
    """The values of a JSON answer that identify its rows: posts, people, doc numbers, dates."""
    found: set[str] = set()
    if isinstance(answer, dict):
        for key, value in answer.items():
            if key in ("post", "person", "doc_no", "since_doc", "ended_doc", "since", "ended", "date") and value:
                found.add(str(value))
            found |= identifying(value)
    elif isinstance(answer, list):
        for item in answer:
            found |= identifying(item)
    return found


# --- tables: what identifies a row is never cut --------------------------------------------

QUERIES = {
    "who-holds": ["who-holds", "主任", "--on", "2024-06-01"],
    "person": ["person", "张树明"],
    "post": ["post", "机关事务服务中心主任"],
    "changes": ["changes", "--from", "2024-04-01", "--to", "2024-04-30"],
    "notices": ["notices"],
    "expiring": ["expiring-probations", "--on", "2024-08-15", "--within", "60"],
    "notice": ["notice", "市中政任〔2024〕5号"],
}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.slow
def test_posts_people_doc_numbers_and_dates_are_whole_at_every_width(demo, query, width):
    command = QUERIES[query]
    shown = ledger("--db", demo, *command, columns=width)
    assert shown.returncode == 0, shown.stderr
    values = identifying(json.loads(ledger("--db", demo, *command, "--json").stdout))
    assert values, "the JSON answer names posts, people or doc numbers"
    for line in shown.stdout.splitlines():
        assert cell_len(line.rstrip()) <= width, line
    assert "…" not in shown.stdout
    flat = [line.strip() for line in shown.stdout.splitlines()]
    for value in values:
        assert any(value in line for line in flat), f"{value!r} is not shown whole at {width} columns"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.slow
def test_a_roster_names_posts_relative_to_the_organisation_asked_for(demo, width):
    shown = ledger("--db", demo, "roster", "王官庄街道", "--on", "2024-06-01", columns=width)
    entries = json.loads(ledger("--db", demo, "roster", "王官庄街道", "--on", "2024-06-01", "--json").stdout)
    assert len(entries) == 4
    heading = shown.stdout.splitlines()[0]
    assert "王官庄街道" in heading
    for entry in entries:
        within = entry["organisation"].split("王官庄街道")[-1]  # 党政综合办公室, or 办事处
        assert f"{within} {entry['title']}" in shown.stdout, (within, width)
        assert entry["post"] not in shown.stdout  # the common prefix is said once, in the heading
        assert entry["holders"][0]["since_doc"] in shown.stdout
    for line in shown.stdout.splitlines():
        assert cell_len(line.rstrip()) <= width


@pytest.mark.slow
def test_a_table_too_wide_for_the_terminal_becomes_one_block_per_row(demo):
    narrow = ledger("--db", demo, "person", "张树明", columns=60).stdout
    assert re.search(r"^\s+post\s+济南市市中区农业农村局副局长$", narrow, re.M)
    wide = ledger("--db", demo, "person", "张树明", columns=200).stdout
    assert re.search(r"^\s*post\s+from\s+until", wide, re.M)


# --- answers that do not mislead -----------------------------------------------------------


@pytest.mark.slow
def test_a_head_post_query_leaves_out_deputies_and_counts_the_posts_nobody_held(demo):
    table = ledger("--db", demo, "who-holds", "主任", "--on", "2024-06-01", columns=200)
    answers = json.loads(ledger("--db", demo, "who-holds", "主任", "--on", "2024-06-01", "--json").stdout)
    rows = ledger("--db", demo, "who-holds", "主任", "--on", "2024-06-01", "--csv").stdout.lstrip("\ufeff")
    assert answers and all(not a["post"].endswith("副主任") for a in answers)
    assert all(a["holders"] for a in answers)  # posts with no holder that day are counted, not listed
    assert re.search(r"\d+ more posts ending with 主任 had no holder on record on 2024-06-01", table.stderr)
    held = sum(len(a["holders"]) for a in answers)
    assert len(rows.strip().splitlines()) == held + 1  # a header, then the same rows as the JSON
    assert sum(1 for line in table.stdout.splitlines() if re.match(r"\s*\S+主任\s", line)) == held
    nobody = ledger("--db", demo, "who-holds", "体育事业发展中心副主任", "--on", "2024-01-01")
    assert nobody.returncode == 1 and "no holder on record" in nobody.stderr


@pytest.mark.slow
def test_a_notice_dated_in_the_future_or_another_year_is_imported_with_a_warning(tmp_path):
    notice = tmp_path / "future.txt"
    notice.write_text(
        "某某县人民政府\n关于甲一任职的通知\n某政任〔2024〕3号\n任命：\n甲一同志为某某县水利局局长。\n"
        "某某县人民政府\n2027年3月1日\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "ledger.db")
    imported = ledger("--db", db, "import", str(notice), LEDGER_TODAY="2026-11-27")
    assert imported.returncode == 0
    assert "future.txt" in imported.stderr and "2027-03-01" in imported.stderr
    assert "in the future" in imported.stderr and "〔2024〕" in imported.stderr
    career = ledger("--db", db, "person", "甲一", LEDGER_TODAY="2026-11-27", columns=200)
    assert "not begun" in career.stdout and not re.search(r"-\d+ [ymd]", career.stdout)


@pytest.mark.slow
def test_changes_limit_counts_rows(demo):
    limited = ledger("--db", demo, "changes", "--from", "2024-01-01", "--to", "2024-12-31", "--limit", "3", "--json")
    events = [e for n in json.loads(limited.stdout)["notices"] for e in n["events"]]
    assert len(events) == 3
    table = ledger("--db", demo, "changes", "--from", "2024-01-01", "--to", "2024-12-31", "--limit", "3", columns=200)
    assert len(re.findall(r"^\s*(appoint|remove|confirm)\s", table.stdout, re.M)) == 3


@pytest.mark.slow
def test_suggestions_are_answers_to_the_same_command(demo):
    asked = ledger("--db", demo, "roster", "wangguanzhuang", "--on", "2024-06-01")
    assert asked.returncode == 1
    suggested = re.search(r"did you mean: (.+)", asked.stderr).group(1).split(", ")
    assert suggested
    for name in suggested:
        assert ledger("--db", demo, "roster", name, "--on", "2024-06-01").returncode == 0, name


@pytest.mark.parametrize(
    ("command", "expected"), [(["person", "張樹明"], "张树明"), (["search", "機關事務"], "机关事务")]
)
@pytest.mark.slow
def test_queries_in_traditional_characters_find_what_imports_stored(demo, command, expected):
    found = ledger("--db", demo, *command)
    assert found.returncode == 0 and expected in found.stdout


@pytest.mark.slow
def test_overdue_probations_are_titled_as_such(demo):
    listed = ledger("--db", demo, "expiring-probations", "--on", "2026-11-27", "--include-overdue", columns=200)
    assert listed.returncode == 0
    title = listed.stdout.splitlines()[0]
    assert "overdue" in title and "2024-" in listed.stdout


@pytest.mark.slow
def test_a_retracted_notice_imported_again_says_so_and_can_be_reinstated(demo, tmp_path):
    db = str(tmp_path / "own.db")
    assert ledger("--db", db, "import", str(SEED)).returncode == 0
    assert ledger("--db", db, "retract", "市中政任〔2024〕5号", "--reason", "wrong file").returncode == 0
    again = ledger("--db", db, "import", str(SEED))
    assert "retracted" in again.stdout + again.stderr and "ledger reinstate" in again.stdout + again.stderr
    assert ledger("--db", db, "who-holds", "王官庄街道办事处主任", "--on", "2024-05-01").returncode == 1
    back = ledger("--db", db, "reinstate", "市中政任〔2024〕5号", "--reason", "the right file after all")
    assert back.returncode == 0
    assert "赵晨" in ledger("--db", db, "who-holds", "王官庄街道办事处主任", "--on", "2024-05-01").stdout
    assert ledger("--db", db, "verify").returncode == 0


# --- conventions ---------------------------------------------------------------------------


@pytest.mark.slow
def test_version_and_short_help():
    from importlib.metadata import version

    shown = ledger("--version")
    assert shown.returncode == 0 and shown.stdout.strip() == f"ledger {version('ledger')}"
    assert ledger("-h").returncode == 0 and "who-holds" in ledger("-h").stdout
    assert "--on" in ledger("who-holds", "-h").stdout


def test_ledger_alone_prints_help_and_exits_0():
    alone = ledger()
    assert alone.returncode == 0 and "Usage: ledger" in alone.stdout and "who-holds" in alone.stdout


def test_boolean_flags_are_shown_as_flags():
    shown = ledger("import", "--help", columns=120).stdout
    assert re.search(r"--dry-run\s+Show what would be written", shown)
    assert "<bool>" not in shown


@pytest.mark.slow
def test_help_sentences_are_not_broken_where_the_source_breaks_its_lines():
    from ledger.cli import app, reflowed

    for command in app.registered_commands:
        name = command.name or command.callback.__name__.replace("_", "-")
        shown = " ".join(ledger(name, "--help", columns=250).stdout.split())
        for paragraph in (reflowed(command.callback.__doc__) or "").split("\n\n"):
            for line in paragraph.splitlines():
                assert " ".join(line.split()) in shown, (name, line)


@pytest.mark.slow
def test_global_options_are_accepted_after_the_subcommand(demo):
    after = ledger("who-holds", "王官庄街道办事处主任", "--on", "2024-05-01", "--db", demo)
    assert after.returncode == 0 and "赵晨" in after.stdout


LISTS = [
    ["who-holds", "主任", "--on", "2024-06-01"],
    ["expiring-probations", "--on", "2024-08-15", "--within", "60"],
    ["person", "张伟"],
    ["post", "主任"],
    ["roster", "街道", "--on", "2024-06-01"],
    ["changes", "--from", "2024-01-01", "--to", "2024-12-31"],
    ["notices"],
    ["search", "zhang"],
    ["who-oversees", "局", "--on", "2024-07-01"],
    ["portfolio", "陈剑", "--on", "2024-07-01"],
    ["stands-in-for", "栾长征", "--on", "2024-07-01"],
]


@pytest.mark.parametrize("command", LISTS, ids=[c[0] for c in LISTS])
@pytest.mark.slow
def test_every_list_command_takes_limit(demo, command):
    full = ledger("--db", demo, *command, "--json")
    limited = ledger("--db", demo, *command, "--json", "--limit", "1")
    assert full.returncode == 0 and limited.returncode == 0, limited.stderr
    assert len(full.stdout) > len(limited.stdout)


@pytest.mark.parametrize(
    "command",
    [
        ["expiring-probations", "--on", "2030-01-01"],
        ["who-holds", "体育事业发展中心副主任", "--on", "2024-01-01"],  # appointed later that year
        ["changes", "--from", "1990-01-01", "--to", "1990-12-31"],
        ["person", "无此人"],
        ["search", "qqqqqq"],
    ],
    ids=lambda c: c[0],
)
@pytest.mark.slow
def test_nothing_matched_is_exit_1_for_every_query(demo, command):
    assert ledger("--db", demo, *command).returncode == 1


@pytest.mark.slow
def test_an_empty_ledger_has_no_notices_exit_1(tmp_path):
    db = str(tmp_path / "ledger.db")
    assert ledger("--db", db, "import", str(SEED), "--dry-run").returncode == 0
    empty = tmp_path / "empty.txt"
    empty.write_text("某某县人民政府\n关于印发工作要点的通知\n各单位：现印发。\n", encoding="utf-8")
    ledger("--db", db, "import", str(empty))
    listed = ledger("--db", db, "notices")
    assert listed.returncode == 1, listed.stderr


@pytest.mark.parametrize("command", [["who-holds", ""], ["person", "  "], ["notice", ""], ["search", ""]])
def test_an_empty_argument_is_a_usage_error(demo, command):
    shown = ledger("--db", demo, *command)
    assert shown.returncode == 2 and "must not be empty" in shown.stderr


def test_json_and_csv_together_are_a_usage_error(demo):
    shown = ledger("--db", demo, "notices", "--json", "--csv")
    assert shown.returncode == 2 and "cannot be used together" in shown.stderr


CSV_COMMANDS = [
    ["who-holds", "主任", "--on", "2024-06-01"],
    ["expiring-probations", "--on", "2024-08-15"],
    ["person", "张树明"],
    ["post", "机关事务服务中心主任"],
    ["roster", "王官庄街道", "--on", "2024-06-01"],
    ["changes", "--from", "2024-04-01", "--to", "2024-04-30"],
    ["notices"],
    ["search", "zsm"],
]


@pytest.mark.parametrize("command", CSV_COMMANDS, ids=[c[0] for c in CSV_COMMANDS])
@pytest.mark.slow
def test_csv_from_every_command_starts_with_a_bom(demo, command):
    shown = subprocess.run(
        [sys.executable, "-m", "ledger", "--db", demo, *command, "--csv"], capture_output=True, timeout=120
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("\ufeff".encode())
    assert len(shown.stdout.decode("utf-8-sig").splitlines()) >= 2


@pytest.mark.slow
def test_counts_are_written_in_the_singular_for_one(tmp_path):
    notice = tmp_path / "one.txt"
    notice.write_text(
        "某某县人民政府\n关于甲一任职的通知\n某政任〔2024〕3号\n任命：\n甲一同志为某某县水利局局长。\n"
        "某某县人民政府\n2024年3月1日\n",
        encoding="utf-8",
    )
    shown = ledger("--db", str(tmp_path / "ledger.db"), "import", str(notice))
    assert "1 personnel notice," in shown.stdout and "1 event added" in shown.stdout
    assert "notices," not in shown.stdout and "1 events" not in shown.stdout


@pytest.mark.slow
def test_parse_and_import_keep_a_fatal_clause_as_an_open_item_and_strict_refuses(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(
        "某某县人民政府\n关于李四任职的通知\n某政任〔2024〕4号\n任命：\n李四同志为某某县审计局副局长(试用期若干)。\n"
        "某某县人民政府\n2024年3月1日\n",
        encoding="utf-8",
    )
    parsed = ledger("parse", str(bad))
    strict = ledger("--db", str(tmp_path / "ledger.db"), "import", "--strict", str(bad))
    assert parsed.returncode == 0 and strict.returncode == 2
    assert "bad.txt:5" in parsed.stderr and "bad.txt:5" in strict.stderr
    assert "1 open item" in parsed.stderr
    imported = ledger("--db", str(tmp_path / "ledger.db"), "import", str(bad))
    assert imported.returncode == 3 and "bad.txt:5" in imported.stdout


@pytest.mark.slow
def test_parse_and_import_describe_a_work_division_alike(tmp_path):
    parsed = ledger("parse", str(SEED), columns=250).stdout
    imported = ledger("--db", str(tmp_path / "ledger.db"), "import", str(SEED), columns=250).stdout
    described = re.search(r"work division: \d+ portfolio records, \d+ AB pairs", imported)
    assert described and described.group(0) in parsed


def complete(*words: str, db: str) -> list[str]:
    env = {**os.environ, "_LEDGER_COMPLETE": "complete_bash", "COMP_WORDS": " ".join(words), "LEDGER_DB": db}
    env["COMP_CWORD"] = str(len(words) - 1)
    shown = subprocess.run([sys.executable, "-m", "ledger"], env=env, capture_output=True, text=True, timeout=60)
    return shown.stdout.split()


@pytest.mark.slow
def test_completion_offers_format_values_and_names_from_the_ledger(demo):
    assert complete("ledger", "export", "--format", "", db=demo) == ["csv", "json", "popolo", "tsv", "xlsx"]
    assert complete("ledger", "person", "张树", db=demo) == ["张树明"]
    assert "济南市市中区人民政府王官庄街道办事处主任" in complete(
        "ledger", "who-holds", "济南市市中区人民政府王官", db=demo
    )


@pytest.mark.slow
def test_a_pipe_closed_early_ends_quietly_as_unix_tools_do(demo):
    shown = subprocess.run(
        f"{sys.executable} -m ledger --db '{demo}' export --format csv | true; echo \"status ${{PIPESTATUS[0]}}\"",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "status 141" in shown.stdout  # killed by SIGPIPE, never 1 ("nothing matched")
    assert shown.stderr == ""


@pytest.mark.slow
def test_a_dry_run_creates_no_database(tmp_path):
    db = tmp_path / "new.db"
    shown = ledger("--db", str(db), "import", str(SEED), "--dry-run")
    assert shown.returncode == 0 and "126 events would add" in shown.stdout
    assert not db.exists()


@pytest.mark.slow
def test_a_post_named_only_in_retracted_notices_is_said_to_be_so(tmp_path):
    db = str(tmp_path / "ledger.db")
    ledger("--db", db, "import", str(SEED))
    ledger("--db", db, "retract", "市中政任〔2024〕5号", "--reason", "wrong file")
    shown = ledger("--db", db, "who-holds", "王官庄街道办事处主任", "--on", "2024-05-01")
    assert shown.returncode == 1
    assert "retracted notices name one: 市中政任〔2024〕5号" in shown.stderr and "ledger reinstate" in shown.stderr


@pytest.mark.slow
def test_verifying_an_empty_ledger_says_it_is_empty(tmp_path):
    db = str(tmp_path / "ledger.db")
    empty = tmp_path / "plan.txt"
    empty.write_text("某某县人民政府\n关于印发工作要点的通知\n各单位：现印发。\n", encoding="utf-8")
    ledger("--db", db, "import", str(empty))
    shown = ledger("--db", db, "verify")
    assert shown.returncode == 0 and "the ledger is empty" in shown.stderr


@pytest.mark.slow
def test_a_roster_of_a_whole_organisation_shows_titles_alone(demo):
    shown = ledger("--db", demo, "roster", "农业农村局", "--on", "2024-07-01", columns=120)
    assert shown.stdout.startswith("济南市市中区农业农村局 on 2024-07-01")
    assert re.search(r"^副局长\s+张树明\s+2024-04-20", shown.stdout, re.M)
