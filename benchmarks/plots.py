"""PNG plots for the report: speed against quality for every tool, and throughput against
document size. matplotlib is optional (``pip install 'newsclean[bench]'``); without it the
report says the plots were skipped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quality import Result
from scale import SizePoint


def available() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def _pyplot():  # type: ignore[no-untyped-def]
    import matplotlib

    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    return plt


def speed_quality(results: list[Result], out: Path) -> Path:
    """F1 against pages per second (log scale) on the AEB HTML pages, one point per tool."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for r in results:
        if r.variant != "html" or not r.seconds:
            continue
        colour = "tab:red" if r.name.startswith("newsclean") else "tab:blue"
        ax.scatter(r.pages_per_second, r.f1, color=colour)
        ax.annotate(r.name, (r.pages_per_second, r.f1), textcoords="offset points", xytext=(5, 4), fontsize=8)
    ax.set_xscale("log")
    ax.grid(alpha=0.3)
    labels = ("pages per second, one core (log scale)", "F1 on the AEB benchmark", "Speed against quality, same run")
    return _save(fig, ax, out / "speed_quality.png", *labels)


def size_scaling(points: list[SizePoint], out: Path) -> Path:
    """MB/s against document size: a flat line is a cost linear in size."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 4.5))
    names = sorted({name for p in points for name in p.seconds})
    for name in names:
        xs = [p.size / 1e3 for p in points if name in p.seconds]
        ys = [p.size / 1e6 / p.seconds[name] for p in points if name in p.seconds]
        ax.plot(xs, ys, marker="o", label=name, linewidth=2.5 if name.startswith("newsclean") else 1.2)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=8)
    labels = ("document size, KB (log scale)", "MB per second (log scale)", "Throughput against document size")
    return _save(fig, ax, out / "size_scaling.png", *labels)


def _save(fig: Any, ax: Any, path: Path, xlabel: str, ylabel: str, title: str) -> Path:
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    _pyplot().close(fig)
    return path
