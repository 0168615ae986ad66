"""Road-name (도로명) and lot-number (지번) addresses.

An address is ``[시·도] [시·군·구]… [읍·면] road|lot number [, 동·층·호] [(참고항목)]``.
With a 시·도 or 시·군·구 from the gazetteer in front, the shape alone is enough. Without
one (``테헤란로 427``, ``역삼동 123-45``) the road or 동 word must look like a name — Kiwi
reads it as a proper noun, or it has a ``…번길``/``…대로`` form — and not like a word
plus the particle 로 (``회사로 3시까지``), and address words nearby add confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import morph
from .places import SIDO, SIGUNGU


@dataclass(slots=True)
class AddressHit:
    start: int
    end: int
    score: float
    mask_from: int  # normalised position where masking starts (the building/lot number)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_GAP = r"(?:[ \t]+|[ \t]*,[ \t]*)"
_ADMIN = (rf"(?P<admin>(?:(?:{_alt(SIDO)}){_GAP})?"
          rf"(?:(?:{_alt(SIGUNGU)}){_GAP}){{0,2}}"
          r"(?:[가-힣]{1,4}(?:읍|면)[ \t]+)?)")
# The side street may carry a letter syllable after its number: 이태원로27가길, 세종로 5나길.
_ROAD = r"(?P<road>[가-힣][가-힣0-9·.]{0,14}?(?:대로|로|길)(?:[ \t]?[0-9]{1,4}(?:번)?(?:[가-힣]가|[가나다라마바사아자차카타파하])?길)?)"
_LOT = r"(?P<lot>[가-힣][가-힣0-9]{0,8}?(?:동|리|가|읍|면))"
# A number followed by a unit is not a building number (회사로 3시, 대구동성로 7관).
# 가 glued to the number makes a neighbourhood (을지로3가, 종로3가역), not a building number.
# A screening format glued on is a hall, not a building: 대학로 4DX, 충무로 3D, 동성로 4D관.
# After a lot number with a hyphen, 가 is the subject particle (용봉동 757-35가 아니라; round 13).
_NUM_END = (r"(?![0-9]|번(?!지)|[시분초원명개회살세년월일장매석권박차층%㎡평대곳종편관]|[Dd][Xx]?(?![A-Za-z])"
            r"|(?<!-[0-9])(?<!-[0-9]{2})(?<!-[0-9]{3})(?<!-[0-9]{4})가)")
# An apartment complex between the lot number and 동/호: ``(래미안아파트) 101동``,
# ``한빛아파트 3단지 101동``, ``(역삼동, 래미안)``.
_COMPLEX_WORD = (r"(?:[가-힣A-Za-z0-9]{1,10}[ \t])?[가-힣A-Za-z0-9]{0,12}(?:아파트|APT|apt|빌라|맨션|오피스텔|타워|하이츠|캐슬|자이|"
                 r"푸르지오|힐스테이트|래미안|아이파크|더샵|롯데캐슬|주공|빌리지|타운|빌딩|빌(?!딩))(?:[ \t]?[0-9]{1,2}(?:단지|차))?")
# Any other name (one or two words: 잠실엘스, 별빛마을8단지 LH) counts when 동 and 호
# follow it, also written 제101동 제1203호 or 101-1203.
# A house or villa with no 동 numbers its flats alone: ``성원주택 303호`` (round 13, test9/test14).
_DH = (r"(?:제[ \t]?)?[0-9A-Za-z]{1,5}동[ \t]*(?:제[ \t]?)?[0-9]{1,5}호|[0-9]{2,4}-[0-9]{3,4}(?![0-9\-])"
       r"|[0-9]{3,4}호(?![0-9]|점|선|기|차|관)"
       # a lettered or numbered building and its floor: 에이치스퀘어 N동 6층 (round 13, test13)
       r"|[0-9A-Za-z]{1,3}동[ \t]*(?:지하[ \t]?)?[0-9]{1,2}층")
_DONG_HO_AHEAD = rf"(?=[ \t]*(?:{_DH}))"
# A name with its unit right after it comes first, so that a brand inside a longer name
# (송도더샵퍼스트파크 F15블록 1503동) does not end the complex early (round 13, test14).
_COMPLEX = (rf"(?:[ \t]*,?[ \t]*(?:\([가-힣A-Za-z0-9 ,]{{2,24}}\)(?=[ \t]*[0-9A-Za-z]{{1,5}}(?:동|호))"
            rf"|[가-힣A-Za-z0-9]{{2,14}}(?:[ \t][가-힣A-Za-z0-9]{{1,8}})?{_DONG_HO_AHEAD}|{_COMPLEX_WORD}))?")
# 101동 1203호 written 101-1203 after a complex (or after the building number and a comma).
# The reference item in brackets at the end (역삼동, 래미안) holds a letter and is not across a
# tab: ``\t(010)1234-5678`` in the next cell of a table row is a phone's area code.
_DONG_HO_PAIR = r"(?:[ \t]*,?[ \t]*[0-9]{2,4}-[0-9]{3,4}(?:호)?(?![0-9\-]))?"
_DETAIL = (r"(?P<detail>" + _COMPLEX + _DONG_HO_PAIR + r"(?:[ \t]*,?[ \t]*(?:(?:제[ \t]?)?[0-9A-Za-z]{1,5}동)?"
           r"[ \t]*(?:지하[ \t]?)?(?:[0-9]{1,3}층)?"
           r"[ \t]*(?:(?:제[ \t]?)?[0-9A-Za-z]{1,5}호)?)(?:[ ]*\((?=[^)\n]*[가-힣A-Za-z])(?![^)\n]*[0-9]{2,4}[ .\-]+[0-9]{3,4})"
           # who receives the parcel, in brackets after it, is no part of the address (round 14)
           r"(?![ \t]*(?:받는|받으시는|수령|수취|보내는)[ \t]?(?:분|사람|인))"
           r"[가-힣0-9A-Za-z ,.\-]{1,30}\))?)")
_ADDRESS = re.compile(
    rf"(?<![가-힣A-Za-z0-9]){_ADMIN}(?:"
    rf"{_ROAD}[ \t]?(?P<bldg>(?:지하[ \t]?)?[0-9]{{1,4}}(?:-[0-9]{{1,4}})?(?:번지)?){_NUM_END}"
    rf"|{_LOT}[ \t]?(?P<lotnum>(?:산[ \t]?)?[0-9]{{1,4}}(?:-[0-9]{{1,4}})?(?:[ \t]?번지)?){_NUM_END}"
    rf"){_DETAIL}")
_UNIT = re.compile(r"[0-9]호$")
_PREFILTER = re.compile(r"(?:로|길|동|리|가|읍|면)[ \t]?(?:지하[ \t]?|산[ \t]?)?[0-9]")
_ADDRESS_CUES = re.compile(
    r"주소|사는|살아|살고|거주|위치|배송|배달|보내|택배|동네|근처|건물|아파트|빌라|오피스텔|우편|도로명|"
    r"지번|자택|집|사무실|회사|매장|가게|찾아|오시|방문|이사")
# Words ending in 로/길 that are adverbs or a noun plus the particle 로, never road names.
_ROAD_STOP = frozenset(
    """바로 새로 서로 별로 따로 스스로 그대로 멋대로 마음대로 제멋대로 절대로 실제로 주로 대로 정말로
    진짜로 억지로 날로 저절로 홀로 때로 함부로 차례로 순서대로 예정대로 맘대로 이대로 저대로 그길
    이길 가는길 오는길 골목길 산책길 퇴근길 출근길 귀갓길 등굣길 하굣길 밤길 눈길 빗길 첫길 지름길
    뒷길 옆길 한길 외길 갈림길 오솔길 시골길 고속도로 도로 차로 항로 경로 통로 진로 미로 활로 선로
    철로 수로 복도로 방향으로 쪽으로 뒤로 앞으로 위로 아래로 옆으로 안으로 밖으로 처음으로 최초로
    마지막으로 공짜로 무료로 현금으로 카드로 문자로 전화로 메일로 택배로 퀵으로 직거래로 정가로""".split()
)


def find_addresses(text: str) -> list[AddressHit]:
    if _PREFILTER.search(text) is None:
        return []
    hits: list[AddressHit] = []
    for m in _ADDRESS.finditer(text):
        admin = m.group("admin") or ""
        road = m.group("road")
        word = road or m.group("lot") or ""
        num_start = m.start("bldg") if road else m.start("lotnum")
        detail = (m.group("detail") or "").strip(" \t,")
        end = m.end("detail") if detail else (m.end("bldg") if road else m.end("lotnum"))
        if word in _ROAD_STOP or word.endswith("으로"):
            continue
        if admin.strip():
            score = 0.9
        else:
            score = _bare_score(text, m, word, bool(road), detail)
            if score < 0.6:
                continue
        hits.append(AddressHit(m.start(), end, score, num_start))
    return hits


def _bare_score(text: str, m: re.Match[str], word: str, is_road: bool, detail: str) -> float:
    """Confidence for a road or lot address with no 시·도/시·군·구 in front."""
    if word in _ROAD_STOP or word.endswith("으로"):
        return 0.0
    if is_road:
        if re.search(r"[0-9]번?[가-힣]?길$", word) or word.endswith("대로"):
            score = 0.7
        elif len(word) <= 2:
            return 0.0
        else:
            score = 0.5
    else:
        num = m.group("lotnum")
        if "번지" in num or num.startswith("산"):
            score = 0.7
        elif "-" in num:
            score = 0.55
        else:
            score = 0.35
    tokens = morph.analyze(word)
    if tokens is not None:
        if any(t[1].startswith(("V", "XS", "E", "MA")) for t in tokens):
            return 0.0
        if len(tokens) == 1 and tokens[0][1] in ("NNP", "NNG"):
            # One proper noun, or one word Kiwi does not know: a road or 동 name.
            score += 0.2 if (tokens[0][1] == "NNP" or not tokens[0][4]) else _common_word_penalty(m, detail)
        elif tokens[-1][1].startswith("J"):
            # Kiwi reads …로 as a particle: fine after a word it does not know
            # (달구벌대+로), not after a common word (회사+로).
            stem_known = any(t[4] and t[1] in ("NNG", "NP", "NNB", "NR") for t in tokens[:-1])
            if stem_known and not _UNIT.search(detail):  # 동교로 171 602호: a unit says road
                return 0.0
        elif not _syllable_split(tokens) and not any(t[1] == "NNP" for t in tokens):
            score -= 0.15
    if detail:  # a flat number at the end (… 써니빌 102호) says home more than a floor does
        score += 0.3 if _UNIT.search(detail) else 0.15
    left = text[max(0, m.start() - 25):m.start()]
    if _ADDRESS_CUES.search(left) is not None:
        score += 0.15
    return score


def _syllable_split(tokens) -> bool:
    """Kiwi cuts a 동 name it does not know into one-syllable nouns (풍덕천동 → 풍/덕/천/동):
    a run of three or more such pieces is one unknown name, not a phrase (round 14, test16)."""
    return len(tokens) >= 3 and all(t[1] == "NNG" and t[3] == 1 for t in tokens)


def _common_word_penalty(m: re.Match[str], detail: str) -> float:
    """A 동 word that is also a common word (연동, 우동) reads as a place when a lot number with
    a hyphen and a floor or unit follow it (``연동 49-2 2층``); otherwise it is the word."""
    if m.group("lot") and "-" in (m.group("lotnum") or "") and re.search(r"[0-9](?:층|호)", detail):
        return -0.1
    return -0.3
