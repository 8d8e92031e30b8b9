"""Bad values at the edge (issue 24): every option and environment value a user can get wrong is
refused in one line with exit 2, never an internal error (exit 70) from deep inside a query."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import SEED
from typer.testing import CliRunner

from ledger.cli import app

QUESTION = ["who-holds", "王官庄街道办事处主任", "--on", "2024-05-01"]


def _ledger(demo: str, *args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(app, ["--db", demo, *args], env=env, catch_exceptions=False)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["who-holds", "主任", "--as-known-at", "0001-01-01"], "out of range"),
        (["who-holds", "主任", "--as-known-at", "9999-12-31T23:59:59"], "out of range"),
        (["who-holds", "主任", "--on", "0001-01-01"], "out of range"),
        (["changes", "--from", "0001-01-01", "--to", "2024-01-01"], "out of range"),
        (["expiring-probations", "--within", "99999999"], "--within"),
        (["notices", "--limit", "9223372036854775808"], "--limit"),
        (["who-holds", "主任", "--limit", "9223372036854775808"], "--limit"),
        (["import", "--jobs", "9223372036854775808", str(SEED)], "--jobs"),
        (["import", "--date", "9999-12-31", str(SEED)], "out of range"),
    ],
)
def test_an_option_value_out_of_range_is_a_usage_error(demo, args: list[str], says: str):
    result = _ledger(demo, *args)
    assert result.exit_code == 2, result.output
    assert says in result.output and "internal error" not in result.output


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("LEDGER_TODAY", "9999-12-31", "LEDGER_TODAY"),
        ("LEDGER_TODAY", "someday", "LEDGER_TODAY"),
        ("LEDGER_LOCK_TIMEOUT", "inf", "LEDGER_LOCK_TIMEOUT"),
        ("LEDGER_LOCK_TIMEOUT", "-1", "LEDGER_LOCK_TIMEOUT"),
        ("LEDGER_LOCK_TIMEOUT", "thirty", "LEDGER_LOCK_TIMEOUT"),
    ],
)
def test_an_environment_value_out_of_range_is_said_in_one_line(demo, name: str, value: str, says: str):
    result = _ledger(demo, "expiring-probations", env={name: value})
    assert result.exit_code == 2
    [line] = [line for line in result.output.splitlines() if line.strip()]
    assert line.startswith("error:") and says in line


def test_a_sound_environment_value_still_works(demo):
    result = _ledger(demo, *QUESTION, env={"LEDGER_LOCK_TIMEOUT": "5", "LEDGER_TODAY": "2024-06-01"})
    assert result.exit_code == 0 and "赵晨" in result.stdout


def test_more_jobs_than_files_start_no_idle_process(run, tmp_path, monkeypatch):
    """--jobs 100000 for two files: the pool is as large as the files (or the cores), no larger."""
    from concurrent import futures

    sizes: list[int] = []
    real = futures.ProcessPoolExecutor

    class Counted(real):  # type: ignore[misc, valid-type]
        def __init__(self, workers, *args, **kwargs):
            sizes.append(workers)
            super().__init__(workers, *args, **kwargs)

    monkeypatch.setattr(futures, "ProcessPoolExecutor", Counted)
    for n, name in enumerate(("张三", "李四")):
        (tmp_path / f"{n}.txt").write_text(
            f"某县人民政府\n关于任免职务的通知\n各乡镇：\n县政府决定：\n任命{name}同志为某县审计局局长。\n"
            "某县人民政府\n2024年4月20日\n",
            encoding="utf-8",
        )
    result = run("import", "--jobs", "1024", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert max(sizes, default=1) <= min(2, os.cpu_count() or 1)


def test_columns_zero_still_draws_the_answer(demo):
    """COLUMNS=0 (or 5) is a mistake, not a request for an empty answer read as 'nobody'."""
    for columns in ("0", "5"):
        env = dict(os.environ, COLUMNS=columns, LEDGER_DB=demo)
        done = subprocess.run(
            [sys.executable, "-m", "ledger", *QUESTION], capture_output=True, text=True, env=env, check=False
        )
        assert done.returncode == 0 and "赵晨" in done.stdout, (columns, done.stdout, done.stderr)
