"""A large, deterministic corpus built from the bundled data, for throughput benchmarks.

``build(out, documents=N)`` writes N documents drawn from the AEB HTML pages, the AEB
text dumps, the seeds and the multilingual test pages (nine languages), varied the way
real crawls vary:

- **size**: most documents small, a long tail to several MB (80% 1-16 KB, 18% 16-64 KB,
  2% 64-512 KB, 0.1% 1-8 MB): small pages are built around an article (menu, article,
  footer), large ones grown by appending further pages' bodies; text dumps stop at
  256 KB, since a dump is what an extractor left of a page;
- **language and encoding**: a tenth are non-English pages, half of those in a legacy
  encoding (cp1251, koi8-r, cp1250, iso-8859-7, gb18030, big5, shift_jis, euc-kr...)
  declared in ``<meta charset>`` (files and WARC; JSONL holds text, so there they are
  UTF-8); 2% of English text documents are mojibake (UTF-8 read as cp1252);
- **format**: the same documents as a directory of files (some gzip-compressed), as one
  JSONL file, and as one gzip WARC, so every reader can be timed.

The same ``seed`` gives the same corpus, byte for byte. Nothing is committed: it is
generated where the benchmark runs.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import random
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AEB = ROOT / "benchmarks" / "data" / "aeb"
MULTILINGUAL = ROOT / "tests" / "data" / "encodings"
SEEDS = ROOT / "seeds"

#: (share of documents, smallest, largest size in bytes)
SIZES = ((0.80, 1_000, 16_000), (0.18, 16_000, 64_000), (0.019, 64_000, 512_000), (0.001, 1_000_000, 8_000_000))
#: Text dumps are extracted text: a page of several MB of text would be a book, not news.
MAX_TEXT_DUMP = 256_000
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BODY = re.compile(r"<body\b[^>]*>(.*?)(?:</body>|$)", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Doc:
    """One corpus document: its id, URL, kind ("html" or "text") and bytes as stored on disk."""

    id: str
    url: str
    kind: str
    data: bytes
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Sources:
    html: list[str]
    text: list[str]
    articles: list[list[str]]  # the AEB ground-truth article bodies, as paragraphs
    foreign: list[tuple[str, str, list[str]]]  # (html page, language, legacy encodings)


def load_sources() -> Sources:
    html = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted((AEB / "html").glob("*.gz"))]
    text = [p.read_text(encoding="utf-8") for p in sorted((AEB / "text").glob("*.txt"))]
    text += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    foreign = []
    for path in sorted(MULTILINGUAL.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        for page in spec["pages"]:
            paragraphs = "".join(f"<p>{p}</p>" for p in page["paragraphs"])
            body = f"<article><h1>{page['title']}</h1>{paragraphs}</article>"
            foreign.append((body, spec["language"], spec["encodings"]))
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    articles = [[p for p in item["articleBody"].split("\n") if p.strip()] for _, item in sorted(truth.items())]
    return Sources(html, text, [a for a in articles if a], foreign)


def _target_size(rng: random.Random) -> int:
    pick = rng.random()
    for share, lo, hi in SIZES:
        if pick < share:
            return int(lo * (hi / lo) ** rng.random())  # log-uniform within the band
        pick -= share
    return SIZES[0][1]


def _small_page(rng: random.Random, paragraphs: list[str], target: int) -> str:
    """A small page as mobile and AMP sites serve it: a menu, the article, a footer."""
    menu = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(rng.randrange(3, 9)))
    head = f"<html><head><title>{paragraphs[0][:60]}</title></head><body><nav><ul>{menu}</ul></nav><article>"
    tail = "</article><footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>"
    body, room = [], target - len(head) - len(tail)
    for paragraph in paragraphs:
        if room < len(paragraph) + 7 and body:
            break
        body.append(f"<p>{paragraph}</p>")
        room -= len(paragraph) + 7
    return head + "".join(body) + tail


def _sized_html(rng: random.Random, page: str, target: int, pool: list[str]) -> str:
    while len(page) < target:  # grow: append further pages' bodies, as a long live blog would
        match = _BODY.search(rng.choice(pool))
        page = page.replace("</body>", (match.group(1) if match else "") + "</body>", 1)
        if "</body>" not in page:
            page += match.group(1) if match else ""
    cut = page.rfind("<", 0, target)
    return page[: cut if cut > target // 2 else target]


def _sized_text(rng: random.Random, text: str, target: int, pool: list[str]) -> str:
    if len(text.encode("utf-8")) > target:
        return text  # text dumps are cut by nobody; a small target keeps the dump whole
    while len(text.encode("utf-8")) < target:
        text += "\n\n" + rng.choice(pool)
    return text


def documents(count: int, *, seed: int = 0) -> Iterator[Doc]:
    """``count`` documents, the same for the same seed."""
    rng = random.Random(seed)
    sources = load_sources()
    for n in range(count):
        target = _target_size(rng)
        roll = rng.random()
        doc_id = f"doc{n:06d}"
        url = f"https://news{rng.randrange(500)}.example/{doc_id}"
        if roll < 0.10:  # non-English page, half of them in a legacy encoding
            body, language, legacy = rng.choice(sources.foreign)
            encoding = rng.choice(legacy) if rng.random() < 0.5 else "utf-8"
            others = [b for b, lang, _ in sources.foreign if lang == language and b != body]
            while len(body.encode("utf-8")) < target and others:  # a longer page: more stories, same language
                body += others.pop()
            head = f'<head><meta charset="{encoding}"><title>{doc_id}</title></head>'
            page = f'<html lang="{language}">{head}<body>{body}</body></html>'
            yield Doc(doc_id, url, "html", page.encode(encoding, "xmlcharrefreplace"), encoding)
        elif roll < 0.40:  # a whole-page text dump: what an extractor left of a page, so never MBs
            text = _sized_text(rng, rng.choice(sources.text), min(target, MAX_TEXT_DUMP), sources.text)
            if rng.random() < 0.02:
                text = text.encode("utf-8").decode("cp1252", "replace")  # mojibake
            yield Doc(doc_id, url, "text", text.encode("utf-8"))
        else:
            page = rng.choice(sources.html)
            if len(page) > target:
                page = _small_page(rng, rng.choice(sources.articles), target)
            else:
                page = _sized_html(rng, page, target, sources.html)
            yield Doc(doc_id, url, "html", page.encode("utf-8"))


@dataclass
class Built:
    """Where a built corpus lives, and its size."""

    files: Path
    jsonl: Path
    warc: Path
    documents: int
    megabytes: float


def build(out: Path, *, count: int, seed: int = 0, formats: tuple[str, ...] = ("files", "jsonl", "warc")) -> Built:
    """Write ``count`` documents to ``out`` in each of ``formats``; rebuilt only if missing."""
    out.mkdir(parents=True, exist_ok=True)
    marker = out / f".built-{count}-{seed}-{'-'.join(formats)}"
    built = Built(out / "files", out / "corpus.jsonl", out / "corpus.warc.gz", count, 0.0)
    if marker.exists():
        built.megabytes = float(marker.read_text())
        return built
    total = 0
    if "files" in formats:
        built.files.mkdir(exist_ok=True)
    with contextlib.ExitStack() as stack:
        jsonl = stack.enter_context(built.jsonl.open("w", encoding="utf-8")) if "jsonl" in formats else None
        warc = stack.enter_context(gzip.open(built.warc, "wb", compresslevel=1)) if "warc" in formats else None
        for i, doc in enumerate(documents(count, seed=seed)):
            total += len(doc.data)
            if "files" in formats:
                _write_file(built.files / f"{i // 1000:03d}", doc, compress=i % 10 == 0)
            if jsonl is not None:
                text = doc.data.decode(doc.encoding)
                jsonl.write(json.dumps({"id": doc.id, "url": doc.url, doc.kind: text}, ensure_ascii=False) + "\n")
            if warc is not None and doc.kind == "html":
                warc.write(_warc_response(doc))
    built.megabytes = total / 1e6
    marker.write_text(str(built.megabytes))
    return built


def _write_file(folder: Path, doc: Doc, *, compress: bool) -> None:
    folder.mkdir(exist_ok=True)
    name = f"{doc.id}.{'html' if doc.kind == 'html' else 'txt'}"
    if compress:  # a tenth of the files gzip-compressed, as crawl dumps often are
        (folder / f"{name}.gz").write_bytes(gzip.compress(doc.data, compresslevel=1))
    else:
        (folder / name).write_bytes(doc.data)


def _warc_response(doc: Doc) -> bytes:
    http = (
        f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset={doc.encoding}\r\nContent-Length: {len(doc.data)}\r\n\r\n"
    ).encode() + doc.data
    record_id = uuid.UUID(int=random.Random(doc.id).getrandbits(128))
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
        f"WARC-Target-URI: {doc.url}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"
