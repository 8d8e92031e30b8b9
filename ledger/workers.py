"""Worker processes that end with the process that started them."""

from __future__ import annotations

import os
import threading
import time


def die_with_parent(parent_pid: int) -> None:
    """In a worker (a pool's initializer): end as soon as the process that started it is gone.

    A worker blocks on its task queue, whose write end the worker holds too, so it would
    never see its parent die (kill -9, or SIGTERM to it alone) and would wait forever,
    holding the terminal and the pipe of `ledger import … | cat` or `ledger verify | tee`."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.2)
            if os.getppid() != parent or not alive(parent_pid):
                os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
