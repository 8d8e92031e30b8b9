"""An import's companions on the terminal: Ctrl-C handled between files, the tally of files
and events, and a progress bar."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

from ..i18n import N_, _
from ..render._console import err, say_now
from ..views import by_actions, counted, padded, shown


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
        self._stopping = (_("stopping after the file being read (Ctrl-C again to stop at once)") + "\n").encode()
        self._previous = signal.signal(signal.SIGINT, self._press)
        self._hook, sys.unraisablehook = sys.unraisablehook, self._unraisable
        return self

    def _press(self, signum: int, frame: Any) -> None:
        import os

        if self.pressed:
            raise KeyboardInterrupt
        self.pressed = True
        # written by the system call itself, worded beforehand (__enter__): the handler may run
        # in the middle of an import of a module, or of a print, and must not need either
        os.write(2, self._stopping)

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
    from ..importer import Interrupted

    # Interrupted knows the file it stopped in, and has looked whether it was written; a
    # plain Ctrl-C stopped the import between files, after their group was committed.
    say_now(exc.localized() if isinstance(exc, Interrupted) else _("interrupted: stopped between files"))
    done = tally.counts["imported"]
    files = counted(done, N_("{n} file"), N_("{n} files"))
    if tally.last_imported:
        said = _("{files} imported before the stop (the last: {last}); files after it were not read")
    else:
        said = _("{files} imported before the stop; files after it were not read")
    say_now(said.format(files=files, last=tally.last_imported))
    raise typer.Exit(130) from None


#: A file's outcome as the summary counts it ("3 imported"); the keys are ``FileResult.status``.
OUTCOMES = {
    "imported": N_("{n} imported"),
    "would be imported": N_("{n} would be imported"),
    "unchanged": N_("{n} unchanged"),
    "skipped": N_("{n} skipped"),
    "failed": N_("{n} failed"),
}

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
            self.failures.append(shown(result.error))
        if result.report is not None:
            self.notices += len(result.report.added)
            self.events += result.report.events_added
            self.open_items += len(result.report.open_items)
            self.actions.update(result.report.actions_added())

    def summary(self, dry_run: bool = False) -> None:
        counts = _(", ").join(
            _(OUTCOMES["would be imported" if dry_run and status == "imported" else status]).format(n=n)
            for status, n in self.counts.items()
        )
        files = counted(self.files, N_("{n} file"), N_("{n} files"))
        sys.stdout.write(_("{files}: {counts}").format(files=files, counts=counts) + "\n")
        failed = padded(_("failed"))
        for failure in self.failures:
            sys.stdout.write(f"  {failed}{failure.splitlines()[0]}\n")

    def would_import(self) -> None:
        """The last line of a dry run: what an import would have added, and that nothing was."""
        sys.stdout.write(
            _("would import {notices} ({events}) from {files}; nothing written (--dry-run)").format(
                notices=counted(self.notices, N_("{n} notice"), N_("{n} notices")),
                events=counted(self.events, N_("{n} event"), N_("{n} events")),
                files=counted(self.counts["imported"], N_("{n} file"), N_("{n} files")),
            )
            + "\n"
        )

    def grand_total(self, dry_run: bool, seconds: float) -> None:
        by_action = by_actions(self.actions)
        if dry_run:
            total = _("total: {notices} notices, {events} events would add{actions} in {seconds} s")
        else:
            total = _("total: {notices} notices, {events} events added{actions} in {seconds} s")
        actions = _(" ({actions})").format(actions=by_action) if by_action else ""
        sys.stdout.write(
            total.format(notices=self.notices, events=self.events, actions=actions, seconds=f"{seconds:.1f}") + "\n"
        )


class ImportProgress:
    """A Rich progress bar on stderr: files done of all, notices and events so far, time left.

    A file counts as done, with its notices and events, as soon as it is read and written
    into the open group of files (``finished``), not once the group is committed: a group of
    many small files no longer holds the bar at 0."""

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
            # stdout is taken through the bar only when it is this terminal too: redirected, an
            # answer goes to its file untouched, never onto the screen
            redirect_stdout=sys.stdout.isatty(),
            redirect_stderr=True,
        )
        self.task = self.bar.add_task(
            _("importing"), total=self.total, files=_("{done}/{all} files").format(done=0, all=self.files), tally=""
        )
        self.completed = 0
        self.done = self.notices = self.events = 0

    def start(self) -> None:
        self.bar.start()

    def stop(self) -> None:
        self.bar.stop()

    def pages(self, path: Path, done: int, total: int) -> None:
        """A PDF's pages as they are read: the bar moves inside a large file too."""
        share = self.sizes.get(path, 1) * done / max(total, 1)
        page = _("page {done}/{total}").format(done=done, total=total)
        self.bar.update(self.task, completed=self.completed + share, description=page)

    def finished(self, result) -> None:
        """A file read and written into the open group (not yet committed), failed or skipped."""
        self.done += 1
        self.completed += self.sizes.get(result.path, 1)
        if result.report is not None:
            self.notices += len(result.report.added)
            self.events += result.report.events_added
        self.bar.update(
            self.task,
            completed=self.completed,
            description=_("importing"),
            files=_("{done}/{all} files").format(done=self.done, all=self.files),
            tally=_("{notices} notices, {events} events").format(notices=self.notices, events=self.events),
        )
