"""Tables for a terminal of any width, where what identifies a row is never cut.

A row of an answer is identified by its post, person, doc number and dates: those columns
are never truncated. Descriptive columns (notes, titles, clauses) wrap and give way first.
When even the identifying columns cannot stand side by side at the terminal's width, each
row is printed as a small block, one field per line, so that every value stays whole.
Every cell is plain text: stored strings are never read as markup or control codes.
"""

from __future__ import annotations

import re
from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

#: Columns that describe rather than identify: they wrap, and shrink first.
DESCRIPTIVE = frozenset(
    {"notes", "qualifiers", "clause", "file", "status", "issuer", "held", "what", "notices", "reason", "title", "where"}
)
#: Identifying columns that may break between words (a date, then its doc number), never inside one.
BREAKABLE = frozenset({"since", "until", "from", "probation ends", "when", "imported at", "status"})
#: A descriptive column keeps at least this many cells before the layout gives up on a table.
_MIN_DESCRIPTIVE = 10

#: Characters that would act on a terminal (escape sequences, bells, backspaces) or reorder
#: what it shows (bidirectional overrides): shown as escapes, never sent raw.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: str) -> str:
    """Stored text as plain, visible characters: ``\\x1b[2J`` prints as those six characters."""
    return _UNSAFE.sub(_escape, text)


class Grid:
    """A table that chooses its layout when it is drawn, at the width it is drawn in."""

    def __init__(self, title: str, columns: tuple[str, ...], budget: Any = None, labels: tuple[str, ...] | None = None):
        """``budget``: an object whose ``left`` rows (None: no limit) the tables of one answer
        share; rows beyond it are counted in its ``hidden``, not drawn. ``labels``: the headings
        shown, when not the column names (a translation); the names choose the layout."""
        self.title = safe(title)
        self.columns = columns
        self.labels = labels or columns
        self.rows: list[tuple[str, ...]] = []
        self.budget = budget
        self.hidden = 0

    def add_row(self, *cells: Any) -> None:
        budget = self.budget
        if budget is not None and budget.left is not None:
            if budget.left <= 0:
                self.hidden += 1
                budget.hidden += 1
                return
            budget.left -= 1
        self.rows.append(tuple(safe(str(c)) if c is not None else "" for c in cells))

    def _widths(self, split: str = "\n") -> list[int]:
        """Each column's widest line (or, with ``split=None``, its widest word)."""
        return [
            max([cell_len(name)] + [max(map(cell_len, row[i].split(split) or [""])) for row in self.rows])
            for i, name in enumerate(self.labels)
        ]

    def _least(self) -> list[int]:
        """The narrowest each column may be: whole values; whole words where it may break."""
        lines, words = self._widths(), self._widths(None)  # type: ignore[arg-type]
        return [
            min(line, _MIN_DESCRIPTIVE) if name in DESCRIPTIVE else word if name in BREAKABLE else line
            for name, line, word in zip(self.columns, lines, words, strict=True)
        ]

    def _frame(self) -> int:
        """Cells a table spends besides its content: three between columns, no edges."""
        return 3 * (len(self.columns) - 1)

    def fits(self, width: int) -> bool:
        return sum(self._least()) + self._frame() <= width

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if self.fits(width):
            if self.title:  # as wide as the terminal, not wrapped at the table's width
                yield Text(self.title)
                yield Text("")
            yield self._table(width)
        else:
            yield from self._blocks(width)

    def _layout(self, width: int) -> list[int]:
        """Column widths: each at its least, then what is left given first to the columns that
        identify where it puts each value on one line (a date and its doc number), then to the
        descriptive ones, then the rest to the identifying columns after all.

        An identifying column breaks only between words: between its least and its natural
        width its values mostly break just the same (``2024-05-24`` above ``(市中政任〔2024〕6号)``),
        so cells given to it short of one line each would be lost to the notes and the time held."""
        least, natural = self._least(), self._widths()
        widths = list(least)
        spare = width - self._frame() - sum(widths)
        for group, whole in ((BREAKABLE, True), (DESCRIPTIVE, False), (BREAKABLE, False)):
            for i, name in enumerate(self.columns):
                wanted = natural[i] - widths[i]
                if name in group and spare > 0 and wanted > 0 and (spare >= wanted or not whole):
                    more = min(spare, wanted)
                    widths[i] += more
                    spare -= more
        return widths

    def _table(self, width: int) -> Table:
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
        widths = self._layout(width)
        natural = self._widths()
        # a descriptive column squeezed below its width: one note per line ("probation to …",
        # then "副处级"), not a line that starts with the "; " between them
        squeezed = {i for i, name in enumerate(self.columns) if name in DESCRIPTIVE and widths[i] < natural[i]}
        for name, label, size in zip(self.columns, self.labels, widths, strict=True):
            if name in DESCRIPTIVE or name in BREAKABLE:  # may wrap: at a space, never inside a doc number
                table.add_column(label, overflow="fold", width=size)
            else:  # what identifies a row: whole, on one line
                table.add_column(label, no_wrap=True, width=size)
        for row in self.rows:
            table.add_row(*(Text(cell.replace("; ", "\n") if i in squeezed else cell) for i, cell in enumerate(row)))
        return table

    def _blocks(self, width: int) -> RenderResult:
        if self.title:
            yield Text(self.title)
        label = max(map(cell_len, self.labels)) if self.labels else 0
        for row in self.rows:
            yield Text("")
            for name, shown, cell in zip(self.columns, self.labels, row, strict=False):
                if not cell:
                    continue
                if 4 + label + max(map(cell_len, cell.split("\n"))) <= width or name in DESCRIPTIVE:
                    yield Text(f"  {shown}{' ' * (label - cell_len(shown))}  {cell}")
                else:  # the value on a line of its own, whole
                    yield Text(f"  {shown}")
                    yield Text(f"    {cell}")
