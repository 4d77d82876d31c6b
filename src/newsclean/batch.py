"""Cleaning a stream of records, in this process or in worker processes, in input order.

Every record gives exactly one result. A document whose cleaning raises, runs past the
time limit, or kills its worker process comes back as an error record; the run goes on.
Workers build their pipeline once; records travel to them in small batches, and only a
bounded number of batches is in flight, so memory stays flat whatever the corpus size.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any

from . import presets
from .document import Document
from .io.readers import Record
from .io.writers import output_record
from .pipeline import Pipeline
from .sources import document_from

#: Records sent to a worker at a time: large enough to amortize the hand-over, small
#: enough to keep workers evenly busy.
BATCH = 16
#: Batches in flight per worker.
WINDOW = 3


class DocumentTimeout(BaseException):
    """Cleaning one document took longer than the time limit.

    A BaseException, like KeyboardInterrupt, so that no filter's ``except Exception``
    swallows it and the pipeline does not wrap it as that filter's failure."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What every worker needs to clean a record: the preset, the time limit, the removals flag."""

    preset: str = "default"
    timeout: float | None = 60.0
    removals: bool = False


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in this thread after ``seconds`` (where SIGALRM exists and this
    is the main thread; elsewhere the limit is not enforced)."""
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not seconds or not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise DocumentTimeout(f"timed out after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


#: After a document this large, freed memory is handed back to the operating system.
RELEASE_AFTER_BYTES = 1_000_000


def _malloc_trim() -> Callable[[], object] | None:
    """glibc's ``malloc_trim(0)``: a process that parsed one 5 MB page keeps the freed heap
    as resident memory, which a long run with several workers cannot afford."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    trim = getattr(libc, "malloc_trim", None)
    return (lambda: trim(0)) if trim is not None else None


_release = _malloc_trim()

#: glibc's mallopt parameters: allocations from this size up are mapped and unmapped on
#: their own, so a large page's buffers go back to the system as soon as they are freed.
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 256 * 1024


def tune_memory() -> None:
    """Keep a long-running cleaning process small: large buffers are given back when freed
    instead of growing a heap that a later small allocation pins (glibc only)."""
    if _release is None:
        return
    try:
        ctypes.CDLL("libc.so.6").mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    except (OSError, AttributeError):
        return


def release_memory(size: int) -> None:
    """Hand freed heap back to the operating system after a document of ``size`` bytes, if large."""
    if _release is not None and size > RELEASE_AFTER_BYTES:
        _release()


def clean_record(pipeline: Pipeline, record: Record, settings: Settings) -> dict[str, Any]:
    """One output record for one input record; never raises for a bad document."""
    if record.error is not None or record.data is None:
        return output_record(record, None, removals=settings.removals)
    try:
        return _clean(pipeline, record, settings)
    finally:
        release_memory(record.size)


def _clean(pipeline: Pipeline, record: Record, settings: Settings) -> dict[str, Any]:
    assert record.data is not None, "records without data are answered before cleaning"
    doc: Document | None = None
    error = None
    try:
        metadata: dict[str, object] | None = {"content_type": record.content_type} if record.content_type else None
        with _time_limit(settings.timeout):
            doc = pipeline(document_from(record.data, url=record.url, id=record.id, metadata=metadata))
    except DocumentTimeout as exc:
        error = str(exc)
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
    return output_record(record, doc, error=error, removals=settings.removals)


# Worker side: the pipeline is built once per process.
_worker: tuple[Pipeline, Settings] | None = None


def _start_worker(settings: Settings) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and shuts workers down
    tune_memory()
    _worker = (presets.get(settings.preset), settings)


_Packed = tuple[Record, bool]


def _pack(record: Record) -> _Packed:
    """A record for the trip to a worker: text as UTF-8 bytes, half or a quarter the size of
    a Python string of a page with a few non-Latin-1 characters, and so much less memory
    held by the parent for the documents in flight."""
    if isinstance(record.data, str):
        return replace(record, data=record.data.encode("utf-8", "surrogatepass")), True
    return record, False


def _unpack(packed: _Packed) -> Record:
    record, was_text = packed
    if was_text and isinstance(record.data, bytes):
        return replace(record, data=record.data.decode("utf-8", "surrogatepass"))
    return record


def _clean_batch(batch: list[_Packed]) -> list[dict[str, Any]]:
    assert _worker is not None, "worker not started"
    pipeline, settings = _worker
    return [clean_record(pipeline, _unpack(packed), settings) for packed in batch]


def run(records: Iterable[Record], settings: Settings, *, jobs: int = 1) -> Iterator[dict[str, Any]]:
    """Clean ``records`` with ``jobs`` processes; yield one output record each, in input order."""
    tune_memory()
    if jobs <= 1:
        pipeline = presets.get(settings.preset)
        for record in records:
            yield clean_record(pipeline, record, settings)
        return
    with _Pool(settings, jobs) as pool:
        yield from pool.run(records)


#: An undeclared legacy page: cleaning it loads everything a worker will need, the
#: encoding detector's models included.
_WARM_PAGE = ("<p>" + "Городской совет утвердил новые маршруты автобусов. " * 20 + "</p>").encode("cp1251")


def _warm(settings: Settings) -> None:
    """Load the pipeline and the detector's models in the parent before workers fork, so that
    the workers share those pages with it instead of each loading its own copy. Only an
    optimization: a pipeline that cannot take the page (one without a decode stage) is
    left cold."""
    pipeline = presets.get(settings.preset)
    with contextlib.suppress(Exception):
        pipeline(_WARM_PAGE)


class _Pool:
    """Worker processes with a bounded window of batches in flight, restarted if one dies."""

    def __init__(self, settings: Settings, jobs: int) -> None:
        self.settings = settings
        self.jobs = jobs
        _warm(settings)
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, initializer=_start_worker, initargs=(self.settings,))

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def run(self, records: Iterable[Record]) -> Iterator[dict[str, Any]]:
        stream = iter(records)
        pending: deque[tuple[list[_Packed], Future[list[dict[str, Any]]]]] = deque()
        while True:
            while len(pending) < self.jobs * WINDOW and (batch := [_pack(r) for r in islice(stream, BATCH)]):
                pending.append((batch, self._submit(batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            yield from self._results(batch, future)

    def _submit(self, batch: list[_Packed]) -> Future[list[dict[str, Any]]]:
        try:
            return self.executor.submit(_clean_batch, batch)
        except BrokenProcessPool:
            self._restart()
            return self.executor.submit(_clean_batch, batch)

    def _results(self, batch: list[_Packed], future: Future[list[dict[str, Any]]]) -> list[dict[str, Any]]:
        try:
            return future.result()
        except BrokenProcessPool:
            # Some document killed its worker; which one is unknown, so each is retried alone.
            self._restart()
            return [self._alone(packed) for packed in batch]

    def _alone(self, packed: _Packed) -> dict[str, Any]:
        try:
            return self._submit([packed]).result()[0]
        except BrokenProcessPool:
            self._restart()
            return output_record(packed[0], None, error="worker process died while cleaning this document")

    def _restart(self) -> None:
        if getattr(self.executor, "_broken", False):
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()
