"""The command line: ``newsclean clean FILE...`` prints clean article text or JSONL.

``main(argv) -> int`` is callable from tests; it is the only place where errors become
messages and exit codes (0 all well, 1 some documents failed, 2 usage errors).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__, presets
from .document import Document
from .errors import NewscleanError

TEXT_SUFFIXES = {".txt", ".html", ".htm"}


def _inputs(paths: Sequence[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
        else:
            yield path


def _write_text(doc: Document, out: TextIO, header: str | None) -> None:
    if header:
        out.write(f"==> {header} <==\n")
    if doc.title:
        out.write(f"{doc.title}\n\n")
    out.write(doc.text + "\n\n")


def _clean(args: argparse.Namespace, out: TextIO) -> int:
    pipeline = presets.get(args.preset)
    paths = list(_inputs(args.inputs))
    failures = 0
    for path in paths:
        try:
            doc = pipeline(path.read_bytes(), id=path.stem)
        except (OSError, NewscleanError) as exc:
            failures += 1
            print(f"newsclean: {path}: {exc}", file=sys.stderr)
            if args.format == "jsonl":
                out.write(json.dumps({"id": path.stem, "source": str(path), "error": str(exc)}) + "\n")
            continue
        if args.format == "text":
            _write_text(doc, out, str(path) if len(paths) > 1 else None)
        else:
            record = {"source": str(path), **doc.to_dict(removals=args.removals), "error": None}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1 if failures else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsclean", description="Clean article text from scraped news pages.")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    clean = commands.add_parser("clean", help="clean files or directories of .txt/.html pages")
    clean.add_argument("inputs", nargs="+", help="files or directories")
    clean.add_argument("--format", choices=["jsonl", "text"], default="jsonl", help="output format (default: jsonl)")
    clean.add_argument("--removals", action="store_true", help="add each removal and its reason to JSONL records")
    clean.add_argument("--preset", default="default", choices=sorted(presets.PRESETS), help="pipeline preset")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: sys.argv[1:]); return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    return _clean(args, sys.stdout)
