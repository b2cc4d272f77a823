"""Parse untrusted files in a separate process with a memory cap and a time limit, so a hostile or
broken file (a decompression bomb, a parser crash, an endless loop) costs one clear error, not the app."""
from __future__ import annotations

import logging
import multiprocessing
import os
import tempfile
import resource
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from core.types import ParsedDocument
from ingest.parse import IngestError, parse_file

log = logging.getLogger(__name__)


def _start_worker(megabytes: int, owner_pid: int) -> None:
    """Cap the worker's memory, and end it when the process that owns it is gone (killed or stopped by
    SIGTERM, the owner cannot shut it down; without this the worker and the forkserver outlive it)."""
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    def watch() -> None:
        while True:
            time.sleep(1)
            try:
                os.kill(owner_pid, 0)
            except ProcessLookupError:
                os._exit(0)
    threading.Thread(target=watch, daemon=True).start()


def _parse(name: str, data: bytes, max_pages: int, progress_path: str | None = None) -> ParsedDocument:
    def on_page(k: int, n: int) -> None:        # the owner reads this file while it waits
        Path(progress_path).write_text(f"{k} {n}")
    try:
        return parse_file(Path(name), data, max_pages=max_pages, on_page=on_page if progress_path else None)
    except MemoryError:
        raise IngestError(f"{name}: reading the file needed too much memory; it may be malformed") from None
    except RecursionError:
        raise IngestError(f"{name}: the file is nested too deeply to read; it may be malformed") from None


class ParseWorker:
    """parse_file in a worker process (forkserver); one at a time, restarted after a kill."""

    def __init__(self, max_seconds: float = 300, max_memory_mb: int = 3072):
        if max_seconds <= 0 or max_memory_mb <= 0:
            raise ValueError("limits must be positive")
        self.max_seconds, self.max_memory_mb = max_seconds, max_memory_mb
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(["ingest.parse"])
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _ensure(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=self._ctx, initializer=_start_worker,
                                             initargs=(self.max_memory_mb, os.getpid()))
        return self._pool

    def _reset(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            for process in list(getattr(pool, "_processes", {}).values()):
                process.kill()
            pool.shutdown(wait=False, cancel_futures=True)

    def parse(self, name: str, data: bytes, max_pages: int, on_page=None) -> ParsedDocument:
        """Parsed document, or IngestError naming the file and why (including time and memory limits).
        `on_page(k, n)` is told the worker's progress about twice a second."""
        with self._lock, tempfile.TemporaryDirectory() as tmp:
            progress = Path(tmp) / "progress"
            future = self._ensure().submit(_parse, name, data, max_pages, str(progress) if on_page else None)
            deadline = time.monotonic() + self.max_seconds
            def report() -> None:
                if on_page and progress.exists():
                    k, _, n = progress.read_text().partition(" ")
                    if k.isdigit() and n.isdigit():
                        on_page(int(k), int(n))
            try:
                while True:
                    try:
                        parsed = future.result(timeout=min(0.25, max(0.01, deadline - time.monotonic())))
                        report()        # the last page read, also when the file was quicker than a poll
                        return parsed
                    except FutureTimeout:
                        if time.monotonic() >= deadline:
                            raise
                        report()
            except FutureTimeout:
                self._reset()
                raise IngestError(f"{name}: reading the file took longer than {self.max_seconds:g} s; "
                                  "it may be malformed") from None
            except BrokenProcessPool:
                self._reset()
                raise IngestError(f"{name}: the file crashed the reader or needed more than "
                                  f"{self.max_memory_mb} MB; it may be malformed") from None

    def close(self) -> None:
        with self._lock:
            self._reset()
