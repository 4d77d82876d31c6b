"""Rules about the shape of a line: what a line is, when its words alone cannot say.

A time stamp, a byline, a photographer's credit, a menu of short items, a bar of social
network names: each is recognised by how the line is built (a date and nothing else,
capitalised names after "By", names around a slash) rather than by a fixed phrase. The
words these rules need (months, weekdays, roles) are vocabulary, kept in ``shapewords.py``.
"""

from __future__ import annotations

import re

from .calendars import ERA_DATE, PERSIAN_MONTH_NAMES
from .furniture import READING_TIME
from .memory import remember
from .shapewords import (
    ABOUT_OPENERS,
    AUTHOR_ROLES,
    BYLINE_OPENERS,
    COPULAS,
    DATE_JOINER,
    DATE_LABELS,
    DAY_MONTH_YEAR_VI,
    HU_ELAPSED,
    MONTHS,
    RELATIVE_TIME,
    TIME_UNITS,
    TIME_WORDS,
    WEEKDAYS,
    YEAR_DAY_MONTH_LV,
    YEAR_MONTH_DAY,
)
from .sharing import SOCIAL
from .textstats import ends_sentence, lower, word_count

# DATE, TIME and the date words match lower-cased text: re.IGNORECASE over these month
# and weekday names costs three times as much, and time stamps are a hot rule.
DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{DATE_JOINER}(?:{MONTHS})\.?,?\s+{DATE_JOINER}\d{{2,4}}"
    rf"|(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|{DAY_MONTH_YEAR_VI}|{YEAR_MONTH_DAY}|{YEAR_DAY_MONTH_LV})\b"
    r"|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"  # "2026年11月23日", "2026년 11월 23일"
    rf"|{ERA_DATE}"  # "令和8年11月23日"
    rf"|\d{{1,2}}\s+(?:{PERSIAN_MONTH_NAMES})\s+\d{{4}}",  # "۲ آذر ۱۴۰۵": the Persian calendar's
)
TIME = re.compile(
    r"\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)?|\d{1,2}\s*[時시]\s*(?:\d{1,2}\s*[分분])?"
)
_AGO = re.compile(RELATIVE_TIME)
# What a search for each needs, tested first (a search for these costs a tenth): every
# DATE has two numbers, every TIME a digit beside ":", "." or "h" or a 時.
_TWO_NUMBERS = re.compile(r"\d\D+\d")
_CLOCK = re.compile(r"\d(?:[:.h]\d|\s*[時시])")
_READING_TIME = re.compile(READING_TIME)
_DATE_WORDS = re.compile(rf"\b(?:{DATE_LABELS}|{MONTHS}|{WEEKDAYS}|{TIME_WORDS})\b\.?")
_DIGIT = re.compile(r"\d")
# Every date, time or "3 hours ago" has one of these (a year, a time, a number and a time
# unit); most lines have none.
_STAMP_HINT = re.compile(rf"\d(?:\d{{3}}|[:./h-]\d|\s+\w+\s+\d|\s*(?:{TIME_UNITS}|{HU_ELAPSED}))")
_WORDLIKE = re.compile(r"[^\W\d_]{2,}")
_BYLINE = re.compile(rf"(?:{BYLINE_OPENERS})\b\s*(?:[:：\-–—]\s*|\s)(?=[^\W\d_])")  # on lower-cased text
_ROLES = re.compile(rf"\b(?:{AUTHOR_ROLES})\b", re.IGNORECASE)
#: A role beside an author's name ("reporter", "Redakteurin", "기자"), matched against lower-cased text
#: (a third of the cost of re.IGNORECASE).
ROLE_WORD = re.compile(rf"\b(?:{AUTHOR_ROLES})\b")
_NAME = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*)"  # a capitalised word
_BIO = re.compile(rf"{_NAME}(?: {_NAME}){{1,3}},? (?:{COPULAS}) ")
#: What an author does for the paper, in a note on the author: "Jane Doe covers transport for the Daily Example."
#: The sentence ends with the paper's name, "the" and a name or two names or more ("... for German
#: households, the company said" and "The Fund covers costs for Ukraine." are news).
_CAPITALISED = r"[A-Z][\w'’&-]*"
_PAPER = (
    rf"(?:(?:the|die|den|das) {_CAPITALISED}(?: (?:{_CAPITALISED}|of|and|&)){{0,5}}"
    rf"|{_CAPITALISED}(?: (?:{_CAPITALISED}|of|and|&)){{0,4}} {_CAPITALISED})(?:\.|\s*$)"
)
# The name's words are capitalised and the verb after them is not: a possessive repeat, no backtracking.
_PERSON = rf"(?!(?:The|A|An|This|That|These|Its|Our|Der|Die|Das|Le|La|Les|El|Los|Las)\b){_NAME}(?: {_NAME}){{1,3}}+"
_TOPIC = r"[^.!?]{1,80}?"
_BEAT = re.compile(
    rf"{_PERSON} (?:(?:covers|writes about|reports on|has covered|has written about|has reported on)"
    rf" {_TOPIC} for {_PAPER}"
    rf"|(?:writes|reports|schreibt|berichtet) (?:for|für) {_PAPER}"
    # the same notes in German, Spanish, Portuguese, French and Italian, the paper named after the preposition:
    # "Max Muster berichtet für die Beispielzeitung über Verkehr", "María López escribe sobre transporte para El Diario"
    rf"|(?:berichtet|schreibt) (?:für|bei) (?:die |den |das |der )?{_CAPITALISED}(?: {_CAPITALISED}){{0,3}}"
    r" (?:über|aus) "
    rf"|(?:escribe|escreve) sobre {_TOPIC} para (?:el |la |los |las |o |a |os |as )?{_CAPITALISED}"
    rf"|écrit sur {_TOPIC} pour (?:le |la |les |l['’])?{_CAPITALISED}"
    rf"|(?:scrive di|si occupa di) {_TOPIC} per (?:il |la |lo |l['’])?{_CAPITALISED})"
)
_ABOUT = re.compile(
    rf"(?:{ABOUT_OPENERS}) (?:(?i:the authors?|(?:den|die) autor(?:in|en)?|l'auteur(?:e)?|(?:el|la) autora?)"
    rf"|{_NAME}(?: {_NAME}){{0,3}})\s*:?"
)
_EMBED_CREDIT = re.compile(r"[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)")
_CREDIT_SPLIT = re.compile(r"\s*[/|]\s*")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:com|org|net|html?|php|aspx?)(?:/\S*)?", re.IGNORECASE)
_MENU_CHARS = "|•·»›>/"
_MENU_SEP = re.compile(r"\s+[|•·»›>/]\s+|\s*\|\s*")
_SOCIAL_NAME = re.compile(rf"(?:{SOCIAL})\+?")


def shape_reason(line: str, words: int) -> str | None:
    """The kind of chrome a short line is by its shape, or None."""
    if line[:1] in "—–-" and _EMBED_CREDIT.match(line):  # "— Jane Doe (@jdoe) November 18, 2019" closes an
        return None  # embedded post, which the article quotes: its date is the post's, not the page's
    if " " not in line and "." in line and _URL.fullmatch(line):
        return "url"
    if is_timestamp(line):
        return "date"
    if is_byline(line, words):
        return "byline"
    if _ABOUT.fullmatch(line):
        return "boilerplate"
    items = _menu_items(line)
    if items >= 4:
        return "navigation"
    if is_photo_credit(line, words):
        return "caption"
    if items == 3:
        return "navigation"
    if is_share_bar(line):
        return "share"
    return None


def is_author_bio(line: str) -> bool:
    """A note on the author: "Meg James is a corporate media reporter for the Los Angeles Times."

    >>> is_author_bio("Dallas Robinson is a freelance writer living in Minneapolis")
    True
    >>> is_author_bio("The reporter is a witness in the case.")
    False
    >>> is_author_bio("Über die Autorin: Klara Muster ist Redakteurin im Lokalressort.")
    True
    >>> is_author_bio("Jane Doe covers transport and city hall for the Daily Example. She joined in 2019.")
    True
    """
    m = _BIO.match(line)
    if m is None and (about := _ABOUT.match(line)):  # "About the author: Jane Doe is a reporter ..."
        m = _BIO.match(line, len(line) - len(line[about.end() :].lstrip()))
    if m is None:
        return _BEAT.match(line) is not None  # "Jane Doe covers city hall for the Daily Example."
    return _ROLES.search(line, m.end(), m.end() + 60) is not None


def is_menu(line: str) -> bool:
    """Short items joined by separators: "Posted in News | Permalink | 10 Comments".

    >>> is_menu("Home | News | Sport | Weather"), is_menu("Prices rose 3% | analysts expect more.")
    (True, False)
    """
    return _menu_items(line) >= 3


def _menu_items(line: str) -> int:
    """How many short items separators join in ``line`` (0 when it is not a menu)."""
    for sep in _MENU_CHARS:  # a plain loop: most lines have no separator, and any() costs more
        if sep in line:
            break
    else:
        return 0
    parts = _MENU_SEP.split(line)
    if len(parts) < 3 or ends_sentence(line) or not all(0 < len(p.split()) <= 4 for p in parts):
        return 0
    return len(parts)


def is_share_bar(line: str) -> bool:
    """A line made mostly of social network names: "Whatsapp Facebook Pint Baixar".

    >>> is_share_bar("Facebook Twitter Reddit Google+"), is_share_bar("Facebook shares fell")
    (True, False)
    """
    tokens = line.lower().split()
    if not 2 <= len(tokens) <= 10:
        return False
    misses = 0  # two thirds must be network names: stop at the first token too many that is not
    for token in tokens:
        if not _is_social_name(token):
            misses += 1
            if misses * 3 > len(tokens):
                return False
    return len(tokens) - misses >= 2


@remember(maxsize=1 << 14)  # words repeat from line to line: each is looked at once
def _is_social_name(token: str) -> bool:
    return _SOCIAL_NAME.fullmatch(token.strip(",.:;|")) is not None


def is_timestamp(line: str) -> bool:
    """A line that is only a date or time, with its labels ("Updated 14 hours ago").

    >>> is_timestamp("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST")
    True
    >>> is_timestamp("On Nov 18, 2019 the court ruled against the company.")
    False
    >>> is_timestamp("Publié le 23 novembre 2026 à 08h30, modifié à 10h12 Temps de lecture 3 min.")
    True
    """
    if not _DIGIT.search(line):
        return False
    line = lower(line)
    if not _STAMP_HINT.search(line):
        return False
    rest, dates = _take_dates(line)  # each rule takes its stamps out in one pass
    rest, times = _take_times(rest)
    rest, agos = _AGO.subn(" ", rest)
    if not (dates or times or agos):
        return False
    rest = _READING_TIME.sub(" ", rest)  # "Publié le 23 novembre 2026 à 08h30 Temps de lecture 3 min."
    leftover = _WORDLIKE.findall(rest)
    if len(leftover) > 1:  # taking out date words never adds a word: skip it when one or none is left
        leftover = _WORDLIKE.findall(_DATE_WORDS.sub(" ", rest))
    if len(leftover) <= 1:
        return True
    return dates > 0 and len(leftover) <= 3 and not ends_sentence(line)


def is_numeric_stamp(line: str) -> bool:
    """A date or time written in digits alone, all of the line: "2026-11-23 10:30", "23.11.2026".

    >>> is_numeric_stamp("23.11.2026, 08:57"), is_numeric_stamp("3.409"), is_numeric_stamp("2019")
    (True, False, False)
    """
    if not _STAMP_HINT.search(line):
        return False
    rest, found = _take_dates(line)
    rest, times = _take_times(rest)
    return bool(found or times) and not _DIGIT.search(rest)


def _take_dates(line: str) -> tuple[str, int]:
    """``line`` with its dates replaced by spaces, and how many there were."""
    return DATE.subn(" ", line) if _TWO_NUMBERS.search(line) else (line, 0)


def _take_times(line: str) -> tuple[str, int]:
    """``line`` with its times of day replaced by spaces, and how many there were."""
    return TIME.subn(" ", line) if _CLOCK.search(line) else (line, 0)


def is_byline(line: str, words: int | None = None) -> bool:
    """A line that names the author: "By Jane Doe", "Von Max Muster", "Jane Doe, Staff Writer".

    >>> is_byline("By Jamelle Bouie"), is_byline("Opinion Columnist"), is_byline("By then it was too late.")
    (True, True, False)
    >>> is_byline("Nishant Kumar @Nishantopines"), is_byline("Thanks @everyone")
    (True, False)
    >>> is_byline("By Jason Doe | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware")
    True
    >>> is_byline("By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m.")
    True
    """
    words = word_count(line) if words is None else words
    if words > 12:
        return is_byline_bar(line) or _is_dated_byline(line)
    low = lower(line)  # as long as ``line``, so the opener's end is an offset into it
    opener = _BYLINE.match(low)
    if opener:
        rest = line[opener.end() :]
        names = rest.replace(",", " ").replace("&", " ").split()
        capitalised = sum(1 for w in names if _is_name(w))
        if names and capitalised * 2 >= len(names) and not rest.rstrip().endswith((".", "!", "?")):
            return True
        return _is_dated_byline(line)  # "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m."
    if words <= 6 and "@" in line and _NAMED_HANDLE.fullmatch(line) and not low.startswith(_CREDIT_LABELS):
        return True  # "Jane Doe @janedoe", not "Image Copyright @janedoe"
    if words <= 12 and _CJK_REPORTER.fullmatch(line):
        return True  # "山田太郎記者", "新华社记者王小明": the role written onto the name
    return words <= 6 and ROLE_WORD.search(low) is not None and not ends_sentence(line)


#: What stands between a byline and its date: "By Jane Doe on Monday, November 18th, 2019".
_BEFORE_DATE = re.compile(rf"(?:\s*(?:,|\b(?:on|am|le|el|il|op|{WEEKDAYS})\b))*\s*$")


def _is_dated_byline(line: str) -> bool:
    """A byline, then its date and time: "By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m."."""
    low = lower(line)
    if not _BYLINE.match(low):
        return False
    date = DATE.search(low)
    if date is None or word_count(line[date.end() :]) > 6:
        return False
    head = _BEFORE_DATE.sub("", line[: date.start()], count=1)
    return 0 < word_count(head) <= 12 and is_byline(head)


_CREDIT_LABELS = ("image", "photo", "picture", "credit", "copyright", "source", "foto", "video")
BAR = re.compile(r"\s+[|·•]\s+")


def is_byline_bar(line: str) -> bool:
    """A byline with the date and topic beside it, too long for a short line.

    >>> is_byline_bar("By Jane Doe | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware")
    True
    >>> is_byline_bar("By the time the polls closed | turnout had doubled, officials said.")
    False
    """
    if " | " not in line and " · " not in line and " • " not in line:
        return False
    parts = BAR.split(line)
    return (
        word_count(parts[0]) <= 6
        and _BYLINE.match(lower(parts[0])) is not None
        and is_byline(parts[0])
        and all(word_count(part) <= 8 for part in parts[1:])
        and not ends_sentence(line)
    )


#: A Chinese or Japanese byline, the role joined to the name: "山田太郎記者", "共同通信 山田太郎記者",
#: "新华社记者王小明", "本报记者 王小明 李华"; not a phrase about reporters ("多名记者", "他是一名记者").
_CJK_REPORTER = re.compile(
    r"(?!.*[是的了在和与名位个些们])(?:[\u4e00-\u9fff\u30a0-\u30ff]{1,10}\s*)?[\u4e00-\u9fff]{2,5}\s*(?:記者|记者|特派員|特派员|編集委員|通信員|通讯员)"
    r"|(?:[\u4e00-\u9fff]{1,8})?(?:記者|记者|通讯员|通信員)\s*[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4}){0,3}"
)

#: Two to four capitalised names, then the author's handle: "Jane Doe @janedoe".
_NAMED_HANDLE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){1,3},? @\w{2,30}")


def _is_name(word: str) -> bool:
    """A word that may be a name: a handle, or a word whose first letter is not lower case
    (capitalised, or in a script without capitals: Arabic, Hindi, Chinese)."""
    first = word[:1]
    return first == "@" or (first.isalpha() and not first.islower())


def is_photo_credit(line: str, words: int | None = None) -> bool:
    """A photographer or agency credit: capitalised names around "/" or "|".

    >>> is_photo_credit("Sakib Ali/Hindustan Times/Getty Images")
    True
    >>> is_photo_credit("Revenue grew 5% year/year."), is_photo_credit("| Pos | Player | Plays |")
    (False, False)
    >>> is_photo_credit("Jane Doe | Reuters"), is_photo_credit("Home | Local | Weather")  # a menu names no one
    (True, False)
    >>> is_photo_credit("Photo: Jane Doe/Reuters"), is_photo_credit("Path A: Iceland, Bulgaria/Israel/Hungary")
    (True, False)
    """
    words = word_count(line) if words is None else words
    if words > 9 or ("/" not in line and "|" not in line) or ends_sentence(line) or line.startswith("|"):
        return False
    parts = [p for p in _CREDIT_SPLIT.split(line) if p]
    if len(parts) < 2 or ("/" not in line and all(" " not in part for part in parts)):
        return False
    if ":" in line and not lower(line).startswith(_CREDIT_LABELS):
        return False  # a label that names no picture: "Path A: Iceland, Bulgaria/Israel/Hungary"
    for part in parts:
        tokens = part.split()
        if not tokens or len(tokens) > 5 or not all(t[:1].isupper() or not t[:1].isalpha() for t in tokens):
            return False
        if any(ch.isdigit() for ch in part):
            return False
    return True
