"""Ctrl-C and SIGTERM during a batch: acted on between lines, never inside one.

A run counts each line it writes; a stop that lands after a line is out but before
it is counted leaves the summary one short. Blocking the signals in the main thread
is not enough: the kernel then hands a signal sent to the process to another thread
(a worker pool has several), and Python runs the handler in the main thread at its
next check, wherever that falls. So while a line is written and counted, the
handlers only note the signal; it is passed on to the handler it replaced as soon
as the line is counted.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import Any

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class StopGuard:
    """Holds stop signals while ``holding`` is set; passes them on once it is not.

    Only the main thread can set handlers; elsewhere the guard does nothing and
    signals behave as they did.

    >>> guard = StopGuard()
    >>> guard.install()
    >>> guard.holding = True
    >>> signal.raise_signal(signal.SIGINT)  # noted, not raised
    >>> guard.holding = False
    >>> try:
    ...     guard.release()
    ... except KeyboardInterrupt:
    ...     print("stopped after the line")
    ... finally:
    ...     guard.uninstall()
    stopped after the line
    """

    def __init__(self) -> None:
        self.holding = False
        self.noted: set[int] = set()
        self._before: dict[int, Any] = {}

    def install(self) -> None:
        """Put the guard's handler in front of the present ones (main thread only)."""
        if threading.current_thread() is not threading.main_thread():
            return
        for signum in STOP_SIGNALS:
            self._before[signum] = signal.signal(signum, self._on_signal)

    def uninstall(self) -> None:
        """Give the replaced handlers back."""
        for signum, handler in self._before.items():
            signal.signal(signum, handler)
        self._before.clear()

    def release(self) -> None:
        """Pass on the signals noted while holding, SIGTERM first (its handler may raise;
        one that raises leaves the others unsaid: the run stops either way)."""
        noted, self.noted = sorted(self.noted, key=lambda s: s != signal.SIGTERM), set()
        for signum in noted:
            self.pass_on(signum, None)

    def pass_on(self, signum: int, frame: FrameType | None) -> None:
        """Do what the handler the guard replaced would do."""
        handler = self._before.get(signum, signal.getsignal(signum))
        if callable(handler):
            handler(signum, frame)
        elif handler != signal.SIG_IGN:  # the default action: stop the process
            signal.signal(signum, signal.SIG_DFL)
            signal.raise_signal(signum)

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        if self.holding:
            self.noted.add(signum)
        else:
            self.pass_on(signum, frame)
