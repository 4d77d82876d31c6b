"""Repair and normalization against ftfy.fix_text, on the AEB text dumps.

Two measurements, both in one run:

- **speed on clean text**: newsclean's repair and normalization stages (``repair_text``
  then ``normalize_text``) against ``ftfy.fix_text`` with its defaults, over every dump;
  the ratio is taken within each repetition;
- **coverage on mojibake**: every dump is read back as cp1252, Latin-1 and Mac Roman
  would read its UTF-8 bytes; a line counts as fixed when it comes back exactly as it
  was. newsclean must fix every line that ``ftfy.fix_text`` fixes (compared with the
  options newsclean keeps: ftfy's default also straightens curly quotes).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

import ftfy
import ftfy.bad_codecs
from aeb import DATA

import newsclean
from newsclean.normalize import normalize_text
from newsclean.repair import FTFY_CONFIG, repair_text

MISREADINGS = ("sloppy-windows-1252", "latin-1", "macroman")


@dataclass
class RepairResult:
    megabytes: float
    newsclean_seconds: float
    ftfy_seconds: float
    ratio: float
    lines: int
    fixed_by_ftfy: int
    fixed_by_newsclean: int
    missed: int  # lines ftfy fixes and newsclean does not


def _dumps(limit: int | None) -> list[str]:
    paths = sorted((DATA / "text").glob("*.txt"))[:limit]
    return [p.read_text(encoding="utf-8") for p in paths]


def _ours(text: str) -> str:
    return normalize_text(repair_text(text))


def measure(*, repeats: int = 3, limit: int | None = None) -> RepairResult:
    docs = _dumps(limit)
    megabytes = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    ours, theirs = [], []
    for _ in range(repeats):
        newsclean.clear_caches()
        start = time.perf_counter()
        for doc in docs:
            _ours(doc)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        for doc in docs:
            ftfy.fix_text(doc)
        theirs.append(time.perf_counter() - start)
    lines = fixed_ftfy = fixed_ours = missed = 0
    for doc in docs:
        for misread_as in MISREADINGS:
            broken = doc.encode("utf-8").decode(misread_as)
            reference = ftfy.fix_text(broken, FTFY_CONFIG).split("\n")
            repaired = repair_text(broken).split("\n")
            for original, by_ftfy, by_us in zip(doc.split("\n"), reference, repaired, strict=True):
                if original.isascii():
                    continue
                lines += 1
                fixed_ftfy += by_ftfy == original
                fixed_ours += by_us == original
                missed += by_ftfy == original and by_us != original
    ratios = [t / o for t, o in zip(theirs, ours, strict=True)]
    return RepairResult(megabytes, statistics.median(ours), statistics.median(theirs), statistics.median(ratios),
                        lines, fixed_ftfy, fixed_ours, missed)  # fmt: skip


def table(result: RepairResult) -> str:
    r = result
    return "\n".join(
        [
            "| on the AEB text dumps | newsclean repair + normalize | ftfy.fix_text |",
            "|---|---|---|",
            f"| clean text, MB/s | {r.megabytes / r.newsclean_seconds:.1f} | {r.megabytes / r.ftfy_seconds:.1f} |",
            f"| speed ratio | {r.ratio:.0f}x | 1x |",
            f"| mojibake lines fixed (of {r.lines} with non-ASCII text, misread 3 ways) "
            f"| {r.fixed_by_newsclean} | {r.fixed_by_ftfy} |",
            f"| lines ftfy fixes that newsclean misses | {r.missed} | |",
        ]
    )
