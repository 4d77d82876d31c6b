"""Writing results: one JSONL record per input document, never half a file.

Output goes to a hidden partial file beside the target (``.out.jsonl.partial``) and is
renamed onto the target only when the run completes, so an interrupted run never leaves
a truncated file under the name a downstream job waits for. The partial file is the
resume journal: ``resume=True`` reads the sources already written (dropping a last line
cut off mid-write), and the run appends the rest.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO, Any, TextIO

from ..document import Document
from .readers import Record


def output_record(
    record: Record, doc: Document | None, *, error: str | None = None, removals: bool = False
) -> dict[str, Any]:
    """The JSONL record for one input document: its identity, the clean document or the error.

    Fields, in order: ``id``, ``source``, ``url``, ``title``, ``text``, ``metadata``,
    ``error`` (None, or a one-line reason; ``text`` is then None), and ``removals`` when
    asked for.
    """
    error = error or record.error
    out: dict[str, Any] = {"id": record.id, "source": record.source, "url": record.url}
    if doc is None or error:
        out |= {"title": None, "text": None, "metadata": {}, "error": _one_line(error or "no result")}
        if removals:
            out["removals"] = []
        return out
    out |= {"url": doc.url or record.url, "title": doc.title, "text": doc.text, "metadata": dict(doc.metadata)}
    out["error"] = None
    if removals:
        out["removals"] = [{"filter": r.filter, "reason": r.reason, "text": r.text} for r in doc.removals]
    return out


def _one_line(message: str) -> str:
    return " ".join(message.split())[:500]


class JsonlWriter:
    """JSONL lines to ``path`` (through a partial file and a rename) or to standard output.

    Use as a context manager: leaving the block normally commits (renames the partial file
    onto ``path``); leaving it with an exception keeps the partial file for ``resume``.
    ``done`` holds the sources already written when resuming.
    """

    def __init__(self, path: Path | None, *, resume: bool = False) -> None:
        self.path = path
        self.done: set[str] = set()
        self._out: TextIO | IO[str]
        if path is None:
            self.partial = None
            self._out = sys.stdout
            return
        self.partial = path.with_name(f".{path.name}.partial")
        if resume:
            if not self.partial.exists() and path.exists():
                os.replace(path, self.partial)  # a finished run: resume appends nothing new
            if self.partial.exists():
                self._recover()
        mode = "a" if resume else "w"
        self._out = self.partial.open(mode, encoding="utf-8", newline="\n")

    def _recover(self) -> None:
        """Read what an interrupted run wrote; cut a last line that was cut off mid-write."""
        assert self.partial is not None
        keep = 0
        with self.partial.open("rb") as f:
            for line in f:
                if not line.endswith(b"\n"):
                    break
                try:
                    self.done.add(json.loads(line)["source"])
                except (ValueError, KeyError, TypeError):
                    break
                keep += len(line)
        with self.partial.open("r+b") as f:
            f.truncate(keep)

    def write(self, record: dict[str, Any]) -> None:
        self._out.write(json.dumps(record, ensure_ascii=False) + "\n")

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if self.partial is None:
            self._out.flush()
            return
        self._out.close()
        if kind is None:
            assert self.path is not None
            os.replace(self.partial, self.path)
