"""Photo captions: a picture described, with position words or a credit.

Captions are prose-like (full sentences, names, places), so line rules miss them; they
give themselves away by position words ("(left)", "pictured"), a credit at their end
("... Photo: AP"), the page's markup (``figcaption``), or a photo credit right after them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .blocks import Block
from .document import Document
from .furniture import GALLERY_INDEX
from .memory import remember
from .pipeline import Stage
from .regexparts import literal_trie
from .scoring import prose_score
from .shapewords import FILE_PHOTO, PHOTO_AGENCIES, PHOTO_CREDIT_WORDS, PHOTO_POSITIONS
from .textstats import stats, unspaced
from .wrapping import wrapped_runs

_POSITION = re.compile(rf"\((?:{PHOTO_POSITIONS})\)")  # matched against lower-cased text


_POSITION_WORDS = ("left to right", "from left", "pictured")
#: A colour in brackets is the key to a picture, map or chart: "fires detected (red)", "clusters are hot (red)".
_COLOUR = re.compile(
    r"\((?:red|blue|green|yellow|orange|purple|pink|white|black|gr[ae]y|rot|blau|grün|gelb|rouge|bleu|vert|jaune"
    r"|rojo|azul|verde|amarillo|rosso|blu|giallo|vermelho|amarelo|czerwony|niebieski|zielony)\)"
)
#: A picture the text points to rather than sits under: "Nomad's version (pictured above) launched first."
_POINTED_TO = re.compile(r"pictured (?:above|below|here|earlier|at (?:the )?(?:top|right|left))")


def _places_people(text: str, low: str) -> bool:
    """Whether position words in ``text`` (``low`` in lower case) place people in the picture it
    sits under: a caption is a sentence or two, and does not point to a picture above or below it."""
    return stats(text).stops <= 2 and _POINTED_TO.search(low) is None


_CREDIT_TAIL = re.compile(  # matched against the lower-cased end of a line
    rf"(?:\((?:[\w.-]{{2,20}} )?(?:{PHOTO_CREDIT_WORDS})s?\b[^)]{{0,80}}\)"  # "(Photo: AP)", "(ANTARA FOTO/Jane Doe)"
    rf"|(?:{PHOTO_CREDIT_WORDS})(?: by)?\s*(?:[:：=＝]|\.\.\.|…)\s*[^.!?]{{1,80}}"  # "Foto: ANP", "사진=연합뉴스"
    r"|\bfot\.\s*[^.!?]{1,80}"  # the Polish abbreviation: "... konferencji prasowej. Fot. Jan Nowak / PAP"
    # who took it, as Chinese and Japanese captions end: "（新华社记者 李华 摄）", "（撮影・山田太郎）", "。 李明 摄"
    r"|[（(](?:[^（()）]{1,40}?\s*[/／]?\s*(?:摄|攝)|(?:撮影|摄影|攝影)[・:：\s/／][^（()）]{1,30})[）)]"
    r"|[\s。！？](?:(?:新华社|新華社|本报|本報)?(?:记者|記者)\s*)?[\u4e00-\u9fff·]{2,6}\s*[/／]?\s*(?:摄|攝))\s*$"
)

_CJK_CREDIT_WORDS = ("摄", "攝", "撮影")
_CREDIT_WORD = re.compile(literal_trie([*PHOTO_CREDIT_WORDS.split("|"), *_CJK_CREDIT_WORDS]))
#: Every credit _CREDIT_TAIL knows holds one of these.
_CREDIT_MARKS = (":", "(", "fot.", "…", "...", "：", "=", "＝", "（", "摄", "攝")

#: A sentence, then the agency whose photo it describes: "An MSC cargo ship leaves PortMiami. (AP)",
#: "... in Hialeah, Fla. (AP Photo/Alan Diaz, File)", "... on July 25. J. Scott Applewhite / AP file".
#: A story names its agency at its start ("WASHINGTON (AP) -"), never after its last full stop.
_AGENCY_TAIL = re.compile(
    rf"[.!?”\"]\s*\((?:{PHOTO_AGENCIES})(?: photos?| images)?(?:\s*/[^()]{{1,60}})?\)\s*$"
    rf"|[.!?]\s+[^.!?/]{{2,60}}?\s/\s(?:{PHOTO_AGENCIES})(?: photos?| images| file)?\s*$"
)


#: Whose picture it is, capitalised as a credit after the name or sentence it closes (in a sentence
#: the words are lower case: "a submitted photo"): "Jane Doe Submitted photo", "... on Monday. File photo".
_KIND_CREDIT = re.compile(
    r"(?:^|[\s.,;:/|(—–-])(?:Submitted|Contributed|Provided|Courtesy|Handout|File|Staff)"
    r" (?:photo|image|picture)s?\)?\s*$"
)
_PICTURE_WORDS = ("photo", "photos", "image", "images", "picture", "pictures", ")")


#: A description, then that the picture is a file photo or an illustration: "Die EZB in Frankfurt (Archivfoto)",
#: "مقر البنك المركزي - أرشيفية", "中国人民银行大楼。（资料图）". Matched against the lower-cased end of a line.
_FILE_PHOTO_TAIL = re.compile(rf"(?:[(（]\s*(?:{FILE_PHOTO})\s*[)）]|\s[-–—|/]\s*(?:{FILE_PHOTO}))\s*\.?$")
_DASHES = (" - ", " – ", " — ", " | ", " / ")

#: A Japanese caption closes with the day and place of the picture, and with no full stop:
#: "記者会見する日銀の総裁（23日、東京都中央区）", "会見する首相＝23日午後、首相官邸".
_DATED_PLACE = re.compile(
    r"(?:[（(](?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日[^（）()、]{0,4}、[^（）()。]{1,30}[）)]|＝(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日[^。]{0,40})$"
)

#: A sentence, then who took the picture: "... Photograph by Robyn Beck/AFP", "... © Reuters / Jane Doe".
_SIGNED_TAIL = re.compile(  # a year after "©" makes it the page's copyright notice instead
    rf"[.!?”\"]\s+(?:(?:{PHOTO_CREDIT_WORDS}|photograph)s? by\s*[^.!?©]{{2,60}}|©\s*[^.!?©\d]{{2,60}})$"
)


class Captions:
    """Remove photo captions: a picture described, with position words or a credit.

    A line is a caption when the page marked it as one (``figcaption``, or short text
    right after an image), names positions in a picture ("(left)", "pictured"), ends in a
    credit ("... Photo: AP"), or stands right before a photo credit the line rules removed
    (unless it continues the prose of the story's own HTML container).

    >>> doc = Captions()(Document(text="Kishi (right) and Austin (left) meet in Tokyo.\\n\\nThe talks began."))
    >>> doc.text, doc.removals[0].reason
    ('The talks began.', 'caption')
    """

    stage: Stage = "text"

    def __init__(self, *, max_words: int = 70, name: str = "captions") -> None:
        self.max_words = max_words
        self.name = name

    def __call__(self, doc: Document) -> Document:
        credited = _blocks_before(doc, {"caption"})
        reasons = {}
        for i, block in enumerate(doc.blocks):
            text = block.text
            if stats(text).words > self.max_words:
                continue
            marked = block.kind == "caption" or caption_cue(text)
            if marked or (
                i in credited
                and not text.endswith((":", "：", "："))  # it opens what follows: a list, a quote, a table
                and not _is_passage(text)
                and not _is_paragraph_run(doc.blocks, i)
                and not _continues_story(doc.blocks, i)
                and not _ends_story(doc.blocks, i)
            ):
                reasons[i] = "caption"
        reasons.update(dict.fromkeys(_gallery_slides(doc.blocks), "caption"))
        for i, j in wrapped_runs(doc.blocks):  # a caption hard-wrapped: its credit ends its last line
            text = " ".join(b.text for b in doc.blocks[i:j])
            if stats(text).words <= self.max_words and caption_cue(text):
                reasons.update(dict.fromkeys(range(i, j), "caption"))
        return doc.drop(self.name, reasons)

    def __repr__(self) -> str:
        return f"Captions(max_words={self.max_words})"


@remember()  # asked of every line
def caption_cue(text: str) -> bool:
    """Position words or a credit at the end: the cheap character checks first.

    >>> caption_cue("Kishi (right) meets Austin in Tokyo."), caption_cue("The talks began.")
    (True, False)
    >>> caption_cue("Kishi (L) meets Austin (R) in Tokyo."), caption_cue("Gov. Jane Doe (R) defended the plan.")
    (True, False)
    >>> caption_cue("I tested Nomad's version (pictured above) first. Both are good. I prefer this one.")
    False
    >>> caption_cue("A satellite image shows fires detected (red) near Delhi on Nov. 3, 2019.")
    True
    >>> caption_cue("© Jane Doe Needle poking skin during a flu shot at a health center in Washington.")
    True
    >>> caption_cue("An MSC cargo ship leaves PortMiami, on Aug. 31, 2019. (AP)")
    True
    >>> caption_cue("A worker loads a truck in Hialeah, Fla. (AP Photo/Alan Diaz, File)")
    True
    >>> caption_cue("Rep. Jane Doe speaks at the Capitol on July 25, 2019. J. Scott Applewhite / AP file")
    True
    >>> caption_cue("Home Depot stock fell after its earnings report. Photograph by Robyn Beck/AFP/Getty Images")
    True
    >>> caption_cue("A cyclist rides past a blocked plant in La Paz, Bolivia, November 19, 2019. © Reuters / Jane Doe")
    True
    """
    low = text.lower()
    # "(left)" always; a single letter only beside another position: "Gov. Jane Doe (R)" is her party
    if "(" in text and (where := _POSITION.findall(low)) and (len(where) > 1 or len(where[0]) > 3):
        return True
    for words in _POSITION_WORDS:  # plain loops: any() over a generator costs more than the search
        if words in low and _places_people(text, low):
            return True
    if "(" in text and _COLOUR.search(low) and _places_people(text, low):
        return True  # "... shows fires detected (red) near Delhi on Nov. 3."
    if text[:1] == "©" and not any(ch.isdigit() for ch in text[:40]) and stats(text).ends_sentence:
        return True  # the photographer, then the picture: "© Jane Doe Needle poking skin during a flu shot."
    tail = low[-160:]  # a trailing credit is short; searching the whole paragraph is quadratic
    end = tail[-40:]
    if (end.endswith((")", "）")) or any(dash in end for dash in _DASHES)) and _FILE_PHOTO_TAIL.search(end):
        return True
    if "日" in end and not end.endswith("。") and _DATED_PLACE.search(end):
        return True
    if tail.rstrip().endswith(_PICTURE_WORDS) and _KIND_CREDIT.search(text[-60:]):
        return True
    if (tail.endswith(")") or "/" in tail) and _AGENCY_TAIL.search(tail):
        return True
    if (" by " in tail or "©" in tail) and _SIGNED_TAIL.search(tail):
        return True
    for mark in _CREDIT_MARKS:  # a plain loop: any() over a generator costs more
        if mark in tail:
            break
    else:
        return False
    return _CREDIT_WORD.search(tail) is not None and _CREDIT_TAIL.search(tail) is not None


def _gallery_slides(blocks: Sequence[Block]) -> list[int]:
    """Captions a gallery numbers without a label: "1 of 4 A shopper looks at extension cords ...".

    One such line may be a sentence ("1 of 4 adults say ..."); slides that count on to the
    same total ("1 of 4 ...", "2 of 4 ...") are a gallery.

    >>> _gallery_slides([Block(t, 0) for t in ("1 of 4 A shopper looks at cords.", "Prices rose.", "2 of 4 A clerk.")])
    [0, 2]
    """
    slides: dict[int, dict[int, list[int]]] = {}
    for i, block in enumerate(blocks):
        if block.text[:1].isdigit() and (m := _SLIDE.match(block.text)):
            number, total = int(m[1]), int(m[2])
            if 1 <= number <= total:
                slides.setdefault(total, {}).setdefault(number, []).append(i)
    found: list[int] = []
    for numbered in slides.values():
        if any(n + 1 in numbered for n in numbered):
            found.extend(i for lines in numbered.values() for i in lines)
    return sorted(found)


#: A slide's number and the gallery's size, then its caption: "1 of 4 A shopper ...", "2 von 12 Blick auf ...".
_SLIDE = re.compile(r"(\d{1,3}) (?:of|von|de|di|su|sur|z|из|af|av) (\d{1,3}) +(?=\S)", re.IGNORECASE)


def _is_passage(text: str) -> bool:
    """Three sentences or more, and long: a passage of the story, not a picture's caption, whatever follows it."""
    words, _, stops = stats(text)
    return stops >= PASSAGE_STOPS and words > PASSAGE_WORDS


#: A line with this many sentence stops, and more words than PASSAGE_WORDS, is a passage, not a caption.
PASSAGE_STOPS = 3
PASSAGE_WORDS = 40


def _is_paragraph_run(blocks: Sequence[Block], i: int) -> bool:
    """Whether block i sits between two prose paragraphs (then a credit after it is the photo's, not its)."""
    before = i > 0 and prose_score(blocks[i - 1].text) > 0
    after = i + 1 < len(blocks) and prose_score(blocks[i + 1].text) > 0
    return before and after and prose_score(blocks[i].text) > 0 and stats(blocks[i].text).words > 40


def _continues_story(blocks: Sequence[Block], i: int) -> bool:
    """Whether block i is prose in the same HTML container as the prose paragraph above it.

    A caption sits in a figure of its own; a story that ends with the credit of its photos
    ("[사진=...]", "Ảnh: ...") has its last paragraph in the story's container. Plain text
    has no containers and is left to the other rules.
    """
    if i == 0 or blocks[i].group == -1 or blocks[i].group != blocks[i - 1].group:
        return False
    return prose_score(blocks[i - 1].text) > 0 and prose_score(blocks[i].text) > 0


def _ends_story(blocks: Sequence[Block], i: int) -> bool:
    """Whether block i of plain text is prose after prose with no prose after it: the story's last paragraph.

    Sites print the credit of their lead photo under the story ("Foto: ANP", "[사진=연합뉴스]");
    a caption sits by its photo, among the paragraphs or above them. A gallery prints its
    captions twice in a row (folded and unfolded): a line that repeats the one above is one.
    Markup says more: there :func:`_continues_story` asks whether the two share a container.
    """
    if i == 0 or blocks[i].group != -1 or (i + 1 < len(blocks) and prose_score(blocks[i + 1].text) > 0):
        return False
    text, above = blocks[i].text, blocks[i - 1].text
    return prose_score(above) > 0 and prose_score(text) > 0 and text[:40] != above[:40]


def _blocks_before(doc: Document, reasons: set[str]) -> set[int]:
    """Indexes of blocks directly followed by a removed credit line with one of ``reasons``.

    A whole element the HTML stage pruned (a figure with its caption and credit) says
    nothing about the line before it, nor does a parenthesised reference ("(Graphic: ...)"),
    so only removed credit lines count.
    """
    gaps: list[list[str]] = [[] for _ in range(len(doc.blocks) + 1)]
    starts = [b.start for b in doc.blocks]
    for r in doc.removals:
        if r.start is not None and r.filter != "html" and r.reason in reasons and not r.text.startswith("("):
            gaps[bisect.bisect_left(starts, r.start)].append(r.text)
    return {i - 1 for i, gap in enumerate(gaps) if i > 0 and gap and not any(map(_describes, gap))}


def _describes(removed: str) -> bool:
    """Whether a removed caption line describes its picture itself ("Image caption Scooter Braun
    has managed...", "FILE PHOTO: Traders work on the floor..."): then the credit beside it
    is that caption's, not the line's above. A credit is names ("Photo by Jane Doe/Getty
    Images"), with few words in lower case; a description is a sentence, which in German
    capitalises its nouns ("Foto 2 von 5: Eine Haltestelle im Norden der Stadt."); so is a
    gallery's caption in any script ("写真2/5：市北部のバス停"); in Chinese and Japanese, which
    have no capitals, a caption holding a sentence ("图为11月23日，市民在雪中出行。 李明 摄").
    """
    words = removed.split()
    if sum(1 for word in words if word[:1].islower()) >= 5 or _GALLERY.match(removed.lower()):
        return True
    if unspaced(removed):  # no capitals to count: a sentence in it ("图为...出行。 李明 摄") describes
        return stats(removed).stops > 0
    return len(words) >= DESCRIPTION_WORDS and "/" not in removed and stats(removed).ends_sentence


# "Photo 2 of 5: A bus stop ...", "写真2/5：市北部のバス停": a gallery's caption
# (a bare "Image 3 of 5" describes nothing)
_GALLERY = re.compile(rf"{GALLERY_INDEX}\s*[:：.|–—-]\s*\w")
#: A removed caption line this long that ends like a sentence (and names no one "Name/Agency") describes its picture.
DESCRIPTION_WORDS = 7
