"""News pages in German, French, Spanish, Polish, Italian, Russian, Japanese, Arabic, Hindi and
Thai, built like real templates.

Each page in ``tests/data/pages`` has its local chrome (cookie banner, login, share bar,
"Zobacz także", "Meistgelesen", comment counters, copyright) in markup whose class names
are in the page's language or say nothing, and an ``.expected.json`` that says what must stay and what
must go, as the seeds do. Hindi ends its sentences with a danda (।) and Thai with no mark at
all: a rule that only knew "." found no prose on those pages and kept nothing. The rules that pass here are the general ones: no test page
names a site.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean
from newsclean.chrome import DEFAULT_RULES

PAGES = Path(__file__).parent / "data" / "pages"
EXPECTED = sorted(PAGES.glob("*.expected.json"))


def _load(path: Path) -> tuple[dict[str, str | list[str] | None], newsclean.Document]:
    expected = json.loads(path.read_text(encoding="utf-8"))
    return expected, newsclean.clean((PAGES / expected["source"]).read_bytes())


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_the_article_is_kept_whole_and_in_order(path: Path) -> None:
    expected, doc = _load(path)
    positions = [doc.text.find(paragraph) for paragraph in expected["body"]]
    assert -1 not in positions, [p for p, at in zip(expected["body"], positions, strict=True) if at < 0]
    assert positions == sorted(positions)


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_local_chrome_is_gone(path: Path) -> None:
    expected, doc = _load(path)
    assert [chrome for chrome in expected["chrome"] if chrome in doc.text] == []


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_title_date_author_and_language_are_read(path: Path) -> None:
    expected, doc = _load(path)
    assert doc.title == expected["title"]
    assert doc.metadata.get("date") == expected["date"]
    assert doc.metadata.get("author") == expected["author"]
    assert doc.metadata.get("language") == expected["language"]


def test_there_is_a_page_for_each_language_the_issue_names() -> None:
    assert {p.name.split(".")[0] for p in EXPECTED} >= {"de", "fr", "es", "pl", "ru", "ja"}


def _dump(html: str) -> str:
    """The page as a whole-page text dump (like ``aeb/text``): the ``<title>`` first, then
    every text node of the body on its own line, chrome and all."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    title = tree.css_first("title")
    lines = [title.text()] if title else []
    for node in tree.css("head, script, style"):
        node.decompose()
    lines += tree.body.text(separator="\n").splitlines() if tree.body else []
    return "\n".join(line.strip() for line in lines if line.strip())


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_the_same_page_as_a_text_dump_cleans_the_same_way(path: Path) -> None:
    """Text already extracted, chrome and all, loses the same chrome and keeps the same article."""
    expected = json.loads(path.read_text(encoding="utf-8"))
    doc = newsclean.clean(_dump((PAGES / expected["source"]).read_text(encoding="utf-8")))
    assert [p for p in expected["body"] if p not in doc.text] == []
    assert [chrome for chrome in expected["chrome"] if chrome in doc.text] == []
    assert doc.title == expected["title"]
    assert doc.metadata.get("date") == expected["date"]


DUMPS = Path(__file__).parent / "data" / "dumps"


@pytest.mark.parametrize("path", sorted(DUMPS.glob("*.expected.json")), ids=lambda p: p.name.split(".")[0])
def test_page_dumps_in_other_languages_clean_like_the_seed(path: Path) -> None:
    """Whole-page dumps built like seed 004, in Spanish, German, Indonesian and Chinese (one with a
    comment thread longer than the story, one with teasers above its headline): every chrome line goes."""
    expected = json.loads(path.read_text(encoding="utf-8"))
    doc = newsclean.clean((DUMPS / expected["source"]).read_text(encoding="utf-8"))
    lines = {line.strip() for line in doc.text.splitlines()}
    assert [p for p in expected["body"] if p not in lines] == []
    assert [chrome for chrome in expected["chrome"] if chrome in lines] == []
    assert doc.title == expected["title"]
    assert doc.metadata.get("date") == expected["date"]


SCRIPTS = json.loads((Path(__file__).parent / "data" / "scripts.json").read_text(encoding="utf-8"))
SCRIPT_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Example</title></head>
<body><div class="top"><a>A</a> <a>B</a> <a>C</a></div>
<div class="article"><h1>{title}</h1><div class="meta">23.11.2026</div>{paragraphs}
<div><a>Facebook</a> <a>X</a></div></div><div><p>© 2026 Example</p></div></body></html>"""


@pytest.mark.parametrize("lang", sorted(SCRIPTS))
def test_articles_in_other_scripts_are_found_as_pages_and_as_dumps(lang: str) -> None:
    """Korean, Chinese, Greek, Hebrew, Persian, Tamil, Bengali, Ukrainian, Vietnamese, Burmese:
    whatever a script ends its sentences with (or whether it spaces its words), the article
    and its headline come out, from the page and from its text dump."""
    title, body = SCRIPTS[lang]["title"], SCRIPTS[lang]["body"]
    html = SCRIPT_PAGE.format(lang=lang, title=title, paragraphs="".join(f"<p>{p}</p>" for p in body))
    for doc in (newsclean.clean(html.encode("utf-8")), newsclean.clean(_dump(html))):
        assert [p for p in body if p not in doc.text] == []
        assert doc.title == title


def test_thai_running_text_is_prose_and_a_thai_menu_is_not() -> None:
    """Thai marks no sentence ends, so a long line of long clauses counts as prose; a menu's
    short items, however many, do not."""
    from newsclean.scoring import prose_score

    menu = "หน้าแรก การเมือง เศรษฐกิจ กีฬา บันเทิง ต่างประเทศ ไลฟ์สไตล์ เทคโนโลยี การศึกษา สุขภาพ ท่องเที่ยว"
    paragraph = json.loads((PAGES / "th.expected.json").read_text(encoding="utf-8"))["body"][0]
    assert prose_score(menu) < 0 < prose_score(paragraph)


#: "You must be logged in to post a comment", as comment forms say it in other languages.
LOGIN_TO_COMMENT = {
    "de": "Du musst angemeldet sein, um einen Kommentar abzugeben.",
    "fr": "Vous devez être connecté pour publier un commentaire.",
    "es": "Debes iniciar sesión para publicar un comentario.",
    "pt": "Você precisa fazer login para comentar.",
    "it": "Devi essere connesso per inviare un commento.",
    "nl": "Je moet ingelogd zijn om een reactie te plaatsen.",
    "pl": "Musisz się zalogować, aby móc dodać komentarz.",
    "ru": "Для отправки комментария вам необходимо авторизоваться.",
    "uk": "Ви повинні увійти, щоб опублікувати коментар.",
    "tr": "Yorum yapabilmek için giriş yapmalısınız.",
    "id": "Anda harus masuk untuk mengirim komentar.",
    "vi": "Bạn phải đăng nhập để gửi bình luận.",
    "sv": "Du måste vara inloggad för att kunna publicera en kommentar.",
    "da": "Du skal være logget ind for at skrive en kommentar.",
    "no": "Du må være innlogget for å kommentere.",
    "cs": "Pro přidání komentáře se musíte přihlásit.",
    "ro": "Trebuie să fii autentificat pentru a publica un comentariu.",
    "hu": "Hozzászólás küldéséhez be kell jelentkezni.",
    "el": "Πρέπει να συνδεθείτε για να δημοσιεύσετε ένα σχόλιο.",
    "he": "עליך להתחבר כדי לפרסם תגובה.",
    "fa": "برای ارسال دیدگاه باید وارد شوید.",
    "ar": "يجب عليك تسجيل الدخول لكتابة تعليق.",
    "hi": "टिप्पणी करने के लिए लॉग इन करें",
    "ja": "コメントを投稿するにはログインしてください。",
    "zh": "您必须登录才能发表评论。",
    "ko": "댓글을 작성하려면 로그인해야 합니다.",
}


@pytest.mark.parametrize("lang", sorted(LOGIN_TO_COMMENT))
def test_login_to_comment_prompts_are_chrome_in_every_language(lang: str) -> None:
    """The prompt under a comment form is a login prompt, in any of the languages covered."""
    assert DEFAULT_RULES(LOGIN_TO_COMMENT[lang]) == "login_prompt"


@pytest.mark.parametrize(
    "sentence",
    [
        # they begin like a login prompt
        "Sie müssen angemeldet sein, sagte der Minister am Montag.",
        "Вы должны войти в историю, сказал он журналистам.",
        "Devi essere onesto per vincere le elezioni, ha detto.",
        # they hold a date or "3 hours ago"
        "El 23 de noviembre de 2026 el tribunal dictó sentencia contra la empresa.",
        "Op 23 maart 2026 stemde de Tweede Kamer in met het voorstel.",
        "Pada 23 Maret 2026 pemerintah mengumumkan kebijakan baru.",
        "3 uur geleden begon de brand in het centrum van de stad.",
        # they open like a byline
        "Oleh karena itu, pemerintah menunda rencana tersebut.",
        "Bởi vì trời mưa, trận đấu bị hoãn lại.",
        "Автор законопроекта заявил, что документ доработают.",
        "Yazar olmak için çok okumak gerekir.",
        # they open like a credit
        "Источник: по словам собеседника, сделка почти готова.",
        "Source: a senior official said the talks would resume.",
        "Foto dan video dari lokasi kejadian beredar luas di media sosial.",
    ],
)
def test_sentences_that_begin_like_chrome_stay(sentence: str) -> None:
    """A rule needs the whole shape of its chrome: a sentence that only begins like it is prose."""
    assert DEFAULT_RULES(sentence) is None


#: What site themes print around an article in other languages: "Leave a reply", "Related posts",
#: "Previous post", "Tags:", "This site uses cookies", "Subscribe to our newsletter", by kind.
THEME_CHROME = {
    "comment_counter": [
        "Lascia un commento",
        "Deixe um comentário",
        "Deja un comentario",
        "Laisser un commentaire",
        "Schreibe einen Kommentar",
        "Dodaj komentarz",
        "Laat een reactie achter",
        "Оставить комментарий",
        "Bir yanıt yazın",
        "Tinggalkan Balasan",
        "Để lại một bình luận",
        "Lämna ett svar",
        "Napsat komentář",
        "Lasă un răspuns",
        "3 commenti",
        "5 comentários",
        "2 comentarios",
        "4 commentaires",
        "7 Kommentare",
        "3 komentarze",
        "5 комментариев",
        "12 yorum",
    ],
    "related_list": [
        "Articoli correlati",
        "Posts relacionados",
        "Artículos relacionados",
        "Articles similaires",
        "Ähnliche Beiträge",
        "Podobne wpisy",
        "Gerelateerde berichten",
        "Похожие записи",
        "Benzer yazılar",
        "Artikel terkait",
        "Bài viết liên quan",
        "Relaterade artiklar",
        "Související články",
        "Leggi anche",
        "Lire aussi",
        "Baca juga",
        "I più letti",
        "Mais lidas",
        "Lo más leído",
        "Les plus lus",
        "Meistgelesen",
        "Najczęściej czytane",
        "Самое читаемое",
        "En çok okunanlar",
        "Terpopuler",
        "Đọc nhiều nhất",
    ],
    "share": [
        "Condividi",
        "Compartilhe",
        "Compartir",
        "Partager",
        "Teilen",
        "Udostępnij",
        "Delen",
        "Поделиться",
        "Paylaş",
        "Bagikan",
        "Chia sẻ",
        "Dela",
        "Sdílet",
    ],
    "read_more": [
        "Leia mais",
        "Leer más",
        "Weiterlesen",
        "Czytaj więcej",
        "Lees meer",
        "Читать далее",
        "Devamını oku",
        "Xem thêm",
        "Läs mer",
    ],
    "navigation": [
        "Tag:",
        "Schlagwörter:",
        "Étiquettes :",
        "Etiquetas:",
        "Tagi:",
        "Метки:",
        "Etiketler:",
        "Articolo precedente",
        "Post anterior",
        "Artículo anterior",
        "Article précédent",
        "Vorheriger Beitrag",
        "Poprzedni wpis",
        "Предыдущая запись",
        "Önceki yazı",
        "Bài trước",
    ],
    "copyright": [
        "Tutti i diritti riservati",
        "Todos os direitos reservados",
        "Wszelkie prawa zastrzeżone",
        "Alle Rechte vorbehalten",
        "Все права защищены",
        "Tüm hakları saklıdır",
        "Hak cipta dilindungi undang-undang",
        "Bản quyền thuộc về",
    ],
    "cookie_notice": [
        "Questo sito utilizza i cookie",
        "Este site utiliza cookies",
        "Este sitio web utiliza cookies",
        "Ce site utilise des cookies",
        "Diese Website verwendet Cookies",
        "Ta strona używa plików cookie",
        "Deze website maakt gebruik van cookies",
        "Этот сайт использует файлы cookie",
        "Bu web sitesi çerez kullanmaktadır",
        "Situs ini menggunakan cookie",
    ],
    "newsletter": [
        "Iscriviti alla newsletter",
        "Assine nossa newsletter",
        "Suscríbete a nuestro boletín",
        "Abonnez-vous à notre newsletter",
        "Abonnieren Sie unseren Newsletter",
        "Zapisz się do newslettera",
        "Подпишитесь на нашу рассылку",
        "Bültenimize abone olun",
        "Berlangganan newsletter",
        "Đăng ký nhận bản tin",
    ],
}


@pytest.mark.parametrize(
    ("line", "reason"), [(line, reason) for reason, lines in THEME_CHROME.items() for line in lines]
)
def test_theme_chrome_in_other_languages_is_named_by_its_kind(line: str, reason: str) -> None:
    assert DEFAULT_RULES(line) == reason


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


#: Chrome in the languages the vocabulary covered less: photo credits as captions print
#: them; "Source: ..." under a chart or a story (not a photo credit: the line above it is no
#: caption); headings over a list of other stories (Turkish among them, whose capital "İ"
#: lower-cases to two characters); ad labels, paywall notices, cookie notices, "read more"
#: and login links, copyright lines, comment counters, the headers of readers' comments,
#: reading times and share bars.
MORE_CHROME = {
    "caption": [
        "Фото: РИА Новости",
        "Fotó: MTI",
        "Kuva: Lehtikuva",
        "Imagen: EFE",
        "Ảnh: TTXVN",
        "صورة: رويترز",
        "צילום: רויטרס",
        "عکس: ایرنا",
        "फोटो: पीटीआई",
        "Fotoğraf: AA",
        "Φωτογραφία: Eurokinissi",
        "Sursa foto: Inquam Photos",
        "Foto ilustrasi: Antara",
        "写真：共同通信",
        "图片来源：新华社",
        "사진=연합뉴스",
        "사진 제공: 연합뉴스",
    ],
    "source": [
        "Источник: ТАСС",
        "Kaynak: AA",
        "Sumber: Antara",
        "来源：新华社",
        "출처: 연합뉴스",
        "المصدر: رويترز",
        "Fonte: ANSA",
        "Source: Eurostat",
    ],
    "related_list": [
        "İlgili Haberler",
        "İLGİLİ HABERLER",
        "Daha fazla haber",
        "Pročitajte još",
        "Najčitanije",
        "Přečtěte si také",
        "Lue myös",
        "Luetuimmat",
        "קראו גם",
        "הכי נקראים",
        "بیشتر بخوانید",
        "यह भी पढ़ें",
        "संबंधित खबरें",
        "सबसे ज्यादा पढ़ी गई",
        "Più letti",
        "最新ニュース",
        "인기 기사",
    ],
    "advertisement": ["Reklam", "Реклама", "광고", "広告", "广告", "إعلان", "Mainos", "Reclamă"],
    "paywall": [
        "Questo articolo è riservato agli abbonati",
        "Este conteúdo é exclusivo para assinantes",
        "Dit artikel is alleen voor abonnees",
        "Этот материал доступен только подписчикам",
        "この記事は会員限定です",
        "本文为付费内容",
        "Bu içerik abonelere özeldir",
        "Artikel ini khusus untuk pelanggan",
        "Denna artikel är endast för prenumeranter",
        "Tämä artikkeli on vain tilaajille",
    ],
    "cookie_notice": [
        "Bu sitede çerezler kullanılmaktadır",
        "Käytämme evästeitä",
        "Používáme soubory cookie",
        "Folosim cookie-uri",
        "Χρησιμοποιούμε cookies",
        "이 웹사이트는 쿠키를 사용합니다",
    ],
    "login_prompt": ["Kirjaudu sisään", "लॉग इन करें"],
    "copyright": [
        "版权所有 © 2026 示例新闻",
        "Hak Cipta © 2026 Contoh. Hak cipta dilindungi undang-undang.",
        "Kaikki oikeudet pidätetään",
        "Με την επιφύλαξη παντός δικαιώματος",
    ],
    "comment_counter": [
        *("コメント 12件", "12 kommenttia", "Kommentit", "Kommentoi"),
        # the heading over the readers' comments
        *(
            "Reader comments",
            "Latest Comments",
            "Leserkommentare",
            "Commentaires des lecteurs",
            "Комментарии читателей",
        ),
        *(
            "Comentarios de los lectores",
            "Okur yorumları",
            "Bình luận của bạn đọc",
            "网友评论",
            "読者のコメント",
            "독자 의견",
        ),
        *("تعليقات القراء", "תגובות הגולשים", "نظرات کاربران", "पाठकों की टिप्पणियाँ"),
        # the reply button under each comment
        *("Responder", "Répondre", "Odpowiedz", "Rispondi", "Ответить", "Yanıtla", "Balas", "Trả lời", "Svara"),
        *("Vastaa", "Odpovědět", "Răspunde", "Válasz", "Απάντηση", "השב", "پاسخ", "رد", "返信", "回复", "답글"),
    ],
    "comment_thread": ["Mehmet dedi ki:", "Иван пишет:", "Marco ha detto:", "Anna skriver:", "Jan napsal:"],
    "share": [
        "Поделиться в Telegram",
        "Paylaş: Facebook",
        "Bagikan ke WhatsApp",
        "Chia sẻ Facebook",
        "分享到微信",
        "مشاركة عبر واتساب",
        "שתפו בפייסבוק",
        "Dela på Facebook",
        "Jaa Facebookissa",
        "Sdílet na Facebooku",
        "Distribuie pe Facebook",
        "Megosztás a Facebookon",
        "Κοινοποίηση στο Facebook",
        "Udostępnij na Facebooku",
        "Поділитися у Facebook",
        "Jaa",
        "साझा करें",
    ],
    "navigation": [
        *("Page 1 of 3", "Página 1 de 3", "Seite 1 von 2", "Strona 1 z 3", "Страница 1 из 3", "Pagina 1 di 3"),
        *("Sayfa 1 / 3", "Halaman 1 dari 3", "1 2 3 Next", "« Previous 1 2 3 Next »", "Nächste Seite"),
        *("Page suivante", "Página siguiente", "Następna strona", "Следующая страница", "Volgende pagina"),
        *("Sonraki sayfa", "Trang sau", "次のページ", "下一页", "다음 페이지"),
    ],
    "read_more": [
        *("Xem tiếp", "Lue lisää", "Čtěte dál", "Διαβάστε περισσότερα"),
        *("Mehr laden", "Cargar más", "Załaduj więcej", "Показать еще", "Carica altro", "Meer laden", "加载更多"),
    ],
    "credit": ["（山田太郎）", "（共同）", "（完）", "（记者 张伟）"],
    "reading_time": [
        "5 min de lecture",
        "Tempo di lettura: 3 minuti",
        "Leestijd: 3 minuten",
        "Время чтения: 3 минуты",
        "Okuma süresi: 3 dakika",
        "読了時間：3分",
        "阅读时间：3分钟",
        "3분 읽기",
        "Lukuaika 3 min",
        "3 min de leitura",
        "3 minutos de lectura",
        "3 minuty čtení",
        "Lästid: 3 minuter",
        "Waktu baca 3 menit",
        "Thời gian đọc: 3 phút",
        "4 دقائق للقراءة",
        "זמן קריאה: 3 דקות",
    ],
}


@pytest.mark.parametrize(
    ("line", "reason"), [(line, reason) for reason, lines in MORE_CHROME.items() for line in lines]
)
def test_chrome_in_more_languages_is_named_by_its_kind(line: str, reason: str) -> None:
    assert DEFAULT_RULES(line) == reason


def test_the_paragraph_above_a_source_line_is_no_caption() -> None:
    text = (
        "Officials said the storm had passed.\n\n"
        "More than 2,500 homes lost power overnight, according to the utility.\n\n"
        "Source: News agencies\n\n"
        "Repairs are expected to take a week, the company said on Monday."
    )
    doc = newsclean.clean(text)
    assert "More than 2,500 homes lost power overnight" in doc.text
    assert "Source: News agencies" not in doc.text


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
