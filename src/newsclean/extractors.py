"""Other extractors as HTML-stage filters: trafilatura, for the ``precise`` preset.

trafilatura finds the article by its own rules; newsclean's text stage then strips the
chrome it keeps at the edges (headline, bylines, captions, credits, prompts). It is
imported when first used, so the fast presets do not pay for loading it.
"""

from __future__ import annotations

from typing import Any

from .document import Document
from .pipeline import Stage


class TrafilaturaExtract:
    """Extract the article with trafilatura, then hand its text to the text stage.

    ``options`` go to ``trafilatura.extract`` (for example ``favor_precision=True``).
    Page metadata (title, date, author, site) comes from trafilatura's own reading.
    """

    stage: Stage = "html"

    def __init__(self, *, name: str = "trafilatura", **options: Any) -> None:
        self.name = name
        self.options = {"include_comments": False, "include_tables": True, **options}

    def __call__(self, doc: Document) -> Document:
        if doc.html is None:
            return doc
        import trafilatura

        result = trafilatura.bare_extraction(doc.html, url=doc.url, with_metadata=True, **self.options)
        if result is None:
            return doc.edited(self.name, html=None, text="")
        found = result.as_dict() if hasattr(result, "as_dict") else dict(result)
        meta = {k: found.get(k) for k in ("date", "author", "sitename", "language") if found.get(k)}
        if "sitename" in meta:
            meta["site_name"] = meta.pop("sitename")
        return doc.edited(
            self.name,
            html=None,
            text=found.get("text") or "",
            metadata=meta,
            title=doc.title or found.get("title") or None,
        )

    def __repr__(self) -> str:
        return f"TrafilaturaExtract({', '.join(f'{k}={v!r}' for k, v in self.options.items())})"
