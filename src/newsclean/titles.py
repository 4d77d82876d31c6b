"""A page title without the site's name: "Headline | Site" -> "Headline".

Page titles join the headline with the site's name (and often a section) by a separator
whose form varies with the country's content systems. ``pagemeta.py`` reads titles from a
page's markup; ``metadata.py`` takes the site's name off a text dump's title once the
copyright line has named the site.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# Not ":": French puts a space before it ("Grève : la SNCF annule ..."), and it belongs to the headline.
# " | ", " - ", " » " and the like; " :: ", " < " and " > "; the full-width bar of Japanese
# sites, spaced or not; the underscore Chinese portals put between CJK words.
_CJK = r"[\u3040-\u30ff\u3400-\u9fff]"


def _title_separators(marks: str) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:[{marks}]|::)\s+|\s*｜\s*|(?<={_CJK})_(?={_CJK})")


TITLE_SEPARATORS = _title_separators("|–—\\-·•»<>")
# In a title that quotes « like this », the » closes the quote.
_QUOTING_TITLE_SEPARATORS = _title_separators("|–—\\-·•<>")


def strip_site_name(title: str, site: str | None, *, only_site: bool = False) -> str:
    """A page title without the site's name around it ("Headline | Site" -> "Headline").

    A ``<title>`` often carries the site and a section besides the headline; when the site
    is not known, the longest part is taken for the headline. With ``only_site`` (for an
    ``h1`` or a JSON-LD headline, which are the headline itself) only a part that names
    the site goes: a dash inside a headline is part of it.

    >>> strip_site_name("Republicans Are Following Trump - The New York Times", "The New York Times")
    'Republicans Are Following Trump'
    >>> strip_site_name("Opinion | Big Story - Times", None)
    'Big Story'
    >>> strip_site_name("Grève : la SNCF annule ses TGV - Le Quotidien", None)
    'Grève : la SNCF annule ses TGV'
    >>> strip_site_name("Brexit - what happens next", None, only_site=True)
    'Brexit - what happens next'
    >>> [strip_site_name(t, "Site", only_site=True) for t in ("Site: Bus plan", "Bus plan (Site)", "Bus plan « Site")]
    ['Bus plan', 'Bus plan', 'Bus plan']
    >>> strip_site_name("【市议会批准公交扩线】示例日报", "示例日报", only_site=True)
    '市议会批准公交扩线'
    """
    if site and (headline := _beside_site(title, site)):
        return headline
    parts = (_QUOTING_TITLE_SEPARATORS if "«" in title else TITLE_SEPARATORS).split(title)
    if len(parts) == 1:
        return title
    if site:
        kept = [p for p in parts if p.strip().casefold() != site.strip().casefold()]
        if kept and len(kept) < len(parts):
            if only_site:
                return title[title.find(kept[0]) : title.rfind(kept[-1]) + len(kept[-1])].strip()
            parts = kept
    if only_site:
        return title
    return max(parts, key=len).strip() if len(parts) > 1 else parts[0].strip()


#: What joins a known site's name to the headline when the site comes first ("Site: Headline"),
#: or in the few forms the separators above do not cover ("Headline « Site", "Headline (Site)").
_SITE_MARKS = frozenset(":：|｜–—-·•»«")


def _beside_site(title: str, site: str) -> str | None:
    """The headline of a title that names ``site`` before it, after « or in parentheses, or that
    brackets the headline before the site as Chinese portals do ("【Headline】Site"); else None.

    Compared as strings, not as a pattern built from the site's name: a corpus of many sites
    would compile a pattern for each page.

    >>> _beside_site("Example News: Talks resume", "Example News"), _beside_site("Talks resume (EXAMPLE)", "Example")
    ('Talks resume', 'Talks resume')
    >>> _beside_site("【Talks resume in Geneva】示例网", "示例网"), _beside_site("Talks resume", "Example")
    ('Talks resume in Geneva', None)
    """
    title, name = title.strip(), site.strip()
    low, low_name = title.lower(), name.lower()
    if not name or len(low) != len(title) or len(low_name) != len(name):
        return None  # a letter whose lower case is longer: offsets would not line up
    headline = None
    rest = title[len(name) :].lstrip() if low.startswith(low_name) else ""
    if rest[:1] in _SITE_MARKS and rest[1:].strip():  # "Site: Headline"
        headline = rest[1:]
    elif low.endswith(low_name) and (before := title[: -len(name)].rstrip()).endswith("«"):  # "Headline « Site"
        headline = before[:-1]
    elif low.endswith(")") and (inner := title[:-1].rstrip()).lower().endswith(low_name):  # "Headline (Site)"
        before = inner[: -len(name)].rstrip()
        headline = before[:-1] if before.endswith("(") else None
    elif title.startswith("【") and (close := title.find("】")) > 1 and title[close + 1 :].strip().lower() == low_name:
        headline = title[1:close]  # "【Headline】Site"
    if headline is None or not headline.strip():
        return None
    headline = headline.strip()
    return headline if len(headline) > len(site) // 2 else None


def strip_section(title: str, labels: Collection[str]) -> str:
    """A title without a section at either end that the page names elsewhere ("Headline –
    Local News", where "Local News" is in the page's menu); ``labels`` are casefolded.

    >>> strip_section("Bus plan approved – Local News", {"local news", "sport"})
    'Bus plan approved'
    >>> strip_section("Brexit - what happens next", {"local news"})
    'Brexit - what happens next'
    """
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if parts[-1].strip().casefold() in labels:
        return title[: title.rfind(parts[-1])].rstrip(" |–—-·•»<>｜_:")
    if parts[0].strip().casefold() in labels:
        return title[len(parts[0]) :].lstrip(" |–—-·•»<>｜_:")
    return title
