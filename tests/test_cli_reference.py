"""docs/cli.md documents every command and is what scripts/cli_reference.py writes now."""

from __future__ import annotations

import importlib.util

from conftest import ROOT


def _script():
    spec = importlib.util.spec_from_file_location("cli_reference", ROOT / "scripts" / "cli_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_command_is_in_the_cli_reference():
    from ledger.cli import app

    written = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__.replace("_", "-")
        assert f"\n## ledger {name}\n" in written, f"docs/cli.md lacks ledger {name}"


def test_the_cli_reference_is_up_to_date():
    written = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert written == _script().reference(), "docs/cli.md is out of date: run python scripts/cli_reference.py"
