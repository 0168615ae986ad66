"""Personal-information masker for posts, comments and customer-centre messages (P11.2).

    from marquee.privacy.pii import mask_text, detect

    result = mask_text("연락처 010-1234-5678로 주세요", allow=catalogue_names)
    result.text    # '연락처 010-****-5678로 주세요'
    result.counts  # {'PHONE': 1}  (types and counts only: what gets recorded)

``detect(text, allow=...)`` returns :class:`Span` objects (start, end, entity, score) in
the original text. ``allow`` takes catalogue names (cast, crew, characters, theatres)
that must stay visible; pass an :class:`AllowList` to reuse a large one. Kiwi (the
morphological analyser used to judge name candidates) loads lazily on first need, once
per process; call ``warm_up()`` at start-up to pay that second up front.
"""

from .engine import ENTITIES, AllowList, MaskResult, Span, detect, mask_text
from .morph import warm_up

__all__ = ["ENTITIES", "AllowList", "MaskResult", "Span", "detect", "mask_text", "warm_up"]
