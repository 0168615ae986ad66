"""Person names in context.

A candidate is a Hangul word that starts with a surname (one syllable, or a compound such
as 남궁) followed by one or two given-name syllables, with nothing after it but an
honorific (님, 씨, 선생님 …) and/or particles (가, 한테, 이랑, 입니다 …). It becomes a
name when

* a cue makes it one: an honorific glued on (``홍길동님``), a title after it
  (``이경수 대표``), a label or relation word before it (``예금주 김철수``, ``친구 박지민``),
  or a phone/account/e-mail right beside it (``김철수 010-…``); Kiwi only vetoes
  candidates it reads as ordinary words (``구매자님``, ``유명한 배우``);
* or, with no cue, its syllables are typical of names and Kiwi tags it a proper noun.

Kiwi is asked about candidate words only (cached), never whole posts, so it costs little
on text without names. Given names alone count only with 씨/님 or a label (``민수씨``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon as L
from . import morph


@dataclass(slots=True)
class NameHit:
    start: int
    end: int
    score: float


_HON = (r"(?:선생님|고객님|회원님|대표님|사장님|기사님|매니저님|팀장님|과장님|부장님|실장님|점장님|"
        r"대리님|주임님|교수님|작가님|감독님|배우님|선배님|원장님|이사님|님|씨|쌤)")
_JOSA = (r"(?:께서는|께서도|께서|에게서|한테서|에게는|에게도|한테는|한테도|에게|한테|께는|께도|께|"
         r"이랑은|이랑도|이랑|랑은|랑도|랑|하고는|하고|이라고|라고|이라는|라는|이라면|이란|란|"
         r"이었는데|이었고|이었어요|이었습니다|였는데|였고|였어요|였습니다|이에요|예요|이예요|입니다|"
         r"이고요|이고|이며|이지만|인데요|인데|이요|이가|이는|이를|이도|이의|이만|이한테|이에게|이와|"
         r"이나|이야|이네|이신|이세요|이십니다|이던|이든|이|가|은|는|을|를|의|과|와|도|만|야|아|"
         r"네|으로|로|요|입니당|이라서|라서|이거든요|거든요)")
_REST = re.compile(rf"(?:{_HON})?(?:{_JOSA}){{0,2}}")
_HON_START = re.compile(_HON)
# Particles that take animate nouns (한테, 에게, 께), and the 이 that Korean adds after a
# given name ending in a consonant (영철이가, 영철이한테): both point at a person.
_ANIMATE = re.compile(r"(?:이)?(?:한테|에게|께|께서|한테서|에게서)(?:는|도|만|서)?|"
                      r"이(?:가|는|도|를|랑|의|한테|에게|하고|랑은|는요|가요)")
# Quoting a name: 김민수라는 분, 김민수라고 하는, 김민수이라는 알바.
_QUOTATIVE = re.compile(r"(?:이)?(?:라는|라고|란|라구|래요|라던)")
_COMITATIVE = re.compile(r"(?:이랑|랑|하고|와|과)(?:은|는|도|만|이)?")

_TITLES = sorted(set(L.HONORIFICS), key=len, reverse=True)
_NEXT_TITLE = re.compile(
    r"[ \t]{1,2}(?:" + "|".join(map(re.escape, _TITLES)) + rf")(?:{_JOSA})?(?![가-힣])")
# Right after a name: a spaced honorific, "in the name of", or a letter's signature.
_NEXT_HON = re.compile(
    rf"[ \t]{{1,2}}(?:님|씨|명의|앞으로|이름으로|올림|드림|씀|배상|보냄)(?:{_JOSA})?(?![가-힣])")
# A person's own identifier right after a name: 김민지 번호가 뭐였지, 김민지 이름 적힌 학생증.
_NEXT_OWNED = re.compile(
    r"[ \t](?:번호|전화번호|폰번호|연락처|이름[ \t]?(?:적힌|써진|쓰인|새겨진))(?:가|는|를|도|로)?(?![가-힣])")
# A copula right after a name introduces or identifies someone: 김민수입니다, 김민수 이에요.
_COPULA = re.compile(r"(?:입니다|이에요|예요|이예요|이고요|인데요|이구요|임)[.!~?]*$")
_NEXT_COPULA = re.compile(r"[ \t]{1,2}(?:입니다|이에요|예요|이예요|이고요|인데요|임)(?![가-힣])")
_LABEL_PARTICLES = ("", "명은", "명:", "은", "는", "이", "가", "명", "님", "자", "처")
# Every cue word with every particle it may carry, for set look-ups from the end of text.
_LABEL_FORMS = frozenset(w + p for w in L.NAME_LABELS for p in _LABEL_PARTICLES if " " not in w)
_LABEL_TWO_WORDS = frozenset(w + p for w in L.NAME_LABELS for p in _LABEL_PARTICLES if " " in w)
_LABEL_SECOND = frozenset(f.rsplit(" ", 1)[1] for f in _LABEL_TWO_WORDS)
_WEAK_FORMS = frozenset(w + p for w in L.WEAK_LABELS for p in _LABEL_PARTICLES)
_RELATION_FORMS = frozenset(w + p for w in L.RELATION_WORDS for p in ("", "이자", "인", "분", "님", "의"))
_OPENERS = " \t\"'“‘([<"
_SEPARATORS = ":：=-)]>/.\t "


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


@lru_cache(maxsize=4096)  # a post asks it for the same window from several recognisers
def _before_kind(before: str) -> str:
    """'label', 'weak' or 'relation' when ``before`` ends with such a cue word, else ''.

    ``성명: ``, ``예금주 (``, ``이름은 ``, ``받는 분 ``, ``친구 ``, ``신청은 `` … Works from the
    end of the string with set look-ups (it runs for every candidate word).
    """
    b = before.rstrip(_OPENERS).rstrip(_SEPARATORS)
    i = len(b)
    while i > 0 and ("가" <= b[i - 1] <= "힣" or b[i - 1] in _ASCII_LETTERS):  # _is_wordchar, inlined
        i -= 1
    last = b[i:]
    if not last:
        return ""
    for k in range(len(last)):  # a label may close a longer word: 최종예금주
        if last[k:] in _LABEL_FORMS:
            return "label"
    if last in _LABEL_SECOND and i > 1 and b[i - 1] == " ":
        k = i - 1
        while k > 0 and ("가" <= b[k - 1] <= "힣" or b[k - 1] in _ASCII_LETTERS):
            k -= 1
        if b[k:] in _LABEL_TWO_WORDS:
            return "label"
    if last in _WEAK_FORMS:
        return "weak"
    if last in _RELATION_FORMS and before[-1:] in (" ", "\t") and b == before.rstrip(" \t"):
        return "relation"
    return ""


# What may stand between a name and its phone, e-mail or account: punctuation, or the bank
# of an account-holder line (``김민지 하나은행 계좌 123-456…``, ``김민지 카뱅3333-…``).
_BANK_WORDS = "|".join(re.escape(b) for b in sorted(L.BANKS, key=len, reverse=True))
_ADJACENT_AFTER = re.compile(
    rf"[ \t]*(?:[(/,:\-|][ \t]*|(?:{_BANK_WORDS})[ \t]*(?:계좌[ \t]*)?(?:[:(][ \t]*)?)?")


_SURNAME_WEIGHT = {**{x: 0.6 for x in L.RARE_SURNAMES},
                   **{x: 1.0 for x in L.COMMON_SURNAMES | L.COMPOUND_SURNAMES}}
# Rarer syllables (려원, 이든, 미르) count with a cue word only: alone they score too low.
_GIVEN_WEIGHT = {**{x: 0.45 for x in L.GIVEN_RARE}, **{x: 0.6 for x in L.GIVEN_ANY},
                 **{x: 1.0 for x in L.GIVEN_TOP}}


def _plausibility(surname: str, given: str, unlisted: float = 0.0) -> float:
    """1.0 for a common surname and typical given-name syllables, less for rarer ones.
    ``unlisted``: the weight of a given-name syllable in no list (only after a label)."""
    p = _SURNAME_WEIGHT.get(surname, 0.0)
    for syl in given:
        p *= _GIVEN_WEIGHT.get(syl, unlisted)
    return p


# After a name label (성명, 예금주, 발신인) a given-name syllable outside the lists still
# counts, weakly: Kiwi's reading then decides (a dictionary word loses, an unknown wins).
_UNLISTED_AFTER_LABEL = 0.3


def _after_label(text: str, start: int) -> bool:
    line_start = text.rfind("\n", max(0, start - 20), start) + 1
    before = text[max(line_start, start - 20):start]
    return bool(before) and _before_kind(before) == "label"


_ROLE_SUFFIX = frozenset("자인원생사가님")


def _kiwi_adjust(word: str, n: int) -> float:
    """Kiwi's vote on word[:n] being a name, from its reading of the word alone.

    + for a proper noun it knows or a word it does not know (guessed as one noun, which
    is what unseen names look like); − for a common word it knows (구매자), a known noun
    plus a role suffix (양도+자), or an adjective/verb form ending the name (유명+하+ᆫ).
    Kiwi reads isolated names poorly (천한결 → 천하/VA …), so other conflicts cost little.
    """
    tokens = morph.analyze(word)
    if tokens is None:
        return 0.0
    inside = []
    for form, tag, start, length, known in tokens:
        if start >= n:
            break
        if start + length > n:
            if start == 0 and tag in ("NNP", "NNG") and _HON_START.match(word, n):
                return 0.2 if (not known or tag == "NNP") else -0.6
            return -0.1
        inside.append((form, tag, start, length, known))
    if not inside:
        return 0.0
    first = inside[0]
    if len(inside) == 1 and first[1] in ("NNP", "NNG") and first[3] == n:
        if not first[4] or first[1] == "NNP":
            return 0.2
        return -0.6  # a dictionary common noun: 구매자, 관리자
    if first[1] == "NNG" and first[4] and first[3] >= 2 and len(inside) == 2 and (
            inside[1][1] == "XSN" and inside[1][0] in _ROLE_SUFFIX):
        return -0.6  # 양도+자, 판매+자
    if inside[-1][1] == "ETM" and len(inside) >= 2 and inside[-2][1] in ("XSA", "VA", "VV", "XSV"):
        return -0.4  # 유명+하+ᆫ: an adjective in front of the next word
    if first[1] == "NNP" and sum(t[3] for t in inside if t[1] == "NNP") >= n - 1:
        return 0.2
    if all(t[3] == 1 for t in inside):
        return 0.0
    return -0.1


THRESHOLD = 0.6


def _chars(chars) -> str:
    return "".join(sorted(chars))


# Words that could hold a name: a surname and a plausible given-name syllable, or any two
# syllables and 씨 (given name alone). Scanning in C skips every other word.
_CANDIDATE = re.compile(
    "(?<![가-힣])(?:"
    + "|".join(sorted(L.COMPOUND_SURNAMES))
    + f"|[{_chars(L.COMMON_SURNAMES | L.RARE_SURNAMES)}])[{_chars(L.GIVEN_ANY | L.GIVEN_RARE)}][가-힣]{{0,9}}"
    + "(?![가-힣])|(?<![가-힣])[가-힣]{2}씨[가-힣]{0,6}(?![가-힣])")


_COMPOUND = L.COMPOUND_SURNAMES


def find_names(text: str, anchors: list[tuple[int, int]] = (), allowed=None) -> list[NameHit]:
    """``anchors``: spans of phones/accounts/e-mails already found (contact adjacency cue).
    ``allowed(start, end)``: true for catalogue names, which are skipped before Kiwi runs."""
    hits: list[NameHit] = []
    anchor_starts = {s for s, _ in anchors}
    anchor_ends = {e for _, e in anchors}
    not_names = L.NOT_NAMES
    for m in _CANDIDATE.finditer(text):
        word = m.group()
        if word in not_names:
            continue
        compound = word[:2] in _COMPOUND
        if not compound and word[0] not in _SURNAME_WEIGHT:
            if len(word) >= 3 and (word[2] in "씨님" or word[2:].startswith(("선생님", "고객님"))):
                _given_only(text, m, hits)
            continue
        hit = _full_name(text, m, compound, anchor_starts, anchor_ends, allowed)
        if hit is not None:
            hits.append(hit)
        elif len(word) >= 3 and word[2] in "씨":
            _given_only(text, m, hits)
    return hits


def _cue_base(text, start, word_end, rest, anchor_starts, anchor_ends) -> tuple[float, str]:
    """The strongest cue around a candidate and its base score; checked strongest first."""
    if _HON_START.match(rest) is not None or (
            not rest and _NEXT_HON.match(text, word_end) is not None):
        return 0.8, "honorific"
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 20):start]
    kind = _before_kind(before) if before else ""
    if kind == "label":
        return 0.8, "label"
    if anchor_starts or anchor_ends:
        after = _ADJACENT_AFTER.match(text, word_end)
        if after is not None and after.end() in anchor_starts:
            return 0.8, "adjacent"
        k = start
        while k > 0 and text[k - 1] in " \t(/,:|-)":
            k -= 1
        if k < start and k in anchor_ends:
            return 0.8, "adjacent"
    if kind:
        return 0.7, "relation"
    if rest:
        if _COPULA.match(rest) is not None:
            return 0.6, "title"
    elif _NEXT_TITLE.match(text, word_end) is not None or _NEXT_COPULA.match(text, word_end):
        return 0.6, "title"
    elif _NEXT_OWNED.match(text, word_end) is not None:
        return 0.6, "owned"  # Kiwi is always asked: 한정판 번호, 대표작 번호
    return 0.0, ""


def _full_name(text, m, compound, anchor_starts, anchor_ends, allowed=None) -> NameHit | None:
    word = m.group()
    sl = 2 if compound else 1
    for gl in (2, 1):
        n = sl + gl
        if len(word) < n:
            continue
        rest = word[n:]
        if rest and not _REST.fullmatch(rest):
            continue
        if word[:n] in L.NOT_NAMES:
            continue
        if word[n - 1] in _BRANCH_FINALS and n == 3 and not _strong_cue(text, m, rest):
            continue  # 홍성점 직원분, 신촌점, 송도역: a branch or a station, not a person
        plaus = _plausibility(word[:sl], word[sl:n])
        if plaus == 0.0:
            if word[0] not in _SURNAME_WEIGHT and not compound or not _after_label(text, m.start()):
                continue
            plaus = _plausibility(word[:sl], word[sl:n], _UNLISTED_AFTER_LABEL)
        if gl == 1:  # a one-syllable given name only right after a label (성명: 김산)
            if not _after_label(text, m.start()):
                continue
            base, cue = 0.8, "label"
        else:
            base, cue = _cue_base(text, m.start(), m.end(), rest, anchor_starts, anchor_ends)
        if not cue:  # no cue word: full names with typical syllables, judged by what follows
            if gl != 2 or plaus < 0.6 or first_is_risky(word):
                continue
            if not rest:
                if not _standalone(text, m.start(), m.end()):
                    continue
                base = 0.45  # a name alone as a sentence or line: a signature
            elif _ANIMATE.fullmatch(rest) or _QUOTATIVE.fullmatch(rest):
                base = 0.55  # 한테/에게/께, or the 이 that follows names (영철이가)
            elif _COMITATIVE.fullmatch(rest):
                base = 0.45
            elif rest.startswith(("으로", "로")):
                continue
            else:
                base = 0.35
        score = base + (0.2 if plaus >= 1.0 else -0.3 * (1.0 - plaus))
        if score + 0.2 < THRESHOLD:
            continue
        if allowed is not None and allowed(m.start(), m.start() + n):
            return None
        if (score < THRESHOLD or plaus < 1.0 or n <= 2 or word[n - 1] in _NOUN_FINALS or cue == "owned"
                or (cue in ("title", "") and _adnominal_risk(text, word, n, rest, m.end()))):
            score += _kiwi_adjust(word, n)
        if cue == "owned" and _one_known_word(word[:n]):
            return None  # 한정판 번호, 정관장 번호: a brand or product Kiwi knows whole
        if score >= THRESHOLD:
            return NameHit(m.start(), m.start() + n, min(score, 0.85))
    return None


# Branches and stations end in 점 and 역 (홍성점, 송도역); a given name almost never does, and
# the rare one (김말점) still counts after a label or an honorific.
_BRANCH_FINALS = frozenset("점역")


def _strong_cue(text: str, m: re.Match[str], rest: str) -> bool:
    """An honorific on the word or a label before it: 김말점님, 성명: 김말점."""
    return _HON_START.match(rest) is not None or _after_label(text, m.start())


def _one_known_word(core: str) -> bool:
    tokens = morph.analyze(core)
    return bool(tokens) and len(tokens) == 1 and bool(tokens[0][4]) and tokens[0][3] == len(core)


# Last syllables of common nouns for people and things (구매+자, 연예+인, 회사+원, 대학+생,
# 간호+사, 전문+가, 주인+공 …): a word ending so may be a noun rather than a name.
# Kiwi (slow) is asked only when its reading could change the outcome: a low score, a
# less typical name, two syllables (변경, 확인 are words too), a noun-like last syllable,
# or an adjective-like ending before a title (유명한 배우).
_NOUN_FINALS = frozenset("자인생사가님객공형관장부")


def _adnominal_risk(text: str, word: str, n: int, rest: str, word_end: int) -> bool:
    """An ᆫ/ᆯ final consonant with a noun after it: 유명한 배우, 이상한 직원."""
    last = ord(word[n - 1]) - 0xAC00
    return not rest and last % 28 in (4, 8) and text[word_end:word_end + 1] == " "


def _standalone(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a sentence or line of its own (``… 감사합니다. 김민수.``)?"""
    before = text[max(0, start - 3):start].rstrip(" \t-—~")
    after = text[end:end + 2].lstrip(" \t")
    starts = not before or before[-1] in ".!?\n)]>:"
    ends = not after or after[0] in ".!?\n~"
    return starts and ends


def first_is_risky(word: str) -> bool:
    """이 and 지 start too many ordinary words (이번, 지금) for a cue-less guess."""
    return word[0] in "이지" and word[:2] in ("이번", "이제", "이런", "이상", "지금", "지난")


def _given_only(text: str, m: re.Match[str], hits: list[NameHit]) -> None:
    """A given name alone, with 씨 glued on: 민수씨, 지은씨가."""
    word = m.group()
    given, rest = word[:2], word[2:]
    if not _REST.fullmatch(rest) or not rest.startswith("씨"):
        return
    if word in L.NOT_NAMES or given in L.NOT_NAMES:
        return
    if not all(s in L.GIVEN_TOP for s in given):
        return
    if 0.6 + _kiwi_adjust(word, 2) >= THRESHOLD:
        hits.append(NameHit(m.start(), m.start() + 2, 0.7))
