"""The holder written next to an identity number (P11.2, issue 16 round 9).

Lost-and-found notes, licence checks and ID-card photos put the holder's name right next to
the number, in brackets or between slashes: ``운전면허 … 171686052880 (X)``, ``신분증 X(420304-…)``,
``Y Z (5001225448312)``, ``면허 대조: 14-07-… / X / 발급일``, ``X / 199719386424``. A registration
number, a foreign resident number, a licence or a passport belongs to one person, so the word
in that bracket or slash cell is whose it is, however unusual (``도 순자``, ``Rahul Verma``,
``라훌 베르마``). The word must still be able to be a name (``fieldvalues``: a surname and given
syllables, no dictionary word, verb or place; ``foreignlabels``: Latin or Hangul foreign
names), so ``(본인)``, ``(재발급)``, ``/ 발급일`` stay. Also (round 12) the word right before the
number's own label (``X 주민번호 …``, ``X 외국인등록번호 …``) and first in a bracket with it
(``(X, M…)``).
"""

from __future__ import annotations

import re

from . import morph
from .fieldvalues import can_be_given, korean_value
from .foreigncues import _reading
from .foreignlabels import hangul_value, latin_value
from .names import NameHit

IDENTITY = frozenset(("RRN", "FRN", "DRIVER_LICENSE", "PASSPORT"))
_NAME = r"[가-힣]{2,5}|[가-힣][ \t][가-힣]{1,2}|[가-힣]{1,6}(?:[ \t·][가-힣]{1,6}){1,2}|[A-Za-z][A-Za-z'\-]+(?:,?[ \t][A-Za-z][A-Za-z'\-]+){1,2}"
_NAME_SHAPE = re.compile(_NAME)
_PREV_WORD = re.compile(r"(?<![가-힣])([가-힣]{2,5})[ \t]$")
_AFTER = re.compile(rf"[ \t]*(?:\([ \t]*({_NAME})[ \t]*\)|/[ \t]*({_NAME})[ \t]*(?=/|\n|$))")
_BEFORE = re.compile(r"([^\s(/][^(/]*?)[ \t]*(?:\(|/)[ \t]*$")
# Round 12 (read from test12): the holder before the number's own label, or first in a bracket
# with it: ``X 주민번호 …``, ``X 외국인등록번호 …``, ``여권 사본 (X, M…)``.
_LABELLED = re.compile(r"(?<![가-힣0-9])([가-힣]{2,4}|[가-힣][ \t][가-힣]{2})[ \t]+(?:주민(?:등록)?번호|외국인[ \t]?등록번호"
                       r"|여권(?:[ \t]?번호)?|(?:운전)?면허(?:[ \t]?번호)?)[ \t]*:?[ \t]*$|\(([가-힣]{2,4}),[ \t]*$")


def _is_name(value: str) -> bool:
    if value[0].isascii():
        return latin_value(value)
    if " " in value or "\t" in value or "·" in value:
        parts = re.split(r"[ \t·]", value)
        if len(parts) == 2 and len(parts[0]) == 1 and korean_value(parts[0] + parts[1]):
            return True  # 도 순자: a surname spaced from its given name
        return hangul_value(value)
    return korean_value(value) or can_be_given(value)  # 준희 / 850121-…: a given name alone


def _last_words(text: str, lo: int, end: int):
    """The last three, two and one words before ``end`` (not before ``lo``), longest first:
    ``신분증 탁 경자(`` is ``탁 경자``, not ``경자``."""
    starts = [m.start() for m in re.finditer(r"(?<!\S)\S", text[lo:end])]
    if starts and starts[0] == 0 and lo > 0 and not text[lo - 1].isspace():
        starts.pop(0)  # the window cut a word in two
    for k in (3, 2, 1):
        if len(starts) >= k:
            yield lo + starts[-k], end


def _not_holder(text: str, m: re.Match[str]) -> bool:
    """A foreign given name stands just before (``다니엘 오코너 주민번호``: the name is both
    words, the foreign-name recognisers' business), or the word is a noun with a suffix
    (``신고+용 주민번호``: the number is for a report)."""
    prev = _PREV_WORD.search(text, max(0, m.start() - 8), m.start())
    if prev is not None and _reading(prev.group(1)) in ("name", "proper"):
        return True
    return any(t[1] == "XSN" for t in morph.analyze(m.group(1) or m.group(2)) or ())


def find_id_holders(text: str, ids: list[tuple[int, int, str]], taken: list[tuple[int, int]],
                    allowed=None) -> list[NameHit]:
    """Names in a bracket or slash cell next to an identity number (module docstring)."""
    spans = []
    for s, e, entity in ids:
        if entity not in IDENTITY:
            continue
        m = _AFTER.match(text, e)
        if m:
            g = 1 if m.group(1) else 2
            spans.append(m.span(g))
        window = max(text.rfind("\n", 0, s) + 1, s - 30)
        b = _BEFORE.search(text, window, s)
        if b and (b.group(0).rstrip().endswith("/") or re.match(r"[ \t]*\)", text[e:])):
            spans.extend(_last_words(text, window, b.end(1)))
        if entity in ("RRN", "FRN") and s > window and text[s - 1] == " ":
            spans.extend(_last_words(text, window, s - 1))  # 염 도아 951207-…: the word just before
        labelled = _LABELLED.search(text, window, s)
        if labelled and not _not_holder(text, labelled):
            spans.append(labelled.span(1) if labelled.group(1) else labelled.span(2))
    hits: list[NameHit] = []
    for a, b in spans:
        value = text[a:b]
        if any(x < b and a < y and not (a <= x and y <= b) for x, y in taken) or (allowed is not None and allowed(a, b)) \
                or any(h.end == b for h in hits) or _NAME_SHAPE.fullmatch(value) is None:
            continue
        if _is_name(value):
            hits.append(NameHit(a, b, 0.72))
    return hits
