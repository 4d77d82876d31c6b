"""Line rules: is this one line page chrome, and of what kind?

The vocabulary in ``patterns.py`` says what chrome reads like; this module compiles it
and adds rules about the shape of a line that words alone cannot say: a line that is a
time stamp, a byline, or a photographer's credit ("Jane Doe/Getty Images").

A rule here judges a line by itself, so it must be sure: it runs everywhere, inside the
article too. Chrome that is only recognisable by where it stands (a teaser after the
end of the article, a list of headlines) is left to ``structure.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .pipeline import LineFilter
from .patterns import BYLINE_OPENERS, CHROME, DATE_LABELS, MONTHS, SOCIAL, Vocabulary
from .textstats import ends_sentence, stats, word_count

#: Lines longer than this many words are never whole-line chrome; prefixes still apply.
SHORT_LINE_WORDS = 14
#: Prefix rules (prompts, credits) stop applying to lines longer than this.
PROMPT_LINE_WORDS = 80
#: Phrase rules (a prompt anywhere in the line) stop applying to lines longer than this.
PHRASE_LINE_WORDS = 40

_EDGE = r"[\s\W_]*?"
_TAIL = r"[\s\W\d_]*"

DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{MONTHS})\.?,?\s+\d{{2,4}}"
    rf"|(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\b",
    re.IGNORECASE,
)
TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)?", re.IGNORECASE)
_AGO = re.compile(
    r"\b(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago\b"
    r"|\bvor\s+\d+\s+(?:minuten|stunden|tagen)\b|\bil y a\s+\d+\s+(?:minutes?|heures?|jours?)\b"
    r"|\bhace\s+\d+\s+(?:minutos?|horas?|días?)\b|\b\d+\s+(?:minut|godzin[ya]?|dni)\s+temu\b",
    re.IGNORECASE,
)
_DATE_WORDS = re.compile(
    rf"\b(?:{DATE_LABELS}|{MONTHS}|at|um|à|a las|o|am|pm|gmt|utc|est|edt|cet|cest|mez|mesz|bst|ist|jst|kst|et|pt|ct|cst|pst|pdt"
    r"|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)\b\.?",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_WORDLIKE = re.compile(r"[^\W\d_]{2,}")
_BYLINE = re.compile(rf"(?:{BYLINE_OPENERS})\b\s*:?\s+(?=[^\W\d_])", re.IGNORECASE)
_ROLES = re.compile(
    r"\b(?:columnist|correspondent|reporter|writer|editor|contributor|staff|journalist|analyst|anchor|producer"
    r"|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|journaliste|rédact(?:eur|rice)|envoyée? spéciale?"
    r"|periodista|redactor(?:a)?|corresponsal|dziennikar(?:z|ka)|redaktor(?:ka)?|korespondent(?:ka)?)\b",
    re.IGNORECASE,
)
_NAME = r"[^\W\d_][\w'’.-]*"
_CAPITALISED_NAME = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*)"
_BIO = re.compile(
    rf"{_CAPITALISED_NAME}(?: {_CAPITALISED_NAME}){{1,3}},? (?:is|was|ist|war|est|était|es|era|jest|była?|é|è) "
)
_ABOUT = re.compile(
    rf"(?:About|ABOUT|Über|ÜBER|À propos de|A propos de|Acerca de|Sobre|O|Informacje o) (?:the author|the authors|{_CAPITALISED_NAME}(?: {_CAPITALISED_NAME}){{0,3}})\s*:?"
)
_EMBED_CREDIT = re.compile(r"[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)")
_CREDIT_SPLIT = re.compile(r"\s*[/|]\s*")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:com|org|net|html?|php|aspx?)(?:/\S*)?", re.IGNORECASE)
_MENU_SEP = re.compile(r"\s+[|•·»›>/]\s+|\s*\|\s*")
_SOCIAL_NAME = re.compile(rf"(?:{SOCIAL})\+?")


class _Compiled(NamedTuple):
    lines: re.Pattern[str]
    prefixes: re.Pattern[str]
    phrases: re.Pattern[str]
    reasons: dict[str, str]


def _alternation(vocabs: Sequence[Vocabulary], field: str) -> str:
    parts = [f"(?P<v{i}>{'|'.join(getattr(v, field))})" for i, v in enumerate(vocabs) if getattr(v, field)]
    return "|".join(parts) or "(?!)"


def _compile(vocabs: Sequence[Vocabulary]) -> _Compiled:
    # Lines are lower-cased before matching: three times faster than re.IGNORECASE here.
    return _Compiled(
        re.compile(f"{_EDGE}(?:{_alternation(vocabs, 'lines')}){_TAIL}"),
        re.compile(f"{_EDGE}(?:{_alternation(vocabs, 'prefixes')})"),
        re.compile(_alternation(vocabs, "phrases")),
        {f"v{i}": v.reason for i, v in enumerate(vocabs)},
    )


class ChromeRules:
    """The line rule: ``rules(line)`` names the kind of chrome a line is, or returns None.

    >>> rules = ChromeRules()
    >>> rules("0 Comments"), rules("Forgot password?"), rules("© Thomson Reuters 2021.")
    ('comment_counter', 'login_prompt', 'copyright')
    >>> rules("The minister said talks would resume on Monday.") is None
    True
    """

    def __init__(self, vocabularies: Sequence[Vocabulary] = CHROME) -> None:
        self.vocabularies = tuple(vocabularies)
        self._compiled = _compile(self.vocabularies)
        self.article_enders = frozenset(v.reason for v in self.vocabularies if v.ends_article)

    def __call__(self, line: str) -> str | None:
        words = stats(line).words
        if words == 0 or (words <= 3 and not _LETTER.search(line)):
            return "symbols"
        low = line.lower()
        compiled = self._compiled
        if words <= SHORT_LINE_WORDS:
            m = compiled.lines.fullmatch(low)
            if m and m.lastgroup:
                return compiled.reasons[m.lastgroup]
            shape = _shape_reason(line, words)
            if shape:
                return shape
        if words <= PROMPT_LINE_WORDS:
            m = compiled.prefixes.match(low) or (compiled.phrases.search(low) if words <= PHRASE_LINE_WORDS else None)
            if m and m.lastgroup:
                return compiled.reasons[m.lastgroup]
            if is_author_bio(line):
                return "author_bio"
        return None

    def __repr__(self) -> str:
        return f"ChromeRules({len(self.vocabularies)} vocabularies)"


def _shape_reason(line: str, words: int) -> str | None:
    if _URL.fullmatch(line):
        return "url"
    if is_timestamp(line):
        return "date"
    if is_byline(line, words):
        return "byline"
    if _ABOUT.fullmatch(line):
        return "boilerplate"
    if _EMBED_CREDIT.match(line):
        return "embed"
    if is_photo_credit(line, words):
        return "caption"
    if is_menu(line):
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
    """
    m = _BIO.match(line)
    return m is not None and _ROLES.search(line, m.end(), m.end() + 60) is not None


def is_menu(line: str) -> bool:
    """Short items joined by separators: "Posted in News | Permalink | 10 Comments".

    >>> is_menu("Home | News | Sport | Weather"), is_menu("Prices rose 3% | analysts expect more.")
    (True, False)
    """
    parts = _MENU_SEP.split(line)
    if len(parts) < 3:
        return False
    return all(0 < len(p.split()) <= 4 for p in parts) and not ends_sentence(line)


def is_share_bar(line: str) -> bool:
    """A line made mostly of social network names: "Whatsapp Facebook Pint Baixar".

    >>> is_share_bar("Facebook Twitter Reddit Google+"), is_share_bar("Facebook shares fell")
    (True, False)
    """
    tokens = line.lower().split()
    if not 2 <= len(tokens) <= 10:
        return False
    social = sum(1 for t in tokens if _SOCIAL_NAME.fullmatch(t.strip(",.:;|")))
    return social >= 2 and social * 3 >= len(tokens) * 2


def is_timestamp(line: str) -> bool:
    """A line that is only a date or time, with its labels ("Updated 14 hours ago").

    >>> is_timestamp("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST")
    True
    >>> is_timestamp("On Nov 18, 2019 the court ruled against the company.")
    False
    """
    if not _DIGIT.search(line):
        return False
    found = DATE.search(line) or TIME.search(line) or _AGO.search(line)
    if not found:
        return False
    rest = _DATE_WORDS.sub(" ", _AGO.sub(" ", TIME.sub(" ", DATE.sub(" ", line))))
    leftover = _WORDLIKE.findall(rest)
    if len(leftover) <= 1:
        return True
    return bool(DATE.search(line)) and len(leftover) <= 3 and not ends_sentence(line)


def is_byline(line: str, words: int | None = None) -> bool:
    """A line that names the author: "By Jane Doe", "Von Max Muster", "Jane Doe, Staff Writer".

    >>> is_byline("By Jamelle Bouie"), is_byline("Opinion Columnist"), is_byline("By then it was too late.")
    (True, True, False)
    """
    words = word_count(line) if words is None else words
    if words > 12:
        return False
    if _BYLINE.match(line):
        rest = line[_BYLINE.match(line).end() :]  # type: ignore[union-attr]
        names = rest.replace(",", " ").replace("&", " ").split()
        capitalised = sum(1 for w in names if w[:1].isupper() or w.startswith("@"))
        return bool(names) and capitalised * 2 >= len(names) and not rest.rstrip().endswith((".", "!", "?"))
    return words <= 6 and _ROLES.search(line) is not None and not ends_sentence(line)


def is_photo_credit(line: str, words: int | None = None) -> bool:
    """A photographer or agency credit: capitalised names around "/" or "|".

    >>> is_photo_credit("Sakib Ali/Hindustan Times/Getty Images")
    True
    >>> is_photo_credit("Revenue grew 5% year/year.")
    False
    """
    words = word_count(line) if words is None else words
    if words > 9 or ("/" not in line and "|" not in line) or ends_sentence(line):
        return False
    parts = [p for p in _CREDIT_SPLIT.split(line) if p]
    if len(parts) < 2:
        return False
    for part in parts:
        tokens = part.split()
        if not tokens or len(tokens) > 5 or not all(t[:1].isupper() or not t[:1].isalpha() for t in tokens):
            return False
        if any(ch.isdigit() for ch in part):
            return False
    return True


DEFAULT_RULES = ChromeRules()


class ChromeLines(LineFilter):
    """Remove lines that are chrome wherever they stand, each with its kind as the reason.

    >>> from newsclean import Document
    >>> doc = ChromeLines()(Document(text="Sign in\\n\\nThe story goes on.\\n\\n0 Comments"))
    >>> doc.text, [r.reason for r in doc.removals]
    ('The story goes on.', ['login_prompt', 'comment_counter'])
    """

    def __init__(self, *, rules: ChromeRules = DEFAULT_RULES, name: str = "chrome_lines") -> None:
        super().__init__(rules, name=name)

    def __repr__(self) -> str:
        return f"ChromeLines(name={self.name!r})"
