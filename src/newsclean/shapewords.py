"""The words line shapes are read with: months, weekdays, time words, bylines, roles.

``patterns.py`` says what chrome *says*; this module holds the words the shape rules in
``shapes.py``, the caption rule and the date reader in ``metadata.py`` need to tell what a
line *is* (a time stamp, a byline, an author note, a photo credit). Each is a
regular-expression alternation for lower-cased text unless its comment says otherwise.
"""

from __future__ import annotations

from .regexparts import literal_trie

#: Words that open a byline, by language; what follows is one or more names: English,
#: German, French, Spanish, Portuguese, Italian, Dutch, Scandinavian, Polish and Czech,
#: Russian and Ukrainian, Turkish, Indonesian, Vietnamese, Hungarian, Greek, Finnish,
#: Arabic, Hebrew, Persian, Hindi, Chinese and Japanese. A trie, for lower-cased text.
BYLINE_OPENERS = literal_trie((
    "by", "written by", "words by", "story by", "posted by", "published by", "author", "authors",
    "von", "veröffentlicht von", "par", "publié par", "por", "publicado por", "de", "autor", "autorka",
    "door", "gepubliceerd door", "di", "da", "pubblicato da", "av", "af", "opublikowano przez",
    "автор", "yazar", "oleh", "penulis", "pewarta", "wartawan", "bởi", "tác giả", "szerző", "γράφει", "γράφει ο", "γράφει η", "teksti", "kirjoittanut",
    "بقلم", "מאת", "نویسنده", "लेखक", "作者", "撰文", "文", "记者", "記者",
    "testo di", "propos recueillis par", "подготовил", "подготовила", "підготував", "підготувала",
    "ein kommentar von", "eine analyse von", "ein gastbeitrag von", "ein interview von", "írta", "bài và ảnh",
)) + r"|كتبت?(?=\s*[:：\-–—])" + (
    # "Text: Max Muster", "Reportagem: João Silva": a label that is a word too, so only with its colon
    r"|(?:text|texte|texto|testo|tekst|текст|reportagem|reportaje|reportage|haber|phóng viên|bài)(?=\s*[:：])"
)  # fmt: skip
# Arabic "كتب" ("wrote") opens a byline only with a colon or dash after it ("كتب - محمد أحمد"):
# without one it is the verb of a sentence or the word for "books".

#: Month names, January to December, as datelines and time stamps write them: English,
#: German, French, Spanish, Catalan, Portuguese, Italian, Romanian, Dutch, Swedish, Danish,
#: Norwegian, Finnish, Polish and Czech (both cases), Hungarian, Greek, Russian and Ukrainian
#: (genitive, as dates decline them), Turkish, Indonesian, Arabic (as Egypt and the Gulf write
#: them, and as the Levant does: "تشرين الثاني"), Hebrew (also with the prefix "ב", "in"), Hindi,
#: Thai (also abbreviated: "พ.ย."), Bengali, Urdu, Bulgarian, Serbian, Croatian, Slovak, Slovenian, Latvian,
#: Lithuanian and Swahili. One table serves the time-stamp rule and the date reader in
#: ``metadata.py``. A name is listed for one month only: Croatian "listopada" (October) reads
#: as the Polish and Czech November it also spells.
MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("jan", "january", "januar", "janvier", "enero", "gener", "janeiro", "gennaio", "ianuarie", "januari", "tammikuuta",
     "stycznia", "styczeń", "ledna", "január", "ιανουαρίου", "января", "січня", "ocak", "يناير", "ינואר", "בינואר",
     "जनवरी", "มกราคม", "জানুয়ারি", "জানুয়ারি", "جنوری", "януари", "јануар", "siječnja",
     "januára", "januarja", "janvāris", "janvāra", "janvārī", "كانون الثاني", "sausio", "ม.ค"),
    ("feb", "february", "februar", "février", "febrero", "febrer", "fevereiro", "febbraio", "februarie", "februari",
     "helmikuuta", "lutego", "luty", "února", "február", "φεβρουαρίου", "февраля", "лютого", "şubat", "فبراير", "פברואר",
     "בפברואר", "फ़रवरी", "फरवरी", "กุมภาพันธ์", "ফেব্রুয়ারি", "ফেব্রুয়ারি", "فروری", "февруари", "фебруар", "veljače",
     "februára", "februarja", "februāris", "februāra", "februārī", "شباط", "vasario", "ก.พ"),
    ("mar", "march", "märz", "mars", "marzo", "març", "março", "martie", "maart", "marts", "maret", "maaliskuuta",
     "marca", "marzec", "března", "március", "μαρτίου", "марта", "березня", "mart", "مارس", "מרץ", "במרץ", "मार्च",
     "มีนาคม", "মার্চ", "مارچ", "март", "ožujka",
     "marec", "marta", "martā", "machi", "آذار", "kovo", "มี.ค"),
    ("apr", "april", "avril", "abril", "aprile", "aprilie", "huhtikuuta", "kwietnia", "kwiecień", "dubna", "április",
     "απριλίου", "апреля", "квітня", "nisan", "أبريل", "אפריל", "באפריל", "अप्रैल", "เมษายน", "এপ্রিল", "اپریل", "април", "travnja",
     "apríla", "aprila", "aprīlis", "aprīļa", "aprīlī", "aprili", "نيسان", "balandžio", "เม.ย"),
    ("may", "mai", "mayo", "maig", "maio", "maggio", "mei", "maj", "toukokuuta", "maja", "května", "május", "μαΐου",
     "мая", "травня", "mayıs", "مايو", "מאי", "במאי", "मई", "พฤษภาคม", "মে", "مئی", "май", "мај", "svibnja",
     "mája", "maijs", "maija", "maijā", "أيار", "gegužės", "พ.ค"),
    ("jun", "june", "juni", "juin", "junio", "juny", "junho", "giugno", "iunie", "kesäkuuta", "czerwca", "czerwiec",
     "června", "június", "ιουνίου", "июня", "червня", "haziran", "يونيو", "יוני", "ביוני", "जून", "มิถุนายน", "জুন", "جون", "юни", "јун", "lipnja",
     "júna", "junija", "jūnijs", "jūnija", "jūnijā", "حزيران", "birželio", "มิ.ย"),
    ("jul", "july", "juli", "juillet", "julio", "juliol", "julho", "luglio", "iulie", "heinäkuuta", "lipca", "lipiec",
     "července", "július", "ιουλίου", "июля", "липня", "temmuz", "يوليو", "יולי", "ביולי", "जुलाई", "กรกฎาคม", "জুলাই", "جولائی", "юли", "јул", "srpnja",
     "júla", "julija", "jūlijs", "jūlija", "jūlijā", "julai", "تموز", "liepos", "ก.ค"),
    ("aug", "august", "août", "agosto", "agost", "augustus", "augusti", "agustus", "elokuuta", "sierpnia", "sierpień",
     "srpna", "augusztus", "αυγούστου", "августа", "серпня", "ağustos", "أغسطس", "אוגוסט", "באוגוסט", "अगस्त",
     "สิงหาคม", "আগস্ট", "اگست", "август", "avgust", "kolovoza",
     "augusta", "avgusta", "augusts", "augustā", "agosti", "آب", "rugpjūčio", "ส.ค"),
    ("sep", "sept", "september", "septembre", "septiembre", "setiembre", "setembre", "setembro", "settembre",
     "septembrie", "syyskuuta", "września", "wrzesień", "září", "szeptember", "σεπτεμβρίου", "сентября", "вересня",
     "eylül", "سبتمبر", "ספטמבר", "בספטמבר", "सितंबर", "सितम्बर", "กันยายน", "সেপ্টেম্বর", "ستمبر", "септември", "септембар", "septembar", "rujna",
     "septembra", "septembris", "septembrī", "septemba", "أيلول", "rugsėjo", "ก.ย"),
    ("oct", "october", "oktober", "octobre", "octubre", "outubro", "ottobre", "octombrie", "lokakuuta", "października",
     "październik", "října", "október", "οκτωβρίου", "октября", "жовтня", "ekim", "أكتوبر", "אוקטובר", "באוקטובר",
     "अक्टूबर", "अक्तूबर", "ตุลาคม", "অক্টোবর", "اکتوبر", "октомври", "октобар", "oktobar",
     "októbra", "oktobra", "oktobris", "oktobrī", "oktoba", "تشرين الأول", "spalio", "ต.ค"),
    ("nov", "november", "novembre", "noviembre", "novembro", "noiembrie", "marraskuuta", "listopada", "listopad",
     "listopadu", "νοεμβρίου", "ноября", "листопада", "kasım", "نوفمبر", "נובמבר", "בנובמבר", "नवंबर", "नवम्बर",
     "พฤศจิกายน", "নভেম্বর", "نومبر", "ноември", "новембар", "novembar", "studenoga", "studeni",
     "novembra", "novembris", "novembrī", "novemba", "تشرين الثاني", "lapkričio", "พ.ย"),
    ("dec", "december", "dezember", "décembre", "diciembre", "desembre", "dezembro", "dicembre", "decembrie",
     "desember", "joulukuuta", "grudnia", "grudzień", "prosince", "δεκεμβρίου", "декабря", "грудня", "aralık",
     "ديسمبر", "דצמבר", "בדצמבר", "दिसंबर", "दिसम्बर", "ธันวาคม", "ডিসেম্বর", "دسمبر", "декември", "децембар", "decembar", "prosinca",
     "decembra", "decembris", "decembrī", "desemba", "كانون الأول", "gruodžio", "ธ.ค"),
)  # fmt: skip

#: The month names as one alternation, longest first ("mart" before "mar"), for lower-cased text.
#: As a regex, written as a trie (one branch per letter): dates are searched for in every line.
MONTHS = literal_trie({name for names in MONTH_NAMES for name in names})

#: What may stand between a day and its month, and a month and its year: Spanish and
#: Portuguese "23 de noviembre de 2026", Catalan "23 d'octubre".
DATE_JOINER = r"(?:(?:de|del)\s+|d['’])?"

#: Dates written in an order of their own, as regexes capturing year, month and day or
#: day, month and year: Hungarian "2026. november 23.", Lithuanian "2026 m. lapkričio 23 d.",
#: Latvian "2026. gada 23. novembris", Vietnamese "23 tháng 11 năm 2026".
YEAR_MONTH_DAY = rf"(\d{{4}})(?:\.|\s*m\.)\s+({MONTHS})\s+(\d{{1,2}})(?=\.|\s*d\.)"
YEAR_DAY_MONTH_LV = rf"(\d{{4}})\.\s*gada\s+(\d{{1,2}})\.\s*({MONTHS})"
DAY_MONTH_YEAR_VI = r"(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})"

#: Days of the week, for time stamps ("Wednesday, November 20, 2019"), in the languages of
#: the month names that have a word of their own for each day.
WEEKDAYS = (
    r"mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|gestern"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd'hui|hier"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|ayer"
    r"|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|dzisiaj|wczoraj"
    r"|segunda|terça|quarta|quinta|sexta|feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar"
    r"|senin|selasa|rabu|kamis|jumat|sabtu|minggu|thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|chủ nhật"
    r"|понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу|воскресенье"
    r"|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد"
)

#: Time zones and the small words around a time ("at 4:07 PM CST", "um 12 Uhr", "à 10h").
TIME_WORDS = (
    r"at|um|à|às|a las|o|om|alle|ore|ora|kl|klo|pukul|lúc|godz|στις|в|am|pm|gmt|utc|est|edt|cet|cest|mez|mesz|bst|ist"
    r"|jst|kst|et|pt|ct|cst|pst|pdt|wib|wita|wit|uhr|h"
)

#: Relative time stamps, "3 hours ago" in each language: a number, a unit, and a word for
#: "ago" after it ("3 uur geleden", "3 ore fa", "3時間前", "3시간 전") or before it ("vor 3
#: Stunden", "il y a 2 heures", "hace 3 horas", "há 3 horas", "před 3 hodinami", "منذ 3
#: ساعات"); Hungarian says it in the unit's ending ("3 órája").
TIME_UNITS = literal_trie({
    "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours",
    "day", "days", "week", "weeks", "month", "months",
    "sekunden", "minuten", "stunde", "stunden", "tag", "tagen", "woche", "wochen", "monat", "monaten",
    "seconde", "secondes", "heure", "heures", "jour", "jours", "semaine", "semaines", "mois",
    "segundo", "segundos", "minuto", "minutos", "hora", "horas", "día", "días", "dia", "dias", "semana", "semanas",
    "mes", "meses", "mês", "segons", "minuts", "hores", "dies", "setmanes", "mesos",
    "secondi", "minuti", "ora", "ore", "giorno", "giorni", "settimana", "settimane", "mese", "mesi",
    "secunde", "minut", "oră", "zi", "zile", "săptămână", "săptămâni", "lună", "luni",
    "seconden", "minuut", "uur", "uren", "dag", "dagen", "weken", "maand", "maanden",
    "sekunder", "minuter", "minutter", "minutt", "timme", "timmar", "time", "timer", "dagar", "dage", "dager",
    "vecka", "veckor", "uge", "uger", "uke", "uker", "månad", "månader", "måned", "måneder",
    "sekuntia", "minuuttia", "tunti", "tuntia", "päivä", "päivää", "viikkoa", "kuukautta",
    "sekund", "minuta", "minuty", "minutę", "godzina", "godzinę", "godziny", "godzin", "dni", "dzień", "tygodnie", "miesiące",
    "sekundami", "minutou", "minutami", "hodinou", "hodinami", "dnem", "dny", "týdnem", "týdny", "měsícem", "měsíci",
    "секунд", "секунду", "секунды", "минуту", "минуты", "минут", "час", "часа", "часов", "день", "дня", "дней",
    "неделю", "недели", "недель", "месяц", "месяца", "месяцев", "минути", "ден", "седмица", "седмици", "месец",
    "секунди", "хвилину", "хвилини", "хвилин", "годину", "години", "годин", "дні", "днів", "тиждень", "тижні",
    "тижнів", "місяць", "місяці", "місяців",
    "δευτερόλεπτα", "λεπτό", "λεπτά", "ώρα", "ώρες", "ημέρα", "ημέρες", "μέρες", "εβδομάδα", "εβδομάδες", "μήνα",
    "μήνες",
    "saniye", "dakika", "saat", "gün", "hafta", "ay", "detik", "menit", "jam", "hari", "minggu", "bulan",
    "giây", "phút", "giờ", "ngày", "tuần", "tháng",
    "שניות", "דקות", "דקה", "שעות", "שעה", "ימים", "יום", "שבועות", "שבוע", "חודשים", "חודש",
    "ثوان", "ثانية", "دقيقة", "دقائق", "ساعة", "ساعات", "يوم", "أيام", "أسبوع", "أسابيع", "شهر", "أشهر",
    "सेकंड", "मिनट", "घंटा", "घंटे", "दिन", "सप्ताह", "हफ्ते", "महीने", "महीना",
    "ثانیه", "دقیقه", "ساعت", "روز", "هفته", "ماه", "วินาที", "นาที", "ชั่วโมง", "วัน", "สัปดาห์", "เดือน",
    "秒", "分", "分钟", "分鐘", "時間", "小时", "小時", "日", "天", "週間", "周", "星期", "か月", "ヶ月", "个月", "個月",
    "초", "분", "시간", "일", "주", "개월",
})  # fmt: skip
_AGO_AFTER = literal_trie(
    ("ago", "temu", "geleden", "fa", "önce", "yang lalu", "lalu", "sedan", "siden", "sitten", "назад", "тому", "trước",
     "पहले", "전", "前", "پیش", "ที่แล้ว")
)  # fmt: skip
_AGO_BEFORE = literal_trie(
    ("vor", "il y a", "hace", "há", "ha", "fa", "acum", "před", "преди", "πριν από", "πριν", "לפני", "منذ")
)
#: Hungarian time units with the ending that says "ago" ("3 órája", "3 hours ago").
HU_ELAPSED = r"másodperce|perce|órája|napja|hete|hónapja"
RELATIVE_TIME = (
    rf"\b{_AGO_BEFORE}\s+\d+\s*(?:{TIME_UNITS})(?!\w)"
    rf"|\b(?:\d+\s*|(?:an?|one)\s+)(?:{TIME_UNITS})\s*(?:{_AGO_AFTER})(?!\w)"
    rf"|\b\d+\s+(?:{HU_ELAPSED})(?!\w)"
)

#: What journalists are called, for bylines ("Staff Writer") and author notes, as a trie for
#: lower-cased text.
AUTHOR_ROLES = literal_trie((
    "columnist", "correspondent", "reporter", "writer", "editor", "contributor", "staff", "journalist", "analyst",
    "anchor", "producer", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "autor", "autorin",
    "journaliste", "rédacteur", "rédactrice", "envoyé spécial", "envoyée spéciale", "envoyé spéciale",
    "envoyée spécial", "periodista", "redactor", "redactora", "corresponsal", "dziennikarz", "dziennikarka",
    "redaktor", "redaktorka", "korespondent", "korespondentka", "giornalista", "inviato", "inviata", "jornalista",
    "repórter", "verslaggever", "redacteur", "корреспондент", "кореспондент", "журналист", "обозреватель",
    "журналіст", "muhabir", "wartawan", "jurnalis", "penulis", "redaktur", "প্রতিবেদক", "সংবাদদাতা", "نامہ نگار", "خبرنگار", "újságíró", "δημοσιογράφος", "toimittaja", "记者", "記者", "기자",
))  # fmt: skip

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
PHOTO_CREDIT_WORDS = (
    r"photo|image|picture|credit|foto|bild|zdjęcie|fot|source|фото|fotó|kuva|imagen|imagem|ảnh|صورة|צילום|عکس|फोटो"
    r"|fotoğraf|φωτογραφία|写真|图片|圖片|照片|사진|billede|bilde|снимка|تصوير"
)
#: Agencies whose name after a caption credits the photo: "... (AP Photo/Jane Doe)", "Jane Doe, AP".
PHOTO_AGENCIES = r"ap|afp|reuters|getty images|epa|dpa|xinhua|kyodo|yonhap|aap|pa|ansa|efe|anadolu|tass"
#: News agencies as their stories' last line names them, lower-cased: "(AA)", "/ТАСС/", "【共同】", "Theo TTXVN".
WIRES = (
    r"reuters|ap|afp|dpa|efe|ansa|pap|apa|sda|ats|epa|upi|aap|kna|epd|sid|xinhua|kyodo|tass|aa|anadolu|dha|iha|mti|čtk|ctk|tasr|bta|hina|tanjug"
    r"|anp|belga|lusa|agerpres|ana-mpa|απε-μπε|tt|ntb|ritzau|stt|pti|ani|ians|yonhap|jiji|cna|vna|ttxvn|antara|ant|bernama|wafa|wam|spa|qna|kuna|irna|isna"
    r"|тасс|риа новости|интерфакс|interfax|укрінформ|ukrinform|уніан|unian|ирна|ایرنا|ایسنا|رويترز|فرانس برس|أ ف ب|د ب أ|واس|وام|قنا|كونا|وفا"
    r"|共同|時事|新华社|新華社|中新社|中央社|연합뉴스|뉴시스|뉴스1"
)

#: Words that label a time stamp ("Published", "Updated") before a date.
DATE_LABELS = (
    r"published|updated|posted|modified|last updated|first published|date|on|veröffentlicht|aktualisiert|stand|publié|mis à jour|le"
    r"|publicado|actualizado|opublikowano|aktualizacja|zaktualizowano|publicado em|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt"
    r"|em|el|il|op|am|pada|diperbarui|diterbitkan|cập nhật|đăng|ngày|обновлено|опубликовано|оновлено|опубліковано"
    r"|yayınlanma|yayınlandı|yayın tarihi|güncelleme|güncellendi|publicat|actualizat|julkaistu|päivitetty|publicerad|uppdaterad"
    r"|publiceret|opdateret|publisert|oppdatert|publikováno|aktualizováno|közzétéve|frissítve|δημοσίευση|ενημέρωση|פורסם|עודכן"
    r"|تاریخ انتشار|منتشر شده|نشر في|تاريخ النشر|آخر تحديث|प्रकाशित|अपडेटेड"
)
#: What a picture is when it is not of the story's moment: a file photo, an illustration, a symbolic
#: picture ("Archivfoto", "Foto de archivo", "资料图", "صورة أرشيفية", "写真はイメージ"), in lower case.
FILE_PHOTO = (
    r"file (?:photo|picture|image)|archive (?:photo|picture|image)|stock (?:photo|image)|illustrative (?:photo|image)"
    r"|archivfoto|archivbild|symbolfoto|symbolbild|(?:photo|image) d['’]archives?|photo d['’]illustration"
    r"|(?:foto|imagen) de archivo|(?:foto|immagine) d['’]archivio|foto de arquivo|imagem de arquivo|foto ilustrativa"
    r"|archieffoto|archiefbeeld|zdjęcie archiwalne|zdjęcie ilustracyjne|фото из архива|архивное фото|иллюстративное фото"
    r"|архівне фото|foto arsip|ảnh minh họa|ảnh tư liệu|arşiv fotoğrafı|temsili (?:fotoğraf|görsel)"
    r"|صورة (?:أرشيفية|تعبيرية|توضيحية)|أرشيفية|عکس (?:آرشیوی|تزئینی)|תמונת ארכיון|फ़ाइल फोटो|फाइल फोटो|प्रतीकात्मक (?:तस्वीर|फोटो)"
    r"|资料图(?:片)?|資料圖(?:片)?|示意图|示意圖|資料写真|写真はイメージ|イメージ写真|자료사진|자료 사진"
)
