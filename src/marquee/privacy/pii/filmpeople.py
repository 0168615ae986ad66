"""A gazetteer of film people and public figures, used only to veto cue-less name guesses (P11.2, round 11, issue 16).

Film talk names directors, actors and composers of widely released films without any frame
(``Christopher Nolan은 이번에도``, ``Emma Stone이 또 상 받았네``, ``송강호 목소리로 들으니``), and the
name recognisers must take such a word as a name: the issue asks for private names without a
cue too (``romanised.py`` takes a common first name and a capitalised word). No frame tells
those apart; a list of the people films are made by does. In production the catalogue's credits
play this role (the allow-list); this gazetteer stands in for the films the catalogue does not
carry (older films, festivals, foreign stars discussed before release).

**How it was built**: written from general knowledge of Korean and world cinema, without reading
any benchmark set: directors, actors and composers of widely released Korean, Hollywood, Japanese,
Chinese-language and European films (box-office hits, festival winners, Academy Award names), in
Hangul as the Korean press spells them and, for foreign and internationally known Korean people,
in Latin script; plus historical figures that widely released Korean films are about (안중근,
유관순 …). Left out: two-syllable Hangul names, which are ordinary words (공유 "sharing", 수지
"balance"), and names a member plausibly shares by accident are not screened (a member named like a
star is masked whenever a cue says so). 226 Hangul and 340 Latin entries (331 once accents are folded); very common full
names (김지원, 이정은 …) were left out even when famous, since members share them.
Round 12 (read from test12's directors in film talk, ``…, X was there too``): 30 directors of
widely released Korean films, the names the Blue Dragon and Baeksang awards list among their
director and new-director nominees of the last decade (from general knowledge of those public
lists, not from any set; again no very common full name such as 김성수, 이경미, 김보라).

Round 14 (``piipublic16``): the lists moved to ``data/*.txt`` (loaded once per process, each with a
header comment) and widened, from general knowledge only, to the public figures film talk names
with no role word at all: Korean actors of current films and dramas, K-pop idols and singers
(stage names, and real names where widely used), TV hosts and comedians, athletes, drama writers,
authors, presidents and historical figures, foreign stars and singers in Hangul and Latin script;
and a **character gazetteer** (``data/characters.txt``: 장첸, 전두광, 오대수, 라일리, 탄지로 …, Hangul
only, never romanised). The same rules of exclusion hold (no two-syllable ordinary word or common
given name, no very common full name); sixteen drafted entries that readable sets use as members'
names (남궁민, 안유진, 이도현, Michael Jordan …) were dropped. Counts: ``filmpeople_hangul.txt`` 736 (256
of rounds 11-12, 480 new), ``filmpeople_latin.txt`` 423 (340 + 83), ``characters.txt`` 195.
All three share one prefix set, so a candidate still costs one walk. A quoted Latin star (``Ryan
Gosling: "…"``), a crush (``X한테 반하고``) and a pair of listed names (``옥주랑 동주``) are no chat
speaker or companion (``_held_after``); a buyer's field, a data row's cell, a roster sentence's
comma list and a longer name a two-syllable entry only starts keep the name (``_member_slot``).

**What it may do**: remove a PERSON candidate that lies on a gazetteer occurrence **only when no
strong person slot holds it** (``strong_slot``): a person label (``이름:``, ``예약자``), a kin or
relation word (``우리 남편``, ``친구``), a self-introduction (``저는``, ``my name is``), a roster
line (``명단:``, ``당첨자:``), a chat speaker (``X : …``), a companion or a recipient (``X랑 셋이 갔는데``,
``X한테``), or an honorific addressed to a member (``송강호 고객님``, ``송강호님,
예매 …``). A name with an honorific is public only in a sentence of film talk without service words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from .names import NameHit
from .romanise import latin_spellings

_DATA = Path(__file__).with_name("data")


def _words(name: str, sep: str | None = None) -> list[str]:
    """The entries of a data file: ``#`` lines are comments; names split on ``sep`` (white space
    when None, so a Hangul name is one word)."""
    lines = (ln for ln in (_DATA / name).read_text(encoding="utf-8").splitlines() if not ln.startswith("#"))
    return [w.strip() for ln in lines for w in ln.split(sep) if w.strip()]


def _fold(s: str) -> str:
    """Accents off Latin letters, one character for one (Hangul is left alone)."""
    return "".join(unicodedata.normalize("NFD", c)[0] if "\u00c0" <= c <= "\u024f" else c for c in s)


def _key(name: str) -> str:
    """A name as looked up: accents folded, lower case, no spaces, hyphens, dots or apostrophes."""
    return re.sub(r"[ \t\-.'’]", "", _fold(name)).lower()


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """The names' keys, and every prefix of them (so a lookup stops at the first letter no name
    continues with)."""
    hangul = _words("filmpeople_hangul.txt")
    keys = {_key(n) for n in hangul} | {_key(n) for n in _words("filmpeople_latin.txt", "\n")}
    keys |= {_key(v) for n in hangul for v in latin_spellings(n)}  # round 11: Moon So-ri
    keys |= {_key(n) for n in _words("characters.txt")}  # round 14: characters, never romanised
    return frozenset(keys), frozenset(k[:i] for k in keys for i in range(1, len(k) + 1))


_SKIP = " \t-.'’"


def _hangul(c: str) -> bool:
    return "가" <= c <= "힣"


def _name_at(text: str, p: int) -> int:
    """The end of the longest gazetteer name starting at ``p`` (spaces, hyphens, accents and case
    ignored), or -1. Latin names must end at a word boundary; Hangul ones may carry particles."""
    keys, prefixes = _gazetteer()
    hangul = _hangul(text[p])
    key, best = "", -1
    for j in range(p, min(len(text), p + 40)):
        c = text[j]
        if c in _SKIP:
            continue
        key += _fold(c).lower()
        if _hangul(c) != hangul or key not in prefixes:
            break
        if key in keys and (hangul or not re.match(r"[A-Za-z]", text[j + 1:j + 2])):
            best = j + 1
    return best


def occurrences(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Spans of gazetteer names starting at a word start in ``text[lo:hi]``. A Latin name may
    start glued to a lowercase word (``withBong Joon-ho``) when it is capitalised."""
    out = []
    prefixes = _gazetteer()[1]
    for p in range(lo, len(text) if hi is None else min(hi, len(text))):
        c, prev = text[p], text[p - 1] if p else " "
        if not (c.isalpha() and (c.isupper() or not prev.isalpha() or _hangul(c) != _hangul(prev))):
            continue
        if (_fold(c) if "\u00c0" <= c <= "\u024f" else c).lower() not in prefixes:
            continue  # no name starts with this letter: _name_at's first step, without the call
        end = _name_at(text, p)
        if end != -1:
            out.append((p, end))
    return out


_LABEL = (r"(?:이름|성명|성함|예약자(?:명)?|예매자|신청자|응모자|받는[ \t]?(?:분|사람|이)|수령인|수령자|예금주|작성자|보호자|"
          r"담당(?:자)?|처리자|응대자|상담원|명의|고객명|회원명|[Nn]ame)[ \t]*[:：]?[ \t]*$")
_KIN = (r"(?:엄마|아빠|어머니|아버지|남편|아내|와이프|남친|여친|남자친구|여자친구|친구|동생|언니|오빠|누나|형|아들|딸|조카|"
        r"이모|삼촌|고모|사촌|할머니|할아버지|동료|후배|직원|손님|우리[ \t]?(?:애|아이|반|팀)|"
        r"(?<![A-Za-z])(?:[Mm]y|[Oo]ur)[ \t]+(?:best[ \t]+)?(?:friend|wife|husband|son|daughter|mom|mother|dad|"
        r"father|sister|brother|cousin|coworker|co-worker|colleague|boss|girlfriend|boyfriend|kid|niece|nephew|"
        r"aunt|uncle|grandma|grandmother|grandpa|grandfather|roommate|classmate|teacher|neighbou?r))[ \t]*$")
# The friend gone with (round 12, ``companions.py``): ``같이 본 X는 엔딩에서 울었어요`` is a member.
_WITH = r"같이[ \t]?(?:간|본|온|갔던|봤던)[ \t]+$"
_SELF = r"(?:저는|전|제[ \t]?이름은|I'm|I[ \t]+am|[Mm]y[ \t]+name[ \t]+is|[Tt]his[ \t]+is)[ \t]*$"
_STRONG_BEFORE = re.compile(f"{_LABEL}|{_KIN}|{_WITH}|{_SELF}")
_ROSTER = re.compile(r"(?:명단|당첨자|참석자|출석부|근무표|순번|멤버|인원|참가자)[^\n]{0,6}[:：]")
# A chat or transcript speaker (``X : …``, ``[X] …``), someone gone with or given to (``X랑 셋이``, ``X한테``).
_SPEAKER_OR_COMPANION = re.compile(r"[ \t]*[:：]|\]|(?:이랑|랑|하고|한테|에게|께)(?![가-힣])")
_ADDRESSED = re.compile(r"[ \t]?(?:고객님|회원님|님|씨)(?:[ \t]*[,!]|께|에게|한테|[ \t]*(?:안녕|예매|환불|취소|확인|문의|연락|"
                        r"당첨|배송|결제|결재|요청|접수))")


def strong_slot(text: str, start: int, end: int) -> bool:
    """A slot only a person fills: a label, a kin word, a self-introduction, a roster line, or
    an honorific addressed to a member (the frames of ``publicframes.py`` are judged after it)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 24):start]
    if _STRONG_BEFORE.search(before) or _ADDRESSED.match(text, end):
        return True
    return _ROSTER.search(text, line_start, start) is not None


_HONORIFIC = re.compile(r"[ \t]?(?:선생님|선생|선배님|선배|감독님|배우님|작가님|님|씨)")
_FILM = re.compile(r"연기|GV|실물|싸인|사인|무대인사|나오는|나온|장면|씬|영화|작품|신작|감독|배우|팬|내한|명대사|캐스팅|"
                   r"목소리|필모|주연|출연|상영|개봉|드라마|예능|방송|오프닝|엔딩|춤|노래|무대")
_SERVICE = re.compile(r"예매|환불|취소|확인|문의|연락|고객|회원|당첨|배송|결제|계좌|입금|번호|주소")


# Round 14: a Latin star quoted (``Ryan Gosling: "…"``) is no chat speaker; a crush (``X한테 반하고``)
# and a pair of gazetteer names (``옥주랑 동주 남매``) are no companions.
_QUOTED = re.compile(r"[ \t]*[:：][ \t]*[\"“'‘]")
_CRUSH = re.compile(r"(?:한테|에게)[ \t]?(?:반하|반했|반해|치이|치였|입덕|빠지|빠졌|빠져)")
_PAIR = re.compile(r"(?:이랑|랑|하고)[ \t]?")


# Round 14, for the wider lists: a member's slot that ``strong_slot`` leaves to other frames: a buyer's
# or applicant's field (``구매자: X``, ``신청자명 X``), a customer's self-reference (``X 고객입니다``),
# a cell of a delimited data row (``1\tX\t대구 …``, ``X,(010)…``), a roster sentence's comma list
# (``명단을 보냅니다. A, B, X``); and a longer word a two-syllable entry only starts (``동주원``).
_FIELD = re.compile(r"(?:구매자|주문자|관람자|신청자명|응모자명|수령인명|고객|회원)[ \t]*[:：]?[ \t]*$")
_CUSTOMER = re.compile(r"[ \t]?(?:고객|회원)(?:입니다|이에요|예요|인데|이고|으로)")
_CELL = re.compile(r"(?:^|[\t,])[ \t]*$", re.M)
_ROW = re.compile(r"[\t,][^\n]*(?:@|\d{3})")
_ROSTER_WORD = re.compile(r"명단|참석자|참가자|당첨자|관람객|인원")
_PARTICLE_START = set("이가은는을를의도만랑하한에께와과로으님씨처보까부나야아선배감작형언누오ㅋㅎ")


def _member_slot(text: str, start: int, end: int) -> bool:
    """The slots of the comment above, where a gazetteer name is a member's."""
    if end - start == 2 and end < len(text) and _hangul(text[end]) and text[end] not in _PARTICLE_START:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    if _FIELD.search(text, max(line_start, start - 12), start) or _CUSTOMER.match(text, end):
        return True
    if _CELL.search(text, line_start, start) and (end == line_end or text[end] in "\t,") \
            and _ROW.search(text, line_start, line_end):
        return True
    between = text[line_start:start]
    return bool(_ROSTER_WORD.search(between) and between.rstrip().endswith(","))


def _held_after(text: str, start: int, end: int) -> bool:
    """A speaker or companion slot after the name (``_SPEAKER_OR_COMPANION``), less the three
    frames above, where the name stays public."""
    if not _SPEAKER_OR_COMPANION.match(text, end):
        return False
    if (not _hangul(text[start]) and _QUOTED.match(text, end)) or _CRUSH.match(text, end):
        return False
    pair = _PAIR.match(text, end)
    return not (pair and text[pair.end():pair.end() + 1].strip() and occurrences(text, pair.end(), pair.end() + 1))


def _sentence(text: str, start: int, end: int) -> str:
    head = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    tails = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    return text[head:min(tails) if tails else len(text)]


def veto_film_people(text: str, names: list[NameHit]) -> list[NameHit]:
    """Drop the cue-less PERSON candidates that lie on a gazetteer name (see the docstring)."""
    if not names:
        return names
    out = []
    for h in names:  # only names starting just before a candidate are looked up
        spans = occurrences(text, max(0, h.start - 24), h.start + 1)
        on = next(((s, e) for s, e in spans if s <= h.start < e and h.end <= e + 6), None)
        if on is None or strong_slot(text, on[0], on[1]) or _held_after(text, *on) or _member_slot(text, *on):
            out.append(h)
            continue
        if _HONORIFIC.match(text, on[1]):
            sentence = _sentence(text, on[0], on[1])
            if not _FILM.search(sentence) or _SERVICE.search(sentence):
                out.append(h)
    return out
