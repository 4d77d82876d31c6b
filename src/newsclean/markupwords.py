"""The markup vocabulary: how page chrome is labelled in HTML, as data.

Class and id values are cut into words ("article-share-bar" -> article, share, bar;
"relatedPosts" -> related, posts) and each word is looked up here; ARIA roles and tags
that are chrome wherever they stand come with their removal reason. ``markup.py`` uses
it; a subtree holding the article is never pruned, whatever its markup says. The chrome
vocabulary of lines lives in ``patterns.py``.
"""

from __future__ import annotations

#: Class/id words that mark a subtree as chrome, by the removal reason its text carries.
#: English first; then the words German, French, Spanish, Italian, Polish, Portuguese and
#: Dutch templates use for the same furniture ("teilen", "commentaires", "powiazane"), and
#: the commonest Turkish, Indonesian, Vietnamese, Scandinavian, Czech, Hungarian and Finnish ones
#: ("yorumlar", "iklan", "diskuze"), and Chinese in pinyin and Japanese in romaji ("pinglun", "kanren").
MARKUP_WORDS: dict[str, tuple[str, ...]] = {
    "navigation": (
        "nav", "navbar", "navigation", "menu", "menubar", "megamenu", "submenu", "subnav", "breadcrumb",
        "breadcrumbs", "masthead", "topbar", "toolbar", "skiplink", "skiplinks", "pagination", "pager",
        "offcanvas", "hamburger", "tags", "taglist", "tagcloud", "keywords", "topics", "categories",
        "schlagworte", "schlagwoerter", "etiquetas", "tagi", "nawigacja", "navegacion",
        "navegacao", "navigazione", "navigatie", "etichette", "etiketler",
    ),
    "share": (
        "share", "shares", "sharing", "sharebar", "sharetools", "social", "socials", "sociallinks",
        "socialmedia", "addthis", "sharethis", "shariff",
        "teilen", "partage", "partager", "compartir", "compartilhar", "partilhar", "condividi", "udostepnij",
        "compartilhe", "condivisione", "paylas", "bagikan", "chiase", "fenxiang", "sdilet", "megosztas",
    ),
    "related_list": (
        "related", "relatedposts", "relatedarticles", "recommended", "recommendations", "recommendation",
        "recirc", "recirculation", "trending", "mostread", "mostpopular", "popular", "morestories",
        "outbrain", "taboola", "zergnet", "readnext", "upnext", "yarpp",
        "meistgelesen", "zumthema", "empfehlungen", "lireaussi", "relacionadas", "relacionados",
        "masleidas", "correlati", "leggianche", "powiazane", "polecane", "gerelateerd",
        "correlate", "relacionada", "similares", "similaires", "ilgili", "benzer", "terkait", "lienquan",
        "xiangguan", "tuijian", "remen", "kanren", "osusume", "souvisejici", "pohozhie",
        "maislidas", "pluslus", "popularne", "najczesciejczytane", "populer", "terpopuler", "bacajuga", "xemthem",
        "ninki", "gwanryeon",
    ),
    "comment_thread": (
        "comment", "comments", "commentlist", "disqus", "respond", "discussion", "replies",
        "kommentare", "commentaires", "comentarios", "commenti", "komentarze", "reacties",
        "yorum", "yorumlar", "komentar", "komentare", "kommentarer", "binhluan", "pinglun", "diskuze",
        "diskusia", "kommentarii", "hozzaszolasok", "comentarii", "kommentit", "diskuse",
    ),
    "newsletter": (
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin", "mailchimp",
        "abonnement", "suscripcion", "assinatura", "iscrizione", "prenumerata",
    ),
    "advertisement": (
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "adsense",
        "adwrapper", "adcontainer", "dfp", "sponsor", "sponsored", "promo", "promoted", "promotion",
        "commercial", "affiliate", "anzeige", "werbung", "publicite", "publicidad", "reklama",
        "pubblicita", "publicidade", "advertentie", "anuncio", "anuncios", "reklam", "reclame", "iklan", "quangcao",
        "guanggao", "reklamy", "hirdetes", "mainos", "kokoku",
    ),
    "cookie_notice": ("cookie", "cookies", "consent", "gdpr", "cmp", "cookiebanner"),
    "sidebar": ("sidebar", "rail", "widget", "widgets", "aside"),
    "footer": (
        "footer", "colophon", "sitefooter", "fusszeile", "stopka", "rodape", "piedipagina", "piedepagina",
        "piedpage", "voettekst", "altbilgi",
    ),
    "byline": ("byline", "author", "authors", "authorbox", "authorbio", "bio", "dateline", "autor", "auteur", "autore"),
    "caption": (
        "caption", "captions", "figcaption", "credit", "credits", "photocredit",
        "bildunterschrift", "bildnachweis", "legende", "leyenda", "didascalia",
    ),
    "popup": ("modal", "popup", "overlay", "lightbox", "dialog", "interstitial"),
    "paywall": ("paywall", "regwall", "piano", "meter", "premium-wall"),
    "print_only": ("print", "printonly", "noprint"),
}  # fmt: skip

#: Class/id words that mark content even when a chrome word stands beside them: an embedded
#: post is part of the story ("social-media-embed", "twitter-tweet").
MARKUP_CONTENT_WORDS = frozenset({"embed", "embedded", "oembed", "tweet", "instagram-media", "blockquote"})

#: Whole class tokens that hide an element from readers (a responsive "hidden-xs" does not).
HIDDEN_CLASSES = frozenset({
    "hidden", "hide", "is-hidden", "u-hidden", "d-none", "sr-only", "visually-hidden", "visuallyhidden",
    "screen-reader-text", "screenreader-only", "screen-reader-only", "a11y-hidden", "offscreen", "invisible",
})  # fmt: skip

#: ARIA roles of page chrome, by removal reason.
MARKUP_ROLES: dict[str, str] = {
    "navigation": "navigation", "banner": "header", "contentinfo": "footer", "complementary": "sidebar",
    "search": "navigation", "dialog": "popup", "alertdialog": "popup", "menu": "navigation",
    "menubar": "navigation", "toolbar": "navigation",
}  # fmt: skip

#: Elements that are chrome wherever they stand, by removal reason (a page's own ``header``
#: and ``footer`` too: the article inside one is protected like any other).
MARKUP_TAGS: dict[str, str] = {
    "nav": "navigation", "aside": "sidebar", "footer": "footer", "header": "header", "form": "form",
    "dialog": "popup", "menu": "navigation",
}  # fmt: skip
