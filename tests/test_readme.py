"""README.md shows what the CLI really prints: its examples are cog blocks that run every
command (docs/readme_examples.py). This fails, with a diff, when an output was edited by hand
or the CLI now prints something else; `cog -r README.md` regenerates them.

The examples always run on a SQLite ledger in a scratch folder of their own: the generator
drops LEDGER_DB and LEDGER_TEST_DATABASE_URL, so this test is the same on the PostgreSQL run.
"""

from __future__ import annotations

import io
import re

import pytest
from cogapp import Cog
from conftest import ROOT

README = ROOT / "README.md"


@pytest.mark.slow
def test_the_readme_shows_what_the_commands_print():
    out, err = io.StringIO(), io.StringIO()
    cog = Cog()
    cog.set_output(stdout=out, stderr=err)
    status = cog.main(["cog", "--check", "--diff", str(README)])
    assert status == 0, (
        "README.md differs from what its commands print now (- README, + real output); "
        "if the new output is right, run `cog -r README.md` and commit it:\n" + out.getvalue() + err.getvalue()
    )


def test_every_example_in_the_readme_is_generated():
    """A block of `$ command` lines written by hand would never be checked: there are none."""
    lines = README.read_text(encoding="utf-8").splitlines()
    generated = False  # inside a cog block's output, between ]]] and [[[end]]]
    fenced = False
    by_hand = []
    for number, line in enumerate(lines, start=1):
        if "[[[end]]]" in line:
            generated = False
        elif re.search(r"\]\]\]\s*(-->)?\s*$", line):
            generated = True
        elif line.startswith("```"):
            if not fenced and not generated and number < len(lines) and lines[number].startswith("$ "):
                by_hand.append(f"README.md:{number + 1}: {lines[number]}")
            fenced = not fenced
    assert not by_hand, "examples outside a cog block:\n" + "\n".join(by_hand)
