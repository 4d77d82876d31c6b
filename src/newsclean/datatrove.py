"""newsclean as a datatrove pipeline step (``pip install 'newsclean[datatrove]'``).

:class:`NewscleanFilter` cleans each document's text (or the HTML kept in a metadata field)
with a newsclean preset, writes the removal reasons to the document's metadata, and counts
them in datatrove's stats (``removed_<reason>``, lines per reason). Documents left with no
article text, or whose cleaning fails, are dropped with the reason ``empty`` or
``newsclean_error`` (counted as ``dropped_<reason>``, and written by the
``exclusion_writer`` when one is given, so nothing disappears unseen).

A thin adapter: the cleaning is :class:`newsclean.Pipeline`, built once per worker.

>>> from datatrove.executor import LocalPipelineExecutor
>>> from datatrove.pipeline.readers import JsonlReader
>>> from datatrove.pipeline.writers import JsonlWriter
>>> executor = LocalPipelineExecutor(pipeline=[
...     JsonlReader("crawl/", text_key="html"), NewscleanFilter(), JsonlWriter("clean/")
... ])  # doctest: +SKIP
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from datatrove.data import Document as DatatroveDocument
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.writers.disk_base import DiskWriter

from . import presets
from .errors import NewscleanError
from .pipeline import Pipeline


class NewscleanFilter(BaseFilter):
    """Clean ``doc.text`` (or ``doc.metadata[html_field]``) with a newsclean preset.

    Kept documents get the clean article as ``text``, and in ``metadata``: ``title``,
    newsclean's metadata (date, section, credit...) under ``newsclean``, and the count of
    removed lines per reason under ``newsclean_removals``.
    """

    name = "🧹 newsclean"

    def __init__(
        self,
        preset: str = "default",
        *,
        html_field: str | None = None,
        url_field: str = "url",
        exclusion_writer: DiskWriter | None = None,
    ) -> None:
        super().__init__(exclusion_writer)
        presets.get(preset)  # an unknown preset fails here, not in every worker
        self.preset = preset
        self.html_field = html_field
        self.url_field = url_field
        self._pipeline: Pipeline | None = None

    @property
    def pipeline(self) -> Pipeline:
        """The preset's pipeline, built on first use in each worker process."""
        if self._pipeline is None:
            self._pipeline = presets.get(self.preset)
        return self._pipeline

    def filter(self, doc: DatatroveDocument) -> bool | tuple[bool, str]:
        source: Any = doc.metadata.get(self.html_field) if self.html_field else doc.text
        if not isinstance(source, (str, bytes)):
            return False, "newsclean_error"
        url = doc.metadata.get(self.url_field)
        try:
            cleaned = self.pipeline(source, url=url if isinstance(url, str) else None, id=str(doc.id))
        except NewscleanError:
            return False, "newsclean_error"
        reasons = Counter(removal.reason for removal in cleaned.removals)
        for reason, count in reasons.items():
            self.stat_update(f"removed_{reason}", value=count)
        doc.metadata["newsclean_removals"] = dict(reasons)
        if not cleaned.text:
            return False, "empty"
        doc.text = cleaned.text
        if cleaned.title:
            doc.metadata["title"] = cleaned.title
        doc.metadata["newsclean"] = dict(cleaned.metadata)
        if self.html_field:
            doc.metadata.pop(self.html_field, None)  # the page has served its purpose; keep outputs small
        return True

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_pipeline"] = None  # workers build their own
        return state
