"""An Excel workbook (openpyxl), for Excel, WPS or LibreOffice: a sheet per table of the answer
(``Answer.sheets``; else its rows as one sheet), dates as date cells a spreadsheet sorts and
filters, the header row frozen and filtered, and each column as wide as its text, a Chinese
character counting two. Text is always text: a value that starts with ``=`` is no formula.

A binary format: written to a file (``--out``), or to stdout when it is not a terminal."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len

from ..answer import Answer, Sheet
from . import Output

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

BINARY = True
EXTENSIONS = (".xlsx",)

DATE_FORMAT = "yyyy-mm-dd"
#: Column widths in Excel's units (about one Latin character): the widest value's, within these.
_NARROWEST, _WIDEST = 6, 60
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
#: Characters an .xlsx cannot hold (XML 1.0 forbids them): written as escapes, as the terminal shows them.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: What Excel forbids in a sheet's name, and its longest.
_NOT_IN_NAME, _NAME_LENGTH = re.compile(r"[\[\]:*?/\\]"), 31


def render(answer: Answer, output: Output) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in answer.sheets or [_one_sheet(answer)]:
        _write_sheet(workbook.create_sheet(_sheet_name(sheet.name)), sheet)
    # a zip is written with seeks: whole in memory, then out as bytes to a file or a pipe
    saved = io.BytesIO()
    workbook.save(saved)
    binary = output.binary
    binary.write(saved.getvalue())
    binary.flush()


def _one_sheet(answer: Answer) -> Sheet:
    """An answer without sheets: its rows, a column of ISO dates typed as dates."""
    rows = list(answer.rows)
    columns = tuple(answer.columns) or (tuple(rows[0]) if rows else ())
    dates = frozenset(
        c
        for c in columns
        if any(row.get(c) for row in rows)
        and all(row.get(c) is None or (isinstance(row[c], str) and _ISO_DATE.fullmatch(row[c])) for row in rows)
    )
    return Sheet(answer.title or "ledger", columns, rows, dates)


def _sheet_name(name: str) -> str:
    return _NOT_IN_NAME.sub("_", name)[:_NAME_LENGTH] or "sheet"


def _write_sheet(worksheet: Worksheet, sheet: Sheet) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    columns = list(sheet.columns)
    widths = [cell_len(c) for c in columns]
    worksheet.append(columns)
    for cell in worksheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(sheet.rows, start=2):
        for index, column in enumerate(columns):
            value = _value(row.get(column), column in sheet.dates)
            if value is None:
                continue
            cell = worksheet.cell(row=number, column=index + 1, value=value)
            if isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
                shown = len(DATE_FORMAT)
            else:
                shown = max(cell_len(line) for line in str(value).splitlines() or [""])
                if isinstance(value, str):
                    cell.data_type = "s"  # openpyxl takes "=…" for a formula; stored text never is one
            widths[index] = max(widths[index], shown)
    worksheet.freeze_panes = "A2"
    if columns:
        worksheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(worksheet.max_row, 2)}"
    for index, width in enumerate(widths, start=1):
        # two more for the filter's drop-down button in the header
        worksheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, _NARROWEST), _WIDEST)


def _value(value: Any, is_date: bool) -> Any:
    if value is None or value == "":
        return None
    if is_date and isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return dt.date.fromisoformat(value)
    if isinstance(value, dt.datetime):  # a moment keeps its zone, which a cell cannot hold
        return value.isoformat()
    if isinstance(value, bool | int | float | dt.date):
        return value
    if isinstance(value, list | tuple):
        value = "; ".join(map(str, value))
    return _ILLEGAL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))
