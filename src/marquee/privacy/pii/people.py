"""Names without a cue word, names broken by a space, and names repeated in a post.

``names.py`` finds names that a cue points at (an honorific, a label, a relation word, a
title, an adjacent phone number). Posts also name people with no cue at all: in a list
(``민지랑 김서연이랑 같이 봤어요``), as a bare sender, or once with a cue and later bare.
This module adds three recognisers on top:

* **in-frame names**: a surname plus two syllables, followed only by particles, that Kiwi
  reads *in its clause* as a proper noun or as one word it does not know (unseen names
  come out that way). The word alone is checked first (cached, cheap) so ordinary words
  (``정말로``, ``이번에``) never reach the clause analysis;
* **spaced names** (``김 민수 님``, ``성명: 박 지훈``): the space is removed before scoring
  and the span keeps the original offsets; a cue is required, as ``이 영화`` is a phrase;
* **two-syllable names** with an honorific or a label (``김산 씨``, ``예금주 윤슬``);
* **coreference**: once a string is a name in a post, every other occurrence of it, and of
  its given name with a particle or honorific (``민수가``), is masked too.
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .names import (
    _ANIMATE,
    _COMITATIVE,
    _QUOTATIVE,
    _REST,
    THRESHOLD,
    NameHit,
    _before_kind,
    _cue_base,
    _plausibility,
    _standalone,
)
from .places import SIDO, SIGUNGU

_SURNAMES = "".join(sorted(L.COMMON_SURNAMES | L.RARE_SURNAMES))
_COMPOUND = "|".join(sorted(L.COMPOUND_SURNAMES))
# A surname, two syllables and nothing but particles or an honorific: the only words
# ``_in_frame`` can take, so the scan skips every other word in C.
_WORD = re.compile(rf"(?<![가-힣])(?:(?:{_COMPOUND})[가-힣]{{2}}|[{_SURNAMES}][가-힣]{{2}})"
                   rf"(?:{_REST.pattern})(?![가-힣])")
_SPACED = re.compile(rf"(?<![가-힣])({_COMPOUND}|[{_SURNAMES}])[ \t]([가-힣]{{2}})([가-힣]{{0,6}})(?![가-힣])")
_CLAUSE_END = ".!?\n"
# An honorific right after the name (님, 씨, 귀하), glued or after one space.
_HONOURED = re.compile(r"[ \t]?(?:님|씨|귀하)(?![가-힣])|[ \t]?(?:님|씨)(?:이|가|은|는|을|를|께|의|도|한테|에게)")
_NAME_TAGS = ("NNP", "NNG")
_AFTER_OK = ("J", "VCP", "E", "XSN")


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < e and s < end for s, e in spans)


def _clause(text: str, start: int, end: int) -> tuple[int, str]:
    """The clause around text[start:end]: from the last sentence end before it to the next
    one after it, at most 60 characters each way."""
    lo = max(0, start - 30)
    cut = max(text.rfind(c, lo, start) for c in _CLAUSE_END)
    lo = cut + 1 if cut != -1 else lo
    hi = min(len(text), end + 30)
    ends = [i for c in _CLAUSE_END if (i := text.find(c, end, hi)) != -1]
    hi = min(ends) + 1 if ends else hi
    return lo, text[lo:hi]


def _word_rejects(core: str) -> bool:
    """Kiwi, on the word alone, reads a dictionary word here (정말, 이번, 조용+하+ᆫ).

    A one-syllable first token is just the surname misread (나+민서, 서+준), so only a
    token of two syllables or more counts, or a verb or ending inside the word."""
    tokens = morph.analyze(core)
    if not tokens:
        return False
    first = tokens[0]
    if first[3] >= 2 and (first[1] not in _NAME_TAGS or (first[1] == "NNG" and first[4])):
        return True  # 정상+훈, 고민+하, 조용+하: a known word opens the word
    return any(t[1].startswith(("V", "E", "XS")) for t in tokens)


_SIGNATURE_LEAD = re.compile(r"[ \t]*(?:[-—–~]+|From\.?|from\.?|FROM\.?)[ \t]*")


def _signed(text: str, line_start: int, start: int, end: int, kind: str, rest: str) -> bool:
    """A name that is the whole rest of its line after a weak label or a signature dash:
    ``작성: 마끝순``, ``— 이겨울``, ``From. 김도윤``."""
    line_end = text.find("\n", end)
    tail = text[end + len(rest):line_end if line_end != -1 else len(text)]
    if rest or tail.strip(" \t.!~"):
        return False
    return kind == "weak" or _SIGNATURE_LEAD.fullmatch(text[line_start:start]) is not None


def _opens_with_word(core: str) -> bool:
    """A dictionary word of two syllables or more, other than a proper noun, opens the word
    (선금+순, 친구+들, 정말+이)."""
    tokens = morph.analyze(core)
    return bool(tokens) and (_common_word(core) or (
        tokens[0][1] != "NNP" and tokens[0][4] and tokens[0][3] >= 2))


def _reading(text: str, start: int, n: int) -> str:
    """How Kiwi, reading the clause, takes text[start:start+n]: ``unknown`` (one word it
    does not know: what unseen names look like), ``split`` (a surname it knows plus a short
    noun: 박+지훈, 홍+태양), ``known`` (one proper noun from its dictionary: a famous
    person, but also 배송지) or ``""`` (anything else)."""
    lo, clause = _clause(text, start, start + n)
    tokens = morph.analyze_clause(clause)
    if tokens is None:
        return ""
    rel = start - lo
    inside = [t for t in tokens if rel <= t[2] < rel + n]
    if not inside or inside[0][2] != rel:
        return ""
    after = [t for t in tokens if rel + n <= t[2] < rel + n + 1]
    if after and "가" <= text[start + n:start + n + 1] <= "힣" and not after[0][1].startswith(_AFTER_OK):
        return ""
    if len(inside) == 1:
        tok = inside[0]
        if tok[3] != n or tok[1] not in _NAME_TAGS:
            return ""
        if not tok[4]:
            return "unknown"
        return "known" if tok[1] == "NNP" else ""
    if (inside[0][1] == "NNP" and inside[0][3] == 1 and all(t[1] in _NAME_TAGS for t in inside)
            and inside[-1][2] + inside[-1][3] == rel + n):
        # 박+지훈 stands alone; 미+동의 (a known common noun after the "surname") needs a frame.
        common = any(t[1] == "NNG" and t[4] and t[3] >= 2 for t in inside[1:])
        return "word" if common else "split"
    return ""


_LIST_SEP = re.compile(r"[ \t]*(?:[,·/&+]|그리고|및)[ \t]*|[ \t]+")


def _person_frame(text: str, start: int, end: int, rest: str, names: list[tuple[int, int]],
                  standalone: bool = True) -> bool:
    """A frame that points at a person: an animate, comitative or quotative particle, a
    line of its own, or a list with another name (``박지훈, 최유나, 정하은``)."""
    if rest and (_ANIMATE.fullmatch(rest) or _COMITATIVE.fullmatch(rest) or _QUOTATIVE.fullmatch(rest)):
        return True
    if standalone and _standalone(text, start, end + len(rest)):
        return True
    for s, e in names:
        if s == start:
            continue
        gap = text[e:start] if e <= start else text[end + len(rest):s]
        if len(gap) <= 4 and _LIST_SEP.fullmatch(gap):
            return True
    return False


_PUNCT_SEP = re.compile(r"[ \t]*[,·/&+][ \t]*")


def _punct_list(text: str, found: list) -> set[tuple[int, int]]:
    """Two or more name-like words joined by commas or middle dots: a list of people."""
    out: set[tuple[int, int]] = set()
    spans = sorted((f[0], f[1] + len(f[2])) for f in found)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:], strict=False):
        if _PUNCT_SEP.fullmatch(text[e1:s2]):
            out.update({(s1, s1 + (e1 - s1)), (s2, e2)})
    return out


def _in_frame(text: str, taken: list[tuple[int, int]], allowed) -> list[NameHit]:
    found = []
    for m in _WORD.finditer(text):
        word = m.group()
        sl = 2 if word[:2] in L.COMPOUND_SURNAMES else 1
        n = sl + 2
        if len(word) < n or _covered(taken, m.start(), m.start() + n):
            continue
        core, rest = word[:n], word[n:]
        if core in L.NOT_NAMES or word in L.NOT_NAMES or (rest and not _REST.fullmatch(rest)):
            continue
        if core[-1] in _PLACE_FINALS or core in _PLACES:
            continue
        plaus = _plausibility(core[:sl], core[sl:])
        line_start = text.rfind("\n", 0, m.start()) + 1
        kind = _before_kind(text[max(line_start, m.start() - 20):m.start()])
        honoured = _HONOURED.match(text, m.start() + n) is not None
        label = (kind == "label" or honoured
                 or _signed(text, line_start, m.start(), m.start() + n, kind, rest))
        if allowed is not None and (allowed(m.start(), m.start() + n) or (
                core.endswith("이") and allowed(m.start(), m.start() + n - 1))):
            continue  # a catalogue name, also as 현빈+이랑
        person_particle = bool(rest) and _PERSON_PARTICLE.fullmatch(rest) is not None
        odd = any(s in L.NOT_GIVEN for s in core[sl:]) or plaus == 0.0 and not all(
            s in L.GIVEN_ANY or s in L.GIVEN_RARE for s in core[sl:])
        if (label or person_particle) and (odd or _word_rejects(core)) and word_given(core, sl):
            found.append((m.start(), m.start() + n, rest, "label" if label else "split", plaus))
            continue  # 표겨울이랑, 수신: 빈바다 귀하: a surname and a word as a given name
        if odd and not label:
            continue  # after a label (받는이 이려원) any syllables may make a name
        framed = person_particle and plaus >= 0.36 and _QUOTATIVE.fullmatch(rest) is None
        if _word_rejects(core) and not (framed and not _opens_with_word(core)) \
                and not (honoured and _noun_led(core)):
            continue  # with 랑/한테 after it, only a dictionary word opening it vetoes (강희+자);
            # with an honorific, only one dictionary noun or a verb does (학예+서씨, 상담사님)
        if label:
            found.append((m.start(), m.start() + n, rest, "label", plaus))
            continue
        # 강희자랑 같이, 팽옥분한테: the particle marks a person, and whatever Kiwi reads in the
        # clause the word is accepted, so the clause is not analysed at all.
        reading = "unknown" if framed else _reading(text, m.start(), n)
        if reading:
            found.append((m.start(), m.start() + n, rest, reading, plaus))
    return _accept(text, found, taken)


def _noun_led(core: str) -> bool:
    """Nouns only, not one dictionary noun: 학예+서씨 yes; 상담사님, 주+시+어요 no."""
    tokens = morph.analyze(core)
    return bool(tokens) and not _common_word(core) and all(t[1].startswith("NN") for t in tokens)


_PERSON_PARTICLE = re.compile(rf"{_ANIMATE.pattern}|{_COMITATIVE.pattern}|{_QUOTATIVE.pattern}")
_PERSON_WORDS = frozenset({*L.RELATION_WORDS, *L.HONORIFICS})


def word_given(core: str, sl: int) -> bool:
    """A surname followed by a two-syllable dictionary word used as a given name (표+겨울,
    빈+바다, 선+금순): Kiwi reads the given part alone as one known noun, and the whole
    word is not one dictionary word itself (손수건, 강냉이, 신세계, 남동생 stay words).
    Only asked in a person frame (a label, an honorific, or 랑/한테/이가 after it)."""
    given = core[sl:]
    if len(given) != 2 or given in _PERSON_WORDS or core in L.NOT_NAMES:
        return False
    whole = morph.analyze(core)
    if not whole or (len(whole) == 1 and whole[0][4] and whole[0][1].startswith("NN")):
        return False
    tokens = morph.analyze(given)
    return bool(tokens) and len(tokens) == 1 and tokens[0][1] in _NAME_TAGS and tokens[0][3] == 2 \
        and tokens[0][4]


def _accept(text: str, found: list, taken: list[tuple[int, int]]) -> list[NameHit]:
    """Keep the candidates Kiwi reads as unseen or split names, and dictionary proper nouns
    in a person frame."""
    hits: list[NameHit] = []
    # Names that stand without a frame make a list for the others, and a name accepted
    # through a list extends it (박지훈, 최유나, 정하은).
    names = [(s, e) for s, e, _, reading, _ in found if reading not in ("known", "word")] + taken
    listed = _punct_list(text, found)
    names += [(f[0], f[1]) for f in found if f[3] == "known" and (f[0], f[1] + len(f[2])) in listed]
    pending = [f for f in found if f[3] in ("known", "word") and (f[0], f[1]) not in names]
    changed = True
    while changed:
        changed = False
        for f in list(pending):
            if _person_frame(text, f[0], f[1], f[2], names, standalone=f[3] == "known"):
                names.append((f[0], f[1]))
                pending.remove(f)
                changed = True
    accepted = set(names)
    for start, end, *_, plaus in found:
        if (start, end) in accepted:
            hits.append(NameHit(start, end, 0.62 + 0.1 * min(plaus, 1.0)))
    return hits


def _spaced(text: str, taken, anchors, allowed) -> list[NameHit]:
    """``김 민수 님``: a one-syllable surname, a space, a two-syllable given name, a cue."""
    hits = []
    starts = {s for s, _ in anchors}
    ends = {e for _, e in anchors}
    for m in _SPACED.finditer(text):
        surname, given, rest = m.groups()
        if _covered(taken, m.start(), m.end(2)) or _plausibility(surname, given) < 0.36:
            continue
        if rest and not _REST.fullmatch(rest):
            continue
        if (surname + given) in L.NOT_NAMES or given in L.NOT_NAMES:
            continue  # no Kiwi check here: 방 광수 would read as 방광 + 수
        base, cue = _cue_base(text, m.start(), m.end(), rest, starts, ends)
        if cue not in ("honorific", "label", "adjacent"):
            continue
        if allowed is not None and allowed(m.start(), m.end(2)):
            continue
        hits.append(NameHit(m.start(), m.end(2), base))
    return hits


_SHORT = re.compile(rf"(?<![가-힣])([{_SURNAMES}])([가-힣])((?:[ \t]?(?:씨|님))[가-힣]{{0,4}})?(?![가-힣])")


def _two_syllable(text: str, taken, allowed) -> list[NameHit]:
    """``김산 씨``, ``예금주 윤슬``: surname + one syllable, with an honorific or a label."""
    hits = []
    for m in _SHORT.finditer(text):
        surname, given, hon = m.groups()
        core = surname + given
        if _covered(taken, m.start(), m.start() + 2) or core in L.NOT_NAMES:
            continue
        if given not in L.GIVEN_ANY or given in L.NOT_GIVEN:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        label = _before_kind(text[max(line_start, m.start() - 20):m.start()]) == "label"
        if not label and not (hon and _REST.fullmatch(hon.strip(" \t"))):
            continue
        if allowed is not None and allowed(m.start(), m.start() + 2):
            continue
        tokens = morph.analyze(core)
        if tokens and len(tokens) == 1 and tokens[0][4] and tokens[0][1] != "NNP":
            continue  # 김씨 is a surname; 정말, 조금: words
        hits.append(NameHit(m.start(), m.start() + 2, 0.7))
    return hits


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    out = []
    pos = text.find(name)
    while pos != -1:
        end = pos + len(name)
        before_ok = pos == 0 or not ("가" <= text[pos - 1] <= "힣")
        k = end
        while k < len(text) and "가" <= text[k] <= "힣":
            k += 1
        if before_ok and (k == end or _REST.fullmatch(text[end:k])):
            out.append((pos, end))
        pos = text.find(name, pos + 1)
    return out


def corefer(text: str, names: list[tuple[int, int, float]], allowed=None) -> list[NameHit]:
    """Every other occurrence of a string already found to be a name in this post.

    A full name's given name repeats too (``김민수 … 민수가``), but only with a particle
    or an honorific glued on, since two syllables alone are often a word."""
    found = {(s, e) for s, e, _ in names}
    hits = []
    seen = set()
    for s, e, score in names:
        name = text[s:e]
        if " " in name or name in seen or len(name) < 2 or not all("가" <= c <= "힣" for c in name):
            continue
        seen.add(name)
        forms = [(name, False)]
        sl = 2 if name[:2] in L.COMPOUND_SURNAMES else 1
        if len(name) - sl == 2:
            forms.append((name[sl:], True))
        for form, needs_rest in forms:
            for a, b in _occurrences(text, form):
                if (a, b) in found or any(a < fe and fs < b for fs, fe in found):
                    continue
                if needs_rest and not (b < len(text) and "가" <= text[b] <= "힣"):
                    continue
                if allowed is not None and allowed(a, b):
                    continue
                found.add((a, b))
                hits.append(NameHit(a, b, max(THRESHOLD, score - 0.05)))
    return hits


_CELL = re.compile(r"[^|\t]+")
_HEADERS = frozenset(w.replace(" ", "") for w in (*L.NAME_LABELS, "이름", "성명", "name", "Name", "NAME"))
_CELL_NAME = re.compile(r"[가-힣]{2,5}|[가-힣]{1,2} [가-힣]{1,3}|[A-Za-z][A-Za-z\-]+(?: [A-Za-z\-]+){1,2}")


def _cell_is_name(value: str) -> bool:
    """A Hangul cell starts with a surname and is no dictionary word; Latin ones pass."""
    if not "가" <= value[0] <= "힣":
        return True
    squeezed = value.replace(" ", "")
    sl = 2 if squeezed[:2] in L.COMPOUND_SURNAMES else 1
    if squeezed[:sl] not in L.COMMON_SURNAMES | L.RARE_SURNAMES | L.COMPOUND_SURNAMES:
        return False
    if squeezed in L.NOT_NAMES:
        return False
    tokens = morph.analyze(squeezed)  # one dictionary noun (강아지) is an item, not a name
    return not (tokens and len(tokens) == 1 and tokens[0][1] == "NNG" and tokens[0][4])


def _table_names(text: str, taken) -> list[NameHit]:
    """Cells under a name column (``| 이름 | 연락처 |`` or tab-separated): names with no cue
    in their own line. The header row must name the column."""
    hits: list[NameHit] = []
    columns: list[int] | None = None
    pos = 0
    for line in text.split("\n"):
        cells = [(m.start() + pos, m.group()) for m in _CELL.finditer(line)] if (
            line.count("|") >= 2 or "\t" in line) else []
        if not cells:
            columns = None
        elif columns is None:
            columns = [i for i, (_, c) in enumerate(cells) if c.strip().replace(" ", "") in _HEADERS]
        else:
            for i in columns:
                if i >= len(cells):
                    continue
                start, cell = cells[i]
                value = cell.strip()
                start += cell.index(value) if value else 0
                if (_CELL_NAME.fullmatch(value) and _cell_is_name(value)
                        and not _covered(taken, start, start + len(value))):
                    hits.append(NameHit(start, start + len(value), 0.75))
        pos += len(line) + 1
    return hits


_MEMBER = rf"(?:{_COMPOUND}|[{_SURNAMES}])[가-힣]{{2}}"
_NAME_LIST = re.compile(rf"(?<![가-힣]){_MEMBER}(?:[ \t]*[,·/][ \t]*{_MEMBER}){{1,9}}(?![가-힣])")


def _list_of_names(text: str, members: list[tuple[int, int]]) -> bool:
    """Surname-led three-syllable words in a comma list, none a dictionary word or a place:
    people, even when Kiwi reads none as a name. Two members (``육지안, 온도하``) need
    given-name syllables, or a word as given name (``나+가을``), in both."""
    if len(members) < 2:
        return False
    for s, e in members:
        word = text[s:e]
        if word in L.NOT_NAMES or word in _PLACES or word[-1] in _PLACE_FINALS:
            return False
        tokens = morph.analyze(word)
        if tokens and len(tokens) == 1 and tokens[0][4] and tokens[0][1] in _NAME_TAGS:
            return False  # 이벤트, 정기권: one dictionary word
        if len(members) == 2 and (not _given_like(word) or any(
                t[1].startswith(("J", "V", "E", "MA")) for t in tokens or ())):
            return False  # 정말+로, 민망+하+어: not nouns
    return True


def _given_like(word: str) -> bool:
    sl = 2 if word[:2] in L.COMPOUND_SURNAMES else 1
    given = word[sl:]
    if any(c in L.NOT_GIVEN for c in given):
        return False
    return all(c in L.GIVEN_ANY or c in L.GIVEN_RARE for c in given) or word_given(word, sl)


def _list_members(text: str, accepted: list[tuple[int, int]]) -> list[NameHit]:
    """In a comma list of surname-led three-syllable words with one name in it already,
    the other members are names too (``제재규, 편희자, 나서진``)."""
    hits = []
    for m in _NAME_LIST.finditer(text):
        members = [(k.start() + m.start(), k.end() + m.start())
                   for k in re.finditer(_MEMBER, m.group())]
        if not any((s, e) in accepted for s, e in members) and not _list_of_names(text, members):
            continue
        for s, e in members:
            if (s, e) not in accepted and text[s:e] not in L.NOT_NAMES and not _covered(accepted, s, e):
                hits.append(NameHit(s, e, 0.7))
    return hits


def veto_common_words(text: str, hits: list[NameHit]) -> list[NameHit]:
    """Drop cue-less guesses (scores under a title cue's 0.8, so the post-name 이 of
    ``손수건이랑`` too) that Kiwi knows as a common word (강아지랑, 정보로)."""
    kept = []
    for h in hits:
        core = text[h.start:h.end]
        if core in _PLACES:
            continue  # 경기도, 제주도 alone on a line are places
        if h.end - h.start >= 3 and (h.score < 0.8 or (h.score < 0.85 and core[-1] in _PARTICLE_FINALS)) \
                and _common_word(core):
            continue  # 정보로 회원을: a noun and a particle before a title-like word
        kept.append(h)
    return kept


_PARTICLE_FINALS = frozenset("로를을의와과에")


def _common_word(core: str) -> bool:
    """One dictionary noun (강아지), or a dictionary noun plus a particle (정보+로)."""
    tokens = morph.analyze(core) if morph.enabled() else None
    if not tokens or not (tokens[0][1] == "NNG" and tokens[0][4]):
        return False
    return len(tokens) == 1 or (len(tokens) == 2 and tokens[0][3] >= 2 and tokens[1][1].startswith("J"))


# Last syllables of branches, stations, rooms and shops: 홍대점, 강남역, 3관, 사무실.
_PLACE_FINALS = frozenset("점역관층실팀과집청국센터트장")
_PLACES = frozenset({*SIGUNGU, *SIDO})  # 부산시, 강원도, 경기도 alone on a line


def find_more_names(text: str, hits: list[NameHit], anchors=(), allowed=None) -> list[NameHit]:
    """Names that ``names.find_names`` leaves out (see the module docstring)."""
    if not any("가" <= c <= "힣" for c in text[:2000]) and not re.search("[가-힣]", text):
        return []
    taken = [(h.start, h.end) for h in hits]
    more = _spaced(text, taken, anchors, allowed)
    taken += [(h.start, h.end) for h in more]
    more += _two_syllable(text, taken, allowed)
    taken = [(h.start, h.end) for h in (*hits, *more)]
    if "|" in text or "\t" in text:
        more += [h for h in _table_names(text, taken)
                 if allowed is None or not allowed(h.start, h.end)]
        taken = [(h.start, h.end) for h in (*hits, *more)]
    if morph.enabled():
        more += _in_frame(text, taken, allowed)
    if "," in text or "·" in text or "/" in text:
        listed = _list_members(text, [(h.start, h.end) for h in (*hits, *more)])
        more += [h for h in listed if allowed is None or not allowed(h.start, h.end)]
    return more
