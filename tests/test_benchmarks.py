"""The benchmark suite runs end to end on a tiny corpus, so it cannot rot between releases."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import ROOT


def test_the_quick_benchmark_writes_its_report(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.__main__ import main

    out = tmp_path / "results"
    args = ["run", "--quick", "--pages", "3", "--documents", "40", "--out", str(out), "--corpus-dir", str(tmp_path)]
    assert main(args) == 0
    report = (out / "report.md").read_text(encoding="utf-8")
    for section in (
        "## ScrapingHub article-extraction benchmark, HTML pages",
        "| newsclean default |",
        "| trafilatura |",
        "## The same dumps hard-wrapped at 78 columns",
        "## Repair and normalization against ftfy",
        "## Batch CLI on a large corpus",
        "## Where the time goes",
        "| parse (Lexbor) |",
        "## Cost against document size",
        "## Throughput against corpus size",
        "## Plots",
    ):
        assert section in report, section
    assert (out / "results.json").exists()
