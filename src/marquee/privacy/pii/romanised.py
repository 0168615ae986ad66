"""Names in other scripts and orders: romanised Korean, Latin-script and Hangul foreign names.

* **Romanised Korean names** (``KIM MINSU``, ``Hong Gil-dong``, ``Minsu Kim``, ``LEE, JI EUN``):
  a romanised surname from the census list next to a given name that splits entirely into
  romanised given-name syllables (two of them), in capitals or title case, family name
  first or last.
* **Latin-script foreign names** (``John Smith``, ``Maria Garcia``): a common first name in
  title case or capitals followed by a capitalised family name.
* **Foreign names written in Hangul with spaces** (``응우옌 반 안``, ``마이클 브라운``,
  ``왕 웨이``, ``바트 에르데네``, ``아지즈 카리모프``): two to four space-separated parts
  taken from lists of Vietnamese, Chinese, Mongolian, Central Asian and Western name
  parts (or the Central Asian ``-예프/-오바`` endings), at least one of them distinctive,
  the last optionally followed by particles or an honorific.

The lists are general knowledge (the most frequent names of each origin), not data.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import morph
from .names import _REST, NameHit

KO_SURNAMES = frozenset("""
kim gim lee yi rhee ri park pak bak choi choe jung jeong chung kang gang cho jo yoon yun jang
chang lim im han oh seo suh shin sin kwon gwon hwang ahn song ryu yoo hong jeon jun chun go ko
moon mun yang son sohn bae baek paik heo huh nam sim shim noh roh ha kwak gwak sung seong cha
joo ju woo koo gu min jin na ji chae won cheon bang gong kong hyun hyeon ham byun byeon yeom
yeo chu do seok suk sun seon seol sul ma gil yeon wi pyo myung myeong ki gi ban ra wang geum
ok yook yuk maeng je mo tak kook guk eom um namgung hwangbo jegal sunwoo seonwoo dokgo
namgoong namkung sagong seomun seomoon dongbang jekal hwangpo tokko
yu eo pyeon pyun kan gan bong boo tae mok eun keum kum
""".split())
KO_SYLLABLES = frozenset("""
min jun joon seo do yun yoon ye si woo u ha ju joo won ji ho hoo hu geon gun hyun hyeon hoon
hun jin sun seon jae yeon yu yoo jung jeong seung eun chan hyuk hyeok hwan su soo tae kyu gyu
young yeong sung seong seok suk dong han gyeol kyeol an ahn yul bin chul cheol sang kwang gwang
yong byung byeong ki gi jong chang wook uk kyung gyeong kyoung hee hui chae a ah rin lin na da
in ga so hye mi sook bo seul reum neul sol ri li on beom bum kyun gyun wan taek sik nam woong
ung hyung hyeong hyo ok ae ran ja soon hyang hwa hae myung myeong se sae seol gyeom kyeom ryung
ryeong rang il ram bom byeol som rae dam ryul yul ru ro ui eui eon ik je jee yi mu moo dae
de hak gook guk gil deok duk pil bok bong il ki gyo kyo hwi sub seop heum
""".split())
# Revised Romanization of every given-name syllable in the lexicon, plus the McCune-
# Reischauer-style spellings people still use (eo→u/o, eu→u, ae/ai, k/g, t/d, p/b, ch/j),
# so the syllable inventory is complete rather than a hand list.
_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
             "p", "h"]
_MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
            "we", "wi", "yu", "eu", "ui", "i"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
           "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
_VARIANTS = (("eo", "u"), ("eo", "o"), ("eu", "u"), ("ae", "ai"), ("g", "k"), ("d", "t"), ("b", "p"),
             ("j", "ch"), ("r", "l"), ("oo", "u"), ("u", "oo"), ("i", "ee"), ("yeo", "yo"), ("k", "g"),
             ("ui", "ee"), ("wo", "wu"), ("s", "sh"))


def _romanise(syllable: str) -> set[str]:
    code = ord(syllable) - 0xAC00
    base = _INITIALS[code // 588] + _MEDIALS[(code % 588) // 28] + _FINALS[code % 28]
    forms = {base}
    for a, b in _VARIANTS:
        forms |= {f.replace(a, b, 1) for f in forms if a in f}
    return forms


def _syllable_inventory() -> frozenset[str]:
    from .lexicon import GIVEN_ANY, GIVEN_RARE

    out: set[str] = set()
    for syl in GIVEN_ANY | GIVEN_RARE:
        out |= _romanise(syl)
    return frozenset(f for f in out if len(f) >= 2 or f in ("a", "u", "o", "e"))


KO_SYLLABLES = KO_SYLLABLES | _syllable_inventory()
_WESTERN_FIRST = frozenset("""
john james michael david robert william richard joseph thomas charles daniel matthew mark paul
peter kevin brian george edward steven andrew chris christopher ryan jason eric jacob ethan
alex alexander benjamin lucas noah liam oliver henry jack samuel tom sam mary patricia jennifer
linda elizabeth barbara susan jessica sarah karen emily emma olivia sophia ava isabella mia
anna maria laura julia sophie hannah grace chloe amy lisa nancy kate katie rachel rebecca
anne marie elena natalia olga irina sergei ivan dmitri nguyen minh thanh anh mohammed ahmed
ali omar hassan fatima aisha raj priya carlos jose juan luis miguel ana lucia pierre jean
hans klaus yuki hiroshi takeshi kenji akira
""".split())
_LATIN_WORD = r"[A-Z][a-z]{1,14}|[A-Z]{2,15}"
_GIVEN_FIRST = r"[A-Z][a-z]{1,7}-[A-Za-z][a-z]{1,6}"  # Min-jae Hwang
_ROMAN = re.compile(
    rf"(?<![A-Za-z0-9@.])({_GIVEN_FIRST}|{_LATIN_WORD})(?:,[ \t]?|[ \t])((?:{_LATIN_WORD})(?:[- ](?:{_LATIN_WORD}|[a-z]{{2,6}}))?)"
    r"(?![A-Za-z0-9@]|\.[A-Za-z])")


def _syllables(given: str) -> int:
    """How many romanised syllables ``given`` splits into (0 when it does not split)."""
    parts = [p for p in re.split(r"[- ]", given.lower()) if p]
    total = 0
    for part in parts:
        n = _split(part)
        if not n:
            return 0
        total += n
    return total


def _split(word: str) -> int:
    best = [0] + [-1] * len(word)
    for i in range(1, len(word) + 1):
        for k in range(max(0, i - 5), i):
            if best[k] >= 0 and word[k:i] in KO_SYLLABLES:
                best[i] = best[k] + 1 if best[i] < 0 else min(best[i], best[k] + 1)
    return max(best[-1], 0)


def glued_korean_name(word: str) -> bool:
    """A romanised Korean name typed as one word in capitals (KIMMINJI, NAMGUNGSUBIN): a
    census surname and one or two given-name syllables."""
    if not (4 <= len(word) <= 16 and word.isascii() and word.isalpha() and word.isupper()):
        return False
    low = word.lower()
    return any(low[:n] in KO_SURNAMES and 1 <= _syllables(low[n:]) <= 2 for n in range(2, 8))


def _roman_hits(text: str) -> list[NameHit]:
    hits = []
    for m in _ROMAN.finditer(text):
        a, b = m.group(1), m.group(2)
        end = m.end()
        if " " in b and _syllables(b) != 2 and _syllables(b.split(" ")[0]) == 2:
            b = b.split(" ")[0]  # Kang, Minji and …: the name stops before an English word
            end = m.start(2) + len(b)
        if a.lower() in KO_SURNAMES and _syllables(b) == 2 and b.lower() not in KO_SURNAMES | {"an"}:
            hits.append(NameHit(m.start(), end, 0.75))
        elif b.lower() in KO_SURNAMES and " " not in b and _syllables(a) == 2 and a.lower() not in KO_SURNAMES:
            hits.append(NameHit(m.start(), end, 0.7))
        elif a.lower() in _WESTERN_FIRST and b[:1].isupper() and b.lower() not in _WESTERN_FIRST | {"the"}:
            if " " in b and b.split(" ", 1)[1][:1].islower():  # Tom Cruise is …: a verb, not a name
                end = m.start(2) + len(b.split(" ", 1)[0])
            hits.append(NameHit(m.start(), end, 0.7))
    return hits


# A romanised Korean name typed in lower case, the given name hyphenated (``kim ye-rin``), on its
# own or before Korean text, a digit or punctuation (never inside English prose: ``go to-do list``).
_LOWER_ROMAN = re.compile(r"(?<![A-Za-z0-9@.\-])([a-z]{2,7})[ \t]([a-z]{1,4}-[a-z]{1,4})"
                          r"(?=$|[\n,.!?:;)]|[ \t]*(?:$|\n|[^ \tA-Za-z]))")


def _lower_roman(text: str) -> list[NameHit]:
    hits = []
    for m in _LOWER_ROMAN.finditer(text):
        surname, given = m.groups()
        parts = given.split("-")
        if surname in KO_SURNAMES and all(_split(p) == 1 for p in parts) and given.replace("-", "") not in KO_SURNAMES:
            hits.append(NameHit(m.start(), m.end(), 0.7))
    return hits


# Distinctive parts: rarely, if ever, ordinary Korean words.
_FOREIGN_STRONG = frozenset("""
응우옌 응웬 뉴옌 호앙 후인 즈엉 쯔엉 응오 부이 레티 팜티 트란 찐 쩐 팜 마이클 제임스 데이비드 로버트
윌리엄 리처드 조셉 토머스 찰스 다니엘 매튜 크리스토퍼 케빈 브라이언 스티븐 앤드루 라이언 제이슨
에릭 제이콥 알렉산더 벤자민 루카스 올리버 헨리 사무엘 제니퍼 엘리자베스 제시카 사라 에밀리 엠마
올리비아 소피아 이사벨라 안나 마리아 줄리아 한나 레베카 스미스 존슨 윌리엄스 브라운 존스 밀러
데이비스 가르시아 로드리게스 윌슨 마르티네스 앤더슨 테일러 톰슨 해리스 클라크 루이스 워커 웨이
왕웨이 샤오밍 리웨이 장웨이 쥔 팡 징 하오 옌 레이 밍 엥흐 바야르 에르데네 바트 볼드 오치르 체렌
수렌 돌고르 간바트 바트바야르 어용 토야 알리셰르 아지즈 루스탐 딜노자 구리나라 나르기자 압둘라
무하마드 아흐마드 알리 굴나라 자밀라 티무르 파티마 아이굴 세르게이 드미트리 이반 나탈리아 올가 이리나
안드레이 블라디미르 타티아나 유키 히로시 다케시 겐지 아키라 사쿠라
""".split())
_FOREIGN_WEAK = frozenset("""
반 티 레 쩐 팜 판 부 보 당 도 호 리 응 빈 안 민 흐엉 투 타오 린 화 란 존 폴 피터 마크 톰 샘 잭 메리
앤 케이트 리사 왕 장 류 천 양 자오 황 저우 우 쉬 쑨 후 주 가오 린 허 궈 마 뤄 량 쑹 정 셰 한 탕 펑
위 둥 샤오 청 차오 위안 덩 쉬 푸 선 쩡 펑 뤼 쑤 루 장 웨 나 민 리 친 양 타오 바타 간 수흐 이 에
남 훙 꽝 중 뚜언 흐엉 히엔 투이 항 하 마이 꾸인 롱 퐁 끄엉 비엣 둑 짱
""".split())
# Russian-style family names of Central Asia (카리모프, 우스마노바, 압둘라예프) and -벡/-베크.
_CENTRAL_ASIAN = re.compile(r"[가-힣]{2,5}(?:프|노바|로바|모바|예바|에바|코바|도바|베크|벡)")
_HANGUL_WORD = re.compile(r"[가-힣]+")


# Loanwords that end like a Central Asian family name (round 13, read from test14: ``와이프
# 정은정이랑`` was read as one foreign name, whose span then hid the Korean one inside it).
_LOAN_ENDINGS = frozenset({"와이프", "스카프", "테이프", "하우스키프"})


def _part_kind(part: str) -> str:
    if part in _FOREIGN_STRONG or (_CENTRAL_ASIAN.fullmatch(part) and part not in _LOAN_ENDINGS):
        return "strong"
    return "weak" if part in _FOREIGN_WEAK else ""


@lru_cache(maxsize=16384)
def _part_at(word: str) -> tuple[str, str, bool]:
    """(core, kind, particles glued) for one space-separated part."""
    kind = _part_kind(word)
    if kind:
        return word, kind, False
    for k in range(len(word) - 1, 0, -1):  # particles glued on end the name: 안이, 브라운씨가
        if _REST.fullmatch(word[k:]) and _part_kind(word[:k]):
            return word[:k], _part_kind(word[:k]), True
    return word, "", False


_CELL_PART = re.compile(r"[가-힣]{1,6}")


def foreign_cell(value: str) -> bool:
    """A table cell or list line that is only a Hangul foreign name: two to four parts split by
    spaces or a middle dot (read as a full stop after normalising: 마이클.스티븐슨), one of
    them distinctive; the others may be family names outside every list (나탈리아 페트로바)."""
    parts = re.split(r"[ \t.]", value)
    return 2 <= len(parts) <= 4 and all(_CELL_PART.fullmatch(p) for p in parts) \
        and any(_part_kind(p) == "strong" for p in parts)


# Whether a post has a distinctive part at all, in two searches: the listed parts (whose first
# characters the regex engine scans for), and a Central Asian ending after two Hangul syllables
# (what _CENTRAL_ASIAN needs; one search over every Hangul position cost four times as much).
_ANY_LISTED = re.compile("|".join(sorted(_FOREIGN_STRONG, key=len, reverse=True)))
_ANY_CENTRAL_ASIAN = re.compile(r"(?<=[가-힣]{2})(?:프|노바|로바|모바|예바|에바|코바|도바|베크|벡)")


def _any_strong(text: str) -> bool:
    return _ANY_LISTED.search(text) is not None or _ANY_CENTRAL_ASIAN.search(text) is not None


def _hangul_foreign(text: str) -> list[NameHit]:
    """Space-separated Hangul name parts of foreign origin (see the module docstring)."""
    if not _any_strong(text):
        return []  # every name needs one distinctive part: most posts have none
    words = list(_HANGUL_WORD.finditer(text))
    hits: list[NameHit] = []
    i = 0
    while i < len(words):
        kinds, best, j = [], None, i
        while j < len(words) and len(kinds) < 4:
            w = words[j]
            if j > i and text[words[j - 1].end():w.start()] not in (" ", "\t"):
                break
            core, kind, glued = _part_at(w.group())
            if not kind:
                break
            kinds.append(kind)
            if len(kinds) >= 2 and "strong" in kinds:
                best = (w.start() + len(core), j)
            j += 1
            if glued:
                break
        if best is None and kinds[:1] == ["strong"] and i + 1 < len(words) and j == i + 1:
            end = _unseen_family(text, words[i], words[i + 1])
            best = (end, i + 1) if end is not None else None
        if best is not None:
            hits.append(NameHit(words[i].start(), best[0], 0.7))
            i = best[1] + 1
        else:
            i += 1
    return hits


_PERSON_REST = re.compile(r"(?:이)?(?:랑|하고|한테|에게|와|과|씨|님)")
_FAMILY_REST = re.compile(r"(?:이)?(?:랑|하고|한테|에게|와|과|가|는|도|의|를|씨|님)(?:은|는|도|이|가|한테|께)?|"
                          r"(?:이)?(?:에요|예요|입니다|라고|래요)")


def _unseen_family(text: str, first, second) -> int | None:
    """A distinctive foreign first name and a family name in no list, with a person particle,
    an honorific or a copula glued on (``마리아 곤잘레스랑``, ``루카스 뮐러한테``, ``바트 에르덴이에요``),
    or as a chat speaker (``에밀리 하트웰: …``): the family part must be two to five syllables
    Kiwi does not know as a word."""
    if text[first.end():second.start()] not in (" ", "\t") or _part_kind(first.group()) != "strong":
        return None
    word = second.group()
    speaker = text[second.end():second.end() + 1] in (":", "：") and len(word) <= 5
    for k in range(2, min(len(word), 5) + 1):
        if _FAMILY_REST.fullmatch(word[k:]) or (speaker and k == len(word)):
            core = word[:k]
            tokens = morph.analyze(core)
            whole = bool(tokens) and len(tokens) == 1 and tokens[0][3] == len(core)
            if whole and (not tokens[0][4] or tokens[0][1] == "NNP" and _PERSON_REST.match(word, k)):
                return second.start() + k  # unseen, or a known family name (뮐러) before 랑/한테
            return None
    return None


# Labels that only ever precede a person's name, in English and Korean, with a separator.
_PERSON_LABEL = (r"(?:(?:Dear|Mr|Mrs|Ms|Miss|Dr|Attn|Passenger|Guest(?:[ \t]name)?|Customer(?:[ \t]name)?|"
                 r"Contact(?:[ \t]person)?|(?:Full|First|Last|Holder|Account[ \t]holder)?[ \t]?[Nn]ame|NAME|"
                 r"Looking[ \t]for|성명[ \t]?\(영문\)|영문[ \t]?(?:성명|이름)|참가자|인솔자|신청인|신청자|발신인|"
                 r"성명|이름|성함|예약자(?:명)?|예금주|입금자(?:명)?|수령인|받는[ \t]?분|고객|"
                 r"From:|(?:Ticket|Card|Booking)[ \t]holder|Booked[ \t](?:under|by)|명의(?:는|가)?|"
                 r"영문[ \t]?(?:이름|성명)(?:은|는)?)\.?)")
_LATIN_PART = r"[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?"
_LABELLED_LATIN = re.compile(
    rf"(?<![A-Za-z]){_PERSON_LABEL}[ \t]*[:：\-–]?[ \t]*((?:{_LATIN_PART})(?:[ \t](?:{_LATIN_PART})){{1,2}})"
    r"(?![A-Za-z0-9@])")
# A letter's writer: ``I, Amelia Clarke, lost …`` and the name under a sign-off line.
_LETTER_LATIN = re.compile(
    rf"(?:(?<![A-Za-z])I,[ \t]+((?:{_LATIN_PART})(?:[ \t](?:{_LATIN_PART})){{1,2}}),|"
    r"(?:Sincerely|(?:Best|Kind|Warm)[ \t]regards|Regards|Yours[ \t](?:sincerely|faithfully|truly)|Cheers),?"
    rf"[ \t]*\n[ \t]*((?:{_LATIN_PART})(?:[ \t](?:{_LATIN_PART})){{1,2}})(?![A-Za-z0-9@]))")
# English words that fill a name slot on tickets and forms without naming anyone.
_NOT_LATIN_NAMES = frozenset("""
standard ticket tickets adult adults child children senior student same as above below booking total
premium seat seats regular general admission vip couple family group member members guest guests none
unknown customer customers valued sir madam team support manager staff service center centre office
the and of for package combo special night day morning movie film show screen hall cinema theater theatre
marquee info information please see attached n a tbd not applicable owner holder card account name
""".split())
_CAPITALISED = re.compile(r"[A-Z][a-zA-Z]")  # a Latin word with a capital: the gate of the Latin scans
_HONORIFIC = re.compile(r"[ \t]?(?:님|씨)(?![가-힣])")
_SPACED_PARTS = re.compile(r"(?<![가-힣])[가-힣]{1,5}(?:[ \t][가-힣]{1,5}){1,2}$")


def _labelled(text: str) -> list[NameHit]:
    """Any Latin name after a person-only label (``Dear Amelia Clarke``, ``Name: Baek Woojin``,
    ``성명(영문): Amelia Clarke``) or as a letter's writer (``I, Amelia Clarke,``, a sign-off),
    and spaced Hangul foreign names before 님/씨 with one foreign part (``바트 에르덴 님``)."""
    hits = []
    if _CAPITALISED.search(text):
        for m in _LABELLED_LATIN.finditer(text):
            parts = re.split(r"[ \t]", m.group(1))
            if not any(p.lower() in _NOT_LATIN_NAMES for p in parts):
                hits.append(NameHit(m.start(1), m.end(1), 0.72))
        for m in _LETTER_LATIN.finditer(text) if ("I," in text or "\n" in text) else ():
            g = 1 if m.group(1) else 2
            if not any(p.lower() in _NOT_LATIN_NAMES for p in re.split(r"[ \t]", m.group(g))):
                hits.append(NameHit(m.start(g), m.end(g), 0.72))
    for h in _HONORIFIC.finditer(text) if ("님" in text or "씨" in text) else ():
        lo = max(0, h.start() - 18)
        m = _SPACED_PARTS.search(text, lo, h.start())
        if m is None or (m.start() == lo and lo > 0 and "가" <= text[lo - 1] <= "힣"):
            continue
        parts = re.split(r"[ \t]", m.group())
        if any(_part_kind(p) == "strong" for p in parts) and all(len(p) >= 2 or _part_kind(p) for p in parts):
            hits.append(NameHit(m.start(), m.end(), 0.7))
    return hits


def find_foreign_names(text: str, allowed=None) -> list[NameHit]:
    """Romanised Korean, Latin-script foreign and spaced Hangul foreign names."""
    hits: list[NameHit] = []
    if _CAPITALISED.search(text):
        hits += _roman_hits(text)
    if "-" in text:
        hits += _lower_roman(text)
    if " " in text:
        hits += _hangul_foreign(text)
        taken = [(h.start, h.end) for h in hits]
        hits += [h for h in _labelled(text) if not any(h.start < e and s < h.end for s, e in taken)]
    if allowed is not None:
        hits = [h for h in hits if not allowed(h.start, h.end)]
    return hits
