"""``export``: the whole ledger as a file: CSV, JSON, Popolo, or any data format in ledger/render."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..answer import Answer
from ..render._console import say
from .base import app, book, handle_errors
from .options import KnownAtOption

#: The export's own documents; every other format is a renderer of the tenure rows.
DOCUMENTS = ("json", "popolo")


def export_formats() -> list[str]:
    """csv, json, popolo, and every renderer of rows (``ledger/render``, tsv): not the table."""
    from ..render import formats, is_view

    return sorted({*DOCUMENTS, *(f for f in formats() if not is_view(f))})


def complete_formats() -> list[str]:
    return export_formats()


@app.command(short_help="Export the whole ledger. e.g. ledger export --format popolo --out ledger.json")
@handle_errors
def export(
    ctx: typer.Context,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="csv (one row per tenure), json or popolo; tsv (one row per tenure, tab-separated).",
            autocompletion=complete_formats,
        ),
    ] = "csv",
    out_file: Annotated[
        Path | None, typer.Option("--out", metavar="FILE", help="Write to this file instead of stdout.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the --out file if it exists.")] = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Export every tenure (CSV, UTF-8 with BOM), every notice and event (JSON), or Popolo JSON.

    --out never replaces the ledger's database, and replaces another file only with --force;
    the file is written whole or not at all.

    Example: ledger export --format popolo --out ledger.popolo.json
    """
    from ..export import CSV_COLUMNS
    from ..files import write_file
    from ..render import Output, emit

    names = export_formats()
    if fmt not in names:
        choices = f"{', '.join(names[:-1])} or {names[-1]}"
        raise typer.BadParameter(f"unknown format {fmt!r}: use {choices}", param_hint="--format")
    ledger = book(ctx, as_known_at)

    def write(target) -> None:
        if fmt in DOCUMENTS:
            answer, renderer = Answer(document=ledger.export(fmt)), "json"
        else:
            answer = Answer(columns=CSV_COLUMNS, rows=ledger.tenure_rows(), spreadsheet=fmt == "csv")
            renderer = fmt
        emit(answer, renderer, Output(stream=target))

    if out_file is None:
        write(None)
        return
    write_file(out_file, write, database=ledger.url, force=force)
    say(f"wrote {out_file}")
