"""Tab-separated values on stdout: a header of the answer's keys, then a line per row, for
``cut``, ``awk`` and ``sort``. A tab or line break inside a value becomes a space, an empty
value (None) an empty field; no quoting, no byte-order mark."""

from __future__ import annotations

from ..answer import Answer
from . import Output
from ._console import safe

EXTENSIONS = (".tsv",)


def field(value: object) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return safe(text.replace("\t", " ").replace("\r\n", " ").replace("\n", " ").replace("\r", " "))


def render(answer: Answer, output: Output) -> None:
    """Streamed a row at a time. The header is the answer's columns, else the first row's keys."""
    out = output.file
    columns = list(answer.columns)
    if columns:
        out.write("\t".join(columns) + "\n")
    for row in answer.rows:
        if not columns:
            columns = list(row)
            out.write("\t".join(columns) + "\n")
        out.write("\t".join(field(row.get(c)) for c in columns) + "\n")
