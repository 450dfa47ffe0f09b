"""Extraction in a child process that can be stopped: what frees the service's worker.

A thread running ``extract`` cannot be stopped, so a request whose time is up
(or whose client left) would still hold the extractor until its article is
done. ``ExtractionProcess`` runs the extractor in a forked child instead, one
article at a time over a pipe; stopping the work is killing the child, and a
new child is forked at once. Forking after the parent warmed the extractor up
costs about a millisecond and shares the loaded resources (copy-on-write), so
the new child needs no start-up.

The child keeps only its pipe and stdio: every other descriptor it inherited
(listening socket, clients' connections) is pointed at ``/dev/null``, so a
connection the service closes is really closed. On Linux the child is killed
when the thread that forked it ends (``PR_SET_PDEATHSIG``); anywhere it leaves
when its pipe closes. Needs ``os.fork`` (Linux, macOS, BSD).
"""

from __future__ import annotations

import contextlib
import datetime
import os
import signal
import sys
from multiprocessing.connection import Connection, Pipe
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vnextract.server import ArticleExtractor

from vnextract.schema import Article

# prctl(2) option: a signal sent to this process when its parent thread ends.
_PR_SET_PDEATHSIG = 1


class ExtractionCrashed(RuntimeError):
    """The child process ended without answering (killed, out of memory, a crash)."""


class ExtractionProcess:
    """One forked child that extracts the articles it is sent, one at a time.

    Use ``start`` once, then ``send`` an article, wait until ``fileno`` is
    readable (or call ``receive``, which blocks), and ``receive`` the record.
    ``restart`` kills the child, whatever it is doing, and forks a fresh one.

    Args:
        extractor: what extracts; the child inherits it as it is in the parent
            (warm it up first).
    """

    def __init__(self, extractor: ArticleExtractor) -> None:
        self.extractor = extractor
        self.pid: int | None = None
        self._conn: Connection | None = None

    def start(self) -> None:
        """Fork the child. Call it from a thread that lives as long as the child should.

        Raises:
            RuntimeError: on a system without ``os.fork`` (Windows).
        """
        if not hasattr(os, "fork"):
            raise RuntimeError("the vnextract service needs os.fork (Linux, macOS, BSD)")
        parent_end, child_end = Pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            code = 1
            try:
                parent_end.close()
                _serve(self.extractor, child_end)
                code = 0
            finally:
                os._exit(code)
        child_end.close()
        self.pid = pid
        self._conn = parent_end

    def fileno(self) -> int:
        """The descriptor that turns readable when the answer (or the child's end) is there."""
        return self._connection().fileno()

    def send(self, text: str, source: str | None, published: datetime.date | None = None) -> None:
        """Give the child one article to extract.

        Raises:
            ExtractionCrashed: when the child is gone.
        """
        try:
            self._connection().send((text, source, published))
        except OSError as exc:  # BrokenPipeError: the child died while idle
            raise ExtractionCrashed(f"the extraction process is gone: {exc}") from None

    def receive(self) -> Article:
        """The record of the article sent last (blocks until it is there).

        Raises:
            ExtractionCrashed: when the child ended without answering.
            Exception: what ``extract`` raised in the child.
        """
        try:
            status, value = self._connection().recv()
        except (EOFError, OSError):
            raise ExtractionCrashed(
                f"the extraction process ended without answering ({self._reap()})"
            ) from None
        if status == "error":
            raise value
        assert isinstance(value, Article)
        return value

    def restart(self) -> None:
        """Kill the child, whatever it is doing, and fork a new one."""
        self.stop()
        self.start()

    def stop(self) -> None:
        """Kill the child and wait for it."""
        if self.pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._reap()
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _reap(self) -> str:
        """Wait for the child to end; say how it ended."""
        if self.pid is None:
            return "not started"
        try:
            _, status = os.waitpid(self.pid, 0)
        except ChildProcessError:
            return "already reaped"
        finally:
            self.pid = None
        if os.WIFSIGNALED(status):
            return f"killed by signal {os.WTERMSIG(status)}"
        return f"exit status {os.waitstatus_to_exitcode(status)}"

    def _connection(self) -> Connection:
        if self._conn is None:
            raise ExtractionCrashed("the extraction process is not running")
        return self._conn


def _serve(extractor: ArticleExtractor, conn: Connection) -> None:
    """The child's loop: extract what arrives until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the parent, which stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    _drop_inherited_descriptors(keep={0, 1, 2, conn.fileno()})
    while True:
        try:
            text, source, published = conn.recv()
        except (EOFError, OSError):
            return
        reply: tuple[str, Any]
        try:
            reply = ("ok", extractor.extract(text, source=source, published=published))
        except Exception as exc:
            reply = ("error", exc)
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return
        except Exception as exc:  # an exception that does not pickle
            conn.send(("error", RuntimeError(f"{type(reply[1]).__name__}: {reply[1]} ({exc})")))


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this process when the forking thread ends."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _drop_inherited_descriptors(keep: set[int]) -> None:
    """Point every inherited descriptor but ``keep`` at /dev/null.

    Closing them would let a number be reused while a Python object of the
    parent still thinks it owns it; /dev/null keeps the numbers taken.
    """
    try:
        names = os.listdir("/proc/self/fd")
    except OSError:
        return  # not Linux: the descriptors stay; the pipe still ends the child
    null = os.open(os.devnull, os.O_RDWR)
    try:
        for name in names:
            fd = int(name)
            if fd in keep or fd == null:
                continue
            with contextlib.suppress(OSError):
                os.fstat(fd)  # the listing's own descriptor is gone by now
                os.dup2(null, fd)
    finally:
        os.close(null)
