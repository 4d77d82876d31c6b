"""A paywalled story stops mid-way, under a line that says so and an offer to subscribe or
log in: those lines go as ``paywall``, in the languages big papers write them, with the
members-only labels. The page's controls around the cut (gift and listen buttons, "Read
more", "Loading...", partners' news) go with their own reasons. Sentences that begin
with the same words stay.
"""

from __future__ import annotations

import pytest

from newsclean.chrome import DEFAULT_RULES

PAYWALL = [
    "Il vous reste 65% de cet article à lire. La suite est réservée aux abonnés.",
    "Déjà abonné ? Se connecter",
    "Ya soy suscriptor",
    "¿Ya eres suscriptor? Inicia sesión",
    "Lee sin límites",
    "Per continuare a leggere abbonati",
    "Sei già abbonato? Accedi",
    "Já é assinante? Faça login",
    "Jetzt weiterlesen mit Plus",
    "Sie sind bereits Abonnent? Hier anmelden",
    "Schon abonniert? Einloggen",
    "Ten artykuł jest dostępny tylko dla subskrybentów",
    "Masz już subskrypcję? Zaloguj się",
    "この記事は有料記事です。残り1234文字",
    "残り1,234文字（全文2,000文字）",
    "この記事の続きは会員登録で読めます",
]

CONTROLS = [
    ("Offrir cet article", "share"),
    ("Regalar artículo", "share"),
    ("Zur Startseite", "navigation"),
    ("Новости партнеров", "advertisement"),
    ("Dalsza część artykułu pod materiałem wideo", "advertisement"),
    ("Ouvir texto", "call_to_action"),
    ("Ler mais", "read_more"),
    ("A carregar...", "boilerplate"),
]


@pytest.mark.parametrize("line", PAYWALL)
def test_the_cut_of_a_paywalled_story_and_its_offers_are_paywall(line: str) -> None:
    assert DEFAULT_RULES(line) == "paywall"


@pytest.mark.parametrize(("line", "reason"), CONTROLS)
def test_the_controls_around_the_cut_go_with_their_own_reasons(line: str, reason: str) -> None:
    assert DEFAULT_RULES(line) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Il vous reste des questions sur la réforme, a dit le ministre.",
        "Abonnent? Nein, sagte er, er lese die Zeitung nur am Kiosk.",
        "Ler mais livros é o objetivo do programa do governo.",
        "Offrir cet article à un ami ne coûte rien, a-t-il dit.",
        "Per continuare a leggere il bilancio servono ancora due settimane.",
        "残り100メートルで逆転した。",
    ],
)
def test_sentences_that_begin_like_a_paywall_stay(sentence: str) -> None:
    assert DEFAULT_RULES(sentence) is None
