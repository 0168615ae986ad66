"""Names held by their sentence frame rather than by their syllables (P11.2, issue 16).

The other recognisers need a name to look like one: a common surname and given-name
syllables from the lists. A frame that can only hold a person makes that unnecessary:

* **two signals around a word**: a label or relation word before it (``예금주``, ``친구``),
  an honorific or a letter's closing after it (``님``, ``귀하``, ``드림``, ``배상``,
  ``앞으로``), a self-introduction (``안녕하세요, … 입니다``, ``저는 … 이라고 합니다``,
  ``제 이름은 … 이에요``), or an answer that is the whole line after a speaker
  (``고객: … 이요.``). Two of them make any surname-led three-syllable word a name, with the
  census surnames that are too rare for the other recognisers (``아``, ``평``, ``해``);
* **speakers** in a chat or transcript (``장건우: …`` on two lines or more);
* **chains**: a word joined to a name by ``와/과/랑/하고`` or a comma is a name too when it
  is surname-led and no dictionary word (``왕효리와 진덕구, 경갑수``);
* **syllables spaced out** after a label (``입금자명 한 칠 성``).

What vetoes: a word Kiwi knows as one dictionary word or a pronoun plus a particle
(``미정``, ``상기와``, ``여기로``), and role words (``상담원``, ``고객님``).
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .names import _REST, NameHit, _before_kind
from .wordscore import _PLACE_FINALS, _common_word, _covered

# Census surnames too rare for the cue-less recognisers; used only inside a frame.
_FRAME_ONLY = frozenset("아 평 해 야 영 예 옹 요 자 저 종 즙 포 대 돈 뇌 비 망 등 묘 근 내 준 개".split())
_SURNAMES = "".join(sorted(L.COMMON_SURNAMES | L.RARE_SURNAMES | _FRAME_ONLY))
_COMPOUND = "|".join(sorted(L.COMPOUND_SURNAMES))
_SPACE = "[ \t]"
# A surname and two syllables, glued or each spaced out (한 칠 성), then glued particles.
_CAND = re.compile(rf"(?<![가-힣])({_COMPOUND}|[{_SURNAMES}])([가-힣]{{2}}|{_SPACE}[가-힣]{_SPACE}[가-힣])"
                   rf"([가-힣]*)")
_COPULA = re.compile(r"(?:이)?(?:입니다|이에요|에요|예요|이요|요|라고|임)")
_NEXT_COPULA = re.compile(r"[ \t](?:입니다|이에요|예요|이요|(?:이)?라고)(?![가-힣])")
_INTRO = re.compile(r"(?:안녕하세요[,.!~]?|저는|전|제 이름은|이름은)[ \t]*$")
_AFTER = re.compile(r"[ \t]?(?:님|씨|귀하|고객님|회원님|선생님)(?![가-힣])|[ \t](?:드림|배상|올림|앞으로|씀)(?![가-힣])")
_SPEAKER = re.compile(r"^[ \t]*\[?([^\s:\]\[]{1,12})\]?[ \t]*(?::|：|\[(?:오전|오후))", re.MULTILINE)
_ROLE_WORDS = frozenset({*L.NOT_NAMES, *L.RELATION_WORDS, *L.HONORIFICS, *L.NAME_LABELS, *L.WEAK_LABELS,
                         "상담원", "상담사", "고객", "고객님", "상대", "상대방", "본인", "매니저", "직원"})
_CHAIN_SEP = re.compile(r"(?:이랑|랑|하고|와|과)?[ \t]*(?:[,·/][ \t]*)?|[ \t]*(?:및|그리고)[ \t]*")


def _dictionary(word: str, strict: bool = True) -> bool:
    """A role word, one dictionary word, or a dictionary word or pronoun plus particles;
    ``strict``: also a dictionary word of two syllables or more opening it (운영+팀)."""
    if word in _ROLE_WORDS:
        return True
    tokens = morph.analyze(word) if morph.enabled() else None
    if not tokens:
        return False
    first = tokens[0]
    if len(tokens) == 1:
        return bool(first[4]) and first[1] != "NNP"
    if (first[1] == "NP" and first[3] >= 2) or _common_word(word):
        return True  # 여기+로, 상기+와
    if first[4] and first[3] >= 2 and tokens[-1][1].startswith("J") and tokens[-1][1] != "JKV":
        return True  # 서울+의: a known word and a particle
    return strict and bool(first[4]) and first[3] >= 2 and first[1] != "NNP"  # 운영+팀, 조용+하


def _signals(text: str, start: int, end: int, rest: str, line_start: int) -> int:
    """How many frame signals point at text[start:end] as a person."""
    before = text[max(line_start, start - 20):start]
    kind = _before_kind(before)
    score = 2 if kind == "label" else 1 if kind in ("relation", "weak") else 0
    if _INTRO.search(before):
        score += 1
    if not rest and _AFTER.match(text, end):
        score += 2
    elif rest and _REST.fullmatch(rest) and rest[:1] in ("님", "씨"):
        score += 2
    if (rest and _COPULA.fullmatch(rest)) or (not rest and _NEXT_COPULA.match(text, end)):
        score += 1
        if _answer(text, line_start, start):
            score += 1
    return score


def _answer(text: str, line_start: int, start: int) -> bool:
    """The name opens the utterance after a speaker (``고객: 부갑수요.``)."""
    head = text[line_start:start]
    return re.fullmatch(r"[ \t]*[^\s:]{1,8}[ \t]*[:：][ \t]*", head) is not None


# Field names of a form: when one opens a ``… :`` line, the lines are fields, not speakers.
_FIELDS = frozenset({*L.NAME_LABELS, *L.PHONE_CUES, "연락처", "주소", "이메일", "메일", "생일", "생년월일"})


def _speakers(text: str) -> set[tuple[int, int]]:
    """Speaker names of a chat or transcript with two speaker lines or more; none in a form
    (``이름 : …``, ``연락처 : …``, ``기대평 : …`` are fields)."""
    if ":" not in text and "：" not in text and "[" not in text:
        return set()  # every speaker line has a colon or a bracketed time after the name
    found = [(m.start(1), m.end(1), m.group(1)) for m in _SPEAKER.finditer(text)]
    if len(found) < 2 or any(word in _FIELDS for _, _, word in found):
        return set()
    # A speaker reads as a name on its own (census surname, no dictionary word opening it, or
    # given syllables all typical: 용수+연), or beside one that does: chats of handles alone
    # (영화봇, 가족방, 필름냥) name nobody (round 12).
    loose = {(s, e): word for s, e, word in found if _person_word(word, speaker=True)}
    out = {span for span, word in loose.items() if _person_word(word) or L.GIVEN_ANY.issuperset(word[-2:])}
    if out:
        out |= set(loose)
        # among named speakers, a surname and one syllable is a name too (탁린: …)
        out |= {(s, e) for s, e, word in found if _short_speaker(word)}
    return out


def _short_speaker(word: str) -> bool:
    if len(word) != 2 or word[0] not in L.COMMON_SURNAMES | L.RARE_SURNAMES:
        return False
    if word[1] not in L.GIVEN_ANY | L.GIVEN_RARE or word[1] in L.NOT_GIVEN or word in L.NOT_NAMES:
        return False
    tokens = morph.analyze(word)
    return bool(tokens) and not (len(tokens) == 1 and tokens[0][4] and tokens[0][1] != "NNP") \
        and not any(t[1].startswith(("V", "E", "M", "NP")) for t in tokens)


def _person_word(word: str, speaker: bool = False, strict: bool = True) -> bool:
    """A surname-led word of three or four syllables that is no dictionary word. Speakers of
    a chat may have any census surname and any syllables (용을순: 을 is a particle elsewhere),
    and only a whole dictionary word vetoes them (엄지+안 is a name there)."""
    if not 3 <= len(word) <= 4 or not all("가" <= c <= "힣" for c in word):
        return False
    sl = 2 if word[:2] in L.COMPOUND_SURNAMES else 1
    if len(word) - sl != 2:
        return False
    pool = L.COMMON_SURNAMES | L.RARE_SURNAMES | (_FRAME_ONLY if speaker else frozenset())
    if sl == 1 and word[0] not in pool:
        return False
    if not speaker and any(c in L.NOT_GIVEN for c in word[sl:]):
        return False
    return not _dictionary(word, strict=strict and not speaker)


_HANGUL_RUN = re.compile(r"[가-힣]*")
_HANGUL_WORD = re.compile(r"[가-힣]+")
_LIST_WORD = re.compile(r"[,·/]|및|그리고")


def _chains(text: str, names: list[tuple[int, int]], taken) -> list[NameHit]:
    """Words joined to a known name by 와/과/랑/하고/commas (``왕효리와 진덕구, 경갑수``)."""
    hits: list[NameHit] = []
    queue = sorted(names)
    seen = set(queue)
    while queue:
        s, e = queue.pop()
        m = _HANGUL_RUN.match(text, e)
        rest = m.group() if m else ""
        joined = rest in ("이랑", "랑", "하고", "와", "과")
        sep = _CHAIN_SEP.match(text, e + (len(rest) if joined else 0))
        nxt = sep.end() if sep and sep.end() > e else -1
        if nxt == -1 or nxt >= len(text) or text[nxt - 1] not in " \t,·/" or not (
                joined or _LIST_WORD.search(text, e, nxt)):
            continue  # a bare space is no list: 김용팔 이라고
        w = _HANGUL_WORD.match(text, nxt)
        if not w:
            continue
        word = w.group()
        for n in (3, 4):
            core, tail = word[:n], word[n:]
            sl = n - 2
            if len(core) == n and (not tail or _REST.fullmatch(tail)) and _person_word(core, strict=False) \
                    and all(c in L.GIVEN_ANY or c in L.GIVEN_RARE for c in core[sl:]):
                span = (nxt, nxt + n)
                if span not in seen and not _covered(taken, *span):
                    seen.add(span)
                    queue.append(span)
                    hits.append(NameHit(nxt, nxt + n, 0.65))
                break
    return hits


def find_framed_names(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Names that a person-only frame holds (see the module docstring)."""
    hits: list[NameHit] = []
    spans = list(taken)
    for s, e in sorted(_speakers(text)):
        if not _covered(spans, s, e):
            hits.append(NameHit(s, e, 0.7))
            spans.append((s, e))
    for m in _CAND.finditer(text):
        s, e = m.start(), m.end(2)
        rest = m.group(3)
        if _covered(spans, s, e) or (rest and not (_REST.fullmatch(rest) or _COPULA.fullmatch(rest))):
            continue
        line_start = text.rfind("\n", 0, s) + 1
        spaced = " " in m.group(2) or "\t" in m.group(2)
        need = 2
        if spaced and _before_kind(text[max(line_start, s - 20):s]) != "label":
            continue
        if _signals(text, s, e, rest, line_start) < need:
            continue
        word = m.group(1) + m.group(2).replace(" ", "").replace("\t", "")
        if any(c in L.NOT_GIVEN for c in word[len(m.group(1)):]) or word[-1] in _PLACE_FINALS \
                or _dictionary(word):
            continue
        if allowed is not None and allowed(s, e):
            continue
        hits.append(NameHit(s, e, 0.7))
        spans.append((s, e))
    return hits


def find_chained_names(text: str, taken: list[tuple[int, int]], allowed=None, seeds=None) -> list[NameHit]:
    """Words chained to a name found by any recogniser (see ``_chains``); ``seeds``: chain only
    from these (two-syllable names included), the others just taken."""
    names = [t for t in taken if t[1] - t[0] >= 3] if seeds is None else [(h.start, h.end) for h in seeds]
    if not names:
        return []
    return [h for h in _chains(text, names, list(taken)) if allowed is None or not allowed(h.start, h.end)]
