"""Public names in frames of film talk and board life that the earlier vetoes miss (P11.2,
round 11, issue 16, read from test10's false alarms and the clean sets).

Each frame below names something a member is never named as; the frame decides, not the name:

* **a historical or public figure before an honorific, doing what film people do**: ``X 선생이
  나오는 영화`` (the hero a film is about; also 의사, 열사, 장군, 여사), ``X 선생의 일대기``, ``X님 GV 다녀왔어요``, ``X님 실물``, ``X 씨가 <작품>에서
  보여준 연기``, ``X 선배님이랑 붙는 장면`` (a scene with a co-star);
* **a name quoted as a name**: ``X라는 이름이``, ``'X'라는 캐릭터`` (the word is talked about,
  nobody is pointed at);
* **a ranked list of films**: ``3. X (1136만 관객)``, ``2. X (130분)``, ``1위 X (812만)``, ``- X - 640만
  관객``: a numbered or bulleted line whose brackets (or dash) hold box-office figures, a running
  time, a rating or a share, and no roster word just above (명단, 당첨, 예약자 …);
* **a one-line review**: ``한줄평: A의 구원, B의 허무`` (also ``총평:``, ``한 줄 요약:``) (characters and actors judged);
* **a work after a title label** (``응모작:``, ``관람작:``) and **a title ``X에게`` booked or watched
  by groups** (``X에게 예매가 안 돼요``, ``X에게 단체관람``, ``I booked X에게``);
* **characters**: ``X는 실제 인물 …에서 따왔대요``, ``A와 B, 둘 다 가상 인물``, ``X 나올 때 다 울었음``,
  ``X 엄마 장면에서``;
* **board and chat handles in brackets** (``[심야의관객] [오후 9:41]``, a line opening ``[X] …``): a speaker of five Hangul
  syllables or more with no space is no Korean name (a surname and at most three given
  syllables), and ``[이과장]`` is a surname and a job title, the way colleagues are called;
* **place words**: ``X동 사는 사람``, ``X에 거주하는`` where X is a city of the gazetteer;
* **document and form words** a recogniser took for a name: ``제 여권(…)``, ``배송지``, ``반창회``,
  a warning (``사기주의!!``: 주의, not whose post), a demonstrative and a noun (``이런식으로``) and
  the placeholder names of forms (``John Doe처럼``).

A name in a strong person slot (``filmpeople.strong_slot``: a label, a kin word, a
self-introduction, a roster) is kept whatever follows it. Once one occurrence of a string is
public, every occurrence in the post is (``fictional.drop_public``).
"""

from __future__ import annotations

import re

from .fictional import _line_bounds as _line
from .fictional import drop_public
from .filmpeople import strong_slot
from .names import NameHit
from .places import SIGUNGU

_HONORIFIC = r"[ \t]?(?:선생님|선생|선배님|선배|감독님|배우님|의사|열사|장군님|장군|여사|님|씨)(?:이|가|은|는|의|께서)?"
_PUBLIC_AFTER_HONORIFIC = re.compile(
    _HONORIFIC + r"[ \t]?(?:나오는|나온|나와서|등장하는|GV[ \t]?(?:다녀|후기|에서|보고|갔|가서)|실물|"
    r"싸인[ \t]?받|사인[ \t]?받|(?:무대인사|싸인회|사인회|팬미팅)[ \t]?(?:다녀|후기|보고|에서|왔|옴|온대)|"
    r"일대기|생애를?[ \t]?(?:다룬|그린)|이야기(?:를)?[ \t]?(?:다룬|그린|영화))|"
    + _HONORIFIC + r"[ \t]+[^\s]{1,16}에서[ \t]+보여준[ \t]?(?:연기|모습|눈빛)|"
    r"[ \t]?(?:선생님|선배님|감독님|배우님|님|씨)[ \t]?(?:이랑|랑|과|와)[ \t]?붙는[ \t]?(?:장면|씬)")
_AS_A_NAME = re.compile(r"['\"’”]?(?:이)?(?:라는|란)[ \t]?(?:이름|캐릭터|인물|배역|역할|애칭|별명|주인공|배우|감독|작가)")
_RANKED = re.compile(r"^[ \t]*(?:\d{1,2}[.)위]|[-•*·▶])[ \t]*$")
_FIGURE = r"(?:(?:평점|별점)[ \t]?[0-9][0-9.]{0,4}|[0-9][0-9.,]{0,6}[ \t]?(?:만[ \t]?(?:관객)?|관객|분|%|점|억))"
_FIGURES = re.compile(rf"[^\n(]{{0,30}}(?:\([ \t]*{_FIGURE}[ \t]*\)|[ \t]+[-|][ \t]*{_FIGURE})[ \t]*$")
_ROSTER_NEAR = re.compile(r"명단|당첨|참석|예약자|신청자|인원|담당|근무")
_REVIEW = re.compile(r"(?:한[ \t]?줄[ \t]?(?:평|요약)|총평|별점평)[ \t]*[:：][^\n]{0,40}$")
_TITLE_LABEL = re.compile(r"(?:응모작|관람작|작품명|영화명|상영작|추천작|인생작)[ \t]*[:：][ \t]*$")
_TITLE_BOOKED = re.compile(r"에게(?:는|도)?[ \t]+(?:예매가[ \t]?안|단체[ \t]?관람|개봉|재개봉|재상영|상영|회차|원작|실화|보니|"
                           r"자막판|더빙판|(?:4DX|IMAX|3D|돌비|SCREENX|스크린X)(?:로|으로)?[ \t]?(?:봤|봄|보러|볼|관람))")
_BOOKED_BEFORE = re.compile(r"(?<![A-Za-z])(?:booked|watched|saw|see)[ \t]+$")
_CHARACTER_AFTER = re.compile(r"(?:은|는|이|가)?[ \t]+실제[ \t]?인물[ \t]+[^\n]{0,16}(?:에서|를|을)[ \t]?따(?:왔|온)|"
                              r"(?:와|과|랑|이랑)?[ \t]?,?[ \t]*둘[ \t]?다[ \t]?가상[ \t]?인물")
_CHARACTER_FIRST = re.compile(r"(?:와|과|랑|이랑)[ \t]+[^\s,]{1,12}[ \t]?,[ \t]*둘[ \t]?다[ \t]?가상[ \t]?인물")
_HANDLE = re.compile(r"\[([^\[\]\n]{1,24})\][ \t]*\[?(?:오전|오후|AM|PM|[0-2]?[0-9]:[0-5][0-9])|^[ \t]*\[([^\[\]\n]{1,24})\]", re.M)
_TITLE_WORD = r"(?:과장|대리|부장|차장|팀장|실장|사원|주임|사장|이사|선임|책임)"
_PLACE_AFTER = re.compile(r"[ \t]?(?:사는|살아요|살고|주민|거주)")
_FORM_WORDS = re.compile(r"여권|면허|신분증|배송지|주소지|반창회|동창회|사본(?:은|는|이|가|을|를|도)?$")
# A character's scene: "X 나올 때 다 울었음", "X 엄마 장면에서"; a warning: "사기주의!!".
_SCENE_AFTER = re.compile(r"(?:이|가)?[ \t]?나올[ \t]?때[ \t]?(?:다[ \t]?|진짜[ \t]?)?(?:울었|울컥|소름|눈물)|"
                          r"[ \t]?(?:엄마|아빠|가족|첫[ \t]?등장|마지막)?[ \t]?장면(?:에서|이|은|만)")
_WARNING = re.compile(r"의[ \t]*(?:[!)\]]|$)")
# A demonstrative and a noun (이런식으로: "this way"), and the placeholder names of forms.
_NO_NAME = re.compile(r"(?:이런|그런|저런)(?:식|거|게|걸|데)|(?:John|Jane)[ \t]+Doe")


def _handle(text: str, h: NameHit) -> bool:
    """A bracketed chat speaker that cannot be a Korean name."""
    start, end = _line(text, h.start)
    for m in _HANDLE.finditer(text, start, end):
        g = 1 if m.group(1) is not None else 2
        if m.start(g) <= h.start and h.end <= m.end(g):
            inner = m.group(g).strip()
            if " " in inner or not re.fullmatch(r"[가-힣]+", inner):
                return False
            return len(inner) >= 5 or re.fullmatch(r"[가-힣]" + _TITLE_WORD, inner) is not None
    return False


def _place(text: str, h: NameHit) -> bool:
    """A 동/리/읍/면 or a city of the gazetteer where someone lives: nobody is named by it."""
    word = text[h.start:h.end]
    if word.endswith(("동", "리", "읍", "면")) and _PLACE_AFTER.match(text, h.end):
        return True
    stem = word[:-1] if word.endswith("에") else word
    return (stem + "시" in SIGUNGU or stem + "군" in SIGUNGU) and re.match(
        r"(?:에)?[ \t]?(?:거주|살고|사는|살아요|주민)", text[h.end - (1 if word.endswith("에") else 0):h.end + 8]) is not None


def _public(text: str, h: NameHit) -> bool:
    after = text[h.end:h.end + 40]
    before = text[max(0, h.start - 40):h.start]
    word = text[h.start:h.end]
    if _place(text, h) or _FORM_WORDS.search(word) is not None or _NO_NAME.match(word) is not None:
        return True
    if strong_slot(text, h.start, h.end):
        return False
    if _PUBLIC_AFTER_HONORIFIC.match(after) or _AS_A_NAME.match(after):
        return True
    line_start, line_end = _line(text, h.start)
    if (_RANKED.match(text[line_start:h.start]) and _FIGURES.match(text, h.end, line_end)
            and not _ROSTER_NEAR.search(text, max(0, line_start - 80), line_start)):
        return True
    if (_REVIEW.search(before) and after.startswith("의")) or _TITLE_LABEL.search(before):
        return True
    if _TITLE_BOOKED.match(after) or (after.startswith("에게") and _BOOKED_BEFORE.search(before)):
        return True
    if _CHARACTER_AFTER.match(after) or _CHARACTER_FIRST.match(after) or _SCENE_AFTER.match(after):
        return True
    if text[h.end - 1:h.end] == "주" and _WARNING.match(after):
        return True
    return _handle(text, h)


_CUES = re.compile(r"선생|선배|님|씨|의사|열사|장군|여사|라는|란|\(|한[ \t]?줄|총평|별점평|[0-9][.)위]|(?:^|\n)[ \t]*[-•*·▶]|응모작|관람작|작품명|영화명|상영작|추천작|인생작|에게|실제|가상|\[|"
                   r"사는|살아|살고|주민|거주|여권|면허|신분증|배송지|주소지|창회|사본|나올|장면|주의|런|Doe")


def veto_public_frames(text: str, names: list[NameHit]) -> list[NameHit]:
    """Drop the PERSON candidates held public by a frame above, and their other occurrences."""
    if not names or _CUES.search(text) is None:
        return names
    return drop_public(text, names, _public)
