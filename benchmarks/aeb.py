"""The ScrapingHub article-extraction benchmark, bundled under ``benchmarks/data/aeb``.

The metric is the benchmark's own: tokens are ``\\w+`` runs; each document is compared
on its multiset of 4-token shingles; per-document TP/FP/FN are normalised to sum to 1;
precision and recall are averaged over documents; F1 is the harmonic mean of the two
averages (not a mean of per-document F1).
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import textwrap
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "aeb"
TOKEN = re.compile(r"\w+")
#: The width the "wrapped" variant cuts the dumps' lines at: html2text's default body width.
WRAP_COLUMNS = 78


@dataclass(frozen=True)
class Page:
    """One benchmark page: its source (HTML or text dump), address and annotated body."""

    key: str
    source: str
    url: str | None
    truth: str


def load_pages(variant: str = "html", limit: int | None = None) -> dict[str, Page]:
    """The benchmark's pages, ``variant`` "html" (raw pages), "text" (whole-page dumps) or
    "wrapped" (the dumps hard-wrapped at 78 columns, as html2text writes text)."""
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit] if limit else sorted(truth)
    pages = {}
    for key in keys:
        if variant == "html":
            source = gzip.decompress((DATA / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8")
        elif variant in ("text", "wrapped"):
            source = (DATA / "text" / f"{key}.txt").read_text(encoding="utf-8")
            if variant == "wrapped":
                source = "\n".join(
                    textwrap.fill(line, WRAP_COLUMNS) if line.strip() else "" for line in source.split("\n")
                )
        else:
            raise ValueError(f"variant is 'html', 'text' or 'wrapped', not {variant!r}")
        pages[key] = Page(key, source, truth[key].get("url"), truth[key]["articleBody"])
    return pages


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def counts(truth: str, prediction: str) -> tuple[float, float, float]:
    """Per-document true positives, false positives and false negatives, summing to 1."""
    t, p = shingles(truth), shingles(prediction)
    tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def score(predictions: dict[str, str], pages: dict[str, Page]) -> dict[str, float]:
    """F1, precision and recall of ``predictions`` (key -> text) against the annotations."""
    rows = [counts(page.truth, predictions.get(key, "")) for key, page in pages.items()]

    def precision(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def recall(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    p = statistics.mean([precision(*r) for r in rows if r[0] + r[1] > 0] or [0.0])
    r = statistics.mean([recall(*r) for r in rows if r[0] + r[2] > 0] or [0.0])
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r}
