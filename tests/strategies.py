"""Hypothesis strategies shared by the property tests: pages built from chrome and prose."""

from __future__ import annotations

from hypothesis import strategies as st

_PROSE = (
    "the minister said on monday that talks would resume in geneva after weeks of pressure from lawmakers "
    "who want a deal before the budget deadline next month prices rose sharply while analysts expected "
    "a slower pace of growth this year"
)
WORDS = tuple(_PROSE.split(" "))

CHROME_LINES = [
    "Sign in",
    "Register / Login",
    "Forgot password?",
    "0 Comments",
    "Leave a comment",
    "Share on Facebook",
    "Tweet",
    "Advertisement",
    "Newsletter Signup",
    "© 2021 Example Media Inc.",
    "All rights reserved.",
    "Read more",
    "Related Articles",
    "Most Popular",
    "We use cookies to improve your experience.",
    "Photo: Jane Doe/Getty Images",
    "Home",
    "Menu",
    "Anzeige",
    "Kommentare",
    "Partager",
    "Iniciar sesión",
    "Czytaj także",
    "Reporting by John Smith; Editing by Jane Roe",
]


@st.composite
def sentences(draw: st.DrawFn, min_words: int = 6, max_words: int = 30) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words))
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


@st.composite
def headlines(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=10))
    return " ".join(w.capitalize() for w in words)


def page_lines() -> st.SearchStrategy[str]:
    """One line of a whole-page dump: prose, a headline, or chrome."""
    return st.one_of(sentences(), headlines(), st.sampled_from(CHROME_LINES), st.just(""))


@st.composite
def page_dumps(draw: st.DrawFn) -> str:
    """A whole-page text dump: lines of prose, headlines and chrome, some blank lines between."""
    lines = draw(st.lists(page_lines(), min_size=0, max_size=40))
    separators = draw(st.lists(st.sampled_from(["\n", "\n\n"]), min_size=len(lines), max_size=len(lines)))
    return "".join(line + sep for line, sep in zip(lines, separators, strict=True))


@st.composite
def wrapped_dumps(draw: st.DrawFn) -> str:
    """A whole-page dump hard-wrapped at a width between 50 and 100 columns, as html2text,
    lynx or mail write text; sometimes as Markdown, its lines as links."""
    import textwrap

    text = draw(page_dumps())
    width = draw(st.integers(50, 100))
    if draw(st.booleans()):
        text = "\n".join(f"[{line}](https://example.com/{i})" if line and i % 3 == 0 else line
                         for i, line in enumerate(text.split("\n")))  # fmt: skip
    return "\n".join(textwrap.fill(line, width) if line.strip() else "" for line in text.split("\n"))


_CJK_PROSE = (
    "市议会周二投票决定在公交网络中增加五条线路，官员在会后表示，这将为数千名居民缩短通勤时间。",
    "新线路预计将于明年年底前开通，首批车站的建设将于春季开始。",
    "批评者认为，这笔钱最好用于修缮道路。",
    "市議会は火曜日、バス路線を五つ増やすことを決めた。",
    "新しい路線は来年末までに開通する見込みで、駅の建設は春に始まる。",
    "市長は、計画が住民の通勤時間を短くすると述べた。",
)
_CJK_CHROME = ("登录 | 注册", "分享到微信", "版权所有 © 2026 示例日报", "関連記事", "ログイン", "広告")


@st.composite
def cjk_wrapped_dumps(draw: st.DrawFn) -> str:
    """A Chinese or Japanese dump cut at 40 to 100 columns as a terminal cuts those scripts:
    at any character, each taking two columns."""
    lines = draw(st.lists(st.one_of(
        st.lists(st.sampled_from(_CJK_PROSE), min_size=1, max_size=4).map("".join),
        st.sampled_from(_CJK_CHROME),
        st.just(""),
    ), max_size=20))  # fmt: skip
    width = draw(st.integers(40, 100)) // 2
    return "\n".join("\n".join(line[i : i + width] for i in range(0, len(line), width)) for line in lines)


def any_text() -> st.SearchStrategy[str]:
    """Any string at all, with line breaks likely enough to make several lines."""
    return st.one_of(
        st.text(max_size=400),
        st.lists(st.text(max_size=60), max_size=12).map("\n".join),
        page_dumps(),
        wrapped_dumps(),
        cjk_wrapped_dumps(),
    )


TAGS = ["div", "p", "span", "a", "li", "ul", "h2", "section", "article", "nav", "aside", "footer", "b", "figure"]
CLASSES = ["", "story", "share-bar", "related", "comments", "ad", "body", "widget", "caption", "hidden"]


@st.composite
def html_pages(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A random page of nested elements, and the pieces of text it holds."""
    pieces: list[str] = []

    def element(depth: int) -> str:
        if depth > 4 or draw(st.booleans()):
            text = draw(st.one_of(sentences(), headlines(), st.sampled_from(CHROME_LINES)))
            pieces.append(text)
            return text + " "  # text nodes side by side run together in a page, as "TheThe"
        tag = draw(st.sampled_from(TAGS))
        cls = draw(st.sampled_from(CLASSES))
        children = "".join(element(depth + 1) for _ in range(draw(st.integers(1, 3))))
        closing = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", ""]))  # sometimes left open
        return f"<{tag} class='{cls}'>{children}{closing}"

    body = "".join(element(0) for _ in range(draw(st.integers(1, 5))))
    return f"<html><head><title>Page title here</title></head><body>{body}</body></html>", [*pieces, "Page title here"]


_SCRIPTS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "éèêëàâäçîïôöùûüÿñßæœÉÈÀÇÖÜÄ"  # Western European
    "ąćęłńóśźżĄĆĘŁŃŚŹŻčřšžýěůťď"  # Central European
    "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώΑΒΓΔΕ"  # Greek
    "абвгдежзийклмнопрстуфхцчшщъыьэюяёАБВГДЕЁЖЗ"  # Cyrillic
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年"  # Chinese
    "あいうえおかきくけこさしすせそたちつてとアイウエオカキクケコ"  # Japanese
    "가나다라마바사아자차카타파하한국어"  # Korean
)
_GAPS = [
    " ",
    " ",
    " ",
    ", ",
    ". ",
    "; ",
    " – ",
    " — ",
    " “",
    "” ",
    " ‘",
    "’",
    "!",
    "? ",
    " (",
    ") ",
    " €",
    "1",
    "2019",
    " 3.5%",
]


def multilingual_text() -> st.SearchStrategy[str]:
    """Text as people write it, in ten scripts: words of letters, with spaces, digits and punctuation."""
    word = st.lists(st.sampled_from(_SCRIPTS), min_size=1, max_size=10).map("".join)
    return st.lists(st.one_of(word, st.sampled_from(_GAPS)), min_size=1, max_size=30).map("".join)


def any_unicode() -> st.SearchStrategy[str]:
    """Any string of code points at all, lone surrogates and private use included."""
    return st.text(st.characters(codec=None, exclude_categories=()), max_size=200)
