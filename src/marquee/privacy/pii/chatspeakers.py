"""Speakers of a chat copy tagged by its source, and the name given as an answer
(P11.2, issue 16 round 9).

* **Tagged chat copies**: a pasted chat puts the app or room before every line
  (``[카카오톡] X: …``, ``[오픈채팅] X: …``, ``[카톡] X: …``). With two such lines or more the
  word before each colon is a speaker; it is a person when it can be a name
  (``fieldvalues.can_be_name``, with given syllables from the name lists: ``나``, ``익명의 팝콘``,
  ``상담원``, and handles such as ``심야족`` stay).
* **The answer to a name question**: a line asking for the name (``성함``, ``이름``) and, on the
  next line after a speaker tag (``[고객]``, ``고객:``), one word with a copula glued on
  (``X요.``, ``X입니다``): the name asked for, however unusual.
* **A chat line opening with a name** (round 11, read from test10's misses): a friend's name,
  often the given name alone, as the subject of a line that says who is late or not coming
  (``X 오늘 못 온대``, ``ㅋㅋ X이 또 늦음``), or called out before ``너`` (``야 X 너 번호 바꼈냐``).
  A given name alone must read as one (``fieldvalues.can_be_given``: ``영화가 또 늦게``,
  ``지금 못 가`` stay), a full name must have given syllables from the name lists.
* **Speakers the name recognisers cannot read** (round 11): in the messenger's PC export
  (``[X Y] [오전 11:02] …``) a foreign name of two or three words (no part one dictionary word,
  a verb or an ending: ``[영화 좋아]`` stays); in a chat of two speakers or more (``X: …``), one
  of them a name found already, a given name alone or two capitalised Latin words that are no
  English words.
* **Given names tagging PC-export lines** (round 12, read from test13's misses): in a chat of
  two tagged speakers or more (``[X] [오후 3:37] …``), one of them a name found already, a given
  name alone in the tag is a speaker too (``[서진]``), and so is the same word before a colon in
  that chat (``서진: …``). The tag is a noun slot, so Kiwi's verb or particle reading of the two
  syllables (``다+오+ㄴ``, ``말수+ㄴ``) does not count against it; both syllables must come from
  the name lists and the word be no relation word and no dictionary noun (``[엄마]``, ``[상담]``
  stay).
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .chatlines import find_chat_lines
from .fieldvalues import GIVEN, can_be_given, can_be_name, cores, free_hits, name_spans
from .foreigncues import _reading
from .latinlower import _ENGLISH
from .names import NameHit

_TAGGED = re.compile(r"^[ \t]*\[[^\]\n]{1,10}\][ \t]*([^\s:：\[\]][^:：\n]{0,10}?)[ \t]*[:：]", re.M)
_ANSWER = re.compile(r"(?:성함|이름)[^\n]{0,40}\n[ \t]*(?:\[[^\]\n]{1,8}\]|[가-힣A-Za-z]{1,6}[ \t]?[:：])[ \t]*"
                     r"([가-힣]{2,8})(?![가-힣])")
_COPULA = re.compile(r"요|입니다|입니당|이에요|예요|이요|이고요|이구요")
_WHOLE = re.compile("")
_LATE = r"(?:(?:오늘|내일|또|지금|아직|벌써)[ \t]?)?(?:못[ \t]?[오와온가간]|안[ \t]?[오와온]|늦)"
_OPENER = re.compile(rf"(?:^|\n)[ \t]*(?:[ㅋㅎ]+[ \t]*)?([가-힣]{{2,3}}?)(?:이|가|는|도)?[ \t]?(?={_LATE})")
_CALLED = re.compile(r"(?<![가-힣])야[ \t]?([가-힣]{2,3})[ \t]너[ \t]")
_OPENER_WORDS = ("못", "안", "늦", "야")
_PC_SPEAKER = re.compile(r"^\[([가-힣]{1,8}(?:[ \t][가-힣]{1,8}){1,2})\][ \t]*\[(?:오전|오후)[ \t]*\d{1,2}:\d{2}\]", re.M)
_PC_GIVEN = re.compile(r"^\[([가-힣]{2,4})\][ \t]*\[(?:오전|오후)[ \t]*\d{1,2}:\d{2}\]", re.M)
_LINE_SPEAKER = re.compile(r"^[ \t]*([가-힣]{2}|[A-Z][a-z]+[ \t][A-Z][a-z]+|[가-힣]{2,4})[ \t]?:(?!\d)", re.M)


def _spaced_foreign(words: str) -> bool:
    """Two or three words, none one dictionary word or holding a verb or an ending: Kiwi cuts
    foreign names into pieces (메이+링, 아마+두), but no piece is a word of the sentence."""
    for part in words.split():
        tokens = morph.analyze(part) or ()
        if not tokens or _reading(part) == "word" or any(t[1][0] in "VEJ" and t[4] for t in tokens):
            return False
    return True


def _line_speakers(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Given names and Latin names speaking in a chat of two speakers or more, one of them a
    name another recogniser found (a form's ``일시:``, ``내용:`` lines name nobody)."""
    lines = list(_LINE_SPEAKER.finditer(text))
    if len({m.group(1) for m in lines}) < 2 or not any((m.start(1), m.end(1)) in taken for m in lines):
        return []
    return [m.span(1) for m in lines if (m.group(1).isascii() and not any(
        w.lower() in _ENGLISH for w in m.group(1).split())) or can_be_given(m.group(1))]


def _tag_given(word: str) -> bool:
    """Two syllables from the name lists in a speaker tag: a given name (``_PC_GIVEN``)."""
    if can_be_given(word):
        return True  # a dictionary noun alone (상담, 공지) is a role or topic tag, not a speaker
    tokens = morph.analyze(word) or ()
    return len(word) == 2 and all(c in GIVEN for c in word) and len(tokens) >= 2 \
        and word not in L.NOT_NAMES and word not in L.RELATION_WORDS


def _tag_speakers(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Given names tagging PC-export lines beside a found name, and their colon lines."""
    tags = list(_PC_GIVEN.finditer(text))
    if len({m.group(1) for m in tags}) < 2 or not any(m.span(1) in taken for m in tags):
        return []
    names = {m.group(1) for m in tags if _tag_given(m.group(1))}
    return [m.span(1) for m in (*tags, *_LINE_SPEAKER.finditer(text)) if m.group(1) in names]


def _opener(word: str) -> int:
    """A given name alone, or a full name with typical given syllables."""
    return 2 if can_be_given(word) else _korean(word, _WHOLE, typical=True) if len(word) == 3 else 0


def _korean(word: str, rest: re.Pattern[str], typical: bool = False) -> int:
    """The length of the name opening ``word`` (0: none). ``typical``: given syllables from the
    name lists only, since chat handles are often surname-led words Kiwi does not know (심야족)."""
    for core, sl in cores(word, rest):
        if typical and not all(c in GIVEN for c in core[sl:]):
            continue
        if len(core) - sl <= 2 and can_be_name(core, sl):
            return len(core)
    return 0


def find_chat_speakers(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Names in the frames of the module docstring and the speakers of a chat with no name
    found yet (``chatlines.py``), not overlapping ``taken``."""
    hits = _speakers(text, taken, allowed)
    return hits + find_chat_lines(text, taken + [(h.start, h.end) for h in hits], allowed)


def _speakers(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    if not morph.enabled():
        return []
    spans = []
    if any(w in text for w in _OPENER_WORDS):
        spans += name_spans(_OPENER.finditer(text), lambda m: _opener(m.group(1)))
        spans += name_spans(_CALLED.finditer(text), lambda m: _opener(m.group(1)))
    if ":" in text:
        spans += _line_speakers(text, taken)
        spans += _tag_speakers(text, taken)
        spans += [m.span(1) for m in _PC_SPEAKER.finditer(text) if _spaced_foreign(m.group(1))]
    if "[" not in text and "성함" not in text and "이름" not in text:
        return free_hits(spans, taken, allowed, 0.7)
    speakers = list(_TAGGED.finditer(text))
    spans += name_spans(speakers if len(speakers) >= 2 else (), lambda m: _korean(m.group(1), _WHOLE, typical=True))
    spans += name_spans(_ANSWER.finditer(text), lambda m: _korean(m.group(1), _COPULA))
    return free_hits(spans, taken, allowed, 0.72)
