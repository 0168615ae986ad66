"""False alarms that look like names: verb forms, "when …", cinema words and film talk
(P11.2, round 7).

Applied to the PERSON candidates of every recogniser, after coreference:

* **verb and adjective forms in their frame**: Kiwi reads the word as a verb or adjective stem
  of two syllables or more with an ending (``남기+지``, ``유명+하+ᆫ``, ``이름+모르+ᆯ``), and the next
  word is a negation or a noun it describes (``… 마세요``, ``… 않아요``, ``… 배우``, ``… 관객``);
* **"when …"**: a dictionary noun of two syllables or more plus ``시`` (``반박+시``, ``구매+시``),
  the conditional of online comments (``반박시 님 말 맞음``);
* **cinema words** that open with a surname syllable (``조조`` the first show, ``단관`` a group
  viewing, ``심야``), alone or with a particle, and seat classes ending in ``석`` (``노인석이``,
  ``커플석``; round 8); round 14 (clean4): 정주행, 한정판, 재관람, 재개봉, 전용관, also before
  ``한테서`` and ``에게``;
* **a request**: a nominalised verb before ``바랍니다`` (``연락 주시기 바랍니다``; round 8);
* **film talk**: a name right before ``감독``, ``필모``, ``주연``, ``출연``, ``나온``/``나오는``
  (what someone appears in), ``님 실물 영접`` (seeing a star in person;
  round 14: ``X 실물 영접``, ``X 실물 봤다`` without 님), or joined to another
  name by ``×`` (a director pairing): public figures discussed, not members. ``… 배우`` is left
  out: the masking command's own test masks ``정우성 배우 최고!`` as a name with a title.
"""

from __future__ import annotations

import re

from . import morph
from .names import NameHit

_NEXT_DESCRIBED = re.compile(r"[ \t]+(?:마[세새셰]요|마시고|말고|말아|않|못|배우|감독|관객|사람|분(?![가-힣])|영화|작품)")
_FILM_AFTER = re.compile(r"[ \t]?(?:님[ \t]+실물|실물[ \t]?(?:영접|봤|보고|미쳤|깡패|후기)|감독(?!님)|필모|주연|출연|나온|나오는|나와서|×|x(?=[가-힣A-Z]))")
_CINEMA_WORDS = frozenset("조조 단관 심야 조조할인 단체관람 감독판 확장판 무삭제판 자막판 더빙판 "
                          "정주행 한정판 재관람 재개봉 전용관".split())  # round 14: 정주행한테서, 한정판한테서
# Cinema seat classes ending in 석 (a given-name syllable too): 노인석, 커플석, 리클라이너석.
_SEAT_CLASS = re.compile(r"(?:노인|경로|장애인|휠체어|커플|가족|일반|특별|프리미엄|임산부|어린이|유아|청소년|우대|"
                         r"스위트|리클라이너|컴포트|싱글|더블|소파|빈백|스윗)석")
# A nominalised verb before 바랍니다 (연락 주시기 바랍니다): a request, never a name.
_REQUEST_AFTER = re.compile(r"[ \t]*바(?:랍니다|랍니당|라요|래요|라며|람|랍)")
_PARTICLES = re.compile(r"(?:으로|로|이랑|랑|은|는|이|가|을|를|도|에|한테서|한테|에게서|에게|중)$")


def _verb_form(word: str) -> bool:
    tokens = morph.analyze(word)
    if not tokens or not tokens[-1][1].startswith("E"):
        return False
    return any(t[1] in ("VV", "VA") and t[3] >= 2 and t[4] for t in tokens) or \
        any(t[1] in ("XSA", "XSV") for t in tokens)


def _when(word: str) -> bool:
    if len(word) < 3 or not word.endswith("시"):
        return False
    tokens = morph.analyze(word)
    return bool(tokens) and len(tokens) == 2 and tokens[0][1] == "NNG" and tokens[0][3] >= 2 \
        and tokens[0][4] and tokens[1][0] == "시"


_HANGUL_RUN = re.compile(r"[가-힣]*")
_HANGUL_WORD = re.compile(r"[가-힣]+")


def _word_at(text: str, start: int, end: int) -> str:
    m = _HANGUL_RUN.match(text, end)  # at end, without copying the rest of the text
    return text[start:end] + (m.group() if m else "")


def _false_alarm(text: str, h: NameHit) -> bool:
    value = text[h.start:h.end]
    after = text[h.end:h.end + 16]
    if h.start > 0 and text[h.start - 1] in "×x" or _FILM_AFTER.match(after):
        return True
    if not _HANGUL_WORD.fullmatch(value):
        return False
    word = _word_at(text, h.start, h.end)
    if word in _CINEMA_WORDS or _PARTICLES.sub("", word) in _CINEMA_WORDS:
        return True
    if _SEAT_CLASS.fullmatch(_PARTICLES.sub("", word)):
        return True
    if word.endswith("기") and _REQUEST_AFTER.match(text, h.start + len(word)):
        return True
    if _when(word):
        return True
    rest = text[h.start + len(word):h.start + len(word) + 12]
    return bool(_NEXT_DESCRIBED.match(rest)) and _verb_form(word)


def veto_film_talk(text: str, names: list[NameHit]) -> list[NameHit]:
    """Drop the PERSON candidates that are the false alarms of the module docstring."""
    return [h for h in names if not _false_alarm(text, h)]
