"""The page around the article, as vocabulary: copyright and credit lines, captions,
navigation, "read more" and related-article lists, reading times.

The prompts addressed to the reader (sign in, subscribe, share, comment, accept
cookies) are in ``patterns.py``, which also says how fragments are matched and which
languages are covered.
"""

from __future__ import annotations

from .shapewords import FILE_PHOTO, PHOTO_AGENCIES, WIRES
from .vocabulary import Vocabulary

#: "All rights reserved" as each language says it: a copyright line by itself, and noise
#: around the owner's name when metadata reads the credit from one.
RIGHTS_RESERVED = (
    r"all rights reserved\.?|alle rechte vorbehalten\.?|tous droits réservés\.?|todos los derechos reservados\.?",
    r"wszelkie prawa zastrzeżone\.?|todos os direitos reservados\.?|tutti i diritti riservati\.?|alle rechten voorbehouden\.?|riproduzione riservata\.?(?: ©)?",
    r"все права защищены\.?|無断転載(?:を)?禁(?:じます|止)。?|(?:版权所有|版權所有).{0,60}|저작권자|무단 ?전재 ?및 ?재배포 ?금지",
    r"جميع الحقوق محفوظة.{0,40}|tüm hakları saklıdır\.?",
    r"सर्वाधिकार सुरक्षित।?|สงวนลิขสิทธิ์|সর্বস্বত্ব সংরক্ষিত।?",
    r"hak cipta(?: ©| \d{4}| dilindungi).{0,120}|kaikki oikeudet pidätetään\.?|με (?:την )?επιφύλαξη παντός δικαιώματος\.?|bản quyền thuộc về.{0,60}|всі права захищені\.?|všechna práva vyhrazena\.?|alla rättigheter förbehållna\.?",
    r"alle rettigheder forbeholdes\.?|alle rettigheter reservert\.?|toate drepturile rezervate\.?|minden jog fenntartva\.?|כל הזכויות שמורות.{0,40}|(?:کلیه|تمامی) حقوق.{0,60}محفوظ (?:است|می[‌ ]?باشد)\.?",
    r"усі права захищен[оі]\.?|всички права запазени\.?|sva prava (?:zadržana|pridržana|zaštićena)\.?|všetky práva vyhradené\.?|vse pravice pridržane\.?",
    r"visos teisės saugomos\.?|visas tiesības aizsargātas\.?|kõik õigused kaitstud\.?|tots els drets reservats\.?|hak cipta terpelihara\.?",
    r"сва права (?:задржана|заштићена)\.?|сите права (?:се )?задржани\.?|todos os dereitos reservados\.?|eskubide guztiak erreserbatu(?:ak|ta)\.?|të gjitha të drejtat (?:e )?rezervuara\.?"
    r"|allur réttur áskilinn\.?|lahat ng karapatan ay (?:nakalaan|reserbado)\.?|haki zote zimehifadhiwa\.?|جملہ حقوق محفوظ ہیں\.?|அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை\.?"
    r"|सर्व हक्क राखीव\.?|ყველა უფლება დაცულია\.?|բոլոր իրավունքները պաշտպանված են\.?|bütün hüquqlar qorunur\.?|барлық құқықтар қорғалған\.?",
)

COPYRIGHT = Vocabulary(
    "copyright",
    lines=(
        r"(?:[©ⓒ]|\(c\)|copyright|&copy;|저작권자\s*[©ⓒ]).{0,120}",
        *RIGHTS_RESERVED,
    ),
    prefixes=(
        r"(?:©|copyright) ?(?:\d{4}|\(c\))",
        # the rights reserved, then what else the notice says: "© Bản quyền thuộc về Báo X. Mọi hình thức sao chép ..."
        *RIGHTS_RESERVED,
        r"this (?:document|article|material|content) is subject to copyright|this material may not be (?:published|reproduced)|(?:no part of|reproduction of) this (?:article|material|publication)",
        r"the (?:information|content|material)s? (?:provided |contained |published )?(?:on|in) this (?:web ?site|site|blog|page)",
        r"our standards: |(?:[\w ]{1,30}) (?:is|are) (?:not )?responsible for the content of external",
        # a Chinese site's reprint notice: "转载请注明出处", "未经授权，不得转载", "本文为XX原创，转载请注明来源"
        r"(?:转载|轉載)请?(?:注明|註明)(?:出处|出處|来源|來源)|未经(?:授权|许可|允许)[,，]?\s*(?:不得|禁止|严禁)(?:转载|轉載)|未經(?:授權|許可)[,，]?\s*(?:不得|禁止|嚴禁)(?:轉載)"
        r"|本文(?:为|為).{0,20}原创[,，]|版权归.{1,30}所有",
    ),
    ends_article=True,
)

CREDIT = Vocabulary(
    "credit",
    lines=(
        r"\(?(?:reuters|ap|afp|dpa|apa|efe|ansa|pap|bloomberg|xinhua|kyodo|tass|sda|ats|epa|upi|cnn|bbc)\)?",
        r"(?:with|via|source:?|quelle:?|source ?:|fuente:?|źródło:?|mit material von|avec|con información de|z) (?:ap|afp|reuters|dpa|efe|pap|ansa|agencies|wires?)",
        r"[\w'’ .-]{1,30} (?:avec|mit|con) (?:l'|la |the )?(?:afp|ap|reuters|dpa|efe|ansa|pap)(?: (?:et|and|und|y|e|i) (?:afp|ap|reuters|dpa|efe|ansa|pap))?",
        # Chinese and Japanese stories close with the reporter or agency in brackets: "（山田太郎）", "（共同）", "（完）"
        r"[（(](?:(?:记者|記者)\s*)?(?:[\u3400-\u9fff]{1,8}\s+)?[\u3040-\u30ff\u3400-\u9fff]{1,6}(?:\s*(?:记者|記者))?[)）]",  # "（経済部 山田太郎）"
        # Indonesian stories close with the initials of their writer and editor: "(ant/bbs)", "(mdk/idr)"
        r"\((?:[a-z]{2,6}/){1,3}[a-z]{2,6}\)",
        # a national agency alone in brackets or slashes: "(AA)", "(MTI)", "/ТАСС/", "【共同】", "(ANSA/AFP)", "red/dpa"
        rf"[(（【\[/]\s*(?:{WIRES})(?:\s*[/,;]\s*(?:{WIRES}|red|ag))*\s*[)）】\]/]|(?:red|ag)\s*/\s*(?:{WIRES})|(?:{WIRES})\s*/\s*(?:red|ag)"
        rf"|theo (?:{WIRES})",  # Vietnamese: "Theo TTXVN", after the story
        # the editor under the story, a label and a name or two: "Redaktion: Max Muster", "Редактор: Иван Петров"
        r"(?:redaktion|rédaction|redacción|redazione|redactie|redakce|redakcia|редакция|редакція|редактор|редакторка|editör|edición|edição"
        r"|szerkesztő|επιμέλεια|تحرير|biên tập(?: viên)?|mitarbeit|bearbeitung|koordination|edit(?:ing|ed)?)\s*[:：]\s*[\w'’.-]+(?:[\s,/&]+[\w'’.-]+){0,5}",
    ),
    prefixes=(
        r"\(?(?:additional )?(?:reporting|writing|editing|research|compiled|translated|produced|edited|written) by\b",
        r"\(?(?:additional )?reporting (?:and writing )?by\b|\(?mit material (?:von|der)\b|\(?con información de\b|\(?avec (?:l')?afp\b",
        r"\(?(?:redakcja|opracowanie|autor(?:ka)?|tekst)\s*:",
        r"(?:contributing(?: writers?| reporters?)?|contributors?)\s*:",  # "Contributing: Jane Doe, Example Today"
        r"(?:责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對)\s*[:：]",  # the editor's name under a Chinese story
        r"\(?com informaç(?:ões|ão) d[aoe]s?\b|\(?avec (?:les )?agences\b",  # "Com informações da Agência Brasil"
    ),
    phrases=(
        # "Jane Doe contributed reporting from Hong Kong.", "AP writers A, B and C contributed to this report."
        r" contributed (?:additional )?(?:reporting|research|to this (?:report|story|article))(?: (?:from|in) [\w'’ .,&-]{1,60})?\.?$",
    ),
    hints=("contributed",),
    ends_article=True,
)

#: A gallery's index before each caption: "Photo 2 of 5", "Foto 3 von 12", "写真2/5", "صورة 2 من 5".
GALLERY_INDEX = (
    r"(?:photo|image|picture|slide|foto|bild|imagen|imagem|immagine|zdjęcie|фото|kuva|bilde|写真|图片|圖片|图|圖|사진|صورة)s?"
    r" ?\d+ ?(?:of|von|de|di|su|sur|z|из|af|av|من|/) ?\d+"
)

CAPTION = Vocabulary(
    "caption",
    lines=(
        r"(?:photo|image|picture|video|graphic|illustration)(?:s)? \d+ (?:of|/) \d+|\d+ ?(?:of|/) ?\d+|\d+ (?:photos|images|pictures)",
        r"(?:enlarge|expand|view|hide|show|toggle) (?:this )?(?:image|photo|caption|gallery)|caption|back to gallery|fullscreen|full screen",
        r"(?:click|tap) to (?:enlarge|expand|zoom)|(?:この記事の)?写真を(?:見る|拡大(?:する)?)|点击(?:查看)?大图|사진 ?확대",
        r"(?:getty|getty images|ap|ap photo|reuters|afp|epa|shutterstock|istock|alamy|dpa|picture alliance|imago|sipa|pa|pa wire|ansa|efe)(?: images)?",
        r"(?:file|stock|handout|archive)? ?(?:photo|image|picture)",
        FILE_PHOTO,  # "Archivfoto", "Foto de archivo", "资料图", "صورة أرشيفية"
        rf"[\w.'’ -]{{3,40}}, (?:{PHOTO_AGENCIES})(?: photo| images| file)?",  # "Michael Conroy, AP"
        # a reader's or a family's picture: "Submitted photo", "Photo provided" (with a name before it, see captions.py)
        r"(?:submitted|contributed|provided) (?:photo|image|picture)s?|(?:photo|image|picture)s? (?:submitted|contributed|provided)",
        # "личный архив Анны Меркуровой", "Foto: privat": the photo is the subject's own
        r"(?:фото:?\s*)?(?:из )?личн(?:ый|ого) архив\w*(?: .{1,40})?|(?:фото:?\s*)?(?:з )?особист(?:ий|ого) архів\w*(?: .{1,40})?"
        r"|(?:fot\.?|foto|zdjęcie):?\s*archiwum (?:prywatne|własne)(?: .{1,40})?|archiwum (?:prywatne|własne)(?: .{1,40})?"
        r"|(?:foto:?\s*)?(?:archivo|arquivo) (?:personal|pessoal)(?: .{1,40})?|(?:photo:?\s*)?archives personnelles(?: .{1,40})?"
        r"|(?:foto|bild):?\s*privat(?:archiv)?|privatarchiv(?: .{1,40})?|(?:photo:?\s*)?(?:family|personal) (?:photo|handout|archive)",
    ),
    prefixes=(
        r"(?:photo|image|picture|photograph|illustration|graphic|video|foto|bild|fotografia|fot|zdjęcie|ilustracja|crédit photo|crédits? photo)s?(?: credit| caption| copyright| source| by)?\s*:",
        r"(?:photo|image|picture|photograph|illustration) (?:credit|courtesy|caption|copyright|by|source)\b|credit\s*(?::|\.\.\.)|caption\s*:|courtesy(?: of)?\b",
        r"(?:image|media) (?:copyright|caption)|bildquelle|bildunterschrift|quelle: (?:getty|dpa|imago|picture|ap|afp|reuters)|légende\s*:",
        r"file photo\s*[:-]|\(?(?:ap|afp|reuters|getty|epa) photo\b|above\s*:|top\s*:|pictured\s*:",
        # a gallery's caption: "Photo 2 of 5: ...", "Bild 3 von 12 | ...", "Foto 1/8 - ..."
        rf"{GALLERY_INDEX}\s*[:：.|–—-]",
        r"(?:фото|фотография|снимка|fotó|kuva|imagen|imagem|ảnh|صورة|الصورة|تصوير|צילום|عکس|फोटो|fotoğraf|φωτογραφία|sursa foto"
        r"|foto ilustrasi|写真|图片来源|圖片來源|图片|圖片|照片|사진 제공|사진)\s*[:：=]",
        r"(?:图为|圖為|上图|下图|上圖|下圖)(?=\S)",  # "图为11月23日，市民在雪中出行。": "pictured is ..."
    ),
)

SOURCE = Vocabulary(
    "source",
    lines=(
        # "Source: Eurostat" under a chart, "Источник: ТАСС" under a story: a label and a name or two.
        # Not a photo credit (the line above it is no caption), and it need not close the article.
        r"(?:sources?|quelle|fuentes?|fontes?|bron|källa|kilde|lähde|zdroj|forrás|sursa|πηγή|kaynak|sumber|nguồn"
        r"|источник|джерело|източник|извор|izvor|šaltinis|avots|allikas|chanzo|المصدر|מקור|منبع|स्रोत|ที่มา|(?:本文|文章|稿件|消息)?(?:来源|來源)|出典|출처)\s*[:：]\s*[^.!?:]{1,40}",
        r"(?:原标题|原標題|原題)\s*[:：].{1,80}",  # a reprint's original headline
    ),
)

BOILERPLATE = Vocabulary(
    "boilerplate",
    lines=(
        # what stands where a script has not yet filled the page in
        r"loading|(?:wird )?geladen|lädt|chargement(?: en cours)?|cargando|carregando|a carregar|caricamento(?: in corso)?|загрузка|ładowanie"
        r"|wczytywanie|yükleniyor|memuat|đang tải|laddar|読み込み中|加载中|載入中|로딩 ?중|جاري التحميل|טוען|در حال بارگذاری",
    ),
    prefixes=(
        # the site's note that a machine translated the story: "This article was translated automatically."
        r"this (?:article|story|text|content|page) (?:was|has been|is) (?:machine[- ]translated|(?:automatically|machine) translated|translated (?:automatically|by (?:ai|a machine|machine))|translated (?:with|using) (?:ai|machine translation))"
        r"|(?:dieser|der) (?:artikel|text|beitrag) wurde (?:automatisch|maschinell|mit (?:hilfe von )?ki) übersetzt"
        r"|(?:cet|l['’]) ?article a été traduit (?:automatiquement|par (?:une )?(?:ia|intelligence artificielle))"
        r"|este (?:artículo|texto|artigo) (?:fue|ha sido|foi) traducido automáticamente|este (?:artigo|texto) foi traduzido automaticamente"
        r"|questo articolo è stato tradotto automaticamente|ten (?:artykuł|tekst) został przetłumaczony (?:automatycznie|maszynowo)"
        r"|(?:deze tekst|dit artikel) is automatisch vertaald|(?:эта статья|этот текст) (?:был[аи]? )?переведен[аы]? автоматически",
        # what a page prints for browsers that do not run its scripts or play its media
        r"this (?:[\w-]+ ){0,2}requires? javascript|(?:please )?(?:enable|turn on|activate) javascript\b|javascript (?:is )?(?:required|disabled)",
        r"免责声明|免責聲明|(?:本文|文章)(?:仅|僅)代表作者(?:个人|個人)?观点|(?:本文|文章)(?:仅|僅)代表作者(?:个人|個人)?觀點",  # a Chinese portal's disclaimer
        r"\[/?(?:button|caption|embed|gallery|video|audio|playlist|shortcode|vc_\w+|et_pb_\w+|su_\w+|av_\w+|fusion_\w+)\b[^\]]{0,300}\]",  # WordPress shortcodes
        r"</?(?:span|div|p|a|img|iframe|script|style|br|strong|em|b|i|figure|figcaption|source|video|audio|section|table|tr|td|ul|ol|li|h[1-6]|blockquote|noscript)\b[^>]{0,300}/?>",  # markup left in the text
        r"(?:the )?opinions? expressed (?:by|in|here)\b.{0,80}? (?:are|is) (?:solely )?(?:their|his|her|its|the author['’]s|the writer['’]s|those of)\b"
        r"|(?:the )?views expressed (?:here|in this (?:article|post|column|piece))\b",
        # "The author's opinion need not be the editors'", as other languages print it under a column
        r"(?:die )?meinung (?:des|der) (?:autors|autorin|gastautors)|les opinions exprimées (?:dans cet article |ici )?n['’]engagent"
        r"|las opiniones (?:expresadas|vertidas) (?:en este (?:artículo|texto) )?son (?:de )?(?:exclusiva )?responsabilidad"
        r"|as opiniões (?:expressas|emitidas) (?:neste (?:artigo|texto) )?são de (?:inteira |exclusiva )?responsabilidade"
        r"|le opinioni espresse (?:in questo articolo )?sono (?:quelle )?dell['’]autore"
        r"|мнение (?:автора|редакции) (?:может )?не (?:всегда )?совпада|думка автора (?:може )?не (?:завжди )?збіга"
        r"|opinie (?:wyrażone|zawarte) w (?:tekście|artykule)|(?:bu )?yazıda(?:ki)? (?:yer alan )?görüşler"
        r"|(?:the )?views expressed are (?:personal|(?:the author['’]s|the writer['’]s|my) own)|die in diesem (?:artikel|beitrag|text) (?:geäußerten|vertretenen) meinungen",
        # a disclaimer under its label: "Disclaimer: ...", "Haftungsausschluss: ...", "免責事項：..."
        r"(?:disclaimer|haftungsausschluss|avertissement|descargo de responsabilidad|aviso legal|isenção de responsabilidade|esclarecimento"
        r"|dichiarazione di non responsabilità|disclaimer|zastrzeżenie|отказ от ответственности|застереження|sorumluluk reddi|penafian"
        r"|tuyên bố miễn trừ trách nhiệm|إخلاء (?:ال)?مسؤولية|अस्वीकरण|ข้อจำกัดความรับผิดชอบ|免責事項|면책 ?조항)\s*[:：]"
        r"|声明\s*[:：]\s*本(?:文|站|网|網)",
        r"your browser does(?: not|n['’]t) support|(?:bitte )?aktivieren sie javascript|veuillez activer (?:le )?javascript|(?:activa|habilita) javascript",
    ),
)

NAVIGATION = Vocabulary(
    "navigation",
    lines=(
        # "Back to the home page", as each language words the link
        r"(?:back|return) to (?:the )?home(?: ?page)?|zurück zur startseite|zur startseite|retour (?:à l['’]accueil|à la page d['’]accueil)"
        r"|volver a (?:la )?(?:portada|página principal|inicio)|torna alla (?:home(?: ?page)?|pagina principale)|voltar (?:ao início|à página inicial|para a home)"
        r"|powrót do strony głównej|вернуться на главную|на главную|повернутися на головну|на головну|ana ?sayfaya dön|kembali ke beranda|về trang chủ"
        r"|terug naar (?:home|de homepage|de voorpagina)|返回首页|返回首頁|回首页|回首頁|トップページへ(?:戻る)?|홈으로(?: 가기)?|العودة (?:إلى|الى) (?:الرئيسية|الصفحة الرئيسية)"
        r"|(?:send |give |leave )?feedback",
        r"home(?: ?page)?|homepage|sections?|search|search icon|(?:skip|jump) to (?:main )?(?:content|navigation|site index|search|footer)|skip navigation",
        r"back to (?:top|home|homepage|article)|go to (?:home ?page|top)|scroll to top|top of (?:the )?page|トップへ戻る|ページ(?:の)?(?:トップ|先頭)へ(?:戻る)?"
        r"|返回顶部|回到顶部|返回頂部|맨 ?위로|ニュース一覧|記事一覧|(?:next|previous|prev) (?:article|story|post|page)?|next|previous|prev",
        r"quick ?links|useful links|site (?:index|map)|sitemap|contact(?: us)?|about(?: us)?|faq|help|careers|advertise(?: with us)?|jobs|archives?|subscriptions?",
        r"toggle (?:navigation|menu|search)|open (?:menu|navigation|search)|close (?:menu|search)|main menu|navigation|breadcrumbs?|(?:all )?topics|tags?:?",
        r"today['’]s paper|e-?paper|digital edition|print edition|more sections",
        # pagination: "Page 1 of 3", "Seite 1 von 2", "« Previous 1 2 3 Next »", "Nächste Seite"
        r"(?:page|página|pagina|seite|strona|страница|сторінка|sayfa|halaman|trang|side|sida|sivu|stránka|oldal|σελίδα|עמוד|صفحة)"
        r"\s*\d+\s*(?:of|de|di|van|von|z|из|з|/|dari|af|av|av totalt|/|ze|-)\s*\d+",
        r"(?:«|‹|<|»|›|>|…|\.\.\.|\d{1,4}|next|previous|prev|first|last|weiter|zurück|suivant|précédent|siguiente|anterior|次へ|前へ|下一页|上一页|下一頁|上一頁|다음|이전)"
        r"(?:\s+(?:«|‹|<|»|›|>|…|\.\.\.|\d{1,4}|next|previous|prev|first|last|weiter|zurück|suivant|précédent|siguiente|anterior|次へ|前へ|下一页|上一页|下一頁|上一頁|다음|이전)){2,}",
        r"(?:前へ|上一页|上一頁|이전) (?:次へ|下一页|下一頁|다음)",
        r"(?:next|previous|prev) page|(?:nächste|vorherige) seite|page (?:suivante|précédente)|página (?:siguiente|anterior)",
        r"(?:następna|poprzednia) strona|(?:следующая|предыдущая) страница|pagina (?:successiva|precedente)|(?:volgende|vorige) pagina",
        r"(?:sonraki|önceki) sayfa|halaman (?:berikutnya|sebelumnya)|trang (?:sau|trước)|次のページ|前のページ|下一页|上一页|下一頁|上一頁|(?:다음|이전) 페이지",
        r"(?:zur )?startseite|suche|zurück|weiter|(?:zurück )?nach oben|(?:zurück )?zum seitenanfang|kontakt|inhalt|accueil|rechercher|recherche|retour(?: en haut(?: de (?:la )?page)?)?|haut de page|rubriques",
        # "Back to top" in other languages
        r"volver arriba|ir arriba|torna (?:su|all'inizio)|voltar ao topo|terug naar boven|naar boven|наверх|вверх|нагору|(?:wróć |powrót )?(?:do góry strony|na górę(?: strony)?)|başa dön|yukarı çık"
        r"|kembali ke atas|về đầu trang|tillbaka till toppen|til toppen|takaisin ylös|zpět nahoru|nahoru|vissza a tetejére|înapoi sus|επιστροφή στην κορυφή|חזרה למעלה|بازگشت به بالا|العودة إلى الأعلى",
        r"inicio|buscar|búsqueda|volver|arriba|portada|secciones|strona główna|szukaj|wyszukaj|powrót|do góry|kategorie|início|pesquisar|cerca",
        r"archivado en|temas|themen|sujets|tematy|argomenti|onderwerpen|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|mots-clés|etiquetas|etiketler|tópicos|assuntos",
        r"होम|मुख्य पृष्ठ|हमारे बारे में|संपर्क करें|หน้าแรก|หน้าหลัก|ติดต่อเรา|เกี่ยวกับเรา|แท็ก(?:ที่เกี่ยวข้อง)?",
        # a footer's contact, about and search links
        r"contato|fale conosco|contatti|iletişim|контакты|контакти|kontak|hubungi kami|liên hệ|お問い合わせ|联系我们|聯絡我們|聯繫我們|문의하기|اتصل بنا"
        r"|επικοινωνία|צור קשר|تماس با ما|kontaktujte nás|kapcsolat|contactează-ne|sobre nós|quem somos|chi siamo|hakkımızda|о нас|про нас|tentang kami"
        r"|giới thiệu|会社概要|关于我们|關於我們|회사소개|من نحن|over ons|om oss|σχετικά με εμάς|אודות|درباره ما|o nás|rólunk|despre noi"
        r"|pesquisar|поиск|tìm kiếm|検索|搜索|검색|بحث|खोजें|ค้นหา|zoeken|sök|αναζήτηση|חיפוש|جستجو|hledat|keresés|caută|пошук",
        r"beranda|trang chủ|головна|úvod|hem|forside|acasă|címlap|kezdőlap|αρχικ[ηή]|דף הבית|صفحه اصلی",
        # "Previous post" / "Next article"
        r"(?:articolo|post) (?:precedente|successivo)|precedente|successivo|(?:post|artigo|notícia|artículo|entrada|noticia) (?:anterior|seguinte|siguiente)|anterior|próximo|seguinte|siguiente",
        r"article (?:précédent|suivant)|précédent|suivant|(?:vorheriger|nächster) (?:beitrag|artikel)|vorheriger|nächster|(?:poprzedni|następny) (?:wpis|artykuł|post)|poprzedni|następny",
        r"(?:vorig|volgend) (?:bericht|artikel)|vorige|volgende|(?:предыдущая|следующая) (?:запись|статья|новость)|(?:попередня|наступна) (?:стаття|новина|публікація)",
        r"(?:önceki|sonraki) (?:yazı|haber|makale|içerik)|önceki|sonraki|(?:artikel|pos|berita) (?:sebelumnya|selanjutnya|berikutnya)|sebelumnya|selanjutnya|bài (?:trước|sau|tiếp theo)",
        r"(?:föregående|nästa) (?:inlägg|artikel)|(?:forrige|næste|neste) (?:indlæg|innlegg|artikel|artikkel|sak)|(?:předchozí|další) (?:článek|příspěvek)|(?:előző|következő) (?:cikk|bejegyzés)",
        r"articolul (?:anterior|următor)|(?:postarea|știrea) (?:anterioară|următoare)|(?:προηγο[υύ]μενο|επ[οό]μενο) [αά]ρθρο|(?:הכתבה|המאמר) (?:הקודמת?|הבאה?)|(?:مطلب|نوشته|خبر) (?:قبلی|بعدی)",
        r"(?:المقال|الخبر|المقالة) (?:السابق|التالي)ة?|前の記事|次の記事|上一篇|下一篇|이전 ?(?:기사|글)|다음 ?(?:기사|글)",
        # the label over a live or breaking story
        r"live|en direct|en vivo|ao vivo|in diretta|live-?ticker|прямой эфир|na żywo|canlı|trực tiếp|直播|ライブ|라이브|مباشر"
        r"|breaking(?: news)?|eilmeldung|dernière (?:minute|heure)|última hora|ultim['’]ora|срочно|pilne|son dakika|突发|速報|속보|عاجل",
        r"(?:관련 ?태그|関連タグ|相关标签|相關標籤)",  # "Related tags", over the tags after a story
    ),
    prefixes=(
        r"you are here\s*:|sie sind hier\s*:|vous êtes ici\s*:|estás en\s*:|jesteś tutaj\s*:|tags?\s*:|topics?\s*:|(?:filed|posted) (?:under|in)\s*:|archivado en\s*:|archivé dans\s*:|classé dans\s*:|abgelegt unter\s*:|arquivado em\s*:|archiviato in\s*:|categories\s*:|schlagwörter\s*:|mots-clés\s*:|etiquetas\s*:|tagi\s*:",
        r"(?:étiquettes|etichette|etichete|témata|témy|oznake|ознаки|етикети|schlagworte|stichw(?:ö|o)rte?r?|trefwoorden|метки|теги|мітки|etiketler|etiket|label|nhãn|thẻ|tagit|štítky|címkék|ετικέτες|תגיות|برچسب[‌ ]?ها|الوسوم|وسوم)\s*:",
        r"(?:タグ|标签|標籤|태그)\s*[:：]",
        # keywords and topics as labels over the tags: "Keywords: economy, banks", "Palabras clave: ...", "关键词：..."
        r"(?:keywords?|key words|palabras clave|parole chiave|palavras-chave|słowa kluczowe|ключевые слова|ключові слова"
        r"|anahtar kelimeler|kata kunci|từ khóa|klíčová slova|kulcsszavak|cuvinte cheie|λέξεις[- ]κλειδιά|מילות מפתח"
        r"|کلمات کلیدی|الكلمات (?:المفتاحية|الدالة)|temes|etiquetes|themen|thèmes|sujets|temas|temi|onderwerpen|tematy)\s*:"
        r"|(?:关键词|關鍵詞|关键字|關鍵字|キーワード|키워드)\s*[:：]",
        # the section a post is filed in: "Category: Health", "Categoria: Saúde", "Rubrique : Santé", "Рубрика: Спорт"
        r"(?:categor(?:y|ia|ía|ie)|catégorie|kategorie|kategori(?:a|e)?|rubri(?:k|que)|рубрика|категория|категорія)\s*:",
    ),
)

READ_MORE = Vocabulary(
    "read_more",
    lines=(
        r"read more|read (?:the )?(?:full|whole|rest of the) (?:story|article|post)(?: here| online| on .{1,40})?|continue reading(?: the main story)?|keep reading|read on|read next",
        r"see more|show more|load more|view (?:all|more)(?: \(\d+\))?|more (?:stories|articles|news|videos|photos)|more|next up|up next",
        r"[^。！？]{1,40}(?:について|を)もっと(?:読む|見る)|(?:了解|查看|瞭解)更多[^。！？]{0,24}",  # "交通と予算についてもっと読む", "了解更多交通新闻"
        r"weiterlesen|mehr lesen|mehr dazu|lire la suite|lire plus|voir plus|le(?:e|er) más|(?:sigue|seguir|continuar|continúa) leyendo|ver más|czytaj (?:więcej|dalej)|zobacz więcej",
        r"leia mais|ler mais|continue (?:lendo|a ler)|ver mais|leggi (?:tutto|di più)|continua a leggere|lees meer|verder lezen|lees verder",
        r"और पढ़ें|आगे पढ़ें|पूरी खबर पढ़ें|อ่านต่อ|อ่านเพิ่มเติม",
        r"đọc (?:thêm|tiếp)|আরও পড়ুন|আরো পড়ুন|மேலும் படிக்க|మరింత చదవండి|अधिक वाचा|વધુ વાંચો|ਹੋਰ ਪੜ੍ਹੋ|ಇನ್ನಷ್ಟು ಓದಿ|കൂടുതൽ വായിക്കുക|مزید پڑھیں|soma zaidi|basahin pa|baca lagi",
        r"selengkapnya|baca selengkapnya|xem thêm|xem tiếp|đọc tiếp|lue lisää|čtěte dál|διαβ[αά]στε περισσ[οό]τερα|читати далі|детальніше|číst dále|läs mer|læs mere|les mer|citește mai mult|tovább|קראו? עוד|ادامه مطلب",
        r"читать (?:далее|полностью|дальше)|подробнее|devamını oku|per saperne di più|číst dál|bővebben|更多|更多新闻|更多文章"
        # "Подробнее о проекте": a link to more on one thing, two words at most (a sentence goes on)
        r"|(?:подробнее|детальніше) (?:о|об|про) \S+(?: \S+)?|(?:подробнее|детальніше)(?: (?:о|об|про) [^.!?]{1,60})? (?:читайте|смотрите|дивіться) (?:здесь|тут|по ссылке|за посиланням|в (?:нашем|нашій|материале|статье|матеріалі)[^.!?]{0,40})|haberin devamı(?: için tıklayın)?|(?:記事の)?続きを読む|もっと見る|阅读全文|閱讀全文|阅读更多|查看更多|더 ?보기|اقرأ المزيد",
        # "Load more" under a list of stories
        r"(?:mehr|weitere) laden|charger plus|cargar más|carregar mais|załaduj więcej|показать (?:еще|ещё)|carica altr[io]|meer laden",
        r"daha fazla yükle|muat lebih banyak|加载更多|載入更多|もっと読み込む",
        r"veja mais|mostra (?:altr[io]|tutt[ie])|vedi (?:altro|tutt[ie]|di più)|voir tout|alle anzeigen|ver tod[oa]s|zobacz wszystkie|tümünü gör"
        r"|lihat (?:semua|lainnya)|xem tất cả|смотреть (?:все|ещё|еще)",
        r"mehr anzeigen|afficher plus|mostrar más|показать (?:больше|все)|mostra di più|mostrar mais|pokaż więcej|toon meer"
        r"|daha fazla göster|tampilkan lebih banyak|hiển thị thêm|visa mer|vis mere|vis mer|näytä lisää|zobrazit více|mutass többet"
        r"|δε[ιί]τε περισσ[οό]τερα|הצג עוד|نمایش بیشتر|عرض المزيد|显示更多|顯示更多",
    ),
)

RELATED_LINK = Vocabulary(
    "related_link",
    prefixes=(
        r"\[?(?:related|read more|read also|also read|see also|also|more|recommended|don['’]t miss|watch|listen|also on [\w.]+|related (?:post|article|story|coverage)|see more|read)\s*:",
        r"(?:also|elsewhere) on [\w.-]+\.(?:com|org|net|co\.uk|de|fr|es|pl)\b",
        r"on [\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|de|fr|es|it|pl|nl)\s*:",  # "On SiteName.com: Car sales plunge ..."
        r"(?:read|find out|learn) more about\b|mehr zum thema\b|erfahren sie mehr (?:über|zu)\b|más información sobre\b|(?:lee|descubre) más sobre\b"
        r"|en savoir plus sur\b|découvrez-en plus sur\b|(?:saiba|leia) mais sobre\b|(?:scopri|leggi) di più su(?:l|i|lla|gli|lle|llo)?\b|lees meer over\b"
        r"|(?:czytaj|dowiedz się) więcej o\b|اقرأ المزيد (?:عن|حول)",
        # "Follow our full coverage at https://...", "More NBA: https://...": a pointer to an address
        r"(?:follow|read|see|watch|more)\b[^.!?]{0,80}?(?:\bat|\bon|:)\s+(?:https?://|www\.)",
        r"(?:mehr zum thema|lesen sie auch|auch interessant|lire aussi|à lire aussi|voir aussi|lee también|leer también|te puede interesar|czytaj (?:także|też|również|więcej)|zobacz (?:też|także)|leia também|leggi anche|lees ook)\s*[:|]",
        r"(?:ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|(?:อ่าน)?ข่าวที่เกี่ยวข้อง|อ่านข่าวเพิ่มเติม)\s*[:|\-–—]",
        # "Earlier we wrote:", "More on this:", a bracketed label: "【関連記事】...", "[관련기사] ..."
        r"(?:раніше (?:ми )?(?:писали|повідомляли)|ранее (?:мы )?(?:писали|сообщали)|עוד בנושא|اقرأ المزيد|ez is érdekelheti|llegiu també|lea más)\s*[:|]"
        r"|olvasta már\s?\?",
        r"[【\[](?:関連記事|関連ニュース|관련 ?기사|관련 ?뉴스|相关阅读|相關新聞|相关新闻)[】\]]",
        r">>\s*(?=[^\W\d_])",  # ">> Lạm phát chậm lại ...": a link to another story, as Vietnamese sites mark one
        # "Read also:" on the news sites of Bengali, Tamil, Telugu, Marathi, Gujarati, Punjabi, Kannada,
        # Malayalam, Urdu, Swahili, Filipino and Malay
        r"(?:আরও পড়ুন|আরো পড়ুন|আরও পড়ুন|இதையும் படிக்க|இதையும் படிங்க|மேலும் படிக்க|ఇవి కూడా చదవండి|ఇది కూడా చదవండి|हेही वाचा|हे पण वाचा"
        r"|આ પણ વાંચો|ਇਹ ਵੀ ਪੜ੍ਹੋ|ಇದನ್ನೂ ಓದಿ|ഇതും വായിക്കുക|ഇതുകൂടി വായിക്കുക|یہ بھی پڑھیں|مزید پڑھیں|soma pia|soma zaidi|basahin din|baca juga)\s*[:|]",
        r"(?:читайте (?:также|ещё|еще)|смотрите также|по теме|関連記事|関連ニュース|相关(?:阅读|新闻|文章|报道)|延伸閱讀|관련 ?기사|اقرأ أيض(?:ا|اً)|ilgili haber(?:ler)?|bunlar da ilginizi çekebilir)\s*[:：]",
        r"(?:baca juga|đọc thêm|xem thêm|читайте також|čtěte (?:také|též)|läs också|læs også|les også|citește și|vezi și|διαβ[αά]στε επ[ιί]σης|ראו גם|بیشتر بخوانید"
        r"|lue myös|llegeix també|קראו עוד|pročitajte (?:još|i|također)|bunu da okuyun|ayrıca okuyun)\s*[:|]",
        r"(?:przeczytaj (?:również|także|też)|přečtěte si (?:také|též|i)|olvassa el (?:ezt|ezeket) is|olvasd el (?:ezt|ezeket) is|همچنین بخوانید|קראו גם|διαβ[αά]στε ακ[οό]μη"
        r"|kapcsolódó(?: cikk)?|прочетете (?:още|също)|preberite (?:še|tudi))\s*[:|]",
        r"(?:lea también|ver también|(?:también )?te puede interesar|te recomendamos|(?:noticias|artículos) relacionad[oa]s|relacionad[oa]s?|sur le même sujet"
        r"|das könnte (?:sie|dich) (?:auch )?interessieren|leia mais|veja também|saiba mais|(?:ti )?potrebbe interessar(?:ti|e)(?: anche)?|vedi anche|lees meer|läs även"
        r"|čítajte (?:aj|tiež)|olvassa el|you (?:may|might) also like|[اإأ]قر[أا] [أا]يض(?:ا|اً|ًا)|ذات صلة|延伸阅读|相關新聞|相關報導|あわせて読みたい|อ่านเพิ่มเติม)\s*[:：|]",
        # the same labels run into the headline they point to, as dumps print "LEIA TAMBÉM Câmara aprova...":
        # an imperative no sentence of a story opens with
        r"(?:lesen sie auch|(?:à )?lire aussi|le[ae]r? también|czytaj (?:także|też|również)|leia também|veja também|leggi anche|lees ook"
        r"|читайте (?:также|ещё|еще|також)|baca juga|ilgili haber(?:ler)?|xem thêm|đọc thêm|läs också|læs også|les også|citește și|čtěte (?:také|též)"
        r"|also read|read also|lea también|ver también|vedi anche|läs även|смотрите также|[اإأ]قر[أا] [أا]يض(?:ا|اً|ًا)|(?:यह|ये|इसे) भी पढ़ें|相关阅读|延伸阅读|関連記事|관련 ?기사"
        r"|ayrıca okuyun|przeczytaj (?:również|także|też)|zobacz (?:też|także)|přečtěte si (?:také|též)|čítajte (?:aj|tiež)|preberite (?:še|tudi)|прочетете още"
        r"|διαβ[αά]στε επ[ιί]σης|lue myös|همچنین بخوانید|soma pia|basahin din)\s+(?=\S)",
    ),
)

#: "Read also:" standing alone between two paragraphs: it labels the one headline under it, and
#: the story goes on after that (a "Related" heading over a list closes the story instead).
READ_ALSO = Vocabulary(
    "read_also",
    lines=(
        r"(?:read also|also read|see also|baca juga|lesen sie auch|(?:à )?lire aussi|le[ae]r? también|czytaj (?:także|też|również)"
        r"|zobacz (?:też|także)|leia também|veja também|leggi anche|lees ook|читайте (?:также|ещё|еще|також)"
        r"|läs också|læs også|les også|citește și|vezi și|čtěte (?:také|též)|přečtěte si (?:také|též|i)|przeczytaj (?:również|także|też)"
        r"|διαβ[αά]στε επ[ιί]σης|δε[ιί]τε (?:επ[ιί]σης|ακ[οό]μη)|lue myös|ayrıca okuyun|bunu da okuyun|ilgili haber|קראו גם|[اإأ]قر[أا] [أا]يض(?:ا|اً|ًا)|همچنین بخوانید|ver también|vedi anche|läs även|olvassa el(?: ezt is)?|(?:यह|ये|इसे) भी पढ़ें"
        r"|kapcsolódó(?: cikk)?|یہ بھی پڑھیں|прочетете (?:още|също)|pročitajte (?:i|također)|preberite (?:še|tudi)"
        r"|llegi?(?:u|eix) també|vegeu també|le tamén|irakurri (?:ere|baita)|čítajte (?:aj|tiež)|prečítajte si (?:aj|tiež)|(?:taip pat )?skaitykite(?: taip pat)?"
        r"|lasiet arī|lasi arī|loe (?:ka|lisaks)|прочитајте (?:и|још)|читајте (?:и|још)|lexo (?:edhe|gjithashtu)|lexoni edhe|lestu (?:einnig|líka)"
        r"|basahin (?:din|rin)|soma pia|இதையும் படி(?:க்க|யுங்கள்)|हे(?:ही| पण) वाचा|ასევე წაიკითხეთ|կարդացեք նաև|həmçinin oxuyun|сондай-ақ оқыңыз)\s*[:：|]?",
    ),
)

RELATED = Vocabulary(
    "related_list",
    lines=(
        r"(?:related|recommended|suggested|similar|more|other|latest|top|popular|trending|featured|recent|most (?:read|popular|viewed|shared|commented|emailed))"
        r"(?: (?:articles?|stories|posts|news|topics|content|coverage|reads?|videos?|links|galleries|items|headlines|now|today|this week|for you))*",
        r"(?:you (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)|recommended for you|don['’]t miss|editor['’]?s['’]? picks?|what['’]s (?:trending|hot|new|happening)|trending now|in case you missed it)",
        r"(?:more|other) (?:great |top |popular |recent )?(?:[\w'’.-]+ )?(?:stories|articles|posts|reads)(?: from .{1,30})?|(?:up )?next (?:up )?in .{1,40}",
        r"(?:top|more|latest) (?:stories|news|headlines) (?:in|from|on) .{1,40}|(?:more|latest) (?:from|on|in|about|by) .{1,50}|(?:also|elsewhere) on .{1,40}|a mix of what['’]s trending.{0,40}",
        r"mehr zum thema|lesen sie mehr|das könnte sie (?:auch )?interessieren|weitere (?:artikel|beiträge|nachrichten)(?: zum thema)?|meistgelesen|verwandte (?:artikel|themen)|auch interessant|empfehlungen",
        r"sur le même sujet|les plus lus|vous aimerez (?:aussi|également)|(?:ça|cela) (?:pourrait|peut) vous intéresser|articles similaires|nos recommandations|à découvrir|dans la même rubrique|voir aussi",
        r"últimas notícias|ultime notizie|son haberler|последние новости|останні новини|berita terkini|tin mới nhất|آخر الأخبار|ताज़ा ख़बरें|ताजा खबरें"
        r"|laatste nieuws|senaste nytt|τελευταία νέα|חדשות אחרונות|آخرین اخبار|nejnovější zprávy|friss hírek|ultimele știri|найпопулярніше|найчитаніше|הנקראים ביותר",
        r"ข่าวที่เกี่ยวข้อง|(?:ข่าว|บทความ|เรื่อง)(?:ที่เกี่ยวข้อง|แนะนำ|ยอดนิยม|ล่าสุด|อื่นๆ?)|ยอดนิยม|มาแรง",
        r"te puede interesar|(?:noticias|artículos) relacionad[oa]s|relacionad[oa]s?|lo más (?:leído|visto)|también te puede interesar|más noticias|te recomendamos"
        r"|(?:las )?más (?:leídas|vistas|compartidas)|lo último|últimas noticias|le(?:s)? plus (?:partagés|commentés)|(?:dernières|les dernières) (?:actualités|infos)",
        r"zobacz również|najczęściej czytane|polec(?:ane|amy)|powiązane(?: artykuły)?|najnowsze|najpopularniejsze",
        r"mais lidas|notícias relacionadas|(?:você|voce) (?:também )?(?:pode|vai) gostar.{0,4}|potrebbe interessarti(?: anche)?|i più letti|meest gelezen",
        # "Recommended", "You may also be interested in", as Spanish, Italian, Dutch, Indonesian, Turkish, Japanese, Korean say it
        r"recomendad[oa]s(?: para ti| para você)?|consigliati(?: per te)?|aanbevolen(?: voor jou)?|rekomendasi(?: untuk anda)?"
        r"|önerilen(?: haberler)?|(?:bunlar da |bunlar )?ilginizi çekebilir|あわせて読みたい|こちらもおすすめ|추천 ?기사",
        r"смотрите также|(?:новости|материалы|статьи|публикации)? ?по теме|(?:новини|матеріали|статті) за темою|самое (?:читаемое|популярное)|популярное|関連記事|関連ニュース|おすすめ(?:記事)?|人気記事|アクセスランキング",
        r"相关(?:阅读|新闻|文章|报道)|相關(?:新聞|報導)|热门(?:新闻|文章|推荐)?|推荐阅读|延伸閱讀|延伸阅读|猜你喜欢|更多精彩(?:内容|推荐)?|관련 ?기사|많이 본 (?:뉴스|기사)|함께 (?:보면 좋은|볼만한|읽으면 좋은) (?:기사|뉴스)",
        r"関連リンク|外部サイト|(?:アクセス|人気|記事)?ランキング",
        r"الأكثر (?:قراءة|مشاهدة)|(?:أخبار )?ذات صلة|ilgili haberler|en çok okunanlar",
        r"berita terkait|terpopuler|tin liên quan|đọc nhiều nhất|популярне|най-четени|най-нови|сродни (?:новини|статии)|সর্বাধিক পঠিত|সম্পর্কিত খবর|související(?: články)?|nejčtenější",
        r"mest lästa?|relaterat|mest lest|mest læste|cele mai citite|articole similare|kapcsolódó cikkek|legolvasottabb|ezt (?:is|se) hagyja ki|ezt is ajánljuk",
        r"σχετικ[αά] [αά]ρθρα|(?:τα )?(?:πιο )?δημοφιλ[ηή]|(?:τα )?πιο διαβασμένα|כתבות נוספות|עוד באותו נושא|מומלצים|مطالب مرتبط|اخبار مرتبط|پربازدیدترین",
        r"(?:articoli|post|notizie) correlat[ie]|ti potrebbe interessare|(?:posts|artigos|matérias|entradas|publicaciones) relacionad[oa]s",
        r"articles (?:liés|connexes)|à lire également|sur le même thème|(?:ähnliche|verwandte) (?:beiträge|artikel)|das könnte dich (?:auch )?interessieren|weitere beiträge",
        r"podobne (?:wpisy|artykuły|posty)|gerelateerde (?:berichten|artikelen)|vergelijkbare berichten|ook interessant|meer nieuws",
        r"похожие (?:записи|статьи|новости|публикации)|другие новости|(?:ещё|еще|больше) по теме|більше (?:за темою|новин)|(?:ще|також) за темою|рекомендуем|схожі (?:записи|статті|новини)|інші новини",
        r"benzer (?:yazılar|haberler|içerikler)|ilgili (?:yazılar|içerikler)|diğer haberler|bunları da beğenebilirsiniz|artikel terkait|berita lainnya|postingan terkait",
        r"bài viết (?:liên quan|khác)|tin khác|có thể bạn quan tâm|relaterade (?:artiklar|inlägg)|liknande inlägg|relaterede (?:artikler|indlæg)|relaterte (?:artikler|saker)",
        r"(?:podobné|další) články|articole (?:asemănătoare|recomandate)|(?:postări|știri) similare|hasonló (?:cikkek|bejegyzések)|(?:مقالات|مواضيع) ذات صلة",
        r"daha fazla (?:haber|yazı|içerik)|pročitajte još|povezane (?:vijesti|vesti)|najčitanije|luetuimmat",
        r"הכי נקראים|بیشتر بخوانید|संबंधित (?:खबरें|ख़बरें|समाचार)|सबसे (?:ज्यादा|ज़्यादा|अधिक) पढ़ी गई(?: खबरें)?",
        r"più letti|最新(?:ニュース|記事)|最新(?:新闻|文章)|인기 ?(?:기사|뉴스)|최신 ?(?:기사|뉴스)",
        # Catalan, Galician, Basque, Slovak, Slovenian, Baltic, Serbian, Macedonian, Albanian, Icelandic, Malay, Filipino,
        # Swahili, Urdu, Tamil, Marathi, Georgian, Armenian, Azerbaijani, Kazakh
        r"(?:notícies|articles) relacionat?(?:s|des)|més (?:notícies|llegides|llegits|vist(?:es|os))|el més llegit|també et pot interessar|máis (?:lidas|noticias)"
        r"|lotutako albisteak|gehien irakurriak|albiste gehiago|súvisiace (?:články|správy)|najčítanejšie|ďalšie správy|mohlo by vás zaujímať"
        r"|sorodn(?:i članki|e novice)|najbolj bran(?:o|e)|več novic|susiję straipsniai|susijusios naujienos|skaitomiausi(?: straipsniai)?|daugiau naujienų"
        r"|saistītie raksti|lasītākie|vairāk ziņu|citas ziņas|seotud (?:artiklid|uudised)|loetuimad|rohkem uudiseid",
        r"повезане вести|сродне вести|најчитаније|још вести|поврзани вести|најчитани|повеќе вести|srodne vijesti|još vesti|lajme (?:të ngjashme|të tjera)|më të lexuarat"
        r"|tengdar fréttir|mest lesið|fleiri fréttir|(?:berita|artikel) berkaitan|paling popular|berita lain|(?:mga )?kaugnay na (?:balita|artikulo)|pinakabasa|iba pang balita"
        r"|habari (?:zinazohusiana|zaidi)|zilizosomwa zaidi|متعلقہ خبریں|مزید خبریں|தொடர்புடைய செய்திகள்|மேலும் செய்திகள்|संबंधित बातम्या|अधिक बातम्या|सर्वाधिक वाचलेले"
        r"|მსგავსი (?:სიახლეები|ამბები)|ყველაზე კითხვადი|առնչվող նորություններ|նմանատիպ նորություններ|ամենաընթերցված|oxşar xəbərlər|digər xəbərlər|ən çox oxunanlar"
        r"|ұқсас жаңалықтар|басқа жаңалықтар|көп оқылған",
    ),
    ends_article=True,
)

#: Minutes, as reading times count them ("3 min", "3 Minuten", "3分钟", "3 دقائق").
_MINUTES = (
    r"(?:min(?:ute)?s?|mins?\.?|minuten|minuti|minuto|minutos|minuty|minuter|minutter|minut|minuuttia|минут[аы]?|мин\.?|хвилин[аи]?|хв\.?"
    r"|dakika|dk\.?|menit|phút|perc|λεπτά|分钟|分鐘|分|분|دقائق|دقيقة|דקות|मिनट)"
)
#: The words around a reading time: "Reading time:", "Lesezeit", "読了時間", "de lecture", "읽기".
_READING = (
    r"reading time|read time|lesezeit|lesedauer|temps de lecture|lecture|lectura|leitura|lettura|tiempo de lectura|czas czytania|tempo de leitura|tempo di lettura"
    r"|leestijd|время чтения|час читання|okuma süresi|lukuaika|lästid|læsetid|lesetid|doba čtení|waktu baca|thời gian đọc"
    r"|olvasási idő|χρόνος ανάγνωσης|زمن القراءة|وقت القراءة|مدة القراءة|זמן קריאה|読了時間|阅读时间|閱讀時間|읽는 시간|पढ़ने का समय"
    r"|timp de citire|время на чтение|читать|читати|на прочитання"
)

#: A labelled reading time, alone or beside a date on one line: "Lesezeit: 4 Minuten", "... Temps de lecture 3 min.".
READING_TIME = rf"(?:{_READING})\s*[:：]?\s*(?:\d+|an?|one|\w+)\s*{_MINUTES}\.?"

META = Vocabulary(
    "reading_time",
    lines=(
        rf"\d+\s*{_MINUTES}(?: read| reading time| to read| de lecture| de lectura| de leitura| di lettura| čtení| czytania"
        r"| чтения| на чтение| читання| okuma| baca| đọc| 읽기| للقراءة| קריאה| पढ़ें| lesezeit| leestijd| de citire| lästid)?",
        r"\d+\s*分で読(?:める|めます)",
        READING_TIME,
        r"listen to (?:this )?(?:article|story)(?:\s*[·|•,–-]?\s*\d+\s*min(?:s|utes)?\.?)?|\d+:\d{2}|audio(?: version)?|print this page",
        r"word ?count\s*:?\s*[\d,.]+(?: words)?",
    ),
)

#: A number beside its word for views or reads: "1,245 views", "12K views", "1 245 просмотров".
_COUNT = r"\d[\d.,\s]{0,12}(?:k|m|тыс\.?|万|萬)?"

VIEWS = Vocabulary(
    "view_counter",
    lines=(
        rf"{_COUNT}\s*(?:views?|reads|hits|aufrufe|mal gelesen|vues|visitas|vistas|lecturas|visualizações|acessos|leituras"
        r"|visualizzazioni|letture|wyświetle(?:ń|nia|nie)|odsłon|просмотр(?:ов|а)?|перегляд(?:ів|и)?|görüntülenme|kez okundu"
        r"|kali dibaca|lượt xem|weergaven|keer (?:gelezen|bekeken)|zobrazení|přečtení|vizualizări|megtekintés|προβολές|צפיות"
        r"|مشاهدات|مشاهدة|قراءة|بازدید|व्यूज|बार देखा गया|次(?:阅读|浏览|閱讀|瀏覽)|人(?:阅读|浏览|閱讀|瀏覽)|回閲覧)",
        rf"(?:views|reads|hits|aufrufe|vues|visitas|visualizações|visualizzazioni|wyświetlenia|просмотр(?:ов|ы)|перегляд(?:ів|и)"
        rf"|görüntülenme|okunma|dibaca|lượt xem|المشاهدات|عدد المشاهدات|تعداد بازدید|بازدید|阅读(?:量|数|次数)?|閱讀(?:量|數|次數)?"
        rf"|浏览(?:量|次数)?|瀏覽(?:量|次數)?|閲覧数|조회(?:수)?)\s*[:：]?\s*{_COUNT}(?:\s*(?:kali|次|回))?",
        rf"(?:visto|lu|gelesen) {_COUNT}\s*(?:veces|fois|mal)",
    ),
)
