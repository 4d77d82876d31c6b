"""Turn what callers hand us (str or bytes) into a Document ready for a pipeline."""

from __future__ import annotations

import re
from typing import TypeAlias

from .document import Document, Metadata
from .errors import InputError

Source: TypeAlias = str | bytes | bytearray | memoryview

# Tags that mark a string as a web page rather than text that mentions "<".
_HTML_TAG = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|br|table|ul|li|h[1-6]|a\s)[\s/>]",
    re.IGNORECASE,
)


def looks_like_html(text: str | bytes) -> bool:
    """Whether ``text`` is a web page: it starts with a tag, or shows several HTML tags early.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("I <3 cats, and 3 < 4.")
    False
    """
    head = text[:4096]
    raw = head.encode("utf-8", "replace") if isinstance(head, str) else bytes(head)
    stripped = raw.lstrip(b"\xef\xbb\xbf \t\r\n\x00")
    if stripped.startswith(b"<") and _HTML_TAG.match(stripped):
        return True
    if stripped[:5].lower() == b"<?xml" and _HTML_TAG.search(stripped):
        return True
    return len(_HTML_TAG.findall(raw)) >= 3


def document_from(
    source: Source,
    *,
    url: str | None = None,
    id: str | None = None,
    metadata: dict[str, object] | None = None,
) -> Document:
    """A Document for ``source``: bytes wait for decoding, a page for the HTML stage.

    >>> document_from("Just text.").text
    'Just text.'
    >>> document_from(b"<p>Hi</p>").raw
    b'<p>Hi</p>'
    """
    meta = Metadata(metadata or {})
    if isinstance(source, str):
        if looks_like_html(source):
            return Document(html=source, url=url, id=id, metadata=meta)
        return Document(text=source, url=url, id=id, metadata=meta)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return Document(raw=bytes(source), url=url, id=id, metadata=meta)
    raise InputError(f"expected str or bytes, got {type(source).__name__}")
