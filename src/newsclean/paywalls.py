"""The paywall's vocabulary: members-only labels, the cut a story stops at, and the offers around it.

A paywalled story stops mid-way under "Il vous reste 65% de cet article à lire", "Already a
subscriber? Log in", "残り1234文字"; these lines go as ``paywall``, beside the labels that mark
a story for members ("Article réservé aux abonnés", "会員限定記事"). ``patterns.py`` files the
vocabulary with the other prompts addressed to the reader.
"""

from __future__ import annotations

from .vocabulary import Vocabulary

__all__ = ["PAYWALL"]


PAYWALL = Vocabulary(
    "paywall",
    lines=(
        r"(?:subscribe|sign up|register) (?:now )?(?:to|and) (?:continue|keep) reading|(?:this|the) (?:article|story|content) is (?:for|available to|reserved for) (?:subscribers|members)(?: only)?",
        # "Already a subscriber? Log in", in the languages of Europe: the question, then its button
        r"(?:already a (?:subscriber|member)|(?:sie sind |du bist )?(?:schon|bereits) (?:abonnent(?:in)?|abonniert)|déjà abonnée?|ya eres suscriptora?"
        r"|sei già abbonato|já é assinante|masz już (?:subskrypcję|prenumeratę)|al abonnee)\s?\?(?: .{0,30})?|ya soy suscriptora?|já sou assinante",
        r"subscriber(?:s)? only|members only|premium|exclusive|plus",
        # the members-only label of Japanese, Chinese and Korean papers
        r"(?:有料)?会員限定(?:記事)?|付费(?:内容|阅读)|会员专享(?:内容)?|유료 ?회원 ?전용(?: 기사)?|회원 ?전용 ?기사",
        r"für abonnenten|abonnenten-?inhalt|réservé aux abonnés|article réservé aux abonnés|(?:contenido |artículo )?exclusivo para (?:suscriptores|abonados|socios)|tylko dla (?:subskrybentów|prenumeratorów)",
        # "For subscribers only" as a label: "Conteúdo exclusivo para assinantes", "Материал доступен только подписчикам"
        r"(?:conteúdo |matéria )?exclusiv[oa] para assinantes|(?:articolo|contenuto) riservato agli abbonati|artykuł (?:dostępny )?(?:tylko |wyłącznie )?dla (?:subskrybentów|prenumeratorów)"
        r"|článek je (?:dostupný )?(?:pouze|jen) pro předplatitele|(?:материал|статья) доступ(?:ен|на) только (?:для )?подписчик(?:ам|ов)|только для подписчиков",
        r"article réservé à nos abonnés|(?:abonnez-vous|suscríbete|abonnieren sie|iscriviti|assine|zaloguj się) (?:pour lire la suite|para (?:seguir|continuar) leyendo|um weiterzulesen|per continuare a leggere|para continuar lendo)",
        r"jetzt (?:kostenlos|gratis|\d+ (?:tage|wochen|monate)(?: (?:kostenlos|gratis))?) (?:testen|lesen)|(?:jetzt )?weiterlesen mit [\w -]{1,25}|jetzt (?:weiterlesen|freischalten)|(?:jetzt )?(?:artikel|beitrag) freischalten",
        # "To read this article, you need a subscription", the condition, then the offer
        r"to (?:read|continue reading) (?:this|the full|the rest of this) (?:article|story),? you (?:need|must have) (?:a |an )?(?:subscription|account|to subscribe|to (?:log|sign) in)[^.!?]{0,40}[.!]?"
        r"|um (?:diesen|den ganzen|den) (?:artikel|beitrag) (?:zu lesen|weiterzulesen),? (?:benötigen|brauchen) sie (?:ein|einen) (?:abo|abonnement|zugang)[^.!?]{0,40}[.!]?"
        r"|pour lire la suite(?: de cet article)?,? (?:abonnez-vous|connectez-vous|inscrivez-vous)[^.!?]{0,40}[.!]?"
        r"|para (?:seguir|continuar) leyendo,? (?:suscríbete|suscribite|regístrate|inicia sesión)[^.!?]{0,40}[.!]?",
        # the offers beside a cut story
        r"lee sin límites|leia sem limites|leggi senza limiti|lisez sans limite|unbegrenzt lesen",
        r"(?:この記事は)?(?:有料|会員限定)記事です。?(?:残り\s*\d[\d,]*\s*文字)?|(?:本文)?残り\s*\d[\d,]*\s*文?字(?:（全文\s*\d[\d,]*\s*文?字）)?|この記事の続きは.{0,20}(?:読めます|お読みいただけます)",
        r"(?:이 기사는 )?유료 ?(?:회원 ?전용|기사)(?:입니다)?\.?",
    ),
    prefixes=(
        r"you have (?:\d+|one|two|three|no) (?:more )?free (?:articles?|stories|reads) (?:left|remaining)\b|this is your last free (?:article|story)\b",
        r"(?:you(?:['’]ve| have) (?:reached|read) (?:your|all|the) .{0,30}(?:free )?(?:articles?|stories|limit))|to continue reading,? (?:please )?(?:subscribe|log in|sign in|register)",
        r"(?:subscribe|register) (?:now|today)? ?(?:for|to get) (?:unlimited|full|digital) access|unlock (?:this|unlimited|full) (?:article|access|story)",
        r"(?:become|be) a (?:subscriber|member) (?:to|and|for)|start your (?:free )?trial|get (?:unlimited|full|digital) access",
        r"get .{1,60} delivered (?:to|through) your (?:letterbox|doorstep|mailbox)",
        r"dieser (?:artikel|beitrag) ist (?:nur )?für abonnenten|cet article est réservé aux abonnés|este (?:artículo|contenido) es exclusivo para",
        # "This article is for subscribers only" in more languages
        r"questo (?:articolo|contenuto) è riservato agli abbonati|este conteúdo é exclusivo para assinantes|dit artikel is alleen voor abonnees",
        r"этот материал доступен только подписчикам|bu içerik abonelere özeldir|artikel ini khusus (?:untuk )?pelanggan",
        r"il vous reste \d+\s?% de cet article à lire|la suite est réservée aux abonnés|per continuare a leggere(?:,)? (?:abbonati|accedi)"
        r"|ten artykuł jest dostępny (?:tylko|wyłącznie) dla (?:subskrybentów|prenumeratorów)|(?:para|pra) continuar lendo,? (?:assine|faça login)",
        r"denna artikel är (?:endast|bara) för prenumeranter|tämä artikkeli on vain tilaajille|この記事は(?:会員|有料会員)限定です|本文为付费内容",
        # a members-only notice and the cut after it on one line: "この記事は有料記事です。残り1200文字。有料会員になると..."
        r"(?:この|本)記事は(?:有料(?:会員)?|会員)(?:記事|限定|限定記事)?です|続きは(?:有料)?会員(?:登録|になる)(?:と|で|すると)|(?:该|本)(?:内容|文章|文)为付费内容"
        r"|(?:cet article|ce contenu) est réservé (?:aux|à nos) abonnés",
        # the offer beside a members-only story, as Japanese papers print it
        r"有料会員(?:になる|登録|に登録する)と|(?:記事の)?続きを読むには(?:ログイン|会員登録)",
    ),
)
