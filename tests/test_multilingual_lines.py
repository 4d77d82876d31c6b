"""Chrome lines in some thirty languages, as tables by kind: what each line rule must know.

Each table lists lines a reader of that language's news sites sees around every article:
"You must be logged in to post a comment", theme chrome, photo credits and source lines,
related and comment headings, ads, paywall and cookie notices, share bars, reading times,
pagination, bracketed credits. Beside them stand sentences that only begin like chrome and
must stay. Time stamps, bylines and page titles are in ``test_multilingual_shapes.py``,
whole pages in these languages in ``test_multilingual.py``.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.chrome import DEFAULT_RULES

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
        # they open like a recommendation, a read-more link or a follow button
        "Polecamy ten produkt każdemu, kto jeździ rowerem.",
        "Recomendados por la OMS, los cambios entran en vigor el lunes.",
        "Lee más de lo que crees, dijo la ministra.",
        "Takip etmek istediğimiz yol belli.",
        "Discussion (12) of the bill continued on Monday.",
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
        *(
            "Compartir artículo",
            "Поделиться новостью",
            "Haberi paylaş",
            "Bagikan berita ini",
            "Chia sẻ bài viết",
            "شارك الخبر",
        ),
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
        # the link back to the home page, and the site's feedback link
        *(
            "Retour à l'accueil",
            "Volver a la portada",
            "Torna alla home",
            "Powrót do strony głównej",
            "Вернуться на главную",
        ),
        *(
            "Ana sayfaya dön",
            "Kembali ke beranda",
            "Về trang chủ",
            "Terug naar home",
            "返回首页",
            "トップページへ",
            "홈으로",
        ),
        *("العودة إلى الرئيسية", "Feedback"),
        "Tag:",
        "Schlagwörter:",
        "Étiquettes :",
        "Etiquetas:",
        "Tagi:",
        "Метки:",
        "Etiketler:",
        # where the story is filed, with the topics after the label
        *(
            "Archivado en: Pensiones Gobierno",
            "Archivé dans : Politique",
            "Abgelegt unter: Politik",
            "Arquivado em: Política",
        ),
        *("Posted in: News", "Sujets : retraites"),
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
        # the pitch, with words between the verb and the reader's inbox
        "Receba as principais notícias do dia no seu e-mail",
        "Cadastre-se gratuitamente na nossa newsletter.",
        "Ontvang elke ochtend het belangrijkste nieuws in je mailbox.",
        "Recibe cada mañana las noticias más leídas en tu correo",
        "Erhalten Sie die wichtigsten Nachrichten des Tages per E-Mail",
    ],
}


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
        # "Recommended", "You may also be interested in"
        "Polecamy",
        "Recomendados",
        "Consigliati per te",
        "Aanbevolen",
        "Rekomendasi",
        "Önerilen Haberler",
        "Bunlar da ilginizi çekebilir",
        "あわせて読みたい",
        "추천 기사",
        "Pročitajte još",
        "Najčitanije",
        "Luetuimmat",
        "הכי נקראים",
        "بیشتر بخوانید",
        "संबंधित खबरें",
        "सबसे ज्यादा पढ़ी गई",
        "Più letti",
        "最新ニュース",
        "인기 기사",
    ],
    "advertisement": [
        *("Reklam", "Реклама", "광고", "広告", "广告", "إعلان", "Mainos", "Reclamă", "Oglas"),
        # sponsored labels and survey prompts ("Take our survey")
        *("Gesponsert", "Sponsorisé", "Sponsorowane", "Спонсорский контент", "Contenido patrocinado"),
        *("Nehmen Sie an unserer Umfrage teil", "Participe da nossa pesquisa", "Répondez à notre sondage"),
        *("Participa en nuestra encuesta", "Partecipa al nostro sondaggio", "Weź udział w ankiecie"),
        *("Neem deel aan onze enquête", "Пройдите наш опрос", "Anketimize katılın", "Ikuti survei kami"),
        # the slot's own note on where the story goes on
        *("SCROLL TO CONTINUE WITH CONTENT", "Scroll down to continue reading"),
        "Partner-Angebote",
    ],
    "paywall": [
        "Jetzt kostenlos testen",
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
    "login_prompt": [
        *("Kirjaudu sisään", "लॉग इन करें"),
        # "Log in to comment", short
        *("Log in om te reageren", "Faça login para comentar.", "Accedi per commentare", "Logga in för att kommentera"),
        *("Log ind for at kommentere", "Logg inn for å kommentere", "Kirjaudu sisään kommentoidaksesi"),
        *(
            "Přihlaste se pro komentování",
            "Melden Sie sich an, um zu kommentieren",
            "Войдите, чтобы оставить комментарий",
        ),
    ],
    "copyright": [
        "版权所有 © 2026 示例新闻",
        "Hak Cipta © 2026 Contoh. Hak cipta dilindungi undang-undang.",
        "Kaikki oikeudet pidätetään",
        "Με την επιφύλαξη παντός δικαιώματος",
    ],
    "comment_counter": [
        *("コメント 12件", "12 kommenttia", "Kommentit", "Kommentoi", "Kirjoita kommentti", "Jetzt kommentieren"),
        "Kommentare öffnen",
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
    # "Read also:" alone between two paragraphs, over the one headline it labels
    "read_also": [
        *("Leggi anche", "Lire aussi", "Baca juga", "Baca Juga:", "Read also:", "Leia também:", "Lesen Sie auch:"),
        *("Přečtěte si také", "Lue myös", "קראו גם", "यह भी पढ़ें", "Читайте также:", "Διαβάστε επίσης:", "Kapcsolódó:"),
        *("Прочетете още:", "Pročitajte i:", "İLGİLİ HABER"),
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
        # networks a share bar names in East and South-East Asia, and Odnoklassniki
        *("QQ空间", "微信 微博 QQ空间", "Zalo", "LINE", "KakaoTalk", "Odnoklassniki"),
        # "Copy link"
        *("Sao chép liên kết", "Salin tautan", "Linki kopyala", "Копировать ссылку", "リンクをコピー", "复制链接"),
        *("링크 복사", "Copiar link", "Kopieer link", "Kopioi linkki", "Kopírovat odkaz", "نسخ الرابط"),
        # a bar as a dump joins its links: the verb, the networks, "Copy link"
        *("Chia sẻ Facebook Zalo Sao chép liên kết", "Compartilhe: Facebook WhatsApp X Copiar link"),
        *("Teilen Facebook WhatsApp Link kopieren", "Bagikan Facebook Twitter WhatsApp Salin tautan"),
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

#: Buttons and links of the page in their shortest wording: "Read more", "Partner news", a
#: counted discussion, "Follow", "Subscribe", "Listen to the story", "Sign up"; view counters,
#: file-photo labels and the writer's initials that close a story.
BUTTONS = {
    "read_more": [
        "Lee más",
        "Continuar leyendo",
        "Sigue leyendo",
        "Đọc thêm",
        "Đọc tiếp",
        "Veja mais",
        "Mostra altri",
        "Vedi tutti",
        "Alle anzeigen",
        "Tümünü gör",
    ],
    "reading_time": [
        "Lecture 3 min.",
        "Leitura: 4 min",
        "Lettura 5 minuti",
        "Lesedauer: 5 Minuten",
        "مدة القراءة: 3 دقائق",
    ],
    "advertisement": ["Partner news", "News from our partners", "Partnerinhalte", "Новини партнерів"],
    "comment_counter": [
        "Discussion (12)",
        "Diskuze (12)",
        "Diskussion (3)",
        "Dyskusja (7)",
        "Ý kiến (0)",
        "Gửi bình luận",
    ],
    "share": ["Takip et", "Obserwuj nas", "Theo dõi"],
    "related_list": ["ข่าวที่เกี่ยวข้อง", "ข่าวยอดนิยม", "บทความแนะนำ"],
    "newsletter": ["订阅", "訂閱", "購読する", "メールマガジン登録"],
    "login_prompt": ["साइन अप करें"],
    # keywords and topics as the label over a story's tags
    "navigation": [
        "Keywords: economy, banks",
        "Palabras clave: economía",
        "Słowa kluczowe: gospodarka",
        "Ключевые слова: экономика",
        "Temes: economia",
        "Kata kunci: ekonomi",
        "Từ khóa: kinh tế",
        "关键词：经济",
        "키워드: 경제",
        "แท็ก",
    ],
    # who wrote and edited the story, closing it: Indonesian initials, a Japanese desk and name
    "credit": ["(ant/bbs)", "(mdk/idr)", "（経済部 山田太郎）"],
    "call_to_action": [
        *("Audio anhören", "Ouça este conteúdo"),
        "Escucha la noticia",
        "Haberi dinle",
        "微信扫一扫",
        "字号：大 中 小",
        "文字サイズ 標準 拡大",
        # keep the story for later
        "Add to reading list",
        "Read later",
        "Ajouter à vos sélections",
        "Enregistrer l'article",
        "Später lesen",
        "Guardar artículo",
        "Salvar matéria",
        "Leggi più tardi",
        "Przeczytaj później",
        "Сохранить",
        "あとで読む",
        # a link's label alone on its line
        "Clique aqui e siga o nosso canal",
        "Cliquez ici pour vous abonner",
        "Hier klicken",
    ],
    "view_counter": [
        "1,245 views",
        "12K Views",
        "Views: 1,245",
        "1 245 просмотров",
        "1.245 Aufrufe",
        "Visto 1.245 veces",
        "Lu 245 fois",
        "1.245 visualizzazioni",
        "1 245 wyświetleń",
        "Görüntülenme: 1.245",
        "Dibaca 1.245 kali",
        "1.245 lượt xem",
        "阅读量：12345",
        "1234次阅读",
        "조회수 1,245",
        "閲覧数 1245",
        "1245 مشاهدة",
    ],
    # a footer's legal links
    "cookie_notice": [
        "Política de privacidade",
        "Informativa sulla privacy",
        "Gizlilik Politikası",
        "Политика конфиденциальности",
        "Kebijakan Privasi",
        "Chính sách bảo mật",
        "Privacybeleid",
        "Πολιτική απορρήτου",
        "מדיניות פרטיות",
        "سياسة الخصوصية",
        "गोपनीयता नीति",
        "นโยบายความเป็นส่วนตัว",
        "プライバシーポリシー",
        "隐私政策",
        "개인정보처리방침",
        "이용약관",
    ],
    "source": ["ที่มา: รอยเตอร์"],
    # the frame of an embedded post or video, in the reader's language
    "embed": [
        "View this post on Instagram",
        "A post shared by Jane Doe (@janedoe) on Nov 19, 2019 at 8:02am PST",
        "Voir cette publication sur Instagram",
        "Diesen Beitrag auf Instagram ansehen",
        "Ein Beitrag geteilt von Jane Doe (@janedoe)",
        "Ver esta publicación en Instagram",
        "Visualizza questo post su Instagram",
        "Zobacz ten post na Instagramie",
        "Посмотреть эту публикацию в Instagram",
        "Watch on YouTube",
        "Auf YouTube ansehen",
        "See the full tweet on Twitter",
        "Twitter で見る",
    ],
    # what the picture is when it is not of the story's moment
    "caption": [
        "Archivfoto",
        "Symbolbild",
        "Foto de archivo",
        "Photo d'archives",
        "Фото из архива",
        "صورة أرشيفية",
        "资料图片",
        "写真はイメージ",
        "자료사진",
    ],
}


#: A site's own links, as its header and footer print them in each language: contact, about,
#: search, the latest news, print.
#: Notices under a story: a disclaimer, a reprint notice.
NOTICES = {
    "boilerplate": [
        "Disclaimer: The views expressed in this article are those of the author.",
        "Views expressed are personal.",
        "Descargo de responsabilidad: las opiniones expresadas son responsabilidad del autor.",
        "Die in diesem Artikel geäußerten Meinungen sind die des Autors.",
        "免責事項：本記事は情報提供のみを目的としています。",
        "声明：本文仅代表作者观点，不代表本站立场。",
    ],
    "copyright": ["转载请注明出处", "未经授权，不得转载。", "本文为本站原创，转载请注明来源。"],
}

SITE_LINKS = {
    "navigation": [
        "Fale conosco",
        "Contatti",
        "İletişim",
        "Контакты",
        "Hubungi Kami",
        "Liên hệ",
        "お問い合わせ",
        "联系我们",
        "اتصل بنا",
        "צור קשר",
        "Chi siamo",
        "Hakkımızda",
        "О нас",
        "Tentang Kami",
        "关于我们",
        "من نحن",
        "Over ons",
        "Поиск",
        "Tìm kiếm",
        "検索",
        "검색",
        "ค้นหา",
        "Αναζήτηση",
    ],
    "related_list": [
        "Últimas notícias",
        "Ultime notizie",
        "Son Haberler",
        "Последние новости",
        "Berita Terkini",
        "Tin mới nhất",
        "آخر الأخبار",
        "ताज़ा ख़बरें",
        "Laatste nieuws",
        "Τελευταία νέα",
    ],
    "call_to_action": ["Stampa", "Yazdır", "Печать", "Cetak", "印刷", "طباعة", "พิมพ์", "Afdrukken", "Εκτύπωση", "Tisk"],
}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (line, reason)
        for table in (THEME_CHROME, MORE_CHROME, BUTTONS, SITE_LINKS, NOTICES)
        for reason, lines in table.items()
        for line in lines
    ],
)
def test_chrome_in_other_languages_is_named_by_its_kind(line: str, reason: str) -> None:
    """Theme chrome and news-page furniture: each line is removed with the reason of its kind."""
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


#: A photo caption as a dump prints it among the paragraphs: a sentence, then who took the
#: picture, the way each language labels it.
CREDITED_CAPTIONS = [
    "Các đại biểu biểu quyết tại hội trường sáng 23/11. Ảnh: Hoàng Phong",
    "이창용 한국은행 총재가 회의를 주재하고 있다. 사진=연합뉴스",
    "11月22日，工人在某发电厂检修设备。（新华社记者 李华 摄）",
    "会見する首相（撮影・山田太郎）",
    "Депутаты голосуют в зале заседаний. Фото: Иван Петров",
    "Eduskunta äänesti lakiesityksestä tiistaina. Kuva: Matti Virtanen",
    "Los diputados votan en el pleno del Congreso. Imagen: Ana López",
    "图为11月23日，市民在雪中出行。 李明 摄",
    "市民在雪中出行。新华社记者 李明 摄",
    # a file photo or an illustration, in brackets or after a dash; a Japanese caption's day and place
    "Die EZB-Zentrale in Frankfurt (Archivfoto)",
    "La sede del BCE en Fráncfort. (Foto de archivo)",
    "مقر البنك المركزي - أرشيفية",
    "中国人民银行大楼。（资料图）",
    "記者会見する日銀の総裁（23日、東京都中央区）",
    "日銀本店の前を歩く人たち＝23日午後、東京都中央区",
]


@pytest.mark.parametrize("caption", CREDITED_CAPTIONS)
def test_a_caption_that_ends_with_its_photo_credit_goes_from_among_the_paragraphs(caption: str) -> None:
    story = [
        "The parliament passed the budget on Tuesday after a debate that lasted two days.",
        "The opposition said it would challenge the law in the constitutional court next month.",
        "The government expects the new rules to take effect at the start of next year.",
    ]
    doc = newsclean.clean("\n\n".join([story[0], caption, *story[1:]]))
    assert doc.text == "\n\n".join(story)
    assert [r.reason for r in doc.removals if r.text == caption] == ["caption"]


@pytest.mark.parametrize(
    "sentence",
    [
        "他说：我们会继续努力。",
        "The minister said: we will vote.",
        "该片（由张三导演）",
        "今天的天气很好，适合出门拍摄",
        # a day and a place in a sentence, a file in a story
        "会合は（23日、東京）で開かれた。",
        "日銀は23日、政策金利を据え置いた。",
        "Die Ermittler sichteten das Archivmaterial der Polizei.",
    ],
)
def test_a_sentence_with_a_colon_or_a_parenthesis_at_its_end_is_no_caption(sentence: str) -> None:
    from newsclean.captions import caption_cue

    assert not caption_cue(sentence)


@pytest.mark.parametrize(
    ("bar", "reason"),
    [
        ("Login | Register", "login_prompt"),
        ("登录 | 注册", "login_prompt"),
        ("Anmelden | Registrieren", "login_prompt"),
        ("Facebook | Twitter", "share"),
    ],
)
def test_a_bar_of_two_items_of_one_kind_of_chrome_is_that_chrome(bar: str, reason: str) -> None:
    assert DEFAULT_RULES(bar) == reason


@pytest.mark.parametrize("bar", ["Prices | Markets", "Home | Politics", "Prices · Markets"])
def test_a_bar_whose_items_are_not_all_chrome_is_left_to_the_other_rules(bar: str) -> None:
    assert DEFAULT_RULES(bar) is None


#: East Asian papers' furniture: members-only labels and offers, share and print buttons,
#: "Related tags", "More great content".
EAST_ASIAN = [
    ("会員限定記事", "paywall"),
    ("有料会員になると全ての記事が読めます", "paywall"),
    ("記事の続きを読むにはログインが必要です", "paywall"),
    ("付费内容", "paywall"),
    ("유료회원 전용", "paywall"),
    ("기사 공유하기", "share"),
    ("扫一扫分享到朋友圈", "share"),
    ("この記事をシェア", "share"),
    ("打印本页", "call_to_action"),
    ("关闭窗口", "call_to_action"),
    ("관련 태그", "navigation"),
    ("更多精彩内容", "related_list"),
]


@pytest.mark.parametrize(("line", "reason"), EAST_ASIAN)
def test_east_asian_furniture_is_named_by_its_kind(line: str, reason: str) -> None:
    assert DEFAULT_RULES(line) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "付费内容的收入增长了20%。",
        "会议在打印厂举行。",
        "Entre em contato com a prefeitura para mais informações sobre o programa.",
        "Последние новости из региона поступили в редакцию поздно вечером.",
        "Pencarian korban masih berlangsung hingga Selasa malam.",
        "外交部发言人声明：中方坚决反对。",
        "The disclaimer: nobody read it, the judge said.",
    ],
)
def test_sentences_that_share_words_with_a_sites_furniture_stay(sentence: str) -> None:
    """Paid content, printing, contact, the latest news, a search: a sentence about them is no link."""
    assert DEFAULT_RULES(sentence) is None
