"""Encoding repair: mojibake undone, wrong code pages corrected, clean text never touched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import newsclean
from newsclean import Document, Repair
from newsclean.mixups import fix_mixups
from newsclean.repair import repair_text
from strategies import any_unicode, multilingual_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "encodings"


@given(multilingual_text(), st.sampled_from(["sloppy-windows-1252", "latin-1", "macroman"]))
def test_mojibake_of_any_text_is_repaired(text: str, misread_as: str) -> None:
    """UTF-8 read as cp1252, Latin-1 or Mac Roman comes back to the text it was."""
    assume(repair_text(text) == text)  # text that is itself mojibake-shaped has no single answer
    assert repair_text(text.encode("utf-8").decode(misread_as)) == text


@given(multilingual_text())
def test_mojibake_read_as_latin1_comes_back_whole_through_a_document(text: str) -> None:
    """Latin-1 gives the byte 0x85 to U+0085, which ``str.splitlines`` takes for a line break:
    in UTF-8 read as Latin-1 it is part of a letter ("х" is D1 85), so a document keeps the
    line whole and the repair reads it back. A letter whose last byte is 0xA0 ("你" is E4 BD A0,
    "à" C3 A0) at the very end of a line reads as a no-break space there, which the document
    keeps for the repair (a line's other spaces at its ends are stripped)."""
    assume(repair_text(text) == text and Document(text=text).text == text)
    misread = text.encode("utf-8").decode("latin-1")
    assert Repair()(Document(text=misread)).text == text


@pytest.mark.parametrize("misread_as", ["sloppy-windows-1252", "latin-1"])
def test_a_letter_or_space_whose_last_byte_is_a0_is_read_back_at_the_end_of_a_line(misread_as: str) -> None:
    """ "à" (C3 A0), "你" (E4 BD A0) and the no-break space (C2 A0) pages put after a paragraph
    end their mojibake with a no-break space: at the end of a line it is not stripped as a
    space, so the repair reads the letter back and leaves no stray "Ã" or "Â"."""
    article = (
        "Le musée a rouvert ses portes lundi, après deux ans de travaux. On y va, voilà\n"
        "北京市政府宣布，新的地铁线路将于明年开通，你\n"
        "The museum reopened on Monday after two years of building work.\u00a0\n"
        "Visitors queued from early morning to see the restored galleries, the director said."
    )
    text = newsclean.clean(article.encode("utf-8").decode(misread_as)).text
    assert text == article.replace("\u00a0", "")


@pytest.mark.parametrize("misread_as", ["sloppy-windows-1252", "latin-1"])
def test_mojibake_whose_no_break_space_became_a_plain_space_is_repaired(misread_as: str) -> None:
    """The web's most common mojibake: a no-break space (C2 A0) or "à" (C3 A0) read as cp1252,
    its A0 then turned into a plain space on the way: "Monday.Â Visitors", "voilÃ " at the end of a line.
    Cleaned, it reads as the text it was."""
    article = (
        "The museum reopened on Monday.\u00a0\u00a0Visitors queued from early morning, the director said.\u00a0\n"
        "Le musée a rouvert ses portes lundi, après deux ans de travaux. On y va, voilà\n"
        "Ticket prices are unchanged, at 12\u00a0euros for adults and free for children under twelve."
    )
    broken = article.encode("utf-8").decode(misread_as).replace("\u00a0", " ")
    assert "Â " in broken and broken.count("Ã ") == 1
    assert newsclean.clean(broken).text == newsclean.clean(article).text == fix_whitespace_lines(article)


def test_mojibake_whose_no_break_space_became_a_plain_space_is_repaired_in_html_too() -> None:
    """In HTML a paragraph's last "Â " or "Ã " keeps its space through the collapsing of spaces."""
    paragraphs = [
        "The museum reopened on Monday.\u00a0\u00a0Visitors queued from early morning, the director said.\u00a0",
        "Le musée a rouvert ses portes lundi, après deux ans de travaux et une longue attente. On y va, voilà",
        "Ticket prices are unchanged, at 12\u00a0euros for adults and free for children under twelve years old.",
    ]

    def page(texts: list[str]) -> str:
        body = "".join(f"<p>{text}</p>" for text in texts)
        return f"<html><head><title>Museum</title></head><body><article>{body}</article></body></html>"

    broken = [p.encode("utf-8").decode("sloppy-windows-1252").replace("\u00a0", " ") for p in paragraphs]
    assert newsclean.clean(page(broken)).text == newsclean.clean(page(paragraphs)).text
    assert "Â" not in newsclean.clean(page(broken)).text


def fix_whitespace_lines(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def test_capitals_that_end_in_a_tilde_are_no_mojibake() -> None:
    """Portuguese capitals end words in "Ã" ("IRMÃ", "AMANHÃ"): followed by a space they look like
    "à" misread, and ftfy, which the screen now asks, rightly leaves them alone."""
    text = "A IRMÃ E O IRMÃO ficaram em casa no domingo, disse a polícia local.\n\nAMANHÃ\n\nO resto da história."
    assert repair_text(text) == text
    assert newsclean.clean(text.replace("AMANHÃ", "AMANHÃ ")).text == newsclean.clean(text).text


def test_a_russian_sentence_read_as_latin1_is_repaired_whole() -> None:
    sentence = "Центробанк сохранил ключевую ставку на уровне 16% годовых, говорится в сообщении регулятора."
    assert "\x85" in sentence.encode("utf-8").decode("latin-1")  # the "х" of "сохранил"
    assert newsclean.clean(sentence.encode("utf-8").decode("latin-1")).text == sentence


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Центробанк сохранил ключевую ставку на уровне 16% годовых, говорится в сообщении регулятора.",
            "Аналитики отмечают, что рынок уже заложил сохранение ставки в цены активов, и курс почти не изменился.",
        ],
        [
            "中国人民银行23日宣布，决定于12月5日下调金融机构存款准备金率0.5个百分点，预计释放长期资金约1万亿元。",
            "分析人士认为，降准将有助于降低银行资金成本，进而推动贷款利率下行。市场普遍预计，年内还可能有进一步的政策支持措施。",
        ],
    ],
    ids=["ru", "zh"],
)
def test_a_page_read_as_latin1_is_repaired_in_html_too(paragraphs: list[str]) -> None:
    """In HTML the page's spaces are collapsed before the repair: a no-break space or U+0085
    right after a Latin-1 letter is a byte of a letter there ("元" is E5 85 83, "内" E5 86 85,
    "х" D1 85), kept for the repair to read back."""
    misread = [p.encode("utf-8").decode("latin-1") for p in paragraphs]
    page = "<html><head><title>x</title></head><body><article>" + "".join(f"<p>{m}</p>" for m in misread)
    assert newsclean.clean(page + "</article></body></html>").text == "\n\n".join(paragraphs)


def clean_documents() -> list[str]:
    """Real clean text: the benchmark's annotated articles and the ten-language corpus."""
    truth = json.loads((ROOT / "benchmarks" / "data" / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    docs = [entry["articleBody"] for entry in truth.values()]
    for path in sorted(CORPUS.glob("*.json")):
        for page in json.loads(path.read_text(encoding="utf-8"))["pages"]:
            docs.append("\n".join([page["title"], *page["paragraphs"]]))
    return docs


CLEAN = clean_documents()


@given(st.sampled_from(CLEAN), st.integers(0, 10_000), st.integers(1, 3_000))
def test_clean_text_passes_through_unchanged(doc: str, start: int, length: int) -> None:
    """Any slice of real clean text, in any of ten languages, comes out of repair as it went in."""
    piece = doc[start % len(doc) :][:length]
    assert repair_text(piece) == piece


def test_every_clean_document_passes_through_unchanged() -> None:
    assert [d for d in CLEAN if repair_text(d) != d] == []


@given(any_unicode())
def test_repair_never_raises(text: str) -> None:
    """Nothing in the Unicode range, lone surrogates included, makes repair raise."""
    assert isinstance(repair_text(text), str)


def mixed_up_documents() -> list[object]:
    """Corpus pages in single-byte code pages, read back as cp1252 or Latin-1."""
    cases: list[object] = []
    for path in sorted(CORPUS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for encoding in data["encodings"]:
            if encoding in ("cp1252", "iso-8859-15") or len("é".encode(encoding, "ignore")) != 1:
                continue
            for page in data["pages"]:
                lines = [page["title"], *page["paragraphs"]]
                for wrong in ("cp1252", "latin-1"):
                    misread = [line.encode(encoding).decode(wrong, "ignore") or line for line in lines]
                    misread = [
                        line.encode(encoding).decode("latin-1")
                        if wrong == "cp1252" and _undefined(line, encoding)
                        else m
                        for line, m in zip(lines, misread, strict=True)
                    ]
                    cases.append(pytest.param(encoding, wrong, misread, lines))
    return cases


def _undefined(line: str, encoding: str) -> bool:
    try:
        line.encode(encoding).decode("cp1252")
    except UnicodeDecodeError:
        return True
    return False


@pytest.mark.parametrize(("encoding", "wrong", "misread", "lines"), mixed_up_documents())
def test_text_read_with_the_wrong_code_page_is_read_again_with_the_right_one(
    encoding: str, wrong: str, misread: list[str], lines: list[str]
) -> None:
    """Russian in cp1251 or KOI8-R, Polish in cp1250, Greek in ISO-8859-7, Turkish in cp1254,
    Arabic, Hebrew and Thai in their Windows and ISO code pages, misread as cp1252 or Latin-1."""
    assert fix_mixups(misread) == lines


@pytest.mark.parametrize(
    "text",
    [
        "Þingið samþykkti frumvarpið í gær, sagði ráðherrann við fréttamenn.",  # Icelandic
        "Vláda schválila nový zákon o dani z příjmů, řekl mluvčí.",  # Czech writes ý
        "Thủ tướng đồng ý với kế hoạch mới của thành phố.",  # Vietnamese writes ý
        "Türkmenistanyň prezidenti täze ýoly açdy we ýurt üçin möhüm diýdi.",  # Turkmen writes ý and ç
        "Belediye meclisi yeni otobüs hatlarını onayladı, başkan açıkladı.",  # Turkish, read right
    ],
)
def test_text_that_writes_the_letters_misread_turkish_shows_is_left_alone(text: str) -> None:
    """ "ý", "þ" and "ð" are what Turkish read as cp1252 shows, and letters other languages write:
    only a text with Turkish's "ç" or "ü" and none of "á é ó ú æ ä" is read as misread Turkish."""
    assert repair_text(text) == text
    assert fix_mixups([text]) == [text]


def test_repairs_are_recorded_in_metadata() -> None:
    doc = newsclean.clean("Ãîðîäñêîé ñîâåò óòâåðäèë íîâûå ìàðøðóòû, ñîîáùèëè ÷èíîâíèêè.")
    assert doc.text == "Городской совет утвердил новые маршруты, сообщили чиновники."
    assert doc.metadata["repaired"] == {"code_page_lines": 1}


def test_a_line_repaired_to_nothing_is_removed_as_blank() -> None:
    """A misread byte-order mark alone on a line ("ï»¿") is repaired to nothing: the line
    goes, with a reason, and no empty line is left for later filters to trip on."""
    doc = Repair()(Document(text="Headline\n\n\u00ef\u00bb\u00bf\n\nThe body of the article."))
    assert doc.text == "Headline\n\nThe body of the article."
    assert [(r.reason, r.text) for r in doc.removals] == [("blank", "\u00ef\u00bb\u00bf")]
    assert newsclean.clean("Headline\n\n\u00ef\u00bb\u00bf\n\n" + "The body of the article, at length. " * 5).text


def test_a_turkish_page_read_as_cp1252_comes_out_in_turkish() -> None:
    """The whole path: a Turkish story whose cp1254 bytes were read as cp1252 upstream."""
    story = [
        "Merkez Bankası politika faizini yüzde 50'de sabit tuttu",
        "Türkiye Cumhuriyet Merkez Bankası Para Politikası Kurulu, politika faizini yüzde 50'de sabit tuttu.",
        "Kurul'dan yapılan açıklamada, enflasyonun ana eğilimindeki düşüşün beklenenden yavaş gerçekleştiği belirtildi.",
    ]
    misread = [line.encode("cp1254").decode("cp1252") for line in story]
    doc = newsclean.clean("\n\n".join(misread))
    assert doc.text == "\n\n".join(story[1:])
    assert doc.title == story[0]
