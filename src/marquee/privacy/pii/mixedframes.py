"""A Korean name inside an English sentence, and a given name before an animate particle
(P11.2, issue 16 round 12).

Mixed posts put a friend's Korean name in English frames that hold only people: ``Went with X
and Y to …``, ``My coworker X looks …``, ``ping X if late``, ``ask X``. A Hangul word there,
between English words, is a name when it is two syllables that read as one (a given name
alone, ``fieldvalues.can_be_given``, or a surname and one syllable, ``can_be_name``); a title in
Hangul follows ``the``/``to``, never these words, and a longer word may be a public figure
(``GV with 손흥민``), whom the public-name vetoes do not all know.

``한테``/``에게`` take only animate nouns, and a two-syllable word that reads as a given name
alone before them is a person (``X한테 물어보니``, ``X한테도 꼭 전해 주세요``); relation words
(``엄마``, ``친구``) and dictionary nouns never read as given names.
"""

from __future__ import annotations

import re

from .fieldvalues import can_be_given, can_be_name, cores, free_hits
from .names import NameHit

_EN_FRAME = re.compile(r"(?<![A-Za-z])(?:[Ww]ith|and|[Cc]oworker|[Ff]riend|[Cc]olleague|[Pp]ing|[Tt]ext|[Aa]sk|"
                       r"[Tt]ell|DM)[ \t]+([가-힣]{2})(?=[ \t]+[A-Za-z]|[ \t]*[,.!?)]|[ \t]*$)", re.M)
_ANIMATE = re.compile(r"(?<![가-힣])([가-힣]{2})(?:한테|에게)(?:도|는|서)?(?![가-힣])")
_NOTHING = re.compile("")
# Exact pre-check for ``_EN_FRAME`` (whose look-behind makes the scan slow): a Latin letter, a
# space, two Hangul syllables.
_LATIN_THEN_HANGUL = re.compile(r"[A-Za-z][ \t]+[가-힣]{2}")


def _korean_name(word: str) -> bool:
    return can_be_given(word) or any(len(core) == 2 and can_be_name(core, sl) for core, sl in cores(word, _NOTHING))


def find_mixed_frames(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Names in the frames of the module docstring, not overlapping ``taken``."""
    spans = []
    if _LATIN_THEN_HANGUL.search(text):
        spans += [m.span(1) for m in _EN_FRAME.finditer(text) if _korean_name(m.group(1))]
    if "한테" in text or "에게" in text:
        spans += [m.span(1) for m in _ANIMATE.finditer(text) if can_be_given(m.group(1))]
    return free_hits(spans, taken, allowed, 0.7)
