"""Throughput on a large corpus: worker scaling, peak memory, cost per stage, and how cost
grows with document size and corpus size, peers timed on the same documents.

All of it runs on the corpus from :mod:`corpus` (generated, deterministic).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from corpus import Doc, documents, load_sources
from peers import Extractor
from selectolax.lexbor import LexborHTMLParser

import newsclean
from newsclean import Document, presets


@dataclass
class JobsResult:
    """The batch CLI over one corpus file with ``jobs`` workers."""

    jobs: int
    documents: int
    megabytes: float
    seconds: float
    peak_memory_mb: float  # all processes, proportional set size

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds


def _tree_memory(pid: int) -> int:
    """Memory of a process and all its descendants, in bytes (Linux /proc): the sum of their
    proportional set sizes, which counts pages that forked workers share with their parent
    once (a sum of RSS would count the shared interpreter and modules in every process)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            total += next(int(line.split()[1]) * 1024 for line in rollup.splitlines() if line.startswith("Pss:"))
            for task in Path(f"/proc/{current}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def cli_jobs(corpus: Path, documents: int, megabytes: float, jobs: int) -> JobsResult:
    """Time ``newsclean clean corpus -j jobs`` as a user runs it, sampling the memory of its
    whole process tree (workers included) every 50 ms."""
    command = [sys.executable, "-m", "newsclean", "clean", str(corpus), "-o", "/dev/null", "-q", "-j", str(jobs)]
    start = time.perf_counter()
    process = subprocess.Popen(command)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_memory(process.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    if process.returncode not in (0, 1):
        raise RuntimeError(f"newsclean clean exited with {process.returncode}")
    return JobsResult(jobs, documents, megabytes, seconds, peak / 1e6)


@dataclass
class StageResult:
    """Seconds spent in each stage of the default pipeline over a sample of the corpus."""

    documents: int
    megabytes: float
    seconds: dict[str, float] = field(default_factory=dict)


def stages(docs: list[Doc]) -> StageResult:
    """Run the default pipeline filter by filter, timing each; the HTML filter is split into
    Lexbor's parse (timed alone on the same pages) and newsclean's walk over the tree."""
    pipeline = presets.default()
    newsclean.clear_caches()
    spent: dict[str, float] = defaultdict(float)
    pages: list[str] = []
    for doc in docs:
        current = Document(raw=doc.data, id=doc.id)
        for step in pipeline:
            if (step.stage == "decode" and current.raw is None) or (step.stage == "html" and current.html is None):
                continue
            start = time.perf_counter()
            current = step(current)
            spent[step.name] += time.perf_counter() - start
            if step.name == "decode" and current.html is not None:
                pages.append(current.html)
    start = time.perf_counter()
    for page in pages:
        LexborHTMLParser(page)
    parse = time.perf_counter() - start
    ordered = {"parse (Lexbor)": parse, "html walk (newsclean)": spent.pop("html", 0.0) - parse}
    ordered |= dict(spent)
    return StageResult(len(docs), sum(len(d.data) for d in docs) / 1e6, ordered)


@dataclass
class SizePoint:
    """Seconds per document at one document size, for each extractor."""

    size: int
    seconds: dict[str, float]


def _page_of_size(size: int) -> str:
    """An HTML page of about ``size`` bytes: an AEB page cut down or grown by further pages."""
    sources = load_sources()
    page = sources.html[0]
    i = 1
    while len(page) < size:
        body = sources.html[i % len(sources.html)]
        page = page.replace("</body>", body[body.find("<body") :].replace("</html>", ""), 1)
        i += 1
    cut = page.rfind("<", 0, size)
    return page[: cut if cut > size // 2 else size]


def by_document_size(extractors: list[Extractor], sizes: list[int], *, repeats: int) -> list[SizePoint]:
    """Cost of one document as it grows from 1 KB to MBs: linear cost keeps MB/s flat."""
    points = []
    for size in sizes:
        page = _page_of_size(size)
        seconds = {}
        for extractor in extractors:
            extractor.extract(page, None)  # warm: first calls pay for imports and compiled patterns
            runs = []
            for _ in range(repeats):
                extractor.reset()
                start = time.perf_counter()
                extractor.extract(page, None)
                runs.append(time.perf_counter() - start)
            seconds[extractor.name] = statistics.median(runs)
        points.append(SizePoint(len(page.encode("utf-8")), seconds))
    return points


@dataclass
class CorpusPoint:
    """Documents per second over the first ``documents`` of the corpus, for each extractor."""

    documents: int
    megabytes: float
    docs_per_second: dict[str, float]


def by_corpus_size(extractors: list[Extractor], counts: list[int], *, seed: int = 0) -> list[CorpusPoint]:
    """Throughput as the corpus grows: flat when nothing accumulates (memory, caches, state).

    Each count is a fresh run over the first ``count`` documents; extractors see the same ones."""
    points = []
    for count in counts:
        docs = [d for d in documents(count, seed=seed) if d.kind == "html"]
        rates = {}
        for extractor in extractors:
            extractor.reset()
            start = time.perf_counter()
            for doc in docs:
                try:
                    extractor.extract(doc.data.decode(doc.encoding, "replace"), doc.url)
                except Exception:
                    continue
            rates[extractor.name] = len(docs) / (time.perf_counter() - start)
        points.append(CorpusPoint(len(docs), sum(len(d.data) for d in docs) / 1e6, rates))
    return points
