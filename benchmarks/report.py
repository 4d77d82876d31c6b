"""The benchmark report: a Markdown table per benchmark variant, and the machine it ran on."""

from __future__ import annotations

import os
import platform
from pathlib import Path

from quality import Result
from scale import CorpusPoint, JobsResult, SizePoint, StageResult


def machine() -> str:
    """A one-line description of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def _row(r: Result) -> str:
    ratio = f"{r.ratio_to_trafilatura:.1f}x" if r.ratio_to_trafilatura is not None else ""
    errors = f" ({r.errors} errors)" if r.errors else ""
    return (
        f"| {r.name}{errors} | {r.f1:.3f} | {r.precision:.3f} | {r.recall:.3f} | "
        f"{r.pages_per_second:.0f} | {r.megabytes_per_second:.1f} | {ratio} |"
    )


def table(results: list[Result], variant: str) -> str:
    """The Markdown table of one variant, best F1 first."""
    rows = sorted((r for r in results if r.variant == variant), key=lambda r: -r.f1)
    head = (
        "| extractor | F1 | precision | recall | pages/s | MB/s | speed vs trafilatura |\n|---|---|---|---|---|---|---|"
    )
    return "\n".join([head, *(_row(r) for r in rows)])


def write_report(
    results: list[Result], info: dict[str, object], out: Path, *, extra: dict[str, str] | None = None
) -> str:
    """Write report.md to ``out`` and return its text."""
    parts = [
        "# newsclean benchmark report",
        "",
        f"Machine: {info['machine']}; Python {info['python']}; one core. "
        "Every extractor ran on the same pages in the same process, repetitions interleaved; "
        "newsclean started cold (caches cleared) in each repetition. "
        "Speed is the median over repetitions; the ratio to trafilatura is measured within each repetition.",
        "",
        "## ScrapingHub article-extraction benchmark, HTML pages",
        "",
        table(results, "html"),
        "",
        "## The same pages as whole-page text dumps",
        "",
        table(results, "text"),
    ]
    if any(r.variant == "wrapped" for r in results):
        parts += [
            "",
            "## The same dumps hard-wrapped at 78 columns (as html2text writes text)",
            "",
            table(results, "wrapped"),
        ]
    for heading, body in (extra or {}).items():
        parts += ["", f"## {heading}", "", body]
    if info.get("missing"):
        parts += ["", f"Not installed, skipped: {', '.join(map(str, info['missing']))}."]
    text = "\n".join(parts) + "\n"
    (out / "report.md").write_text(text, encoding="utf-8")
    return text


def jobs_table(results: list[JobsResult]) -> str:
    base = results[0].seconds
    rows = [
        f"| {r.jobs} | {r.documents:,} | {r.megabytes:,.0f} | {r.seconds:.1f} | {r.docs_per_second:.0f} | "
        f"{r.megabytes / r.seconds:.1f} | {base / r.seconds:.2f}x | {r.peak_memory_mb:.0f} |"
        for r in results
    ]
    head = (
        "| workers (-j) | documents | MB | seconds | docs/s | MB/s | speed-up | peak memory, all processes (PSS, MB) |"
    )
    return "\n".join([head, "|---|---|---|---|---|---|---|---|", *rows])


def stage_table(result: StageResult) -> str:
    total = sum(result.seconds.values())
    rows = [
        f"| {name} | {seconds:.2f} | {100 * seconds / total:.0f}% | {result.megabytes / seconds:.0f} |"
        for name, seconds in sorted(result.seconds.items(), key=lambda kv: -kv[1])
    ]
    head = f"| stage ({result.documents:,} documents, {result.megabytes:.1f} MB) | seconds | share | MB/s |"
    return "\n".join([head, "|---|---|---|---|", *rows])


def size_table(points: list[SizePoint]) -> str:
    names = sorted({n for p in points for n in p.seconds}, key=lambda n: (not n.startswith("newsclean"), n))
    rows = [
        f"| {p.size / 1e3:,.0f} KB | " + " | ".join(f"{p.size / 1e6 / p.seconds[n]:.1f}" for n in names) + " |"
        for p in points
    ]
    head = "| document size | " + " | ".join(f"{n} MB/s" for n in names) + " |"
    return "\n".join([head, "|---" * (len(names) + 1) + "|", *rows])


def corpus_table(points: list[CorpusPoint]) -> str:
    names = sorted({n for p in points for n in p.docs_per_second}, key=lambda n: (not n.startswith("newsclean"), n))
    rows = [
        f"| {p.documents:,} HTML documents ({p.megabytes:.0f} MB) | " + " | ".join(_rate(p, n) for n in names) + " |"
        for p in points
    ]
    head = "| corpus | " + " | ".join(f"{n} docs/s (MB/s)" for n in names) + " |"
    return "\n".join([head, "|---" * (len(names) + 1) + "|", *rows])


def _rate(point: CorpusPoint, name: str) -> str:
    if name not in point.docs_per_second:
        return ""
    rate = point.docs_per_second[name]
    return f"{rate:.0f} ({rate * point.megabytes / point.documents:.1f})"
