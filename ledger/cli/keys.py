"""This account's signing key: ``key`` shows its public half (``--create`` makes one)."""

from __future__ import annotations

from typing import Annotated

import typer

from ..answer import Answer, Line, Note
from ..i18n import _
from .base import app, finish, handle_errors
from .options import JsonOption, output_format


@app.command(short_help="This account's signing key, for signed entries. e.g. ledger key --create")
@handle_errors
def key(
    ctx: typer.Context,
    create: Annotated[bool, typer.Option("--create", help="Make this account's key if it has none.")] = False,
    force: Annotated[bool, typer.Option("--force", help="With --create: replace an existing key.")] = False,
    as_json: JsonOption = False,
) -> None:
    """The public half of this account's Ed25519 signing key. Once an account has a key, every
    entry it appends to a ledger (an import, a retraction, a resolution) is signed with it, and
    `ledger verify --trust KEY` names every entry not signed by a trusted key: an entry appended
    by someone with access to the database alone. The key is kept in this account's files
    ($LEDGER_SIGNING_KEY, else ~/.config/ledger/signing.key), never in the ledger.

    Example: ledger key --create
    """
    from .. import signing

    if create:
        path, public = signing.create_key(force=force)
        made = True
    else:
        public, path, made = signing.public_key(), signing.key_path(), False
    answer = Answer(title="signing key", rows=[{"public_key": public, "file": str(path), "created": made}])
    answer.document = answer.rows[0]
    answer.view.append(Line(public))
    if made:
        answer.view.append(
            Note(
                _("made {file}: entries this account appends are signed from now on; give the key above to "
                  "whoever verifies (ledger verify --trust KEY)").format(file=path)
            )
        )  # fmt: skip
    finish(ctx, answer, output_format(as_json, False))
