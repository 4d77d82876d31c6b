"""Ready-made pipelines: ``default`` (the one ``newsclean.clean`` runs).

Each preset is a function returning a new :class:`~newsclean.pipeline.Pipeline`, so a
caller can take one apart and compose their own::

    >>> from newsclean import presets
    >>> presets.default().names  # doctest: +NORMALIZE_WHITESPACE
    ('decode', 'html', 'repair', 'normalize', 'chrome_lines', 'captions', 'article_span',
     'related_lists', 'duplicates', 'article_edges', 'metadata')
    >>> lenient = presets.default().without("captions")
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from .chrome import ChromeLines
from .decode import Decode
from .errors import PipelineError
from .html import ExtractHtml
from .metadata import CaptureMetadata
from .normalize import Normalize
from .pipeline import Filter, Pipeline
from .repair import Repair
from .structure import ArticleSpan, Captions, Duplicates, RelatedLists


def text_stage() -> list[Filter]:
    """The text-stage filters every preset shares, in order."""
    return [
        Repair(),
        Normalize(),
        ChromeLines(),
        Captions(),
        ArticleSpan(),
        RelatedLists(),
        Duplicates(),
        # A fresh look at the article, as cleaning the cleaned text would take: no removed
        # chrome between lines, no headline to find. It keeps cleaning idempotent.
        ArticleSpan(gap_cost={}, default_gap_cost=0.0, headline=False, name="article_edges"),
        CaptureMetadata(),
    ]


def default() -> Pipeline:
    """Decode, extract, repair, normalize, then strip chrome by line and by structure."""
    return Pipeline([Decode(), ExtractHtml(), *text_stage()])


PRESETS: dict[str, Callable[[], Pipeline]] = {"default": default}


@cache
def get(name: str) -> Pipeline:
    """The preset pipeline called ``name``, built once and shared (pipelines are immutable)."""
    try:
        factory = PRESETS[name]
    except KeyError:
        raise PipelineError(f"no preset named {name!r}; choose one of {sorted(PRESETS)}") from None
    return factory()
