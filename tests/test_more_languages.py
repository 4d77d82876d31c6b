"""Chrome lines in twenty more languages: what a news site's furniture says in Catalan,
Basque, Galician, Slovak, Slovenian, Serbian, Macedonian, Lithuanian, Latvian, Estonian,
Albanian, Icelandic, Malay, Filipino, Swahili, Urdu, Tamil, Marathi, Georgian, Armenian,
Azerbaijani and Kazakh.

Pages in these languages are rarer in a corpus but not rare on the web: the same kinds of
chrome (ad labels, login links, comment counters, "Read also", related headings, share
buttons, rights lines, cookie notices, newsletter pitches) must go with the same reasons.
Beside them stand sentences that begin with the same words and must stay.
"""

from __future__ import annotations

import pytest

from newsclean.chrome import DEFAULT_RULES

CHROME = {
    "advertisement": [
        "Publicitat", "Iragarkia", "Reklaam", "Reklamë", "Auglýsing", "Patalastas", "Tangazo",
        "اشتہار", "விளம்பரம்", "जाहिरात", "რეკლამა", "Գովազդ", "Жарнама", "Contingut patrocinat", "Sponzorované",
    ],
    "login_prompt": [
        "Inicia sessió", "Registra't", "Hasi saioa", "Prihlásiť sa", "Registrácia", "Prijava", "Prijavi se",
        "Пријава", "Регистрација", "Prisijungti", "Pieslēgties", "Logi sisse", "Skrá inn", "Hyr",
        "Log masuk", "Mag-login", "Ingia", "Jisajili", "لاگ ان", "உள்நுழை", "შესვლა", "Մուտք", "Daxil ol", "Кіру",
    ],
    "comment_counter": [
        "Comentaris (14)", "14 comentaris", "Komentáre (3)", "Komentarji (5)", "Komentarai (5)", "Komentāri (5)",
        "Kommentaarid (5)", "Коментари (5)", "Komente (5)", "Athugasemdir (5)", "Iruzkinak (5)", "5 komen",
        "Mga komento (5)", "Maoni (5)", "تبصرے (5)", "கருத்துகள் (5)", "टिप्पण्या (5)", "კომენტარები (5)",
        "Մեկնաբանություններ (5)", "Şərhlər (5)", "Пікірлер (5)", "Deixa un comentari", "Pridať komentár",
        "Oddaj komentar", "Parašyti komentarą", "Lisa kommentaar", "Оставите коментар", "Tinggalkan komen", "Acha maoni",
    ],
    "read_also": [
        "Llegiu també:", "Vegeu també:", "Irakurri ere:", "Čítajte aj:", "Taip pat skaitykite:", "Lasiet arī:",
        "Loe ka:", "Прочитајте и:", "Lexo edhe:", "Lestu einnig:", "ასევე წაიკითხეთ:", "Կարդացեք նաև:",
        "Həmçinin oxuyun:", "Сондай-ақ оқыңыз:",
    ],
    "related_list": [
        "Notícies relacionades", "Més notícies", "Més llegides", "Máis lidas", "Lotutako albisteak", "Súvisiace články",
        "Najčítanejšie", "Sorodni članki", "Najbolj brano", "Susiję straipsniai", "Skaitomiausi", "Saistītie raksti",
        "Lasītākie", "Seotud artiklid", "Loetuimad", "Повезане вести", "Најчитаније", "Поврзани вести",
        "Lajme të ngjashme", "Tengdar fréttir", "Berita berkaitan", "Paling popular", "Kaugnay na balita",
        "Pinakabasa", "Habari zinazohusiana", "متعلقہ خبریں", "தொடர்புடைய செய்திகள்", "संबंधित बातम्या",
        "მსგავსი სიახლეები", "Առնչվող նորություններ", "Oxşar xəbərlər", "Ұқсас жаңалықтар",
    ],
    "share": [
        "Comparteix", "Partekatu", "Zdieľať", "Dalintis", "Dalīties", "Подели", "Kongsi", "Ibahagi", "Shiriki",
        "شیئر کریں", "பகிர்", "शेअर करा", "გაზიარება", "Կիսվել", "Бөлісу", "Copiar l'enllaç", "Kopírovať odkaz",
        "Kopiraj povezavo", "Kopijuoti nuorodą", "Kopēt saiti", "Kopeeri link", "Копирај линк", "Salin pautan",
    ],
    "copyright": [
        "Сва права задржана.", "Сите права задржани.", "Todos os dereitos reservados.", "Lahat ng karapatan ay nakalaan.",
        "Haki zote zimehifadhiwa.", "جملہ حقوق محفوظ ہیں", "அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை", "सर्व हक्क राखीव",
        "ყველა უფლება დაცულია", "Բոլոր իրավունքները պաշտպանված են", "Bütün hüquqlar qorunur.",
        "Барлық құқықтар қорғалған.", "Allur réttur áskilinn.", "Eskubide guztiak erreserbatuak.",
    ],
    "cookie_notice": [
        "Utilitzem galetes pròpies i de tercers per millorar els nostres serveis.",
        "Táto stránka používa súbory cookie.",
        "Ta spletna stran uporablja piškotke.",
        "Ova stranica koristi kolačiće kako bi vam pružila bolje iskustvo.",
        "Овај сајт користи колачиће.",
        "Ši svetainė naudoja slapukus.",
        "Šī vietne izmanto sīkdatnes.",
        "See veebileht kasutab küpsiseid.",
        "Laman web ini menggunakan kuki.",
        "Gumagamit ang site na ito ng cookies.",
        "Tovuti hii inatumia vidakuzi.",
        "Þessi vefur notar vafrakökur.",
        "Webgune honek cookieak erabiltzen ditu.",
    ],
    "newsletter": [
        "Rep cada matí les notícies més importants al teu correu.",
        "Subscriu-te al butlletí",
        "Prihláste sa na odber newslettra",
        "Naročite se na e-novice",
        "Prenumeruokite naujienlaiškį",
        "Telli uudiskiri",
        "Пријавите се на билтен",
        "Langgan surat berita kami",
        "Mag-subscribe sa aming newsletter",
        "Jiandikishe kwa jarida letu",
        "Harpidetu buletinera",
    ],
}  # fmt: skip


@pytest.mark.parametrize(("line", "reason"), [(line, reason) for reason, lines in CHROME.items() for line in lines])
def test_chrome_in_twenty_more_languages_is_named_by_its_kind(line: str, reason: str) -> None:
    assert DEFAULT_RULES(line) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Publicitat institucional: el govern hi va destinar deu milions d'euros l'any passat.",
        "Prijava za posao mora stići do petka, rekao je gradonačelnik.",
        "Komentáre politikov boli po voľbách veľmi opatrné.",
        "Dalintis informacija su kitomis šalimis Lietuva pradės kitais metais.",
        "Tangazo la serikali lilitolewa jana jioni mjini Dodoma.",
        "Skrá inn á listann var opin til klukkan fimm.",
        "Ingia kwenye mjadala huu ulikuwa mgumu kwa wabunge wengi.",
    ],
)
def test_sentences_that_begin_with_the_same_words_stay(sentence: str) -> None:
    assert DEFAULT_RULES(sentence) is None
