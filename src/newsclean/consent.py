"""The cookie banner's vocabulary: notices that a site uses cookies, privacy and legal links, and the buttons.

"We use cookies", "Diese Website verwendet Cookies", "当サイトではクッキー..." open a banner
whose buttons ("Accept all", "Accepter et fermer", "Continuer sans accepter", "Configurar
cookies") and links ("Privacy policy", "Impressum") stand on lines of their own in a dump;
they all go as ``cookie_notice``. ``patterns.py`` files the vocabulary with the other
prompts addressed to the reader.
"""

from __future__ import annotations

from .vocabulary import Vocabulary

__all__ = ["CONSENT"]


CONSENT = Vocabulary(
    "cookie_notice",
    lines=(
        r"(?:accept|allow|reject|manage)(?: all)? cookies|cookie (?:policy|settings|preferences|consent)|cookies?|i agree|i accept|got it|ok|okay|accept|agree",
        r"privacy(?: policy| notice| settings)?|terms(?: of (?:use|service))?(?: and conditions)?|terms & conditions|do not sell my (?:personal )?info(?:rmation)?",
        r"privacy policy \| terms of service|(?:\w+ )?privacy policy(?: \| .{0,40})?",
        r"datenschutz(?:erklärung| einstellungen)?|impressum|nutzungsbedingungen|agb|akzeptieren|einwilligung",
        r"politique de (?:confidentialité|cookies)|mentions légales|accepter|conditions générales(?: d'utilisation)?",
        r"política de (?:privacidad|cookies)|aviso legal|aceptar|términos y condiciones|polityka (?:prywatności|cookies)|akceptuję|regulamin",
        # the banner's buttons: "Accepter et fermer", "Continuer sans accepter", "Configurar cookies", "Rechazar"
        r"(?:accepter|refuser|tout accepter|tout refuser)(?: et (?:fermer|continuer))?|continuer sans accepter|(?:paramétrer|gérer|personnaliser) (?:les )?cookies"
        r"|(?:aceptar|rechazar)(?: todas?| todo)?(?: las)?(?: cookies)?|(?:configurar|gestionar) (?:las )?cookies|(?:aceitar|rejeitar)(?: todos)?(?: os)?(?: cookies)?"
        r"|(?:configurar|gerir|gerenciar) (?:os )?cookies|(?:accetta|rifiuta|accetto)(?: tutti| tutto)?(?: i)?(?: cookie)?|gestisci (?:i )?cookie|continua senza accettare"
        r"|(?:alle )?(?:akzeptieren|ablehnen)|cookie-?einstellungen"
        r"|(?:alles )?(?:accepteren|weigeren)|cookie-?instellingen|(?:zaakceptuj|odrzuć)(?: wszystkie)?|(?:принять|отклонить)(?: все)?(?: cookies?)?",
    ),
    prefixes=(
        r"(?:we|this (?:web)?site|our (?:web)?site) uses? cookies|by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:web)?site",
        r"this site is protected by recaptcha|we (?:value|care about) your privacy",
        r"questo sito (?:web )?(?:utilizza|usa) (?:i )?cookie|(?:este|nuestro) (?:site|website|sítio|sitio(?: web)?|portal) (?:utiliza|usa) cookies|utilizamos cookies",
        r"ce site (?:web )?utilise des cookies|nous utilisons des cookies|(?:diese|unsere) (?:website|webseite|seite) (?:verwendet|nutzt) cookies|wir verwenden cookies",
        r"(?:ta strona|ten serwis|serwis) (?:używa|wykorzystuje) (?:plików )?cookie|używamy (?:plików )?cookie|deze (?:website|site) (?:maakt gebruik van|gebruikt) cookies|wij gebruiken cookies",
        r"(?:этот|наш) сайт использует (?:файлы )?cookie|мы используем (?:файлы )?cookie|(?:цей|наш) сайт використовує (?:файли )?cookie",
        r"bu (?:web ?)?site(?:si|miz|de|mizde)? çerez|käytämme evästeitä|(?:tämä )?sivusto käyttää evästeitä|používáme (?:soubory )?cookies?|folosim (?:cookie|module cookie)|χρησιμοποιούμε cookies|"
        r"situs (?:web )?ini menggunakan cookie|kami menggunakan cookie|trang web này sử dụng cookie|chúng tôi sử dụng cookie",
        r"(?:den här webbplatsen|webbplatsen|vi) använder cookies|(?:denne hjemmeside|dette website|vi) bruger cookies|(?:denne nettsiden|nettstedet|vi) bruker (?:informasjonskapsler|cookies)",
        r"(?:tento web|tyto stránky|tento web) používá (?:soubory )?cookies|acest site (?:web )?folosește (?:cookie|module cookie)|(?:ez a weboldal|weboldalunk) sütiket használ",
        r"(?:αυτός ο ιστότοπος|ο ιστότοπος) χρησιμοποιεί cookies|(?:אתר זה|האתר) משתמש בעוגיות|این (?:وب‌?سایت|سایت) از کوکی|(?:يستخدم (?:هذا )?الموقع|نستخدم) (?:ملفات )?(?:تعريف الارتباط|الكوكيز|كوكيز)",
        r"(?:当サイト|このサイト|本サイト)(?:では|は)(?:cookie|クッキー)|(?:本网站|本網站|我们|我們)(?:使用|利用)(?:cookie|cookies)|(?:이 (?:웹)?사이트|본 사이트)(?:는|에서는) 쿠키",
        # "We use cookies" in Catalan, Basque, Slovak, Slovenian, Croatian, Serbian, Macedonian, Baltic, Estonian, Albanian,
        # Icelandic, Malay, Filipino, Swahili, Azerbaijani
        r"(?:utilitzem|fem servir) galetes|aquest (?:lloc )?web (?:utilitza|fa servir) galetes|(?:webgune honek )?cookieak erabiltzen ditu(?:gu)?"
        r"|(?:táto (?:webová )?stránka|tento web) používa (?:súbory )?cookies?|používame (?:súbory )?cookies?|(?:ta (?:spletna )?stran|spletno mesto) uporablja piškotke|uporabljamo piškotke"
        r"|(?:ova (?:web )?stranica|ovaj (?:web )?sajt|ova mrežna stranica) koristi kolačiće|koristimo kolačiće|(?:овај (?:веб )?сајт|ова веб-?страница|оваа веб-?страница) користи колачи|користимо колачиће|користиме колачиња"
        r"|ši svetainė naudoja slapukus|naudojame slapukus|šī (?:tīmekļa )?vietne izmanto sīkdatnes|mēs izmantojam sīkdatnes|see veebi(?:leht|sait) kasutab küpsiseid|kasutame küpsiseid"
        r"|kjo faqe përdor (?:cookies|kuki)|ne përdorim (?:cookies|kuki)|þessi vefur notar (?:vafrakökur|kökur)|við notum (?:vafrakökur|kökur)"
        r"|laman web ini menggunakan kuki|kami menggunakan kuki|gumagamit (?:ang (?:site|website) na ito|kami) ng cookies|tovuti hii inatumia vidakuzi|bu sayt kukilərdən istifadə edir",
    ),
)
