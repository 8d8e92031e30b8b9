"""The seed as it arrives in every layout (issue 20): one <p> a line, two-column PDF, Word and
text each give its 126 events through `ledger parse --json`, strict F1 1.000."""

from __future__ import annotations

import html
import json

import pytest
from conftest import SEED
from documents import events_of, gold_events, make_docx, make_two_column_pdf, strict_matches


def _layout(kind: str, tmp_path):
    if kind == "text":
        return SEED
    if kind == "page":
        lines = SEED.read_text(encoding="utf-8").splitlines()
        body = "".join(f"<p>{html.escape(line.strip())}</p>" for line in lines if line.strip())
        path = tmp_path / "gazette.html"
        path.write_text(f'<html><head><meta charset="utf-8"><title>公报</title></head><body>{body}</body></html>')
        return path
    if kind == "two-column pdf":
        return make_two_column_pdf(tmp_path / "gazette.pdf")
    return make_docx(tmp_path / "gazette.docx")


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["text", "page", "two-column pdf", "docx"])
def test_the_seed_in_every_layout_gives_its_126_events(run, tmp_path, kind: str):
    result = run("parse", str(_layout(kind, tmp_path)), "--json")
    assert result.exit_code == 0, result.output
    events = events_of(json.loads(result.stdout))
    gold = gold_events()
    assert len(events) == len(gold) == 126 and strict_matches(events, gold) == 126
    # probation ends too: a repeated 试用期 line is not lost
    from conftest import SEED_GOLD

    wanted = sorted(
        (e["person"], e["qualifiers"]["probation_until"])
        for n in json.loads(SEED_GOLD.read_text(encoding="utf-8"))
        for e in n["events"]
        if (e.get("qualifiers") or {}).get("probation_until")
    )
    assert sorted((e["person"], e["probation_until"]) for e in events if e["probation_until"]) == wanted
