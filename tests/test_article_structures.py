"""Articles built the ways news pages build them, as HTML and as whole-page text dumps.

Each case puts one story into the same page (a menu with a login link, a headline, a
byline and a date above it; a "Most read" box beside it; a copyright line under it) and
builds its body another way: subheadings, lists, a quote, a schedule, a figure, ads and
a newsletter box between its parts, paragraphs cut by ``<br>`` or written as ``<div>``s,
a comment thread longer than the story; and the same page in eight more languages with their
own furniture inside the article. Whatever the structure, the story
comes out whole and in order, and nothing of the page around it does.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

import newsclean
from conftest import STORY, page_dump

HEADLINE = "Council approves bus expansion"
AROUND = ["Sign in", "By Jane Doe", "November 23, 2026", "Most read", "Storm knocks out power", "All rights reserved"]


def page(body: str) -> str:
    return (
        f"<html><head><title>{HEADLINE} | Daily Example</title></head><body>"
        "<header><nav><a>Home</a> <a>News</a> <a>Sports</a> <a>Sign in</a></nav></header>"
        f"<main><article><h1>{HEADLINE}</h1><div class='byline'>By Jane Doe</div>"
        f"<div class='date'>November 23, 2026</div>{body}</article>"
        "<aside><h3>Most read</h3><ul><li><a>Storm knocks out power to thousands of homes</a></li>"
        "<li><a>School board race heats up ahead of vote</a></li></ul></aside></main>"
        "<footer><p>© 2026 Daily Example. All rights reserved.</p></footer></body></html>"
    )


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


SCHEDULE = [("Route", "Start", "Frequency"), ("12", "12 March", "10 min"), ("14", "14 June", "15 min")]
STEPS = ["Check the new timetable online before you travel.", "Buy a monthly pass to save on fares."]
QUOTE = "This is the biggest change to our network in thirty years, and riders will notice it from day one."
COMMENT = "I think this is a great idea and the council should have done it years ago, honestly."

#: name: (the article's body as HTML, the lines the clean text must hold in this order)
CASES: dict[str, tuple[str, list[str]]] = {
    "subheadings": (
        paragraphs(STORY[:2])
        + "<h2>Cost and funding</h2>"
        + paragraphs(STORY[2:4])
        + "<h3>What comes next</h3>"
        + paragraphs(STORY[4:]),
        [*STORY[:2], "Cost and funding", *STORY[2:4], "What comes next", *STORY[4:]],
    ),
    "a list, a quote and a schedule": (
        paragraphs(STORY[:2])
        + "<ol>"
        + "".join(f"<li>{s}</li>" for s in STEPS)
        + "</ol>"
        + f"<blockquote><p>{QUOTE}</p></blockquote><table>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in SCHEDULE)
        + "</table>"
        + paragraphs(STORY[2:4]),
        [*STORY[:2], *STEPS, QUOTE, *(" ".join(row) for row in SCHEDULE), *STORY[2:4]],
    ),
    "a figure between paragraphs": (
        paragraphs(STORY[:2]) + "<figure><img src='bus.jpg'><figcaption>A city bus on Main Street on "
        "Monday. (Photo: John Roe/Daily Example)</figcaption></figure>" + paragraphs(STORY[2:]),
        STORY,
    ),
    "a gallery": (
        paragraphs(STORY[:1])
        + "".join(
            f"<figure><img src='{i}.jpg'><figcaption>Photo {i} of 3: a bus stop in the north.</figcaption></figure>"
            for i in (1, 2, 3)
        )
        + paragraphs(STORY[1:3]),
        STORY[:3],
    ),
    "an ad after every other paragraph": (
        "".join(
            f"<p>{s}</p>" + ("<div class='ad-slot'><span>Advertisement</span></div>" if i % 2 else "")
            for i, s in enumerate(STORY)
        ),
        STORY,
    ),
    "two parts around an ad and a newsletter box": (
        f"<div class='article-body'>{paragraphs(STORY[:2])}</div><div class='inline-ad'>Advertisement</div>"
        "<div class='newsletter-box'><p>Get our daily briefing. Sign up now.</p></div>"
        f"<div class='article-body'>{paragraphs(STORY[2:])}</div>",
        STORY,
    ),
    "paragraphs cut by <br>": ("<div class='text'>" + "<br><br>".join(STORY) + "</div>", STORY),
    "paragraphs as divs": ("<div class='story'>" + "".join(f"<div>{s}</div>" for s in STORY) + "</div>", STORY),
    "a 'read more about' line": (
        paragraphs(STORY[:2])
        + "<p>Read more about <a>transport</a> and <a>the budget</a>.</p>"
        + paragraphs(STORY[2:]),
        STORY,
    ),
    "a note on the author": (
        paragraphs(STORY) + "<div class='author-box'><p>Jane Doe covers transport and city hall for the "
        "Daily Example. She joined the paper in 2019.</p></div>",
        STORY,
    ),
    "a comment thread longer than the story": (
        paragraphs(STORY[:3])
        + "<section class='comments'><h3>42 Comments</h3>"
        + "".join(f"<div class='comment'><b>user{i}</b><p>{COMMENT} ({i})</p><a>Reply</a></div>" for i in range(15))
        + "</section>",
        STORY[:3],
    ),
}


def _check(doc: newsclean.Document, want: list[str], *, may_keep: frozenset[str] = frozenset()) -> None:
    lines = [line for line in doc.text.splitlines() if line.strip()]
    assert [w for w in want if w not in lines] == []
    assert [line for line in lines if line not in want and line not in may_keep] == []
    assert [lines.index(w) for w in want] == sorted(lines.index(w) for w in want)
    assert doc.title == HEADLINE


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_story_comes_out_whole_from_the_page(name: str) -> None:
    body, want = CASES[name]
    _check(newsclean.clean(page(body)), want)


#: A dump prints each cell of a table on a line of its own: the schedule's rows are no lines
#: there, and which of its cells stay ("12 March" does, "10 min" reads as a reading time) is left open.
CELLS = frozenset(cell for row in SCHEDULE for cell in row)


@pytest.mark.parametrize("name", sorted(c for c in CASES if c != "a 'read more about' line"))
def test_the_story_comes_out_whole_from_the_pages_text_dump(name: str) -> None:
    """The same page as a text dump, every text node on a line (so a line of links falls
    apart into its words, and that case is left to the HTML test)."""
    body, want = CASES[name]
    rows = {" ".join(row) for row in SCHEDULE}
    _check(newsclean.clean(page_dump(page(body))), [w for w in want if w not in rows], may_keep=CELLS)


@pytest.mark.parametrize(
    "name", sorted(c for c in CASES if c not in ("a 'read more about' line", "a list, a quote and a schedule"))
)
def test_the_story_comes_out_whole_from_a_hard_wrapped_dump(name: str) -> None:
    """The dump cut at 72 columns, as html2text, lynx and mail cut text: each paragraph is a
    stack of short lines, and still reads as the paragraph it is."""
    body, want = CASES[name]
    wrapped = "\n\n".join(textwrap.fill(line, 72) for line in page_dump(page(body)).split("\n"))
    doc = newsclean.clean(wrapped)
    text = " ".join(doc.text.split())
    assert [w for w in want if w not in text] == []
    assert doc.title == HEADLINE


def test_a_hard_wrapped_caption_goes_whole() -> None:
    """A caption cut over two lines carries its credit on the last: both lines are the caption."""
    caption = (
        "Rep. Jane Doe speaks to reporters at the Capitol in Washington, Tuesday, Nov. 19, 2026, "
        "after the vote on the spending bill. (AP Photo/John Roe)"
    )
    lines = [f"{HEADLINE} | Daily Example", HEADLINE, STORY[0], caption, *STORY[1:4]]
    doc = newsclean.clean("\n\n".join(textwrap.fill(line, 72) for line in lines))
    assert [r.reason for r in doc.removals if "Capitol" in r.text or "John Roe" in r.text] == ["caption", "caption"]
    assert all(s in " ".join(doc.text.split()) for s in STORY[:4])


def test_a_line_of_a_hard_wrapped_paragraph_is_judged_as_its_paragraph() -> None:
    """A caption that opens with its photographer's "©", cut at 78 columns: its first line alone
    reads as a copyright line (which would close the article above it), the paragraph does not.
    The story's first paragraph and the rest stay, as they do in the same dump unwrapped."""
    caption = (
        "© John Roe Needle poking skin during administration of a flu shot at Mary's Center, "
        "a community health center in Washington."
    )
    lines = [f"{HEADLINE} | Daily Example", HEADLINE, STORY[0], caption, *STORY[1:4]]
    doc = newsclean.clean("\n\n".join(textwrap.fill(line, 78) for line in lines))
    assert textwrap.fill(caption, 78).split("\n")[0].startswith("© John Roe")  # a line the copyright rule takes
    assert all(s in " ".join(doc.text.split()) for s in STORY[:4])
    assert not any(r.reason == "copyright" for r in doc.removals)


def test_a_dump_of_a_paragraph_a_line_is_not_read_as_wrapped_because_its_paragraphs_are_short() -> None:
    """A dump with no blank lines and a paragraph a line: its shorter paragraphs end about its
    wrap-like width, but the longer ones run past any wrap, so none of its lines are cut by one.
    Read as wrapped, the standfirst joined the caption below it and went as a caption."""
    from newsclean.blocks import Block
    from newsclean.wrapping import wrapped_runs

    standfirst = "The council will add twelve bus routes next year to serve three new districts."
    caption = "A bus at the central station in Example City. Photo: Jane Roe"
    lines = [HEADLINE, standfirst, caption, *STORY[:3]]
    assert max(len(line) for line in STORY[:3]) > 100
    assert wrapped_runs([Block(line, 0, 0) for line in lines]) == []
    doc = newsclean.clean("\n".join(lines))
    assert [r.reason for r in doc.removals if r.text == caption] == ["caption"]
    assert "caption" not in [r.reason for r in doc.removals if r.text == standfirst]


CHANGES = [
    "Several new laws take effect in January, the government said on Monday, and most of them concern households.",
    "The minimum wage rises to 13.90 euros an hour, which the labour ministry says will benefit six million workers.",
    "What else is new:",
    "Higher child benefit",
    "Digital sick notes",
    "New rules for heating systems",
    "The government expects the changes to cost about four billion euros a year.",
]


def test_a_list_the_story_introduces_with_a_colon_is_the_story() -> None:
    """Short items after a line of the story that ends with a colon, and then the story goes on:
    a run of short lines that would have ended the article is its list."""
    doc = newsclean.clean("\n".join(["Home", "News", "Sign in", HEADLINE, "By Jane Doe", *CHANGES, "0 Comments"]))
    assert doc.text.split("\n") == CHANGES


def test_tags_under_an_unknown_label_with_chrome_after_them_are_not_the_story() -> None:
    """A label the vocabulary does not know ("Subjects:") over tags, then chrome and a teaser's
    summary: the story's list has no chrome among its items or after them, so this is none."""
    teaser = "The operator blamed rising energy costs for the increase of five per cent next year."
    lines = [HEADLINE, *STORY[:3], "Subjects:", "Transport", "City council", "Buses", "Trains", "Advertisement", teaser]
    doc = newsclean.clean("\n".join(lines))
    assert doc.text.split("\n") == STORY[:3]


def test_a_markdown_dumps_rows_of_links_count_as_links_whatever_they_say() -> None:
    """A Markdown dump says which text is a link, as HTML does: a row of section links whose
    words no vocabulary knows, and linked headlines between the story's paragraphs with no
    heading over them, go; a paragraph with a link in it is prose and stays."""
    linked = STORY[1].replace("twelve new routes", "[twelve new routes](https://example.com/routes)")
    markdown = "\n\n".join(
        [
            "[Climate](https://example.com/c) [Cities](https://example.com/ci) [Culture](https://example.com/cu)",
            f"# {HEADLINE}",
            STORY[0],
            linked,
            "* [Council approves a new tram line](https://example.com/tram)",
            "* [Parking fees to rise next spring](https://example.com/parking)",
            "* [Cyclists ask for safer lanes](https://example.com/lanes)",
            *STORY[2:4],
        ]
    )
    doc = newsclean.clean(markdown)
    assert doc.text == "\n\n".join([STORY[0], STORY[1], *STORY[2:4]])


def test_a_markdown_picture_with_a_long_caption_as_its_alt_text_leaves_nothing_behind() -> None:
    """News sites put the whole caption in a picture's alt text, and html2text writes a linked
    picture inside its link: "[![caption of 400 characters](data:...)![...](photo.jpg)](/video)"."""
    alt = "A guest holds her phone showing a picture taken during the press conference in the city. " * 4
    picture = f"[![{alt}](data:image/gif;base64,R0lGOD)![{alt}](//cdn.example.com/a.jpg) __](/videos/x)"
    doc = newsclean.clean("\n\n".join([f"# {HEADLINE}", STORY[0], picture, *STORY[1:3]]))
    assert doc.text == "\n\n".join(STORY[:3])


def test_a_markdown_dump_keeps_its_story_and_its_table_and_loses_its_chrome() -> None:
    """Crawlers that feed RAG pipelines write pages as Markdown: links, "#" headings, image
    marks, strong and emphasis marks, tables with a delimiter row. A link is read as its
    text, without its address or marks; the table is the story's data, not a menu of bars."""
    table = ["Route | Start | Frequency", "---|---|---", "12 | 12 March | 10 min", "14 | 14 June | 15 min"]
    markdown = "\n\n".join(
        [
            "[Home](https://example.com/) [News](https://example.com/news) [Sign in](https://example.com/login)",
            f"# {HEADLINE}",
            "By Jane Doe",
            "November 23, 2026",
            STORY[0].replace("Tuesday", "**Tuesday**"),
            STORY[1].replace("twelve new routes", '[_twelve new routes_](https://example.com/routes_(map) "Map")'),
            "![](https://example.com/bus.jpg)A city bus on Main Street on Monday. (Photo: John Roe/Daily Example)",
            "\n".join(table),
            STORY[2],
            STORY[3],
            "### Most read",
            "  * [Storm knocks out power to thousands of homes](https://example.com/storm)",
            "© 2026 Daily Example. All rights reserved.",
        ]
    )
    doc = newsclean.clean(markdown)
    assert doc.title == HEADLINE
    assert doc.text == "\n\n".join([STORY[0], STORY[1], "\n".join(table), STORY[2], STORY[3]])


def test_a_markdown_dump_without_links_reads_its_strong_labels_and_its_level_one_headline() -> None:
    """html2text writes a page whose links have no address without a "](": the strong marks
    still say it is Markdown. "**Read also:** (a headline)" is the label and its link, and the
    "# Headline" is the title, though a byline, a date and a photo's caption stand between it
    and the story."""
    markdown = "\n\n".join(
        [
            f"# {HEADLINE}",
            "By Jane Doe",
            "November 23, 2026",
            "Buses wait at the depot on Main Street on Monday (DAILY EXAMPLE/JOHN ROE)",
            STORY[0],
            STORY[1],
            "**Read also:** Storm knocks out power to thousands of homes",
            STORY[2].replace("Tuesday", "**Tuesday**"),
            STORY[3],
        ]
    )
    doc = newsclean.clean(markdown)
    assert doc.title == HEADLINE
    assert doc.text == "\n\n".join(STORY[:4])


def test_nothing_of_the_page_around_the_story_is_kept() -> None:
    for body, _ in CASES.values():
        for doc in (newsclean.clean(page(body)), newsclean.clean(page_dump(page(body)))):
            assert [a for a in AROUND if a in doc.text] == []


#: The same page in German, Spanish, French, Portuguese, Russian, Japanese, Chinese and Arabic
#: (``data/structure_languages.json``), with their own furniture inside the article: a gallery's
#: caption, an ad label, a newsletter pitch and its button, a subheading, a "learn more about"
#: line and a note on the author.
OTHER_LANGUAGES = json.loads((Path(__file__).parent / "data" / "structure_languages.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", sorted(OTHER_LANGUAGES))
def test_the_story_in_other_languages_comes_out_whole(lang: str) -> None:
    x = OTHER_LANGUAGES[lang]
    s = x["story"]
    body = (
        f"<p>{s[0]}</p><figure><img src='a.jpg'><figcaption>{x['cap']}</figcaption></figure><p>{s[1]}</p>"
        f"<div class='ad'>{x['ad']}</div><div class='nl-box'><p>{x['nl']}</p></div><h2>{x['sub']}</h2><p>{s[2]}</p>"
        f"<p>{x['more']}</p><p>{s[3]}</p><div class='author-box'><p>{x.get('bio', '')}</p></div>"
    )
    html = (
        f"<html lang='{lang}'><head><title>{x['title']} | Ejemplo</title></head><body>"
        f"<nav>{''.join(f'<a>{n}</a> ' for n in x['nav'])}</nav><article><h1>{x['title']}</h1>"
        f"<div class='autor'>{x['by']}</div><div class='fecha'>{x['date']}</div>{body}</article>"
        f"<aside><h3>{x['related']}</h3><ul><li><a>Tormenta deja sin luz a miles de hogares</a></li></ul></aside>"
        f"<section><h3>{x['comments']}</h3></section><footer>{x['copy']}</footer></body></html>"
    )
    want = [s[0], s[1], x["sub"], s[2], s[3]]
    for doc in (newsclean.clean(html), newsclean.clean(page_dump(html))):
        assert [line for line in doc.text.splitlines() if line.strip()] == want
        assert doc.title == x["title"]


@pytest.mark.parametrize(
    "names",
    [
        "Cairo - Mohamed Ahmed",
        "القاهرة - محمد أحمد",
        "Economy - Example News",
        "नई दिल्ली, एजेंसी",
        "New Delhi, Example Bureau",
    ],
)
def test_two_names_joined_by_a_dash_or_comma_under_the_headline_are_not_the_title(names: str) -> None:
    """A place and the author ("Cairo - Mohamed Ahmed", as Arabic bylines are written), a place
    and the desk ("New Delhi, Example Bureau"), or a section and the site, between the headline
    and the story: the headline above is the title."""
    headline = "Central bank raises interest rates by two points to fight inflation"
    doc = newsclean.clean("\n\n".join([headline, names, *STORY[:2]]))
    assert doc.title == headline
    assert names not in doc.text


def test_short_sentences_right_under_the_article_stay_with_it() -> None:
    """An interview's last question and its one-line answer, with nothing removed between them
    and the story, are the story's end; the "Related" list after them is not."""
    ending = ["What comes next?", "Housing, housing, housing.", "This interview has been edited for length."]
    dump = "\n\n".join(
        ["Home", "The mayor on her first 100 days", *STORY[:3], *ending, "Related", "Council passes plan"]
    )
    doc = newsclean.clean(dump)
    assert doc.text.endswith("\n\n".join(ending))
    assert "Council passes plan" not in doc.text


@pytest.mark.parametrize(
    "prompt", ["Like this article?", "Hat Ihnen dieser Artikel gefallen?", "¿Te gustó este artículo?"]
)
def test_a_prompt_under_the_article_does_not_join_it(prompt: str) -> None:
    doc = newsclean.clean("\n\n".join(["The mayor on her first 100 days", *STORY[:3], prompt]))
    assert prompt not in doc.text
    assert [r.reason for r in doc.removals if r.text == prompt] == ["call_to_action"]


@pytest.mark.parametrize(
    ("label", "section"), [("Politics", "Politics"), ("Sign in Subscribe", None), ("EMAIL ME", None)]
)
def test_the_label_over_the_headline_is_its_section_unless_it_is_a_prompt(label: str, section: str | None) -> None:
    """A short label just above the headline names the story's section; a row of account or
    subscription links run together, as a dump prints them, names none."""
    doc = newsclean.clean("\n\n".join(["Home", label, HEADLINE, *STORY[:3]]))
    assert doc.metadata.get("section") == section


def test_a_reader_services_markdown_with_its_header_gives_the_story_and_its_facts() -> None:
    """Reader services that feed RAG pipelines print a header ("Title:", "URL Source:",
    "Published Time:", "Markdown Content:") over the page as Markdown, with setext headings
    underlined by "=" and "-": the header's facts are read, its lines go, the story stays."""
    dump = "\n\n".join(
        [
            f"Title: {HEADLINE}",
            "URL Source: https://example.com/city/bus-network",
            "Published Time: 2026-11-23T14:05:00Z",
            "Markdown Content:\n[Skip to main content](#main)",
            "- [World](https://example.com/world)\n- [City](https://example.com/city)",
            f"{HEADLINE}\n{'=' * len(HEADLINE)}",
            "By [Jane Doe](https://example.com/authors/jane-doe)",
            *STORY[:2],
            "What comes next\n---------------",
            STORY[2],
            "© 2026 Daily Example. All rights reserved.",
        ]
    )
    doc = newsclean.clean(dump)
    assert doc.text == "\n\n".join([*STORY[:2], "What comes next", STORY[2]])
    assert doc.title == HEADLINE
    assert (doc.metadata["date"], doc.metadata["author"], doc.metadata["section"]) == ("2026-11-23", "Jane Doe", "City")
