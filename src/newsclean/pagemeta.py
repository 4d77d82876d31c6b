"""What a page says about itself: title, date, author, section, site, language, address.

``html.py`` collects the raw strings (``<title>``, ``<meta>`` tags, JSON-LD scripts, the
first ``<h1>``); this module turns them into metadata, preferring structured data
(JSON-LD ``NewsArticle``) over Open Graph tags over the visible page.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .authors import author_name, byline_author
from .metadata import parse_date
from .shapes import ROLE_WORD
from .textstats import lower
from .titles import strip_site_name

ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle",
     "backgroundnewsarticle", "reviewnewsarticle", "techarticle", "scholarlyarticle", "liveblogposting", "webpage"}
)  # fmt: skip


@dataclass(frozen=True)
class PageFacts:
    """The raw strings a page offers about itself."""

    title: str = ""
    h1: str = ""
    meta: Mapping[str, str] = field(default_factory=dict)
    jsonld: list[str] = field(default_factory=list)
    lang: str = ""
    canonical: str = ""


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD value, through lists and ``@graph``."""
    if isinstance(value, list):
        for item in value:
            yield from _objects(item)
    elif isinstance(value, dict):
        yield value
        yield from _objects(value.get("@graph", []))


def _types(obj: Mapping[str, Any]) -> set[str]:
    kind = obj.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _names(value: Any) -> list[str]:
    """Names in a JSON-LD author or publisher value (a string, an object, or a list)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def article_object(scripts: list[str]) -> dict[str, Any]:
    """The page's JSON-LD article object (NewsArticle, BlogPosting, ...), or {}.

    >>> article_object(['{"@type": "NewsArticle", "headline": "H"}'])["headline"]
    'H'
    """
    for script in scripts:
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for obj in _objects(data):
            if _types(obj) & ARTICLE_TYPES and (obj.get("headline") or obj.get("articleBody")):
                return obj
    return {}


def page_metadata(facts: PageFacts, article: Mapping[str, Any] | None = None) -> dict[str, object]:
    """Metadata from a page's facts: title, date, author, section, site_name, language, url.

    >>> meta = {"og:site_name": "Site", "article:published_time": "2019-11-19T08:00Z"}
    >>> page_metadata(PageFacts(title="Big Story | Site", meta=meta))
    {'title': 'Big Story', 'site_name': 'Site', 'date': '2019-11-19'}
    """
    meta = facts.meta
    if article is None:  # the HTML stage passes the object it has already read
        article = article_object(facts.jsonld)
    site = meta.get("og:site_name") or next(iter(_names(article.get("publisher"))), None)
    headline = article.get("headline") if isinstance(article.get("headline"), str) else None
    social_title = meta.get("og:title") or meta.get("twitter:title")
    title = headline or social_title or facts.h1 or facts.title
    only_site = title is headline or (title == facts.h1 and not social_title)
    date_source = (
        article.get("datePublished")
        or meta.get("article:published_time")
        or meta.get("date")
        or meta.get("pubdate")
        or meta.get("dc.date")
        or meta.get("datepublished")
    )
    authors = _names(article.get("author")) or [meta[k] for k in ("author", "article:author") if k in meta]
    section = article.get("articleSection") or meta.get("article:section")
    found: dict[str, object] = {
        "title": strip_site_name(" ".join(_unescaped(title).split()), site, only_site=only_site) if title else None,
        "site_name": site,
        "date": parse_date(str(date_source)) if date_source else None,
        "author": ", ".join(a for a in authors if not a.startswith("http")) or None,
        "section": section[0] if isinstance(section, list) and section else section,
        "language": facts.lang or meta.get("og:locale") or None,
        "url": facts.canonical or meta.get("og:url") or None,
    }
    # JSON-LD strings often carry HTML entities ("&#8216;Headline&#8217;"), and some meta
    # tags are escaped twice: what a reader sees is the unescaped text.
    return {key: value if key in ("title", "url") else _unescaped(value) for key, value in found.items() if value}


#: An author element holds a name, not a sentence: at most this many words.
NAME_WORDS = 5


def with_visible(found: Mapping[str, object], time: str, byline: str) -> dict[str, object]:
    """``found`` with the date and author the visible page shows where its head said nothing:
    a ``<time>`` in the article, an element marked as the author or classed "byline".

    >>> with_visible({"title": "T"}, "2026-11-23T09:00:00+01:00", "By Jane Doe | 23 Nov")
    {'title': 'T', 'date': '2026-11-23', 'author': 'Jane Doe'}
    """
    out = dict(found)
    if "date" not in out and time and (date := parse_date(time)):
        out["date"] = date
    if "author" not in out and (name := _visible_author(byline)):
        out["author"] = name
    return out


def _visible_author(text: str) -> str | None:
    """The name in a visible byline: "By Jane Doe | Nov 23" or, from an element marked as the author, "Jane Doe"."""
    text = " ".join(text.split())
    if not text:
        return None
    name = byline_author(text)
    if name is None and len(text.split()) <= NAME_WORDS and not any(ch.isdigit() or ch in ".!?:" for ch in text):
        name = author_name(text)  # "Jane Doe, Reporter" gives the name without the role
        if ROLE_WORD.search(lower(name)):
            return None  # "Staff Reporter", "নিজস্ব প্রতিবেদক": a role, no one's name
    return name


def _unescaped(value: Any) -> Any:
    return html.unescape(value) if isinstance(value, str) and "&" in value else value
