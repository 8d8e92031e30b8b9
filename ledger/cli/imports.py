"""Reading files: ``import`` (into the ledger) and ``parse`` (what the parser reads, no database)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..answer import Answer, Line, Section, iso
from ..i18n import N_, _, is_chinese
from ..render._console import safe, say, say_now, write
from ..views import import_json, import_lines, plural, reason_said, shown
from .base import app, book, finish, handle_errors
from .options import JsonOption, NoDateOption, output_format
from .progress import LARGE_IMPORT_BYTES, CtrlC, ImportProgress, ImportTally, interrupted

#: an event's action as the parse table shows it (stored, and in JSON, as the English word)
ACTIONS = {"appoint": N_("appoint"), "remove": N_("remove"), "confirm": N_("confirm")}


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
    date: NoDateOption = None,
    supersede: Annotated[
        bool,
        typer.Option(
            "--supersede", help="Replace a notice already imported under the same doc number with other text."
        ),
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            metavar="N",
            min=0,
            max=1024,
            help="Processes parsing files in parallel (0: one per core; never more than cores or files).",
        ),
    ] = 0,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Refuse a file whole if any personnel clause in it cannot be read."),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Read notice files into the ledger, each file all or nothing.

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

    from ..render._stream import JsonArray

    started = time.monotonic()
    ctrl_c = CtrlC()
    try:  # up to the database opened (on a first import, created): Ctrl-C here stops before any file
        ledger = book(ctx)
        files = ledger.gather(paths)
        workers = jobs or min(os.cpu_count() or 1, 8)
        tally = ImportTally(len(files))
        progress = None
        if not as_json and sys.stderr.isatty():  # the bar is drawn on stderr, wherever stdout goes
            if len(files) > 1 or sum(f.size for f in files) > LARGE_IMPORT_BYTES:
                progress = ImportProgress(files)
        results = ledger.import_paths(
            files,
            jobs=workers,
            dry_run=dry_run,
            default_date=date,
            supersede=supersede,
            progress=progress.pages if progress else None,
            stop=ctrl_c.stop,
            strict=strict,
            finished=progress.finished if progress else None,
        )
    except KeyboardInterrupt:
        say_now(_("interrupted before any file was read: nothing imported"))
        raise typer.Exit(130) from None
    stream = JsonArray() if as_json else None
    if stream:
        stream.open()
    try:
        if progress:
            progress.start()
        with ctrl_c:
            for result in results:
                tally.add(result)
                if result.status == "failed":
                    say(_("error: {message}").format(message=shown(result.error)))
                    if result.path.is_file():
                        say(_("{path}: nothing written").format(path=result.path))
                elif result.report is None:  # skipped unread: an image, an archive
                    if not stream:
                        skipped = _("{path}: skipped: {reason}").format(path=result.path, reason=shown(result.error))
                        write(skipped + "\n")
                else:
                    for warning in result.report.warnings:
                        say(_("warning: {message}").format(message=shown(warning)))
                    if not stream:  # plain writes: an import of thousands of notices prints thousands of lines
                        for line in import_lines(result.report):
                            write(safe(line[:-1]) + "\n")
                    if result.report.open_items:
                        items = plural(len(result.report.open_items), "open item")
                        if dry_run:
                            waiting = _("{path}: {items} would wait for review (ledger review)")
                        else:
                            waiting = _("{path}: {items} waiting for review (ledger review)")
                        say(waiting.format(path=result.path, items=items))
                if stream:  # streamed, one file at a time: a large import holds no list of reports
                    stream.add(import_json(result))
        if ctrl_c.pressed:
            raise KeyboardInterrupt
    except KeyboardInterrupt as exc:
        if progress:
            progress.stop()
        interrupted(exc, tally)
    finally:
        if progress:
            progress.stop()
        results.close()  # at once, not when collected: a first import that read nothing leaves no ledger
    if stream:
        stream.close()
    elif (readable := sum(1 for f in files if not f.error)) > 1 or (readable and any(p.is_dir() for p in paths)):
        tally.summary(dry_run)
        if progress and sys.stdout.isatty():  # a timing: for the eye, not for a file the answer goes to
            tally.grand_total(dry_run, time.monotonic() - started)
    if dry_run and not stream:
        tally.would_import()
    if tally.counts["failed"]:
        raise typer.Exit(2)
    if tally.open_items:
        raise typer.Exit(3)


@app.command(short_help="Parse a file without a database. e.g. ledger parse gazette.txt --json")
@handle_errors
def parse(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A notice file.")],
    as_json: JsonOption = False,
    date: NoDateOption = None,
) -> None:
    """Show what the parser reads in a file: notices, events, open items (clauses that hold a
    decision but cannot be read), skipped notices. Writes nothing.

    Exit 0 when the file was read, open items or not (a line on stderr counts them); 2 when
    it cannot be read at all, or import would refuse it (a value longer than the ledger keeps).

    Example: ledger parse data/000_2382a5a68e7547d5.txt --json
    """
    from ..importer import value_too_long
    from ..parse import parse_file

    parsed = parse_file(file, date)
    for notice in parsed.notices:
        for issue in notice.issues:
            place = f" ({parsed.place(issue.line)})" if parsed.place(issue.line) else ""
            clause = f": {issue.clause}" if issue.clause else ""
            message = f"{file}:{issue.line}{place}: {reason_said(issue.reason)}{clause}"
            say((_("open item: {message}") if issue.fatal else _("warning: {message}")).format(message=message))
    answer = parsed_answer(parsed)
    fatal = [i for n in parsed.notices for i in n.open_items]
    undated = [n for n in parsed.notices if (n.is_personnel or n.is_division) and n.date is None]
    for n in undated:
        answer.warnings.append(
            _("warning: {at}: notice {notice} has no date: import it with --date").format(
                at=f"{file}:{n.first_line}", notice=n.doc_no or n.title or ""
            )
        )
    if fatal:  # as import does: kept for review, the rest of the file imported (or refused with --strict)
        if len(fatal) == 1:
            kept = N_(
                "{file}: {items}: ledger import would keep it for review (ledger import --strict would refuse the file)"
            )
        else:
            kept = N_(
                "{file}: {items}: ledger import would keep them for review "
                "(ledger import --strict would refuse the file)"
            )
        answer.warnings.append(_(kept).format(file=file, items=plural(len(fatal), "open item")))
    refused = next(  # what import would refuse the file for, said after what was read
        (
            r
            for n in parsed.notices
            if (n.is_personnel or n.is_division)
            and (r := value_too_long(n, str(file), lambda line: parsed.place(line) or None))
        ),
        None,
    )
    finish(ctx, answer, output_format(as_json))
    if refused is not None:
        raise refused


def parsed_answer(parsed) -> Answer:
    """What the parser read: a table of events per personnel notice, a line for the others."""
    answer = Answer(document=parsed.as_json())
    document = parsed.format != "text"  # a PDF, Word file or web page: say where each event stands in it
    # the word in the action column for a clause that could not be read; "open item" itself is
    # the counted noun (plural: "3 个待处理项"), so Chinese takes the status word
    open_item = _("open") if is_chinese() else "open item"
    untitled = _("(untitled)")
    for notice in parsed.notices:
        date = iso(notice.date) or _("no date")
        head = f"{notice.doc_no or '-'}  {date}  {notice.title or untitled}"
        if notice.is_division:  # described as import describes it
            d = notice.division
            answer.view.append(
                Line(
                    _("division {doc_no}  {date}  work division: {portfolios}, {pairs}  {title}").format(
                        doc_no=notice.doc_no or "-",
                        date=date,
                        portfolios=plural(len(d.portfolios), "portfolio record"),
                        pairs=plural(len(d.ab_pairs), "AB pair"),
                        title=notice.title or "",
                    )
                )
            )
            continue
        if not notice.is_personnel:
            answer.view.append(
                Line(
                    _("skipped  {notice}: {reason}").format(
                        notice=head, reason=reason_said(notice.skipped_reason or "")
                    )
                )
            )
            continue
        columns = ("line", *(("where",) if document else ()), "action", "person", "post", "qualifiers")
        table = Section(head, columns, always=True)
        for e in notice.events:
            where = (parsed.place(e.line),) if document else ()
            action = _(ACTIONS.get(e.action, e.action))
            table.add_row(str(e.line), *where, action, e.person, e.post, "，".join(e.qualifiers))
        for i in notice.open_items:  # beside the events, in the same columns: what could not be read
            where = (parsed.place(i.line),) if document else ()
            table.add_row(str(i.line), *where, open_item, "?", i.clause, reason_said(i.reason))
        answer.view.append(table)
    return answer
