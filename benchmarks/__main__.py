"""Run the benchmarks: ``python -m benchmarks run [--quick] [--out DIR]``.

Writes ``report.md`` (and ``results.json``) to the output folder, by default
``benchmarks/results/``. ``--quick`` uses fewer pages and repetitions and finishes in
well under two minutes.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from peers import Extractor, available  # noqa: E402
from quality import Result, c4_lines, compare, raw_dump  # noqa: E402
from repair import measure, table  # noqa: E402
from report import machine, write_report  # noqa: E402


def run(args: argparse.Namespace) -> int:
    repeats = 1 if args.quick else args.repeats
    limit = 40 if args.quick else None
    extractors, missing = available()
    for name in missing:
        print(f"benchmarks: skipping {name}: not installed (pip install 'newsclean[bench]')", file=sys.stderr)
    results: list[Result] = []
    print(f"AEB html: {len(extractors)} extractors, {repeats} repetition(s)", file=sys.stderr)
    results += compare(extractors, "html", repeats=repeats, limit=limit)
    text_tools = [e for e in extractors if e.family == "newsclean" and e.name != "newsclean precise"]
    baselines = [Extractor("raw dump", raw_dump), Extractor("C4 line rules", c4_lines)]
    print("AEB text dumps", file=sys.stderr)
    results += compare(baselines + text_tools, "text", repeats=repeats, limit=limit)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    info = {"machine": machine(), "python": platform.python_version(), "quick": args.quick, "missing": missing}
    (out / "results.json").write_text(
        json.dumps({"info": info, "results": [asdict(r) for r in results]}, indent=1), encoding="utf-8"
    )
    print("repair and normalization against ftfy", file=sys.stderr)
    repair = measure(repeats=repeats, limit=limit)
    info["repair"] = asdict(repair)
    report = write_report(results, info, out, extra={"Repair and normalization against ftfy": table(repair)})
    (out / "results.json").write_text(
        json.dumps({"info": info, "results": [asdict(r) for r in results]}, indent=1), encoding="utf-8"
    )
    print(report)
    return 0


def repair_only(args: argparse.Namespace) -> int:
    print(table(measure(repeats=args.repeats, limit=40 if args.quick else None)))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    runner = commands.add_parser("run", help="quality and speed against the peers, in one run")
    runner.add_argument("--quick", action="store_true", help="40 pages, one repetition")
    runner.add_argument("--repeats", type=int, default=3, help="timing repetitions (default 3)")
    runner.add_argument("--out", default=str(HERE / "results"), help="where report.md goes")
    repair = commands.add_parser("repair", help="repair and normalization against ftfy.fix_text")
    repair.add_argument("--quick", action="store_true", help="40 dumps")
    repair.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    return repair_only(args) if args.command == "repair" else run(args)


if __name__ == "__main__":
    sys.exit(main())
