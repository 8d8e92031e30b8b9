"""The answer as a person reads it: tables whose identifying columns are never cut
(``ledger.output.Grid``), lines on stdout and messages on stderr, in the answer's order."""

from __future__ import annotations

from ..answer import Answer, Line, Note, Section
from . import Output
from ._console import out, say, show

VIEW = True


def render(answer: Answer, output: Output) -> None:
    from ..output import Grid

    for block in answer.view:
        if isinstance(block, Line):
            show(block.text)
        elif isinstance(block, Note):
            say(block.text)
        elif isinstance(block, Section):
            if block.gap:
                show("")
            grid = Grid(block.title, block.columns, budget=output.budget)
            for row in block.rows:
                grid.add_row(*row)
            if grid.rows or not grid.hidden or block.always:  # every row beyond the budget: not drawn
                out().print(grid)
            if grid.rows:
                for warning in block.warnings:
                    say(warning)
