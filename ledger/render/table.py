"""The answer as a person reads it: tables whose identifying columns are never cut
(``ledger.output.Grid``), lines on stdout and messages on stderr, in the answer's order.

Only here are a table's title, column headings and notes put in the interface's language
(``ledger.i18n``): JSON, CSV and TSV keep the English keys programs read."""

from __future__ import annotations

from ..answer import Answer, Line, Note, Section
from ..i18n import N_, _
from . import Output
from ._console import out, say, show

VIEW = True

#: The column headings the commands' tables use, for the catalog: a heading is translated here,
#: where it is drawn, while the names stay the keys the layout (``ledger.output``) goes by.
HEADINGS = (
    N_("action"), N_("asserted at"), N_("asserted by"), N_("body or area"), N_("cite"), N_("clause"),
    N_("date"), N_("days left"), N_("doc no."), N_("events"),
    N_("file"), N_("from"), N_("held"), N_("id"), N_("imported at"), N_("issuer"), N_("kind"), N_("leader"),
    N_("line"), N_("matched by"), N_("name"), N_("notes"), N_("notice"), N_("notices"), N_("partner"),
    N_("person"), N_("post"), N_("probation ended"), N_("probation ends"), N_("probations ended"),
    N_("qualifiers"), N_("relation"), N_("resolved"), N_("since"), N_("status"), N_("title"), N_("until"),
    N_("what"), N_("where"), N_("why"), N_("work division"),
)  # fmt: skip


def render(answer: Answer, output: Output) -> None:
    from ..output import Grid

    for block in answer.view:
        if isinstance(block, Line):
            show(_(block.text))
        elif isinstance(block, Note):
            say(_(block.text))
        elif isinstance(block, Section):
            if block.gap:
                show("")
            labels = tuple(_(column) for column in block.columns)
            grid = Grid(_(block.title), block.columns, budget=output.budget, labels=labels)
            for row in block.rows:
                grid.add_row(*row)
            if grid.rows or not grid.hidden or block.always:  # every row beyond the budget: not drawn
                out().print(grid)
            if grid.rows:
                for warning in block.warnings:
                    say(_(warning))
