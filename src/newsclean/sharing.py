"""The share bar's vocabulary: social networks by name, and the prompts to share a story.

Share bars print the networks' names ("Facebook Twitter WhatsApp"), verbs with them ("Share on
Facebook", "Compartir en X", "Jaa Facebookissa", "分享到：微信 微博"), the story as the object
("Deel dit artikel", "שתפו את הכתבה") and the page's save, print and gift buttons, in some
thirty languages. ``patterns.py`` files the :data:`SHARE` vocabulary with the other prompts;
``shapes.py`` reads a line made of network names with :data:`SOCIAL`.
"""

from __future__ import annotations

from .vocabulary import Vocabulary

__all__ = ["SHARE", "SOCIAL", "SOCIAL_NATIVE"]


#: Social networks as other scripts write them ("בפייסבוק", "واتساب", "微信").
SOCIAL_NATIVE = r"ב?פייסבוק|ב?טוויטר|ב?וואטסאפ|ב?אינסטגרם|فيسبوك|تويتر|واتساب|تلغرام|فیسبوک|توییتر|تلگرام|واتس[‌ ]?اپ|फेसबुक|ट्विटर|व्हाट्सएप|ফেসবুক|টুইটার|페이스북|트위터|フェイスブック|ツイッター|เฟซบุ๊ก|ทวิตเตอร์|фейсбук|твиттер|телеграм|вконтакте|微信|微博|qq空间|qzone|豆瓣|朋友圈|카카오톡"

#: "This article" as share bars write it: "Deel dit artikel", "Partager cet article", "Compartilhe esta notícia".
_THIS_ARTICLE = (
    r"dit artikel|diesen artikel|den artikel|artikel|cet article|l['’]article|l['’]articolo|questo articolo|este artigo|esta not[ií]cia"
    r"|esta matéria|este art[ií]culo|esta noticia|art[ií]culo|noticia|новостью|статьей|статьёй|материалом|новиною|статтею|(?:bu )?haberi"
    r"|berita(?: ini)?|artikel ini|bài viết(?: này)?|bài báo|الخبر|المقال|artykuł|ten artykuł|artiklen|artikeln|artikkeli|saken|articolul|článek|cikket|το [αά]ρθρο|את הכתבה"
)

#: "Copy link" in some twenty languages.
_COPY_LINK = (
    r"sao chép (?:liên kết|link|đường dẫn)|salin (?:tautan|link)|(?:bağlantıyı|linki) kopyala|(?:с)?копировать ссылку|скопіювати посилання"
    r"|リンクをコピー(?:する)?|复制链接|複製連結|링크 ?복사|copiar (?:o )?link|kopieer (?:de )?link|link kopiëren|kopiera länk(?:en)?|kopioi linkki"
    r"|kopírovat odkaz|copiază link(?:ul)?|αντιγραφή (?:συνδέσμου|link)|העתק(?:ת)? (?:קישור|לינק)|نسخ الرابط|کپی لینک|लिंक कॉपी करें|คัดลอกลิงก์"
    r"|copy (?:the )?link|link kopieren|copier le lien|copiar (?:el )?enlace|copia (?:il )?link|kopiuj link"
    r"|cop(?:ia|iar) l['’]enllaç|kopírovať odkaz|kopiraj (?:povezavo|link|poveznicu)|kopijuoti nuorodą|kopēt saiti|kopeeri link|копирај (?:линк|везу)"
    r"|kopjo lidhjen|afrita hlekk|salin pautan|kopyahin ang link|kopiatu esteka|nakili kiungo|ბმულის კოპირება|պատճենել հղումը|сілтемені көшіру"
)
SOCIAL = (
    r"facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|instagram|youtube|tiktok"
    r"|flipboard|tumblr|xing|vk|viber|messenger|e-?mail|email|mail|sms|rss|google\+?|threads|bluesky|mastodon|pint|pin|print"
    r"|line|zalo|kakao(?:talk| ?story)?|naver|weibo|wechat|qzone|douban|hatena|mixi|snapchat|skype|odnoklassniki"
)

SHARE = Vocabulary(
    "share",
    lines=(
        rf"share(?: this| the)?(?: article| story| post| page| on| via| with| to)?(?: (?:{SOCIAL}))*|shares?|\d[\d.,]*k? shares?",
        rf"(?:{SOCIAL})(?: (?:{SOCIAL}))*|tweet(?: this)?|pin(?: it)?|print(?: this)?(?: article| page)?|link copied",
        rf"(?:follow|like|join) (?:us|\w+) on (?:{SOCIAL})|(?:follow|find|like) (?:us|[\w.&'’ -]{{1,30}}) on:?|follow(?: us)?|connect with us|sharing is caring!?|like this:|like loading\.\.\.|like|dislike",
        rf"(?:teilen|auf (?:{SOCIAL}) teilen|drucken|partager(?: sur (?:{SOCIAL}))?|imprimer|compartir(?: en (?:{SOCIAL}))?)",
        rf"imprimir|udostępnij(?: na (?:{SOCIAL}))?|drukuj|compartilhe|condividi|delen|deel(?: op (?:{SOCIAL}))?",
        r"share on: .{0,60}|share (?:this|article) (?:via|on) .{0,40}",
        r"(?:(?:like|liked|enjoy|enjoyed|love|loved) this (?:story|article|post)\?\s*)?share (?:it|this(?: story| article| post)?) with (?:a friend|friends|your friends|others)[.!]?",
        r"(?:share |show |see |view )?(?:close )?(?:all |more |extra )?shar(?:e|ing) options(?: for:? .{0,120})?",
        r"copy (?:the )?link(?: url)?(?: (?:url |link )?copied!?)?|(?:url|link) copied!?",
        r"поделиться|вконтакте|одноклассники|(?:この記事を)?シェア(?:する)?|ツイート|はてなブックマーク|分享(?:到)?|微博|微信|공유(?:하기)?|카카오톡",
        r"शेयर(?: करें)?|ट्वीट|แชร์|ทวีต",
        r"شارك|مشاركة|فيسبوك|تويتر|واتساب|paylaş|takip et|obserwuj(?: nas)?|theo dõi",
        # "Send by e-mail", "Envoyer par e-mail", "Enviar por WhatsApp", "Condividi su X", "Wyślij przez Messenger"
        rf"(?:send|e-?mail)(?: this(?: article| story)?)?(?: (?:by|via|on|to) (?:{SOCIAL}))?|email (?:this|a friend)",
        rf"(?:envoyer|enviar|invia|inviare|wyślij|versenden|verschicken|senden|stuur|partilhar|compartilhar)(?: (?:par|por|per|via|tramite|przez|na|mit|pela|pelo|no|en|op|sur|su) (?:{SOCIAL}))?",
        rf"(?:condividi|teilen|deel|delen|compartilhe|udostępnij) (?:su|auf|per|via|op|no|na|w) (?:{SOCIAL})|(?:artikel|beitrag) (?:teilen|versenden)|per (?:{SOCIAL}) (?:teilen|senden|versenden|verschicken)",
        r"(?:partager|compartir|condividi|partilhar|compartilhar) (?:cet article|esta noticia|este artículo|l'articolo|este artigo)",
        r"(?:deel|udostępnij|partager|teilen|condividi) (?:dit artikel|artykuł|l'article|den artikel|artikel|l'articolo)|(?:artikel|geschenk) verschenken",
        # "Deel dit artikel Facebook LinkedIn E-mail", "Diesen Artikel teilen: Facebook X", and a bar as a dump
        # joins its links: the verb, the networks, "Copy link" ("Chia sẻ Facebook Zalo Sao chép liên kết")
        rf"(?:(?:share|deel|delen|partager|partagez|teilen|condividi|compartilhe|compartilhar|partilhar|compartir|comparte|udostępnij"
        rf"|dela|del|jaa|distribuie|sdílet|sdílejte|megosztás|κοινοποιήστε|κοινοπο[ιί]ηση|שתפו|שתף|شارك|مشاركة|分享到|分享|chia sẻ|bagikan"
        rf"|paylaş|поделиться|поділитися|シェア|공유(?:하기)?)(?: (?:{_THIS_ARTICLE}))?"
        rf"|(?:{_THIS_ARTICLE}) (?:teilen|delen|partager|condividere|compartir|compartilhar|paylaş)|teilen sie (?:{_THIS_ARTICLE}))\s*[:：]?"
        rf"(?: (?:{SOCIAL}|{_COPY_LINK})|\s*(?:{SOCIAL_NATIVE}))*",
        # the buttons of a Japanese page run together: "ポストシェアブックマーク"
        r"(?:ポスト|シェア|ツイート|ブックマーク|はてなブックマーク|はてブ|送る|印刷|保存|メール)(?:\s*(?:ポスト|シェア|ツイート|ブックマーク|はてなブックマーク|はてブ|送る|印刷|保存|メール|line|facebook|x))+",
        # a bar of such links, run together as a dump prints links: "Compartir en FacebookCompartir en XEnviar por WhatsApp"
        rf"(?:(?:(?:compartir|compartilhar|partilhar|partager|teilen|condividi|deel|share|enviar|envoyer|invia|send|wyślij|versenden|e-?mail)"
        rf" (?:en|sur|auf|su|no|na|op|on|via|por|par|per|by|przez|pela|pelo|mit|to|with) )?(?:{SOCIAL})\s*)+",
        r"(?:gift|give) (?:this |the )?(?:article|story)|gift (?:an )?article|offrir (?:cet|l['’]) ?article|regala(?:r)? (?:este |questo )?art[ií]c[uo]lo|presentear (?:este )?artigo|share (?:the )?full (?:article|story)",
        r"save(?: (?:article|story|for later|this article))?|bookmark(?: this)?|(?:zur )?merkliste(?: hinzufügen)?|(?:artikel )?(?:merken|speichern)|ajouter à (?:mes|ma liste de) (?:favoris|lecture)|sauvegarder|guardar|zapisz artykuł|salva",
        r"url ?복사|스크랩|인쇄(?:하기)?|좋아요|이 기사를 추천합니다|기사 ?추천|기자 구독|ブックマーク|分享到",
        r"기사 ?공유(?:하기)?|(?:扫一扫|扫码|掃一掃)?分享(?:到|至)(?:微信)?朋友圈|この記事を(?:シェア|共有)(?:する)?",
        # the networks as other scripts write them, alone or in a row: "QQ空间", "微信 微博"
        rf"(?:{SOCIAL_NATIVE})(?:\s*(?:{SOCIAL_NATIVE}))*",
        _COPY_LINK,
        r"bagikan|chia sẻ|поділитися|sdílet|dela|del artikel(?:en)?|distribuie|megosztás|κοινοπο[ιί]ηση|שתפו?|שיתוף|اشتراک[‌ ]?گذاری",
        r"comparteix|partekatu|zdieľa(?:ť|jte)|dalintis|pasidalink(?:ite)?|dalīties|kopīgot|подели|сподели|shpërndaje?|deila|kongsi|ibahagi|shiriki"
        r"|شیئر(?: کریں)?|பகிர்(?:வும்)?|शेअर करा|გაზიარება|կիսվել|бөлісу",
        # "Share on Facebook" with the network's name declined as each language declines it
        rf"(?:поделиться|поділитися|paylaş|bagikan|chia sẻ|分享|مشاركة|شارك|שתפו?|dela|del|jaa|sdílet|distribuie|megosztás"
        rf"|κοινοπο[ιί]ηση|udostępnij|compartilhar|साझा करें|zdieľa(?:ť|jte)|сподели|pod(?:i?j)?eli|deli|comparteix|dalintis|dalīties|jaga"
        rf"|kongsi|shiriki|ibahagi|partekatu|แชร์|اشتراک(?:[‌ ]?گذاری)?)\s*[:：]?\s*"
        rf"(?:(?:в|у|на|във|ke|di|lên|到|عبر|على|در|på|pe|a|na|v|vo|kwenye|sa|ไปยัง|ไป|ลง|στο|no)\s*)?"
        rf"(?:(?:{SOCIAL})\w{{0,4}}|{SOCIAL_NATIVE})",
        r"jaa|साझा करें",
        # the verb last, after the network and its postposition: "Facebook'ta paylaş", "Facebookでシェア",
        # "페이스북 공유", "फेसबुक पर शेयर करें", "ফেসবুকে শেয়ার করুন"
        rf"(?:(?:{SOCIAL})(?:['’]?[a-zığüşöç]{{1,4}})?|{SOCIAL_NATIVE})\s*(?:で|に|へ|에|에서|पर|ে)?\s*"
        r"(?:paylaş|シェア(?:する)?|共有(?:する)?|공유(?:하기)?|शेयर करें|साझा करें|শেয়ার করুন)",
        # "We're on social media": the heading over a row of network buttons
        rf"(?:мы|ми) (?:в|у|на) (?:соцсетях|соцмережах|социальных сетях|соціальних мережах|(?:{SOCIAL}|{SOCIAL_NATIVE}|дзен\w*)(?:,? (?:и|і|та) (?:{SOCIAL}|{SOCIAL_NATIVE}|дзен\w*))*)|we(?: are|['’]re) on social media|(?:find|follow) us on social media"
        r"|nous sommes sur les réseaux sociaux|suivez-nous sur les réseaux sociaux|s[ií]guenos en (?:las )?redes(?: sociales)?|folgen sie uns in den sozialen (?:medien|netzwerken)"
        r"|seguici sui social|siga-nos nas redes sociais",
    ),
    prefixes=(
        rf"(?:follow|find) (?:us|[\w ]{{1,30}}) on (?:{SOCIAL})\b",
        r"(?:subscribe to|follow) (?:[\w.]+ ){0,4}on (?:youtube|twitter|facebook|instagram|telegram)",
    ),
)
