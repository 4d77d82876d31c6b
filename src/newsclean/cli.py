"""The command line: ``newsclean clean`` for corpora, ``newsclean explain`` for audits.

``main(argv) -> int`` is callable from tests; it is the only place where errors become
messages and exit codes: 0 when every document was cleaned, 1 when some failed (each
failure is an error record in the output and the count is printed), 2 for usage errors,
130 when interrupted.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from . import __version__, presets
from .batch import Settings, default_jobs, release_memory, run
from .errors import NewscleanError
from .explain import render_html, render_terminal
from .io.readers import JsonFields, Record, expand, read
from .io.writers import JsonlWriter

EXAMPLES = """examples:
  newsclean clean pages/ -o clean.jsonl            every .txt/.html/.jsonl/.warc(.gz) under pages/
  newsclean clean CC-NEWS-*.warc.gz -o news.jsonl -j 8 --resume
  newsclean clean page.html --format text          the article as plain text
  newsclean explain page.html                      kept and removed lines, with reasons
  newsclean explain --html review.html sample/     the same for many documents, in a browser
"""


class Summary:
    """Counts for the end-of-run line: documents in, cleaned, empty, errors, MB and MB/s."""

    def __init__(self) -> None:
        self.documents = self.cleaned = self.empty = self.errors = self.skipped = 0
        self.bytes = 0
        self.started = time.perf_counter()

    def count(self, record: dict[str, Any], size: int) -> None:
        self.documents += 1
        self.bytes += size
        if record["error"] is not None:
            self.errors += 1
        elif record["text"]:
            self.cleaned += 1
        else:
            self.empty += 1

    def rate(self) -> str:
        mb = self.bytes / 1e6
        return f"{mb:.0f} MB, {mb / max(time.perf_counter() - self.started, 1e-9):.1f} MB/s"

    def line(self) -> str:
        seconds = max(time.perf_counter() - self.started, 1e-9)
        mb = self.bytes / 1e6
        resumed = f", {self.skipped} already done" if self.skipped else ""
        return (
            f"{self.documents} documents: {self.cleaned} cleaned, {self.empty} empty, {self.errors} errors{resumed}; "
            f"{mb:.1f} MB in {seconds:.1f} s ({mb / seconds:.1f} MB/s)"
        )


def _progress(enabled: bool) -> Any:
    """A tqdm bar on standard error, or None."""
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(unit=" docs", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def _sized(records: Iterator[Record], sizes: dict[str, int], done: set[str], summary: Summary) -> Iterator[Record]:
    """Records not yet done, remembering each one's size until its result comes back."""
    for record in records:
        if record.source in done:
            summary.skipped += 1
            continue
        sizes[record.source] = record.size
        yield record


def _clean(args: argparse.Namespace) -> int:
    settings = Settings(preset=args.preset, timeout=args.timeout or None, removals=args.removals)
    fields = JsonFields(text=args.text_field, html=args.html_field, id=args.id_field, url=args.url_field)
    if args.resume and not args.output:
        raise _UsageError("--resume needs an output file (-o)")
    if args.format == "text":
        return _clean_to_text(args, settings, fields)
    show = not args.quiet and sys.stderr.isatty()
    summary = Summary()
    sizes: dict[str, int] = {}
    with JsonlWriter(Path(args.output) if args.output else None, resume=args.resume) as writer:
        bar = _progress(show)
        records = _sized(read(args.inputs, fields=fields), sizes, writer.done, summary)
        for record in run(records, settings, jobs=args.jobs):
            writer.write(record)
            size = sizes.pop(record["source"], 0)
            summary.count(record, size)
            release_memory(size)
            if bar is not None:
                bar.update()
                bar.set_postfix_str(summary.rate(), refresh=False)
        if bar is not None:
            bar.close()
    if show:
        print(f"newsclean: {summary.line()}", file=sys.stderr)
    if summary.errors:
        print(
            f"newsclean: {summary.errors} of {summary.documents} documents failed (see their error field)",
            file=sys.stderr,
        )
        return 1
    return 0


def _clean_to_text(args: argparse.Namespace, settings: Settings, fields: JsonFields) -> int:
    if args.resume:
        raise _UsageError("--resume works with JSONL output only")
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    failures = 0
    try:
        results = list(run(read(args.inputs, fields=fields), settings, jobs=1))
        for record in results:
            if record["error"]:
                failures += 1
                print(f"newsclean: {record['source']}: {record['error']}", file=sys.stderr)
                continue
            if len(results) > 1:
                out.write(f"==> {record['source']} <==\n")
            if record["title"]:
                out.write(f"{record['title']}\n\n")
            out.write(record["text"] + "\n\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failures else 0


def _explain(args: argparse.Namespace) -> int:
    pipeline = presets.get(args.preset)
    failures = 0
    reviewed = []
    for record in read(args.inputs):
        if record.error is not None or record.data is None:
            failures += 1
            print(f"newsclean: {record.source}: {record.error}", file=sys.stderr)
            continue
        try:
            doc = pipeline(record.data, url=record.url, id=record.id)
        except NewscleanError as exc:
            failures += 1
            print(f"newsclean: {record.source}: {exc}", file=sys.stderr)
            continue
        if args.html:
            reviewed.append((record.source, doc))
        else:
            print(f"==> {record.source} <==")
            print(render_terminal(doc, colour=sys.stdout.isatty() and "NO_COLOR" not in os.environ))
    if args.html:
        Path(args.html).write_text(render_html(reviewed), encoding="utf-8")
        print(f"newsclean: wrote {args.html} ({len(reviewed)} documents)", file=sys.stderr)
    return 1 if failures else 0


class _UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean article text from scraped news pages.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    clean = commands.add_parser("clean", help="clean files, directories, JSONL or WARC into JSONL records")
    clean.add_argument("inputs", nargs="+", help="files, directories (recursive), or - for standard input")
    clean.add_argument("-o", "--output", help="output file (default: standard output)")
    clean.add_argument("--format", choices=["jsonl", "text"], default="jsonl", help="output format (default: jsonl)")
    clean.add_argument("--removals", action="store_true", help="add each removal and its reason to the records")
    clean.add_argument("--preset", default="default", choices=sorted(presets.PRESETS), help="pipeline preset")
    clean.add_argument(
        "-j", "--jobs", type=_positive_int, default=default_jobs(), help="worker processes (default: all cores)"
    )
    clean.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        help="seconds per document before it becomes an error (default 60; 0: none)",
    )
    clean.add_argument("--resume", action="store_true", help="continue an interrupted run into the same -o file")
    clean.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    jsonl = clean.add_argument_group("JSONL input fields")
    jsonl.add_argument("--text-field", default="text", help="field holding plain text (default: text)")
    jsonl.add_argument(
        "--html-field", default="html", help="field holding HTML, preferred when present (default: html)"
    )
    jsonl.add_argument("--id-field", default="id", help="field holding the document id (default: id)")
    jsonl.add_argument("--url-field", default="url", help="field holding the URL (default: url)")

    explain = commands.add_parser("explain", help="show kept and removed lines, with each removal's reason")
    explain.add_argument("inputs", nargs="+", help="files or directories")
    explain.add_argument("--html", metavar="REPORT", help="write one self-contained HTML review page instead")
    explain.add_argument("--preset", default="default", choices=sorted(presets.PRESETS), help="pipeline preset")
    return parser


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate) if in_main else None  # a polite kill ends cleanly too
    try:
        list(expand(args.inputs))  # every input must exist before any work starts
        return _clean(args) if args.command == "clean" else _explain(args)
    except (FileNotFoundError, _UsageError) as exc:
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsclean: interrupted; run again with --resume to finish", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)
