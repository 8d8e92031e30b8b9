"""Refresh the interface's translation catalogs (gettext, managed with Babel).

    python scripts/update_catalog.py          # extract, update ledger/locale/*/ledger.po, compile .mo
    python scripts/update_catalog.py --check  # exit 1 if a catalog lacks a message or its .mo is stale

The messages are what ``pybabel extract -F babel.cfg`` finds in the package (``_()``, ``N_()``,
``ngettext()``) and the help of every command, argument and option, taken from the click command
tree as ``ledger --help`` shows it (help is translated keyed by the English text:
``ledger/cli/localized.py``). Translate the new entries of ``ledger/locale/zh_CN/LC_MESSAGES/ledger.po``
(empty ``msgstr``), then run this again to compile the ``.mo`` that ships in the wheel.
"""

from __future__ import annotations

import inspect
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "ledger" / "locale"
LANGUAGES = ("zh_CN",)


def help_texts() -> list[tuple[str, str]]:
    """(help text, where it is) for the app, every command and every parameter, as click has them."""
    import typer

    from ledger.cli import app

    found: list[tuple[str, str]] = []

    def walk(command, path: str) -> None:
        if command.help:
            found.append((inspect.cleandoc(command.help).partition("\f")[0], f"help of {path}"))
        if command.short_help:
            found.append((command.short_help, f"short help of {path}"))
        for param in command.params:
            if getattr(param, "help", None):
                found.append((param.help, f"help of {path} {param.opts[0] if param.opts else param.name}"))
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            walk(sub, f"{path} {name}")

    walk(typer.main.get_command(app), "ledger")
    return found


def template():
    """The catalog template: every message the interface may show."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir

    catalog = Catalog(project="ledger", charset="utf-8", fuzzy=False)
    method_map = [("**.py", "python")]
    # plural(3, "event"): the noun is a message too (ledger.views.plural)
    keywords = {**DEFAULT_KEYWORDS, "plural": (2,)}
    for filename, lineno, message, comments, context in extract_from_dir(
        ROOT / "ledger", method_map, keywords=keywords
    ):
        catalog.add(message, None, [(f"ledger/{filename}", lineno)], auto_comments=comments, context=context)
    for text, where in help_texts():
        if text not in catalog:
            catalog.add(text, None, [], auto_comments=[where])
    return catalog


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "ledger.po"


def compiled(language: str) -> bytes:
    """The .mo a catalog compiles to."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path(language).open("rb") as f:
        catalog = read_po(f, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def main() -> int:
    from babel.messages.pofile import read_po, write_po

    pot = template()
    if "--check" in sys.argv:
        ok = True
        for language in LANGUAGES:
            with po_path(language).open("rb") as f:
                catalog = read_po(f, locale=language)
            missing = [m.id for m in pot if m.id and (m.id not in catalog or not catalog[m.id].string)]
            for message in missing:
                print(f"{language}: no translation: {message!r}")
            stale = po_path(language).with_suffix(".mo").read_bytes() != compiled(language)
            if stale:
                print(f"{language}: ledger.mo is not compiled from ledger.po")
            ok = ok and not missing and not stale
        return 0 if ok else 1
    for language in LANGUAGES:
        path = po_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            with path.open("rb") as f:
                catalog = read_po(f, locale=language)
        else:
            from babel.messages.catalog import Catalog

            catalog = Catalog(locale=language, project="ledger", charset="utf-8")
        # the dates of the first catalog, so that a run that changes no message changes no file
        pot.creation_date = catalog.creation_date
        catalog.update(pot, no_fuzzy_matching=True)
        catalog.fuzzy = False
        catalog.revision_date = catalog.creation_date
        catalog.last_translator = "ledger contributors"
        catalog.language_team = "Chinese (Simplified)"
        with path.open("wb") as f:
            write_po(f, catalog, width=100, ignore_obsolete=True)
        path.with_suffix(".mo").write_bytes(compiled(language))
        untranslated = sum(1 for m in catalog if m.id and not m.string)
        print(f"{path.relative_to(ROOT)}: {len(catalog)} messages, {untranslated} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
