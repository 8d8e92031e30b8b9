"""Is the ledger sound: ``check`` (anomalies of the record) and ``verify`` (the hash chain)."""

from __future__ import annotations

from typing import Annotated

import typer

from ..answer import Answer, Line, Note, Section
from ..i18n import _, list_separator
from ..render._console import say
from ..views import notices_counted, plural
from .base import app, book, finish, first, handle_errors
from .options import JsonOption, KnownAtOption, LimitOption, output_format


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
            _("posts and the search index agree with the events: nothing to repair")
            if drift.ok
            else _(
                "posts rebuilt from the events: {added} added, {removed} removed or mended; "
                "search index: {indexed} names added, {stray} removed"
            ).format(
                added=len(drift.missing), removed=len(drift.extra), indexed=len(drift.unindexed), stray=len(drift.stray)
            )
        )
    found = ledger.check(derived=True)
    total = len(found)
    found = first(found, limit, "anomaly")
    answer = Answer(
        title=plural(total, "anomaly"),
        rows=[{"kind": a.kind, "message": a.message, "notices": a.notices} for a in found],
        exit_code=1 if found else 0,
    )
    if found:
        table = Section(answer.title, ("kind", "what", "notices"))
        for a in found:
            table.add_row(_(a.kind), a.localized(), list_separator().join(a.localized_notices()))
        answer.view.append(table)
    else:
        answer.view.append(Note(_("no anomalies found")))
    finish(ctx, answer, output_format(as_json))


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
    trust: Annotated[
        list[str] | None,
        typer.Option(
            "--trust",
            metavar="KEY",
            help="A public key (from ledger key) or a file of them: every entry must be signed by one.",
        ),
    ] = None,
    deep: Annotated[
        bool,
        typer.Option("--deep", help="Also read every notice again and compare its events with those stored (slower)."),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Recompute the hash chain over every notice and retraction from what is stored, and
    report the first entry that was changed, removed or reordered, and rows added behind
    the ledger's back. A checkpoint (--checkpoint) kept elsewhere lets a later --since prove
    that nothing was cut from the end or rewritten since. --deep also reads each notice
    again from its stored lines and reports events that differ from what it reads to.
    Exit 1 if anything is wrong.

    Example: ledger verify --since 128:3f2a…
    """
    from ..signing import trusted_keys

    result = book(ctx).verify(since, trusted_keys(trust) if trust else None, deep=deep)
    answer = Answer(
        document={
            "ok": result.ok,
            "entries": result.entries,
            "signed": result.signed,
            **({"reread": result.deep.read, "not_kept": result.deep.unkept} if result.deep else {}),
            "head": result.head,
            "checkpoint": result.checkpoint,
            "problems": [{"entry": p.seq, "what": p.what, "message": p.message} for p in result.problems],
        },
        exit_code=0 if result.ok else 1,
    )
    view = answer.view
    if result.ok and not result.entries:
        view.append(Note(_("the ledger is empty: nothing to verify yet (its checkpoint is 0:, the empty log)")))
    elif result.ok:
        view.append(
            Note(
                _("verified {entries}: the log is as it was written (head {head}…)").format(
                    entries=plural(result.entries, "entry"), head=result.head[:12]
                )
            )
        )
        if since:
            view.append(
                Note(
                    _("and it holds the checkpoint {entries}:…: it has only grown since").format(
                        entries=since.split(":")[0]
                    )
                )
            )
        if result.deep:
            view.append(
                Note(_("and {read} read again give the events stored").format(read=notices_counted(result.deep.read)))
            )
        if result.deep and result.deep.unkept:
            view.append(
                Note(
                    _("{count} imported before their lines were kept (schema 0011): not read again").format(
                        count=notices_counted(result.deep.unkept)
                    )
                )
            )
        if trust:
            view.append(Note(_("and every entry is signed by a trusted key ({count} given)").format(count=len(trust))))
        elif result.signed:  # (a log nobody signs says nothing of it: signing is a choice)
            view.append(
                Note(
                    _("{signed} of {entries} entries signed; --trust KEY requires a trusted key's on each").format(
                        signed=result.signed, entries=result.entries
                    )
                )
            )
    else:
        view += [Note(_("error: {message}").format(message=problem.localized())) for problem in result.problems]
    if result.ok and checkpoint:
        view.append(Line(result.checkpoint))
    finish(ctx, answer, output_format(as_json))
