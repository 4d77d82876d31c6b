"""Cleaning many records: a document that raises, hangs or kills its worker becomes an
error record, and the rest of the run is unaffected."""

from __future__ import annotations

import os
import time

import pytest

from newsclean import Document, Pipeline, presets
from newsclean.batch import Settings, clean_record, run
from newsclean.io import Record

PROSE = "The council approved the new bus routes on Monday after a long debate about their cost and timing."


class Misbehave:
    """A text filter that fails on cue: raises on "RAISE", sleeps on "HANG", kills its process on "CRASH"."""

    name = "misbehave"
    stage = "text"

    def __call__(self, doc: Document) -> Document:
        if "RAISE" in doc.text:
            raise RuntimeError("bad document")
        if "HANG" in doc.text:
            time.sleep(30)
        if "CRASH" in doc.text and os.getpid() != PARENT:
            os._exit(1)
        return doc


PARENT = os.getpid()


@pytest.fixture
def misbehaving_preset(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setitem(presets.PRESETS, "misbehaving", lambda: Pipeline([Misbehave()]))
    return "misbehaving"


def _records(*texts: str) -> list[Record]:
    return [Record(f"doc{i}", f"doc{i}", text) for i, text in enumerate(texts)]


def test_an_exception_becomes_the_documents_error(misbehaving_preset: str) -> None:
    out = list(run(_records(PROSE, "RAISE " + PROSE, PROSE), Settings(preset=misbehaving_preset)))
    errors = [r["error"] for r in out]
    assert errors[0] is None and errors[2] is None
    assert errors[1] == "FilterError: filter 'misbehave' failed on document 'doc1': RuntimeError: bad document"


def test_a_runaway_document_times_out() -> None:
    pipeline = Pipeline([Misbehave()])
    started = time.monotonic()
    out = clean_record(pipeline, Record("slow", "slow", "HANG"), Settings(timeout=0.2))
    assert out["error"] == "timed out after 0.2 s"
    assert time.monotonic() - started < 5


def test_a_document_that_kills_its_worker_is_reported_and_the_run_goes_on(misbehaving_preset: str) -> None:
    texts = [f"{PROSE} {i}" for i in range(40)]
    texts[17] = "CRASH " + PROSE
    out = list(run(_records(*texts), Settings(preset=misbehaving_preset), jobs=2))
    assert [r["source"] for r in out] == [f"doc{i}" for i in range(40)], "one record each, in input order"
    assert [i for i, r in enumerate(out) if r["error"]] == [17]
    assert "worker process died" in out[17]["error"]


def test_records_that_could_not_be_read_pass_through_as_errors() -> None:
    bad = Record("x.gz", "x", None, error="truncated input: the compressed stream ends early")
    (record,) = run([bad], Settings())
    assert record["error"] == bad.error
