"""Who wrote it: the author's name in a byline, as bylines around the world write it.

"By Jane Doe | Nov 23", "Von Max Muster · 23.11.2026", "Por María López, corresponsal",
"Budi Santoso, Jurnalis", "홍길동 기자", "2026-11-23 10:30 来源：新华社 作者：王明": the name
without its opener, role, handle, place or date. ``metadata.py`` reads the author from the
byline the line rules removed; ``pagemeta.py`` from the element a page marks as its byline.
"""

from __future__ import annotations

import re

from .shapes import BAR, ROLE_WORD, is_byline
from .shapewords import BYLINE_OPENERS, MONTHS, WEEKDAYS

_BY = re.compile(rf"^(?:{BYLINE_OPENERS})\b\s*[:：\-–—]?\s*", re.IGNORECASE)
# "Por Carlos García | Madrid", "By Jane Doe - 11/19/19": what follows a separator is not the author
_AUTHOR_TAIL = re.compile(r"\s+[|·•—–/／-]\s.*$")
_DIGIT = re.compile(r"\d")


#: The words that may stand between a name and the date cut off after it, in the order they
#: are taken off the end ("By Jane Doe Updated Monday, Nov 19, 2019", "Von Jane Doe publiziert
#: am 19. November"): a month, a weekday with its comma (a bare "Sun" or "May" may be the
#: name), a label.
_BEFORE_DATE = (
    re.compile(rf"(?:{MONTHS})[.,]?"),
    re.compile(rf"(?:{WEEKDAYS})[.,،]"),
    re.compile(r"on|at|updated|published|posted"),
)
#: The same label in other languages, with its preposition: "publiziert am", "publié le".
_LABEL_BEFORE_DATE = re.compile(
    r"(?:publiziert|veröffentlicht|aktualisiert) am|(?:publié|mis à jour) le|(?:publicado|actualizado) el"
    r"|(?:publicado|atualizado) em|(?:pubblicato|aggiornato) il|(?:gepubliceerd|bijgewerkt) op"
)
_AUTHOR_END = re.compile(r"\s+(?:@\w|\S*\d).*$")  # a handle, or the date or time after the name


def author_name(byline: str) -> str:
    """The name in a byline: without its opener, or the place, handle or date after it.

    >>> author_name("By Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET")
    'Bryan DeArdo'
    >>> author_name("by Jeff Foust Monday, November 18, 2019"), author_name("Sherif Saed, Wednesday, 20 November 2019")
    ('Jeff Foust', 'Sherif Saed')
    >>> author_name("Por Carlos García | Madrid"), author_name("By Theresa May")
    ('Carlos García', 'Theresa May')
    >>> author_name("by Regan September 15, 2014"), author_name("By Lena Sun Nov. 19, 2019")
    ('Regan', 'Lena Sun')
    >>> author_name("Von Moritz Bachmann publiziert am 19. November 2019")
    'Moritz Bachmann'
    >>> author_name("By Sam Carter, Staff Writer"), author_name("Mario Rossi, giornalista")  # the role goes
    ('Sam Carter', 'Mario Rossi')
    """
    name = _AUTHOR_TAIL.sub("", _BY.sub("", byline))
    name = _before_role(name) or name
    cut = _AUTHOR_END.sub("", name)
    words = cut.split()
    if cut != name:  # a date was cut off: the words before it go too, never the whole name
        if len(words) > 2 and _LABEL_BEFORE_DATE.fullmatch(" ".join(words[-2:]).lower()):
            del words[-2:]
        for word in _BEFORE_DATE:
            if len(words) > 1 and word.fullmatch(words[-1].lower()):
                words.pop()
    return " ".join(words).strip(" ,")


def byline_author(text: str) -> str | None:
    """The author a byline names, or None when ``text`` holds no byline.

    >>> byline_author("Por María López | 23 de noviembre"), byline_author("Published: Nov 23, 2026 · By Jane Doe")
    ('María López', 'Jane Doe')
    >>> byline_author("By then it was too late.") is None
    True
    >>> byline_author("2026-11-23 10:30 来源：新华社 作者：王明 编辑：李华")
    '王明'
    """
    opener = _byline_in(text)
    if opener is None:
        return name_before_role(text)
    name = author_name(opener.string)  # the name, not the date or place after it
    return name if name and not _DIGIT.search(name) and is_byline(opener.group() + name) else None


#: A name in Korean, Chinese or Japanese, then the role the byline gives it: "홍길동 기자", "山田太郎記者", "王明 记者".
_NAME_THEN_ROLE = re.compile(r"([\uac00-\ud7a3]{2,4}|[\u4e00-\u9fff]{2,5})\s*(?:기자|특파원|記者|记者|特派員|特派员)")


def name_before_role(text: str) -> str | None:
    """The name in a byline that gives the role after it: after a comma ("Budi Santoso, Jurnalis"),
    or as Korean, Chinese and Japanese pages do, after a space or none ("홍길동 기자", "山田太郎記者").

    Without the comma, scripts with capitals are left alone: "Opinion Columnist" and "Chief
    Political Correspondent" name no one.

    >>> name_before_role("홍길동 기자"), name_before_role("山田太郎記者"), name_before_role("Opinion Columnist")
    ('홍길동', '山田太郎', None)
    >>> name_before_role("2024/10/29 08:30 記者王小明／台北報導"), name_before_role("新华社记者 李华")
    ('王小明', '李华')
    >>> name_before_role("Jane Doe, Staff Writer"), name_before_role("Politics, Opinion")
    ('Jane Doe', None)
    """
    text = text.strip()
    head = _before_role(text)
    if head is not None:
        names = head.split()
        return head.strip() if 1 < len(names) <= 4 and all(map(_is_capitalised, names)) else None
    m = _NAME_THEN_ROLE.fullmatch(text) or _ROLE_THEN_NAME.search(text)
    return m.group(1) if m else None


#: The role, then the name, as Chinese bylines put them: "記者王小明／台北報導", "新华社记者 王小明", "本报记者 李华、".
_ROLE_THEN_NAME = re.compile(
    r"(?:記者|记者)\s*([\u4e00-\u9fff]{2,4})(?=\s*(?:[／/、，,|\s]|$|[\u4e00-\u9fff]{2,6}(?:報導|报道)))"
)


def _before_role(text: str) -> str | None:
    """What stands before a role named after the last comma ("Sam Carter, Staff Writer"), or None."""
    head, comma, role = text.rpartition(",")
    if comma and head.strip() and len(role.split()) <= 4 and ROLE_WORD.search(role.lower()):
        return head
    return None


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or word in _NAME_PARTICLES


#: Small words inside names: "Jan de Vries", "Ludwig van Beethoven", "Ana da Silva".
_NAME_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "do", "dos", "das", "di", "del", "la", "le", "bin", "al"}
)


def _byline_in(text: str) -> re.Match[str] | None:
    """The opener of the byline a removed line starts with, or holds as one part of a bar
    ("Published: Nov 23, 2026 · By Jane Doe", "Δημοσίευση: 23.11.2026 | Γράφει η Μαρία Παπαδοπούλου")."""
    opener = _BY.match(text)
    if opener:
        return opener
    if BAR.search(text):
        return next((m for part in BAR.split(text)[1:] if (m := _BY.match(part))), None)
    field = _LABELLED_BY.search(text)  # "2026-11-23 10:30 来源：新华社 作者：王明": fields side by side
    return _BY.match(_NEXT_FIELD.split(text[field.start() :], maxsplit=1)[0]) if field else None


#: An author's field among others, its label with a colon: "来源：新华社 作者：王明", "Fonte: Ansa Autore: Mario Rossi".
_LABELLED_BY = re.compile(rf"(?<=\s)(?:{BYLINE_OPENERS})\s*[:：]\s*(?=[^\W\d_])", re.IGNORECASE)
_NEXT_FIELD = re.compile(r"\s+[^\s:：]{1,12}[:：]")
