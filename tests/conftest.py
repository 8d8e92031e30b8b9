"""Shared fixtures: the seed gazette, a CLI runner bound to a fresh database."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ledger.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "000_2382a5a68e7547d5.txt"
SEED_GOLD = Path(__file__).resolve().parent / "seed" / "000_2382a5a68e7547d5.gold.json"


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "ledger.db")


@pytest.fixture
def run(db: str) -> Callable:
    """Run the real CLI against a fresh database: run("who-holds", "X", "--on", "2024-05-01")."""
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, ["--db", db, *args], catch_exceptions=False)

    return invoke


@pytest.fixture
def seeded(run: Callable) -> Callable:
    result = run("import", str(SEED))
    assert result.exit_code == 0, result.output
    return run


def as_json(result) -> object:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)
