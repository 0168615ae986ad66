"""A name signing off a post (P11.2, issue 16 round 9).

Requests and notes end with the writer's name after the last sentence, with no label:
``… 차단 풀어주세요 제꺼에요 X``, ``연락처 010-… 입니당 X``, ``… 연락 좀 주쇼잉 (X)``,
``Please update my membership. - X``. The last word of the post is a signature when

* the sentence before it has ended (a final ending such as ``요``, ``다``, ``함``, ``임``, ``당``,
  a full stop, ``!``, ``?``, ``ㅠ``, ``ㅋ``), or the word stands in brackets or after a dash;
* it is a surname and two given-name syllables from the name lists (or a compound surname and
  one or two), and no dictionary word, place or verb (``fieldvalues.can_be_name``): a post ending
  ``… 재밌어요 강추`` or ``… 봤어요 최고`` keeps its last word, and so does a dictionary proper
  noun unless its given syllables are the most typical ones (``… 잘 봤어요 김치전``). In brackets
  or after a dash a surname and one syllable counts too.
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .fieldvalues import GIVEN, can_be_name
from .names import NameHit

_TAIL = re.compile(
    r"(?:(?P<ended>(?:[요다함음임당됨봄옴감줌남셈죠네까]|[.!?~ㅠㅜㅋㅎ]))[ \t]+(?P<plain>[가-힣]{3,4})"
    r"|(?:^|[ \t.!?])\((?P<bracket>[가-힣]{2,4})\)"
    r"|(?:^|[ \t.!?])[-–—][ \t]*(?P<dash>[가-힣]{2,4}))"
    r"[ \t.!~]*$")


def _signature(word: str, short_ok: bool) -> bool:
    sl = 2 if word[:2] in L.COMPOUND_SURNAMES else 1 if word[:1] in (L.COMMON_SURNAMES | L.RARE_SURNAMES) else 0
    given = word[sl:]
    if not sl or not 1 <= len(given) <= 2 or (len(given) == 1 and not short_ok and sl == 1):
        return False
    if not all(c in GIVEN for c in given):
        return False
    tokens = morph.analyze(word) or ()
    if len(tokens) == 1 and tokens[0][4] and not all(c in L.GIVEN_TOP for c in given):
        return False  # a dictionary proper noun with untypical syllables: 김치전
    return can_be_name(word, sl)


def find_signoffs(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """The name closing the post (module docstring), unless ``taken`` covers it."""
    body = text.rstrip()
    if not morph.enabled() or not body or not "가" <= body.rstrip(" .!~")[-1:] <= "힣" and not body.endswith(")"):
        return []
    m = _TAIL.search(body, max(0, len(body) - 12))  # the signature is the last few characters
    if m is None:
        return []
    group = next(g for g in ("plain", "bracket", "dash") if m.group(g))
    s, e = m.span(group)
    if any(a < e and s < b for a, b in taken) or (allowed is not None and allowed(s, e)):
        return []
    return [NameHit(s, e, 0.68)] if _signature(m.group(group), group != "plain") else []
