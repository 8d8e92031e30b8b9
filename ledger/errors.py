"""The project's own errors: each one carries what a user needs to fix the input."""

from __future__ import annotations


class LedgerError(Exception):
    """Anything the user can act on. The CLI prints it in one line and exits 2.

    A message given as a template with its values (``LedgerError("no post ends with
    {query!r}", query=q)``) is shown in the interface's language (``localized``), keyed by the
    template; ``str()`` is always the English."""

    def __init__(self, message: str = "", **values: object):
        self.template, self.values = message, values
        super().__init__(message.format(**values) if values else message)

    def localized(self) -> str:
        from .i18n import _

        if self.template and type(self).__str__ is LedgerError.__str__:
            return _(self.template).format(**self.values) if self.values else _(self.template)
        return str(self)


class LedgerWarning(UserWarning):
    """Something a user should know about the answers they get; the CLI says it on stderr."""


class ParseError(LedgerError):
    """Input that cannot be read, located by file and line."""

    def __init__(
        self,
        reason: str,
        *,
        file: str | None = None,
        line: int | None = None,
        clause: str | None = None,
        place: str | None = None,
    ):
        self.reason = reason
        self.file = file
        self.line = line
        self.clause = clause
        self.place = place  # where in the original document: "page 12", "table 1, row 3"
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ":".join(str(part) for part in (self.file, self.line) if part not in (None, ""))
        if self.place:
            where += f" ({self.place})"
        text = f"{where}: {self.reason}" if where else self.reason
        if self.clause:
            text += f": {self.clause}"
        return text


class NotFound(LedgerError):
    """A query that matched nothing; carries the nearest names to suggest."""

    def __init__(self, message: str, suggestions: list[str] | None = None, **values: object):
        self.suggestions = suggestions or []
        super().__init__(message, **values)
