"""Capture what page chrome says about the article before it is thrown away.

A removed "date 2021-03-22" line, the "politics" label above the headline, the "TOKYO"
dateline and the "© Thomson Reuters" line after the story carry information a corpus
builder wants; :class:`CaptureMetadata` reads them from the removals and the text and
files them under ``metadata``: ``date``, ``section``, ``dateline``, ``credit``,
``author`` and ``captions``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date as _date
from functools import cache, partial
from operator import attrgetter
from typing import Any, Literal

from .authors import byline_author
from .calendars import era_date, persian_date
from .chrome import DEFAULT_RULES
from .document import Document, Removal
from .furniture import RIGHTS_RESERVED
from .pipeline import Stage
from .shapes import DATE
from .shapewords import (
    DATE_JOINER,
    DAY_MONTH_YEAR_VI,
    MONTH_NAMES,
    MONTHS,
    PHOTO_AGENCIES,
    YEAR_DAY_MONTH_LV,
    YEAR_MONTH_DAY,
)
from .structure import is_dateline
from .textstats import lower, word_count
from .titles import strip_section, strip_site_name

# The letters of a word are taken possessively (*+): a word is never re-split into pieces,
# which made a failing match try every split of the first words (65 us a paragraph, now 1).
_LEAD_DATELINE = re.compile(
    r"^((?:[^\W\d_][^\W\d_'’.-]*+[ .'’-]*){1,4}?)(?:,\s*[^\W\d_][\w .]{0,30}?)?\s*(?:\([^)]{2,30}\))?\s*[-—–]\s"
)
_COPYRIGHT_NOISE = re.compile(
    rf"[©ⓒ]|\(c\)|&copy;|\bcopyright\b|{'|'.join(RIGHTS_RESERVED)}|\b(?:19|20|25)\d{{2}}\b|[-–—,.।]+\s*$|^\s*[-–—,.]+"
    r"|\b(?:0|6|12|16|18|21)\+",  # the age rating beside a copyright line ("© 2026 Пример.ру. 18+")
    re.IGNORECASE,
)
_MONTH_NUMBERS = {name: n for n, names in enumerate(MONTH_NAMES, start=1) for name in names}
_DIGIT = re.compile(r"\d")
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
# Matched against lower-cased text: three times faster than re.IGNORECASE over the month names.
_DMY = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+{DATE_JOINER}({MONTHS})\.?,?\s+{DATE_JOINER}(\d{{4}})")
_MDY = re.compile(rf"({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})")
_YEAR = re.compile(r"\d{4}")  # every form below has one
# "2026年11月23日", "2026년 11월 23일"
_CJK = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# "22/03/2021", "22-03-2021": read only when the order shows
_SLASHED = re.compile(r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/-])")
# "23.11.2026": day first wherever dots separate the parts (German, Polish, Russian, ...).
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)")
_YMD = re.compile(YEAR_MONTH_DAY)  # "2026. november 23.", "2026 m. lapkričio 23 d."
_YDM = re.compile(YEAR_DAY_MONTH_LV)  # "2026. gada 23. novembris"
_VI = re.compile(DAY_MONTH_YEAR_VI)  # "23 tháng 11 năm 2026"
#: The forms a date is read in, in order, with the order of their year, month and day.
_FORMS: tuple[tuple[re.Pattern[str], str], ...] = ((_ISO, "ymd"), (_CJK, "ymd"), (_DMY, "dmy"), (_MDY, "mdy"))
_FORMS += ((_YMD, "ymd"), (_YDM, "ydm"), (_VI, "dmy"), (_DOTTED, "dmy"))

#: A year past this is a Buddhist Era year, 543 ahead of the Gregorian one.
BUDDHIST_ERA_AFTER = 2400


#: Years a news page's date may have in the Gregorian calendar; others are another calendar's.
FIRST_YEAR, LAST_YEAR = 1900, 2100


#: The order of day and month in a date written "10/04/2024", where the numbers alone cannot tell.
SlashedOrder = Literal["dmy", "mdy"]


def parse_date(text: str, *, slashed: SlashedOrder | Callable[[], SlashedOrder | None] | None = None) -> str | None:
    """The first calendar date in ``text`` as ISO ``YYYY-MM-DD``, or None.

    A date written with slashes whose day and month could be swapped ("03/04/2021") is read
    in the ``slashed`` order when the page's language tells it (see :func:`slashed_order`;
    or a function that tells it, asked only for such a date), and not at all without it.

    >>> parse_date("date 2021-03-22 Newsletter Signup"), parse_date("Updated Nov. 19, 2019")
    ('2021-03-22', '2019-11-19')
    >>> parse_date("19 listopada 2019"), parse_date("23.11.2026, 08:15 Uhr"), parse_date("no date here")
    ('2019-11-19', '2026-11-23', None)
    >>> parse_date("23 ноября 2026, 12:30"), parse_date("2026年11月23日 12時30分")
    ('2026-11-23', '2026-11-23')
    >>> parse_date("fecha 22/03/2021"), parse_date("3/22/2021"), parse_date("03/04/2021"), parse_date("22-03-2021")
    ('2021-03-22', '2021-03-22', None, '2021-03-22')
    >>> parse_date("03/04/2021", slashed="dmy"), parse_date("03/04/2021", slashed="mdy")
    ('2021-04-03', '2021-03-04')
    >>> parse_date("23 नवंबर 2026"), parse_date("23 พฤศจิกายน 2569"), parse_date("২৩ নভেম্বর ২০২৬")
    ('2026-11-23', '2026-11-23', '2026-11-23')
    >>> parse_date("۱۴۰۵/۰۹/۰۲"), parse_date("۲ آذر ۱۴۰۵")  # the Persian calendar's, as ours
    ('2026-11-23', '2026-11-23')
    >>> parse_date("令和8年11月23日")  # a year of the Japanese era
    '2026-11-23'
    >>> parse_date("1405/09/02") is None  # a year no Gregorian news page has, in no known calendar
    True
    """
    if not text.isascii() and "年" in text and (era := era_date(text)):
        return era.isoformat()  # "令和8年11月23日": a year of the Japanese era
    if not _YEAR.search(text):
        return None
    if not text.isascii() and (solar := persian_date(text)):
        return solar.isoformat()
    text = lower(text)
    for pattern, order in _FORMS:
        m = pattern.search(text)
        if not m:
            continue
        parts = dict(zip(order, m.groups(), strict=True))
        month = parts["m"]
        number = int(month) if month.isdigit() else _MONTH_NUMBERS.get(month.rstrip("."))
        year = int(parts["y"])
        if year > BUDDHIST_ERA_AFTER:  # Thai dates count from 543 BC: "23 พฤศจิกายน 2569" is 2026
            year -= 543
        if not FIRST_YEAR <= year <= LAST_YEAR:  # "1405/09/02": the Persian calendar's year, not ours
            continue
        try:
            return _date(year, number or 0, int(parts["d"])).isoformat()
        except ValueError:
            continue
    m = _SLASHED.search(text)  # "22/03/2021" or "03/22/2021": the numbers, or the page's language, tell the order
    if m is None or not FIRST_YEAR <= int(m[4]) <= LAST_YEAR:
        return None
    first, second, year = int(m[1]), int(m[3]), int(m[4])
    if first > 12 or second > 12:
        day, month = (first, second) if first > 12 else (second, first)
    else:
        told = slashed() if callable(slashed) else slashed
        if told is None:
            return None
        day, month = (first, second) if told == "dmy" else (second, first)
    try:
        return _date(year, month, day).isoformat()
    except ValueError:
        return None


#: Words so common in English that any paragraph in English holds several of them.
_ENGLISH = re.compile(r"\b(?:the|and|of|to|was|that|with|for|is)\b")
#: English where dates are written month first ("04/10/2024" is April 10); Canada writes both.
_MONTH_FIRST = frozenset({"en-us", "en-ph"})
_BOTH_WAYS = frozenset({"en", "en-ca"})
#: How much of an article is read to tell whether it is in English.
_LANGUAGE_SAMPLE = 3000


def slashed_order(doc: Document) -> SlashedOrder | None:
    """Which way a page writes "10/04/2024": by its declared language ("en-US" month first;
    "en-GB", "pt-BR", "fr" day first), else by its text: day first unless it is in English,
    which writes dates both ways. None when it cannot tell.

    >>> slashed_order(Document(text="O índice subiu em março e ficou abaixo das expectativas do mercado."))
    'dmy'
    >>> slashed_order(Document(text="The index rose in March and was below what the market expected."))
    >>> slashed_order(Document(text="The index rose.", metadata={"language": "en-US"}))
    'mdy'
    """
    lang = str(doc.metadata.get("language") or "").lower().replace("_", "-")
    if lang in _MONTH_FIRST:
        return "mdy"
    if lang and lang not in _BOTH_WAYS:
        return "dmy"
    sample = lower(doc.text[:_LANGUAGE_SAMPLE])
    words = word_count(sample)
    if words < SAMPLE_WORDS:
        return None
    return None if len(_ENGLISH.findall(sample)) * ENGLISH_SHARE >= words else "dmy"


#: An article shorter than this many words does not tell its language.
SAMPLE_WORDS = 12
#: A text in which one word in this many is a common English word is in English.
ENGLISH_SHARE = 20


def clean_credit(text: str) -> str:
    """The owner named in a copyright or credit line.

    >>> clean_credit("© Thomson Reuters 2021.")
    'Thomson Reuters'
    >>> clean_credit("Copyright 2019 The Associated Press. All rights reserved.")
    'The Associated Press'
    >>> clean_credit("© Beispiel-Zeitung 2026 – Alle Rechte vorbehalten")
    'Beispiel-Zeitung'
    >>> clean_credit("Hak cipta dilindungi undang-undang.")  # no owner named
    ''
    >>> clean_credit("(Reuters)"), clean_credit("（共同）"), clean_credit("/ТАСС/")  # an agency or reporter in brackets
    ('Reuters', '共同', 'ТАСС')
    >>> clean_credit("<저작권자 © 예시뉴스, 무단 전재 및 재배포 금지>")
    '예시뉴스'
    >>> clean_credit("© 2026 Пример.ру. Все права защищены. 18+")  # the age rating is no part of the name
    'Пример.ру'
    >>> clean_credit("© 2026 Portal Exemplo. Proibida a reprodução sem autorização.")  # not the notice after it
    'Portal Exemplo'
    >>> clean_credit("The Spokesman-Review | Community Guidelines | Terms of Service")
    'The Spokesman-Review'
    >>> clean_credit("Copyright 2008 - 2026 PT. Contoh Media. All Rights Reserved.")
    'PT. Contoh Media'
    >>> clean_credit("版权所有 © 2026 示例网")
    '示例网'
    >>> clean_credit("Źródło: PAP"), clean_credit("Source: Reuters")  # the agency, not its label
    ('PAP', 'Reuters')
    >>> clean_credit("（责任编辑：李华）")  # the editor a Chinese story closes with
    '李华'
    >>> clean_credit("Усі права захищені. Використання матеріалів дозволяється за умови посилання на сайт.")
    ''
    """
    text = _RIGHTS_FIRST.sub("", text)  # "版权所有 © 2026 示例网": the notice's words before the owner
    previous = None
    while previous != text:
        previous, text = text, " ".join(_COPYRIGHT_NOISE.sub("", text).split())
        if len(text) > 2 and _BRACKETS.get(text[0]) == text[-1] and not any(ch in _BRACKETS_ALL for ch in text[1:-1]):
            text = text[1:-1].strip()
        elif len(text) > 2 and text[0] == text[-1] == "/" and "/" not in text[1:-1]:
            text = text[1:-1].strip()  # "/ТАСС/", as Russian and Polish stories close
        text = _SOURCE_LABEL.sub("", text)
    sentence = _SENTENCE_AFTER.search(text)  # "Site. Reproduction prohibited without permission"
    owner = text[: sentence.start()] if sentence else text
    owner = _CREDIT_BAR.split(owner, maxsplit=1)[0].strip(" -–—,.")  # "Site | Terms of Service", "Site · P.IVA ..."
    return owner if _name_like(owner) else ""


def _name_like(owner: str) -> bool:
    """Whether what is left of a credit line reads as a name, not as the notice's sentence
    ("Use of materials is permitted with a link to the site"): most of its words after the
    first are capitalised, as in "Grupo de Comunicación del Sur" (words of one or two letters,
    "и", "de", do not count)."""
    later = [word for word in owner.split()[1:] if len(word) > 2]
    return sum(1 for word in later if word[:1].islower()) * 2 <= len(later)


_RIGHTS_FIRST = re.compile(r"^\s*(?:版权所有|版權所有)\s*[：:]?\s*")
# "Source: Reuters", "Quelle: dpa", "Źródło: PAP": the label before an agency credited for the story
_SOURCE_LABEL = re.compile(
    r"^\s*(?:source|quelle|fuente|źródło|fonte|kaynak|sumber|источник|джерело|المصدر"
    r"|责任编辑|責任編輯|编辑|編輯|校对|校對|来源|來源"
    r"|redaktion|rédaction|redacción|redazione|redactie|redakce|редакция|редакція|редактор|editör|edición|edição|szerkesztő|επιμέλεια|تحرير)\s*[:：]\s*",
    re.IGNORECASE,
)
_CREDIT_BAR = re.compile(r"\s+[|·•–—-]\s+|\s*[|·•]\s*")
# A full stop, then a sentence of three words or more: "PT. Contoh Media" and "Co. Inc." stay whole.
_SENTENCE_AFTER = re.compile(r"\.\s+(?=\S+\s+\S+\s+\S)")


_BRACKETS = {"(": ")", "（": "）", "[": "]", "<": ">", "〈": "〉", "《": "》", "【": "】", "「": "」"}
_BRACKETS_ALL = frozenset(_BRACKETS) | frozenset(_BRACKETS.values())


def lead_dateline(text: str) -> str | None:
    """The dateline that opens a first paragraph ("TOKYO (Reuters) - ..."), or None.

    >>> lead_dateline("WASHINGTON (Reuters) - The Senate voted on Tuesday.")
    'WASHINGTON'
    """
    m = _LEAD_DATELINE.match(text)
    if m and m.group(1).strip().isupper():
        return m.group(1).strip(" .-")
    return None


class CaptureMetadata:
    """File the date, section, dateline, credit, author and captions under ``metadata``.

    Reads only what earlier filters removed or kept; removes nothing.
    """

    stage: Stage = "text"

    def __init__(self, *, name: str = "metadata") -> None:
        self.name = name

    def __call__(self, doc: Document) -> Document:
        # the language is judged only when a date like "10/04/2024" needs it
        found = _from_removals(doc.removals, known=doc.metadata, order=cache(partial(slashed_order, doc)))
        if "credit" not in found and doc.blocks and (source := _source_below(doc.removals, doc.blocks[-1].start)):
            found["credit"] = source
        if doc.blocks:
            first = doc.blocks[0].text
            dateline = first if is_dateline(first) else lead_dateline(first)
            if dateline:
                found["dateline"] = dateline.strip(" -—–:")
        found = {k: v for k, v in found.items() if v and k not in doc.metadata}
        changes: dict[str, Any] = {"metadata": found} if found else {}
        site = doc.metadata.get("site") or found.get("credit")
        if isinstance(found.get("author"), str):
            found["author"] = without_affiliation(found["author"], (site, found.get("credit")))
        if doc.title and isinstance(site, str):  # "Headline - Site", once the site is known
            headline = strip_site_name(doc.title, site, only_site=True)
            if headline and headline != doc.title:  # "Headline - Section": a section the menu names goes too
                changes["title"] = strip_section(headline, _labels(doc.removals)) or headline
        return doc.edited(self.name, **changes) if changes else doc

    def __repr__(self) -> str:
        return "CaptureMetadata()"


#: Wire agencies a byline names after its writer: "By Jane Doe, Reuters".
_AGENCY = re.compile(rf"(?:{PHOTO_AGENCIES}|associated press|bloomberg|agence france-presse)", re.IGNORECASE)


def without_affiliation(author: str, sites: tuple[object, ...]) -> str:
    """The author without the site or wire agency a byline names after the writer.

    >>> without_affiliation("Jane Doe, Reuters", ())
    'Jane Doe'
    >>> without_affiliation("João Silva, Portal Exemplo", ("Portal Exemplo",))
    'João Silva'
    >>> without_affiliation("Jane Doe, John Smith", ("Example News",))  # two writers
    'Jane Doe, John Smith'
    """
    name, comma, affiliation = author.rpartition(",")
    affiliation = affiliation.strip()
    if not (comma and name.strip()):
        return author
    if _AGENCY.fullmatch(affiliation) or any(
        isinstance(site, str) and site.casefold() == affiliation.casefold() for site in sites
    ):
        return name.strip()
    return author


def _labels(removals: tuple[Removal, ...]) -> set[str]:
    """The short labels a page's menus and breadcrumbs hold, casefolded: its sections."""
    labels: set[str] = set()
    for r in removals:
        if r.reason in ("navigation", "before_article", "after_article") and len(r.text) <= 40:
            labels.update(part.strip().casefold() for part in _CRUMB.split(r.text) if 0 < word_count(part) <= 3)
    return labels


def _is_section_label(removal: Removal) -> bool:
    """A one-to-three word label removed just above the headline ("politics"), not a row of
    account or subscription links run together ("Sign in Subscribe", as a dump prints them)."""
    return (
        removal.reason == "before_article"
        and 1 <= word_count(removal.text) <= 3
        and not DATE.search(removal.text.lower())
        and not any(DEFAULT_RULES(word) in _PROMPTS for word in removal.text.split())
    )


#: What no section is called: the words of account, subscription and sharing prompts.
_PROMPTS = frozenset({"login_prompt", "newsletter", "paywall", "share", "comment_counter", "cookie_notice"})


#: How many removed lines above the article with a number in them are read for a date.
DATE_TRIES = 8


def _from_removals(
    removals: tuple[Removal, ...], known: Mapping[str, Any], order: Callable[[], SlashedOrder | None]
) -> dict[str, Any]:
    found: dict[str, Any] = {key: None for key in ("date", "author", "credit") if known.get(key)}
    ordered = sorted([r for r in removals if r.start is not None], key=_start)
    captions = [r.text for r in removals if r.reason == "caption" and word_count(r.text) >= 4]
    if captions:
        found["captions"] = captions
    tries = DATE_TRIES  # lines above an article hold many numbers; a date stands near the top or is marked
    for i, r in enumerate(ordered):
        reason = r.reason
        if reason not in _TELLING:
            continue  # most removals: lines below the article, share bars, menus
        if "date" not in found and reason in ("before_article", "date", "byline") and _DIGIT.search(r.text):
            date = None
            if reason == "date":
                date = parse_date(r.text, slashed=order)
            elif tries:
                tries -= 1
                date = parse_date(r.text, slashed=order)  # a number in a headline above is no date: look on
            if date:
                found["date"] = date
                if reason == "before_article" and "author" not in found and (name := byline_author(r.text)):
                    found["author"] = name  # the dated line above the article is its byline bar
        if "author" not in found and reason in ("byline", "date") and (name := byline_author(r.text)):
            found["author"] = name
        elif reason == "headline" and i > 0 and _is_section_label(ordered[i - 1]):
            # "Home › Politics": the last crumb; "- Politics", "## Politics": without the Markdown marks
            found["section"] = _CRUMB.split(ordered[i - 1].text)[-1].lstrip("-*+•#> ").strip()
        elif "credit" not in found and reason in ("copyright", "credit") and r.filter != "html":
            found["credit"] = clean_credit(r.text) or None
    return found


def _source_below(removals: tuple[Removal, ...], last: int) -> str | None:
    """The name a "Source:" line under the article gives ("Источник: ТАСС"): the story's wire
    agency, when no copyright or credit line said whose the story is."""
    below = [r for r in removals if r.reason == "source" and r.start is not None and r.start > last]
    return clean_credit(min(below, key=_start).text) or None if below else None


_CRUMB = re.compile(r"\s+[›»>|/]\s+|\s*[›»]\s*")

#: The removals metadata is read from; the others are passed over.
_TELLING = frozenset({"before_article", "date", "byline", "headline", "copyright", "credit"})
_start = attrgetter("start")
