"""``export``: the whole ledger as a file: CSV, JSON, Popolo, or any data format in ledger/render."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..answer import Answer
from ..i18n import N_, _
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
        str | None,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="csv (one row per tenure), json or popolo; tsv (one row per tenure, tab-separated); "
            "xlsx (a workbook: tenures, events, notices). Default: what --out's extension says, else csv.",
            autocompletion=complete_formats,
        ),
    ] = None,
    out_file: Annotated[
        Path | None, typer.Option("--out", metavar="FILE", help="Write to this file instead of stdout.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the --out file if it exists.")] = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Export every tenure (CSV, UTF-8 with BOM), every notice and event (JSON), Popolo JSON, or
    an Excel workbook with a sheet each for tenures, events and notices (xlsx).

    Without --format, --out's extension says the format (ledger.xlsx: xlsx); an extension that
    names another format than --format is refused. --out never replaces the ledger's database,
    and replaces another file only with --force; the file is written whole or not at all.

    Example: ledger export --out ledger.xlsx
    """
    from ..errors import LedgerError
    from ..export import CSV_COLUMNS
    from ..files import write_file
    from ..render import Output, emit, is_binary

    fmt = chosen_format(fmt, out_file)
    renderer = "json" if fmt in DOCUMENTS else fmt
    if out_file is None and is_binary(renderer) and sys.stdout.isatty():
        raise LedgerError(N_("{fmt} is a binary file, not for a terminal: give --out FILE.{fmt}"), fmt=fmt)
    ledger = book(ctx, as_known_at)

    def write(target) -> None:
        if fmt in DOCUMENTS:
            answer = Answer(document=ledger.export(fmt))
        else:  # the tenures, or the whole workbook for a format that writes sheets
            answer = Answer(
                columns=CSV_COLUMNS,
                rows=ledger.tenure_rows(),
                sheets=ledger.export_sheets(),
                spreadsheet=fmt == "csv",
            )
        emit(answer, renderer, Output(stream=target))

    if out_file is None:
        write(None)
        return
    write_file(out_file, write, database=ledger.url, force=force)
    say(_("wrote {file}").format(file=out_file))


def chosen_format(fmt: str | None, out_file: Path | None) -> str:
    """--format in any case; else the format --out's extension names; else csv. An extension
    naming another format than --format (``--out x.csv --format json``) is refused."""
    from ..errors import LedgerError
    from ..render import format_of_file

    names = export_formats()
    named = format_of_file(out_file) if out_file is not None else None
    if fmt is None:
        return named if named in names else "csv"
    if fmt.lower() not in names:
        choices = ", ".join(names[:-1]) + _(" or ") + names[-1]
        raise typer.BadParameter(
            _("unknown format {fmt!r}: use {choices}").format(fmt=fmt, choices=choices), param_hint="--format"
        )
    fmt = fmt.lower()
    if named is not None and named != ("json" if fmt in DOCUMENTS else fmt):
        # short enough for one line of an 80-column terminal with a short file name
        raise LedgerError(
            N_("--out {file} is a {named} file name but --format is {fmt}"), file=out_file, named=named, fmt=fmt
        )
    return fmt
