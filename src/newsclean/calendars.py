"""Dates of calendars other than the Gregorian, as news pages print them.

Iranian and Afghan sites date their stories in the Solar Hijri (Persian) calendar, in
Persian digits ("۱۴۰۵/۰۹/۰۲") or with its month names ("۲ آذر ۱۴۰۵"); Thai sites count
years in the Buddhist Era (``metadata.BUDDHIST_ERA_AFTER``); Japanese sites often count
them in the emperor's era ("令和8年11月23日"). :func:`persian_date` reads the Persian dates
and :func:`era_date` the Japanese ones, each as the Gregorian date it is.
"""

from __future__ import annotations

import re
from datetime import date

#: The months of the Solar Hijri calendar, Farvardin to Esfand, as Persian writes them.
PERSIAN_MONTHS = (
    ("فروردین",), ("اردیبهشت",), ("خرداد",), ("تیر",), ("مرداد", "امرداد"), ("شهریور",),
    ("مهر",), ("آبان",), ("آذر",), ("دی",), ("بهمن",), ("اسفند",),
)  # fmt: skip
_MONTH_NUMBERS = {name: n for n, names in enumerate(PERSIAN_MONTHS, start=1) for name in names}
#: The month names as one alternation, longest first.
PERSIAN_MONTH_NAMES = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))

#: Persian digits; a date written in them is a Solar Hijri date.
_PERSIAN_DIGITS = re.compile("[\u06f0-\u06f9]")
_NUMERIC = re.compile(r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})")
_NAMED = re.compile(rf"(\d{{1,2}})\s+({PERSIAN_MONTH_NAMES})\s+(\d{{4}})")
#: Solar Hijri years a news page may carry (1921 to 2121).
_YEARS = range(1300, 1501)


def persian_date(text: str) -> date | None:
    """The first Solar Hijri date in ``text``, as a Gregorian date; None if there is none.

    >>> persian_date("۱۴۰۵/۰۹/۰۲ - ۱۰:۳۰"), persian_date("یکشنبه ۲ آذر ۱۴۰۵")
    (datetime.date(2026, 11, 23), datetime.date(2026, 11, 23))
    >>> persian_date("1405/09/02") is None  # Western digits and no month name: not known to be Persian
    True
    """
    named = _NAMED.search(text)
    if named:
        year, month, day = int(named[3]), _MONTH_NUMBERS[named[2]], int(named[1])
    else:
        numeric = _NUMERIC.search(text) if _PERSIAN_DIGITS.search(text) else None
        if numeric is None:
            return None
        year, month, day = int(numeric[1]), int(numeric[2]), int(numeric[3])
    if year not in _YEARS or not 1 <= month <= 12 or not 1 <= day <= (31 if month < 7 else 30):
        return None
    return _gregorian(year, month, day)


def _gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Solar Hijri one, by the calendar's 33-year arithmetic cycle
    (exact for the years news is dated in)."""
    y = year + 1595
    days = -355668 + 365 * y + (y // 33) * 8 + ((y % 33) + 3) // 4 + day
    days += 31 * (month - 1) if month < 7 else 30 * (month - 7) + 186
    return date.fromordinal(days - 365)


#: Japanese eras and the Gregorian year before each one's first: Reiwa 1 is 2019, Heisei 1 is 1989.
_ERA_YEAR_ZERO = {"令和": 2018, "平成": 1988}
#: A date in a Japanese era: "令和8年11月23日", "平成31年4月30日"; the first year is written "元" ("令和元年").
ERA_DATE = r"(令和|平成)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_ERA_DATE = re.compile(ERA_DATE)


def era_date(text: str) -> date | None:
    """The first date in ``text`` counted in a Japanese era, as a Gregorian date; None if there is none.

    >>> era_date("令和8年11月23日 10時30分"), era_date("令和元年5月1日")
    (datetime.date(2026, 11, 23), datetime.date(2019, 5, 1))
    >>> era_date("2026年11月23日") is None
    True
    """
    m = _ERA_DATE.search(text)
    if m is None:
        return None
    year = _ERA_YEAR_ZERO[m[1]] + (1 if m[2] == "元" else int(m[2]))
    try:
        return date(year, int(m[3]), int(m[4]))
    except ValueError:
        return None
