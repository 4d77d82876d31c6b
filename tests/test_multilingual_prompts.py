"""Prompts and page controls around an article in many languages: follow us, read also, close.

News sites close their stories with a call to follow them on a messenger or Google News
("Подписывайтесь на наш Telegram-канал", "Síguenos en Google News", "关注我们的微信公众号"),
with "read also" links and editors' credits. Each line here must go with the reason of
its kind; beside them stand sentences that name the same networks and must stay.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.chrome import DEFAULT_RULES

#: "Follow us on Telegram / WhatsApp / Google News", as news sites say it, by language.
FOLLOW_US = {
    "en": ["Follow us on Google News", "Join our WhatsApp channel for the latest news"],
    "ru": [
        "Подписывайтесь на наш Telegram-канал",
        "Следите за новостями в нашем канале в Telegram",
        "Читайте нас в Telegram",
        "Подписывайтесь на «Известия» в Google Новости",
    ],
    "uk": ["Підписуйтесь на наш Telegram-канал", "Стежте за новинами у нашому Telegram"],
    "pt": [
        "Siga-nos no Google Notícias",
        "Receba as notícias no seu WhatsApp",
        "Siga o canal no WhatsApp",
        # and what the prompt promises, past the length of a short line
        "Receba as notícias do Portal Exemplo no seu WhatsApp. Clique aqui e participe do canal.",
        "Siga o Portal Exemplo no Google Notícias e receba as principais notícias do dia no seu celular.",
    ],
    "es": [
        "Síguenos en Google News",
        "Únete a nuestro canal de WhatsApp",
        "Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día directamente en tu teléfono.",
    ],
    "fr": ["Suivez-nous sur Google Actualités", "Rejoignez notre chaîne WhatsApp"],
    "de": ["Folgen Sie uns auf Google News", "Folge uns auf Instagram"],
    "it": ["Seguici su Google News", "Iscriviti al nostro canale Telegram"],
    "nl": ["Volg ons op Google Nieuws"],
    "sv": ["Följ oss på Google News"],
    "pl": ["Śledź nas w Google News", "Obserwuj nas na Facebooku"],
    "ro": ["Urmăriți-ne pe Google News"],
    "el": ["Ακολουθήστε μας στο Google News"],
    "tr": ["Google News'te takip edin", "Bizi Google News'ten takip edin"],
    "id": ["Ikuti kami di Google News", "Simak berita lainnya di Google News"],
    "vi": ["Theo dõi chúng tôi trên Google News"],
    "ar": ["تابعونا على جوجل نيوز", "اشترك في قناتنا على تلغرام"],
    "fa": ["ما را در تلگرام دنبال کنید"],
    "he": ["עקבו אחרינו בטלגרם"],
    "hi": ["हमें गूगल न्यूज़ पर फॉलो करें"],
    "zh": ["关注我们的微信公众号", "欢迎关注新华社微博"],
    "ja": ["LINEで友だち追加", "公式Xをフォローしてください"],
    "ko": ["텔레그램 채널 구독하기"],
    "th": ["ติดตามข่าวสารได้ทาง LINE"],
}


@pytest.mark.parametrize(
    ("lang", "line"), [(lang, line) for lang, lines in sorted(FOLLOW_US.items()) for line in lines]
)
def test_follow_us_prompts_are_share_chrome_in_every_language(lang: str, line: str) -> None:
    """A call to follow the site on a network is chrome of the share kind, whatever the language."""
    assert DEFAULT_RULES(line) == "share"


#: "Read also", editors' credits, reprint notes, app and tip prompts, by the reason each carries.
FURNITURE = {
    "related_link": [
        "Przeczytaj również: Rząd ogłasza nowe środki",
        "Přečtěte si také: Vláda oznámila nová opatření",
        "Olvassa el ezt is: A kormány új intézkedéseket jelentett be",
        "همچنین بخوانید: دولت اقدامات جدید را اعلام کرد",
        "קראו גם: הממשלה הודיעה על צעדים חדשים",
        # South Asian, East African and South-East Asian news sites put one between paragraphs
        "আরও পড়ুন: সরকার নতুন নীতি ঘোষণা করেছে",
        "இதையும் படிக்க: அரசு புதிய அறிவிப்பு",
        "ఇవి కూడా చదవండి: ప్రభుత్వం కొత్త పథకం",
        "हेही वाचा: सरकारची नवी योजना",
        "આ પણ વાંચો: સરકારની નવી યોજના",
        "ਇਹ ਵੀ ਪੜ੍ਹੋ: ਸਰਕਾਰ ਦੀ ਨਵੀਂ ਯੋਜਨਾ",
        "ಇದನ್ನೂ ಓದಿ: ಸರ್ಕಾರದ ಹೊಸ ಯೋಜನೆ",
        "ഇതും വായിക്കുക: സർക്കാരിന്റെ പുതിയ പദ്ധതി",
        "یہ بھی پڑھیں: حکومت کا نیا منصوبہ",
        "Soma pia: Serikali yatangaza mpango mpya",
        "Basahin din: Bagong plano ng gobyerno",
        # the label run into the headline it points to, without a colon
        "İLGİLİ HABER Dolar/TL güne yükselişle başladı",
        "LEIA TAMBÉM Câmara conclui votação de projeto sobre apostas",
        "Baca juga Rupiah Menguat Tipis Jelang Pengumuman Suku Bunga BI",
        "Читайте также Цены на зерно выросли на 10% за месяц",
    ],
    "related_list": ["Новости по теме", "Материалы по теме", "Новини за темою"],
    "read_more": [
        "Haberin devamı için tıklayın",
        "記事の続きを読む",
        "আরও পড়ুন",
        "மேலும் படிக்க",
        "مزید پڑھیں",
        "Soma zaidi",
    ],
    "share": [
        "この記事をシェアする",
        # share bars, with the networks' names run into them
        "Deel dit artikel Facebook LinkedIn E-mail",
        "Compartilhe este artigo",
        "Partager cet article Facebook Twitter E-mail",
        "Condividi l'articolo Facebook WhatsApp",
        "Teilen Sie diesen Artikel",
        "Diesen Artikel teilen: Facebook X WhatsApp E-Mail",
        "Compartir en Facebook Compartir en X",
    ],
    "newsletter": [
        "구독하기",
        "Kein Spam, Abmeldung jederzeit möglich.",
        "Pas de spam, désinscription en un clic.",
        "Sin spam. Puedes darte de baja en cualquier momento.",
        "Sem spam. Você pode cancelar a inscrição a qualquer momento.",
        "Niente spam, puoi cancellarti quando vuoi.",
        "Geen spam, je kunt je altijd afmelden.",
        # "Sign up for our newsletter"
        "Schrijf je in voor onze nieuwsbrief en ontvang dagelijks het belangrijkste nieuws in je inbox.",
        "Meld je aan voor de nieuwsbrief",
        "Inscreva-se na nossa newsletter e receba as principais notícias do dia",
        "Inscríbete a nuestra newsletter y recibe cada mañana las noticias más importantes.",
        "Abonniere unseren Newsletter und erhalte täglich die wichtigsten Nachrichten.",
        "Jetzt zum Newsletter anmelden",
        "Iscriviti alla nostra newsletter per ricevere le notizie del giorno",
        "Підпишіться на нашу розсилку",
    ],
    "credit": ["责任编辑：张三", "編輯：李四"],
    "source": ["本文来源：新华社", "原标题：政府宣布新措施"],
    # "This article contains affiliate links"
    "advertisement": [
        "Dieser Artikel enthält Affiliate-Links.",
        "Bei einem Kauf über diese Links erhalten wir eine Provision.",
        "Cet article contient des liens affiliés.",
        "Este artículo contiene enlaces de afiliados.",
        "Questo articolo contiene link di affiliazione.",
        "Este artigo contém links de afiliados.",
        "Dit artikel bevat affiliate links.",
        "Artykuł zawiera linki afiliacyjne.",
        # "Story continues below advertisement"
        "Continua depois da publicidade",
        "Continúa después de la publicidad",
        "La suite après cette publicité",
        "L'articolo continua dopo la pubblicità",
        "Der Artikel wird unter der Anzeige fortgesetzt",
        "Weiterlesen nach der Anzeige",
        "Het artikel gaat verder onder de advertentie",
        "Продолжение после рекламы",
    ],
    # "The author's opinion need not be the editors'"
    "boilerplate": [
        "Мнение автора может не совпадать с мнением редакции",
        "Les opinions exprimées dans cet article n’engagent que leur auteur.",
        "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.",
        "As opiniões expressas neste artigo são de inteira responsabilidade do autor.",
        "Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.",
        "Bu yazıdaki görüşler yazara aittir.",
    ],
    # the photo is the subject's own
    "caption": [
        "личный архив Анны Меркуровой",
        "Фото: личный архив",
        "Foto: privat",
        "archiwum prywatne",
        "arquivo pessoal",
    ],
    "call_to_action": [
        "Download our app for breaking news alerts",
        "Got a tip? Email us at tips@example.com",
        "Скачайте наше приложение",
        "Baixe o app e receba alertas",
    ],
}


#: The page's own controls and labels, which a text dump keeps as lines: close, print,
#: text size, listen, rate, report an error, loading placeholders, live and breaking labels.
PAGE_CONTROLS = {
    "call_to_action": [
        "Schließen",
        "Fermer",
        "Закрыть",
        "閉じる",
        "닫기",
        "إغلاق",
        "Version imprimable",
        "Версия для печати",
        "Добавить в избранное",
        "Zu Favoriten hinzufügen",
        "Schriftgröße",
        "Размер шрифта",
        "A- A+",
        "Artikel anhören",
        "Écouter l'article",
        "Оцените статью",
        "War dieser Artikel hilfreich?",
        "Cet article vous a-t-il été utile ?",
        "Yes No",
        "Да Нет",
        "Unterstützen Sie unseren Journalismus",
        "Soutenez notre journalisme indépendant",
        "Apoya nuestro periodismo independiente",
        "Поддержите независимую журналистику",
        "Wesprzyj niezależne dziennikarstwo",
        "Fehler melden",
        "Сообщить об ошибке",
        "Нашли ошибку? Выделите ее и нажмите Ctrl+Enter",
        "Bildergalerie",
        "Фотогалерея",
    ],
    "boilerplate": [
        "Loading...",
        "Wird geladen...",
        "Cargando...",
        "Загрузка...",
        "読み込み中...",
        "加载中...",
        "جاري التحميل...",
    ],
    "navigation": [
        "LIVE",
        "EN DIRECT",
        "AO VIVO",
        "Прямой эфир",
        "Breaking News",
        "Eilmeldung",
        "Última hora",
        "Срочно",
        "속보",
        "عاجل",
    ],
    "read_more": ["Mehr anzeigen", "Afficher plus", "Mostrar más", "Показать больше", "Mostrar mais", "显示更多"],
}


#: The same furniture as Japanese, Chinese and Korean portals print it.
CJK_PAGE_CONTROLS = {
    "caption": ["この記事の写真を見る", "写真を拡大", "사진 확대"],
    "related_list": ["関連リンク", "外部サイト", "アクセスランキング", "热门推荐", "猜你喜欢", "延伸阅读"],
    "call_to_action": [
        "コメントを見る",
        "点击查看",
        "查看原文",
        "扫一扫",
        "打开APP",
        "下载客户端",
        "点赞",
        "글자 크기",
    ],
    "navigation": ["前へ 次へ", "1 2 3 次へ", "トップへ戻る", "返回顶部", "맨위로", "Scroll to top"],
    "advertisement": ["スポンサーリンク", "[PR]"],
    "boilerplate": ["免责声明：本文仅代表作者观点，不代表本站立场。"],
    "share": ["URL 복사", "스크랩", "인쇄", "이 기사를 추천합니다"],
}


#: The same controls as Nordic, Finnish, Romanian, Czech, Hebrew, Catalan and Turkish sites
#: print them, and a few English ones news sites added lately (gift links, audio players).
MORE_PAGE_CONTROLS = {
    "share": [
        "Distribuie articolul",
        "Del artiklen",
        "Dela artikeln",
        "Del saken",
        "Jaa artikkeli",
        "Sdílet článek",
        "שתפו את הכתבה",
        # with the networks after it, in their own script, and a bar of links a dump ran together
        "שתפו את הכתבה פייסבוק וואטסאפ",
        "شارك فيسبوك تويتر",
        "Compartir en FacebookCompartir en XEnviar por WhatsApp",
        "Partager sur Facebook Partager sur X Envoyer par e-mail",
        "ポストシェアブックマーク",
        "分享到：微信 微博 QQ空间",
        "Gift this article",
        "Share full article",
    ],
    "related_link": [
        "Lue myös: Hallitus esittää uutta lakia",
        "Llegeix també: El Govern aprova el pressupost",
        "קראו עוד: הממשלה אישרה את התקציב",
        "Vezi și: Guvernul a aprobat bugetul",
        "Bunu da okuyun: Merkez Bankası faizi sabit tuttu",
    ],
    "newsletter": ["Abone ol", "Tilaa uutiskirje", "Prenumerera", "Abonnér", "Подписаться", "Berlangganan"],
    "navigation": [
        "Zurück nach oben",
        "Retour en haut de page",
        "Volver arriba",
        "Voltar ao topo",
        "Naar boven",
        "Наверх",
        "Başa dön",
        "Kembali ke atas",
        "Tillbaka till toppen",
        "Takaisin ylös",
        "Stichwörter",
        "Stichworte: Wahl, Berlin, Bundestag",
    ],
    "call_to_action": [
        "Luister naar dit artikel",
        "Makaleyi dinle",
        "Dengarkan artikel ini",
        "Lyssna på artikeln",
        "Kuuntele artikkeli",
    ],
    "reading_time": ["Listen to this article · 5 min", "Listen to this story - 12 minutes"],
}

#: Furniture inside the article, as German, Spanish, French, Portuguese, Italian, Dutch and
#: Polish sites print it: a newsletter pitch with its button, "learn more about" links, a
#: gallery's captions, a note on what the author writes about for the paper.
INSIDE_THE_ARTICLE = {
    "newsletter": [
        "Unser Newsletter am Morgen. Jetzt kostenlos anmelden.",
        "Nuestro boletín de la mañana. Suscríbete gratis.",
        "Notre newsletter du matin. Inscrivez-vous gratuitement.",
        "Nossa newsletter da manhã. Inscreva-se grátis.",
        "La nostra newsletter del mattino. Iscriviti gratis.",
        "Onze ochtendnieuwsbrief. Nu gratis aanmelden.",
        "Nasz poranny newsletter. Zapisz się już teraz.",
        "Наша утренняя рассылка. Подпишитесь бесплатно.",
        "نشرتنا الصباحية. اشترك مجانا",
        "Sabah bültenimiz. Hemen abone ol.",
        "毎朝のニュースレター。無料で登録する",
        "订阅我们的早间新闻简报。免费注册",
    ],
    "related_link": [
        "Mehr zum Thema Verkehr und Haushalt.",
        "Más información sobre transporte y presupuestos.",
        "En savoir plus sur les transports et le budget.",
        "Saiba mais sobre transporte e orçamento.",
        "Scopri di più sui trasporti e il bilancio.",
        "اقرأ المزيد عن النقل والميزانية",
    ],
    "read_more": ["交通と予算についてもっと読む", "了解更多交通和预算新闻"],
    "caption": [
        "Foto 2 von 5: Eine Haltestelle im Norden der Stadt.",
        "Foto 2 de 5: Una parada en el norte de la ciudad.",
        "Photo 2 sur 5 : Un arrêt dans le nord de la ville.",
        "写真2/5：市北部のバス停",
        "图2/5：城市北部的一个公交车站",
        "صورة 2 من 5: محطة حافلات في شمال المدينة",
    ],
    "author_bio": [
        "Max Muster berichtet für die Beispielzeitung über Verkehr und Stadtpolitik.",
        "María López escribe sobre transporte y política municipal para El Diario Ejemplo.",
        "Ana Souza escreve sobre transporte e política municipal para o Jornal Exemplo.",
        "Jean Dupont écrit sur les transports pour Le Journal Exemple.",
        "Marco Rossi scrive di trasporti e politica locale per il Giornale Esempio.",
    ],
}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (line, r)
        for table in (FURNITURE, PAGE_CONTROLS, CJK_PAGE_CONTROLS, MORE_PAGE_CONTROLS, INSIDE_THE_ARTICLE)
        for r, lines in table.items()
        for line in lines
    ],
)
def test_furniture_around_the_story_is_named_by_its_kind(line: str, reason: str) -> None:
    assert DEFAULT_RULES(line) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        # they name a network, and open with a word a prompt may open with
        "Follow the money, said the Facebook whistleblower.",
        "Join the Facebook group, the suspect told the teenagers, prosecutors said.",
        "Read our full review of the new YouTube app.",
        "Entre Facebook y Google controlan el 60% del mercado publicitario.",
        "Sigue la polémica en Twitter tras las declaraciones del ministro.",
        "Recibe Facebook multa millonaria en Europa.",
        "Suivez le guide : comment fonctionne TikTok",
        "Jetzt hat Facebook angekündigt, die Regeln zu ändern.",
        "Theo dõi tài khoản Facebook của nghi phạm, cảnh sát xác định vị trí.",
        "Tham gia TikTok từ năm 2020, cô ấy có hơn một triệu người theo dõi.",
        "Ikuti jejak Facebook, TikTok luncurkan fitur baru.",
        "关注微博的人越来越多。",
        "加入微信支付的商户超过五千万家。",
        "انضم إلى فيسبوك عام 2010 وأصبح من أشهر المدونين.",
        "اشترك أكثر من مليون شخص في تطبيق واتساب الجديد.",
        "הצטרפו לטלגרם בשנה שעברה מיליוני משתמשים.",
        "ติดตามผู้ต้องสงสัยผ่าน Facebook",
        # a prompt's opener and a network, but a story's sentence goes on far past them
        "Bergabung dengan YouTube pada 2015, ia kini memiliki lebih dari tiga juta pelanggan dan menjadi salah satu "
        "pembuat konten paling berpengaruh di Indonesia menurut survei terbaru.",
        # the verb closes it, but not as a prompt: past tense, or a plain statement
        "Telegram kanalını takip etti.",
        "動画をYouTubeに登録する。",
        # a subscriber count is no subscribe button
        "구독자 수가 100만 명을 넘었다",
        # "online" and "headline" are no LINE
        "Follow our coverage online",
        # they begin like a page control
        "Schließen Sie die Fenster, rät die Polizei.",
        "Unterstützen Sie den Streik, rief die Gewerkschaft am Montag.",
        "Мнение экспертов разделилось, сообщили в министерстве.",
        "Live music returned to the city on Saturday.",
        "Loading docks at the port were damaged in the storm.",
        "Breaking news is harder to verify than ever, the editors said.",
        # they begin like a share bar, a subscribe button or a back-to-top link
        "Del av staden evakuerades på måndagen.",
        "Jaa, sanoi ministeri toimittajille.",
        "Abone olan kullanıcı sayısı iki milyonu aştı.",
        "Gift this article to a friend, the editor said, was the idea behind the new feature.",
        "Наверх поднялись только двое спасателей.",
        "Enviar por WhatsApp una foto fue su error.",
        "社交媒体分享到微信的文章越来越多。",
        # a politician writes for a paper, a minister fills a post: news, not a note on the author
        "Angela Merkel schreibt für die Zeit einen Gastbeitrag über Europa.",
        "Pedro Sánchez cubre la vacante para El Ministerio.",
        "Emmanuel Macron couvre ses ministres pour Le Monde et la presse étrangère.",
        # they begin or end like a "read more" link or a sign-up button, in a story's sentence
        "Подробнее о планах мэр расскажет в пятницу.",
        "了解更多情况后，警方表示将继续调查此案，并呼吁知情者提供线索。",
        "市長は記者団に対し、来年の予算について説明した。今すぐ登録する必要はないと述べた。",
    ],
)
def test_sentences_that_name_a_network_stay(sentence: str) -> None:
    assert DEFAULT_RULES(sentence) is None


def test_a_follow_prompt_under_the_story_goes_and_the_story_stays() -> None:
    text = (
        "Власти объявили о новых мерах\n\n"
        "Правительство в понедельник объявило о новых мерах поддержки малого бизнеса, сообщили в министерстве.\n\n"
        "По словам министра, программа начнет действовать с января и охватит более двух миллионов предприятий.\n\n"
        "Подписывайтесь на наш Telegram-канал"
    )
    doc = newsclean.clean(text)
    assert "охватит более двух миллионов предприятий" in doc.text
    assert "Telegram" not in doc.text


#: What Russian and Ukrainian sites put under and around a story, and the same kinds of
#: furniture seen elsewhere: "more about", "learn more", typo prompts, "discuss", "we are on".
MORE_FURNITURE = [
    ("Подробнее о нацпроектах", "read_more"),
    ("Подробнее о ситуации читайте здесь", "read_more"),
    ("Подробнее читайте в нашем материале", "read_more"),
    ("Детальніше про проєкт", "read_more"),
    ("Per saperne di più", "read_more"),
    ("Číst dál", "read_more"),
    ("Bővebben", "read_more"),
    ("更多", "read_more"),
    ("Узнать больше", "call_to_action"),
    ("Дізнатися більше", "call_to_action"),
    ("Ошибка в тексте? Выделите её и нажмите Ctrl+Enter", "call_to_action"),
    ("Found a typo? Select it and press Ctrl+Enter", "call_to_action"),
    ("Spotted an error?", "call_to_action"),
    ("Fehler gefunden?", "call_to_action"),
    ("Zauważyłeś błąd? Zaznacz go i naciśnij Ctrl+Enter", "call_to_action"),
    ("Fehler entdeckt? Markieren Sie ihn und drücken Sie Strg + Enter", "call_to_action"),
    ("Обсудить", "comment_counter"),
    ("Ещё по теме", "related_list"),
    ("Більше за темою", "related_list"),
    ("Δείτε επίσης:", "read_also"),
    ("Мы в соцсетях", "share"),
    ("Мы в Telegram", "share"),
    ("Мы в ВКонтакте и Дзен", "share"),
    ("Больше новостей в нашем Telegram-канале", "share"),
    ("Більше новин у нашому Telegram-каналі", "share"),
    ("For more news on our WhatsApp channel, click here", "share"),
    ("Accepter et fermer", "cookie_notice"),
    ("Continuer sans accepter", "cookie_notice"),
    ("Configurar cookies", "cookie_notice"),
    ("Rechazar todo", "cookie_notice"),
    ("Aceitar cookies", "cookie_notice"),
    ("Accetta tutti", "cookie_notice"),
    ("Alle akzeptieren", "cookie_notice"),
    ("Alles accepteren", "cookie_notice"),
    ("Cookie-Einstellungen", "cookie_notice"),
    ("Más leídas", "related_list"),
    ("Lo último", "related_list"),
    ("Kommentare anzeigen", "comment_counter"),
]


@pytest.mark.parametrize(("line", "reason"), MORE_FURNITURE)
def test_more_about_typo_prompts_and_we_are_on_are_named_by_their_kind(line: str, reason: str) -> None:
    assert DEFAULT_RULES(line) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Подробнее о планах рассказал министр.",
        "Ошибка в тексте закона была исправлена в понедельник.",
        "An error? The minister said there was none.",
        "A mistake in the text was corrected on Monday.",
        "Мы в восторге от нового канала, который открылся вчера.",
        "Мы в редакции долго спорили об этом решении.",
        "Больше новостей о выборах появится завтра в Telegram, сказал он.",
        "Press Ctrl+Enter to send the message in the new Outlook.",
        "Lo último que supimos es que el tren no llegó a tiempo.",
        "Rechazar la propuesta fue un error, dijo el ministro.",
        "Accetta la sfida il nuovo sindaco di Roma.",
    ],
)
def test_sentences_that_open_like_that_furniture_stay(sentence: str) -> None:
    assert DEFAULT_RULES(sentence) is None
