"""Names held by a predicate that only a person fills (P11.2, issue 16 round 8).

Some phrases after a noun say it is a person, with no title or relation word near it:
``X 말로는`` (according to X), ``X 덕분에`` (thanks to X), ``X의 생일`` (X's birthday),
``X를 우연히 만났다`` (ran into X), ``X가 추천해서`` (X recommended), ``X가 흔쾌히`` (X gladly …),
``X가 쏘기로`` (X treats), ``X가 온다는데`` (X is coming), and (round 11) ``X 명함이``, ``X 실명이랑``
(X's business card, X's real name), ``X 앞으로 부탁드립니다`` (a refund or transfer to X's
account), ``X가 (보내/알려) 준 번호`` (the number X gave). The noun must still look like a name:
a census surname and one or two typical given-name syllables (a compound surname and one or
two), and no dictionary word, place or verb reading (``친구 덕분에``, ``날씨 덕분에``), nor one
syllable before a dictionary word (``정주행 덕분에``: 정+주행).
"""

from __future__ import annotations

import re

from . import lexicon as L
from .names import NameHit
from .repeats import looks_like_name

_SURNAMES = "".join(sorted(L.COMMON_SURNAMES | L.RARE_SURNAMES))
_COMPOUND = "|".join(sorted(L.COMPOUND_SURNAMES))
_PREDICATE = (r"[ \t]?(?:말로는|말론|덕분에)|[ \t](?:명함|실명)(?:이랑|이|을|도|과)|의[ \t]생일|[을를][ \t](?:우연히[ \t])?만나|[을를][ \t]우연히"
              r"|[이가][ \t](?:추천해|흔쾌히|쏘기로|쏜대|온다는데|온대|소리\s?지름)"
              r"|[ \t]앞으로[ \t]?(?:부탁|입금|송금|환불|보내|이체|넣어|해[ \t]?주)"
              r"|[이가][ \t](?:(?:보내|알려)[ \t]?)?(?:준|줬던)[ \t](?:번호|연락처|전화번호|폰번호|메일|이메일|주소|계좌|(?:외국인)?등록증|신분증|여권)")
# A literal every alternative of _PREDICATE holds (round 13, exact): posts with none skip the
# frame scans, which open with a look-behind and so test every position.
PREDICATE_HINT = re.compile("말로는|말론|덕분에|명함|실명|생일|만나|우연히|추천해|흔쾌히|쏘기로|쏜대|온다는데|온대|소리|"
                            "앞으로|준[ \t]|줬던")
_FRAMED = re.compile(rf"(?<![가-힣])((?:{_COMPOUND})[가-힣]{{1,2}}|[{_SURNAMES}][가-힣]{{1,2}})(?={_PREDICATE})")


def _name(word: str) -> bool:
    # The predicate says "a person": a name Kiwi knows as a proper noun (정훈) counts too.
    return looks_like_name(word, 2 if word[:2] in L.COMPOUND_SURNAMES else 1, proper_ok=True)


def find_predicate_names(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Names before the predicates of the module docstring, not overlapping ``taken``."""
    hits = []
    for m in _FRAMED.finditer(text) if PREDICATE_HINT.search(text) else ():
        s, e = m.span(1)
        if any(a < e and s < b for a, b in taken) or (allowed is not None and allowed(s, e)):
            continue
        if _name(m.group(1)):
            hits.append(NameHit(s, e, 0.7))
    return hits
