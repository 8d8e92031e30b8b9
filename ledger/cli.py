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
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)

# Help is wrapped by click's text wrapper, which would break `--as-known-at` after `--as-`:
# an option name in a sentence must stay whole to be copied.
try:
    from typer._click._textwrap import TextWrapper as _HelpWrapper

    _HelpWrapper.break_on_hyphens = False
except ImportError:  # another Typer: its own wrapping
    pass


# --- plumbing ------------------------------------------------------------------------------


def _width(stream) -> int | None:
    """The width to draw in: the terminal's; COLUMNS when set; else wide (a pipe, a file)."""
    import os

    if os.environ.get("COLUMNS", "").isdigit():
        return int(os.environ["COLUMNS"])
    return None if stream.isatty() else 1000


@functools.cache
def out() -> Console:
    from rich.console import Console

    # No markup, no emoji codes: what is stored is shown as it is stored.
    return Console(highlight=False, markup=False, emoji=False, width=_width(sys.stdout))


@functools.cache
def err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, markup=False, emoji=False, width=_width(sys.stderr))


def safe(text: str) -> str:
    from .output import safe as plain

    return plain(text)


def say(message: str) -> None:
    """A message on stderr, as plain text; a long one is left to the terminal to wrap, so it
    is never broken inside a file name or a doc number."""
    err().print(safe(message), markup=False, soft_wrap=True)


def show(message: str) -> None:
    """A line of an answer on stdout, as plain text, wrapped between its words (a heading's doc
    number, date and title) at the terminal's width; to a pipe, one line."""
    out().print(safe(message), markup=False, overflow="fold")


def handle_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the project's errors into one line on stderr and the documented exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from .dates import BadDate
        from .errors import LedgerError, NotFound

        try:
            try:
                return command(*args, **kwargs)
            finally:
                report_hidden_rows()
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


class RowBudget:
    """Rows the tables of one command may still draw. A terminal shows a screenful or two, and
    drawing 40,000 rows would take longer than the query: without --limit, tables stop at
    TABLE_ROWS rows in all and the rest is counted (--json and --csv give every row)."""

    def __init__(self, rows: int | None):
        self.left, self.hidden = rows, 0


TABLE_ROWS = 200
_budget = RowBudget(TABLE_ROWS)


def limit_option(value: int | None) -> int | None:
    if value is not None:  # the user chose how many: --limit rules, not the screenful
        _budget.left = None
    return value


def table_(title: str, columns: tuple[str, ...] = ()):
    """A table of plain text whose identifying columns are never cut (``output.Grid``)."""
    from .output import Grid

    return Grid(title, columns, budget=_budget)


def print_table(table) -> None:
    if table.rows or not table.hidden:  # a table whose every row was beyond the budget: not drawn
        out().print(table)


def wanted_rows(limit: int | None, every: bool) -> int | None:
    """How many rows a query need produce: --limit's, a table's screenful, or (JSON, CSV) all."""
    return limit or (None if every else TABLE_ROWS)


def first_posts(answers: list, more: int, limit: int | None, query: str) -> list:
    """At most ``limit`` answers, and one line on what was left out: answers beyond the limit
    and the matching posts a table's query did not fold at all (``more``)."""
    if not more:
        return first(answers, limit, "post")
    left = max(0, len(answers) - limit) if limit else 0
    say(
        f"{plural(left + more, 'more post')} matching {query} not shown: "
        "--limit N shows more, --json or --csv every post"
    )
    return answers[:limit] if limit else answers


def report_hidden_rows() -> None:
    if _budget.hidden:
        say(f"{plural(_budget.hidden, 'more row')} not shown: --limit N shows more, --json or --csv every row")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def moment_text(moment: dt.datetime | None) -> str | None:
    from .dates import moment_text as text

    return text(moment)


def book(ctx: typer.Context, as_known_at: dt.datetime | None = None) -> Ledger:
    from .api import Ledger

    return Ledger(ctx.obj.get("db") if ctx.obj else None, as_known_at)


def parse_moment_option(value: str | None) -> dt.datetime | None:
    """2024-05-01 (the end of that day), 2024-05-01T10:30, 2024-05-01 10:30+08:00; local time if no zone."""
    if value is None:
        return None
    from dateutil.parser import isoparse

    try:
        moment = isoparse(value.strip().replace(" ", "T", 1))
    except ValueError:
        raise typer.BadParameter(f"not a date or time: {value!r} (use 2024-05-01 or 2024-05-01T10:30)") from None
    # Everything known by the end of what was written: a day, a minute, a second (the
    # moments `ledger notices` shows are to the second; given back, they include that import).
    written = value.strip()
    if len(written) <= 10:
        moment = moment.replace(hour=23, minute=59, second=59, microsecond=999999)
    elif "." not in written.split("+")[0]:
        clock = written[11:].split("+")[0].split("-")[0].rstrip("Z")
        moment = moment.replace(microsecond=999999, **({} if clock.count(":") >= 2 else {"second": 59}))
    return moment if moment.tzinfo else moment.astimezone()


KnownAtOption = Annotated[
    str | None,
    typer.Option(
        "--as-known-at",
        metavar="MOMENT",
        help="Answer as the ledger stood at this moment: only notices imported and retractions made by then.",
        callback=parse_moment_option,
    ),
]


DateOption = Annotated[
    str | None,
    typer.Option(
        "--on",
        metavar="DATE",
        help="The date asked about: 2024-05-01, 2024-5-1 or 2024年5月1日 (default: today).",
        callback=parse_date_option,
    ),
]


def one_format(ctx: typer.Context, param: Any, value: bool) -> bool:
    """--json and --csv are two answers to one question: asking for both is a usage error."""
    other = "as_csv" if param.name == "as_json" else "as_json"
    if value and ctx.params.get(other):
        raise typer.BadParameter("--json and --csv cannot be used together: choose one")
    return value


def not_blank(value: str | None) -> str | None:
    """An empty query would match everything or nothing: it is a usage error."""
    if value is not None and not value.strip():
        raise typer.BadParameter("must not be empty")
    return value


def _completer(kind: str):
    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        """Names from the ledger for shell completion; nothing (never an error) without one."""
        root = ctx.find_root()
        try:
            from .api import Ledger

            return Ledger(root.params.get("db")).names(kind, incomplete)
        except Exception:
            return []

    return complete


complete_posts, complete_persons, complete_organisations = (
    _completer("post"),
    _completer("person"),
    _completer("organisation"),
)

JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON on stdout instead of a table.", callback=one_format)
]
CsvOption = Annotated[
    bool, typer.Option("--csv", help="Print CSV rows on stdout instead of a table.", callback=one_format)
]
LimitOption = Annotated[
    int | None,
    typer.Option(
        "--limit",
        metavar="N",
        min=1,
        callback=limit_option,
        help=f"Show at most this many rows (a table: {TABLE_ROWS} unless given).",
    ),
]


def print_csv(rows: list[dict]) -> None:
    import csv

    if not rows:
        return
    sys.stdout.write("\ufeff")  # a byte-order mark: spreadsheets then read the Chinese text right
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: safe(v) if isinstance(v, str) else v for k, v in row.items()} for row in rows)


def plural(count: int, noun: str) -> str:
    """1 notice, 2 notices; 1 anomaly, 3 anomalies."""
    if count == 1:
        return f"1 {noun}"
    if noun.endswith("y") and not noun.endswith(("ay", "ey", "oy")):
        return f"{count} {noun[:-1]}ies"
    return f"{count} {noun}s"


def today() -> dt.date:
    from .dates import today as the_day

    return the_day()


def held_for(start: dt.date | None, end: dt.date) -> str:
    """A readable duration: 1 y 3 m, 4 m 2 d, 12 d."""
    if start is None:
        return "unknown"
    if end < start:
        return "not begun"  # a notice dated later than today: never a negative duration
    from dateutil.relativedelta import relativedelta

    span = relativedelta(end, start)
    parts = [f"{span.years} y" if span.years else "", f"{span.months} m" if span.months else ""]
    if not span.years:
        parts.append(f"{span.days} d" if span.days or not span.months else "")
    return " ".join(p for p in parts if p) or "0 d"


def show_version(value: bool) -> None:
    if value:
        from . import __version__

        sys.stdout.write(f"ledger {__version__}\n")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def main_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="PATH_OR_URL",
            help="Database: a file path or a SQLAlchemy URL. Default: $LEDGER_DB, else ./ledger.db.",
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", callback=show_version, is_eager=True)
    ] = False,
) -> None:
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is None:  # `ledger` alone: the help, and success
        sys.stdout.write(ctx.get_help() + "\n")
        raise typer.Exit()


#: Options of the whole program that may also be given after the command (ledger who-holds X --db f.db).
GLOBAL_OPTIONS = ("--db",)


def hoist_global_options(args: list[str]) -> list[str]:
    """Move global options given after the command in front of it, where Click reads them."""
    command = next(
        (i for i, a in enumerate(args) if not a.startswith("-") and (i == 0 or args[i - 1] not in GLOBAL_OPTIONS)),
        None,
    )
    if command is None:
        return args
    before, after, moved = args[:command], [], []
    rest = args[command:]
    i = 0
    while i < len(rest):
        arg = rest[i]
        if arg in GLOBAL_OPTIONS and i + 1 < len(rest):
            moved += [arg, rest[i + 1]]
            i += 2
            continue
        if arg.startswith(tuple(f"{o}=" for o in GLOBAL_OPTIONS)):
            moved.append(arg)
        elif arg == "--":  # what follows is an argument, whatever it looks like
            after += rest[i:]
            break
        else:
            after.append(arg)
        i += 1
    return before + moved + after


# --- import and parse ----------------------------------------------------------------------


@app.command("import", short_help="Read notices (PDF, Word, web pages, text). e.g. ledger import gazette.pdf")
@handle_errors
def import_(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH...", help="Notice files (PDF, Word .docx, saved web pages, text), or folders of them."
        ),
    ],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be written; write nothing.")] = False,
    date: Annotated[
        str | None,
        typer.Option(
            "--date", metavar="DATE", help="Effective date for notices that carry none.", callback=parse_date_option
        ),
    ] = None,
    supersede: Annotated[
        bool,
        typer.Option(
            "--supersede", help="Replace a notice already imported under the same doc number with other text."
        ),
    ] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", metavar="N", min=0, help="Processes parsing files in parallel (0: one per core).")
    ] = 0,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Refuse a file whole if any personnel clause in it cannot be read."),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Read notice files into the ledger, one transaction per file.

    Files are told by their content: PDF (text layer; scans need the ocr extra), Word .docx,
    saved web pages (.html, .mhtml) and plain text. A folder is read whole: files ledger
    cannot read are listed with the reason. A personnel clause that cannot be read becomes an
    open item beside the events that read (ledger review lists them, ledger resolve closes
    them); with --strict the file is refused whole instead. One failing file never stops the
    others. Notices already imported add nothing.

    Exit 0: every file read; 3: read, with open items waiting for review; 2: a file failed.

    Example: ledger import data/000_2382a5a68e7547d5.txt
    """
    import os
    import time

    started = time.monotonic()
    ledger = book(ctx)
    files = ledger.gather(paths)
    workers = jobs or min(os.cpu_count() or 1, 8)
    tally = ImportTally(len(files))
    progress = None
    if not as_json and sys.stdout.isatty() and sys.stderr.isatty():
        if len(files) > 1 or sum(f.size for f in files) > LARGE_IMPORT_BYTES:
            progress = ImportProgress(files)
    ctrl_c = CtrlC()
    results = ledger.import_paths(
        files,
        jobs=workers,
        dry_run=dry_run,
        default_date=date,
        supersede=supersede,
        progress=progress.pages if progress else None,
        stop=ctrl_c.stop,
        strict=strict,
    )
    if as_json:
        sys.stdout.write("[")
    try:
        if progress:
            progress.start()
        with ctrl_c:
            for result in results:
                tally.add(result)
                if progress:
                    progress.advance(result, tally)
                if result.status == "failed":
                    say(f"error: {result.error}")
                    if result.path.is_file():
                        say(f"{result.path}: nothing written")
                elif result.report is None:  # skipped unread: an image, an archive
                    if not as_json:
                        sys.stdout.write(f"{result.path}: skipped: {result.error}\n")
                else:
                    for warning in result.report.warnings:
                        say(f"warning: {warning}")
                    if not as_json:
                        show_import(result.report)
                    if result.report.open_items:
                        items = result.report.open_items
                        say(
                            f"{result.path}: {plural(len(items), 'open item')} "
                            + ("would wait" if dry_run else "waiting")
                            + " for review (ledger review)"
                        )
                if as_json:  # streamed, one file at a time: a large import holds no list of reports
                    item = json.dumps(import_json(result), ensure_ascii=False)
                    sys.stdout.write(("\n" if tally.done == 1 else ",\n") + item)
        if ctrl_c.pressed:
            raise KeyboardInterrupt
    except KeyboardInterrupt as exc:
        if progress:
            progress.stop()
        interrupted(exc, tally)
    finally:
        if progress:
            progress.stop()
    if as_json:
        sys.stdout.write("\n]\n" if tally.done else "]\n")
    elif (readable := sum(1 for f in files if not f.error)) > 1 or (readable and any(p.is_dir() for p in paths)):
        tally.summary()
        if progress:
            tally.grand_total(dry_run, time.monotonic() - started)
    if tally.counts["failed"]:
        raise typer.Exit(2)
    if tally.open_items:
        raise typer.Exit(3)


class CtrlC:
    """Ctrl-C during an import: the first press stops it after the file being written, so that
    what was reported is what the ledger holds; a second press stops at once (the open group of
    files is then undone). Files are committed in groups and reported after their commit: an
    interrupt raised anywhere could fall between the two.

    A SIGINT that lands in a garbage-collector callback (SQLAlchemy keeps weakref hooks) would
    be printed as "Exception ignored" and lost; here a press is only remembered, never lost."""

    def __enter__(self) -> CtrlC:
        import signal

        self.pressed = False
        self._previous = signal.signal(signal.SIGINT, self._press)
        self._hook, sys.unraisablehook = sys.unraisablehook, self._unraisable
        return self

    def _press(self, signum: int, frame: Any) -> None:
        import os

        if self.pressed:
            raise KeyboardInterrupt
        self.pressed = True
        # a constant, written by the system call itself: the handler may run in the middle of
        # an import of a module, or of a print, and must not need either
        os.write(2, b"stopping after the file being read (Ctrl-C again to stop at once)\n")

    def _unraisable(self, unraisable: Any) -> None:
        if not isinstance(unraisable.exc_value, KeyboardInterrupt):
            self._hook(unraisable)

    def stop(self) -> bool:
        return self.pressed

    def __exit__(self, *exc: object) -> None:
        import signal

        signal.signal(signal.SIGINT, self._previous)
        sys.unraisablehook = self._hook


def interrupted(exc: KeyboardInterrupt, tally: ImportTally) -> None:
    """Ctrl-C during an import: say what was written, and stop with 130."""
    from .importer import Interrupted

    # Interrupted knows the file it stopped in, and has looked whether it was written; a
    # plain Ctrl-C stopped the import between files, after their group was committed.
    say_now(str(exc) if isinstance(exc, Interrupted) else "interrupted: stopped between files")
    done = tally.counts["imported"]
    say_now(
        f"{done} file{'' if done == 1 else 's'} imported before the stop"
        + (f" (the last: {tally.last_imported})" if tally.last_imported else "")
        + "; files after it were not read"
    )
    raise typer.Exit(130) from None


def say_now(message: str) -> None:
    """A message straight to stderr: after Ctrl-C the console may have been stopped mid-print."""
    sys.stderr.write(safe(message) + "\n")
    sys.stderr.flush()


#: A single file this large gets a progress bar too.
LARGE_IMPORT_BYTES = 1 << 20


class ImportTally:
    """Files by outcome, and the notices and events added, for the summary and the grand total."""

    def __init__(self, files: int):
        from collections import Counter

        self.files, self.done = files, 0
        self.counts: Counter[str] = Counter({"imported": 0, "unchanged": 0, "skipped": 0, "failed": 0})
        self.notices = self.events = self.open_items = 0
        self.actions: Counter[str] = Counter()
        self.failures: list[str] = []
        self.last_imported: str | None = None

    def add(self, result) -> None:
        self.done += 1
        self.counts[result.status] += 1
        if result.status == "imported":
            self.last_imported = str(result.path)
        if result.status == "failed":
            self.failures.append(str(result.error))
        if result.report is not None:
            self.notices += len(result.report.added)
            self.events += result.report.events_added
            self.open_items += len(result.report.open_items)
            self.actions.update(result.report.actions_added())

    def summary(self) -> None:
        counts = ", ".join(f"{n} {status}" for status, n in self.counts.items())
        sys.stdout.write(f"{self.files} file{'s' if self.files != 1 else ''}: {counts}\n")
        for failure in self.failures:
            sys.stdout.write(f"  failed    {failure.splitlines()[0]}\n")

    def grand_total(self, dry_run: bool, seconds: float) -> None:
        by_action = ", ".join(f"{count} {action}" for action, count in sorted(self.actions.items()))
        verb = "would add" if dry_run else "added"
        sys.stdout.write(
            f"total: {self.notices} notices, {self.events} events {verb}"
            + (f" ({by_action})" if by_action else "")
            + f" in {seconds:.1f} s\n"
        )


class ImportProgress:
    """A Rich progress bar on the terminal: files done of all, notices and events so far, time left."""

    def __init__(self, files: list):
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        self.sizes = {c.path: max(c.size, 1) for c in files}
        self.total = sum(self.sizes.values())
        self.files = len(files)
        self.bar = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            TextColumn("{task.fields[files]}"),
            TextColumn("{task.fields[tally]}"),
            TimeRemainingColumn(),
            console=err(),
            transient=True,
            redirect_stdout=True,
            redirect_stderr=True,
        )
        self.task = self.bar.add_task("importing", total=self.total, files=f"0/{self.files} files", tally="")
        self.completed = 0

    def start(self) -> None:
        self.bar.start()

    def stop(self) -> None:
        self.bar.stop()

    def pages(self, path: Path, done: int, total: int) -> None:
        """A PDF's pages as they are read: the bar moves inside a large file too."""
        share = self.sizes.get(path, 1) * done / max(total, 1)
        self.bar.update(self.task, completed=self.completed + share, description=f"page {done}/{total}")

    def advance(self, result, tally: ImportTally) -> None:
        self.completed += self.sizes.get(result.path, 1)
        self.bar.update(
            self.task,
            completed=self.completed,
            description="importing",
            files=f"{tally.done}/{self.files} files",
            tally=f"{tally.notices} notices, {tally.events} events",
        )


def import_json(result) -> dict:
    report = result.report
    if report is None:
        return {
            "file": str(result.path),
            "status": result.status,
            "error": result.error,
            "format": None,
            "pages": None,
            "dry_run": None,
            "events_added": 0,
            "open_items_added": 0,
            "notices": [],
        }
    return {
        "file": report.file,
        "status": result.status,
        "error": None,
        "format": report.format,
        "pages": report.pages,
        "dry_run": report.dry_run,
        "events_added": report.events_added,
        "open_items_added": len(report.open_items),
        "notices": [
            {
                "doc_no": n.doc_no,
                "title": n.title,
                "date": iso(n.date),
                "status": n.status,
                "kind": n.kind,
                "events": n.events,
                "actions": n.actions,
                "reason": n.reason,
                "open_items": [
                    {"id": i.id, "line": i.line, "place": i.place, "clause": i.clause, "reason": i.reason}
                    for i in n.open_items
                ]
                if n.status in ("added", "superseded")
                else [],
            }
            for n in report.notices
        ],
    }


def _items(outcome) -> str:
    """ ", 1 open item" after a notice's events, if it has any."""
    return f", {plural(len(outcome.open_items), 'open item')}" if outcome.open_items else ""


def show_import(report) -> None:
    # plain writes: an import of thousands of notices prints thousands of lines
    def write(text: str) -> None:
        sys.stdout.write(safe(text[:-1]) + "\n")

    personnel = [n for n in report.notices if n.kind == "personnel"]
    divisions = [n for n in report.notices if n.kind == "division"]
    verb = "would add" if report.dry_run else "added"
    actions = report.actions_added()
    by_action = ", ".join(f"{count} {action}" for action, count in sorted(actions.items()))
    write(
        f"{report.file}: {plural(len(personnel), 'personnel notice')}, {plural(report.events_added, 'event')} {verb}"
        + (f" ({by_action})" if by_action else "")
        + (f"; {plural(len(divisions), 'work division')}" if divisions else "")
        + "\n"
    )
    for n in report.notices:
        label = n.doc_no or n.title or "(untitled)"
        if n.status == "added" and n.reason:  # a work division
            write(f"  {verb:<9} {label}  {iso(n.date)}  {n.reason}  {n.title or ''}\n")
        elif n.status == "added":
            write(f"  {verb:<9} {label}  {iso(n.date)}  {plural(n.events, 'event')}{_items(n)}  {n.title or ''}\n")
        elif n.status == "superseded":
            write(f"  {verb:<9} {label}  {iso(n.date)}  {plural(n.events, 'event')}{_items(n)}  ({n.reason})\n")
        elif n.status == "already imported" and n.reason:  # known, and retracted
            write(f"  known     {label}  already imported, and {n.reason}\n")
        elif n.status == "already imported":
            write(f"  known     {label}  already imported, nothing added\n")
        else:
            write(f"  skipped   {n.title or '(untitled)'}: {n.reason}\n")
        if n.status in ("added", "superseded"):
            for item in n.open_items:
                place = f" ({item.place})" if item.place else ""
                number = f"#{item.id}" if item.id is not None else "open"
                write(f"  {number:<9} {report.file}:{item.line}{place}  {item.reason}: {item.clause}\n")
    if (personnel or divisions) and not report.added:
        write("  nothing added: every personnel notice in this file was already imported\n")


@app.command(short_help="Parse a file without a database. e.g. ledger parse gazette.txt --json")
@handle_errors
def parse(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A notice file.")],
    as_json: JsonOption = False,
    date: Annotated[
        str | None,
        typer.Option(
            "--date", metavar="DATE", help="Effective date for notices that carry none.", callback=parse_date_option
        ),
    ] = None,
) -> None:
    """Show what the parser reads in a file: notices, events, open items (clauses that hold a
    decision but cannot be read), skipped notices. Writes nothing.

    Exit 0 when the file was read, open items or not (a line on stderr counts them); 2 when
    it cannot be read at all.

    Example: ledger parse data/000_2382a5a68e7547d5.txt --json
    """
    from .parse import parse_file

    parsed = parse_file(file, date)  # type: ignore[arg-type]
    for notice in parsed.notices:
        for issue in notice.issues:
            place = f" ({parsed.place(issue.line)})" if parsed.place(issue.line) else ""
            clause = f": {issue.clause}" if issue.clause else ""
            say(f"{'open item' if issue.fatal else 'warning'}: {file}:{issue.line}{place}: {issue.reason}{clause}")
    if as_json:
        print_json(parsed.as_json())
    else:
        show_parsed(parsed)
    fatal = [i for n in parsed.notices for i in n.open_items]
    undated = [n for n in parsed.notices if (n.is_personnel or n.is_division) and n.date is None]
    for n in undated:
        say(f"warning: {file}:{n.first_line}: notice {n.doc_no or n.title or ''} has no date: import it with --date")
    if fatal:  # as import does: kept for review, the rest of the file imported (or refused with --strict)
        say(
            f"{file}: {plural(len(fatal), 'open item')}: ledger import would keep "
            f"{'it' if len(fatal) == 1 else 'them'} for review (ledger import --strict would refuse the file)"
        )


def show_parsed(parsed) -> None:
    console = out()
    document = parsed.format != "text"  # a PDF, Word file or web page: say where each event stands in it
    for notice in parsed.notices:
        head = f"{notice.doc_no or '-'}  {iso(notice.date) or 'no date'}  {notice.title or '(untitled)'}"
        if notice.is_division:  # described as import describes it
            d = notice.division
            show(
                f"division {notice.doc_no or '-'}  {iso(notice.date) or 'no date'}  work division: "
                f"{plural(len(d.portfolios), 'portfolio record')}, {plural(len(d.ab_pairs), 'AB pair')}  "
                f"{notice.title or ''}"
            )
            continue
        if not notice.is_personnel:
            show(f"skipped  {head}: {notice.skipped_reason}")
            continue
        columns = ("line", *(("where",) if document else ()), "action", "person", "post", "qualifiers")
        table = table_(head, columns)
        for e in notice.events:
            where = (parsed.place(e.line),) if document else ()
            table.add_row(str(e.line), *where, e.action, e.person, e.post, "，".join(e.qualifiers))
        for i in notice.open_items:  # beside the events, in the same columns: what could not be read
            where = (parsed.place(i.line),) if document else ()
            table.add_row(str(i.line), *where, "open item", "?", i.clause, i.reason)
        console.print(table)


# --- queries -------------------------------------------------------------------------------


def cited(doc_no: str | None, event) -> str:
    """A notice as an answer cites it: its doc number, or its id when it has none."""
    from .text import short_id

    if doc_no:
        return doc_no
    return f"notice {short_id(event.notice_hash)}" if event is not None and event.notice_hash else "no doc no."


def since_text(tenure: Tenure) -> str:
    if tenure.start is None:
        return "start unknown"
    return f"{tenure.start} ({cited(tenure.start_doc, tenure.opened_by)})"


def until_text(tenure: Tenure) -> str:
    if tenure.end is None:
        return "-"
    return f"removed {tenure.end} ({cited(tenure.end_doc, tenure.closed_by)})"


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


def notice_id_of(event) -> str | None:
    from .text import short_id

    return short_id(event.notice_hash) if event is not None and event.notice_hash else None


def holder_json(tenure: Tenure) -> dict:
    return {
        "person": tenure.person,
        "since": iso(tenure.start),
        "since_doc": tenure.start_doc,
        "since_notice": notice_id_of(tenure.opened_by),
        "ended": iso(tenure.end),
        "ended_doc": tenure.end_doc,
        "ended_notice": notice_id_of(tenure.closed_by),
        "probation_until": iso(tenure.probation_until),
        "secondment_until": iso(tenure.secondment_until),
        "rank": tenure.rank,
    }


def tenure_json(tenure: Tenure) -> dict:
    return {"post": tenure.post, **holder_json(tenure), "confirmed_on": iso(tenure.confirmed_on)}


@app.command(
    "who-holds", short_help="Who held a post on a date. e.g. ledger who-holds 王官庄街道办事处主任 --on 2024-05-01"
)
@handle_errors
def who_holds(
    ctx: typer.Context,
    post: Annotated[
        str,
        typer.Argument(
            metavar="POST",
            callback=not_blank,
            help="The post, or any tail of its name (王官庄街道办事处主任).",
            autocompletion=complete_posts,
        ),
    ],
    on: DateOption = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Who held a post on a date, with the notices that opened and closed each tenure.

    A post is named by any tail of its name; every matching post gets a row.

    Example: ledger who-holds 王官庄街道办事处主任 --on 2024-05-01
    """
    day = on or today()
    note_open_items(ctx, as_known_at, post)
    matched = book(ctx, as_known_at).who_holds(post, day, rows=wanted_rows(limit, as_json or as_csv))  # type: ignore[arg-type]
    answers = [a for a in matched if a.holders]  # posts nobody held that day: counted, not listed
    empty = len(matched) - len(answers)
    answers = first_posts(answers, matched.more, limit, post)
    if as_json:
        print_json([{"post": a.post, "holders": [holder_json(t) for t in a.holders]} for a in answers])
    elif as_csv:
        print_csv([{"post": a.post, **holder_json(t)} for a in answers for t in a.holders])
    elif answers:
        table = table_(f"who held {post} on {day}", ("post", "person", "since", "until", "notes"))
        for answer in answers:
            for t in answer.holders:
                table.add_row(answer.post, t.person, since_text(t), until_text(t), notes_text(t))
        print_table(table)
    if empty:
        say(
            f"{plural(empty, 'more post' if answers else 'post')} ending with {post} had no holder on record on {day}"
            + (" among those examined" if matched.more else "")
            + ("" if answers else f" (ledger post {post} shows who held {'it' if empty == 1 else 'them'} when)")
        )
    if not answers:
        raise typer.Exit(1)


@app.command("expiring-probations", short_help="Probations ending soon. e.g. ledger expiring-probations --within 60")
@handle_errors
def expiring_probations(
    ctx: typer.Context,
    on: DateOption = None,
    within: Annotated[int, typer.Option("--within", metavar="DAYS", min=0, help="Days ahead to look.")] = 90,
    include_overdue: Annotated[
        bool, typer.Option("--include-overdue", help="Also list probations past their end with no confirmation.")
    ] = False,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Tenures held on a date whose probation (试用期) ends within N days, soonest first.

    Example: ledger expiring-probations --on 2024-08-15 --within 60
    """
    day = on or today()
    found = book(ctx, as_known_at).expiring_probations(day, within, include_overdue)  # type: ignore[arg-type]
    found = first(found, limit, "probation")
    rows = [
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
    if as_json or as_csv:
        print_json(rows) if as_json else print_csv(rows)
        return
    last = day + dt.timedelta(days=within)
    if not found:
        say(f"no probation ends between {day} and {last}" + (", and none is overdue" if include_overdue else ""))
        raise typer.Exit(1)
    overdue = sum(1 for p in found if p.days_left < 0)
    title = f"probations ending {day} to {last}" + (
        f", and {plural(overdue, 'overdue probation')} (ended unconfirmed before {day})" if include_overdue else ""
    )
    columns = ("person", "post", "probation ends", "days left", "since")
    table = table_(title, columns)
    for p in found:
        left = f"{p.days_left} days" if p.days_left >= 0 else f"overdue {-p.days_left} days"
        table.add_row(p.tenure.person, p.tenure.post, str(p.tenure.probation_until), left, since_text(p.tenure))
    print_table(table)


@app.command(short_help="A person's career. e.g. ledger person 张树明")
@handle_errors
def person(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME",
            callback=not_blank,
            help="The person's name as written in notices.",
            autocompletion=complete_persons,
        ),
    ],
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Every post a person held, in order, with the notices behind each tenure, concurrent posts,
    and a warning where one name holds posts in unrelated organisations at once.

    Example: ledger person 张树明
    """
    note_open_items(ctx, as_known_at, name)
    report = book(ctx, as_known_at).career_report(name)
    report.tenures = first(report.tenures, limit, "tenure")
    if as_json:
        print_json([tenure_json(t) for t in report.tenures])
    elif as_csv:
        print_csv([tenure_json(t) for t in report.tenures])
    else:
        now = today()
        table = table_(f"career of {report.person}", ("post", "from", "until", "held", "notes"))
        for t in report.tenures:
            held = held_for(t.start, t.end or now)
            held += "" if t.end or held == "not begun" else " so far"
            table.add_row(t.post, since_text(t), until_text(t), held, notes_text(t))
        print_table(table)
        unrelated = {id(o) for o in report.unrelated}
        concurrent = [o for o in report.concurrent if id(o) not in unrelated]
        for o in concurrent[:5]:
            say(f"concurrent: {o.first.post} and {o.second.post} from {o.start or 'an unknown date'}")
        if len(concurrent) > 5:
            say(f"concurrent: {plural(len(concurrent) - 5, 'more pair')} of posts held at once (--json lists them)")
    shown = report.unrelated if as_json or as_csv else report.unrelated[:5]
    for o in shown:
        say(
            f"warning: {report.person} held {o.first.post} and {o.second.post} at the same time "
            f"(from {o.start or 'an unknown date'}) in unrelated organisations: "
            f"possibly two people named {report.person}"
        )
    if len(report.unrelated) > len(shown):
        say(
            f"warning: {plural(len(report.unrelated) - len(shown), 'more pair')} of unrelated posts held at once "
            f"by {report.person} (ledger check lists them)"
        )


@app.command(short_help="Succession of a post. e.g. ledger post 机关事务服务中心主任")
@handle_errors
def post(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(
            metavar="QUERY",
            callback=not_blank,
            help="The post, or any tail of its name.",
            autocompletion=complete_posts,
        ),
    ],
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Every holder of a post in order, with the notices that opened and closed each tenure,
    vacancies between them, and overlaps of two holders of a single-head post.

    Example: ledger post 机关事务服务中心主任
    """
    note_open_items(ctx, as_known_at, query)
    found = book(ctx, as_known_at).succession(query, rows=wanted_rows(limit, as_json or as_csv))
    answers = first_posts(found, found.more, limit, query)
    if as_json:
        print_json(
            [
                {
                    "post": a.post,
                    "single_head": a.single_head,
                    "tenures": [holder_json(t) for t in a.tenures],
                    "vacant": [{"from": iso(lo), "to": iso(hi)} for lo, hi in a.gaps],
                    "overlaps": [
                        {"persons": [o.first.person, o.second.person], "from": iso(o.start), "until": iso(o.end)}
                        for o in a.overlaps
                    ],
                }
                for a in answers
            ]
        )
        return
    if as_csv:
        print_csv([{"post": a.post, **holder_json(t)} for a in answers for t in a.tenures])
        return
    now = today()
    for i, a in enumerate(answers):
        if i:
            show("")
        table = table_(a.post, ("person", "from", "until", "held", "notes"))
        rows = [(t.start or dt.date.min, 0, t) for t in a.tenures] + [(lo, 1, (lo, hi)) for lo, hi in a.gaps]
        for _, kind, item in sorted(rows, key=lambda r: (r[0], r[1])):
            if kind == 1:
                table.add_row("(vacant)", str(item[0]), str(item[1]), held_for(item[0], item[1]), "")
            else:
                t = item
                held = held_for(t.start, t.end or now)
                held += "" if t.end or held == "not begun" else " so far"
                table.add_row(t.person, since_text(t), until_text(t), held, notes_text(t))
        print_table(table)
        if table.rows:  # warnings for the posts shown; `ledger check` lists every overlap
            for o in a.overlaps[:3]:
                say(
                    f"warning: {a.post} had two holders at once: {o.first.person} and {o.second.person} "
                    f"from {o.start or 'an unknown date'}"
                )
            if len(a.overlaps) > 3:
                say(f"warning: {a.post}: {plural(len(a.overlaps) - 3, 'more overlap')} (ledger check lists them)")


@app.command(short_help="A timeline page of who held which post. e.g. ledger timeline 王官庄街道 --out t.html")
@handle_errors
def timeline(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(
            metavar="QUERY",
            callback=not_blank,
            help="A person, a post (any tail of its name) or an organisation (王官庄街道).",
        ),
    ],
    start: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="DATE",
            help="First day shown (default: before the first date on record).",
            callback=parse_date_option,
        ),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option(
            "--to",
            metavar="DATE",
            help="Last day shown (default: a month after today or the last date on record).",
            callback=parse_date_option,
        ),
    ] = None,
    out_file: Annotated[
        Path | None,
        typer.Option(
            "--out", metavar="FILE", help="The HTML file to write (default: timeline-QUERY.html; - for stdout)."
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the lanes, bars and marks the page draws, as JSON.")
    ] = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Draw who held which post over time as one self-contained HTML page: a lane per post, a bar
    per tenure, vacancies as gaps, two holders of a single-head post marked, probation shaded.
    The page needs no network; hovering or tapping a bar shows the notices behind it.

    Example: ledger timeline 王官庄街道 --from 2024-01-01 --out wgz.html
    """
    from .files import write_file

    if start and end and start > end:  # type: ignore[operator]
        raise typer.BadParameter(f"--from {start} is after --to {end}")
    ledger = book(ctx, as_known_at)
    drawn = ledger.timeline(query, start, end)  # type: ignore[arg-type]
    if as_json:
        print_json(drawn.as_json())
        return
    from .timeline.page import render

    page = render(drawn)
    if out_file is not None and str(out_file) == "-":
        sys.stdout.write(page)
        return
    target = out_file or Path(f"timeline-{safe_file_name(drawn.query)}.html")
    # a page is drawn again and again: it replaces the last one, but never the database
    write_file(target, lambda stream: stream.write(page), database=ledger.url, force=True)
    tenures = f"{len(drawn.bars)} tenure{'' if len(drawn.bars) == 1 else 's'}"
    posts = f"{len(drawn.lanes)} post{'' if len(drawn.lanes) == 1 else 's'}"
    # two short lines: they stay whole in an 80-column terminal
    say(f"wrote {target} ({len(page.encode()) // 1024} KB): open it in any browser")
    say(f"{drawn.kind} {drawn.query}: {posts}, {tenures}, {drawn.start} to {drawn.end}")
    if not drawn.bars:
        say("nothing on record in that period: the page shows empty lanes")


def safe_file_name(text: str) -> str:
    """A query as part of a file name: characters that file systems or shells mind become _."""
    import re

    return re.sub(r'[\\/:*?"<>|\s\x00-\x1f]+', "_", text)[:60] or "timeline"


@app.command(short_help="Posts of an organisation on a date. e.g. ledger roster 王官庄街道 --on 2024-06-01")
@handle_errors
def roster(
    ctx: typer.Context,
    org: Annotated[
        str,
        typer.Argument(
            metavar="ORG",
            callback=not_blank,
            help="Any part of an organisation's name (王官庄街道).",
            autocompletion=complete_organisations,
        ),
    ],
    on: DateOption = None,
    vacant: Annotated[bool, typer.Option("--vacant", help="Also list posts nobody held on the date.")] = False,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Every post under an organisation and who held it on a date, grouped by organisation.

    Example: ledger roster 王官庄街道 --on 2024-06-01
    """
    day = on or today()
    note_open_items(ctx, as_known_at, org)
    ledger = book(ctx, as_known_at)
    found = ledger.roster(org, day, vacant, rows=wanted_rows(limit, as_json or as_csv))  # type: ignore[arg-type]
    entries = first_posts(found, found.more, limit, org)
    overseers = ledger.overseers_of({e.organisation for e in entries}, day)  # type: ignore[arg-type]
    rows = [{"organisation": e.organisation, "title": e.title, **holder_json(t)} for e in entries for t in e.holders]
    if as_json:
        print_json(
            [
                {
                    "organisation": e.organisation,
                    "post": e.post,
                    "title": e.title,
                    "holders": [holder_json(t) for t in e.holders],
                    "overseen_by": [o.as_json() for o in overseers.get(e.organisation, [])],
                }
                for e in entries
            ]
        )
        return
    if as_csv:
        print_csv(rows)
        return
    from .output import relative

    # Posts relative to what was asked (王官庄街道 → 党政综合办公室 副主任; 农业农村局 → 副局长);
    # the part up to it is said once, in the heading.
    places = sorted({e.organisation[: e.organisation.rfind(org) + len(org)] for e in entries if org in e.organisation})
    table = table_(f"{' / '.join(places) or org} on {day}", ("post", "person", "since", "notes"))
    previous = None
    for e in entries:
        at = e.organisation.rfind(org)
        unit = e.organisation[at + len(org) :] if at >= 0 else e.organisation
        if e.organisation != previous and overseers.get(e.organisation):
            leaders = ", ".join(f"{o.leader} ({o.relation})" for o in overseers[e.organisation])
            table.add_row(f"{unit}: overseen by" if unit else "overseen by", leaders, "(work division)", "")
        previous = e.organisation
        post = f"{unit} {e.title}".strip() if e.title else relative(e.post, org)
        if not e.holders:
            table.add_row(post, "(vacant)", "", "")
        for t in e.holders:
            table.add_row(post, t.person, since_text(t), notes_text(t))
    print_table(table)


@app.command(short_help="What changed in a period. e.g. ledger changes --from 2024-04-01 --to 2024-06-30")
@handle_errors
def changes(
    ctx: typer.Context,
    start: Annotated[
        str, typer.Option("--from", metavar="DATE", help="First day of the period.", callback=parse_date_option)
    ],
    end: Annotated[
        str, typer.Option("--to", metavar="DATE", help="Last day of the period.", callback=parse_date_option)
    ],
    org: Annotated[
        str | None, typer.Option("--org", metavar="ORG", help="Only posts whose name contains this.")
    ] = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Appointments, removals and confirmations in a period grouped by notice, and the
    probations that ended in it.

    Example: ledger changes --from 2024-04-01 --to 2024-06-30 --org 王官庄街道
    """
    if start > end:  # type: ignore[operator]
        raise typer.BadParameter(f"--from {start} is after --to {end}")
    period = book(ctx, as_known_at).changes(start, end, org)  # type: ignore[arg-type]
    notices, cut = limit_rows(period.notices, limit)
    event_rows = [
        {"doc_no": n.doc_no, "date": iso(n.date), "action": e.action, "person": e.person, "post": e.post}
        for n in notices
        for e in n.events
    ]
    if as_csv:
        print_csv(event_rows)
        return
    if as_json:
        print_json(
            {
                "notices": [
                    {
                        "doc_no": n.doc_no,
                        "date": iso(n.date),
                        "title": n.title,
                        "events": [{"action": e.action, "person": e.person, "post": e.post} for e in n.events],
                    }
                    for n in notices
                ],
                "probations_ended": [
                    {"person": t.person, "post": t.post, "probation_until": iso(t.probation_until)}
                    for t in period.probations_ended
                ],
            }
        )
        return
    if not notices and not period.probations_ended:
        say(f"no changes on record between {start} and {end}")
        raise typer.Exit(1)
    for i, n in enumerate(notices):
        if i:
            show("")
        table = table_(f"{n.doc_no or '(no doc no.)'}  {n.date}  {n.title or ''}", ("action", "person", "post"))
        for e in n.events:
            table.add_row(e.action, e.person, e.post)
        print_table(table)
    if period.probations_ended:
        if notices:
            show("")
        table = table_("probations ended", ("person", "post", "probation ended"))
        for t in period.probations_ended:
            table.add_row(t.person, t.post, str(t.probation_until))
        print_table(table)
    if cut:
        say(f"{plural(cut, 'more change')} in that period not shown (--limit {limit})")


def first(items: list, limit: int | None, what: str) -> list:
    """At most ``limit`` items; says on stderr how many more there were."""
    if limit and len(items) > limit:
        say(f"{plural(len(items) - limit, 'more ' + what)} not shown (--limit {limit})")
        return items[:limit]
    return items


def limit_rows(notices: list, limit: int | None) -> tuple[list, int]:
    """The notices cut to ``limit`` events in all (a notice cut short keeps its first events),
    and how many events were left out."""
    import dataclasses

    if not limit:
        return notices, 0
    kept, left = [], limit
    for n in notices:
        if left <= 0:
            break
        kept.append(n if len(n.events) <= left else dataclasses.replace(n, events=n.events[:left]))
        left -= len(n.events)
    shown_events = sum(len(n.events) for n in kept)
    return kept, sum(len(n.events) for n in notices) - shown_events


@app.command(short_help="Imported notices, newest first. e.g. ledger notices --limit 10")
@handle_errors
def notices(
    ctx: typer.Context,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """The imported notices: doc number, issuer, date, events, source file, import time.

    Example: ledger notices --limit 10
    """
    found = book(ctx, as_known_at).notices(wanted_rows(limit, as_json or as_csv))
    from .text import short_id

    rows = [
        {
            "id": short_id(s.notice.content_hash),
            "doc_no": s.notice.doc_no,
            "kind": s.notice.kind,
            "issuer": s.notice.issuer,
            "date": iso(s.notice.date),
            "events": s.events,
            "title": s.notice.title,
            "file": s.notice.source_file,
            "imported_at": moment_text(s.notice.imported_at),
            **retraction_json(s.retraction),
        }
        for s in found
    ]
    if as_json or as_csv:
        print_json(rows) if as_json else print_csv(rows)
        return
    if not rows:
        say("no notices imported yet")
        raise typer.Exit(1)
    columns = ("id", "doc no.", "date", "issuer", "events", "imported at", "status", "title", "file")
    shown = f"{len(rows):,} of {len(rows) + found.more:,} notices" if found.more else plural(len(rows), "notice")
    table = table_(f"imported notices, newest first ({shown})", columns)
    for r in rows:
        status = f"retracted {r['retracted_at'].replace('T', ' ')}" if r["retracted_at"] else "in force"
        events = "division" if r["kind"] == "division" else str(r["events"])
        imported = r["imported_at"].replace("T", " ")  # breaks between date and time; --as-known-at reads it
        table.add_row(
            r["id"], r["doc_no"] or "-", r["date"], r["issuer"] or "", events, imported, status, r["title"] or "",
            r["file"] or "",
        )  # fmt: skip
    print_table(table)
    if found.more and not limit:
        say(f"{found.more:,} older notices not shown: --limit N shows more, --json or --csv every notice")


def retraction_json(retraction) -> dict:
    return {
        "retracted_at": moment_text(retraction.retracted_at) if retraction else None,
        "retraction_reason": retraction.reason if retraction else None,
    }


@app.command(short_help="One notice with its events and source lines. e.g. ledger notice 市中政任〔2024〕5号")
@handle_errors
def notice(
    ctx: typer.Context,
    doc_no: Annotated[
        str,
        typer.Argument(
            metavar="NOTICE",
            callback=not_blank,
            help="The notice's id (as ledger notices shows it) or doc number (文号, any bracket style).",
        ),
    ],
    as_json: JsonOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """One notice: its metadata and every event with the source line and clause behind it.

    Example: ledger notice 市中政任〔2024〕5号
    """
    from .text import short_id

    found = book(ctx, as_known_at).notice(doc_no)
    data = [
        {
            **retraction_json(summary.retraction),
            "id": short_id(n.content_hash),
            "doc_no": n.doc_no,
            "title": n.title,
            "issuer": n.issuer,
            "signed_by": n.signed_by,
            "date": iso(n.date),
            "file": n.source_file,
            "lines": [n.first_line, n.last_line],
            "imported_at": moment_text(n.imported_at),
            "events": [
                {"action": e.action, "person": e.person, "post": e.post, "line": e.line, "clause": e.clause}
                for e in n.events
            ],
        }
        for summary in found
        for n in [summary.notice]
    ]
    if as_json:
        print_json(data)
        return
    for i, n in enumerate(data):
        if i:
            show("")
        show(
            f"{n['doc_no'] or 'notice ' + n['id']}  {n['date']}  {n['title'] or ''}\nid {n['id']}; issued by "
            f"{n['issuer'] or '-'}, signed by "
            f"{n['signed_by'] or '-'}; {n['file']} lines {n['lines'][0]}-{n['lines'][1]}"
            + (f"\nRETRACTED {n['retracted_at']}: {n['retraction_reason']}" if n["retracted_at"] else "")
        )
        table = table_("", ("line", "action", "person", "post", "clause"))
        for e in n["events"]:
            table.add_row(str(e["line"]), e["action"], e["person"], e["post"], e["clause"])
        print_table(table)


@app.command(short_help="Find people, posts, organisations, also by pinyin. e.g. ledger search zsm")
@handle_errors
def search(
    ctx: typer.Context,
    text: Annotated[
        str,
        typer.Argument(
            metavar="TEXT",
            callback=not_blank,
            help="Any part of a name, or its pinyin (zhangshuming) or initials (zsm).",
        ),
    ],
    limit: Annotated[int, typer.Option("--limit", metavar="N", min=1, help="Show at most this many results.")] = 30,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Find people, posts and organisations by any part of their name, or by pinyin.

    Example: ledger search zsm
    """
    from .errors import NotFound

    hits = book(ctx, as_known_at).search(text, limit)
    if not hits:
        raise NotFound(f"nothing found for {text!r}")
    rows = [{"kind": h.kind, "name": h.name, "matched": h.matched, "score": h.score} for h in hits]
    if as_json or as_csv:
        print_json(rows) if as_json else print_csv(rows)
        return
    table = table_(f"search: {text}", ("kind", "name", "matched by"))
    for h in hits:
        table.add_row(h.kind, h.name, h.matched)
    print_table(table)


@app.command(short_help="Export the whole ledger. e.g. ledger export --format popolo --out ledger.json")
@handle_errors
def export(
    ctx: typer.Context,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="csv (one row per tenure), json or popolo.",
            autocompletion=lambda: ["csv", "json", "popolo"],
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
    from .files import write_file

    if fmt not in ("csv", "json", "popolo"):
        raise typer.BadParameter(f"unknown format {fmt!r}: use csv, json or popolo", param_hint="--format")
    ledger = book(ctx, as_known_at)

    def write(target) -> None:
        data = ledger.export(fmt)
        if fmt == "csv":
            for chunk in data:
                target.write(chunk)
        else:
            json.dump(data, target, ensure_ascii=False, indent=2)
            target.write("\n")

    if out_file is None:
        write(sys.stdout)
        return
    write_file(out_file, write, database=ledger.url, force=force)
    say(f"wrote {out_file}")


def oversight_text(o) -> str:
    if o.principal:
        text = f"协助 {o.principal} {o.assisted or ''}: {o.object}"
    else:
        text = f"{o.relation} {o.object}"
    if o.carried_by:
        text += f" (through {o.carried_by})"
    if o.via:
        text += f" ({o.via} is a second name of {o.object})"
    return text


@app.command("who-oversees", short_help="Which leader oversees a body or area. e.g. ledger who-oversees 区审计局")
@handle_errors
def who_oversees(
    ctx: typer.Context,
    body_or_area: Annotated[
        str,
        typer.Argument(
            metavar="BODY", callback=not_blank, help="A body (区审计局, a second name, a full name) or a work area."
        ),
    ],
    on: DateOption = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """The leaders who preside over, are responsible for, oversee (分管), liaise with or assist
    with a body or work area, from the work division (分工) in force on the date.

    Example: ledger who-oversees 区审计局 --on 2024-07-01
    """
    day = on or today()
    found = first(book(ctx, as_known_at).who_oversees(body_or_area, day), limit, "leader")  # type: ignore[arg-type]
    if as_json:
        print_json([o.as_json() for o in found])
        return
    table = table_(f"who oversees {body_or_area} on {day}", ("leader", "what", "work division"))
    for o in found:
        table.add_row(o.leader, oversight_text(o), f"{o.doc_no or '-'} ({o.date}) line {o.line}")
    print_table(table)


@app.command(short_help="A leader's portfolio. e.g. ledger portfolio 陈剑")
@handle_errors
def portfolio(
    ctx: typer.Context,
    leader: Annotated[str, typer.Argument(metavar="NAME", callback=not_blank, help="The leader's name.")],
    on: DateOption = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Everything a leader presides over, is responsible for, coordinates, oversees, liaises
    with or assists with, from the work division in force on the date.

    Example: ledger portfolio 陈剑 --on 2024-07-01
    """
    day = on or today()
    found = first(book(ctx, as_known_at).portfolio(leader, day), limit, "portfolio record")  # type: ignore[arg-type]
    if as_json:
        print_json([o.as_json() for o in found])
        return
    table = table_(f"portfolio of {leader} on {day}", ("relation", "body or area", "line"))
    for o in found:
        table.add_row(
            o.relation, oversight_text(o).split(" ", 1)[1] if not o.principal else oversight_text(o), str(o.line)
        )
    print_table(table)


@app.command("stands-in-for", short_help="A leader's AB partners. e.g. ledger stands-in-for 栾长征")
@handle_errors
def stands_in_for(
    ctx: typer.Context,
    leader: Annotated[str, typer.Argument(metavar="NAME", callback=not_blank, help="The leader's name.")],
    on: DateOption = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Who stands in for a leader, and for whom the leader stands in (互为AB角).

    Example: ledger stands-in-for 栾长征 --on 2024-07-01
    """
    day = on or today()
    found = first(book(ctx, as_known_at).stands_in_for(leader, day), limit, "partner")  # type: ignore[arg-type]
    if as_json:
        print_json([{"partner": p.partner, "doc_no": p.doc_no, "date": iso(p.date), "line": p.line} for p in found])
        return
    table = table_(f"{leader} and their AB partners on {day}", ("partner", "work division"))
    for p in found:
        table.add_row(p.partner, f"{p.doc_no or '-'} ({p.date}) line {p.line}")
    print_table(table)


@app.command(
    short_help="Withdraw an imported notice from every answer. e.g. ledger retract 市中政任〔2024〕5号 --reason …"
)
@handle_errors
def retract(
    ctx: typer.Context,
    doc_no: Annotated[
        str,
        typer.Argument(
            metavar="NOTICE", callback=not_blank, help="The id (ledger notices) or doc number (文号) of the notice."
        ),
    ],
    reason: Annotated[str, typer.Option("--reason", metavar="TEXT", help="Why: kept with the retraction.")],
) -> None:
    """Append a retraction of an imported notice: queries ignore its events from now on.
    Nothing is deleted; `ledger notices` shows it as retracted, `--as-known-at` sees the past.

    Example: ledger retract 市中政任〔2024〕5号 --reason "imported from the wrong gazette"
    """
    for number, day in book(ctx).retract(doc_no, reason):
        show(f"retracted {number} ({day}): {reason}")


@app.command(short_help="Bring back a retracted notice. e.g. ledger reinstate 市中政任〔2024〕5号 --reason …")
@handle_errors
def reinstate(
    ctx: typer.Context,
    doc_no: Annotated[
        str,
        typer.Argument(
            metavar="NOTICE", callback=not_blank, help="The id (ledger notices) or doc number (文号) of the notice."
        ),
    ],
    reason: Annotated[str, typer.Option("--reason", metavar="TEXT", help="Why: kept with the reinstatement.")],
) -> None:
    """Append a reinstatement of a retracted notice: its events answer again from now on.
    Like the retraction, nothing is deleted; `--as-known-at` still sees the time between.

    Example: ledger reinstate 市中政任〔2024〕5号 --reason "retracted by mistake"
    """
    for number, day in book(ctx).reinstate(doc_no, reason):
        show(f"reinstated {number} ({day}): {reason}")


# --- open items: review, resolve, record ----------------------------------------------------


EventOption = Annotated[
    list[str] | None,
    typer.Option(
        "--event",
        metavar="ACTION|PERSON|POST[|QUALIFIER...]",
        help="An event, repeatable: 'appoint|张三|某局局长'; qualifiers 'probation-until=2025-07-01', "
        "'rank=副处级' or any other text, kept verbatim.",
    ),
]
ActionOption = Annotated[
    str | None, typer.Option("--action", metavar="ACTION", help="One event: appoint, remove or confirm…")
]
PersonOption = Annotated[str | None, typer.Option("--person", metavar="NAME", help="…of this person…")]
PostOption = Annotated[str | None, typer.Option("--post", metavar="POST", help="…to or from this post (in full).")]
ProbationOption = Annotated[
    str | None,
    typer.Option(
        "--probation-until", metavar="DATE", help="The event's probation ends on DATE.", callback=parse_date_option
    ),
]
RankOption = Annotated[str | None, typer.Option("--rank", metavar="RANK", help="The event's rank (副处级).")]
OtherOption = Annotated[
    list[str] | None,
    typer.Option("--other", metavar="TEXT", help="Another qualifier of the event, kept verbatim; repeatable."),
]


def event_specs(
    events: list[str] | None,
    action: str | None,
    person: str | None,
    post: str | None,
    probation_until: dt.date | None,
    rank: str | None,
    other: list[str] | None,
) -> list:
    """The events an invocation states: each --event, and the one of --action/--person/--post."""
    from .errors import LedgerError
    from .review import EventSpec, parse_event

    specs = [parse_event(text) for text in events or []]
    one = (action, person, post)
    if any(one):
        if not all(one):
            raise LedgerError("--action, --person and --post go together: all three state one event")
        specs.append(EventSpec(action, person, post, probation_until, rank, list(other or [])))  # type: ignore[arg-type]
    elif probation_until or rank or other:
        raise LedgerError(
            "--probation-until, --rank and --other qualify the event of --action/--person/--post; "
            "in --event write them after the post: 'appoint|张三|某局局长|probation-until=2025-07-01'"
        )
    return specs


def note_open_items(ctx: typer.Context, as_known_at: dt.datetime | None, name: str) -> None:
    """One line on stderr when an unresolved open item names the post, person or organisation
    asked about: the answer may change once it is resolved."""
    from .queries import clean_query

    try:
        found = book(ctx, as_known_at).open_items_concerning({clean_query(name)})
    except Exception:  # advisory: never let it spoil the answer (or hide the real error)
        return
    if not found:
        return
    cited = ", ".join(f"#{i.id} {i.file}:{i.line}" for i in found[:5]) + (", …" if len(found) > 5 else "")
    say(f"{plural(len(found), 'open item')} may concern this: {cited} — see ledger review")


def item_json(item) -> dict:
    r = item.resolution
    return {
        "id": item.id,
        "notice": item.doc_no,
        "title": item.title,
        "date": iso(item.date),
        "file": item.file,
        "line": item.line,
        "place": item.place,
        "clause": item.clause,
        "reason": item.reason,
        "status": "open" if r is None else "resolved",
        "resolution": None if r is None else resolution_json(r),
    }


def resolution_json(r) -> dict:
    return {
        "id": r.id,
        "verdict": r.verdict,
        "events": r.events,
        "reason": r.reason,
        "by": r.by,
        "at": moment_text(r.at),
    }


@app.command(short_help="Clauses that could not be read, waiting for a person. e.g. ledger review")
@handle_errors
def review(
    ctx: typer.Context,
    show_all: Annotated[bool, typer.Option("--all", help="Also list resolved items, with how.")] = False,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Open items: clauses of imported notices that hold a decision but could not be read,
    with file, line (and page), the clause and why. Oldest first; each has an id (#3) for
    `ledger resolve`. Items of retracted notices are left out. Exit 0 even when none wait.

    Example: ledger review
    """
    items = book(ctx, as_known_at).open_items(include_resolved=show_all)
    shown = first(items, limit, "open item")
    if as_json:
        print_json([item_json(i) for i in shown])
        return
    waiting = sum(1 for i in items if i.is_open)
    if not items:
        say("no open items: every clause of the notices in force was read or resolved")
        return
    title = f"open items ({waiting} of {len(items)} waiting)" if show_all else f"open items ({waiting} waiting)"
    columns = ("id", "where", "notice", "clause", "why", *(("resolved",) if show_all else ()))
    table = table_(title, columns)
    for i in shown:
        done = ()
        if show_all:
            r = i.resolution
            done = ("-" if r is None else f"{r.verdict} by {r.by} {moment_text(r.at)}",)
        table.add_row(f"#{i.id}", i.where, i.notice, i.clause, i.reason, *done)
    print_table(table)
    if waiting:
        say("resolve one: ledger resolve ID --event 'appoint|PERSON|POST' …, or --not-event --reason TEXT")


@app.command(short_help="Close an open item. e.g. ledger resolve 1 --event 'appoint|李四|某局副局长'")
@handle_errors
def resolve(
    ctx: typer.Context,
    item: Annotated[str, typer.Argument(metavar="ITEM", help="The open item's id, as ledger review shows it (#3).")],
    events: EventOption = None,
    action: ActionOption = None,
    person: PersonOption = None,
    post: PostOption = None,
    probation_until: ProbationOption = None,
    rank: RankOption = None,
    other: OtherOption = None,
    not_event: Annotated[
        bool, typer.Option("--not-event", help="The clause holds no decision (needs --reason).")
    ] = False,
    reason: Annotated[str | None, typer.Option("--reason", metavar="TEXT", help="Why (with --not-event).")] = None,
    as_json: JsonOption = False,
) -> None:
    """Close an open item with the events a person reads in its clause, or as not an event.

    The events are appended as events of the item's notice, effective on its date, citing its
    doc number and the clause's line: every query counts them like imported ones. The
    resolution records who (the OS account) and when, and is chained like the rest of the log.

    One event: --action appoint --person 李四 --post 济南市某某区审计局副局长 [--probation-until
    DATE] [--rank 副处级] [--other TEXT]. Several: repeat --event 'ACTION|PERSON|POST[|QUALIFIER]'.

    Example: ledger resolve 1 --action appoint --person 李四 --post 济南市某某区审计局副局长
    """
    specs = event_specs(events, action, person, post, probation_until, rank, other)
    done = book(ctx).resolve(item, specs, not_event=not_event, reason=reason)
    if as_json:
        print_json({"item": done.item, "notice": done.notice, **resolution_json(done)})
        return
    if done.verdict == "not-event":
        show(f"resolved #{done.item} ({done.notice}) as not an event: {done.reason}")
    else:
        show(f"resolved #{done.item} ({done.notice}): {plural(len(done.events), 'event')} added")
        for words in done.events:
            show(f"  {words}")


@app.command(short_help="Add an event no notice carries. e.g. ledger record --date 2024-07-15 --cite '…' --event …")
@handle_errors
def record(
    ctx: typer.Context,
    date: Annotated[
        str,
        typer.Option("--date", metavar="DATE", help="The day the decision took effect.", callback=parse_date_option),
    ],
    cite: Annotated[
        str,
        typer.Option(
            "--cite", metavar="TEXT", help="Where it was decided (区政府第12次常务会议): cited like a doc number."
        ),
    ],
    events: EventOption = None,
    action: ActionOption = None,
    person: PersonOption = None,
    post: PostOption = None,
    probation_until: ProbationOption = None,
    rank: RankOption = None,
    other: OtherOption = None,
    reason: Annotated[str | None, typer.Option("--reason", metavar="TEXT", help="A note kept with it.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Append events that no imported notice carries (a decision read out at a meeting),
    cited by --cite in every answer, with who (the OS account) and when; chained like the log.
    `ledger retract CITE` withdraws them like a notice. Events are stated as for resolve.

    Example: ledger record --date 2024-07-15 --cite 区政府第12次常务会议 --action appoint --person 张三 --post 某局局长
    """
    specs = event_specs(events, action, person, post, probation_until, rank, other)
    done = book(ctx).record(date, cite, specs, reason=reason)  # type: ignore[arg-type]
    if as_json:
        print_json({"cite": done.notice, "date": iso(date), **resolution_json(done)})  # type: ignore[arg-type]
        return
    show(f"recorded {plural(len(done.events), 'event')} ({done.notice}, {date})")
    for words in done.events:
        show(f"  {words}")


@app.command(short_help="Report anomalies in the ledger. e.g. ledger check")
@handle_errors
def check(
    ctx: typer.Context,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    as_known_at: KnownAtOption = None,
    repair: Annotated[bool, typer.Option("--repair", help="Rebuild the derived posts table from the events.")] = False,
) -> None:
    """Anomalies, with the notices involved: two holders of a single-head post at once, an
    appointment of someone already in the post, a removal after the tenure ended, a probation
    ending before its appointment, one name in unrelated posts at once; and a derived posts
    table that no longer agrees with the events (--repair rebuilds it). Exit 1 if any.

    Example: ledger check
    """
    ledger = book(ctx, as_known_at)
    if repair:
        drift = ledger.repair()
        say(
            "posts and the search index agree with the events: nothing to repair"
            if drift.ok
            else f"posts rebuilt from the events: {len(drift.missing)} added, {len(drift.extra)} removed or mended; "
            f"search index: {len(drift.unindexed)} names added, {len(drift.stray)} removed"
        )
    found = ledger.check()
    drift = ledger.posts_drift()
    if drift.unindexed or drift.stray:
        from .checks import Finding

        found.append(
            Finding(
                "derived table",
                f"the search index disagrees with the events: {len(drift.unindexed)} names missing, "
                f"{len(drift.stray)} extra; ledger check --repair rebuilds it",
                [],
            )
        )
    if drift.missing or drift.extra:
        from .checks import Finding

        found.append(
            Finding(
                "derived table",
                f"posts disagrees with the events: {len(drift.missing)} missing"
                + (f" (first: {drift.missing[0]})" if drift.missing else "")
                + f", {len(drift.extra)} extra"
                + (f" (first: {drift.extra[0]})" if drift.extra else "")
                + "; ledger check --repair rebuilds it",
                [],
            )
        )
    total = len(found)
    found = first(found, limit, "anomaly")
    if as_json:
        print_json([{"kind": a.kind, "message": a.message, "notices": a.notices} for a in found])
    elif found:
        table = table_(plural(total, "anomaly"), ("kind", "what", "notices"))
        for a in found:
            table.add_row(a.kind, a.message, ", ".join(a.notices))
        print_table(table)
    else:
        say("no anomalies found")
    if found:
        raise typer.Exit(1)


@app.command(short_help="Prove the log unchanged since it was written. e.g. ledger verify --checkpoint")
@handle_errors
def verify(
    ctx: typer.Context,
    checkpoint: Annotated[
        bool, typer.Option("--checkpoint", help="Print the head (ENTRIES:HASH) on stdout, to keep elsewhere.")
    ] = False,
    since: Annotated[
        str | None,
        typer.Option("--since", metavar="ENTRIES:HASH", help="A checkpoint kept earlier: prove the log only grew."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Recompute the hash chain over every notice and retraction from what is stored, and
    report the first entry that was changed, removed or reordered, and rows added behind
    the ledger's back. A checkpoint (--checkpoint) kept elsewhere lets a later --since prove
    that nothing was cut from the end or rewritten since. Exit 1 if anything is wrong.

    Example: ledger verify --since 128:3f2a…
    """
    result = book(ctx).verify(since)
    if as_json:
        print_json(
            {
                "ok": result.ok,
                "entries": result.entries,
                "head": result.head,
                "checkpoint": result.checkpoint,
                "problems": [{"entry": p.seq, "what": p.what, "message": p.message} for p in result.problems],
            }
        )
    elif result.ok and not result.entries:
        say("the ledger is empty: nothing to verify yet (its checkpoint is 0:, the empty log)")
        if checkpoint:
            show(result.checkpoint)
    elif result.ok:
        say(f"verified {plural(result.entries, 'entry')}: the log is as it was written (head {result.head[:12]}…)")
        if since:
            say(f"and it holds the checkpoint {since.split(':')[0]}:…: it has only grown since")
        if checkpoint:
            show(result.checkpoint)
    else:
        for problem in result.problems:
            say(f"error: {problem.message}")
    if not result.ok:
        raise typer.Exit(1)


def reflowed(doc: str | None) -> str | None:
    """A docstring as help: lines of a paragraph joined, so the terminal wraps whole sentences.

    Typer keeps a docstring's line breaks, and a help screen narrower or wider than the source
    then breaks sentences in the middle. A line that starts a list item or an example keeps
    its own line."""
    import inspect

    if not doc:
        return doc
    paragraphs = []
    for paragraph in inspect.cleandoc(doc).split("\n\n"):
        lines: list[str] = []
        for line in paragraph.splitlines():
            if lines and not line.startswith(("- ", "Example", "e.g.")):
                lines[-1] += " " + line.strip()
            else:
                lines.append(line)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


for _command in app.registered_commands:
    _command.help = _command.help or reflowed(_command.callback and _command.callback.__doc__)


def main() -> None:
    """Entry point. An unexpected error is a bug: one line for the user, the traceback on demand."""
    import os
    import signal

    if hasattr(signal, "SIGPIPE"):  # `ledger … | head` ends quietly, as Unix tools do (141), never "1: no match"
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)

    try:
        app(args=hoist_global_options(sys.argv[1:]), prog_name="ledger")
    except KeyboardInterrupt:
        say_now("interrupted")
        sys.exit(130)
    except Exception as exc:  # the last line of defence before a user sees a traceback
        if os.environ.get("LEDGER_DEBUG"):
            raise
        say(f"internal error: {type(exc).__name__}: {exc} (set LEDGER_DEBUG=1 for the traceback; please report it)")
        sys.exit(70)
