"""newsclean on Apache Spark (``pip install 'newsclean[spark]'``).

Two entry points, both thin adapters over :mod:`newsclean.batch`, the code the CLI runs:

- :func:`clean_dataframe` cleans a DataFrame column (text or HTML) and returns a DataFrame
  with the CLI's record fields; each partition builds its pipeline once;
- :func:`run_job` (also ``spark-submit newsclean/spark.py INPUT... --output OUT``) reads
  files, directories, JSONL and WARC with the CLI's readers, on the executors, and
  writes the records as Parquet or JSONL, then reports counts (in, cleaned, empty,
  errors).

A document that fails carries an ``error``; it never fails the job. ``metadata`` is a JSON
string (its keys vary by document, which a Spark schema cannot express).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pyspark.sql import DataFrame, Row, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import StringType, StructField, StructType

from newsclean import presets
from newsclean.batch import Settings, clean_record
from newsclean.io.readers import JsonFields, Record, expand, read_path

#: The output schema: the CLI's JSONL record, with ``metadata`` as a JSON string.
SCHEMA = StructType(
    [
        StructField(name, StringType(), nullable=name != "source")
        for name in ("id", "source", "url", "title", "text", "metadata", "error")
    ]
)


def _row(record: dict[str, Any]) -> Row:
    return Row(
        id=record["id"],
        source=record["source"],
        url=record["url"],
        title=record["title"],
        text=record["text"],
        metadata=json.dumps(record["metadata"], ensure_ascii=False, default=str),
        error=record["error"],
    )


def clean_records(records: Iterable[Record], settings: Settings) -> Iterator[Row]:
    """Clean one partition's records with one pipeline: the function Spark maps over partitions."""
    pipeline = presets.get(settings.preset)
    for record in records:
        yield _row(clean_record(pipeline, record, settings))


def clean_dataframe(
    df: DataFrame,
    *,
    text_column: str = "text",
    html_column: str | None = None,
    id_column: str | None = "id",
    url_column: str | None = "url",
    preset: str = "default",
    timeout: float | None = 60.0,
) -> DataFrame:
    """``df`` cleaned: one output row per input row, with the fields of :data:`SCHEMA`.

    The HTML column is used when given and not null, else the text column. ``source`` is
    the row's id (or its position in its partition when there is no id column).
    """
    presets.get(preset)  # an unknown preset fails on the driver, before any task starts
    settings = Settings(preset=preset, timeout=timeout)
    columns = set(df.columns)

    def records(index: int, rows: Iterable[Row]) -> Iterator[Record]:
        for n, row in enumerate(rows):
            values = row.asDict()
            ident = str(values[id_column]) if id_column in columns and values.get(id_column) is not None else None
            source = ident or f"partition-{index}:{n}"
            data = values.get(html_column) if html_column in columns else None
            if data is None:
                data = values.get(text_column)
            url = values.get(url_column) if url_column in columns else None
            error = None if isinstance(data, (str, bytes, bytearray)) else f"no text in column {text_column!r}"
            payload = bytes(data) if isinstance(data, bytearray) else data if error is None else None
            yield Record(source, ident or source, payload, url=url, error=error)

    cleaned = df.rdd.mapPartitionsWithIndex(lambda index, rows: clean_records(records(index, rows), settings))
    return df.sparkSession.createDataFrame(cleaned, SCHEMA)


@dataclass(frozen=True)
class Counts:
    """What a job did: documents in, with article text, empty, failed."""

    documents: int
    cleaned: int
    empty: int
    errors: int


def run_job(
    spark: SparkSession,
    inputs: Sequence[str],
    output: str,
    *,
    output_format: str = "parquet",
    preset: str = "default",
    timeout: float | None = 60.0,
    partitions: int | None = None,
) -> Counts:
    """Clean every document under ``inputs`` into ``output`` (a Parquet or JSONL folder).

    Input files are listed on the driver and read on the executors, so they must be on a
    filesystem every executor sees (for object stores, read with Spark and use
    :func:`clean_dataframe`). Each file is one task unit; a WARC or JSONL file is read
    whole by one executor.
    """
    presets.get(preset)
    paths = [str(p) for p in expand(inputs) if p is not None]
    settings = Settings(preset=preset, timeout=timeout)
    fields = JsonFields()
    count = partitions or max(1, min(len(paths), spark.sparkContext.defaultParallelism * 4))

    def partition(files: Iterable[str]) -> Iterator[Row]:
        from pathlib import Path

        records = (record for name in files for record in read_path(Path(name), fields=fields))
        return clean_records(records, settings)

    rows = spark.sparkContext.parallelize(paths, count).mapPartitions(partition)
    df = spark.createDataFrame(rows, SCHEMA)
    writer = df.write.mode("overwrite")
    if output_format == "parquet":
        writer.parquet(output)
        written = spark.read.parquet(output)
    elif output_format in ("json", "jsonl"):
        writer.option("ignoreNullFields", "false").json(output)  # the CLI's records keep their nulls
        written = spark.read.schema(SCHEMA).json(output)
    else:
        raise ValueError(f"output_format must be 'parquet' or 'jsonl', not {output_format!r}")
    totals = written.agg(
        F.count(F.lit(1)).alias("documents"),
        F.sum(F.when(F.col("error").isNotNull(), 1).otherwise(0)).alias("errors"),
        F.sum(F.when(F.col("error").isNull() & (F.length("text") > 0), 1).otherwise(0)).alias("cleaned"),
    ).first()
    assert totals is not None
    documents, errors, cleaned = int(totals["documents"]), int(totals["errors"] or 0), int(totals["cleaned"] or 0)
    return Counts(documents, cleaned, documents - cleaned - errors, errors)


def main(argv: Sequence[str] | None = None) -> int:
    """``spark-submit newsclean/spark.py INPUT... --output OUT [--format parquet|jsonl]``."""
    parser = argparse.ArgumentParser(prog="newsclean.spark", description="Clean a corpus with Spark.")
    parser.add_argument("inputs", nargs="+", help="files or directories every executor can read")
    parser.add_argument("--output", required=True, help="output folder")
    parser.add_argument("--format", choices=["parquet", "jsonl"], default="parquet")
    parser.add_argument("--preset", default="default", choices=sorted(presets.PRESETS))
    parser.add_argument("--partitions", type=int, help="tasks (default: 4 per core, at most one per file)")
    args = parser.parse_args(argv)
    spark = SparkSession.builder.appName("newsclean").getOrCreate()
    try:
        counts = run_job(
            spark, args.inputs, args.output, output_format=args.format, preset=args.preset, partitions=args.partitions
        )
    finally:
        spark.stop()
    print(
        f"newsclean: {counts.documents} documents: {counts.cleaned} cleaned, {counts.empty} empty, "
        f"{counts.errors} errors -> {args.output}",
        file=sys.stderr,
    )
    return 1 if counts.errors else 0


if __name__ == "__main__":
    sys.exit(main())
