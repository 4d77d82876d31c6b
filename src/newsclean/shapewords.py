"""The words line shapes are read with: months, weekdays, time words, bylines, roles.

``patterns.py`` says what chrome *says*; this module holds the words the shape rules in
``shapes.py``, the caption rule and the date reader in ``metadata.py`` need to tell what a
line *is* (a time stamp, a byline, an author note, a photo credit). Each is a
regular-expression alternation for lower-cased text unless its comment says otherwise.
"""

from __future__ import annotations

from .firstchar import literal_trie

#: Words that open a byline, by language; what follows is one or more names.
BYLINE_OPENERS = r"by|written by|words by|story by|posted by|published by|author|authors|von|par|por|de|autor|autorka|door|di|da|av|af"

#: Month names, January to December, as datelines and time stamps write them: English,
#: German, French, Spanish, Polish (both cases), Portuguese, Italian, Russian, Arabic (as
#: Egypt and the Gulf write them), Turkish, Hindi and Thai. One table serves the time-stamp
#: rule and the date reader in ``metadata.py``.
MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("jan", "january", "januar", "janvier", "enero", "stycznia", "styczeń", "janeiro", "gennaio", "января", "يناير", "ocak",
     "जनवरी", "มกราคม"),
    ("feb", "february", "februar", "février", "febrero", "lutego", "luty", "fevereiro", "febbraio", "февраля", "فبراير", "şubat", "फ़रवरी", "फरवरी", "กุมภาพันธ์"),
    ("mar", "march", "märz", "mars", "marzo", "marca", "marzec", "março", "марта", "مارس", "mart", "मार्च", "มีนาคม"),
    ("apr", "april", "avril", "abril", "kwietnia", "kwiecień", "aprile", "апреля", "أبريل", "nisan", "अप्रैल", "เมษายน"),
    ("may", "mai", "mayo", "maja", "maj", "maio", "maggio", "мая", "مايو", "mayıs", "मई", "พฤษภาคม"),
    ("jun", "june", "juni", "juin", "junio", "czerwca", "czerwiec", "junho", "giugno", "июня", "يونيو", "haziran", "जून", "มิถุนายน"),
    ("jul", "july", "juli", "juillet", "julio", "lipca", "lipiec", "julho", "luglio", "июля", "يوليو", "temmuz", "जुलाई", "กรกฎาคม"),
    ("aug", "august", "août", "agosto", "sierpnia", "sierpień", "августа", "أغسطس", "ağustos", "अगस्त", "สิงหาคม"),
    ("sep", "sept", "september", "septembre", "septiembre", "setiembre", "września", "wrzesień", "setembro", "settembre",
     "сентября", "سبتمبر", "eylül", "सितंबर", "सितम्बर", "กันยายน"),
    ("oct", "october", "oktober", "octobre", "octubre", "października", "październik", "outubro", "ottobre", "октября",
     "أكتوبر", "ekim", "अक्टूबर", "अक्तूबर", "ตุลาคม"),
    ("nov", "november", "novembre", "noviembre", "listopada", "listopad", "novembro", "ноября", "نوفمبر", "kasım", "नवंबर", "नवम्बर", "พฤศจิกายน"),
    ("dec", "december", "dezember", "décembre", "diciembre", "grudnia", "grudzień", "dezembro", "dicembre", "декабря",
     "ديسمبر", "aralık", "दिसंबर", "दिसम्बर", "ธันวาคม"),
)  # fmt: skip

#: The month names as one alternation, longest first ("mart" before "mar"), for lower-cased text.
#: As a regex, written as a trie (one branch per letter): dates are searched for in every line.
MONTHS = literal_trie({name for names in MONTH_NAMES for name in names})

#: Days of the week, for time stamps ("Wednesday, November 20, 2019").
WEEKDAYS = (
    r"mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|gestern"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd'hui|hier"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|ayer"
    r"|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|dzisiaj|wczoraj"
)

#: Time zones and the small words around a time ("at 4:07 PM CST", "um 12 Uhr", "à 10h").
TIME_WORDS = r"at|um|à|a las|o|am|pm|gmt|utc|est|edt|cet|cest|mez|mesz|bst|ist|jst|kst|et|pt|ct|cst|pst|pdt|uhr|h"

#: Relative time stamps: "14 hours ago", "vor 3 Stunden", "il y a 2 heures", "hace 3 horas", "3 godziny temu".
RELATIVE_TIME = (
    r"\b(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago\b"
    r"|\bvor\s+\d+\s+(?:minuten|stunden|tagen)\b|\bil y a\s+\d+\s+(?:minutes?|heures?|jours?)\b"
    r"|\bhace\s+\d+\s+(?:minutos?|horas?|días?)\b|\b\d+\s+(?:minut[y]?|godzin[ya]?|dni)\s+temu\b"
)

#: What journalists are called, for bylines ("Staff Writer") and author notes.
AUTHOR_ROLES = (
    r"columnist|correspondent|reporter|writer|editor|contributor|staff|journalist|analyst|anchor|producer"
    r"|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|journaliste|rédact(?:eur|rice)|envoyée? spéciale?"
    r"|periodista|redactor(?:a)?|corresponsal|dziennikar(?:z|ka)|redaktor(?:ka)?|korespondent(?:ka)?"
)

#: "is" in the languages above, for author notes ("Jane Doe is a reporter for ...").
COPULAS = r"is|was|ist|war|est|était|es|era|jest|była?|é|è"

#: Headings of a boilerplate box about the author or the company ("About Ascom", "Über die Autorin").
ABOUT_OPENERS = r"About|ABOUT|Über|ÜBER|À propos de|A propos de|Acerca de|Sobre|O|Informacje o"

#: Where someone stands in a photo, as captions say it ("(left)", "(links)", "(à droite)").
PHOTO_POSITIONS = (
    r"left|right|centre|center|top|bottom|front|back|middle|l|r|c|l-r|r-l|from left|from right|pictured|file|file photo"
    r"|links|rechts|mitte|li\.?|re\.?|à gauche|à droite|au centre|izquierda|derecha|centro"
    r"|od lewej|z lewej|z prawej|po lewej|po prawej"
)

#: Words that introduce a photo credit at the end of a caption ("... (Photo: AP)").
PHOTO_CREDIT_WORDS = r"photo|image|picture|credit|foto|bild|zdjęcie|fot|source"

#: Words that label a time stamp ("Published", "Updated") before a date.
DATE_LABELS = (
    r"published|updated|posted|modified|last updated|first published|date|on|veröffentlicht|aktualisiert|stand|publié|mis à jour|le"
    r"|publicado|actualizado|opublikowano|aktualizacja|zaktualizowano|publicado em|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt"
)
