"""The command line: arguments → library calls → an answer → ``ledger.render``. No SQL, no
parsing and no output formats here.

Answers go to stdout (``--json``: JSON only); messages and errors go to stderr.
Exit codes: 0 answered, 1 nothing matched, 2 bad usage or bad input.

The commands live in modules by noun (imports, holders, periods, notices, division, review,
integrity, export, timeline); their options in ``options``; the plumbing in ``base``.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from . import (
    division,
    due,
    export,
    holders,
    identities,
    imports,
    integrity,
    keys,
    notices,
    org,
    periods,
    review,
    timeline,
)
from .base import app, hoist_global_options, reflowed, show_version
from .localized import localize
from .progress import CtrlC

__all__ = ["CtrlC", "app", "main", "reflowed"]

#: The commands as ``ledger --help`` lists them: the order a user meets them in.
ORDER = (
    "import", "parse", "who-holds", "expiring-probations", "due", "person", "post", "timeline", "roster",
    "org", "org rename", "person merge", "person split", "assertions", "vacancies", "changes",
    "notices", "notice", "search", "export", "who-oversees", "portfolio", "stands-in-for", "retract", "reinstate",
    "review", "resolve", "record", "check", "verify", "key",
)  # fmt: skip

_MODULES = (
    division, due, export, holders, identities, imports, integrity, keys, notices, org, periods, review, timeline,
)  # fmt: skip


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
    _check_environment()
    if ctx.invoked_subcommand is None:  # `ledger` alone: the help, and success
        sys.stdout.write(ctx.get_help() + "\n")
        raise typer.Exit()


def _check_environment() -> None:
    """The environment values ledger reads, refused at the edge (one line, exit 2) rather than
    deep inside a query: LEDGER_TODAY=9999-12-31, LEDGER_LOCK_TIMEOUT=inf."""
    import os

    from ..errors import LedgerError

    try:
        if os.environ.get("LEDGER_TODAY", "").strip():
            from ..dates import BadDate, today

            try:
                today()
            except BadDate as exc:
                raise exc from None
        if os.environ.get("LEDGER_LOCK_TIMEOUT", "").strip():
            from ..db import lock_wait

            lock_wait()
    except LedgerError as exc:
        from ..i18n import _
        from ..render._console import say

        say(_("error: {message}").format(message=exc.localized()))
        raise typer.Exit(2) from None


def _say_warnings() -> None:
    """The library's warnings (``LedgerWarning``) said as the CLI's own: one line on stderr."""
    import warnings

    from ..errors import LedgerWarning
    from ..render._console import say

    shown = warnings.showwarning

    def show(message, category, *rest, **kwargs) -> None:
        if issubclass(category, LedgerWarning):
            say(f"warning: {message}")
        else:
            shown(message, category, *rest, **kwargs)

    warnings.showwarning = show


def _name(command) -> str:
    return command.name or command.callback.__name__.replace("_", "-")


app.registered_commands.sort(key=lambda c: ORDER.index(_name(c)) if _name(c) in ORDER else len(ORDER))
for _command in app.registered_commands:
    _command.help = _command.help or reflowed(_command.callback and _command.callback.__doc__)
# help, usage and usage errors in the interface's language (ledger.i18n), for every command at once
localize(app)


def main() -> None:
    """Entry point. An unexpected error is a bug: one line for the user, the traceback on demand."""
    import os
    import signal

    from ..i18n import _
    from ..render._console import say, say_now

    if hasattr(signal, "SIGPIPE"):  # `ledger … | head` ends quietly, as Unix tools do (141), never "1: no match"
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)

    _say_warnings()
    try:
        app(args=hoist_global_options(sys.argv[1:]), prog_name="ledger")
    except KeyboardInterrupt:
        say_now(_("interrupted"))
        sys.exit(130)
    except Exception as exc:  # the last line of defence before a user sees a traceback
        if os.environ.get("LEDGER_DEBUG"):
            raise
        say(
            _("internal error: {error} (set LEDGER_DEBUG=1 for the traceback; please report it)").format(
                error=f"{type(exc).__name__}: {exc}"
            )
        )
        sys.exit(70)
