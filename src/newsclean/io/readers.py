"""Reading corpora: files, directories, compressed files, JSONL exports and WARC archives,
streamed one :class:`Record` at a time.

Every input document becomes exactly one record, and a document that cannot be read
becomes a record that carries an ``error`` instead of being skipped: a truncated gzip, a
malformed JSONL line, a binary file, an empty file. A run over a corpus therefore writes
one output line per input document, and the errors can be counted and retried.

Formats are told by name and confirmed by content: gzip and zstd by their magic bytes
whatever the name; ``.jsonl``/``.ndjson`` (one JSON object per line); ``.warc`` and
``.warc.gz`` (HTML responses only, read with FastWARC, the HTTP charset passed on to
decoding); anything else is one document (``.txt``, ``.html``, ``.htm``...).
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from ..decode import GZIP_MAGIC, ZSTD_MAGIC, is_binary

#: File names a directory walk picks up (compressed variants included).
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".warc")
_COMPRESSED = (".gz", ".zst")


@dataclass(frozen=True, slots=True)
class Record:
    """One input document: where it came from and its content, or why it could not be read.

    ``source`` names the document uniquely within a run (a file, ``file:line`` for JSONL,
    ``file#record-id`` for WARC) and is the key ``--resume`` skips by.
    """

    source: str
    id: str
    data: str | bytes | None
    url: str | None = None
    content_type: str | None = None
    error: str | None = None

    @property
    def size(self) -> int:
        """Bytes (or characters) of content, for throughput counts."""
        return len(self.data) if self.data is not None else 0


@dataclass(frozen=True, slots=True)
class JsonFields:
    """Which fields of a JSONL object hold the document: ``text`` (or ``html``), ``id``, ``url``."""

    text: str = "text"
    html: str = "html"
    id: str = "id"
    url: str = "url"


def expand(inputs: Iterable[str]) -> Iterator[Path | None]:
    """The files named by ``inputs``: files as given, directories walked recursively (in
    sorted order, documents only), ``-`` as None for standard input.

    Raises FileNotFoundError for a name that does not exist, before anything is read.
    """
    paths: list[Path | None] = []
    for name in inputs:
        if name == "-":
            paths.append(None)
            continue
        path = Path(name)
        if path.is_dir():
            paths.extend(sorted(p for p in path.rglob("*") if p.is_file() and _is_document_name(p.name)))
        elif path.exists():
            paths.append(path)
        else:
            raise FileNotFoundError(f"no such file or directory: {name}")
    yield from paths


def _is_document_name(name: str) -> bool:
    name = name.lower()
    for suffix in _COMPRESSED:
        name = name.removesuffix(suffix)
    return name.endswith(DOCUMENT_SUFFIXES)


def read(inputs: Iterable[str], *, fields: JsonFields | None = None) -> Iterator[Record]:
    """Every document in ``inputs``, as records, in order."""
    fields = fields or JsonFields()
    for path in expand(inputs):
        if path is None:
            yield from read_stream(sys.stdin.buffer, "-", fields=fields)
        else:
            yield from read_path(path, fields=fields)


def read_path(path: Path, *, fields: JsonFields | None = None) -> Iterator[Record]:
    """The documents of one file; an unreadable file yields one error record."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Record(str(path), _stem(path.name), None, error=f"cannot open: {exc.strerror or exc}")
        return
    with handle:
        yield from read_stream(handle, str(path), fields=fields or JsonFields())


def read_stream(raw: IO[bytes], source: str, *, fields: JsonFields) -> Iterator[Record]:
    """The documents of one byte stream named ``source``."""
    stream = _decompressed(raw)
    name = source.lower()
    for suffix in _COMPRESSED:
        name = name.removesuffix(suffix)
    head = _peek(stream, 8)
    if name.endswith(".warc") or head.startswith(b"WARC/"):
        yield from _warc_records(stream, source)
    elif name.endswith((".jsonl", ".ndjson")) or (source == "-" and head.lstrip().startswith(b"{")):
        yield from _jsonl_records(stream, source, fields)
    else:
        yield _whole_file(stream, source)


def _stem(name: str) -> str:
    for suffix in _COMPRESSED:
        name = name.removesuffix(suffix)
    return name.rsplit(".", 1)[0] if "." in name else name


def _peek(stream: io.BufferedIOBase, n: int) -> bytes:
    try:
        return cast(io.BufferedReader, stream).peek(n)[:n]
    except (OSError, EOFError, zlib.error, ValueError):
        return b""


def _decompressed(raw: IO[bytes]) -> io.BufferedIOBase:
    """``raw`` wrapped so that gzip or zstd content is read decompressed, told by magic bytes."""
    buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(cast(io.RawIOBase, raw))
    magic = buffered.peek(4)[:4]
    if magic.startswith(GZIP_MAGIC):
        return io.BufferedReader(cast(io.RawIOBase, gzip.GzipFile(fileobj=buffered)))
    if magic.startswith(ZSTD_MAGIC):
        import zstandard

        return io.BufferedReader(cast(io.RawIOBase, zstandard.ZstdDecompressor().stream_reader(buffered)))
    return buffered


_READ_ERRORS = (OSError, EOFError, zlib.error)


def _read_error(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "truncated input: the compressed stream ends early"
    return f"cannot read: {exc}"


def _whole_file(stream: io.BufferedIOBase, source: str) -> Record:
    name = Path(source).name if source != "-" else "stdin"
    try:
        data = stream.read()
    except _READ_ERRORS as exc:
        return Record(source, _stem(name), None, error=_read_error(exc))
    if not data:
        return Record(source, _stem(name), None, error="empty input: the file has no content")
    if is_binary(data):
        return Record(source, _stem(name), None, error="binary content: not a text or HTML document")
    return Record(source, _stem(name), data)


def _jsonl_records(stream: io.BufferedIOBase, source: str, fields: JsonFields) -> Iterator[Record]:
    line_no = 0
    try:
        for line_no, line in enumerate(stream, 1):
            if line.strip():
                yield _json_record(line, f"{source}:{line_no}", fields)
    except _READ_ERRORS as exc:
        yield Record(
            f"{source}:{line_no + 1}", f"{_stem(Path(source).name)}:{line_no + 1}", None, error=_read_error(exc)
        )


def _json_record(line: bytes, source: str, fields: JsonFields) -> Record:
    try:
        obj: Any = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return Record(source, source.rsplit("/", 1)[-1], None, error=f"malformed JSON line: {exc}")
    if not isinstance(obj, dict):
        return Record(source, source.rsplit("/", 1)[-1], None, error="malformed JSON line: not an object")
    ident = obj.get(fields.id)
    ident = str(ident) if ident is not None else source.rsplit("/", 1)[-1]
    url = obj.get(fields.url) if isinstance(obj.get(fields.url), str) else None
    for key in (fields.html, fields.text):
        value = obj.get(key)
        if isinstance(value, str):
            return Record(source, ident, value, url=url)
    wanted = f"{fields.text!r} or {fields.html!r}"
    return Record(source, ident, None, url=url, error=f"no string field {wanted} in the JSON object")


def _warc_records(stream: io.BufferedIOBase, source: str) -> Iterator[Record]:
    """The HTML responses of a WARC file (other record types and media are skipped), each
    with its target URI and the HTTP ``Content-Type`` whose charset decoding tries first."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    try:
        records = ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True)
        for record in records:
            content_type = record.http_headers.get("Content-Type") if record.http_headers else None
            if content_type and "html" not in content_type.lower():
                continue
            record_id = record.record_id or f"record-{record.stream_pos}"
            url = record.headers.get("WARC-Target-URI")
            yield Record(f"{source}#{record_id}", record_id, record.reader.read(), url=url, content_type=content_type)
    except _READ_ERRORS as exc:
        yield Record(f"{source}#truncated", f"{_stem(Path(source).name)}#truncated", None, error=_read_error(exc))
