"""``timeline``: who held which post over time, as one self-contained HTML page."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..answer import Answer
from ..i18n import N_, _
from ..render._console import say
from .base import app, book, finish, handle_errors
from .options import KnownAtOption, date_option, query_argument

#: what the page was drawn for, said after it is written
KINDS = {
    "post": N_("post {query}: {posts}, {tenures}, {start} to {end}"),
    "organisation": N_("organisation {query}: {posts}, {tenures}, {start} to {end}"),
    "person": N_("person {query}: {posts}, {tenures}, {start} to {end}"),
}


@app.command(short_help="A timeline page of who held which post. e.g. ledger timeline 王官庄街道 --out t.html")
@handle_errors
def timeline(
    ctx: typer.Context,
    query: Annotated[
        str, query_argument("QUERY", "A person, a post (any tail of its name) or an organisation (王官庄街道).")
    ],
    start: Annotated[
        dt.date | None, date_option("--from", "First day shown (default: before the first date on record).")
    ] = None,
    end: Annotated[
        dt.date | None,
        date_option("--to", "Last day shown (default: a month after today or the last date on record)."),
    ] = None,
    out_file: Annotated[
        Path | None,
        typer.Option(
            "--out", metavar="FILE", help="The HTML file to write (default: timeline-QUERY.html; - for stdout)."
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the page's file if it exists.")] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the lanes, bars and marks the page draws, as JSON.")
    ] = False,
    as_known_at: KnownAtOption = None,
) -> None:
    """Draw who held which post over time as one self-contained HTML page: a lane per post, a bar
    per tenure, vacancies as gaps, two holders of a single-head post marked, probation shaded.
    The page needs no network; hovering or tapping a bar shows the notices behind it. An existing
    file is replaced only with --force, and the ledger's database never.

    Example: ledger timeline 王官庄街道 --from 2024-01-01 --out wgz.html
    """
    from ..files import write_file

    if start and end and start > end:
        raise typer.BadParameter(_("--from {start} is after --to {end}").format(start=start, end=end))
    ledger = book(ctx, as_known_at)
    drawn = ledger.timeline(query, start, end)
    if as_json:
        finish(ctx, Answer(document=drawn.as_json()), "json")
        return
    from ..timeline.page import render

    page = render(drawn)
    if out_file is not None and str(out_file) == "-":
        sys.stdout.write(page)
        return
    target = out_file or Path(f"timeline-{safe_file_name(drawn.query)}.html")
    write_file(target, lambda stream: stream.write(page), database=ledger.url, force=force)
    bars, lanes = len(drawn.bars), len(drawn.lanes)
    tenures = (_("{n} tenure") if bars == 1 else _("{n} tenures")).format(n=bars)
    posts = (_("{n} post") if lanes == 1 else _("{n} posts")).format(n=lanes)
    # two short lines: they stay whole in an 80-column terminal
    say(_("wrote {file} ({kb} KB): open it in any browser").format(file=target, kb=len(page.encode()) // 1024))
    say(_(KINDS[drawn.kind]).format(query=drawn.query, posts=posts, tenures=tenures, start=drawn.start, end=drawn.end))
    if not drawn.bars:
        say(_("nothing on record in that period: the page shows empty lanes"))


def safe_file_name(text: str) -> str:
    """A query as part of a file name: characters that file systems or shells mind become _."""
    import re

    return re.sub(r'[\\/:*?"<>|\s\x00-\x1f]+', "_", text)[:60] or "timeline"
