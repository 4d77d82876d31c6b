"""The batch command line, driven through ``main(argv)`` as a user would drive the shell.

The promise under test: one output record per input document, whatever the input; each
bad document carries an error; nothing else is lost; an interrupted run leaves no
partial output and resumes without duplicates.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import zstandard

import newsclean
from conftest import AEB, SEEDS
from newsclean.cli import main
from newsclean.io import JsonlWriter

SEED_FILES = sorted(SEEDS.glob("*.txt"))
AEB_PAGES = sorted((AEB / "html").glob("*.html.gz"))


def warc_response(url: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> bytes:
    """One WARC/1.0 response record, as a crawler writes it."""
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def mixed_corpus(tmp_path: Path) -> tuple[Path, int, int]:
    """A directory of every kind of input, good and bad: (directory, documents, bad documents)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEED_FILES:
        shutil.copy(seed, corpus / seed.name)
    for page in AEB_PAGES[:3]:
        shutil.copy(page, corpus / page.name)  # gzip-compressed HTML
    lines = [
        json.dumps({"id": "j1", "url": "https://example.org/a", "text": SEED_FILES[0].read_text(encoding="utf-8")}),
        '{"id": "j2", "text": "broken',  # malformed
        json.dumps({"id": "j3", "html": gzip.decompress(AEB_PAGES[3].read_bytes()).decode("utf-8", "replace")}),
    ]
    (corpus / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = gzip.compress(SEED_FILES[1].read_bytes())
    (corpus / "truncated.txt.gz").write_bytes(whole[: len(whole) // 2])
    (corpus / "image.html").write_bytes(bytes(range(256)) * 8)  # binary under a misleading name
    (corpus / "empty.txt").write_bytes(b"")
    russian = "<html><body><p>Городской совет утвердил новые маршруты автобусов на следующий год.</p></body></html>"
    warc = warc_response("https://example.ru/1", russian.encode("koi8-r"), "text/html; charset=koi8-r")
    warc += warc_response("https://example.org/2", gzip.decompress(AEB_PAGES[4].read_bytes()))
    (corpus / "crawl.warc.gz").write_bytes(gzip.compress(warc))
    documents = len(SEED_FILES) + 3 + 3 + 1 + 1 + 1 + 2
    return corpus, documents, 4


def test_every_input_document_gives_one_record_and_bad_ones_carry_errors(
    mixed_corpus: tuple[Path, int, int], tmp_path: Path
) -> None:
    """Seeds, gzip HTML, JSONL with a malformed line, a truncated gzip, a binary file, an empty
    file and a WARC: one record each, the four bad ones with an error, exit code 1."""
    corpus, documents, bad = mixed_corpus
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(corpus), "-o", str(out), "-j", "1"]) == 1
    got = records(out)
    assert len(got) == documents
    errors = {Path(r["source"]).name: r["error"] for r in got if r["error"]}
    assert len(errors) == bad, errors
    assert "malformed JSON" in errors["export.jsonl:2"]
    assert "truncated" in errors["truncated.txt.gz"]
    assert "binary" in errors["image.html"]
    assert "empty" in errors["empty.txt"]
    assert all(r["text"] for r in got if not r["error"]), "every good document has article text"
    by_name = {Path(r["source"]).name: r for r in got}
    for seed in SEED_FILES:
        assert by_name[seed.name]["text"] == newsclean.clean(seed.read_bytes()).text
    warc = [r for r in got if "#" in r["source"]]
    assert warc[0]["url"] == "https://example.ru/1"
    assert "Городской совет" in warc[0]["text"], "the HTTP charset (koi8-r) was passed to decoding"


def test_workers_give_the_same_records_in_the_same_order(mixed_corpus: tuple[Path, int, int], tmp_path: Path) -> None:
    """-j 2 changes the speed, never the output."""
    corpus, _, _ = mixed_corpus
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["clean", str(corpus), "-o", str(one), "-j", "1"]) == 1
    assert main(["clean", str(corpus), "-o", str(two), "-j", "2"]) == 1
    assert records(one) == records(two)


def test_clean_inputs_exit_zero_and_removals_are_added_on_request(tmp_path: Path) -> None:
    out = tmp_path / "seeds.jsonl"
    assert main(["clean", str(SEEDS), "-o", str(out), "--removals", "-q"]) == 0
    got = records(out)
    assert [r["id"] for r in got] == [p.stem for p in SEED_FILES]
    reasons = {removal["reason"] for r in got for removal in r["removals"]}
    assert {"comment_counter", "caption"} <= reasons
    assert list(got[0]) == ["id", "source", "url", "title", "text", "metadata", "error", "removals"]


def test_text_format_prints_the_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(SEED_FILES[1]), "--format", "text"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("Japan, U.S. defense chiefs affirm cooperation on Taiwan\n\nTOKYO")
    assert "0 Comments" not in printed


def test_standard_input_and_zstd_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``-`` reads standard input; .zst files are read like .gz ones."""
    text = SEED_FILES[1].read_bytes()
    (tmp_path / "page.txt.zst").write_bytes(zstandard.ZstdCompressor().compress(text))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    out = tmp_path / "out.jsonl"
    assert main(["clean", "-", str(tmp_path / "page.txt.zst"), "-o", str(out)]) == 0
    first, second = records(out)
    assert first["source"] == "-" and first["text"] == second["text"] == newsclean.clean(text).text


def test_usage_errors_exit_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["clean", str(SEEDS), "--resume"]) == 2
    assert main(["clean", str(SEEDS), "-j", "0"]) == 2
    assert main(["frobnicate"]) == 2


def test_a_failed_run_keeps_the_output_name_free(tmp_path: Path) -> None:
    """Output goes to a hidden partial file and is renamed only when the run completes."""
    out = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError), JsonlWriter(out) as writer:
        writer.write({"source": "a", "id": "a"})
        raise RuntimeError("interrupted")
    assert not out.exists()
    assert (tmp_path / ".out.jsonl.partial").exists()


def test_an_interrupted_run_resumes_without_duplicates(tmp_path: Path) -> None:
    """Kill a run mid-way: no output file is left under its name; --resume completes it."""
    corpus = tmp_path / "corpus"
    for copy in range(4):
        (corpus / str(copy)).mkdir(parents=True)
        for page in AEB_PAGES:
            shutil.copy(page, corpus / str(copy) / page.name)
    documents = 4 * len(AEB_PAGES)
    out, partial = tmp_path / "out.jsonl", tmp_path / ".out.jsonl.partial"
    command = [sys.executable, "-m", "newsclean", "clean", str(corpus), "-o", str(out), "-j", "1", "-q"]
    process = subprocess.Popen(command, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not partial.exists() or partial.stat().st_size < 200_000):
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not out.exists(), "the run was killed before it finished"
    assert main(["clean", str(corpus), "-o", str(out), "-j", "2", "-q", "--resume"]) == 0
    got = records(out)
    assert len(got) == documents
    assert len({r["source"] for r in got}) == documents, "no document written twice"
    assert not partial.exists()


def test_explain_shows_each_removal_with_its_reason(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(SEED_FILES[1])]) == 0
    shown = capsys.readouterr().out
    assert "- 0 Comments  [chrome_lines: comment_counter]" in shown
    assert "  Japanese and U.S. defense chiefs agreed" in shown


def test_explain_writes_one_html_review_page(tmp_path: Path) -> None:
    report = tmp_path / "review.html"
    assert main(["explain", "--html", str(report), str(SEEDS), *map(str, AEB_PAGES[:2])]) == 0
    page = report.read_text(encoding="utf-8")
    assert page.count("<section>") == len(SEED_FILES) + 2
    assert "<del>0 Comments</del>" in page
    assert '<span class="r-comment_counter">comment_counter</span>' in page
