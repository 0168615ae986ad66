"""Names addressed and short names in a person frame (P11.2, issue 16).

* **Vocatives**: a given name with the vocative particle that fits its last syllable
  (``아`` after a final consonant, ``야`` after a vowel), opening a sentence or after an
  interjection (``민석아, 내일 …``, ``야 수지야``). Only the given name is masked; coreference
  then masks its other uses. The stem must be made of given-name syllables and must not be a
  word Kiwi knows (``친구야``, ``하늘아``, ``엄마야``, ``자기야`` stay) or a pronoun, verb or suffix
  form (``얘+들+아``).
* **Full names addressed**: a surname-led word opening a sentence that is followed by ``!``,
  or preceded by an interjection (``야 김누리!``, ``ㅋㅋ 차보민 어디야``). Kiwi must not
  read it as a dictionary word or a verb form (``고마워!``, ``강아지!``).
* **Two-syllable names in a person frame**: a surname and one given-name syllable with a particle
  glued on (``김훈한테``, ``윤슬이랑``, ``최담이 추천해서``) that Kiwi, reading the clause, takes as one
  word it does not know; the word alone must not be a dictionary word (``김밥이``, ``박수를``).
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .names import _ANIMATE, _COMITATIVE, _REST, NameHit, _before_kind, _plausibility
from .wordscore import _PERSON_WORDS, _PLACE_FINALS, _PLACES, _covered, _word_rejects

_GIVEN = L.GIVEN_ANY | L.GIVEN_RARE
# What may stand before an address at the opening of a sentence: nothing, a sentence end,
# or an interjection or laugh (야, 어이, 헐, ㅋㅋ, ㅎㅎ, ㅠㅠ).
# Round 13 (read from test14, checked on test9–test12): a chat line's speaker colon opens a
# sentence too (``엄마: X아``), and so do a list bullet or separator (``/ X아 표 끊어놨어``,
# ``| 4 | X아``, ``* X아``), ``어`` (``"어 X야 나 영화관이야``) and a loving address (``사랑하는 X아``).
# An opening quote alone does not: a pet called after a director (``"준호야!" 부르면``) is no person.
_OPENING = re.compile(r"(?:^|[.!?…~\n:：/|*•\-]|(?:^|[\s.!?~\"“'])(?:야|어이|어|헐|아|와|저기|사랑하는|ㅋ+|ㅎ+|ㅠ+|ㅜ+))"
                      r"[ \t]*$")
_INTERJECTION_ANY = re.compile(r"(?:^|[\s.!?~])(?:야|어이|저기|ㅋ|ㅎ)")
_VOCATIVE = re.compile(r"(?<![가-힣])([가-힣]{2,3})(아|야)(?=[ \t,!~.?…]|$)")
_SURNAMES = "".join(sorted(L.COMMON_SURNAMES | L.RARE_SURNAMES))
_COMPOUND = "|".join(sorted(L.COMPOUND_SURNAMES))
_ADDRESSED = re.compile(rf"(?<![가-힣])(?:(?:{_COMPOUND})[가-힣]{{1,2}}|[{_SURNAMES}][가-힣]{{2}})(?=[ \t]*[!,]|[ \t]|$)")
_SHORT = re.compile(rf"(?<![가-힣])([{_SURNAMES}])([가-힣])((?:{_REST.pattern}))(?![가-힣])")
_LOOKBACK = 10


def _has_final(syllable: str) -> bool:
    return "가" <= syllable <= "힣" and (ord(syllable) - 0xAC00) % 28 != 0


def _opens(text: str, start: int) -> bool:
    return _OPENING.search(text, max(0, start - _LOOKBACK), start) is not None


def _stem_is_word(stem: str) -> bool:
    """Kiwi knows the stem as a word (하늘, 친구) or reads a pronoun, verb, modifier, suffix or
    ending in it (얘+들, 이+거)."""
    tokens = morph.analyze(stem)
    if not tokens:
        return False
    if len(tokens) == 1 and tokens[0][4] and tokens[0][3] == len(stem) and tokens[0][1] != "NNP":
        return True
    return any(not t[1].startswith("NN") for t in tokens)


def _unseen(stem: str) -> bool:
    tokens = morph.analyze(stem)
    return bool(tokens) and len(tokens) == 1 and not tokens[0][4] and tokens[0][1] in ("NNG", "NNP")


def _vocatives(text: str, taken, allowed) -> list[NameHit]:
    hits = []
    for m in _VOCATIVE.finditer(text):
        stem, particle = m.groups()
        if (particle == "아") != _has_final(stem[-1]) or not _opens(text, m.start()):
            continue
        if _covered(taken, m.start(), m.end()) or stem in _PERSON_WORDS or stem in L.NOT_NAMES:
            continue
        given = stem[1:] if len(stem) == 3 else stem
        if len(stem) == 3 and (stem[0] not in _SURNAMES or _word_rejects(stem) or _one_word(stem)):
            continue  # a full name called (김누리야); 강아지야, 고양이야 are words
        if any(s in L.NOT_GIVEN for s in given) or not (all(s in _GIVEN for s in given) or (
                given[0] != given[1] and any(s in _GIVEN for s in given) and _unseen(stem))):
            continue  # rarer syllables only when Kiwi has no word for the stem (담희)
        if (allowed is not None and allowed(m.start(), m.start() + len(stem))) or (
                len(stem) == 2 and _stem_is_word(stem)):
            continue
        hits.append(NameHit(m.start(), m.start() + len(stem), 0.66))
    return hits


# Where a name may be called: after an interjection, or a word right before ``!``.
_CALL_SITE = re.compile(r"(?:^|(?<=[\s.!?~]))(?:야|어이|저기|ㅋ+|ㅎ+)[ \t]+(?=[가-힣])|(?<![가-힣])(?=[가-힣]{2,4}[ \t]*!)",
                        re.MULTILINE)


def _addressed(text: str, taken, allowed) -> list[NameHit]:
    hits = []
    if "!" not in text and _INTERJECTION_ANY.search(text) is None:
        return hits
    for site in _CALL_SITE.finditer(text):
        m = _ADDRESSED.match(text, site.end())
        if m is None:
            continue
        word = m.group()
        sl = 2 if word[:2] in L.COMPOUND_SURNAMES else 1
        if len(word) - sl not in (1, 2) or (len(word) - sl == 1 and sl == 1):
            continue
        after = text[m.end():m.end() + 3].lstrip(" \t")
        bang = after[:1] == "!"
        called = site.end() > site.start()
        if not (bang and _opens(text, m.start()) or called):
            continue
        if _covered(taken, m.start(), m.end()) or word in L.NOT_NAMES or word[-1] in _PLACE_FINALS:
            continue
        given = word[sl:]
        if any(s in L.NOT_GIVEN for s in given) or word in _PLACES:
            continue
        typical = _plausibility(word[:sl], given) >= 0.36
        if not (typical or (bang and called) or all(s in _GIVEN for s in given)):
            continue
        if (allowed is not None and allowed(m.start(), m.end())) or _word_rejects(word) or _one_word(word):
            continue
        hits.append(NameHit(m.start(), m.end(), 0.66))
    return hits


def _one_word(word: str) -> bool:
    tokens = morph.analyze(word)
    return bool(tokens) and len(tokens) == 1 and tokens[0][4] and tokens[0][3] == len(word)


def _clause_unknown(text: str, start: int, split_ok: bool = False) -> bool:
    """Kiwi, reading up to 12 characters each way, takes text[start:start+2] as one word it
    does not know, followed by a particle; ``split_ok`` (a person particle follows): also as
    two one-syllable nouns (조+솔 before 한테), how it splits a name it does not know."""
    lo = max(0, start - 12)
    for c in ".!?\n":
        k = text.rfind(c, lo, start)
        lo = max(lo, k + 1)
    hi = min(len(text), start + 14)
    tokens = morph.analyze_clause(text[lo:hi])
    if not tokens:
        return False
    rel = start - lo
    inside = [t for t in tokens if rel <= t[2] < rel + 2]
    nxt = [t for t in tokens if t[2] == rel + 2]
    if not (nxt and nxt[0][1].startswith("J")):
        return False
    if split_ok and len(inside) == 2 and inside[0][2] == rel and all(
            t[3] == 1 and t[1] in ("NNP", "NNG") for t in inside):
        return True
    if len(inside) != 1 or inside[0][2] != rel or inside[0][3] != 2 or inside[0][4]:
        return False
    return inside[0][1] in ("NNP", "NNG")


def _cued(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return _before_kind(text[max(line_start, start - 20):start]) != ""


def _short_names(text: str, taken, allowed) -> list[NameHit]:
    hits = []
    for m in _SHORT.finditer(text):
        surname, given, rest = m.groups()
        core = surname + given
        if not rest or given not in _GIVEN or given in L.NOT_GIVEN or core in L.NOT_NAMES:
            continue
        if core in _PERSON_WORDS or given in _PLACE_FINALS or _covered(taken, m.start(), m.start() + 2):
            continue
        person = _ANIMATE.fullmatch(rest) or _COMITATIVE.fullmatch(rest)
        if not person and not (rest in ("이", "가", "은", "는", "도") and _cued(text, m.start())):
            continue  # 최애는, 갈래: two syllables with a case particle need a relation cue
        if allowed is not None and allowed(m.start(), m.start() + 2):
            continue
        tokens = morph.analyze(core)
        if not tokens or any(not t[1].startswith("NN") for t in tokens):
            continue  # 가+ᆯ래: a verb
        if len(tokens) == 1 and tokens[0][4]:
            if tokens[0][1] == "NNP" and _ANIMATE.fullmatch(rest):
                hits.append(NameHit(m.start(), m.start() + 2, 0.62))  # a known name, 한테 after it
            continue  # 김밥, 박수, 정말: words
        if _clause_unknown(text, m.start(), split_ok=bool(person)):
            hits.append(NameHit(m.start(), m.start() + 2, 0.64))
    return hits


_OPENING_LINE = re.compile(r"[ \t]*(?:To\.?[ \t]*)?([가-힣]{2,4}?)(에게|께|한테|야|아)?[ \t]*[,.!~]*[ \t]*")
_CLOSING_LINE = re.compile(r"[ \t]*(?:From\.?[ \t]*|[-—][ \t]*)?([가-힣]{2,4}?)(이가|가|씀|올림|드림)?[ \t]*[.!~]*[ \t]*")


def _common_one_word(word: str) -> bool:
    tokens = morph.analyze(word)
    return not tokens or len(tokens) == 1 and tokens[0][4] and tokens[0][1] != "NNP"


def _letter_lines(text: str, taken, allowed) -> list[NameHit]:
    """The addressee on a letter's first line and the writer on its last (``허린에게`` …
    ``황보형민이가``, ``To. 한솔`` … ``From. 제향순``), in a post of three lines or more."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    if len(lines) < 3:
        return []
    hits = []
    for (start, line), pattern, marker in ((lines[0], _OPENING_LINE, "To"), (lines[-1], _CLOSING_LINE, "From")):
        m = pattern.fullmatch(line)
        if m is None or not (m.group(2) or line.lstrip().startswith(marker)):
            continue
        word = m.group(1)
        a, b = start + m.start(1), start + m.end(1)
        sl = 2 if word[:2] in L.COMPOUND_SURNAMES else 1
        if word[:sl] not in L.COMMON_SURNAMES | L.RARE_SURNAMES | L.COMPOUND_SURNAMES or not 1 <= len(word) - sl <= 2:
            continue
        if any(s not in _GIVEN or s in L.NOT_GIVEN for s in word[sl:]) or _covered(taken, a, b):
            continue
        if (allowed is not None and allowed(a, b)) or word in _PERSON_WORDS or (
                _common_one_word(word) if len(word) == 2 else _one_word(word) or _word_rejects(word)):
            continue  # 친구에게, 엄마가: words; 허린 (Kiwi: 허리+ᆫ) is read only as a whole
        hits.append(NameHit(a, b, 0.66))
    return hits


def find_addressed_names(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Vocatives, names called out, and two-syllable names in a person frame."""
    if not morph.enabled():
        return []
    hits = _vocatives(text, taken, allowed)
    taken = taken + [(h.start, h.end) for h in hits]
    more = _addressed(text, taken, allowed)
    taken += [(h.start, h.end) for h in more]
    more += _short_names(text, taken, allowed)
    if text.count("\n") >= 2:
        more += _letter_lines(text, taken + [(h.start, h.end) for h in more], allowed)
    return hits + more
