"""Run the benchmarks: ``python -m benchmarks run [--quick] [--out DIR]``.

One command measures everything, every tool on the same documents in the same run:

1. quality and speed on the ScrapingHub benchmark (HTML and text-dump variants), for
   each newsclean preset and each installed peer;
2. repair and normalization against ``ftfy.fix_text``;
3. a generated large corpus (see ``corpus.py``): the batch CLI with 1 and all workers
   (throughput, speed-up, peak memory of all processes), time per pipeline stage, cost
   against document size (1 KB to 10 MB) and corpus size, peers timed alongside.

Writes ``report.md``, ``results.json`` and PNG plots to the output folder (default
``benchmarks/results/``). ``--quick`` (40 pages, one repetition, a 2,000-document corpus)
finishes in under two minutes; the full run builds a 100,000-document corpus (about 2 GB)
and takes about half an hour on two cores.

``python -m benchmarks repair`` and ``python -m benchmarks corpus`` run one part alone.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import plots  # noqa: E402
import report  # noqa: E402
import scale  # noqa: E402
from peers import Extractor, available, newsclean_warm  # noqa: E402
from quality import Result, c4_lines, compare, raw_dump  # noqa: E402
from repair import measure, table  # noqa: E402

from newsclean.batch import default_jobs  # noqa: E402

QUICK = {"pages": 40, "documents": 2_000, "sizes": [1_000, 10_000, 100_000, 1_000_000], "counts": [250, 1_000]}
FULL = {
    "pages": None,
    "documents": 100_000,
    "sizes": [1_000, 10_000, 100_000, 1_000_000, 10_000_000],
    "counts": [1_000, 10_000, 100_000],
}
#: Peers timed on the large corpus besides newsclean (the slow ones only on small counts).
CORPUS_PEERS = ("trafilatura", "resiliparse", "justext")


def run(args: argparse.Namespace) -> int:
    plan = dict(QUICK if args.quick else FULL)
    if args.pages is not None:
        plan["pages"] = args.pages
    if args.documents is not None:
        plan["documents"] = args.documents
        plan["counts"] = [c for c in plan["counts"] if c < args.documents] + [args.documents]
        plan["sizes"] = [s for s in plan["sizes"] if s <= 100 * args.documents] or plan["sizes"][:1]
    repeats = 1 if args.quick else args.repeats
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    extractors, missing = available()
    for name in missing:
        print(f"benchmarks: skipping {name}: not installed (pip install 'newsclean[bench]')", file=sys.stderr)
    info: dict[str, object] = {
        "machine": report.machine(),
        "python": platform.python_version(),
        "quick": args.quick,
        "missing": missing,
    }

    results: list[Result] = []
    _say(f"AEB html: {len(extractors)} extractors, {repeats} repetition(s)")
    results += compare(extractors, "html", repeats=repeats, limit=plan["pages"])
    text_tools = [e for e in extractors if e.family == "newsclean" and e.name != "newsclean precise"]
    text_tools.append(newsclean_warm())
    baselines = [Extractor("raw dump", raw_dump), Extractor("C4 line rules", c4_lines)]
    _say("AEB text dumps")
    results += compare(baselines + text_tools, "text", repeats=repeats, limit=plan["pages"])
    _say("AEB text dumps hard-wrapped at 78 columns")
    wrapped_tools = [e for e in text_tools if e.name == "newsclean default"]
    results += compare(baselines + wrapped_tools, "wrapped", repeats=repeats, limit=plan["pages"])

    _say("repair and normalization against ftfy")
    repair = measure(repeats=repeats, limit=plan["pages"])
    info["repair"] = asdict(repair)

    sections = {"Repair and normalization against ftfy": table(repair)}
    sections |= _large_corpus(plan, extractors, args, info, out)
    if plots.available():
        paths = [plots.speed_quality(results, out), plots.size_scaling(info.pop("_size_points"), out)]  # type: ignore[arg-type]
        sections["Plots"] = "\n\n".join(f"![{p.stem}]({p.name})" for p in paths)
    else:
        info.pop("_size_points", None)
        sections["Plots"] = "Skipped: matplotlib is not installed (pip install 'newsclean[bench]')."
    text = report.write_report(results, info, out, extra=sections)
    (out / "results.json").write_text(
        json.dumps({"info": info, "results": [asdict(r) for r in results]}, indent=1, default=str), encoding="utf-8"
    )
    print(text)
    return 0


def _large_corpus(
    plan: dict, extractors: list[Extractor], args: argparse.Namespace, info: dict[str, object], out: Path
) -> dict[str, str]:
    where = Path(args.corpus_dir) if args.corpus_dir else Path(tempfile.gettempdir()) / "newsclean-bench-corpus"
    count = plan["documents"]
    _say(f"building a {count:,}-document corpus in {where} (reused when present)")
    built = corpus.build(
        where / str(count), count=count, formats=("jsonl",) if args.quick else ("files", "jsonl", "warc")
    )
    cores = default_jobs()
    jobs = [1] if cores == 1 else [1, cores]
    _say(f"batch CLI over {built.jsonl.name} with -j {' and -j '.join(map(str, jobs))}")
    runs = [scale.cli_jobs(built.jsonl, built.documents, built.megabytes, j) for j in jobs]
    sample = list(corpus.documents(min(count, 300 if args.quick else 2_000)))
    _say(f"time per stage on {len(sample)} documents")
    stage = scale.stages(sample)
    peers = [e for e in extractors if e.name == "newsclean default" or e.name in CORPUS_PEERS]
    _say("cost against document size")
    sizes = scale.by_document_size(peers, plan["sizes"], repeats=1 if args.quick else 3)
    _say("throughput against corpus size")
    counts = scale.by_corpus_size(peers, plan["counts"][:1]) + scale.by_corpus_size(
        [e for e in peers if e.name in ("newsclean default", "resiliparse")], plan["counts"][1:]
    )
    info |= {
        "corpus": {"documents": built.documents, "megabytes": built.megabytes},
        "jobs": [asdict(r) for r in runs],
        "stages": asdict(stage),
        "sizes": [asdict(p) for p in sizes],
        "counts": [asdict(p) for p in counts],
        "_size_points": sizes,
    }
    corpus_note = f"{built.documents:,} generated documents, {built.megabytes:,.0f} MB (see `corpus.py`)"
    return {
        f"Batch CLI on a large corpus: {corpus_note}": report.jobs_table(runs),
        "Where the time goes: the default pipeline, stage by stage": report.stage_table(stage),
        "Cost against document size (one document, MB/s)": report.size_table(sizes),
        "Throughput against corpus size (peers slower than 100 docs/s timed on the smallest corpus only)": (
            report.corpus_table(counts)
        ),
    }


def _say(message: str) -> None:
    print(f"benchmarks: {message}", file=sys.stderr, flush=True)


def repair_only(args: argparse.Namespace) -> int:
    print(table(measure(repeats=args.repeats, limit=40 if args.quick else None)))
    return 0


def corpus_only(args: argparse.Namespace) -> int:
    built = corpus.build(Path(args.out), count=args.documents, seed=args.seed)
    print(f"{built.documents:,} documents, {built.megabytes:,.0f} MB: {built.files}, {built.jsonl}, {built.warc}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    runner = commands.add_parser("run", help="everything, against the peers, in one run")
    runner.add_argument("--quick", action="store_true", help="40 pages, one repetition, 2,000 documents")
    runner.add_argument("--repeats", type=int, default=3, help="timing repetitions (default 3)")
    runner.add_argument("--out", default=str(HERE / "results"), help="where report.md and the plots go")
    runner.add_argument("--pages", type=int, help="AEB pages to use (default: 40 quick, all full)")
    runner.add_argument("--documents", type=int, help="size of the generated corpus")
    runner.add_argument("--corpus-dir", help="where the generated corpus is kept (default: the temp folder)")
    repair = commands.add_parser("repair", help="repair and normalization against ftfy.fix_text")
    repair.add_argument("--quick", action="store_true", help="40 dumps")
    repair.add_argument("--repeats", type=int, default=3)
    build = commands.add_parser("corpus", help="build the large corpus (files, JSONL, WARC) and stop")
    build.add_argument("--documents", type=int, default=FULL["documents"])
    build.add_argument("--seed", type=int, default=0)
    build.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "newsclean-bench-corpus", "built"))
    args = parser.parse_args(argv)
    if args.command == "repair":
        return repair_only(args)
    if args.command == "corpus":
        return corpus_only(args)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
