"""A given name alone in a frame only a person fills (P11.2, issue 16 round 13).

Read from the misses of test9–test14: friends and children are named by the given name alone,
with no surname and no cue word, in frames that only a person fills:

* **company**: ``X(이)랑 …`` followed, in the same clause, by going or watching together
  (``X랑 같이``, ``X이랑 Y 데리고``, ``X랑 셋이 봄``, ``X이랑 보러갈게요``, ``X랑도 보려구요``);
  a second given name right after (``X랑 Y 데리고``, ``X랑 Y이랑 셋이서``) is taken too;
* **asking or telling**: ``X(이)한테 물어보니``/``말했``/``전화``/``연락``/``보내``;
* **someone's home**: ``X(이)네 집``/``X이네서``/``X네에서``;
* **coming or not**: ``X(이)는 못 온대``, ``X(이)도 온대``, ``X 지금 옴``, ``X ㅋㅋ 또 지각``;
* **a child's day or a friend's things**: ``X 돌잔치``, ``X이의 첫 영화``, ``X이 폰``, ``X 가방``;
* **an honorific slot**: ``X님`` before a seat, a booking, an account or a win
  (``X님 자리``, ``X님 계좌``, ``X님 명의``, ``X님 당첨``, ``X님이 표 …``);
* **called, then spoken to**: ``X아``/``X야`` followed by the writer, the person called or the
  matter (``X야 나 …``, ``X아 너 …``, ``X아 엄마야``, ``X야 끝나면 …``, ``X아 표 내가 …``); here
  a dictionary noun may be a name (``미숙``, ``보람``), but not one that a song or a poem calls
  (``사랑아``, ``하늘아``).

The word must be two syllables that read as a given name by themselves (``fieldvalues.can_be_given``:
both syllables from the name lists, not a place, and Kiwi reads no dictionary word, adverb or verb
in it), so ``사랑이랑 같이``, ``하늘이네``, ``친구한테 물어보니``, ``언니랑 셋이`` and ``별님``
stay. The ``이`` glued before a particle is taken only after a final consonant (``영철이랑``,
``시아랑``), as Korean puts it. Coreference (``coref.py``) then masks the other uses in the post.
"""

from __future__ import annotations

import re

from . import morph
from .fieldvalues import can_be_given, free_hits
from .names import NameHit
from .triggers import scan
from .vocatives import _has_final

_WORD = r"(?<![가-힣A-Za-z0-9])([가-힣]{2})(이)?"
_GO = r"(?:갈|가[ 고기려요자]|갔|봤|보[ 고기려러자]|볼|봄|왔|와[ 서요])"
_TOGETHER = rf"(?:(?:같이|함께)[ \t]?{_GO}|데리고|둘이|셋이|넷이|보러|(?:보고|가고)[ \t]?싶|만나|놀러|가기로|보기로)"
_COMPANY = re.compile(rf"{_WORD}랑(도)?[ \t]+(?:([가-힣]{{2}})(?:이)?(랑)?[ \t]+)?(?:꼭[ \t]+|다음에[ \t]+|또[ \t]+)?"
                      rf"(?={_TOGETHER}|(?:봤|갔|보려|가려|볼게|갈게))")
_TOLD = re.compile(rf"{_WORD}한테[ \t]+(?=물어보|물어봤|말했|말하|전화|연락|보내|부탁|빌려)")
_HOME = re.compile(rf"{_WORD}네(?=[ \t]?집|서[ \t]|에서)")
_COMING = re.compile(rf"{_WORD}(?:는|은|도|가)[ \t]+(?=(?:오늘[ \t]|내일[ \t]|또[ \t])?(?:못[ \t]?온|안[ \t]?온|온대|온다|늦는대))"
                     rf"|{_WORD}[ \t]+(?=지금[ \t]?(?:옴|와|출발)|오면[ \t]바로)|{_WORD}(?:ㅋ+)?[ \t]?(?=또[ \t]?지각)")
_HONOUR = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{2})()님(?:이|의)?[ \t]+"
                     r"(?=자리|계좌|명의|좌석|예매|당첨|표[ \t]|앞으로)")
# A child's party or first film, a friend's phone or bag (X 돌잔치, X이의 첫 영화, X이 폰, X 가방).
_PARTY = re.compile(rf"{_WORD}(?:의[ \t]|[ \t]?)(?=돌잔치|생일[ \t파잔]|생파)|{_WORD}의[ \t]첫[ \t]?(?:영화|극장)"
                    rf"|{_WORD}[ \t](?=(?:폰|가방|지갑|휴대폰|핸드폰)[ \t을를이])")
# Called by name and then spoken to: the next word is the writer (나, 내, 엄마야), the person
# called (너, 니), or the matter (표 내가, 오늘, 끝나면, 지금).
_CALLED = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{2})()(아|야)[ \t]*,?[ \t]+"
                     r"(?=(?:나|내|너|니|우리|엄마|아빠|언니|누나|오빠|형)(?:야|가|는|도)?[ \t]|표[ \t]내가|오늘[ \t]|끝나면|지금[ \t])")
# Nouns a song, a poem or a title calls (사랑아, 하늘아, 세상아): never a person here.
_CALLED_NOUNS = frozenset({"사랑", "하늘", "바다", "세상", "인생", "청춘", "여름", "겨울", "나라", "우주",
                           "태양", "지구", "구름", "바람", "천사", "요정", "왕자", "공주", "장군", "친척",
                           # titles after a name (춘자 여사랑), never a name themselves
                           "여사", "선생", "사장", "부장", "과장", "대리", "팀장", "실장", "원장", "교수",
                           "박사", "기사", "손님", "고객", "회원", "주임", "차장", "이사", "상무", "전무",
                           # people and things these frames take as often as a name (사람이랑 둘이,
                           # 애인한테 물어보니, 영화는 못 온대): the loose frames refuse them
                           "사람", "영화", "자리", "회사", "학교", "애기", "아기", "여자", "남자", "부모",
                           "손자", "손녀", "애인", "동창", "기자", "가수", "경찰", "군인", "형제", "자매",
                           "남매", "부부", "연인", "가족", "동네", "이웃", "주민", "학생", "직원", "배우"})
_FRAMES = (_COMPANY, _TOLD, _HOME, _COMING, _HONOUR, _PARTY, _CALLED)
# Each frame with the literals every one of its matches contains (``triggers.py``): a post
# holding none of them is not scanned for that frame.
_TRIGGERED = tuple(zip(_FRAMES, (
    ("랑",),  # _COMPANY: X랑
    ("한테",),  # _TOLD: X한테
    ("네",),  # _HOME: X네 집
    ("온", "늦는대", "지금", "오면", "지각"),  # _COMING: 못 온/안 온/온대/온다, 지금 옴, 오면 바로, 또 지각
    ("님",),  # _HONOUR: X님
    ("돌잔치", "생일", "생파", "첫", "폰", "가방", "지갑"),  # _PARTY
    ("아", "야"),  # _CALLED: X아/X야
), strict=True))
_LOOSE = (_COMPANY, _TOLD, _COMING)


def _spans(m: re.Match[str]) -> list[tuple[int, int]]:
    k = 1 if m.re in (_COMPANY, _CALLED) else next(i for i in range(1, m.re.groups, 2) if m.group(i))
    word, glued = m.group(k), m.group(k + 1)
    if m.re is _CALLED:
        if (m.group(3) == "아") != _has_final(word[-1]) or word in _CALLED_NOUNS \
                or not can_be_given(word, loose=True):
            return []
        return [m.span(1)]
    loose = m.re in _LOOSE and word not in _CALLED_NOUNS
    first = not (bool(glued) and not _has_final(word[-1]) or not can_be_given(word, loose=loose))
    spans = [m.span(k)] if first else []
    if m.re is _COMPANY and m.group(4) and (first or m.group(5)) \
            and can_be_given(m.group(4), loose=m.group(4) not in _CALLED_NOUNS):
        spans.append(m.span(4))  # X랑 Y 데리고: the second friend; Y랑 셋이 stands by itself
    return spans


def find_given_frames(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Given names alone in the frames of the module docstring, not overlapping ``taken``."""
    if not morph.enabled():
        return []
    spans = [s for m in scan(_TRIGGERED, text) for s in _spans(m)]
    return free_hits(spans, taken, allowed, 0.7) if spans else []
