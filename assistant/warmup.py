"""CPU work done in a thread while the caller waits on something else.

A first sync spends a second or more waiting for the server to open a large
folder and read the first messages; ``Warmup`` loads the language pipeline in
that time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress


class Warmup:
    """Run ``load`` in a thread now, to fill a cache the caller will need soon.

    For CPU work that overlaps well with waiting on a server, such as loading
    spaCy while the first messages download. A failure is ignored here: the
    real call repeats the load and reports the error where it is handled.
    """

    def __init__(self, load: Callable[[], object]) -> None:
        def run() -> None:
            with suppress(Exception):
                load()

        self._thread = threading.Thread(target=run, name="warmup", daemon=True)
        self._thread.start()

    def join(self) -> None:
        self._thread.join()
