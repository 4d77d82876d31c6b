"""Time stamps, bylines and page titles in some thirty languages: lines known by their shape.

A time stamp is a date or a time with only labels around it ("Atualizado em segunda-feira,
23 de novembro de 2026 às 14h07", "3時間前"), and its calendar date goes into metadata; a
byline is an opener and names ("Oleh Budi Santoso") or a name and a role ("홍길동 기자"); a
page title joins headline and site the way the country's content systems do.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import shapes
from newsclean.chrome import DEFAULT_RULES

#: A time stamp above an article, as news sites write it in each language, and the date it
#: names (None for a relative one: "3 hours ago" names no calendar day).
TIME_STAMPS = {
    "nl": [("Gepubliceerd op 23 maart 2026 om 14:07", "2026-03-23"), ("3 uur geleden", None)],
    "id": [
        ("Senin, 23 Maret 2026 14:07 WIB", "2026-03-23"),
        ("Diperbarui 3 jam yang lalu", None),
        ("Diperbarui pada Senin, 23 November 2026 pukul 14.07 WIB", "2026-11-23"),
    ],
    "sv": [("Publicerad 23 augusti 2026 kl. 14.07", "2026-08-23"), ("för 3 timmar sedan", None)],
    "da": [("Opdateret 23. marts 2026 kl. 14.07", "2026-03-23"), ("3 timer siden", None)],
    "no": [("Publisert 23. desember 2026 kl. 14:07", "2026-12-23"), ("for 3 timer siden", None)],
    "fi": [("23. marraskuuta 2026 klo 14.07", "2026-11-23"), ("3 tuntia sitten", None)],
    "cs": [("Aktualizováno 23. listopadu 2026 14:07", "2026-11-23"), ("před 3 hodinami", None)],
    "uk": [("Оновлено 23 листопада 2026, 14:07", "2026-11-23"), ("3 години тому", None)],
    "ru": [("Обновлено 23 ноября 2026, 14:07", "2026-11-23"), ("3 часа назад", None)],
    "ro": [("Actualizat 23 noiembrie 2026, 14:07", "2026-11-23"), ("acum 3 ore", None)],
    "hu": [("Frissítve: 2026. november 23. 14:07", "2026-11-23"), ("3 órája", None)],
    "el": [("Ενημερώθηκε 23 Νοεμβρίου 2026, 14:07", "2026-11-23"), ("πριν από 3 ώρες", None)],
    "es": [("Lunes, 23 de noviembre de 2026", "2026-11-23"), ("hace 3 horas", None)],
    "pt": [
        ("23 de novembro de 2026 às 14h07", "2026-11-23"),
        ("Há 3 horas", None),
        ("Atualizado em segunda-feira, 23 de novembro de 2026 às 14h07", "2026-11-23"),
    ],
    "ca": [("Actualitzat el 23 d'octubre de 2026", "2026-10-23"), ("fa 3 hores", None)],
    "it": [("Aggiornato il 23 novembre 2026 alle 14:07", "2026-11-23"), ("3 ore fa", None)],
    "tr": [
        ("Güncelleme: 23 Kasım 2026 14:07", "2026-11-23"),
        ("3 saat önce", None),
        ("23 EKİM 2026 PAZARTESİ", "2026-10-23"),
    ],
    "vi": [
        ("Cập nhật ngày 23 tháng 11 năm 2026", "2026-11-23"),
        ("3 giờ trước", None),
        ("Cập nhật lúc 14:07 thứ Hai, ngày 23/11/2026", "2026-11-23"),
    ],
    "he": [("פורסם ב-23 בנובמבר 2026", "2026-11-23"), ("לפני 3 שעות", None)],
    "ar": [("الاثنين 23 نوفمبر 2026 - 14:07", "2026-11-23"), ("منذ 3 ساعات", None)],
    "hi": [("अपडेट: 23 नवंबर 2026, 14:07 IST", "2026-11-23"), ("3 घंटे पहले", None)],
    "ja": [("2026年11月23日 14時07分", "2026-11-23"), ("3時間前", None)],
    "zh": [("2026年11月23日 14:07", "2026-11-23"), ("3小时前", None)],
    "ko": [("2026년 11월 23일 14:07", "2026-11-23"), ("3시간 전", None)],
    "bn": [("প্রকাশ: ২৩ নভেম্বর ২০২৬, ১০:৩০", "2026-11-23")],
    "bg": [("23 ноември 2026, 10:30", "2026-11-23")],
    "sr": [("23. новембар 2026.", "2026-11-23"), ("23. novembar 2026.", "2026-11-23")],
    "hr": [("23. studenoga 2026. u 10:30", "2026-11-23")],
    "ur": [("23 نومبر 2026", "2026-11-23")],
    # the Persian (Solar Hijri) calendar's dates, read as the Gregorian date they are
    "fa": [("۱۴۰۵/۰۹/۰۲ - ۱۰:۳۰", "2026-11-23"), ("یکشنبه ۲ آذر ۱۴۰۵", "2026-11-23"), ("۱ فروردین ۱۴۰۰", "2021-03-21")],
    # published and updated on one line, longer than a short line, and the reading time beside them
    "long": [
        ("Published Tue, Nov 19 2019 7:05 AM EST Updated Tue, Nov 19 2019 7:16 AM EST", "2019-11-19"),
        ("Publié le 23 novembre 2026 à 08h30, modifié à 10h12 Temps de lecture 3 min.", "2026-11-23"),
    ],
}


@pytest.mark.parametrize(
    ("line", "date"),
    [pytest.param(*stamp, id=f"{lang}-{i}") for lang, stamps in TIME_STAMPS.items() for i, stamp in enumerate(stamps)],
)
def test_time_stamps_are_chrome_and_their_dates_are_read_in_every_language(line: str, date: str | None) -> None:
    """A line that only says when: removed as a date, and its calendar date read into metadata."""
    from newsclean.metadata import parse_date

    assert DEFAULT_RULES(line) == "date"
    assert parse_date(line) == date


#: Bylines: an opener and a name ("Oleh Budi Santoso"), or a name and a role ("홍길동 기자").
#: Scripts without capitals (Arabic, Hebrew, Persian, Hindi, Chinese) name their authors too.
BYLINES = {
    "ru": "Автор: Иван Петров",
    "uk": "Автор: Іван Петренко",
    "tr": "Yazar: Ahmet Yılmaz",
    "id": "Oleh Budi Santoso",
    "vi": "Bởi Nguyễn Văn An",
    "hu": "Szerző: Kovács János",
    "el": "Γράφει ο Γιώργος Παπαδόπουλος",
    "fi": "Teksti: Matti Virtanen",
    "ar": "بقلم محمد علي",
    "ar-eg": "كتب - محمد أحمد",  # "wrote": a byline only with the colon or dash after it
    "he": "מאת דני כהן",
    "fa": "نویسنده: علی رضایی",
    "hi": "लेखक: राम शर्मा",
    "ja": "文：山田太郎",
    "zh": "记者 张伟",
    "ko": "홍길동 기자",
    "it": "Mario Rossi, giornalista",
    "pt": "Ana Souza, repórter",
    "nl": "Jan de Vries, verslaggever",
}


@pytest.mark.parametrize("lang", sorted(BYLINES))
def test_bylines_are_chrome_in_every_language(lang: str) -> None:
    assert DEFAULT_RULES(BYLINES[lang]) == "byline"


@pytest.mark.parametrize(
    "line", ["Penulis: Rina Sari | Editor: Budi Santoso", "Pewarta: Rina Sari", "Wartawan: Budi Santoso"]
)
def test_indonesian_writer_and_reporter_lines_are_bylines(line: str) -> None:
    """Indonesian sites name the writer ("Penulis") and the reporter ("Pewarta"), often beside the editor."""
    assert DEFAULT_RULES(line) == "byline"


@pytest.mark.parametrize("line", ["山田太郎記者", "共同通信 山田太郎記者", "新华社记者王小明", "本报记者 王小明 李华"])
def test_chinese_and_japanese_bylines_with_the_role_written_onto_the_name(line: str) -> None:
    assert DEFAULT_RULES(line) == "byline"


@pytest.mark.parametrize("line", ["كتب التاريخ", "كتب الوزير مقالا عن الاقتصاد"])
def test_arabic_wrote_without_its_colon_or_dash_is_no_byline(line: str) -> None:
    assert DEFAULT_RULES(line) is None


@pytest.mark.parametrize("line", ["多名记者", "王小明是一名记者", "记者们", "記者会見で首相が説明"])
def test_lines_about_reporters_are_no_bylines(line: str) -> None:
    assert DEFAULT_RULES(line) != "byline"


def test_a_japanese_dump_without_its_title_line_finds_the_headline_above_the_byline() -> None:
    """A dump that does not open with the page's <title>: the reporter's line is no headline."""
    text = "\n\n".join(
        [
            "ホーム 政治 ログイン",
            "市議会がバス路線の拡大を承認",
            "山田太郎記者\n2026年11月23日 12:30",
            "市議会は火曜日、バス路線網を三つの新しい地区に拡大する計画を承認した。市は通勤時間が大幅に短くなると見込んでいる。",
            "計画の費用は約40億円で、12の新路線とラッシュ時の増便が含まれる。",
        ]
    )
    doc = newsclean.clean(text)
    assert doc.title == "市議会がバス路線の拡大を承認"
    assert doc.text.startswith("市議会は火曜日")


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Von Anna Schmidt · 23.11.2026, 07:45 Uhr · 2 Min. Lesezeit", "Anna Schmidt"),
        ("بقلم: أحمد علي | الاثنين 23 نوفمبر 2026 - 10:30 ص", "أحمد علي"),
        ("Por María López | 23 de noviembre de 2026", "María López"),
        ("By Jane Doe @janedoe Nov 23, 2026, 11:47am EST", "Jane Doe"),
        ("By Jane Doe - 11/23/2026 06:56 AM EST", "Jane Doe"),
        ("by Jane Doe Monday, November 23, 2026", "Jane Doe"),
        # the date first, its label in the page's language, then the byline after a bar
        ("Published: Nov 23, 2026 · By Jane Doe", "Jane Doe"),
        ("Δημοσίευση: 23.11.2026 | 12:30 · Γράφει η Μαρία Παπαδοπούλου", "Μαρία Παπαδοπούλου"),
        ("Yayınlanma: 23.11.2026 12:30 | Yazar: Ahmet Yılmaz", "Ahmet Yılmaz"),
        ("Publicat: 23.11.2026, 12:30 · Autor: Ion Popescu", "Ion Popescu"),
        ("Julkaistu 23.11.2026 12:30 | Teksti: Matti Virtanen", "Matti Virtanen"),
        ("Publicerad 23 november 2026 · Av Anna Svensson", "Anna Svensson"),
        ("Gepubliceerd op 23-11-2026 · Door Jan de Vries", "Jan de Vries"),
        ("Опубликовано: 23.11.2026, 12:30 | Автор: Иван Петров", "Иван Петров"),
        # the fields side by side, each with its label, as Chinese portals print them
        ("2026-11-23 10:30 来源：新华社 作者：王明 编辑：李华", "王明"),
        ("كتب: محمد أحمد الإثنين، 23 نوفمبر 2026 10:30 ص", "محمد أحمد"),
    ],
)
def test_a_byline_that_carries_the_date_gives_both(byline: str, author: str) -> None:
    """Author and date on one line above the story: the author and the date are both read."""
    story = "\n\n".join(
        [
            "Bahn-Streik trifft Pendler im ganzen Land",
            byline,
            "Die Gewerkschaft hat für Dienstag einen ganztägigen Warnstreik im Regionalverkehr angekündigt.",
            "Die Bahn rechnet mit massiven Einschränkungen und rät Reisenden, Fahrten zu verschieben.",
        ]
    )
    doc = newsclean.clean(story)
    assert doc.metadata.get("date") == "2026-11-23"
    assert doc.metadata.get("author") == author


@pytest.mark.parametrize("label", ["Ekonomi", "Anasayfa › Ekonomi", "Home » Ekonomi"])
def test_the_section_above_the_headline_is_its_last_breadcrumb(label: str) -> None:
    """The label above the headline names the section; in a breadcrumb, the last crumb does."""
    story = "\n\n".join(
        [
            label,
            "Merkez Bankası faizi sabit tuttu",
            "Türkiye Cumhuriyet Merkez Bankası Para Politikası Kurulu, bugünkü toplantısında politika faizini sabit tuttu.",
            "Kurul açıklamasında, enflasyonun ana eğiliminde düşüş sürdüğü ancak hizmet fiyatlarındaki katılığın devam ettiği belirtildi.",
        ]
    )
    assert newsclean.clean(story).metadata.get("section") == "Ekonomi"


#: Page titles as the content systems of other countries join headline and site: the
#: full-width bar of Japanese sites, the underscore of Chinese portals, the "<" of Korean
#: ones and the "::" of others.
TITLES = {
    "市北部に新しい公園が開園｜例示新聞": "市北部に新しい公園が開園",
    "市政府宣布新建公园正式开放_新闻_示例网": "市政府宣布新建公园正式开放",
    "시, 북부 신규 공원 개장 < 사회 < 기사본문 - 예시일보": "시, 북부 신규 공원 개장",
    "Belediye yeni parkı açtı :: Örnek Haber": "Belediye yeni parkı açtı",
    "Grève : la SNCF annule ses TGV - Le Quotidien": "Grève : la SNCF annule ses TGV",
    "Macron : « Nous allons gagner » | Le Quotidien": "Macron : « Nous allons gagner »",
}


@pytest.mark.parametrize("title", sorted(TITLES))
def test_the_headline_is_read_from_page_titles_joined_the_local_way(title: str) -> None:
    html = f"<html><head><title>{title}</title></head><body><p>{'Text of the story. ' * 20}</p></body></html>"
    assert newsclean.clean(html).title == TITLES[title]


@pytest.mark.parametrize(
    "title",
    [
        "Örnek Haber: Belediye yeni parkı açtı",
        "Belediye yeni parkı açtı « Örnek Haber",
        "Belediye yeni parkı açtı (Örnek Haber)",
    ],
)
def test_a_dump_title_loses_the_site_its_copyright_line_names_wherever_the_title_puts_it(title: str) -> None:
    story = [
        title,
        "Belediye, kentin kuzeyindeki yeni parkı cumartesi günü düzenlenen bir törenle halka açtı.",
        "Parkta çocuk oyun alanları, yürüyüş yolları ve bir gölet bulunuyor; alan 40 dönümü kapsıyor.",
        "Belediye başkanı, önümüzdeki yıl iki park daha açılacağını söyledi.",
        "© 2026 Örnek Haber",
    ]
    assert newsclean.clean("\n\n".join(story)).title == "Belediye yeni parkı açtı"


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Belediye yeni parkı açtı – Yerel Haberler – Örnek Haber", "Belediye yeni parkı açtı"),
        ("Belediye yeni parkı açtı - Örnek Haber", "Belediye yeni parkı açtı"),
        # a part the menu does not name is the headline's own
        ("Park açıldı - ilk gün binlerce ziyaretçi - Örnek Haber", "Park açıldı - ilk gün binlerce ziyaretçi"),
    ],
)
def test_a_dump_title_loses_a_section_its_menu_names(title: str, headline: str) -> None:
    story = [
        title,
        "Anasayfa",
        "Yerel Haberler",
        "Spor",
        "Belediye, kentin kuzeyindeki yeni parkı cumartesi günü düzenlenen bir törenle halka açtı.",
        "Parkta çocuk oyun alanları, yürüyüş yolları ve bir gölet bulunuyor; alan 40 dönümü kapsıyor.",
        "Belediye başkanı, önümüzdeki yıl iki park daha açılacağını söyledi.",
        "© 2026 Örnek Haber",
    ]
    assert newsclean.clean("\n\n".join(story)).title == headline


def test_a_chinese_title_that_brackets_its_headline_before_the_site_gives_the_headline() -> None:
    story = [
        "【市政府宣布新建公园正式开放】示例网",
        "市政府23日宣布，位于城北的新建公园正式向市民开放。公园占地约二十公顷，设有儿童游乐区和步道。",
        "市长在开园仪式上表示，明年还将新建两座公园，进一步增加城市绿地面积。",
        "附近居民对此表示欢迎，认为公园让周末休闲有了更多选择。",
        "版权所有 © 2026 示例网",
    ]
    assert newsclean.clean("\n\n".join(story)).title == "市政府宣布新建公园正式开放"


@pytest.mark.parametrize("stamp", ["2026-11-23 10:30", "23.11.2026", "23/11/2026 10:30", "2026/11/23"])
def test_a_date_written_in_digits_alone_is_a_date_and_is_read(stamp: str) -> None:
    """No month name, no label: still the page's date, not a line of symbols."""
    story = [
        "Bahn-Streik trifft Pendler im ganzen Land",
        stamp,
        "Die Gewerkschaft hat für Dienstag einen ganztägigen Warnstreik im Regionalverkehr angekündigt.",
        "Die Bahn rechnet mit massiven Einschränkungen und rät Reisenden, Fahrten zu verschieben.",
    ]
    doc = newsclean.clean("\n\n".join(story))
    assert [r.reason for r in doc.removals if r.text == stamp] == ["date"]
    assert doc.metadata.get("date") == "2026-11-23"


SLASHED_STORIES = {
    "pt": (
        "O governo anunciou nesta quarta-feira um novo pacote de medidas para conter a alta dos preços dos alimentos.",
        "Segundo o ministro, as medidas devem entrar em vigor já no próximo mês e custar cerca de 2 bilhões de reais.",
    ),
    "en": (
        "The government announced a new package of measures on Wednesday to curb the rise in food prices.",
        "According to the minister, the measures should take effect next month and cost about 2 billion dollars.",
    ),
}


@pytest.mark.parametrize(
    ("language", "declared", "date"),
    [
        ("pt", None, "2024-04-10"),  # Portuguese writes the day first
        ("en", None, None),  # English writes it both ways: the numbers alone cannot tell
        ("en", "en-US", "2024-10-04"),  # American English writes the month first
        ("en", "en-GB", "2024-04-10"),
    ],
)
def test_a_date_whose_day_and_month_could_be_swapped_is_read_in_the_order_of_the_page_language(
    language: str, declared: str | None, date: str | None
) -> None:
    """ "10/04/2024" is April 10 on a Brazilian page, October 4 on an American one: the page's
    declared language, or the language of its text, says which; an English page that declares
    nothing gives no date rather than a wrong one."""
    story = ["Headline of the story", "10/04/2024 09h03", *SLASHED_STORIES[language]]
    doc = newsclean.Document(text="\n\n".join(story), metadata={"language": declared} if declared else {})
    assert newsclean.presets.default()(doc).metadata.get("date") == date


@pytest.mark.parametrize("line", ["3.409", "1,200", "2:1", "45-40", "2019"])
def test_numbers_that_are_no_dates_are_symbols(line: str) -> None:
    assert DEFAULT_RULES(line) == "symbols"


@pytest.mark.parametrize(
    ("byline", "author"), [("홍길동 기자", "홍길동"), ("山田太郎記者", "山田太郎"), ("王明 记者", "王明")]
)
def test_a_name_with_its_role_after_it_gives_the_author_without_the_role(byline: str, author: str) -> None:
    story = [
        "한은, 기준금리 연 3.0% 동결",
        byline,
        "한국은행이 23일 기준금리를 연 3.0%로 동결했다. 물가 상승세가 둔화하고 있지만 가계부채 증가세가 여전히 높다.",
        "금융통화위원회는 이날 통화정책방향 회의를 열고 만장일치로 금리 동결을 결정했다. 시장에서도 대부분 동결을 예상했다.",
    ]
    assert newsclean.clean("\n\n".join(story)).metadata.get("author") == author


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["23", "2026", "11", "5", ".", ":", "h", "-", "/", " ", "年", "月", "日", "時", "시", "分",
                         "november", "nov", "de", "tháng", "năm", "آذر", "۱۴۰۵", "ago", "vor"]),
        max_size=12,
    ).map("".join)
)  # fmt: skip
def test_the_quick_tests_before_date_and_time_searches_never_change_what_they_find(text: str) -> None:
    """Dates are searched for only in lines with two numbers, times of day only beside a
    digit and ":", "." or "h" (or 時): what the searches take out is the same as without."""
    assert shapes._take_dates(text) == shapes.DATE.subn(" ", text)
    assert shapes._take_times(text) == shapes.TIME.subn(" ", text)
