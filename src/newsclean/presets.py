"""Ready-made pipelines: ``fast``, ``default`` (what ``newsclean.clean`` runs) and ``precise``.

Each preset is a function returning a new :class:`~newsclean.pipeline.Pipeline`, so a
caller can take one apart and compose their own::

    >>> from newsclean import presets
    >>> presets.default().names  # doctest: +NORMALIZE_WHITESPACE
    ('decode', 'html', 'repair', 'normalize', 'markdown', 'chrome_lines', 'captions', 'article_span',
     'related_lists', 'article_edges', 'metadata')
    >>> lenient = presets.default().without("captions")

Measured on the ScrapingHub benchmark (AEB, 181 pages) on one core, with trafilatura
2.3.1 in the same run (see ``docs/benchmarks.md``):

=========  =====  ============  =====================================================
preset     F1     speed         what it runs
=========  =====  ============  =====================================================
fast       0.974  5-7x traf.    the default without mojibake repair, captions, the
                                edge pass, metadata
default    0.974  5-8x traf.    newsclean's own extractor and the text filters
precise    0.965  0.6-0.8x      trafilatura's extraction, then newsclean's line
                                filters: higher precision than trafilatura alone
=========  =====  ============  =====================================================
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from .captions import Captions
from .chrome import ChromeLines
from .decode import Decode
from .errors import PipelineError
from .extractors import TrafilaturaExtract
from .html import ExtractHtml
from .lists import RelatedLists
from .markdown import Markdown
from .metadata import CaptureMetadata
from .normalize import Normalize
from .pipeline import Filter, Pipeline
from .repair import Repair
from .structure import ArticleSpan


def text_stage() -> list[Filter]:
    """The text-stage filters of the default pipeline, in order."""
    return [
        Repair(),
        Normalize(),
        Markdown(),
        ChromeLines(),
        Captions(),
        ArticleSpan(),
        RelatedLists(),
        # A fresh look at the article, as cleaning the cleaned text would take: no removed
        # chrome between lines, no headline to find. It keeps cleaning idempotent.
        ArticleSpan(gap_cost={}, default_gap_cost=0.0, headline=False, name="article_edges"),
        CaptureMetadata(),
    ]


def default() -> Pipeline:
    """Decode, extract the page's blocks, repair, normalize, then strip chrome by line and by structure."""
    return Pipeline([Decode(), ExtractHtml(), *text_stage()])


def fast() -> Pipeline:
    """The default without what rarely changes news HTML: mojibake repair, captions, the second
    look at the article's edges (so cleaning twice may trim a little more), metadata capture."""
    return default().without("repair", "captions", "article_edges", "metadata")


def precise() -> Pipeline:
    """trafilatura finds the article (favouring precision); newsclean's line filters clean its edges.

    The article-span filters are left out: trafilatura has already chosen the article.
    """
    lines_only = [f for f in text_stage() if f.name not in ("article_span", "article_edges")]
    return Pipeline([Decode(), TrafilaturaExtract(favor_precision=True), *lines_only])


PRESETS: dict[str, Callable[[], Pipeline]] = {"fast": fast, "default": default, "precise": precise}


@cache
def get(name: str) -> Pipeline:
    """The preset pipeline called ``name``, built once and shared (pipelines are immutable)."""
    try:
        factory = PRESETS[name]
    except KeyError:
        raise PipelineError(f"no preset named {name!r}; choose one of {sorted(PRESETS)}") from None
    return factory()
