"""An answer as data: what a command found, before any format is chosen.

A command asks the library, builds one :class:`Answer` and hands it to ``ledger.render``,
which draws it as a table, JSON, CSV, TSV or any other format that has a module there. No
command formats its own output.

- ``rows``: the answer's records, every one with the same keys (``columns``): what CSV and TSV
  write, and JSON too unless ``document`` gives it another shape (a post with its holders).
- ``view``: what a person reads in a terminal, in order: tables (:class:`Section`), lines on
  stdout (:class:`Line`) and messages on stderr (:class:`Note`).
- ``warnings``: messages on stderr after the answer, in every format; ``data_warnings`` only
  where every row is given (JSON, CSV, TSV), ``view`` holds the table's own.
- ``sheets``: the answer as a workbook's tables, for a format that writes several (xlsx); its
  rows are read only by such a format, so they may be generators that cost nothing otherwise.
- ``exit_code``: 0 answered, 1 nothing matched or something is wrong; ``view_exit_code`` when
  the table says otherwise (an empty list is an answer in JSON, "nothing" on a screen).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


def iso(day: dt.date | None) -> str | None:
    """A date as JSON, CSV and the export write it: 2024-05-01, or None."""
    return day.isoformat() if day else None


@dataclass
class Section:
    """A table: its title, column headings and rows of cells as shown. ``gap``: a blank line
    before it; ``warnings``: said after it when it shows a row; ``always``: drawn even when
    the row budget left it empty."""

    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    gap: bool = False
    warnings: list[str] = field(default_factory=list)
    always: bool = False

    def add_row(self, *cells: Any) -> None:
        self.rows.append(cells)


@dataclass
class Line:
    """A line of the answer on stdout, wrapped between words at the terminal's width."""

    text: str


@dataclass
class Note:
    """A message on stderr, where it stands among the answer's lines."""

    text: str


@dataclass
class Sheet:
    """One table of a workbook: its name, columns and rows (dicts with those keys). ``dates``:
    the columns whose values are ISO dates (2024-05-01), written as dates a spreadsheet sorts
    and filters, not as text."""

    name: str
    columns: tuple[str, ...]
    rows: Iterable[dict]
    dates: frozenset[str] = frozenset()


@dataclass
class Answer:
    title: str = ""
    columns: tuple[str, ...] = ()
    rows: Iterable[dict] = field(default_factory=list)
    document: Any = None
    view: list[Section | Line | Note] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    data_warnings: list[str] = field(default_factory=list)
    exit_code: int = 0
    view_exit_code: int | None = None
    sheets: list[Sheet] = field(default_factory=list)
    #: the export's CSV, a file for spreadsheets: CRLF, a header even without rows, values verbatim
    spreadsheet: bool = False

    @property
    def data(self) -> Any:
        """What JSON writes: the document, else the rows."""
        return self.document if self.document is not None else list(self.rows)
