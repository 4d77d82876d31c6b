"""The chrome vocabulary: what page chrome says, as data, grouped by concept.

Each :class:`Vocabulary` is one kind of chrome, named by the reason its removals carry.
``lines`` are regular-expression fragments that make up a whole short line ("Sign in",
"0 Comments", "Share on Facebook"); ``prefixes`` start a line that is chrome whatever
follows ("Reporting by ...", "Related: ...", "Photo: ..."); ``phrases`` mark a line
wherever they stand in it ("... subscribe to our newsletter."). Fragments are matched
case-insensitively, after a line's leading and trailing bullets, icons and counters.

English comes first, then German, French, Spanish and Polish, then Portuguese, Italian
and Dutch where a word is cheap to add, and the commonest Russian, Chinese, Japanese,
Korean, Arabic and Turkish furniture (login, share, comments, related, copyright, dates).
Comment forms, related lists, previous/next links, tags, cookie notices and newsletter
prompts, as site themes word them, are covered in some thirty languages besides.
No fragment names a site: the rules must hold on pages nobody here has seen. The logic
that uses all this lives in ``chrome.py``; this module holds the prompts addressed to
the reader (``paywalls.py`` the paywall), ``furniture.py`` the page around the article.
"""

from __future__ import annotations

from .consent import CONSENT
from .embeds import EMBED
from .following import FOLLOW
from .furniture import (
    BOILERPLATE,
    CAPTION,
    COPYRIGHT,
    CREDIT,
    META,
    NAVIGATION,
    READ_ALSO,
    READ_MORE,
    RELATED,
    RELATED_LINK,
    SOURCE,
    VIEWS,
)
from .paywalls import PAYWALL
from .sharing import SHARE, SOCIAL
from .vocabulary import Vocabulary

__all__ = ["CHROME", "SOCIAL", "Vocabulary"]


AUTH = Vocabulary(
    "login_prompt",
    lines=(
        r"(?:sign|log) ?(?:in|out|on)|login|logout|sign ?up|register|registration|user registration",
        r"(?:sign|log) ?in (?:or|/|and) (?:sign ?up|register|subscribe)|(?:register|sign ?up) ?(?:/|or|and) ?(?:log ?in|sign ?in)",
        r"(?:log ?in|sign ?in|register) (?:to|with|using|via) .{0,40}",
        r"(?:login|log in|sign in|register) to (?:comment|reply|leave a comment|post a comment|continue)",
        r"forgot (?:your )?(?:password|username)\??|reset (?:your )?password|remember me|my account|my profile",
        r"create (?:an|your|a free) account|already (?:have an account|a (?:member|subscriber|user))\??",
        r"(?:facebook|twitter|google|apple) (?:users|connect|login|sign in)|continue with (?:facebook|google|apple|email)",
        r"(?:username|password|e-?mail address|email)(?: or (?:username|e-?mail))?:?",
        r"anmelden|abmelden|einloggen|ausloggen|registrieren|registrierung|passwort vergessen\??|mein konto|konto erstellen",
        r"se connecter|se déconnecter|connexion|déconnexion|s'inscrire|inscription|mot de passe oublié\s?\??|mon compte|créer un compte",
        r"iniciar sesión|cerrar sesión|registrarse|regístrate|¿?olvidaste tu contraseña\??|mi cuenta|crear (?:una )?cuenta|acceder|identifícate",
        r"zaloguj(?: się)?|wyloguj(?: się)?|zarejestruj(?: się)?|rejestracja|nie pamiętasz hasła\??|moje konto|załóż konto",
        r"entrar|iniciar sessão|cadastre-se|cadastrar|esqueceu (?:sua|a) senha\??|minha conta|accedi|registrati|inloggen|registreren",
        r"войти|выйти|вход|регистрация|зарегистрироваться|забыли пароль\??|личный кабинет",
        r"ログイン|ログアウト|会員登録|新規登録|登录|注册|登入|註冊|로그인|로그아웃|회원가입",
        r"(?:लॉग ?इन|लॉगिन|साइन ?इन|साइन ?अप)(?: करें)?|लॉग ?आउट|रजिस्टर(?: करें)?|पंजीकरण|เข้าสู่ระบบ|ออกจากระบบ|สมัครสมาชิก|ลงทะเบียน",
        r"تسجيل (?:الدخول|الخروج)|إنشاء حساب|giriş yap|çıkış yap|üye ol|kayıt ol|şifremi unuttum",
        r"masuk|daftar|keluar|đăng nhập|đăng ký|đăng xuất|увійти|вийти|реєстрація|зареєструватися|přihlásit(?: se)?|odhlásit(?: se)?|registrace",
        r"logga (?:in|ut)|skapa konto|log (?:ind|ud)|logg (?:inn|ut)|opret konto|autentificare|conectare|înregistrare|bejelentkezés|kijelentkezés|regisztráció",
        r"kirjaudu(?: sisään| ulos)?|rekisteröidy|luo tili",
        r"σ[υύ]νδεση|αποσ[υύ]νδεση|εγγραφ[ηή]|התחברות|התנתקות|הרשמה|ورود|خروج|ثبت[‌ ]?نام",
        # Catalan, Basque, Slovak, Slovenian and the Serbo-Croatian languages, Baltic, Icelandic, Albanian,
        # Macedonian, Malay, Filipino, Swahili, Urdu, Tamil, Georgian, Armenian, Azerbaijani, Kazakh
        r"inicia(?:r| la)? sessió|tanca(?:r| la)? sessió|registra['’]t|el meu compte|hasi saioa|saioa hasi|erregistratu|rexístrate|rexistrarse",
        r"prihlásiť(?: sa)?|prihlásenie|odhlásiť(?: sa)?|registrácia|registrovať sa|prijav(?:a|i se)|odjav(?:a|i se)|registracija|registriraj(?: se)?|registruj se"
        r"|пријав(?:а|и се)|одјав(?:а|и се)|регистрација|најав(?:а|и се)|регистрирај се|prisijungti|prisijunkite|atsijungti|registruotis"
        r"|pieslēgties|reģistrēties|reģistrācija|logi (?:sisse|välja)|registreeru|skrá (?:inn|út)|innskráning|nýskráning|hyr|identifikohu|regjistrohu",
        r"log (?:masuk|keluar)|mag-?(?:log ?in|sign ?in|sign ?up)|magparehistro|ingia|jisajili|لاگ ان|سائن ان|உள்நுழை(?:க|யவும்)?|வெளியேறு"
        r"|შესვლა|რეგისტრაცია|մուտք|գրանցում|daxil ol|qeydiyyat|кіру|тіркелу",
    ),
    prefixes=(
        r"(?:you must be |please )?(?:logged in|log ?in|sign ?in|register) (?:to|in order to) (?:comment|reply|post|continue|read|vote|leave)",
        r"use your (?:facebook|google|twitter|apple) account to (?:log ?in|sign ?in|register)",
        r"(?:bitte )?(?:melden sie sich an|loggen sie sich ein)|connectez-vous pour|inicia sesión para|zaloguj się, aby",
        # "You must be logged in to post a comment", as comment forms across languages say it
        r"(?:du musst|sie müssen) (?:angemeldet|eingeloggt|registriert) sein,? um (?:einen kommentar|zu kommentieren|kommentare)",
        r"vous devez (?:être (?:connecté|identifié|inscrit)e?|vous (?:connecter|identifier)) pour (?:publier|poster|laisser|écrire|ajouter|commenter)",
        r"(?:debes|tienes que|necesitas|es necesario) (?:estar (?:registrado|conectado|identificado)|iniciar sesión|acceder|registrarte) para (?:comentar|publicar|dejar|escribir|enviar)",
        r"(?:você precisa|é necessário|tem de|tem que) (?:estar (?:logado|conectado)|fazer (?:o )?login|iniciar (?:a )?sessão|entrar) para (?:comentar|publicar|postar|enviar|deixar)",
        r"devi (?:essere (?:connesso|registrato|loggato)|effettuare l'accesso|accedere) per (?:inviare|pubblicare|lasciare|scrivere|commentare)",
        r"(?:je|u) moet (?:ingelogd|aangemeld) zijn om (?:een reactie|te reageren)",
        # "Log in to comment", as short as comment forms say it in other languages
        r"(?:log (?:dan )?in|meld je aan|login) om te reageren|(?:faça|fazer|faz) (?:o )?login para (?:comentar|participar)|entre para comentar"
        r"|accedi per (?:commentare|lasciare un commento)|logga in för att (?:kommentera|skriva)|log ind for at (?:kommentere|skrive)"
        r"|logg inn for å (?:kommentere|skrive)|kirjaudu (?:sisään )?(?:kommentoidaksesi|kommentoimaan)|přihlaste se(?:,)? (?:pro|abyste|a) (?:komentování|komentoval)"
        r"|(?:melden sie sich an|einloggen),? um zu kommentieren|войдите,? чтобы (?:оставить|написать) комментарий",
        r"musisz (?:się zalogować|być zalogowan[ya]),? (?:aby|by|żeby) (?:móc )?(?:dodać|opublikować|napisać|skomentować)",
        r"для (?:отправки|добавления|написания) комментари\w* (?:вам )?необходимо (?:авторизоваться|войти|зарегистрироваться)|чтобы (?:оставить|написать) комментарий",
        r"(?:вы должны|необходимо|ви повинні|необхідно) (?:войти|авторизоваться|зарегистрироваться|увійти|авторизуватися|зареєструватися),? (?:чтобы|щоб) (?:оставить|отправить|написать|добавить|залишити|опублікувати|додати|написати) комм?ент",
        r"yorum (?:yapabilmek|yapmak|göndermek|yazmak) için (?:giriş yap|üye ol|oturum aç)",
        r"anda harus (?:masuk|login|log in) untuk (?:mengirim|memberikan|menulis|memposting) komentar|bạn (?:phải|cần) đăng nhập để",
        r"du (?:måste vara inloggad för att|skal være logget (?:ind|på) for at|må (?:være innlogget|være logget inn|logge inn) for å)",
        r"pro (?:přidání|vložení|napsání) komentáře se musíte přihlásit|trebuie să fi(?:i|ți) (?:autentificat|conectat)ă? pentru a",
        r"hozzászólás (?:küldéséhez|írásához|beküldéséhez) (?:be kell jelentkezn|jelentkezz be)|πρέπει να (?:συνδεθείτε|είστε συνδεδεμένος|συνδεθείς) για να",
        r"(?:עליך|יש) להתחבר (?:כדי|על מנת)|برای (?:ارسال|نوشتن|ثبت) (?:دیدگاه|نظر) باید وارد|يجب (?:أن|أنت|عليك) (?:تكون مسجل الدخول|تسجيل الدخول|تسجل الدخول)",
        r"टिप्पणी (?:करने|लिखने) के लिए (?:लॉग ?इन|लॉगिन|साइन ?इन)",
        r"コメント(?:を投稿|を書き込|を書|する)\w{0,2}(?:には|ためには)|(?:您|你)?(?:必须|必須|需要|请|請)(?:先)?(?:登录|登入|登錄)|(?:登录|登入|登錄)(?:后|後)(?:才能|方可)|发表评论需要",
        r"로그인 후 (?:댓글|이용)|댓글을 (?:작성|남기|쓰)\w{0,2}려면",
    ),
)

#: Words one of which every newsletter phrase holds: the list's name, or the button after a pitch.
_NEWSLETTER_HINTS = (
    "newsletter", "mailing list", "mail list", "mail updates", "boletín",
    "sign up", "signup", "subscribe", "anmelden", "abonnieren", "suscríbete", "inscrivez-vous", "abonnez-vous",
    "inscreva-se", "iscriviti", "zapisz się", "подпишитесь", "підпишіться", "اشترك", "abone ol", "sekarang",
    "登録", "購読", "注册", "订阅", "訂閱",
)  # fmt: skip

NEWSLETTER = Vocabulary(
    "newsletter",
    lines=(
        r"(?:[\w'’&-]+ ){0,3}newsletters?(?: sign ?-?up| signup)?|sign ?up(?: now| today| for free)?|subscribe(?: now| today| here| for free)?",
        r"(?:get|receive) (?:the|our) (?:[\w.'’-]+ ){0,4}newsletters?|(?:\w+ ){0,3}e-?mail alerts?|breaking news (?:e-?mails|alerts)",
        r"newsletter abonnieren|jetzt abonnieren|abonnieren|abonnez-vous|s'abonner|suscríbete|suscribirse|boletín(?: de noticias)?",
        r"न्यूज़?लेटर (?:सब्सक्राइब करें|के लिए साइन अप करें)|สมัคร(?:รับ)?(?:จดหมายข่าว|ข่าวสาร)",
        r"zapisz się(?: do newslettera)?|subskrybuj|zaprenumeruj|prenumerata|assine|iscriviti|abonneer|aanmelden",
        r"abone ol|tilaa(?: uutiskirje)?|prenumerera|abonnér|abonner|odebírat|feliratkozás|подписаться|підписатися|berlangganan|הרשמה",
        r"(?:recevez|recibe|ricevi|receba|erhalten sie|otrzymuj) (?:notre|nuestra|nuestro|la nostra|a nossa|unseren|nasz) (?:newsletter|boletín)",
        r"구독(?:하기)?|订阅|訂閱|購読(?:する)?",
        r"(?:subscribe|sign up) no,? thanks|no,? thanks",
    ),
    prefixes=(
        # the question before the pitch: "Sie möchten keine Nachrichten mehr verpassen? Dann abonnieren Sie ..."
        r"(?:sie )?(?:möchten|wollen) (?:sie )?keine (?:nachrichten|news|artikel|neuigkeiten|geschichten) (?:mehr )?verpassen\?"
        r"|(?:vous )?ne voulez (?:plus )?rien manquer(?: de l['’]actualité)?\s?\?|¿?no quieres perderte (?:nada|ninguna noticia)\??",
        r"(?:sign up|subscribe|register) (?:for|to) (?:(?:our|the|my|a|free|daily|weekly) )?(?:[\w'-]+ ){0,6}(?:newsletters?|e-?mails?|alerts|updates|digest|briefing)",
        r"no spam\b|(?:you (?:can|may) )?unsubscribe (?:at )?any ?time\b",
        # the same fine print in other languages: "Kein Spam, Abmeldung jederzeit möglich", "Pas de spam"
        r"kein spam\b|(?:die )?abmeldung (?:ist )?jederzeit möglich|(?:sie können sich )?jederzeit (?:wieder )?abmelden|pas de spam\b"
        r"|(?:vous pouvez vous )?désinscri(?:re|ption) (?:à tout moment|en un clic)|sin spam\b|(?:puedes )?darte de baja (?:en cualquier momento|cuando quieras)"
        r"|sem spam\b|(?:você pode )?cancelar (?:a (?:sua )?inscrição )?a qualquer momento|niente spam\b|nessuno spam\b|(?:puoi )?cancellarti (?:quando vuoi|in qualsiasi momento)"
        r"|geen spam\b|(?:je kunt je )?(?:altijd|op elk moment) afmelden|zero spamu\b|(?:możesz )?wypisać się w (?:każdej chwili|dowolnym momencie)",
        r"(?:an )?e-?mail with (?:an |a )?(?:activation|confirmation|verification) link|please (?:activate|confirm) your (?:subscription|e-?mail)"
        r"|(?:check|confirm) your (?:inbox|e-?mail) to (?:confirm|activate|complete)",
        r"subscribe (?:now |today )?(?:to|for)\b(?! the (?:view|idea|notion|theory|belief))",
        r"(?:get|receive|have) (?:the |our |top |breaking |the latest |daily |weekly )*(?:[\w'’.-]+ ){0,5}(?:delivered )?(?:to|in) your (?:inbox|e-?mail)",
        r"there was (?:a|an) (?:problem|error) (?:subscribing|signing you up|with your (?:subscription|sign-?up))",
        r"(?:let )?our (?:news|stories) meet your inbox|delivered (?:to your inbox|weekday mornings|daily)",
        r"want (?:more|the latest|to (?:read|get|receive) more) .{0,50}\?|(?:every|each) (?:day|week|morning|weekday) we send",
        r"enter your e-?mail(?: address)?|by (?:signing up|subscribing|clicking)|thanks? (?:you )?for (?:signing up|subscribing)",
        r"(?:melden sie sich|abonnieren sie) (?:für )?(?:unseren|den) newsletter|inscrivez-vous à (?:notre|la) newsletter",
        r"suscríbete a (?:nuestro|nuestra) (?:newsletter|boletín)|zapisz się na newsletter|iscriviti alla newsletter",
        r"stay (?:up to date|informed|in the loop|connected|tuned) (?:with|on|about)\b",
        # the form's own replies and fine print: "You have successfully subscribed", "I agree that ... send me"
        r"you(?:['’]ve| have|['’]re| are) (?:now |successfully |succesfully |been )+(?:subscribed|signed up)\b",
        r"(?:please )?(?:check|tick) the (?:opt-?in )?box to (?:acknowledge|confirm|subscribe)|i agree (?:that|to) .{0,60}(?:send me|receiv(?:e|ing) .{0,30}(?:newsletters?|e-?mails?|updates))",
        r"assine (?:a |o )?(?:nossa |nosso )?newsletter|подпишитесь на (?:нашу )?рассылку|подписаться на рассылку|(?:e-?)?bült(?:enimize|ene) (?:abone ol|kaydol)",
        # "Receba as principais notícias no seu e-mail", "Ontvang elke ochtend het nieuws in je mailbox"
        r"receba (?:[\w'’-]+ ){0,6}(?:em|no) seu e-?mail|recibe (?:[\w'’-]+ ){0,6}en tu (?:correo|e-?mail|bandeja)"
        r"|recevez (?:[\w'’-]+ ){0,6}(?:par e-?mail|dans votre boîte)|ricevi (?:[\w'’-]+ ){0,6}(?:via e-?mail|nella tua (?:casella|e-?mail|inbox))"
        r"|ontvang (?:[\w'’-]+ ){0,6}in je (?:mailbox|inbox)|(?:erhalten|bekommen) sie (?:[\w'’-]+ ){0,6}(?:per e-?mail|in ihr(?:em)? postfach)"
        r"|otrzymuj (?:[\w'’-]+ ){0,6}na (?:swoją |twoją )?(?:skrzynkę|pocztę|e-?mail)|получайте (?:[\w'’-]+ ){0,6}на (?:свою |вашу )?(?:почту|e-?mail)"
        r"|(?:[\w'’-]+ ){0,6}e-?posta (?:kutunuza|adresinize) (?:alın|gelsin)|dapatkan (?:[\w'’-]+ ){0,6}(?:di|ke) (?:email|e-mail|kotak masuk|inbox) anda",
        r"(?:cadastre|inscreva)-se (?:[\w-]+ ){0,3}(?:na|em) (?:nossa )?newsletter|"
        r"đăng ký nhận (?:bản tin|tin)|berlangganan (?:newsletter|buletin)|prenumerera på (?:vårt )?nyhetsbrev|tilmeld dig (?:vores )?nyhedsbrev|meld deg på (?:vårt )?nyhetsbrev",
        r"přihlaste se k odběru|abonează-te la (?:newsletter|buletin)|iratkozz(?:on)? fel (?:a )?hírlevel|εγγραφείτε στο newsletter|הירשמו לניוזלטר|عضویت در خبرنامه|اشترك في (?:النشرة|نشرتنا)|абонирайте се за (?:нашия )?(?:бюлетин|нюзлетър)|(?:हमारे )?न्यूज़लेटर (?:की सदस्यता लें|को सब्सक्राइब करें)",
        r"ニュースレター(?:を購読|(?:に|の|へ)?登録)(?:する)?|(?:メルマガ|メールマガジン)(?:の)?(?:登録|購読)|订阅(?:我们的)?(?:新闻|邮件|电子报)|訂閱電子報|뉴스레터 (?:구독|신청)",
        # "Sign up for our newsletter" as other languages write it: "Schrijf je in voor onze nieuwsbrief"
        r"(?:schrijf je|meld je) (?:nu )?(?:in|aan) voor (?:onze|de|het) (?:\w+ ){0,2}nieuwsbrief|abonneer je (?:nu )?op (?:onze|de) (?:\w+ ){0,2}nieuwsbrief"
        r"|(?:inscreva-se|cadastre-se) (?:já |agora )?(?:na|em|no) (?:nossa |nosso )?(?:newsletter|boletim)|inscr[ií]bete (?:a|en) (?:nuestra|nuestro|la|el) (?:newsletter|bolet[ií]n)"
        r"|abonnier(?:e|en sie) (?:jetzt )?(?:unseren|den) (?:\w+ )?newsletter|(?:jetzt )?(?:zum|für den) newsletter anmelden"
        r"|iscriviti (?:gratis |subito )?alla (?:nostra )?newsletter|підпишіться на (?:нашу )?розсилку",
        # the same in Catalan, Slovak, Slovenian, Croatian, Serbian, Baltic, Estonian, Malay, Filipino, Swahili, Basque
        r"(?:subscriu-te|subscriviu-vos|apunta['’]t) (?:al|a la|als) (?:nostre |nostra )?(?:butlletí|newsletter)|rep (?:[\w'’-]+ ){0,6}al teu correu"
        r"|prihláste sa na odber|odoberajte (?:náš )?newsletter|(?:naročite|prijavite) se na (?:e-?novice|newsletter|novičnik)|pretplatite se na (?:naš )?newsletter"
        r"|пријавите се на (?:наш )?(?:билтен|њузлетер)|(?:už)?prenumeruokite (?:mūsų )?naujienlaišk|piesakieties (?:mūsu )?jaunumiem|telli uudiskiri|liitu uudiskirjaga"
        r"|langgan (?:surat berita|buletin|newsletter)|mag-subscribe sa (?:aming )?newsletter|jiandikishe (?:kwa|kupata) (?:jarida|habari)|harpidetu (?:gure )?buletinera",
    ),
    phrases=(
        r"(?:subscribe|sign up|register) (?:to|for) (?:our|the|my) (?:free |daily |weekly )?(?:[\w'-]+ )?(?:newsletters?|mailing list|e-?mail (?:list|updates))\b",
        # the list named, then what it brings: "Sign up for Example Daily today to get the free newsletter in your inbox."
        r"(?:subscribe|sign up) (?:to|for) [^.!?]{1,80}?\bnewsletters?\b",
        r"(?:abonnieren sie|abonnez-vous à|suscríbete a|zapisz się do|subskrybuj) (?:unseren|notre|nuestro|naszego) (?:newsletter|boletín|newslettera)",
        # a pitch, then the button that ends the line: "Get our daily briefing. Sign up now.", "... Jetzt kostenlos anmelden."
        r"[.!?] (?:(?:sign ?up|subscribe)(?: now| today| here| for free)?|(?:jetzt )?(?:kostenlos )?(?:anmelden|abonnieren)"
        r"|suscríbete(?: gratis| ahora| aquí)?|inscrivez-vous(?: gratuitement| ici)?|abonnez-vous(?: gratuitement)?"
        r"|inscreva-se(?: grátis| já| agora)?|iscriviti(?: gratis| ora| subito)?|(?:nu )?(?:gratis )?aanmelden|zapisz się(?: już)?(?: teraz)?"
        r"|подпишитесь(?: бесплатно| сейчас)?|підпишіться(?: безкоштовно| зараз)?|اشترك(?: مجانا| مجاناً| الآن)?|(?:hemen )?abone ol"
        r"|(?:berlangganan|daftar) sekarang)[.!]?\s*$",
        # the same in Chinese and Japanese, whose stops take no space: "订阅我们的早间新闻简报。免费注册"
        r"[。！？]\s*(?:(?:無料で|今すぐ)?(?:登録|購読)(?:する)?|(?:免费|立即)?(?:注册|订阅|訂閱))\s*$",
    ),
    hints=_NEWSLETTER_HINTS,
)

ADVERTISING = Vocabulary(
    "advertisement",
    lines=(
        r"advertisements?|advert|ads?|sponsored(?: content| post| links?| stories| by .{0,40})?|promoted(?: content| stories)?",
        r"paid (?:content|post|partnership|for by .{0,40})|partner (?:content|news)|(?:news|stories) from (?:our )?partners|partnerinhalte|(?:новини|матеріали) партнерів|(?:новости|материалы) партн[её]ров|presented by .{0,40}|in partnership with .{0,40}",
        r"story continues below(?: advertisement)?|article continues below(?: this ad)?|continue reading below|scroll (?:down )?to continue(?: (?:with (?:the )?)?(?:content|reading|article))?",
        r"anzeige|werbung|publicité|publicidad|publicidade|reklama|pubblicità|advertentie|sponsorizzato|patrocinado",
        r"विज्ञापन|โฆษณา|বিজ্ঞাপন",
        r"(?:report|hide|close) (?:this )?ad|ad feedback|why this ad\??|adchoices|ad choices",
        r"iklan|quảng cáo|annons|annonce|reklame|publicitate|hirdetés|διαφ[ηή]μιση|פרסומת|تبلیغات",
        r"reklam|реклама|광고|広告|广告|廣告|إعلان|mainos|reclamă|annonse|inzerce|oglas|оглас|reklāma|reklama",
        r"\[?pr\]?|スポンサーリンク|スポンサー|赞助(?:内容)?|贊助",
        r"publicitat|publizitatea|iragarkia|reklaam|reklamë|auglýsing|advertensie|patalastas|matangazo|tangazo|اشتہار|விளம்பரம்|जाहिरात|რეკლამა|գովազդ|жарнама",
        r"(?:contingut )?patrocinat|sponzorovan(?:é|ý obsah)|sponzorirano|sponzorisano|sponsoreeritud|remiama|oglasno sporočilo",
        r"partner-?angebote|gesponsert|sponsorisé|sponsorowane|patrocinad[oa]|conteúdo patrocinado|contenido patrocinado|contenu sponsorisé|contenuto sponsorizzato|gesponserter inhalt"
        r"|gesponsord|sponsrat|sponsoreret|sponsoroitu|sponsorlu|спонсорский (?:контент|материал)|на правах рекламы|partnerský obsah",
        # "Continua depois da publicidade", "Weiterlesen nach der Anzeige": the story resumes below an ad
        r"continua (?:depois|após) (?:da|a) publicidade|contin[uú]a (?:después de|tras) (?:la )?publicidad|(?:la )?suite (?:de l['’]article )?après (?:cette|la) publicité",
        r"l['’]articolo continua (?:sotto|dopo (?:la|questa) pubblicità)|(?:der )?artikel (?:wird )?(?:unter(?:halb)?|nach) der (?:anzeige|werbung) (?:fortgesetzt|weitergeführt)",
        r"(?:lesen sie )?(?:weiter(?:lesen)? )?nach der (?:anzeige|werbung)(?: weiter)?|(?:het )?artikel gaat verder (?:onder|na) de advertentie|lees verder (?:onder|na) de advertentie",
        r"продолжение (?:ниже|после рекламы)|(?:статья|материал) продолжается (?:ниже|после рекламы)|dalsza część (?:artykułu|tekstu) pod (?:reklamą|materiałem)(?: (?:wideo|video))?|haberin devamı reklamdan sonra",
    ),
    prefixes=(
        r"take (?:this|our|a|the) (?:\w+ ){0,3}(?:survey|questionnaire|quiz)",
        # "Take our survey" in other languages
        r"(?:nehmen sie|nimm) (?:jetzt )?an (?:unserer|der) (?:\w+ )?umfrage teil|(?:participe|participa|partecipa|participez) (?:da|de|en|al|à) (?:nossa |nuestra |nostro |notre )?(?:pesquisa|encuesta|sondaggio|sondage|enquête)"
        r"|répondez à (?:notre|ce) (?:sondage|questionnaire)|responda (?:a )?(?:nossa|à) pesquisa|weź udział w (?:naszej )?ankiecie|neem deel aan (?:onze|de) enquête"
        r"|пройдите (?:наш )?опрос|примите участие в опросе|anketimize katılın|ikuti survei(?: kami)?|tham gia khảo sát|delta i (?:vår )?(?:undersökning|enkät)",
        r"(?:receive|win|get|earn) (?:a|an|your) (?:[\w¥$€£%-]+ ){0,4}(?:voucher|gift card|coupon|discount code)",
        r"sometimes we include links to (?:online )?retail stores|we may (?:earn|receive) (?:a )?(?:small )?(?:commission|share)",
        r"(?:this|the) (?:article|post|page) (?:contains|may contain) affiliate links",
        r"(?:our|the) editors independently (?:select|research|choose|review|pick)|(?:every|each) (?:product|item) (?:is|was|we feature is) independently (?:selected|chosen|reviewed)",
        r"if you (?:buy|purchase) (?:something|anything|a product|products) (?:through|from|via|using) (?:this|our|a|the|links)",
        # the same disclosure in other languages: "Dieser Artikel enthält Affiliate-Links", "nous percevons une commission"
        r"(?:dieser (?:artikel|beitrag)|diese seite) enthält (?:affiliate-?links|werbelinks|provisionslinks)|bei (?:einem )?kauf über (?:diese[nr]?|einen|unsere) links? erhalten wir"
        r"|(?:cet article|cette page) contient des liens (?:affiliés|d['’]affiliation|sponsorisés)|nous (?:pouvons )?percev(?:oir|ons) une (?:petite )?commission"
        r"|(?:este artículo|esta página) contiene enlaces (?:de afiliados?|afiliados)|podemos (?:recibir|obtener|ganar) una (?:pequeña )?comisión"
        r"|(?:questo articolo|questa pagina) contiene link (?:di affiliazione|affiliati)|potremmo ricevere una (?:piccola )?commissione"
        r"|(?:este artigo|esta página) contém links (?:de afiliados?|afiliados)|podemos receber uma (?:pequena )?comissão"
        r"|(?:dit artikel|deze pagina) bevat (?:affiliate ?links|affiliatelinks)|(?:artykuł|tekst) zawiera linki (?:afiliacyjne|partnerskie)",
    ),
    phrases=(
        r"(?:take|taking|fill(?:ing)? (?:out|in)|complete|completing|answer(?:ing)?) (?:this|our|a|the) (?:short |quick |brief )?(?:\w+ )?(?:survey|questionnaire|poll)\b",
        r"(?:may|might|will) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?(?:commission|share of (?:the )?(?:sales?|revenue))",
    ),
    hints=("survey", "questionnaire", "poll", "commission", "share of"),
)

CALL_TO_ACTION = Vocabulary(
    "call_to_action",
    lines=(
        r"apply(?: now| today)?|learn more|find out more|shop now|buy now|order now|book now|get it|get started|try (?:it )?(?:now|free)",
        r"(?:enable|allow|turn on|get) (?:push |browser |desktop )?notifications|open in (?:the )?app|(?:continue|read) in (?:the )?app",
        r"download (?:the|our) (?:\w+ )?app|get (?:the|our) (?:\w+ )?app|click here(?: .{0,40})?|tap here(?: .{0,40})?"
        # "Clique aqui e siga o nosso canal", "Cliquez ici pour vous abonner": a link's label, alone on its line
        r"|(?:clique aqui|cliquez ici|haga clic aquí|haz clic aquí|pulse aquí|klicken sie hier|hier klicken|clicca qui|kliknij tutaj|klik hier"
        r"|buraya tıklayın|нажмите здесь|klik di sini)(?: .{0,40})?|.{0,60} by (?:clicking|tapping) here|watch(?: now| live| video)?",
        r"listen(?: now| to this article)?|play(?: video)?|video|audio|gallery|photos|view (?:gallery|photos|slideshow)|close|open|menu|more",
        r"jetzt (?:bewerben|kaufen|lesen|testen)|mehr erfahren|en savoir plus|más información|dowiedz się więcej|saiba mais|scopri di più"
        r"|узнать больше|узнайте больше|дізнатися більше|дізнайтеся більше|meer weten|lue lisää aiheesta|zjistit více|tudj meg többet|μάθετε περισσότερα",
        # the page's own controls: close, print version, favourites, text size, listen, rate, report an error
        r"schließen|fermer|cerrar|закрыть|zamknij|chiudi|fechar|sluiten|kapat|tutup|đóng|stäng|sulje|zavřít|închide|bezárás"
        r"|κλείσιμο|סגור|بستن|إغلاق|閉じる|关闭|關閉|닫기|बंद करें",
        r"print|(?:artikel |beitrag )?drucken|imprimer(?: l['’]article| cet article| la page)?|(?:artikel )?printen|tulosta|распечатать|друкувати|imprimir|stampa|yazdır|печать|друк|cetak|in bài viết|印刷|طباعة|प्रिंट|พิมพ์|afdrukken|skriv ut|εκτύπωση|הדפס(?:ה)?|چاپ|drukuj|tisk|nyomtatás|printează",
        r"(?:printer[- ]friendly|print) version|version imprimable|druckversion|versión (?:para )?imprimir|versione stampabile"
        r"|versão para impressão|версия для печати|wersja do druku",
        r"(?:add to|zu) (?:favou?rites|favoriten)(?: hinzufügen)?|(?:добавить )?в избранное|ajouter aux favoris|añadir a favoritos"
        r"|aggiungi ai preferiti|dodaj do ulubionych",
        # keep the story for later: "Add to reading list", "Ajouter à vos sélections", "Später lesen", "Salvar matéria"
        r"add to (?:my |your )?(?:reading list|saved(?: articles| stories)?|bookmarks|list)|save (?:to|for) (?:my )?(?:list|later|reading list)"
        r"|read (?:it )?later|ajouter à (?:mes|vos|ma|votre) (?:sélections?|favoris|articles|liste(?: de lecture)?|lectures)|lire plus tard"
        r"|enregistrer(?: l['’]article| cet article)?|später lesen|auf die merkliste|leer (?:más )?tarde|guardar (?:artículo|noticia|para (?:más tarde|después))"
        r"|salvar(?: (?:artigo|notícia|matéria|para depois))?|ler depois|salva(?: (?:articolo|l['’]articolo|per dopo))?|leggi (?:più )?tardi"
        r"|lees later|bewaren|bewaar(?: artikel)?|opslaan|przeczytaj później|zapisz(?: na później)?|sonra oku|kaydet|прочитать позже|сохранить|зберегти"
        r"|simpan(?: artikel)?|baca nanti|lưu(?: bài(?: viết)?)?|稍后阅读|あとで読む|나중에 읽기",
        r"(?:text|font) size|schriftgröße|taille du texte|tamaño de (?:letra|texto|fuente)|dimensione (?:del )?testo"
        r"|tamanho (?:da )?(?:letra|fonte)|размер шрифта|rozmiar (?:czcionki|tekstu)|a[-+]?(?: a[-+]?){1,2}"
        r"|(?:字号|字號|字体|字體)(?:大小)?\s*[:：]?(?:\s*[大中小])*|文字サイズ(?:\s*[:：]?(?:\s*(?:大|中|小|標準|拡大|縮小))*)?",
        r"(?:artikel|audio|beitrag) (?:anhören|vorlesen(?: lassen)?)|ouça (?:este conteúdo|esta notícia|a notícia|a matéria|o texto)|écouter (?:l'article|cet article)|escuchar? (?:el |la |esta )?(?:artículo|noticia)|ouvir (?:a )?(?:notícia|matéria|artigo)"
        r"|ascolta (?:l'articolo|la notizia)|ouvir (?:o )?(?:texto|artigo|(?:a )?notícia)|слушать(?: статью| новость)?|posłuchaj(?: artykułu)?|luister naar (?:dit|het) artikel|(?:makaleyi|haberi) dinle"
        r"|dengarkan (?:artikel|berita)(?: ini)?|nghe (?:bài viết|bài báo|tin)|lyssna på artikeln|kuuntele artikkeli|poslechněte si článek",
        r"rate this (?:article|story)|artikel bewerten|évaluer cet article|valora (?:este artículo|esta noticia)|оцените (?:статью|материал|новость)|oceń artykuł",
        r"(?:did you )?(?:like|liked|enjoy|enjoyed|love|loved) (?:this|the) (?:article|story|post|read)\??|¿?te (?:ha )?gustó (?:este|el) (?:artículo|reportaje)\??"
        r"|hat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen\s?\?|cet article vous a(?:-t-il)? plu\s?\?|ti è piaciuto (?:questo|l['’]) ?articolo\??"
        r"|gostou (?:deste|do) (?:artigo|texto|conteúdo)\??|понравилась (?:статья|эта статья)\??|podobał (?:ci|wam) się (?:ten )?artykuł\??"
        r"|(?:bu )?(?:haberi|yazıyı) beğendiniz mi\??",
        r"was this (?:article|story|page) (?:helpful|useful)\??|war dieser artikel hilfreich\??|cet article vous a-t-il été utile\s?\?"
        r"|¿?(?:te ha resultado|le resultó|fue) útil(?: este artículo| esta noticia)?\??|(?:была ли )?статья (?:была )?полезн(?:а|ой)\??",
        r"yes no|ja nein|oui non|sí no|да нет|tak nie|sim não|ja nee",
        r"いいね！?|コメントを見る|点击查看(?:原文|更多|全文)?|查看原文|(?:微信)?扫一扫(?:分享)?|扫码分享|打开(?:app|客户端)|下载(?:app|客户端)|点赞|收藏|举报|글자 ?크기|기사 더보기",
        r"打印(?:本页|此页|本文)?|關閉視窗|关闭(?:窗口|本页)|기사 ?(?:인쇄|저장)|印刷する",
        r"bildergalerie|galerie(?: photos?)?|fotogaler[ií]a|galería(?: de fotos)?|voir (?:la galerie|les photos|le diaporama)|ver (?:la )?(?:galería|fotogalería|fotos)|фотогалерея|fotogaleria|galleria fotografica|fotogalerij|fotoğraf galerisi",
        r"report an? (?:error|typo|mistake)|fehler melden|signaler une erreur|reportar un error|segnala un errore|reportar (?:um )?erro"
        r"|сообщить об ошибке|zgłoś błąd",
    ),
    prefixes=(
        r"click here (?:to|for)|(?:do you|did you) (?:rely|enjoy|like) .{0,60}\? ?(?:click|support|become)",
        r"(?:support|help) (?:independent|our|quality) journalism|(?:become|be) a (?:member|supporter|patron)\b",
        r"(?:если вы )?(?:нашли|заметили) (?:ошибку|опечатку)|(?:якщо ви )?(?:знайшли|помітили) (?:помилку|друкарську помилку)",
        # "Found a typo? Select it and press Ctrl+Enter", "Ошибка в тексте? Выделите её и нажмите Ctrl+Enter"
        r"(?:have you )?(?:found|spotted|noticed|see) (?:a|an) (?:typo|error|mistake)(?: in (?:this|the) (?:article|story|text))?\s*\?"
        r"|(?:нашли |заметили )?(?:ошибк[ау]|опечатк[ау]) в (?:тексте|статье|материале|новости)\s*\?|помилка в тексті\s*\?"
        r"|fehler (?:im text )?gefunden\s*\?|(?:vous avez )?(?:repéré|trouvé) une (?:erreur|faute)\s*\?|¿?(?:has )?(?:encontrado|visto) (?:un|algún) error\s*\?",
        # "Support our journalism", as donation appeals in other languages open
        r"unterstützen sie (?:unseren|unabhängigen|uns)\b|soutenez(?:-nous| notre journalisme| le journalisme)|apoya (?:nuestro|el) periodismo|apóyanos"
        r"|apoie (?:o|nosso) jornalismo|apoie-nos|sostieni (?:il nostro|il) giornalismo|sostienici|поддержите (?:нас|независимую журналистику|редакцию)"
        r"|підтримайте (?:нас|незалежну журналістику|редакцію)|wesprzyj(?:cie)? (?:nas|niezależne dziennikarstwo|dziennikarstwo)|steun (?:onze|de) journalistiek",
        r"download (?:the|our) (?:[\w-]+ ){0,3}app\b|(?:got|have) a (?:confidential |story |news )*tip\?",
        r"contact (?:the (?:author|reporter|writer)s?|him|her|them|us|the newsroom) (?:at|via|by e-?mail)\b",
        # the author's address under the story: "Email Jane Doe at jdoe@example.com or follow her @jdoe."
        r"e-?mail (?:him|her|them|us|the author|[\w.'’-]+(?: [\w.'’-]+){0,2}) at [\w.+-]+@[\w-]+\.|follow (?:him|her|them) (?:on|at) (?:twitter|x|instagram|facebook)\b|follow (?:him|her|them) @",
        r"(?:скачайте|завантажте|завантажуйте) (?:наше )?(?:приложение|застосунок|додаток)|baixe (?:o|nosso) (?:app|aplicativo)"
        r"|descarga (?:la|nuestra) app|laden sie (?:unsere|die) app|téléchargez (?:notre|l')app(?:lication)?|scarica (?:la|la nostra) app",
    ),
    # "Zauważyłeś błąd? Zaznacz go i naciśnij Ctrl+Enter": an error to report and the keys, in any language
    phrases=(
        r"(?:error|typo|mistake|ошибк|опечатк|помилк|błąd|błęd|fehler|erreur|faute|errore|erro|hata|chyb|grešk|virhe|fout|fel)"
        r".{0,80}?(?:ctrl|strg)\s*\+\s*enter",
    ),
    hints=("ctrl", "strg"),
)

COMMENTS = Vocabulary(
    "comment_counter",
    lines=(
        r"обсудить|обговорити|diskutieren|discuter|discutir|discuti|dyskutuj|tartışın|diskutovat",
        r"(?:discussions?|diskuze|diskuse|diskusia|diskussion|dyskusja|diskusija) \(\d+\)",
        r"\d+\s*(?:comments?|replies|responses|reactions)|comments?(?: \(\d+\))?|no comments?(?: yet)?|show comments|view comments|hide comments",
        r"leave a (?:comment|reply)|post a comment|add (?:a |your )?comment|write a comment|join the (?:discussion|conversation|debate)",
        r"be the first to comment|comments are closed|view (?:the )?discussion(?: thread)?|reply|report (?:comment|abuse)|flag|upvote|downvote",
        r"\d*\s*kommentare?|(?:jetzt )?kommentieren|kommentar schreiben|jetzt mitdiskutieren|\d*\s*commentaires?|commenter|laisser un commentaire|réagir",
        r"\d*\s*comentarios?|comentar|deja (?:un|tu) comentario|\d*\s*komentarz(?:e|y)?|skomentuj|dodaj komentarz",
        r"\d*\s*comentários?|comente!?|deixe (?:um|seu) comentário|\d*\s*commenti|commenta|\d*\s*reacties|reageer",
        r"(?:alle )?kommentare (?:anzeigen|ausblenden|lesen|öffnen|schließen)|(?:ver|see|mostrar|voir les|zeige|pokaż) (?:los |all |les )?(?:comentarios|comments|commentaires|kommentare|komentarze)|zu den kommentaren|zum kommentarbereich|kommentieren sie (?:diesen|den) artikel",
        r"\d*\s*комментари(?:й|я|ев|и)|комментировать|оставить комментарий|コメント(?:する|を書く)?|评论|評論|留言|댓글(?: 쓰기)?",
        r"\d*\s*टिप्पणि(?:यां|याँ)|टिप्पणी(?: करें| लिखें)?|\d*\s*ความคิดเห็น|แสดงความคิดเห็น",
        r"\d*\s*(?:التعليقات|تعليقات?)|أضف تعليق(?:ا|اً)?|\d*\s*yorum(?:lar)?|yorum yap",
        r"\d*\s*(?:komentar(?:i|ji)?|bình luận|коментар(?:і|ів)?|komentář(?:e|ů)?|kommentarer?|comentarii|hozzászólás(?:ok)?|σχ[οό]λια|תגובות|نظرات)",
        r"\d*\s*(?:kommenttia|kommentit|kommentaari?a?)|kommentoi|kirjoita kommentti|コメント\s*\d+\s*件?|\d+\s*件のコメント",
        # "Leave a reply", "Write a comment", as comment forms in other languages say it
        r"lascia (?:un commento|una risposta)|scrivi un commento|schreibe? einen kommentar|hinterlasse (?:einen kommentar|eine antwort)|kommentar verfassen",
        r"deixe uma resposta|deja una respuesta|(?:dejar|escribe|escribir) un comentario|laisser une réponse|(?:ajouter|écrire) un commentaire",
        r"laat een (?:reactie|antwoord) achter|geef een reactie|(?:zostaw|napisz) komentarz|(?:оставьте|напишите|написать|добавить) комментарий|(?:залишити|залиште|додати) коментар",
        r"bir (?:yanıt|cevap|yorum) (?:yazın|bırakın)|yorum (?:yazın|bırakın)|tinggalkan (?:balasan|komentar)|tulis komentar|để lại (?:một )?(?:bình luận|trả lời)|viết bình luận|gửi (?:bình luận|ý kiến)|\d*\s*ý kiến",
        r"lämna (?:ett svar|en kommentar)|skriv en kommentar|efterlad (?:en kommentar|et svar)|legg igjen (?:en kommentar|et svar)",
        r"(?:napsat|přidat|napište) komentář|zanechte (?:komentář|odpověď)|lasă un (?:răspuns|comentariu)|(?:adaugă|scrie) un comentariu|szólj hozzá|írj hozzászólást",
        r"(?:αφήστε|γράψτε) (?:ένα |μια )?(?:σχόλιο|απάντηση)|(?:הוסף|כתוב|השאר) תגובה|دیدگاهتان را بنویسید|ارسال (?:دیدگاه|نظر)|اترك (?:تعليق(?:ا|اً)?|رد(?:ا|اً)?)",
        r"发表评论|發表評論|留下评论|写评论|コメントを残す|댓글 (?:달기|작성|남기기)",
        # the heading over the readers' comments: "Reader comments", "Leserkommentare", "网友评论"
        r"(?:readers?['’]?|users?|latest|top|recent|most recent|newest|all|featured|popular|best) comments?(?: \(\d+\))?|comments? from (?:our )?readers",
        r"leserkommentare|(?:neueste|alle) kommentare|commentaires des lecteurs|(?:derniers|tous les) commentaires",
        r"comentarios de (?:los |nuestros )?lectores|(?:últimos|todos los) comentarios|komentarze czytelników|(?:najnowsze|wszystkie) komentarze",
        r"commenti dei lettori|comentários dos leitores|reacties van lezers|l[äæe]s[ae]rkommentarer|комментарии читателей|(?:последние|все) комментарии",
        r"okur yorumları|(?:tüm|son) yorumlar|komentar pembaca|bình luận của bạn đọc|ý kiến bạn đọc|تعليقات القراء|תגובות הגולשים|نظرات (?:کاربران|خوانندگان)",
        r"पाठकों की टिप्पणियाँ|(?:网友|用户|读者|最新|热门|全部|精彩)评论|(?:網友|讀者|最新|熱門|全部)評論|评论区|評論區|みんなのコメント|読者のコメント|コメント一覧",
        r"독자 (?:의견|댓글)|(?:전체|베스트) 댓글",
        # comment counters and forms in Catalan, Slovak, Slovenian, the Baltic and Serbo-Croatian languages,
        # Macedonian, Albanian, Icelandic, Basque, Malay, Filipino, Swahili, Urdu, Tamil, Marathi, Georgian, Armenian, Azerbaijani, Kazakh
        r"\d*\s*(?:comentaris?|komentár(?:e|ov)?|komentarj(?:i|ev)|komentar(?:ai|ų)|komentār(?:i|u)|kommentaarid|коментар(?:и|а)|komente|athugasemdir|iruzkinak)",
        r"\d*\s*(?:komen|(?:mga )?komento|maoni|تبصرے|கருத்துகள்|प्रतिक्रिया|टिप्पण्या|კომენტარები|մեկնաբանություններ|şərhlər|пікірлер)",
        r"(?:deixa|escriu|afegeix) un comentari|(?:pridať|napísať|pridajte) komentár|(?:dodaj|napiši|oddaj) komentar|(?:ostavite|ostavi|napišite) komentar"
        r"|(?:parašyti|rašyti|palikti) komentarą|pievienot komentāru|(?:lisa|kirjuta) kommentaar|kommenteeri|оставите коментар|остави коментар|напиши коментар"
        r"|lini komen|tinggalkan komen|mag-iwan ng (?:komento|tugon)|acha maoni|skrifa athugasemd|utzi iruzkina|lër një koment",
        r"respon|odpovedať|odgovori|atsakyti|atbildēt|vasta|одговори|tumugon|jibu|erantzun|përgjigju",
        # the reply button under each comment
        r"responder|répondre|odpowiedz|rispondi|ответить|відповісти|yanıtla|balas|trả lời|svara|svar|vastaa|odpovědět|răspunde",
        r"válasz|απάντηση|beantwoorden|השב|پاسخ|رد|返信|回复|回覆|답글(?: ?달기)?",
    ),
    prefixes=(
        r"(?:comments|discussion) (?:are|is) (?:closed|moderated|disabled)|we welcome (?:your )?comments",
        r"join (?:our|the) (?:[\w'’-]+ ){0,3}(?:forums?|community|discussion|conversation)\b",
        r"as you comment,|please (?:be|keep (?:it|comments|your comments)) (?:respectful|civil)\b",
        r"(?:rating|score|votes?|points?)\s*:\s*[-+]?\d+(?: (?:votes?|points?|likes?))?$",
    ),
    # The comment section's house rules: "Comments that ... will not be approved."
    phrases=(
        r"comments? (?:that|which|with|containing) .{0,80}will (?:not )?be (?:approved|published|removed|deleted)",
        r"coment[aá]rios? (?:com|que) .{0,100}n[aã]o ser[aã]o (?:aprovados|publicados)|comentarios (?:con|que) .{0,100}no ser[aá]n (?:aprobados|publicados)",
        r"kommentare(?:, die| mit) .{0,100}werden nicht (?:freigeschaltet|veröffentlicht)|commentaires (?:qui|contenant) .{0,100}ne seront pas (?:publiés|validés)",
        r"(?:comments are|os comentários são|los comentarios (?:están|son)|kommentare werden|les commentaires sont|i commenti sono|komentarze są) mod[eé]r",
        r"(?:we are |we're )?(?:temporarily )?moderating (?:all )?(?:the )?comments",
    ),
    hints=("comment", "coment", "kommentar", "komentarz"),
    ends_article=True,
)

#: The header of one reader comment: "jane_doe says:", "Max schrieb:", "Anna napisała:".
COMMENT_HEADER = Vocabulary(
    "comment_thread",
    lines=(
        r"[^\s:]+(?: [^\s:]+){0,3} (?:says|said|wrote|writes|replied|replies|commented|sagt|schreibt|schrieb|antwortete|dit|a écrit|écrit|a répondu"
        r"|dice|dijo|escribió|respondió|napisał(?:a)?|pisze|odpowiedział(?:a)?|disse|escreveu|scrive|ha scritto|ha detto|schreef|zegt"
        r"|пишет|написал(?:а)?|пише|написав(?:ла)?|dedi ki|yazdı|menulis|skriver|skrev|kirjoitti|napsal(?:a)?|a scris|írta|έγραψε|כתב(?:ה)?|نوشت|كتب)\s*:",
        r"(?:in )?reply to .{1,40}|(?:\d+ )?(?:replies|antworten|réponses|respuestas|odpowiedzi|respostas|risposte)",
    ),
    ends_article=True,
)


#: Every vocabulary, in the order the line rule tries them (the first that matches names the reason).
CHROME: tuple[Vocabulary, ...] = (
    COPYRIGHT, CREDIT, AUTH, NEWSLETTER, PAYWALL, COMMENTS, COMMENT_HEADER, SHARE, FOLLOW, CONSENT, ADVERTISING,
    RELATED_LINK, READ_ALSO, RELATED, READ_MORE, CAPTION, SOURCE, BOILERPLATE, NAVIGATION, CALL_TO_ACTION, META, VIEWS,
    EMBED,
)  # fmt: skip
