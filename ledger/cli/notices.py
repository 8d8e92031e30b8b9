"""The notices themselves: ``notices``, ``notice``, ``search``, ``retract``, ``reinstate``."""

from __future__ import annotations

from typing import Annotated

import typer

from ..answer import Answer, Line, Note, Section, iso
from ..i18n import N_, _
from ..render._console import show
from ..views import moment_text, notices_counted, retraction_json
from .base import app, book, finish, handle_errors, wanted_rows
from .options import (
    MAX_ROWS,
    CsvOption,
    JsonOption,
    KnownAtOption,
    LimitOption,
    NoticeArgument,
    output_format,
    query_argument,
)


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
    from ..text import short_id

    found = book(ctx, as_known_at).notices(wanted_rows(limit, as_json or as_csv))
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
    if found.more:
        shown = _("{shown:,} of {total:,} notices").format(shown=len(rows), total=len(rows) + found.more)
    else:
        shown = notices_counted(len(rows))
    answer = Answer(title=_("imported notices, newest first ({shown})").format(shown=shown), rows=rows)
    if not rows:
        answer.view.append(Note(_("no notices imported yet")))
        answer.view_exit_code = 1
    else:
        columns = ("id", "doc no.", "date", "issuer", "events", "imported at", "status", "title", "file")
        table = Section(answer.title, columns)
        for r in rows:
            status = (
                _("retracted {moment}").format(moment=r["retracted_at"].replace("T", " "))
                if r["retracted_at"]
                else _("in force")
            )
            events = _("division") if r["kind"] == "division" else str(r["events"])
            imported = r["imported_at"].replace("T", " ")  # breaks between date and time; --as-known-at reads it
            table.add_row(
                r["id"], r["doc_no"] or "-", r["date"], r["issuer"] or "", events, imported, status,
                r["title"] or "", r["file"] or "",
            )  # fmt: skip
        answer.view.append(table)
        if found.more and not limit:
            answer.view.append(
                Note(
                    _("{count:,} older notices not shown: --limit N shows more, --json or --csv every notice").format(
                        count=found.more
                    )
                )
            )
    finish(ctx, answer, output_format(as_json, as_csv))


@app.command(short_help="One notice with its events and source lines. e.g. ledger notice 市中政任〔2024〕5号")
@handle_errors
def notice(
    ctx: typer.Context,
    doc_no: Annotated[
        str,
        query_argument(
            "NOTICE", "The notice's id (as ledger notices shows it) or doc number (文号, any bracket style)."
        ),
    ],
    as_json: JsonOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """One notice: its metadata and every event with the source line and clause behind it.

    Example: ledger notice 市中政任〔2024〕5号
    """
    from ..text import short_id

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
    answer = Answer(title=doc_no, document=data)
    for i, n in enumerate(data):
        if i:
            answer.view.append(Line(""))
        label = n["doc_no"] or _("notice {id}").format(id=n["id"])
        answer.view.append(
            Line(
                f"{label}  {n['date']}  {n['title'] or ''}\n"
                + _("id {id}; issued by {issuer}, signed by {signer}; {file} lines {first}-{last}").format(
                    id=n["id"],
                    issuer=n["issuer"] or "-",
                    signer=n["signed_by"] or "-",
                    file=n["file"],
                    first=n["lines"][0],
                    last=n["lines"][1],
                )
                + (
                    "\n"
                    + _("RETRACTED {moment}: {reason}").format(moment=n["retracted_at"], reason=n["retraction_reason"])
                    if n["retracted_at"]
                    else ""
                )
            )
        )
        table = Section("", ("line", "action", "person", "post", "clause"))
        for e in n["events"]:
            table.add_row(str(e["line"]), _(e["action"]), e["person"], e["post"], e["clause"])
        answer.view.append(table)
    finish(ctx, answer, output_format(as_json))


@app.command(short_help="Find people, posts, organisations, also by pinyin. e.g. ledger search zsm")
@handle_errors
def search(
    ctx: typer.Context,
    text: Annotated[str, query_argument("TEXT", "Any part of a name, or its pinyin (zhangshuming) or initials (zsm).")],
    limit: Annotated[
        int, typer.Option("--limit", metavar="N", min=1, max=MAX_ROWS, help="Show at most this many results.")
    ] = 30,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Find people, posts and organisations by any part of their name, or by pinyin.

    Example: ledger search zsm
    """
    from ..errors import NotFound

    hits = book(ctx, as_known_at).search(text, limit)
    if not hits:
        raise NotFound(N_("nothing found for {text!r}"), text=text)
    answer = Answer(
        title=_("search: {text}").format(text=text),
        rows=[{"kind": h.kind, "name": h.name, "matched": h.matched, "score": h.score} for h in hits],
    )
    table = Section(answer.title, ("kind", "name", "matched by"))
    for h in hits:
        table.add_row(_(h.kind), h.name, _(h.matched))
    answer.view.append(table)
    finish(ctx, answer, output_format(as_json, as_csv))


@app.command(
    short_help="Withdraw an imported notice from every answer. e.g. ledger retract 市中政任〔2024〕5号 --reason …"
)
@handle_errors
def retract(
    ctx: typer.Context,
    doc_no: NoticeArgument,
    reason: Annotated[str, typer.Option("--reason", metavar="TEXT", help="Why: kept with the retraction.")],
) -> None:
    """Append a retraction of an imported notice: queries ignore its events from now on.
    Nothing is deleted; `ledger notices` shows it as retracted, `--as-known-at` sees the past.

    Example: ledger retract 市中政任〔2024〕5号 --reason "imported from the wrong gazette"
    """
    for number, day in book(ctx).retract(doc_no, reason):
        show(_("retracted {notice} ({date}): {reason}").format(notice=number, date=day, reason=reason))


@app.command(short_help="Bring back a retracted notice. e.g. ledger reinstate 市中政任〔2024〕5号 --reason …")
@handle_errors
def reinstate(
    ctx: typer.Context,
    doc_no: NoticeArgument,
    reason: Annotated[str, typer.Option("--reason", metavar="TEXT", help="Why: kept with the reinstatement.")],
) -> None:
    """Append a reinstatement of a retracted notice: its events answer again from now on.
    Like the retraction, nothing is deleted; `--as-known-at` still sees the time between.

    Example: ledger reinstate 市中政任〔2024〕5号 --reason "retracted by mistake"
    """
    for number, day in book(ctx).reinstate(doc_no, reason):
        show(_("reinstated {notice} ({date}): {reason}").format(notice=number, date=day, reason=reason))
