"""What an embedded post leaves in the text: the frame's own words, in the languages it speaks.

A story that embeds an Instagram post, a tweet or a video carries the frame's labels into
the text: "View this post on Instagram", "A post shared by Jane Doe (@janedoe)", "Watch on
YouTube". The networks write them in the reader's language, so a French page says "Voir
cette publication sur Instagram". The post's own words (a tweet's text and who wrote it) are
a quotation and stay; only the frame goes. Embeds stand between the story's paragraphs, so
crossing one costs the article span almost nothing (``structure.GAP_COST``).
"""

from __future__ import annotations

from .vocabulary import Vocabulary

EMBED = Vocabulary(
    "embed",
    lines=(
        # the link over an embedded Instagram post
        r"view (?:this|the) (?:post|photo|video|reel) on instagram|voir cette publication sur instagram"
        r"|diesen beitrag auf instagram ansehen|ver esta publicación en instagram|visualizza questo post su instagram"
        r"|ver (?:essa|esta) (?:foto|publicação|publicacao) no instagram|bekijk dit bericht op instagram|zobacz ten post na instagramie"
        r"|посмотреть эту публикацию в instagram|переглянути цю публікацію в instagram|bu gönderiyi instagram['’]da gör"
        r"|lihat postingan ini di instagram|xem bài viết này trên instagram|visa det här inlägget på instagram"
        r"|instagram ?で(?:この投稿を)?見る|instagram에서 이 게시물 보기|在 ?instagram ?(?:上)?查看(?:这篇|這篇)?(?:帖子|貼文)",
        # the link under an embedded video or post
        r"(?:watch|view) (?:it |this )?on (?:youtube|vimeo|tiktok|facebook|twitter|x)|auf youtube ansehen|regarder sur youtube"
        r"|ver en youtube|guarda su youtube|assistir no youtube|bekijk op youtube|obejrzyj w serwisie youtube|смотреть на youtube"
        r"|youtube['’]da izle|tonton di youtube|xem trên youtube|youtube ?で見る|(?:twitter|x) ?で(?:見る|表示)",
        r"(?:see|view|read) (?:the )?(?:full |original )?(?:tweet|post|thread) on (?:twitter|x|facebook|threads|bluesky)",
    ),
    prefixes=(
        # "A post shared by Jane Doe (@janedoe) on Nov 19, 2019 at 8:02am PST": the name, then the handle
        r"(?:a (?:post|photo|video) shared by|une publication partagée par|ein beitrag geteilt von|una publicación compartida por"
        r"|un post condiviso da|uma publicação (?:compartilhada|partilhada) por|een bericht gedeeld door|post udostępniony przez"
        r"|публикация от|допис від|kiriman dibagikan oleh|bài viết do|ett inlägg delat av)\s[^()@]{1,60}\(@",
    ),
)
