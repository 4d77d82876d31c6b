"""Extracting articles from HTML: golden snippets per kind of chrome, metadata, robustness."""

from __future__ import annotations

import json

import pytest

import newsclean
from conftest import STORY
from newsclean.nesting import cap_nesting

ARTICLE = [
    "The minister said on Monday that talks would resume in Geneva after weeks of pressure from lawmakers.",
    "Officials from both sides met for six hours, and a joint statement is expected later this week, aides said.",
    "Analysts expected a slower pace of growth this year, and prices rose sharply in the spring months.",
]


def page(chrome: str, *, head: str = "", before: bool = False) -> str:
    """A news page: the article's paragraphs, with a piece of chrome before or after them."""
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    article = (
        f"<article><h1>Talks resume in Geneva</h1>{chrome if before else ''}{body}{'' if before else chrome}</article>"
    )
    return f"<html><head><title>Talks resume in Geneva | Example News</title>{head}</head><body>{article}</body></html>"


GOLDEN = [
    ("<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>", "Home World", "navigation"),
    (
        "<aside><h3>Elsewhere</h3><p>Weather in Paris is mild this week and warm next week.</p></aside>",
        "Weather in Paris",
        "sidebar",
    ),
    ("<div class='share-bar'><a>Facebook</a><a>Twitter</a></div>", "Facebook", "share"),
    (
        "<div class='related-posts'><a>Another story about a different topic entirely</a></div>",
        "Another story",
        "related_list",
    ),
    (
        "<section id='comments'><p>I disagree with the minister entirely on this, and so do my neighbours.</p></section>",
        "I disagree",
        "comment_thread",
    ),
    ("<div class='newsletter-signup'>Get our daily briefing in your inbox</div>", "daily briefing", "newsletter"),
    ("<div class='ad-slot'>Buy one get one free at your local store today</div>", "Buy one get one", "advertisement"),
    ("<div class='cookie-banner'>We use cookies to improve your experience.</div>", "We use cookies", "cookie_notice"),
    ("<div aria-hidden='true'>Skip this hidden text entirely please</div>", "hidden text", "hidden"),
    ("<div role='navigation'>Sections Politics Business</div>", "Sections Politics", "navigation"),
    ("<form><label>Search the site</label></form>", "Search the site", "form"),
    ("<footer>Contact us about this page and its policies</footer>", "Contact us", "footer"),
    # Templates name their furniture in their own language too.
    ("<div class='artikel-teilen'><a>Facebook</a><a>Xing</a></div>", "Xing", "share"),
    (
        "<div class='noticias-relacionadas'><a>Otra historia sobre un tema completamente distinto</a></div>",
        "Otra historia",
        "related_list",
    ),
    (
        "<section class='komentarze'><p>Nie zgadzam się z ministrem w tej sprawie, podobnie jak moi sąsiedzi.</p></section>",
        "Nie zgadzam",
        "comment_thread",
    ),
    (
        "<div class='rodape'><p>Rua das Flores, 1111 - Centro - Caixa Postal 421 - Telefone (47) 2106-8000</p></div>",
        "Caixa Postal",
        "footer",
    ),
    (
        "<div class='yorumlar'><p>Bakanın bu konudaki açıklamalarına hiç katılmıyorum, komşularım da öyle.</p></div>",
        "komşularım",
        "comment_thread",
    ),
    ("<div class='iklan-box'>Beli satu gratis satu di toko terdekat hari ini juga</div>", "Beli satu", "advertisement"),
    # Chinese templates name it in pinyin, Japanese ones in romaji
    ("<div class='xiangguan-news'><a>城市开通新的公交线路，方便北部居民出行</a></div>", "城市开通", "related_list"),
    ("<div id='pinglun'><p>这个公园真的很漂亮，周末带孩子去玩了一整天。</p></div>", "周末带孩子", "comment_thread"),
    ("<div class='kanren-kiji'><a>市議会が来年度の予算案を可決した</a></div>", "予算案", "related_list"),
    ("<div class='guanggao'>买一送一，仅限今日，欢迎光临本店选购</div>", "买一送一", "advertisement"),
    (
        "<div class='mais-lidas'><a>Prefeitura anuncia nova linha de ônibus para a zona norte</a></div>",
        "Prefeitura",
        "related_list",
    ),
    ("<div class='baca-juga'><a>Pemerintah umumkan kebijakan baru untuk UMKM</a></div>", "Pemerintah", "related_list"),
    (
        "<div class='les-plus-lus'><a>La mairie ouvre un nouveau parc au nord de la ville</a></div>",
        "La mairie",
        "related_list",
    ),
    (
        "<div id='comentarii'><p>Nu sunt de acord cu ministrul în această privință, nici vecinii mei.</p></div>",
        "vecinii",
        "comment_thread",
    ),
    (
        "<div class='box-assinatura'><p>Assine e tenha acesso ilimitado a todo o conteúdo do site.</p></div>",
        "Assine",
        "newsletter",
    ),
]


@pytest.mark.parametrize(("chrome", "marker", "reason"), GOLDEN, ids=[g[2] for g in GOLDEN])
def test_chrome_subtrees_are_pruned_with_their_reason(chrome: str, marker: str, reason: str) -> None:
    """Chrome marked by tag, role, state or class leaves with the reason of its kind; the article stays."""
    for before in (False, True):
        doc = newsclean.clean(page(chrome, before=before))
        assert marker not in doc.text
        assert all(p in doc.text for p in ARTICLE)
        assert any(r.reason == reason and marker in r.text for r in doc.removals), [
            (r.reason, r.text) for r in doc.removals
        ]


def test_a_figure_caption_is_removed_as_a_caption() -> None:
    html = page("<figure><img src='a.jpg'><figcaption>The minister arrives in Geneva on Monday.</figcaption></figure>")
    doc = newsclean.clean(html)
    assert "arrives in Geneva" not in doc.text
    assert any(r.reason == "caption" for r in doc.removals)


def test_the_last_paragraph_before_a_photo_credit_stays_when_it_shares_the_article_container() -> None:
    """Korean and Vietnamese stories end with the credit of their photos ("[사진=...]", "Ảnh: ...");
    the paragraph above it sits in the story's own container, so it is the story, not a caption."""
    body = [
        "시는 2년간의 공사 끝에 북부 지역에 새 공원을 개장했다고 23일 밝혔다. 공원에는 산책로와 놀이터가 조성됐다.",
        '시장은 개장식에서 "이 공원은 시에서 가장 큰 녹지 공간이 될 것"이라고 말했다. 사업에는 400억 원이 투입됐다.',
        '인근 주민들은 환영의 뜻을 밝혔다. 한 주민은 "아이들이 안전하게 놀 수 있는 곳이 생겼다"고 말했다.',
    ]
    html = (
        "<html lang='ko'><head><title>시, 북부 신규 공원 개장 | 예시일보</title></head><body>"
        "<h1>시, 북부 신규 공원 개장</h1><div id='article-body'>"
        + "".join(f"<p>{p}</p>" for p in body)
        + "<p>[사진=예시일보]</p><p>홍길동 기자 hong@example.co.kr</p></div></body></html>"
    )
    doc = newsclean.clean(html)
    assert [p for p in body if p not in doc.text] == []
    assert "[사진=예시일보]" not in doc.text


def test_text_beside_an_image_is_its_caption_unless_the_image_is_set_into_a_paragraph() -> None:
    """Short text on the line of an image ("<img><center><em>...</em></center>") describes it; an
    image an author set at the start of a paragraph ("<p><img>The talks ...</p>") opens the
    paragraph's own text, which is the story."""
    caption = "The minister arrives in Geneva on Monday"
    html = page(f"<div><img src='a.jpg'><center><em>{caption}</em></center></div>", before=True)
    doc = newsclean.clean(html)
    assert caption not in doc.text
    assert [r.reason for r in doc.removals if r.text == caption] == ["caption"]
    inset = "".join(f"<p><img src='{i}.jpg'>{p}</p>" if i == 1 else f"<p>{p}</p>" for i, p in enumerate(ARTICLE))
    doc = newsclean.clean(f"<html><body><article><h1>Talks resume in Geneva</h1>{inset}</article></body></html>")
    assert doc.text == "\n\n".join(ARTICLE)


def test_a_caption_in_a_figure_above_its_credit_is_still_a_caption() -> None:
    html = page(
        "<figure><img src='a.jpg'><p>Officials inspect the damaged bridge in the north of the city on Monday.</p>"
        "<p>Photo: Reuters</p></figure>"
    )
    doc = newsclean.clean(html)
    assert "inspect the damaged bridge" not in doc.text
    assert all(p in doc.text for p in ARTICLE)


def test_an_embedded_post_is_part_of_the_story() -> None:
    """A social-media embed is content even though its class says "social"."""
    tweet = "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>Talks are back on, finally.</p></blockquote></div>"
    body = "".join(f"<p>{p}</p>" for p in ARTICLE[:2]) + tweet + f"<p>{ARTICLE[2]}</p>"
    assert "Talks are back on" in newsclean.clean(f"<html><body><article>{body}</article></body></html>").text


def test_an_embedded_posts_frame_goes_and_its_words_stay() -> None:
    """An Instagram embed's "View this post on Instagram" and "A post shared by ..." are the
    frame's labels, not the story; a tweet's words and who wrote them are a quotation."""
    tweet = (
        "<blockquote class='twitter-tweet'><p>Talks are back on, finally.</p>"
        "&mdash; Jane Doe (@janedoe) <a href='#'>November 19, 2019</a></blockquote>"
    )
    post = (
        "<blockquote class='instagram-media'><a href='#'>View this post on Instagram</a>"
        "<p><a href='#'>A post shared by Jane Doe (@janedoe)</a> on <time>Nov 19, 2019 at 8:02am PST</time></p></blockquote>"
    )
    body = f"<p>{ARTICLE[0]}</p>{tweet}<p>{ARTICLE[1]}</p>{post}<p>{ARTICLE[2]}</p>"
    doc = newsclean.clean(f"<html><body><article>{body}</article></body></html>")
    assert all(p in doc.text for p in ARTICLE)
    assert "Talks are back on, finally." in doc.text and "(@janedoe) November 19, 2019" in doc.text
    assert "Instagram" not in doc.text and "A post shared by" not in doc.text
    assert {r.reason for r in doc.removals if "Instagram" in r.text or "shared by" in r.text} == {"embed"}


def test_a_wrapper_whose_class_says_widget_keeps_the_article_it_wraps() -> None:
    """Markup that says chrome around most of the page's prose is layout, not chrome."""
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    html = f"<html><body><div class='widget Blog'><div class='post-body'>{body}</div></div></body></html>"
    assert newsclean.clean(html).text == "\n\n".join(ARTICLE)


def test_a_list_that_closes_the_article_stays_with_it() -> None:
    """Tour dates or ingredients in the article's own container are not prose but are the article."""
    items = "".join(f"<li>June {d}: Concert hall, city {d}</li>" for d in range(1, 6))
    body = "".join(f"<p>{p}</p>" for p in ARTICLE) + f"<ul>{items}</ul>"
    text = newsclean.clean(f"<html><body><div class='story'>{body}</div><footer>About us</footer></body></html>").text
    assert "June 5: Concert hall, city 5" in text
    assert "About us" not in text


def test_teasers_below_the_article_are_not_the_article() -> None:
    """Each teaser sits alone in its own small container; the article is one container of paragraphs."""
    teasers = "".join(
        f"<div class='card'><h3><a href='/s{i}'>Another story number {i}</a></h3>"
        f"<p>A summary of another story, number {i}, in one long sentence that reads like prose.</p></div>"
        for i in range(4)
    )
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    text = newsclean.clean(f"<html><body><div class='story'>{body}</div>{teasers}</body></html>").text
    assert "A summary of another story" not in text
    assert all(p in text for p in ARTICLE)


LEAD = "The harbour bridge will close for six weeks from March so that engineers can replace its worn bearings."
STORY_GOES_ON = [
    "Drivers will be sent along the ring road during the closure, adding about fifteen minutes at rush hour.",
    "Ferry services will run every ten minutes instead of every twenty, and buses will use the tunnel.",
    "The repairs are expected to cost 12 million euros, paid for from the city's maintenance budget.",
]
FACT_BOX = "<aside><h3>Key facts</h3><ul><li><a href='/a'>Opened in 1932</a></li><li><a href='/b'>40,000 cars a day</a></li></ul></aside>"
MOST_READ = "<aside><h2>Most read</h2><ul><li><a href='/c'>Council approves budget</a></li></ul></aside>"


@pytest.mark.parametrize(
    ("paragraph", "box"),
    [
        ("<p>{}</p>", FACT_BOX),
        ("<div class='txt'>{}</div>", FACT_BOX),
        ("<p>{}</p>", f"<div class='inline-wrapper'><div>{FACT_BOX}</div></div>"),
    ],
)
def test_a_box_set_between_two_paragraphs_of_the_story_does_not_cut_it(paragraph: str, box: str) -> None:
    """An <aside> with no class between the lead and the rest is a box inside the story (facts,
    a pull quote, links): it goes, as an inset, and the lead stays with the story, whether its
    paragraphs are <p>s or <div>s of text as block editors write them. The page's own sidebar,
    beside the story's column, is still a sidebar; a box alone in its wrapper stands where the
    wrapper does."""
    body = paragraph.format(LEAD) + box + "".join(paragraph.format(p) for p in STORY_GOES_ON)
    doc = newsclean.clean(f"<html><body><main><article>{body}</article>{MOST_READ}</main></body></html>")
    assert [line for line in doc.text.splitlines() if line] == [LEAD, *STORY_GOES_ON]
    reasons = {r.text.split()[0]: r.reason for r in doc.removals}
    assert reasons["Key"] == "inset" and reasons["Most"] == "sidebar"


def test_page_metadata_comes_from_json_ld_and_open_graph() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Talks resume in Geneva",
        "datePublished": "2019-11-18T08:00:00Z",
        "author": [{"@type": "Person", "name": "Jane Doe"}],
        "publisher": {"@type": "Organization", "name": "Example News"},
        "articleSection": "World",
    }
    head = (
        f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
        "<link rel='canonical' href='https://example.com/geneva'>"
    )
    doc = newsclean.clean(page("", head=head).replace("<html>", "<html lang='en'>"))
    assert doc.title == "Talks resume in Geneva"
    assert doc.metadata["date"] == "2019-11-18"
    assert doc.metadata["author"] == "Jane Doe"
    assert doc.metadata["site_name"] == "Example News"
    assert doc.metadata["section"] == "World"
    assert doc.metadata["language"] == "en"
    assert doc.metadata["url"] == "https://example.com/geneva"


@pytest.mark.parametrize(
    ("header", "date", "author"),
    [
        ("<header><div class='byline'>By Jane Doe</div><time>Nov. 23, 2026</time></header>", "2026-11-23", "Jane Doe"),
        (
            "<p class='meta'>By <a rel='author' href='/a/jd'>Jane Doe</a> <time datetime='2026-11-23T09:00+01:00'>Monday</time></p>",
            "2026-11-23",
            "Jane Doe",
        ),
        ("<span itemprop='author' itemscope><span itemprop='name'>Anna Svensson</span></span>", None, "Anna Svensson"),
        ("<div class='byline'>Von Max Mustermann | Wirtschaft</div>", None, "Max Mustermann"),
        # classed "author", the role after the name
        ("<div class='author'>Budi Santoso, Jurnalis</div>", None, "Budi Santoso"),
        ("<p class='author'><strong>Nguyễn Văn An</strong></p>", None, "Nguyễn Văn An"),
        ("<div class='author'>홍길동 기자</div>", None, "홍길동"),
        # a role and no name names no one
        ("<div class='author'>Staff Reporter</div>", None, None),
        ("<div class='author'>নিজস্ব প্রতিবেদক</div>", None, None),
        # a box that only mentions the author names no one
        ("<div class='byline'>More from this author about the economy.</div>", None, None),
    ],
)
def test_a_page_without_metadata_gives_the_date_and_author_it_shows(
    header: str, date: str | None, author: str | None
) -> None:
    """Where the head and JSON-LD say nothing, the ``<time>`` in the article and the element
    marked as the author (or classed "byline") give the date and the author."""
    doc = newsclean.clean(page(header, head="<link rel='author' href='/humans.txt'>", before=True))
    assert doc.metadata.get("date") == date
    assert doc.metadata.get("author") == author
    assert all(p in doc.text for p in ARTICLE)


def _paywalled(shown: str, body: str) -> str:
    ld = {"@type": "NewsArticle", "headline": "Council approves bus expansion", "articleBody": body}
    return (
        "<html><head><title>Council approves bus expansion | Daily Example</title>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head>"
        f"<body><nav><a>Home</a> <a>News</a></nav><div id='root'><h1>Council approves bus expansion</h1>{shown}</div>"
        "<footer>© 2026 Daily Example</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("shown", "body"),
    [
        # a paywall: the first paragraph, then a prompt; the JSON-LD holds the story, a paragraph a line
        (f"<p>{STORY[0]}</p><div class='paywall'>Subscribe to continue reading.</div>", "\n\n".join(STORY)),
        # rendered by a script: the page shows nothing; the JSON-LD body is markup
        ("", "".join(f"<p>{p}</p>" for p in STORY)),
    ],
)
def test_a_page_that_shows_part_of_its_article_gives_the_article_its_json_ld_carries(shown: str, body: str) -> None:
    doc = newsclean.clean(_paywalled(shown, body))
    assert doc.text == "\n\n".join(STORY)
    assert doc.title == "Council approves bus expansion"
    assert "Subscribe" not in doc.text


@pytest.mark.parametrize("junk", ["x" * 100_000, "&amp;" * 2000, "<p>" * 5000, 12345, {"text": "A story."}])
def test_a_json_ld_body_that_is_no_prose_replaces_nothing(junk: object) -> None:
    """A body of one endless word, entities, bare tags or no string at all: the page's teaser stays."""
    ld = {"@type": "NewsArticle", "headline": "Council approves bus expansion", "articleBody": junk}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    doc = newsclean.clean(f"<html><head>{head}</head><body><p>{STORY[0]}</p></body></html>")
    assert doc.text == STORY[0]


def test_angle_brackets_in_a_plain_json_ld_body_are_text() -> None:
    body = "\n\n".join([*STORY, "The share of riders under 30 rose from < 20% to > 35%, the agency said."])
    doc = newsclean.clean(_paywalled(f"<p>{STORY[0]}</p>", body))
    assert "from < 20% to > 35%" in doc.text


def test_a_json_ld_summary_does_not_replace_the_article_the_page_shows() -> None:
    """Most pages that carry an articleBody show all of it, or the body is a summary: the page's text stays."""
    shown = "".join(f"<p>{p}</p>" for p in STORY)
    summary = "Summary: the council approved new bus routes. " * 10
    doc = newsclean.clean(_paywalled(shown, summary))
    assert doc.text == "\n\n".join(STORY)
    assert all(r.reason != "json_ld_article" for r in doc.removals)


def test_entities_in_json_ld_are_read_as_the_text_they_stand_for() -> None:
    """Many sites HTML-escape the strings of their JSON-LD: the title is what a reader sees."""
    ld = {
        "@type": "NewsArticle",
        "headline": "&#8216;The Medium&#8217;: Light &amp; Art",
        "author": {"name": "Jos&eacute; P&eacute;rez"},
    }
    doc = newsclean.clean(page("", head=f"<script type='application/ld+json'>{json.dumps(ld)}</script>"))
    assert doc.title == "‘The Medium’: Light & Art"
    assert doc.metadata["author"] == "José Pérez"


def test_pages_that_are_not_articles_give_little_or_nothing() -> None:
    """An index page of links is not an article: no wall of links comes out."""
    links = "".join(f"<li><a href='/a{i}'>Story number {i} about the economy today</a></li>" for i in range(300))
    assert newsclean.clean(f"<html><body><ul>{links}</ul></body></html>").text == ""


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div><p>Unclosed <b>bold <i>italic</div></span></table>",
        "<html><frameset><frame src='a.html'><frame src='b.html'></frameset></html>",
        "<html><head><title>Only a head</title></head></html>",
        "<p>no html, head or body element</p>",
        "<html>\x00\x01<body>\ufffd</body></html>",
        "",
    ],
    ids=["malformed", "frameset", "head only", "fragment", "control characters", "empty"],
)
def test_broken_pages_do_not_crash(html: str) -> None:
    assert isinstance(newsclean.clean(html).text, str)


def test_very_deep_nesting_is_capped_and_the_text_survives() -> None:
    """A page nested 100,000 levels deep parses (in linear time) and keeps its text."""
    deep = "<div>" * 100_000 + f"<p>{ARTICLE[0]}</p>" + "</div>" * 100_000
    assert newsclean.clean(deep).text == ARTICLE[0]


def test_cap_nesting_bounds_depth_and_keeps_text() -> None:
    capped = cap_nesting("<div>" * 50 + "text" + "</div>" * 50, limit=10)
    assert capped.count("<div>") == 10
    assert "text" in capped


def test_a_page_that_carries_its_article_twice_keeps_one_copy() -> None:
    """AMP and print versions put the same article on a page twice; repeated prose is not
    furniture, so the first copy is the article and the second goes."""
    paragraphs = [
        "The city council voted on Tuesday to approve three new bus routes that will connect the northern "
        "suburbs with the main railway station, officials said after the meeting.",
        "The routes will start operating in March and will run every fifteen minutes during the morning and "
        "evening rush hours, with a reduced service at weekends and on public holidays.",
    ]
    article = "<article><h1>City council approves new bus routes</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    doc = newsclean.clean(f"<html><body>{article}</article>{article}</article></body></html>")
    assert doc.text == "\n\n".join(paragraphs)
    assert doc.title == "City council approves new bus routes"


def test_table_cells_keep_a_space_between_them() -> None:
    """A table in an article reads row by row, its cells' words apart."""
    prose = "".join(f"<p>{p}</p>" for p in ARTICLE)
    table = "<table><tr><th>Zone</th><th>Access</th></tr><tr><td>Old town</td><td>Residents</td></tr></table>"
    text = newsclean.clean(f"<html><body><article>{prose}{table}</article></body></html>").text
    assert "Zone Access\nOld town Residents" in text


def test_a_schedule_in_the_article_is_data_and_the_article_goes_on_past_it() -> None:
    """A table of dates inside the article is no row of time stamps: its rows and the
    paragraphs after it stay (a date line inside an article would otherwise end it)."""
    rows = [("Route", "Start", "Frequency"), ("12", "12 March", "10 min"), ("14", "14 June", "15 min")]
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    doc = newsclean.clean(
        f"<html><body><article><p>{ARTICLE[0]}</p><p>{ARTICLE[1]}</p>{table}<p>{ARTICLE[2]}</p></article></body></html>"
    )
    assert doc.text == "\n\n".join([ARTICLE[0], ARTICLE[1], "\n".join(" ".join(r) for r in rows), ARTICLE[2]])


def test_a_read_also_box_inside_the_article_goes_with_its_teaser_and_the_article_goes_on() -> None:
    box = (
        "<div class='inline-box'><span>Lesen Sie auch</span><a href='/b'><h4>Radwege: Stadt plant neue Verbindungen</h4></a>"
        "<p>Die Stadt will bis 2028 zwanzig Kilometer neue Radwege bauen.</p></div>"
    )
    paragraphs = [f"<p>{p}</p>" for p in ARTICLE]
    doc = newsclean.clean(f"<html><body><article>{paragraphs[0]}{box}{''.join(paragraphs[1:])}</article></body></html>")
    assert doc.text == "\n\n".join(ARTICLE)
    assert {r.text: r.reason for r in doc.removals if "Radwege" in r.text} == {
        "Radwege: Stadt plant neue Verbindungen": "related_list",
        "Die Stadt will bis 2028 zwanzig Kilometer neue Radwege bauen.": "related_list",
    }


@pytest.mark.parametrize(
    "label",
    [
        "<span>Te puede interesar</span>",
        "<b>Lesen Sie auch</b>",
        "<strong>ALSO READ</strong>",
        "<span>あわせて読みたい</span>",
    ],
)
def test_a_label_run_into_the_links_it_heads_goes_and_the_article_goes_on(label: str) -> None:
    """A box of links set into a story, its label and links laid out on one line with no
    space or colon between them, is no paragraph of the story."""
    box = f"<div>{label}<a href='/a'>El Gobierno aprueba el decreto</a><a href='/b'>Cómo ahorrar agua en casa</a></div>"
    paragraphs = [f"<p>{p}</p>" for p in ARTICLE]
    doc = newsclean.clean(f"<html><body><article>{paragraphs[0]}{box}{''.join(paragraphs[1:])}</article></body></html>")
    assert doc.text == "\n\n".join(ARTICLE)
    assert [r.reason for r in doc.removals if "El Gobierno" in r.text] == ["related_link"]


def test_a_sentence_that_opens_with_a_label_word_and_holds_a_link_stays() -> None:
    """Only a line whose words after the label are all links is a box of links."""
    line = "More people than ever <a href='/vote'>voted in the city</a> this year, the clerk said on Monday."
    paragraphs = [f"<p>{p}</p>" for p in ARTICLE]
    doc = newsclean.clean(
        f"<html><body><article>{paragraphs[0]}<p>{line}</p>{''.join(paragraphs[1:])}</article></body></html>"
    )
    assert doc.text == "\n\n".join(
        [ARTICLE[0], "More people than ever voted in the city this year, the clerk said on Monday.", *ARTICLE[1:]]
    )


def test_links_side_by_side_are_separate_words_and_a_word_split_into_links_is_one() -> None:
    """Links with nothing between them are items a page styles apart (a byline's name before its
    date, names in a row); an editor who linked one word in pieces still wrote one word."""
    story = (
        "<p>NASA picked five companies to join its <a href='/a'>Arte</a><a href='/a'>mis</a> moon program, "
        "said <a href='/p'>Jim Bridenstine</a><a href='/p'>Jim Bridenstine</a>, its administrator, on Monday.</p>"
    )
    doc = newsclean.clean(f"<html><body><article>{story}<p>{ARTICLE[0]}</p></article></body></html>")
    assert doc.text.split("\n\n")[0] == (
        "NASA picked five companies to join its Artemis moon program, said Jim Bridenstine Jim Bridenstine, "
        "its administrator, on Monday."
    )


def test_a_page_laid_out_in_a_table_has_its_date_read_and_its_source_credited() -> None:
    """Old sites lay the whole page out in a table: a cell that holds paragraphs is layout,
    not data, so the time stamp under the headline is the page's date and goes; a "Source:"
    line under the story names its wire agency."""
    paragraphs = ARTICLE[:2]
    page = (
        "<html><body><table><tr><td><a href='/'>Главная</a><br><a href='/news'>Новости</a></td>"
        "<td><h2>Talks resume in Geneva</h2><i>15.03.2024 10:45</i><br><br>"
        + "<br><br>".join(paragraphs)
        + "<br><br><b>Источник:</b> ТАСС</td></tr></table></body></html>"
    )
    doc = newsclean.clean(page)
    assert doc.text == "\n\n".join(paragraphs)
    assert (doc.metadata["date"], doc.metadata["credit"]) == ("2024-03-15", "ТАСС")


def test_two_line_breaks_in_a_row_break_the_paragraph() -> None:
    """Sites that write an article as text and <br><br> mean a new paragraph by them; one <br> is a new line."""
    paragraphs = [
        "The council approved the budget on Monday after a long debate.",
        "Members voted eleven to four; the mayor said she would sign it.",
    ]
    page = (
        "<html><body><div class='story'>"
        f"{paragraphs[0]}<br><br>\n<br>{paragraphs[1]}<br>It takes effect in January.</div></body></html>"
    )
    assert newsclean.clean(page).text == f"{paragraphs[0]}\n\n{paragraphs[1]}\nIt takes effect in January."


def test_ruby_readings_are_not_part_of_the_text() -> None:
    """Japanese and Chinese pages print a reading above hard characters (<rt>); the text is the characters."""
    paragraphs = [
        "この<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>は難しいと多くの人が言うが、実際には毎日使われている。",
        "専門家によると、今後も議論が続く見通しだ。市民の関心も高まっている。",
    ]
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    text = newsclean.clean(page).text
    assert text.startswith("この漢字は難しいと多くの人が言うが")
    assert "かんじ" not in text


LIVE_POSTS = [
    (
        "10:42 PM",
        "Jane Smith told supporters in the capital that she had won, although several networks had not called it.",
    ),
    (
        "10:15 PM",
        "Election officials said turnout had passed 61 percent, several points higher than in the last midterm.",
    ),
    ("9:50 PM", "Polls have now closed across the state. The first results are expected within the hour."),
]


def test_a_live_blog_keeps_every_post_between_its_clock_times() -> None:
    """A time stamp above a story opens it, so the article does not run across one; but a page
    whose posts each open with a bare clock time is a live blog, and the times only part its posts."""
    posts = "".join(
        f"<div class='live-post'><time>{time}</time><p>{text}</p><div class='share'><a>Share</a></div></div>"
        for time, text in LIVE_POSTS
    )
    html = (
        "<html><head><title>Election night live | Example News</title></head><body>"
        f"<article><h1>Election night live</h1>{posts}</article><footer>© 2026 Example News</footer></body></html>"
    )
    doc = newsclean.clean(html)
    assert [text for _, text in LIVE_POSTS if text not in doc.text] == []
    assert "10:42 PM" not in doc.text
    dump = "\n\n".join(
        ["Election night live", *(f"{time}\n\n{text}" for time, text in LIVE_POSTS), "© 2026 Example News"]
    )
    assert newsclean.clean(dump).text == "\n\n".join(text for _, text in LIVE_POSTS)


def test_a_live_blog_dump_whose_posts_have_headings_keeps_the_pages_headline_as_its_title() -> None:
    """The first post's heading stands under a clock time, right above the first post: the
    nearest headline-like line, but the page's headline is the one above the first time."""
    posts = [(time, f"Update {n} from the count", text) for n, (time, text) in enumerate(LIVE_POSTS)]
    dump = "\n".join(
        ["Home", "Election night live: results as they come in", "Updated 2 hours ago"]
        + [line for post in posts for line in post]
        + ["© 2026 Example News"]
    )
    doc = newsclean.clean(dump)
    assert doc.title == "Election night live: results as they come in"
    assert [text for _, _, text in posts if text not in doc.text] == []
