"""The command line: arguments → library calls → tables or JSON. No SQL and no parsing here.

Answers go to stdout (``--json``: JSON only); messages and errors go to stderr.
Exit codes: 0 answered, 1 nothing matched, 2 bad usage or bad input.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from .api import Ledger
    from .tenures import Tenure

app = typer.Typer(
    help="Turn personnel notices (任免通知) into a cited record of who held which post on any date.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
)


# --- plumbing ------------------------------------------------------------------------------


@functools.cache
def out() -> Console:
    from rich.console import Console

    # Not a terminal (a pipe, a file, a test): never wrap long post names.
    return Console(highlight=False, width=None if sys.stdout.isatty() else 1000)


@functools.cache
def err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, width=None if sys.stderr.isatty() else 1000)


def say(message: str) -> None:
    err().print(message, markup=False)


def handle_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the project's errors into one line on stderr and the documented exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from .dates import BadDate
        from .errors import LedgerError, NotFound

        try:
            return command(*args, **kwargs)
        except NotFound as exc:
            say(str(exc))
            if exc.suggestions:
                say("did you mean: " + ", ".join(exc.suggestions))
            raise typer.Exit(1) from None
        except (LedgerError, BadDate) as exc:
            say(f"error: {exc}")
            raise typer.Exit(2) from None

    return wrapper


def parse_date_option(value: str | None) -> dt.date | None:
    from .dates import BadDate, parse_user_date

    if value is None:
        return None
    try:
        return parse_user_date(value)
    except BadDate as exc:
        raise typer.BadParameter(str(exc)) from None


def table_(title: str, columns: tuple[str, ...] = ()):
    from rich import box
    from rich.table import Table

    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for column in columns:
        table.add_column(column)
    return table


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def book(ctx: typer.Context) -> Ledger:
    from .api import Ledger

    return Ledger(ctx.obj.get("db") if ctx.obj else None)


DateOption = Annotated[
    str | None,
    typer.Option(
        "--on",
        help="The date asked about: 2024-05-01, 2024-5-1 or 2024年5月1日 (default: today).",
        callback=parse_date_option,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on stdout instead of a table.")]


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Database: a file path or a SQLAlchemy URL. Default: $LEDGER_DB, else ./ledger.db."),
    ] = None,
) -> None:
    ctx.obj = {"db": db}


# --- import and parse ----------------------------------------------------------------------


@app.command("import", short_help="Read notice files or folders into the ledger. e.g. ledger import gazette.txt")
@handle_errors
def import_(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Notice files (.txt), or folders of them.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be written; write nothing.")] = False,
    date: Annotated[
        str | None,
        typer.Option("--date", help="Effective date for notices that carry none.", callback=parse_date_option),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Read notice files into the ledger, one transaction per file.

    A file with any unreadable personnel clause is refused whole (exit 2) and the error
    names the file, line and clause. Notices already imported add nothing.

    Example: ledger import data/000_2382a5a68e7547d5.txt
    """
    from .errors import LedgerError
    from .importer import expand_paths

    ledger = book(ctx)
    reports, failed = [], False
    for path in expand_paths(paths):
        try:
            report = ledger.import_file(path, dry_run=dry_run, default_date=date)  # type: ignore[arg-type]
        except LedgerError as exc:
            say(f"error: {exc}")
            say(f"{path}: nothing written")
            failed = True
            continue
        reports.append(report)
        for warning in report.warnings:
            say(f"warning: {warning}")
        if not as_json:
            show_import(report)
    if as_json:
        print_json([import_json(r) for r in reports])
    if failed:
        raise typer.Exit(2)


def import_json(report) -> dict:
    return {
        "file": report.file,
        "dry_run": report.dry_run,
        "events_added": report.events_added,
        "notices": [
            {
                "doc_no": n.doc_no,
                "title": n.title,
                "date": iso(n.date),
                "status": n.status,
                "events": n.events,
                "actions": n.actions,
                "reason": n.reason,
            }
            for n in report.notices
        ],
    }


def show_import(report) -> None:
    console = out()
    personnel = [n for n in report.notices if n.status != "skipped"]
    verb = "would add" if report.dry_run else "added"
    actions = report.actions_added()
    by_action = ", ".join(f"{count} {action}" for action, count in sorted(actions.items()))
    console.print(
        f"{report.file}: {len(personnel)} personnel notices, {report.events_added} events {verb}"
        + (f" ({by_action})" if by_action else ""),
        markup=False,
    )
    for n in report.notices:
        label = n.doc_no or n.title or "(untitled)"
        if n.status == "added":
            console.print(f"  {verb:<9} {label}  {iso(n.date)}  {n.events} events  {n.title or ''}", markup=False)
        elif n.status == "already imported":
            console.print(f"  known     {label}  already imported, nothing added", markup=False)
        else:
            console.print(f"  skipped   {n.title or '(untitled)'}: {n.reason}", markup=False)
    if personnel and not report.added:
        console.print("  nothing added: every personnel notice in this file was already imported", markup=False)


@app.command(short_help="Parse a file without a database. e.g. ledger parse gazette.txt --json")
@handle_errors
def parse(
    file: Annotated[Path, typer.Argument(help="A notice file.")],
    as_json: JsonOption = False,
    date: Annotated[
        str | None,
        typer.Option("--date", help="Effective date for notices that carry none.", callback=parse_date_option),
    ] = None,
) -> None:
    """Show what the parser reads in a file: notices, events, skipped notices. Writes nothing.

    Example: ledger parse data/000_2382a5a68e7547d5.txt --json
    """
    from .parse import parse_file

    parsed = parse_file(file, date)  # type: ignore[arg-type]
    for notice in parsed.notices:
        for issue in notice.issues if notice.is_personnel else []:
            say(f"{'error' if issue.fatal else 'warning'}: {file}:{issue.line}: {issue.reason}: {issue.clause}")
    if as_json:
        print_json(parsed.as_json())
        return
    console = out()
    for notice in parsed.notices:
        head = f"{notice.doc_no or '-'}  {iso(notice.date) or 'no date'}  {notice.title or '(untitled)'}"
        if not notice.is_personnel:
            console.print(f"skipped  {head}: {notice.skipped_reason}", markup=False)
            continue
        table = table_(head, ("line", "action", "person", "post", "qualifiers"))
        for e in notice.events:
            table.add_row(str(e.line), e.action, e.person, e.post, "，".join(e.qualifiers))
        console.print(table)


# --- queries -------------------------------------------------------------------------------


def since_text(tenure: Tenure) -> str:
    if tenure.start is None:
        return "start unknown"
    return f"{tenure.start} ({tenure.start_doc or 'no doc no.'})"


def until_text(tenure: Tenure) -> str:
    if tenure.end is None:
        return "-"
    return f"removed {tenure.end} ({tenure.end_doc or 'no doc no.'})"


def notes_text(tenure: Tenure) -> str:
    notes = []
    if tenure.probation_until:
        state = f", confirmed {tenure.confirmed_on}" if tenure.confirmed_on else ""
        notes.append(f"probation to {tenure.probation_until}{state}")
    if tenure.secondment_until:
        notes.append(f"secondment to {tenure.secondment_until}")
    if tenure.rank:
        notes.append(tenure.rank)
    if tenure.manner:
        notes.append(tenure.manner)
    return "; ".join(notes)


def holder_json(tenure: Tenure) -> dict:
    return {
        "person": tenure.person,
        "since": iso(tenure.start),
        "since_doc": tenure.start_doc,
        "ended": iso(tenure.end),
        "ended_doc": tenure.end_doc,
        "probation_until": iso(tenure.probation_until),
        "secondment_until": iso(tenure.secondment_until),
        "rank": tenure.rank,
    }


@app.command(
    "who-holds", short_help="Who held a post on a date. e.g. ledger who-holds 王官庄街道办事处主任 --on 2024-05-01"
)
@handle_errors
def who_holds(
    ctx: typer.Context,
    post: Annotated[str, typer.Argument(help="The post, or any tail of its name (王官庄街道办事处主任).")],
    on: DateOption = None,
    as_json: JsonOption = False,
) -> None:
    """Who held a post on a date, with the notices that opened and closed each tenure.

    A post is named by any tail of its name; every matching post gets a row.

    Example: ledger who-holds 王官庄街道办事处主任 --on 2024-05-01
    """
    day = on or dt.date.today()
    answers = book(ctx).who_holds(post, day)  # type: ignore[arg-type]
    if as_json:
        print_json([{"post": a.post, "holders": [holder_json(t) for t in a.holders]} for a in answers])
        return
    table = table_(f"who held {post} on {day}", ("post", "person", "since", "until", "notes"))
    for answer in answers:
        if not answer.holders:
            table.add_row(answer.post, "(no holder on record)", "", "", "")
        for t in answer.holders:
            table.add_row(answer.post, t.person, since_text(t), until_text(t), notes_text(t))
    out().print(table)


@app.command("expiring-probations", short_help="Probations ending soon. e.g. ledger expiring-probations --within 60")
@handle_errors
def expiring_probations(
    ctx: typer.Context,
    on: DateOption = None,
    within: Annotated[int, typer.Option("--within", min=0, help="Days ahead to look.")] = 90,
    include_overdue: Annotated[
        bool, typer.Option("--include-overdue", help="Also list probations past their end with no confirmation.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Tenures held on a date whose probation (试用期) ends within N days, soonest first.

    Example: ledger expiring-probations --on 2024-08-15 --within 60
    """
    day = on or dt.date.today()
    found = book(ctx).expiring_probations(day, within, include_overdue)  # type: ignore[arg-type]
    if as_json:
        print_json(
            [
                {
                    "person": p.tenure.person,
                    "post": p.tenure.post,
                    "since": iso(p.tenure.start),
                    "since_doc": p.tenure.start_doc,
                    "probation_until": iso(p.tenure.probation_until),
                    "days_left": p.days_left,
                }
                for p in found
            ]
        )
        return
    if not found:
        say(f"no probation ends between {day} and {day + dt.timedelta(days=within)}")
        return
    table = table_(
        f"probations ending {day} to {day + dt.timedelta(days=within)}",
        ("person", "post", "probation ends", "days left", "since"),
    )
    for p in found:
        left = f"{p.days_left} days" if p.days_left >= 0 else f"overdue {-p.days_left} days"
        table.add_row(p.tenure.person, p.tenure.post, str(p.tenure.probation_until), left, since_text(p.tenure))
    out().print(table)


@app.command(short_help="A person's career. e.g. ledger person 张树明")
@handle_errors
def person(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The person's name as written in notices.")],
    as_json: JsonOption = False,
) -> None:
    """Every post a person held, in order, with the notices behind each tenure.

    Example: ledger person 张树明
    """
    tenures = book(ctx).career(name)
    if as_json:
        print_json([{"post": t.post, **holder_json(t)} for t in tenures])
        return
    table = table_(f"career of {name}", ("post", "from", "until", "notes"))
    for t in tenures:
        table.add_row(t.post, since_text(t), until_text(t), notes_text(t))
    out().print(table)


def main() -> None:
    """Entry point. An unexpected error is a bug: one line for the user, the traceback on demand."""
    import os

    try:
        app()
    except Exception as exc:  # the last line of defence before a user sees a traceback
        if os.environ.get("LEDGER_DEBUG"):
            raise
        say(f"internal error: {type(exc).__name__}: {exc} (set LEDGER_DEBUG=1 for the traceback; please report it)")
        sys.exit(70)
