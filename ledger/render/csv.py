"""CSV rows on stdout, a header first, with a byte-order mark so that spreadsheets read the
Chinese text right. No rows, no output; the export's file (``spreadsheet``) has its header
and CRLF line ends whatever it holds."""

from __future__ import annotations

import csv
import io

from ..answer import Answer
from . import Output
from ._console import safe

EXTENSIONS = (".csv",)


def render(answer: Answer, output: Output) -> None:
    out = output.file
    if answer.spreadsheet:
        _spreadsheet(answer, out)
        return
    rows = list(answer.rows)
    if not rows:
        return
    out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: safe(v) if isinstance(v, str) else v for k, v in row.items()} for row in rows)


def _spreadsheet(answer: Answer, out) -> None:
    """Streamed a row at a time: an export of every tenure holds no list of them."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=answer.columns, lineterminator="\r\n")
    buffer.write("\ufeff")
    writer.writeheader()
    for row in answer.rows:
        writer.writerow(row)
        out.write(buffer.getvalue())
        buffer.seek(0)
        buffer.truncate()
    out.write(buffer.getvalue())
