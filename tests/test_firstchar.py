"""FirstCharIndex: a faster way to run one big anchored alternation, with the same answers.

The chrome vocabulary's whole-line and prefix rules run through it, so every verdict
depends on it agreeing with the plain regex it replaces.
"""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import firstchar
from newsclean.chrome import _EDGE, _TAIL, DEFAULT_RULES
from newsclean.firstchar import FirstCharIndex
from newsclean.patterns import CHROME
from newsclean.regexparts import first_chars, literal_trie, openings, required_literals, split_alternatives

LINES = {f"v{i}": v.lines for i, v in enumerate(CHROME) if v.lines}
PREFIXES = {f"v{i}": v.prefixes for i, v in enumerate(CHROME) if v.prefixes}


def plain_regex(groups, *, edge="", tail=""):
    body = "|".join(f"(?P<{name}>{'|'.join(fragments)})" for name, fragments in groups.items())
    return re.compile(f"{edge}(?:{body}){tail}")


WHOLE = FirstCharIndex(LINES, edge=_EDGE, tail=_TAIL, full=True)
WHOLE_REGEX = plain_regex(LINES, edge=_EDGE, tail=_TAIL)
START = FirstCharIndex(PREFIXES, edge=_EDGE)
START_REGEX = plain_regex(PREFIXES, edge=_EDGE)


def expected(regex, text, *, full):
    m = regex.fullmatch(text) if full else regex.match(text)
    return m.lastgroup if m else None


SAMPLES = [
    "",
    "sign in",
    "» sign in",
    "• 12 comments",
    "12 comments",
    "١٢ تعليقات",  # Arabic-Indic digits: \d, not 0-9
    "\u3000ログイン",  # an ideographic space the edge skips
    "jane doe says:",
    "newsletters",
    "weekly newsletters",
    "get our weekly tech newsletter",
    "privacy policy | terms",
    "reuters con la afp",
    "the minister said talks would resume",
    "𝟙𝟚 comments",  # mathematical digits, outside the Basic Multilingual Plane
    "reporting by jane doe; editing by john roe",
    "tags: politics",
    "(reporting by jane doe)",
    # alternatives that open many ways, compiled once in a regex of their own
    "share this article on facebook",
    "partager cet article",
    "teilen sie diesen artikel",
    "[reuters]",
    "（共同）",
    "compartir en whatsapp",
]


def test_the_index_gives_the_plain_regexs_answer_on_chosen_lines():
    for text in SAMPLES:
        assert WHOLE.match(text) == expected(WHOLE_REGEX, text, full=True), text
        assert START.match(text) == expected(START_REGEX, text, full=False), text


# Text built from the vocabulary's own words, bullets and digits, so that matches happen.
WORDS = [
    "sign",
    "in",
    "log",
    "share",
    "comments",
    "newsletter",
    "says",
    "said",
    "photo",
    "by",
    "the",
    "12",
    "©",
    "»",
    "•",
    "|",
    ":",
    "privacy",
    "policy",
    "reading",
    "min",
    "read",
    "more",
    "related",
    "tags",
    "٣",
    "تعليقات",
    "ログイン",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=6),
    st.text(alphabet=' »•"«¿(©|-_\u3000', max_size=14),
)
def test_the_index_agrees_with_the_plain_regex_on_any_line(words, lead):
    """Whatever the line, the index names the same group as the single alternation would."""
    text = lead + " ".join(words)
    assert WHOLE.match(text) == expected(WHOLE_REGEX, text, full=True)
    assert START.match(text) == expected(START_REGEX, text, full=False)


@pytest.mark.parametrize(
    "alternative",
    [
        "sign in",
        "ab?c",
        "a?bc",
        "ab{2}",
        "ab*",
        "ab",
        "(?:share|teilen) this",
        "(?:share|x) it",
        "(?:ab|cd)+x",
        "(?:ab|cd)?x",
        "(?:ab|c[de])x",
        r"\d+ comments",
        "(?i:sign) in",
        "[ab]c",
        "©.{0,9}",
    ],
)
def test_openings_read_off_the_text_agree_with_the_parser(alternative):
    """Most alternatives open with plain characters or a group of plain words: their openings are
    read off the text, and must be what the regex parser would say."""
    assert firstchar._openings(alternative) == openings(alternative)


def test_every_alternative_of_the_default_vocabulary_has_the_openings_the_parser_reads():
    compiled = DEFAULT_RULES._compiled
    for index in (compiled.lines, compiled.prefixes):
        for alternative in index._alternatives:
            assert alternative.openings == openings(alternative.pattern), alternative.pattern


def test_alternatives_are_split_at_the_top_level_only():
    assert split_alternatives(r"a(?:b|c)|[|]d|e\|f") == ["a(?:b|c)", "[|]d", r"e\|f"]
    assert split_alternatives(r"[^]|]x|[]|]y|[\]|]z") == ["[^]|]x", "[]|]y", r"[\]|]z"]  # "]" first in a class


def test_first_characters_come_from_literals_sets_and_optional_items():
    starts = first_chars(r"¿?(?:hola|[xy]z)")
    assert starts is not None and starts.chars == frozenset("¿hxy")
    assert first_chars(r"\d*\s*comments").admits("c") and first_chars(r"\d*\s*comments").admits("٣")
    assert first_chars(r".{0,9}x") is None  # any character: such an alternative is tried on every line
    assert first_chars(r"(?i:abc)") is None  # case-folded letters are not listed


def test_two_character_openings_are_read_from_literals_sets_branches_and_repeats():
    """What a line's first two characters must be for an alternative to match it."""
    assert openings(r"sh(?:are|ow)|[xy]z") == {"sh", "xz", "yz"}
    assert openings(r"¿?hola") == {"¿h", "ho"}  # an optional first item: both ways in
    assert openings(r"(?:ab)*c") == {"ab", "c"}  # "c" alone is a whole match: any line starting "c"
    assert openings(r"\b(?:a|in)\b") == {"a", "in"}  # zero-width items add nothing


def test_an_opening_stops_where_the_pattern_cannot_be_listed():
    """After an item that matches too much to list (any character, \\d), any continuation is admitted;
    with nothing listed before it, the alternative has no openings and is indexed by other means."""
    assert openings(r"©.{0,120}") == {"©"}
    assert openings(r"x\d+") == {"x"}
    assert openings(r"\d+ comments") is None
    assert openings(r"(?i:ab)") is None
    assert openings(r"a?") is None  # may match nothing: admits every line
    assert openings("|".join(f"{a}{b}x" for a in "abcdefghijklmnopq" for b in "abcdefghijklmnopq")) is None  # too many


def test_the_edge_must_be_a_lazy_repeat_of_one_class():
    """The index walks the edge one character at a time, shortest skip first: only a lazy edge reads so."""
    FirstCharIndex({"a": ["x"]}, edge=r"[\W_]{0,3}?")
    for edge in (r"\W*", r"[\W_]{0,3}", r"\W+?", r"(?:ab)*?", r"(?:ab|c)*?"):
        with pytest.raises(ValueError, match="lazy repeat"):
            FirstCharIndex({"a": ["x"]}, edge=edge)


def test_an_alternative_that_opens_many_ways_gives_the_same_answers_split_into_its_branches():
    """A leading group of many words is split into one alternative per word, each met only by
    lines opening like it; which group wins stays the plain regex's choice."""
    groups = {
        "share": [r"(?:(?:share|teilen|partager|compartir|condividi|delen|dela) (?:this|it|on))\s*\d*"],
        "prompt": [r"share this|dela (?:it|on)|teilen"],
    }
    index = FirstCharIndex(groups, edge=_EDGE, tail=_TAIL, full=True)
    regex = plain_regex(groups, edge=_EDGE, tail=_TAIL)
    assert len(index._alternatives) > 2  # split: one alternative per word
    for text in ["share this", "» dela it 3", "teilen on", "teilen", "condividi this!", "share that", "compartir"]:
        assert index.match(text) == expected(regex, text, full=True), text


def test_required_strings_found_in_an_unanchored_alternative():
    assert required_literals(r"(?:\w+ )?newsletters?") == {"newsletter"}
    assert required_literals(r"\w+ (?:says|wrote)") == {" says", " wrote"}
    assert required_literals(r"\w+ ab?") is None  # too short to be worth a search
    assert required_literals(r"\w+ (?i:says|wrote)") is None  # case-folded: the line may say WROTE
    assert first_chars(r"(?i)sign in") is None


def test_two_letters_of_another_script_are_a_needle_and_the_rarer_set_is_searched_for():
    """Two letters of another script ("微信", "구독") are as rare as three of ASCII; of two sets whose
    shortest needles are as long, the smaller is searched for."""
    assert required_literals(r".{0,9}(?:微信|公众号)") == {"微信", "公众号"}
    assert required_literals(r".{0,9}(?:ab|abc)") is None  # two ASCII letters are still too common
    networks_then_verbs = r".{0,9}?(?:微信|微博|抖音|youtube).{0,9}?(?:구독|팔로우)"
    assert required_literals(networks_then_verbs) == {"구독", "팔로우"}


def test_a_literal_trie_matches_exactly_its_strings():
    pattern = re.compile(literal_trie(["con", "contact", "said", "says"]))
    matched = [s for s in ["con", "contact", "said", "says", "sa", "conta"] if pattern.fullmatch(s)]
    assert matched == ["con", "contact", "said", "says"]


def test_every_alternative_of_the_default_vocabulary_is_indexed():
    """A whole-line or prefix fragment with no known first character and no required string would
    be tried on every line of every page: the default vocabulary has none."""
    compiled = DEFAULT_RULES._compiled
    assert compiled.lines.unindexed == []
    assert compiled.prefixes.unindexed == []


def test_an_empty_line_gets_the_plain_regexs_answer_with_or_without_an_edge():
    groups = {"count": [r"[0-9]+ comments"], "blank": [r"\s*"]}
    for edge in ("", _EDGE):
        index = FirstCharIndex(groups, edge=edge, full=True)
        assert index.match("") == expected(plain_regex(groups, edge=edge), "", full=True) == "blank"
        assert index.match("12 comments") == "count"


def test_lines_holding_ever_new_mixes_of_needles_get_the_same_answers(monkeypatch):
    """Past a bound on remembered needle sets, every needled alternative is tried: same verdicts."""
    import newsclean.firstchar as firstchar

    monkeypatch.setattr(firstchar, "_NEEDLE_SETS", 2)
    index = FirstCharIndex(LINES, edge=_EDGE, tail=_TAIL, full=True)
    for text in ["jane says:", "weekly newsletters", "reuters con la afp", "privacy policy | terms", "max wrote:"]:
        assert index.match(text) == expected(WHOLE_REGEX, text, full=True), text
    assert len(index._by_needles) <= 3
