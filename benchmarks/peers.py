"""The extractors a benchmark run compares: newsclean's presets and the peers that are installed.

Each extractor is a function ``(html, url) -> text``. A peer that is not installed is
reported as missing and skipped, never fatal (``pip install newsclean[bench]`` brings
them all).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

import newsclean

Extract = Callable[[str, "str | None"], str]


@dataclass(frozen=True)
class Extractor:
    """A named extractor, and what it needs before each cold run (clearing caches)."""

    name: str
    extract: Extract
    reset: Callable[[], None] = lambda: None
    family: str = "peer"
    #: Clean the pages once, untimed, before each timed run: lines seen before, as on a
    #: corpus where a site's pages share their chrome (newsclean judges each line once).
    warm: bool = False


def _newsclean(preset: str) -> Extractor:
    pipeline = newsclean.presets.get(preset)
    return Extractor(
        f"newsclean {preset}",
        lambda html, url: pipeline(html, url=url).text,
        reset=newsclean.clear_caches,
        family="newsclean",
    )


def newsclean_warm(preset: str = "default") -> Extractor:
    """newsclean on pages whose lines it has seen before (its line caches full)."""
    pipeline = newsclean.presets.get(preset)
    return Extractor(
        f"newsclean {preset}, lines seen before",
        lambda html, url: pipeline(html, url=url).text,
        family="newsclean",
        warm=True,
    )


def _trafilatura(**options: object) -> Extract:
    import trafilatura

    return lambda html, url: trafilatura.extract(html, url=url, include_comments=False, **options) or ""


def _resiliparse() -> Extract:
    from resiliparse.extract.html2text import extract_plain_text

    return lambda html, url: extract_plain_text(html, main_content=True)


def _readability() -> Extract:
    from readability import Document
    from selectolax.lexbor import LexborHTMLParser

    def extract(html: str, url: str | None) -> str:
        summary = Document(html, url=url).summary(html_partial=True)
        return LexborHTMLParser(summary).text(separator="\n") if summary else ""

    return extract


def _justext() -> Extract:
    import justext

    stoplists = {name: justext.get_stoplist(name) for name in ("English",)}

    def extract(html: str, url: str | None) -> str:
        paragraphs = justext.justext(html.encode("utf-8"), stoplists["English"])
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return extract


PEERS: dict[str, tuple[str, Callable[[], Extract]]] = {
    "trafilatura": ("trafilatura", _trafilatura),
    "trafilatura precision": ("trafilatura", lambda: _trafilatura(favor_precision=True)),
    "resiliparse": ("resiliparse", _resiliparse),
    "readability": ("readability", _readability),
    "justext": ("justext", _justext),
}


def available(names: list[str] | None = None) -> tuple[list[Extractor], list[str]]:
    """newsclean's presets and the peers that import, and the names of those that do not."""
    found = [_newsclean(p) for p in ("fast", "default", "precise")]
    missing = []
    for name, (module, make) in PEERS.items():
        if names is not None and name not in names:
            continue
        if importlib.util.find_spec(module) is None:
            missing.append(name)
            continue
        try:
            found.append(Extractor(name, make()))
        except Exception as exc:  # a peer that installs but cannot start is reported, not fatal
            missing.append(f"{name} ({type(exc).__name__}: {exc})")
    return found, missing
