"""Quality and speed on the ScrapingHub benchmark, every extractor in the same run.

Timing is fair by construction: every extractor cleans the same pages in the same
process, repetitions are interleaved (each repetition times every extractor once, in a
rotated order), newsclean's caches are cleared before each of its runs (a cold start,
as on a corpus of unseen pages; the "lines seen before" row cleans the pages once,
untimed, before each timed run), and speed is reported as a ratio to trafilatura
measured within each repetition, because absolute times drift on shared machines.
"""

from __future__ import annotations

import re
import statistics
import time
from dataclasses import dataclass, field

from aeb import Page, load_pages, score
from peers import Extractor


@dataclass
class Result:
    """One extractor on one variant of the benchmark."""

    name: str
    variant: str
    f1: float
    precision: float
    recall: float
    seconds: list[float] = field(default_factory=list)
    pages: int = 0
    megabytes: float = 0.0
    ratio_to_trafilatura: float | None = None
    errors: int = 0

    @property
    def pages_per_second(self) -> float:
        return self.pages / statistics.median(self.seconds) if self.seconds else 0.0

    @property
    def megabytes_per_second(self) -> float:
        return self.megabytes / statistics.median(self.seconds) if self.seconds else 0.0


def _run(extractor: Extractor, pages: dict[str, Page]) -> tuple[dict[str, str], float, int]:
    extractor.reset()
    if extractor.warm:
        for page in pages.values():
            extractor.extract(page.source, page.url)
    out, errors = {}, 0
    start = time.perf_counter()
    for key, page in pages.items():
        try:
            out[key] = extractor.extract(page.source, page.url) or ""
        except Exception:  # a crash on one page scores as an empty extraction, and is counted
            out[key] = ""
            errors += 1
    return out, time.perf_counter() - start, errors


def compare(extractors: list[Extractor], variant: str, *, repeats: int = 3, limit: int | None = None) -> list[Result]:
    """Score and time every extractor on one variant ("html" or "text") of the benchmark."""
    pages = load_pages(variant, limit)
    megabytes = sum(len(p.source.encode("utf-8")) for p in pages.values()) / 1e6
    times: dict[str, list[float]] = {e.name: [] for e in extractors}
    outputs: dict[str, dict[str, str]] = {}
    errors: dict[str, int] = {}
    for rep in range(repeats):
        order = extractors[rep % len(extractors) :] + extractors[: rep % len(extractors)]
        for extractor in order:
            out, seconds, errs = _run(extractor, pages)
            times[extractor.name].append(seconds)
            outputs[extractor.name], errors[extractor.name] = out, errs
    results = []
    for extractor in extractors:
        metrics = score(outputs[extractor.name], pages)
        result = Result(extractor.name, variant, **metrics, seconds=times[extractor.name], pages=len(pages),
                        megabytes=megabytes, errors=errors[extractor.name])  # fmt: skip
        if "trafilatura" in times:
            ratios = [t / s for t, s in zip(times["trafilatura"], times[extractor.name], strict=True) if s > 0]
            result.ratio_to_trafilatura = statistics.median(ratios)
        results.append(result)
    return results


_TERMINAL = re.compile(r"[.!?\"'”’)]\s*$")


def c4_lines(text: str, url: str | None = None) -> str:
    """C4's line rules, the classic baseline for cleaning text dumps: keep lines of five words
    or more that end like a sentence."""
    return "\n".join(line for line in text.splitlines() if len(line.split()) >= 5 and _TERMINAL.search(line))


def raw_dump(text: str, url: str | None = None) -> str:
    """The dump as it is: what a cleaner starts from."""
    return text
