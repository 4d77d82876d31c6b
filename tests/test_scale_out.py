"""newsclean on Spark (local mode, two cores, loopback only) and as a datatrove step: the
same records as ``newsclean.clean``, failures as errors, never a failed job."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclean
from conftest import AEB, SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))
AEB_PAGES = sorted((AEB / "html").glob("*.html.gz"))[:4]

pyspark = pytest.importorskip("pyspark", reason="the spark extra is not installed")
needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java 17+ on the PATH")


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    """Spark in local mode on two cores, bound to loopback: test traffic stays on this machine."""
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsclean-test")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture
def mixed_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in [*SEED_FILES, *AEB_PAGES]:
        shutil.copy(path, corpus / path.name)
    whole = gzip.compress(SEED_FILES[0].read_bytes())
    (corpus / "corrupt.txt.gz").write_bytes(whole[: len(whole) // 2])
    return corpus


def _expected(path: Path) -> str:
    data = path.read_bytes()
    return newsclean.clean(gzip.decompress(data) if path.suffix == ".gz" else data).text


@needs_java
def test_a_spark_job_gives_one_record_per_document_and_the_same_text(spark, mixed_corpus: Path, tmp_path: Path) -> None:
    from newsclean.spark import run_job

    out = tmp_path / "out"
    counts = run_job(spark, [str(mixed_corpus)], str(out), output_format="jsonl")
    rows = [json.loads(line) for part in sorted(out.glob("part-*")) for line in part.read_text().splitlines()]
    by_name = {Path(r["source"]).name: r for r in rows}
    assert len(rows) == len(SEED_FILES) + len(AEB_PAGES) + 1
    assert (counts.documents, counts.errors) == (len(rows), 1)
    assert "truncated" in by_name["corrupt.txt.gz"]["error"]
    for path in [*SEED_FILES, *AEB_PAGES]:
        assert by_name[path.name]["text"] == _expected(path), path.name
        assert by_name[path.name]["error"] is None


@needs_java
def test_a_dataframe_column_is_cleaned_row_by_row(spark) -> None:
    from newsclean.spark import clean_dataframe

    texts = [path.read_text(encoding="utf-8") for path in SEED_FILES]
    df = spark.createDataFrame([(str(i), text) for i, text in enumerate(texts)] + [("bad", None)], ["id", "text"])
    rows = {row["id"]: row for row in clean_dataframe(df).collect()}
    assert len(rows) == len(texts) + 1
    for i, text in enumerate(texts):
        assert rows[str(i)]["text"] == newsclean.clean(text).text
        assert json.loads(rows[str(i)]["metadata"]) == dict(newsclean.clean(text).metadata)
    assert rows["bad"]["error"] == "no text in column 'text'"


def test_the_datatrove_step_cleans_counts_and_drops(tmp_path: Path) -> None:
    pytest.importorskip("datatrove", reason="the datatrove extra is not installed")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from newsclean.datatrove import NewscleanFilter

    source = tmp_path / "in"
    source.mkdir()
    docs = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in SEED_FILES]
    docs.append({"id": "menu", "text": "Home\nNews\nSports\nSign in\nSubscribe"})
    (source / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    executor = LocalPipelineExecutor(
        pipeline=[JsonlReader(str(source)), NewscleanFilter(), JsonlWriter(str(tmp_path / "out"), compression=None)],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    )
    stats = executor.run()
    written = [
        json.loads(line) for f in sorted((tmp_path / "out").glob("*.jsonl")) for line in f.read_text().splitlines()
    ]
    assert [d["id"] for d in written] == [p.stem for p in SEED_FILES]
    for doc, path in zip(written, SEED_FILES, strict=True):
        assert doc["text"] == newsclean.clean(path.read_text(encoding="utf-8")).text
        assert doc["metadata"]["newsclean_removals"]
    step = next(s for s in stats.stats if "newsclean" in s.name)
    counters = {key: value.total for key, value in step.stats.items()}
    assert counters["dropped_empty"] == 1
    assert counters["forwarded"] == len(SEED_FILES)
    assert counters["removed_comment_counter"] >= 1
