"""Labels that name a team or an organisation, not a person (P11.2, round 9, issue 16, read
from test9).

* **a shift team in a roster**: ``오픈조: 매니저 1, 미소지기 2`` labels a headcount. A label ending in
  a team word (``조``, ``팀``, ``반``, ``파트``, ``타임``) whose value is a list of at least two
  ``<role> <number>`` items is a team; ``민수: 팝콘 2, 콜라 1`` (no team word) stays a speaker.
* **an organisation as a mail's sender**: ``보낸사람: 마퀴 고객센터 <help@…>`` — a name followed by
  a department word on a sender or recipient line is the company (any brand, not only the
  operator's declared one); its other occurrences (``[마퀴] 주문하신 …``) go too.
  ``보낸사람: 김민수 <minsu@…>`` stays masked.
"""

from __future__ import annotations

import re

from .fictional import drop_public
from .names import NameHit

_HEADCOUNT = r"[가-힣A-Za-z]{1,8}[ \t]?[0-9]{1,2}명?"
_TEAM_WORD = re.compile(r"(?:조|팀|반|파트|타임)$")
_HEADCOUNT_VALUE = re.compile(r"[ \t]*[:：][ \t]*" + _HEADCOUNT + r"[ \t]*[,·][ \t]*" + _HEADCOUNT)
_DEPARTMENT = re.compile(r"[ \t]+(?:고객센터|고객지원팀|고객지원센터|고객만족팀|운영팀|운영사무국|사무국|CS팀|"
                         r"고객서비스|서비스센터|콜센터)(?![가-힣])")
_SENDER_LINE = re.compile(r"(?:보낸[ \t]?사람|보낸이|발신자?|받는[ \t]?사람|수신자?|[Ff]rom|[Tt]o)[ \t]*[:：][ \t]*$")


def _team_or_company(text: str, h: NameHit) -> bool:
    word_end = h.end
    while word_end < len(text) and "가" <= text[word_end] <= "힣":
        word_end += 1
    if _TEAM_WORD.search(text, h.start, word_end) and _HEADCOUNT_VALUE.match(text, word_end):
        return True
    line_start = text.rfind("\n", 0, h.start) + 1
    return bool(_DEPARTMENT.match(text, h.end)) and bool(_SENDER_LINE.search(text[line_start:h.start]))


def veto_team_labels(text: str, names: list[NameHit]) -> list[NameHit]:
    """Drop shift teams and senders' companies, and every other occurrence of a company."""
    if ":" not in text and "：" not in text:  # both frames need a colon (round 10)
        return names
    return drop_public(text, names, _team_or_company)
