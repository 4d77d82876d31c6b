"""Calls to follow the site on a network or messenger, as data, in some twenty-five languages.

News sites close their stories with "Follow us on Google News", "Подписывайтесь на наш
Telegram-канал", "Síguenos en Google News", "Google News'te takip edin", "关注我们的微信公众号".
Such a line is a verb that only a prompt uses (the imperative, or the verb with "us"),
then a network's name; in Turkish, Persian, Hindi, Japanese and Korean the verb comes
last. A sentence that names a network in passing ("Entre Facebook y Google controlan...")
opens with no such verb and stays. ``patterns.py`` lists this with the other prompts.
"""

from __future__ import annotations

from .regexparts import split_alternatives
from .vocabulary import Vocabulary

#: Where a site asks readers to follow it: networks and messengers as each script writes
#: them, Google News in its local names, and "our channel".
FOLLOW_NETWORKS = (
    r"telegram|whatsapp|viber|signal|youtube|instagram|facebook|twitter|(?<![a-z])x(?![a-z])|tiktok|threads|linkedin|bluesky|mastodon|(?<![a-z])line(?![a-z])"
    r"|google ?(?:news|новости|новини|notícias|noticias|actualités|nieuws|nachrichten|notizie|haberler|berita|tin tức"
    r"|nyheter|nyheder|wiadomości|zprávy|hírek|știri|ειδήσεις)"
    r"|телеграм\w*|ватсап|вайбер|ютуб\w*|вконтакте|дзен\w*|одноклассник\w*|instagram\w*|канал\w*|kanal\w*|channel|canal|chaîne"
    r"|zalo|kakao ?talk|微信|公众号|公眾號|微博|抖音|视频号|카카오톡|텔레그램|유튜브|인스타그램|페이스북|트위터|구글 ?뉴스|채널|ライン|グーグルニュース"
    r"|تلغرام|تيليجرام|تليجرام|واتساب|واتس ?اب|فيسبوك|تويتر|يوتيوب|إنستغرام|جوجل نيوز|قوقل نيوز|قناتنا|قناة"
    r"|تلگرام|اینستاگرام|واتس[‌ ]?اپ|گوگل نیوز|کانال|טלגרם|וואטסאפ|פייסבוק|טוויטר|יוטיוב|אינסטגרם|גוגל ניוז|ערוץ"
    r"|टेलीग्राम|व्हाट्सऐप|व्हाट्सएप|फेसबुक|ट्विटर|यूट्यूब|इंस्टाग्राम|गूगल न्यूज़?|चैनल"
)
#: The verbs that open such a prompt, in the forms only a prompt uses (the imperative,
#: or the verb with "us"): "Follow us", "Подписывайтесь", "Síguenos", "Ikuti kami", "关注".
FOLLOW_OPENERS = (
    r"(?:follow|join|like|find|add|subscribe to) (?:us|our)|(?:read|watch) us|stay (?:connected|updated|informed|tuned)"
    r"|get (?:the latest|breaking|our|all the latest) (?:\w+ )?(?:news|updates|stories|headlines|alerts)"
    r"|подписывайтесь|подпишитесь|следите за|читайте нас|присоединяйтесь|смотрите нас|больше (?:новостей|новости|видео|материалов|интересного) (?:в|на|—)"
    r"|більше (?:новин|відео|матеріалів) (?:в|у|на|—)|(?:for )?more (?:news|stories|updates|videos) (?:on|in|at) our"
    r"|підписуйтесь|підпишіться|стежте за|слідкуйте за|читайте нас|приєднуйтесь|дивіться нас"
    r"|siga-nos|sigam-nos|siga o|siga a|receba|acompanhe|participe|inscreva-se|entre no canal|entre no grupo"
    r"|s[ií]guenos|[uú]nete|suscr[ií]bete|recibe (?:las|nuestras|todas) (?:\w+ )?(?:noticias|novedades|alertas)"
    r"|suivez-nous|rejoignez-nous|(?:suivez|rejoignez) (?:notre|nos|toute l'actualité|l'actualité)|abonnez-vous|retrouvez-nous"
    r"|folgen sie uns|folge uns|folgt uns|abonnieren sie (?:uns|unseren)|abonniere (?:uns|unseren)"
    r"|seguici|iscriviti|unisciti|volg ons|word lid|abonneer je|följ oss|følg (?:os|oss)|gå med i"
    r"|seuraa (?:meitä|meidän)|śledź nas|obserwuj nas|dołącz do|sledujte nás|sledujte|přidejte se|kövess(?:en|etek)? minket|kövessen|csatlakozz(?:on)?"
    r"|urmăriți-ne|urmărește-ne|urmăriți|abonează-te|abonați-vă|alătură-te"
    r"|ikuti (?:kami|juga|berita|saluran|akun)|simak (?:berita|video|informasi|update)|(?:ber)?gabung(?:lah)? (?:di|ke|dengan)"
    r"|dapatkan (?:\w+ )?(?:berita|update|informasi|kabar|notifikasi)|nhận (?:tin|thông báo|bản tin)"
    r"|theo dõi (?:chúng tôi|kênh|fanpage|trang|báo)|tham gia (?:kênh|nhóm|cộng đồng)|تابعونا"
    r"|(?:اشترك|اشتركوا|انضم|انضموا|تابعوا) (?:\S+ ){0,2}(?:قناتنا|صفحتنا|حسابنا|مجموعتنا)"
    r"|עקבו אחרינו|הצטרפו (?:לערוץ|לקבוצת|אלינו)|הירשמו לערוץ|ακολουθ[ήη]στε|ακολο[ύυ]θησε|γραφτε[ίι]τε"
    r"|(?:欢迎|歡迎|请|請|扫码|掃碼|长按|長按)(?:关注|關注|订阅|訂閱)|(?:关注|關注|订阅|訂閱)(?:我们|我們|本号|本號)"
    r"|(?:关注|關注|订阅|訂閱)(?=.{0,20}(?:公众号|公眾號|视频号|視頻號))|ติดตาม(?:เรา|ข่าวสาร|ข่าว)(?:ได้)?(?:ที่|ทาง)"
)
#: The same prompt where the verb comes last: Turkish, Persian, Hindi, Japanese, Korean. In
#: scripts with spaces the verb follows one, which the needle a line is screened by keeps
#: (a space is in every line anyway; "t" or "a" would make the screen slower for every line).
FOLLOW_CLOSERS = (
    r" takip edin| takip et| abone olun| katılın| دنبال کنید| عضو شوید| फॉलो करें| फॉलो कीजिए| जुड़ें| सब्सक्राइब करें"
    r"|フォロー(?:して(?:ください|ね)|する|お願いします)?|友だち追加|友達追加|登録(?:して(?:ください|ね)|お願いします)|チャンネル登録"
    r"|구독(?:하기|하세요|해 ?주세요)?|팔로우(?:하기|하세요)?|친구 ?추가"
)

FOLLOW = Vocabulary(
    "share",
    lines=(
        # "Google News'te takip edin", "ما را در تلگرام دنبال کنید", "LINEで友だち追加"
        rf".{{0,60}}?(?:{FOLLOW_NETWORKS}).{{0,40}}?(?:{FOLLOW_CLOSERS})",
    ),
    prefixes=(
        # "Подписывайтесь на наш Telegram-канал", "Síguenos en Google News", "关注我们的微信公众号", and
        # what the prompt promises after it ("... y recibe las noticias más importantes del día"), up to
        # the line's end: a long line that opens so is still the prompt. One fragment per opener, so
        # that a line meets only the openers of its first letter.
        *(rf"{opener}.{{0,60}}?(?:{FOLLOW_NETWORKS}).{{0,100}}$" for opener in split_alternatives(FOLLOW_OPENERS)),
    ),
)
