"""The timeline as one self-contained HTML page: the data, the Vega runtime and the page's own
script and style, all inlined, so that the file opens in any browser with no network.

Ledger strings reach the page only inside a JSON data block (``<`` and friends escaped, so no
string can close the block) and the ``<title>`` (HTML-escaped); the page's script puts them
on screen as text, never as markup.
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from importlib import resources

from ..i18n import N_, _, is_chinese, translations
from . import Timeline

#: The vendored runtime (scripts/vendor_vega.py fetches and checks it).
VEGA_VERSION = "6.4.0"

_SLOT = re.compile(r"\{\{(\w+)\}\}")
#: Inside <script>, only "</script" and "<!--" are dangerous; escaping every <, > and & (and the
#: two line separators old JavaScript engines reject in strings) keeps the block inert whatever it holds.
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


#: The page's own words, for the catalog: the script looks each one up by its English text in the
#: page's ``ledgerWords`` (``words``), and says the English where it has none.
WORDS = (
    N_("Timeline: {query}"), N_("lane {post}"), N_("an unknown date"), N_("still held"), N_("from {date}"),
    N_("until {date}"), N_("acting"), N_("secondment"), N_("secondment until {date}"),
    N_("probation until {date}"), N_(", confirmed {date}"), N_("vacant, {post}, {start} to {end}"),
    N_("two holders at once, {post}: {persons}, from {start} to {end}"), N_(" and "), N_("now"),
    N_("probation ends"), N_("secondment ends"), N_("today {date}"), N_("{n} post"), N_("{n} posts"),
    N_("{n} tenure"), N_("{n} tenures"), N_("post · {posts} · {tenures} · {start} to {end}"),
    N_("organisation · {posts} · {tenures} · {start} to {end}"),
    N_("person · {posts} · {tenures} · {start} to {end}"),
    N_("Drawn from the ledger on {date} (the \u201ctoday\u201d line). Every bar cites the notices that opened "
       "and closed it."),
    N_("(no doc no.)"), N_("{n} clause"), N_("{n} clauses"), N_("{file} line {line}"),
    N_("an unknown date (start not on record)"), N_("until {date} (removed {end})"), N_("acting (代理)"),
    N_("opened by"), N_("closed by"), N_("vacant"), N_("two holders at once"), N_("from {start} to {end}"),
    N_("organisation {name}"),
)  # fmt: skip


#: The page's fixed text, by its slot in page.html.
TEXT = {
    "legend": N_("legend"),
    "acting": N_("acting (代理)"),
    "seconded": N_("secondment (挂职)"),
    "unknown": N_("start unknown"),
    "probation": N_("probation, and its end"),
    "vacant": N_("vacant"),
    "conflict": N_("two holders of a single-head post"),
    "today": N_("today"),
    "hint": N_("Hover over or tap a bar for the person, the dates and the notices behind it."),
    "empty": N_("Nothing on record in this period."),
    "cited": N_("Notices cited"),
}


def words() -> dict[str, str]:
    """The page's words in the interface's language, keyed by their English: none in English.
    The axes' date formats too (d3's: ``%b`` is Jan, Feb …)."""
    if not is_chinese():
        return {}
    said = {word: _(word) for word in WORDS if _(word) != word}
    return {**said, "%b": "%-m月", "%Y": "%Y年"}


@cache
def _asset(name: str) -> str:
    return resources.files("ledger.timeline").joinpath("assets", name).read_text(encoding="utf-8")


def script_json(data: object) -> str:
    """JSON that can stand inside a <script> element, whatever its strings hold."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)


def render(timeline: Timeline) -> str:
    """The page for a timeline, as text (UTF-8 when written)."""
    from .. import __version__

    vega, script = _asset("vega.min.js"), _asset("timeline.js")
    for name, code in (("vega.min.js", vega), ("timeline.js", script)):
        if "</script" in code.lower() or "<!--" in code:  # would end or derail the inlined script
            raise ValueError(f"{name} cannot be inlined: it contains </script or <!--")
    slots = {
        "title": html.escape(_("Timeline: {query}").format(query=timeline.query)),
        **{f"t_{slot}": html.escape(_(text)) for slot, text in TEXT.items()},
        # a bar held, where a table's column "held" says how long: a word of its own
        "t_held": html.escape(translations().pgettext("timeline legend", "held")),
        "version": __version__,
        "vega_version": VEGA_VERSION,
        "css": _asset("timeline.css"),
        "data": script_json(timeline.as_json()),
        # (JSON as a script's literal: escaped like the data, it cannot end the script either)
        "words": script_json(words()),
        "vega": vega,
        "script": script,
    }
    # one pass: text put into a slot is never read again for slots
    return _SLOT.sub(lambda m: slots[m.group(1)], _asset("page.html"))
