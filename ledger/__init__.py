"""ledger: Chinese government personnel notices (任免通知) → a cited record of who held which post.

``from ledger import Ledger`` for the database-backed API; ``ledger.parse`` for the
pure parsing pipeline. Imports are lazy so that ``ledger --help`` starts fast.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Ledger", "__version__"]


def __getattr__(name: str):
    if name == "Ledger":
        from .api import Ledger

        return Ledger
    raise AttributeError(name)
