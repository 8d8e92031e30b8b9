"""Writing a file the user named: never over the ledger's own database, never half-written,
and never over another file unless asked to."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from sqlalchemy import URL

from .db import sqlite_path
from .errors import LedgerError
from .i18n import N_


def database_files(url: URL) -> set[Path]:
    """The files a SQLite ledger lives in (the database, its WAL and shared-memory files)."""
    path = sqlite_path(url)
    if path is None:
        return set()
    return {Path(f"{path}{suffix}").resolve() for suffix in ("", "-wal", "-shm", "-journal")}


def write_file(
    target: Path, write: Callable[[IO[str]], None], *, database: URL | None = None, force: bool = False
) -> None:
    """Write ``target`` through a temporary file in its folder, renamed over it at the end:
    an interrupted or failed write leaves whatever was there before."""
    resolved = target.expanduser().resolve()
    if database is not None and resolved in database_files(database):
        raise LedgerError(N_("{target} is the ledger's own database: write the export to another file"), target=target)
    if resolved.is_dir():
        raise LedgerError(N_("{target} is a folder: give a file name"), target=target)
    if resolved.exists() and not force:
        raise LedgerError(N_("{target} exists: give another name, or --force to replace it"), target=target)
    folder = resolved.parent
    if not folder.is_dir():
        raise LedgerError(N_("cannot write {target}: no folder {folder}"), target=target, folder=folder)
    mode = _mode_for(resolved)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{resolved.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise LedgerError(N_("cannot write {target}: {reason}"), target=target, reason=exc.strerror) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            # mkstemp makes the file private (0600); the file the user asked for is as readable
            # as any other they create (a colleague, a web server), so it takes the umask's mode
            os.chmod(temporary, mode)
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, resolved)
    except OSError as exc:
        raise LedgerError(
            N_("cannot write {target}: {reason}; nothing changed"), target=target, reason=exc.strerror
        ) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _mode_for(target: Path) -> int:
    """A replaced file keeps its mode, as ``>`` in a shell keeps it; a new one has the mode the
    umask gives (0644 under umask 022)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        pass
    # the only way to read the umask is to set it: set it straight back
    umask = os.umask(0o077)
    os.umask(umask)
    return 0o666 & ~umask
