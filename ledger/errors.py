"""The project's own errors: each one carries what a user needs to fix the input."""

from __future__ import annotations

from .i18n import N_


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


#: Why a file cannot be read, as templates: said in English, read back in the interface's
#: language (``ParseError.localized``). Reasons without values are marked where they are raised.
CANNOT_READ_FILE = N_("cannot read: {reason}")
FILE_TOO_LARGE = N_("file is {mb} MB; notices are far smaller: split it")
NOT_A_PDF = N_("not a readable PDF (damaged or incomplete?): {error}")
NOT_A_WORD_FILE = N_("not a readable Word document (damaged?): {error}")
NOT_A_WEB_PAGE = N_("not a readable web page ({error})")
PDF_PAGE_UNREADABLE = N_("page {page} of the PDF cannot be read: {error}")
UNDECODABLE = N_("undecodable bytes at offset {offset}: neither UTF-8 nor GB18030")
READING_TEMPLATES = (
    CANNOT_READ_FILE, FILE_TOO_LARGE, NOT_A_PDF, NOT_A_WORD_FILE, NOT_A_WEB_PAGE, PDF_PAGE_UNREADABLE, UNDECODABLE,
)  # fmt: skip


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
        return self._said(self.reason)

    def localized(self) -> str:
        from .i18n import as_said

        return self._said(as_said(self.reason, READING_TEMPLATES))

    def _said(self, reason: str) -> str:
        where = ":".join(str(part) for part in (self.file, self.line) if part not in (None, ""))
        if self.place:
            where += f" ({self.place})"
        text = f"{where}: {reason}" if where else reason
        if self.clause:
            text += f": {self.clause}"
        return text


class NotFound(LedgerError):
    """A query that matched nothing; carries the nearest names to suggest."""

    def __init__(self, message: str, suggestions: list[str] | None = None, **values: object):
        self.suggestions = suggestions or []
        super().__init__(message, **values)
