"""The interface's language: English, or Chinese under a Chinese locale.

The language is decided once per process from the environment: ``LEDGER_LANG`` (``zh`` or
``en``) wins; else the first of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set, as the C
library reads them. Messages are looked up in gettext catalogs (``ledger/locale``, managed with
Babel: ``scripts/update_catalog.py``), keyed by the English text; a string without a
translation is shown in English.

Only what a person reads is translated: headings, messages, help and durations. JSON keys,
CSV and TSV columns, the values they hold and exit codes never change with the language.
"""

from __future__ import annotations

import functools
import gettext
import os
import re
from pathlib import Path
from typing import Any

DOMAIN = "ledger"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
#: The languages a catalog exists for, as ``language()`` names them.
CHINESE = "zh_CN"


def language(environ: Any = None) -> str:
    """``zh_CN`` or ``en``, from the environment."""
    env = os.environ if environ is None else environ
    chosen = env.get("LEDGER_LANG", "").strip().lower()
    if not chosen:
        # POSIX: the first of these that is set and not empty names the messages' locale
        chosen = next((env[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(v)), "").lower()
    return CHINESE if chosen.startswith("zh") else "en"


@functools.cache
def translations() -> gettext.NullTranslations:
    if language() == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[CHINESE], fallback=True)


def is_chinese() -> bool:
    return language() == CHINESE


def _(message: str) -> str:
    """The message in the interface's language (the English message when it has no translation)."""
    return translations().gettext(message) if message else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for ``n`` things (English has two; Chinese one)."""
    return translations().ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a message for the catalog where it is defined, translated where it is shown."""
    return message


def list_separator() -> str:
    """What stands between the items of a list of names or citations: ", " in English, 、 in Chinese."""
    return translations().pgettext("list", ", ")


def as_said(message: str, templates: tuple[str, ...] = ()) -> str:
    """An English sentence stored or made elsewhere (a parser's reason, a usage error) in the
    interface's language: whole from the catalog, or by the template it was made from, its
    values translated in turn; as it is when neither knows it."""
    if not is_chinese():
        return message
    whole = _(message)
    if whole != message:
        return whole
    for template, pattern, quoted in _patterns(templates):
        match = pattern.match(message)
        if match:
            values = {k: _unquoted(v) if k in quoted else as_said(v, templates) for k, v in match.groupdict().items()}
            return _(template).format(**values)
    return message


def _unquoted(text: str) -> str:
    """The value a ``{x!r}`` wrote as ``'…'``, for the template to write again."""
    import ast

    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text
    return value if isinstance(value, str) else text


@functools.cache
def _patterns(templates: tuple[str, ...]) -> list[tuple[str, re.Pattern[str], frozenset[str]]]:
    """Each template as a pattern its English sentences match, and its fields written with !r."""
    found = []
    for template in templates:
        parts = re.split(r"\{(\w+)((?:![rs])?)\}", template)
        regex, quoted = "", set()
        for i in range(0, len(parts) - 1, 3):
            regex += re.escape(parts[i]) + f"(?P<{parts[i + 1]}>.+?)"
            if parts[i + 2] == "!r":
                quoted.add(parts[i + 1])
        regex += re.escape(parts[-1])
        found.append((template, re.compile(regex + "$", re.DOTALL), frozenset(quoted)))
    return found
