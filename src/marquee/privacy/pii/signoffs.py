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
  or after a dash a surname and one syllable counts too, and (round 11, read from test10's
  misses) a given name alone (``… 바꿔씀) - X``; ``fieldvalues.can_be_given``).

Round 13 (``piirecall15``, read from test15's misses: ``… 저 아닙니다 X``, ``… 가능한가요? X``,
``… 초인종 누르세요 X``) adds a given name alone after a finished sentence, when it reads as a given
name and as no word (``fieldvalues.can_be_given``, strict: ``… 봤어요 최고``, ``… 강추``, ``… 대박``
keep their last word; a film title is the catalogue's and the allow-list keeps it).

Round 11 adds the closings a letter or a mail puts on its last line:

* ``X 드림``, ``X 올림``, ``X 배상`` (with ``상담원`` or a line break or a finished sentence before):
  a Korean full or given name, or one to three words Kiwi does not know or knows only as a
  proper noun (``아흐메트``, foreign names of any origin); no word for a team, centre or office
  (``운영팀 드림``, ``고객센터 올림``);
* the line after a mail signature's ``--`` line, when it is a name of any of those shapes;
* ``Thanks,``/``Regards,``/``Best,``/``Cheers,`` then one or two capitalised Latin words, or a
  Hangul name, closing the post;
* a dash signature closing a paragraph inside the post (a reply or a table follows), with a
  name from the lists or a given name that is no dictionary word;
* the sender of a forwarded mail (``From: X <…>``): a Korean name, or two or three foreign words
  (one word Kiwi does not know may be a shop or a brand, so it does not count alone).
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .fieldvalues import GIVEN, can_be_given, can_be_name, cores
from .latinlower import _ENGLISH
from .names import NameHit

_TAIL = re.compile(
    r"(?:(?P<ended>(?:[요다함음임당됨봄옴감줌남셈죠네까]|[.!?~ㅠㅜㅋㅎ]))[ \t]+(?P<plain>[가-힣]{2,4}|[가-힣][ \t][가-힣]{2})"
    r"|(?:^|[ \t.!?])\((?P<bracket>[가-힣]{2,4})\)"
    r"|(?:^|[ \t.!?)])[-–—][ \t]*(?P<dash>[가-힣]{2,4}))"
    r"[ \t.!~]*$")


# What a writer puts after their own name at the very end (round 14, piirecall18, read from
# test16's misses: ``… 보내주세요 - X 부탁드려요!``, ``… 자주 가요. X 답변 기다릴게요~``,
# ``… X ㅠㅠ``, ``… X (수정: 오타)``): a stock closing phrase, an edit note, a crying or laughing
# run, an emoticon or an emoji. Trimmed before the signature is looked for, so the name is
# still the post's last word; what it may be is decided exactly as without them.
_CLOSER = re.compile(
    r"(?:[ \t]+(?:(?:확인 |답변 |빠른 처리 )?부탁(?:드려요|드립니다|해요|드림)?|감사(?:합니다|해요|드려요)|"
    r"고맙습니다|고마워요|답변 기다릴게요|좋은 하루 되세요|이상입니다)[.!~^]*"
    r"|[ \t]*\((?:수정|추가|edit)[^()\n]{0,12}\)"
    r"|[ \t]*(?:[ㅠㅜㅋㅎ]{2,}|\^\^|;;|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)+)+[ \t.!~]*$")


_PHRASE_ENDS = ("부탁", "부탁드려요", "부탁드립니다", "부탁해요", "부탁드림", "감사합니다", "감사해요", "감사드려요",
                "고맙습니다", "고마워요", "기다릴게요", "하루 되세요", "이상입니다")


def _may_close(body: str) -> bool:
    """The post's last character can end a ``_CLOSER`` (a C-speed gate: the regex search over
    the last 40 characters costs ~5 µs, and most posts end in something else)."""
    end = body.rstrip(" \t.!~")
    last = end[-1:]
    if not last:
        return False
    if last in "요다림탁":
        return end.endswith(_PHRASE_ENDS)
    return last in "ㅠㅜㅋㅎ^;)" or (ord(last) >= 0x2600 and not "가" <= last <= "힣")


def _without_closer(body: str) -> str:
    """``body`` without the closing phrases, notes and emoji ``_CLOSER`` reads at its end."""
    m = _CLOSER.search(body, max(0, len(body) - 40)) if _may_close(body) else None
    return body[:m.start()] if m is not None and m.start() > 0 else body


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


_POLITE_END = re.compile(r"[가-힣][요다까][.!?~]*[ \t]+$")


def _given_closing(body: str, m: re.Match[str]) -> bool:
    """A given name alone closing the post after a polite or formal sentence of the writer's
    (``아닙니다 X``, ``…세요 X``, ``…가요? X``), not after a one-syllable adverb (``두 분 다 우심``)
    nor after a casual question about a film (``누가 함? X``: a title)."""
    return _POLITE_END.search(body, 0, m.start("plain")) is not None and can_be_given(m.group("plain"))


_CLOSING = re.compile(r"(?:^|\n|[.!?~ㅠㅜ]|[요다][ \t])[ \t]*(?:상담원[ \t]+)?"
                      r"(?P<name>[가-힣]{2,6}(?:[ \t][가-힣]{2,6}){0,2})[ \t]?(?:드림|올림|배상)[ \t.!~]*$")
_SIG_LINE = re.compile(r"\n[ \t]*--[ \t]*\n[ \t]*(?P<name>[가-힣]{2,6}(?:[ \t][가-힣]{2,6}){0,2})[ \t.]*$")
_THANKS = re.compile(r"(?:Thanks|Thank you|Regards|Best|Cheers|Sincerely),?[ \t\n]+"
                     r"(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?|[가-힣]{2,4})[ \t.!]*$")
# A dash signature closing a paragraph inside the post (a reply or a table follows it).
_DASH_LINE = re.compile(r"(?:[.!?)]|[요다음함])[ \t]*[-–—][ \t]*([가-힣]{2,4})[ \t]*(?=\n)")
# The sender of a forwarded mail: ``From: X <…>``.
_FROM = re.compile(r"^[ \t>]*From:[ \t]*([가-힣]{2,6}(?:[ \t][가-힣]{2,6}){0,2})[ \t]*<", re.M)
_OFFICE_FINALS = frozenset("팀터진실부과국청단회사점관")
_WHOLE = re.compile("")
# An enumerated line (``3. 영사 - 교대``): the dash pairs an item with its post, no signature
# (round 12).
_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]")


def _foreign(part: str) -> bool:
    """A word Kiwi does not know at all, or knows only as a proper noun, and no office."""
    tokens = morph.analyze(part) or ()
    if not tokens or part[-1] in _OFFICE_FINALS:
        return False
    return not any(t[4] for t in tokens) or (len(tokens) == 1 and tokens[0][1] == "NNP")


def _closing_name(words: str) -> bool:
    """``words`` (one to three) can be the name a letter closes with."""
    parts = words.split()
    if len(parts) == 1:
        return _korean(parts[0]) or (len(parts[0]) >= 3 and _foreign(parts[0]))
    return all(_foreign(p) for p in parts)


def _korean(word: str) -> bool:
    """A Korean full name, or a given name alone (a dictionary noun allowed: a signature)."""
    return can_be_given(word, loose=True) or any(len(c) == len(word) and can_be_name(c, sl)
                                                 for c, sl in cores(word, _WHOLE))


def _closings(body: str) -> list[tuple[int, int]]:
    """Spans of the names in a ``드림``/``--``/``Thanks,`` closing at the end of ``body``."""
    tail = max(0, len(body) - 40)
    spans = []
    for pattern in (_CLOSING, _SIG_LINE, _THANKS):
        m = pattern.search(body, tail)
        if m is None:
            continue
        name = m.group("name")
        if (not any(w.lower() in _ENGLISH for w in name.split()) if name.isascii() else _closing_name(name)):
            spans.append(m.span("name"))
    return spans


def _tail_name(body: str, m: re.Match[str]) -> bool:
    """The last word of ``_TAIL`` signs the post: a full name, a given name after a polite
    sentence or a dash, or a surname spaced off its given name (``아닙니다 설 보람``, round 14)."""
    group = next(g for g in ("plain", "bracket", "dash") if m.group(g))
    word = m.group(group)
    if " " in word:
        return _signature(word.replace(" ", ""), False)
    if group == "dash" and _ITEM.match(body, body.rfind("\n", 0, m.start()) + 1) is not None:
        return False
    return _signature(word, group != "plain") or (group == "dash" and can_be_given(word, loose=True)) \
        or (group == "plain" and _given_closing(body, m))


def find_signoffs(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """The name closing the post (module docstring), unless ``taken`` covers it."""
    body = text.rstrip()
    if not morph.enabled() or not body:
        return []
    spans = _closings(body) if body.rstrip(" .!~")[-1:].isalpha() else []
    body = _without_closer(body)
    if not "가" <= body.rstrip(" .!~")[-1:] <= "힣" and not body.endswith(")"):
        m = None
    else:
        m = _TAIL.search(body, max(0, len(body) - 12))  # the signature is the last few characters
    if m is not None and _tail_name(body, m):
        spans.append(m.span(next(g for g in ("plain", "bracket", "dash") if m.group(g))))
    if "-" in body:
        spans += [m.span(1) for m in _DASH_LINE.finditer(body) if _signature(m.group(1), True)
                  or can_be_given(m.group(1))]
    if "From:" in body:
        spans += [m.span(1) for m in _FROM.finditer(body)
                  if (_closing_name if " " in m.group(1) else _korean)(m.group(1))]
    return [NameHit(s, e, 0.68) for s, e in dict.fromkeys(spans)
            if not any(a < e and s < b for a, b in taken) and not (allowed is not None and allowed(s, e))]
