"""newsclean: clean article text from scraped news pages, HTML or text dumps.

>>> import newsclean
>>> page = "Sign in\\n\\nMarkets rallied on Monday after the central bank held rates steady.\\n\\n0 Comments"
>>> doc = newsclean.clean(page)
>>> doc.text
'Markets rallied on Monday after the central bank held rates steady.'
>>> [(r.reason, r.text) for r in doc.removals]
[('login_prompt', 'Sign in'), ('comment_counter', '0 Comments')]
"""

from __future__ import annotations

from . import presets
from .blocks import Block
from .captions import Captions
from .chrome import ChromeLines, ChromeRules
from .decode import Decode, decode
from .document import Document, Metadata, Removal, rebuild
from .errors import FilterError, InputError, NewscleanError, PipelineError
from .html import ExtractHtml
from .lists import RelatedLists
from .markdown import Markdown
from .metadata import CaptureMetadata
from .normalize import Normalize
from .pipeline import Filter, LineFilter, Pipeline, Rewrite
from .repair import Repair
from .sources import Source, document_from
from .structure import ArticleSpan

__version__ = "0.1.0"

__all__ = [
    "ArticleSpan",
    "Block",
    "Captions",
    "CaptureMetadata",
    "ChromeLines",
    "ChromeRules",
    "Decode",
    "Document",
    "ExtractHtml",
    "Filter",
    "FilterError",
    "InputError",
    "LineFilter",
    "Markdown",
    "Metadata",
    "NewscleanError",
    "Normalize",
    "Pipeline",
    "PipelineError",
    "RelatedLists",
    "Removal",
    "Repair",
    "Rewrite",
    "Source",
    "__version__",
    "clean",
    "clear_caches",
    "decode",
    "document_from",
    "presets",
    "rebuild",
]


def clear_caches() -> None:
    """Forget the verdicts newsclean remembers about lines it has seen.

    Pages of one site repeat their chrome, so newsclean judges each distinct line once.
    Benchmarks that clean the same pages several times call this between runs to measure
    a cold start honestly.
    """
    from .chrome import DEFAULT_RULES
    from .memory import forget

    forget()
    DEFAULT_RULES.cache_clear()


def clean(
    source: Source,
    *,
    url: str | None = None,
    id: str | None = None,
    content_type: str | None = None,
    preset: str = "default",
) -> Document:
    """Clean one document (plain text, HTML, or bytes of either) with a preset pipeline.

    ``content_type`` is the HTTP header the page came with, if any: its charset is the
    first declaration tried when ``source`` is bytes. Returns a :class:`Document` whose
    ``text`` is the article body and ``title`` the headline (or None); ``removals`` say
    what was taken out and why.
    """
    pipeline = presets.get(preset)
    if content_type is None:
        return pipeline(source, url=url, id=id)
    return pipeline(document_from(source, url=url, id=id, metadata={"content_type": content_type}))
