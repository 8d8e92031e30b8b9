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

from . import Timeline

#: The vendored runtime (scripts/vendor_vega.py fetches and checks it).
VEGA_VERSION = "6.4.0"

_SLOT = re.compile(r"\{\{(\w+)\}\}")
#: Inside <script>, only "</script" and "<!--" are dangerous; escaping every <, > and & (and the
#: two line separators old JavaScript engines reject in strings) keeps the block inert whatever it holds.
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


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
        "title": html.escape(f"Timeline: {timeline.query}"),
        "version": __version__,
        "vega_version": VEGA_VERSION,
        "css": _asset("timeline.css"),
        "data": script_json(timeline.as_json()),
        "vega": vega,
        "script": script,
    }
    # one pass: text put into a slot is never read again for slots
    return _SLOT.sub(lambda m: slots[m.group(1)], _asset("page.html"))
