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
from .namelists import _list_members, _table_names
from .names import (
    _ANIMATE,
    _COMITATIVE,
    _QUOTATIVE,
    _REST,
    NameHit,
    _before_kind,
    _cue_base,
    _plausibility,
    _standalone,
)
from .wordscore import (
    _NAME_TAGS,
    _PLACE_FINALS,
    _PLACES,
    _covered,
    _noun_led,
    _opens_with_word,
    _word_rejects,
    word_given,
)

_SURNAMES = "".join(sorted(L.COMMON_SURNAMES | L.RARE_SURNAMES))
_COMPOUND = "|".join(sorted(L.COMPOUND_SURNAMES))
# A surname, two syllables and nothing but particles or an honorific: the only words
# ``_in_frame`` can take, so the scan skips every other word in C.
_WORD = re.compile(rf"(?<![가-힣])(?:(?:{_COMPOUND})[가-힣]{{2}}|[{_SURNAMES}][가-힣]{{2}})"
                   rf"(?:{_REST.pattern})(?![가-힣])")
_SPACED = re.compile(rf"(?<![가-힣])({_COMPOUND}|[{_SURNAMES}])[ \t]([가-힣]{{2}})([가-힣]{{0,6}})(?![가-힣])")
_CLAUSE_END = ".!?\n"
_CLAUSE_STOP = re.compile(r"[.!?\n]")
_HANGUL = re.compile("[가-힣]")
_LOT_NEXT = re.compile(r"[ \t](?:산[ \t]?)?\d")
# An honorific right after the name (님, 씨, 귀하), glued or after one space.
_HONOURED = re.compile(r"[ \t]?(?:님|씨|귀하)(?![가-힣])|[ \t]?(?:님|씨)(?:이|가|은|는|을|를|께|의|도|한테|에게)")
_AFTER_OK = ("J", "VCP", "E", "XSN")


def _clause(text: str, start: int, end: int) -> tuple[int, str]:
    """The clause around text[start:end]: from the last sentence end before it to the next
    one after it, at most 60 characters each way."""
    lo = max(0, start - 6)
    for i in range(start - 1, lo - 1, -1):  # six characters at most: a loop beats four rfinds
        if text[i] in _CLAUSE_END:
            lo = i + 1
            break
    hi = min(len(text), end + 10)
    stop = _CLAUSE_STOP.search(text, end, hi)
    hi = stop.end() if stop is not None else hi
    return lo, text[lo:hi]


_SIGNATURE_LEAD = re.compile(r"[ \t]*(?:[-—–~]+|From\.?|from\.?|FROM\.?)[ \t]*")


def _signed(text: str, line_start: int, start: int, end: int, kind: str, rest: str) -> bool:
    """A name that is the whole rest of its line after a weak label or a signature dash:
    ``작성: 마끝순``, ``— 이겨울``, ``From. 김도윤``."""
    if rest:  # a particle glued on: not the whole rest of the line
        return False
    line_end = text.find("\n", end)
    if text[end:line_end if line_end != -1 else len(text)].strip(" \t.!~"):
        return False
    return kind == "weak" or _SIGNATURE_LEAD.fullmatch(text[line_start:start]) is not None


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
    known = {text[s:e] for s, e in taken}  # found already: coreference masks its other uses
    for m in _WORD.finditer(text):
        word, st = m.group(), m.start()
        sl = 2 if word[:2] in L.COMPOUND_SURNAMES else 1
        n = sl + 2
        if len(word) < n or word[:n] in known or _covered(taken, st, st + n):
            continue
        core, rest = word[:n], word[n:]
        if core in L.NOT_NAMES or word in L.NOT_NAMES or (rest and not _REST.fullmatch(rest)):
            continue
        if core[-1] in _PLACE_FINALS or core in _PLACES:
            continue
        after = st + len(word)
        if not rest and (text[after:after + 1] in (":", "：") or (
                core[-1] in "동로리가길" and _LOT_NEXT.match(text, after))):
            continue  # 배송지: a heading (speakers are frames.py's); 구월동 산 12: an address
        if allowed is not None and (allowed(st, st + n) or (
                core[-1] in _PARTICLE_SYLLABLES and allowed(st, st + n - 1))):
            continue  # a catalogue name, also as 현빈+이랑, 판교+랑
        plaus = _plausibility(core[:sl], core[sl:])
        line_start = text.rfind("\n", 0, st) + 1
        kind = _before_kind(text[max(line_start, st - 20):st])
        honoured = _HONOURED.match(text, st + n) is not None
        label = (kind == "label" or honoured
                 or _signed(text, line_start, st, st + n, kind, rest))
        person_particle = bool(rest) and _PERSON_PARTICLE.fullmatch(rest) is not None
        odd = not L.NOT_GIVEN.isdisjoint(core[sl:]) or plaus == 0.0 and not _LISTED_GIVEN.issuperset(core[sl:])
        if (label or person_particle) and (odd or _word_rejects(core)) and word_given(core, sl):
            if not label and _noun_then_particle(core, rest):
                continue
            found.append((st, st + n, rest, "label" if label else "split", plaus))
            continue  # 표겨울이랑, 수신: 빈바다 귀하: a surname and a word as a given name
        if (odd and not label) or (sl == 2 and core[-1] == "이" and plaus < 1.0 and not (label or person_particle)):
            continue  # after a label (받는이 이려원) any syllables may make a name; 독고+다이 needs a frame
        if plaus < 0.5 and not label and _dictionary_proper(core):
            continue  # 전복죽, 김치전: dictionary proper nouns with untypical given syllables
        framed = person_particle and plaus >= 0.36 and _QUOTATIVE.fullmatch(rest) is None
        if _word_rejects(core) and not (framed and not _opens_with_word(core)) \
                and not (honoured and _noun_led(core)):
            continue  # with 랑/한테 after it, only a dictionary word opening it vetoes (강희+자);
            # with an honorific, only one dictionary noun or a verb does (학예+서씨, 상담사님)
        if label:
            found.append((st, st + n, rest, "label", plaus))
            continue
        # 강희자랑 같이, 팽옥분한테: the particle marks a person; 한+동+욱이, 국무진을: Kiwi has no
        # reading for the word at all (its word reading, already made). Either way the word is
        # taken as unknown whatever the clause says, so the clause is not analysed at all.
        if _noun_then_particle(core, rest):  # 나초+랑, 한우+이랑, 차돌박이+랑: dropped whatever the
            continue  # clause reads, so asked before the clause is read (a word costs a quarter)
        unseen = rest in _CASE_PARTICLES and plaus >= 0.6 and _unseen_word(core)
        reading = "unknown" if framed or unseen else _reading(text, st, n)
        running = rest or (text[after:after + 1] == " " and "가" <= text[after + 1:after + 2] <= "힣")
        if reading in ("unknown", "split") and running and not person_particle and plaus < 1.0 \
                and _common_given(core[sl:]):
            continue  # 정+주행은: a surname and a dictionary word needs a person frame
        if reading:
            found.append((st, st + n, rest, reading, plaus))
    return _accept(text, found, taken)


_PARTICLE_SYLLABLES = frozenset("랑이와과도의를을은는가")
_LISTED_GIVEN = L.GIVEN_ANY | L.GIVEN_RARE  # one-syllable sets: a subset test is the all() over them
_ONE_PARTICLE = frozenset("랑 이랑 이 와 과 도 의 를 을 은 는 가 이가 이는 이도 이를".split())
_CASE_PARTICLES = frozenset("이 가 은 는 을 를 의 도 만 이가 이는 이를 이도 이의 이만".split())


def _noun_then_particle(core: str, rest: str) -> bool:
    """The word is a dictionary noun plus a particle (나초+랑, 한우+이), or a dictionary noun
    runs on into what looked like the particle (차돌박이+랑)."""
    if core[-1] + rest in _ONE_PARTICLE:
        head = morph.analyze(core[:-1])
        if head and len(head) == 1 and head[0][4] and head[0][1] in ("NNG", "NNP") and head[0][3] == 2:
            return True
    if rest[:1] == "이":
        longer = morph.analyze(core + "이")
        return bool(longer) and len(longer) == 1 and longer[0][4] and longer[0][1] == "NNG"
    return False


def _common_given(given: str) -> bool:
    """The given part alone is one dictionary common noun (주행, 바다)."""
    tokens = morph.analyze(given)
    return bool(tokens) and len(tokens) == 1 and tokens[0][1] == "NNG" and tokens[0][4] \
        and tokens[0][3] == len(given)


def _unseen_word(core: str) -> bool:
    """Kiwi, reading the word alone, has no word for it: one unknown token, or nothing but
    one-syllable pieces with no verb or ending among them (한+동+욱)."""
    tokens = morph.analyze(core)
    if not tokens:
        return False
    if len(tokens) == 1:
        return not tokens[0][4] and tokens[0][3] == len(core) and tokens[0][1] in _NAME_TAGS
    return all(t[3] == 1 for t in tokens) and not any(t[1].startswith(("V", "E", "XS", "J")) for t in tokens)


def _dictionary_proper(core: str) -> bool:
    """Kiwi, reading the word alone, takes it as one proper noun from its dictionary."""
    tokens = morph.analyze(core)
    return bool(tokens) and len(tokens) == 1 and tokens[0][1] == "NNP" and tokens[0][4] \
        and tokens[0][3] == len(core)


_PERSON_PARTICLE = re.compile(rf"{_ANIMATE.pattern}|{_COMITATIVE.pattern}|{_QUOTATIVE.pattern}")


def _accept(text: str, found: list, taken: list[tuple[int, int]]) -> list[NameHit]:
    """Keep the candidates Kiwi reads as unseen or split names, and dictionary proper nouns
    in a person frame."""
    if not found:  # nothing to accept (most posts): skip building the lists below
        return []
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


def _spaced_given_ok(surname: str, given: str) -> bool:
    """A weaker cue (친구, 동승, a copula) takes ``서 철준`` only with typical syllables and
    a given name Kiwi does not know as a word (``이 영화입니다``, ``그 사람``: not names)."""
    if _plausibility(surname, given) < 0.6:
        return False
    tokens = morph.analyze(given)
    if not tokens:
        return True
    if any(t[1].startswith(("V", "M", "E")) for t in tokens):
        return False  # 안 보고, 잘 먹고: a verb form; 더 많이: an adverb
    return not (len(tokens) == 1 and tokens[0][4] and tokens[0][1] != "NNP")


_SPACED_REST = frozenset("입니다 이에요 예요 이가 이 가 은 는 도 이도 이는".split())
_SPEAKER_PREFIX = re.compile(r"[ \t\-*•]*(?:\[[^\]\n]{1,20}\][ \t]*)*")


def _spaced_frame(text: str, start: int, end: int, rest: str) -> bool:
    """A person frame for ``김 민수`` without a cue word: a person particle or a copula glued on
    (``견 향숙이 질문함``, ``옥 규정입니다``), a chat speaker (``위 동주: …``), or a member of a
    comma list (``…, 박 옥분, …``)."""
    if rest:
        return _PERSON_PARTICLE.fullmatch(rest) is not None or rest in _SPACED_REST
    line_start = text.rfind("\n", 0, start) + 1
    after = text[end:end + 2].lstrip(" \t")[:1]
    if after == ":" and _SPEAKER_PREFIX.fullmatch(text, line_start, start):
        return True
    before = text[max(0, start - 2):start].rstrip(" \t")[-1:]
    return after == "," and before in (",", ":") or before == "," and after in (",", ".", "")


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
        if surname in _DETERMINERS and not _spaced_given_ok(surname, given):
            continue  # 제 계정이, 이 영화: "my", "this" before a noun, whatever the cue
        base, cue = _cue_base(text, m.start(), m.end(), rest, starts, ends)
        if cue not in ("honorific", "label", "adjacent") and not (
                cue in ("relation", "title", "owned") and _spaced_given_ok(surname, given)) and not (
                _spaced_frame(text, m.start(), m.end(), rest) and _spaced_given_ok(surname, given)):
            continue
        base = base or 0.62
        if allowed is not None and allowed(m.start(), m.end(2)):
            continue
        hits.append(NameHit(m.start(), m.end(2), base))
    return hits


_DETERMINERS = frozenset("제이")  # surnames that are also "my" and "this" before a noun
_SHORT = re.compile(rf"(?<![가-힣])([{_SURNAMES}])([가-힣])((?:[ \t]?(?:씨|님|고객님|회원님|선생님))[가-힣]{{0,4}})?(?![가-힣])")


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
        if not (hon and _REST.fullmatch(hon.strip(" \t"))):  # no honorific: a label, looked up second
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _before_kind(text[max(line_start, m.start() - 20):m.start()]) != "label":
                continue
        if allowed is not None and allowed(m.start(), m.start() + 2):
            continue
        tokens = morph.analyze(core)
        if tokens and (len(tokens) == 1 and tokens[0][4] and tokens[0][1] != "NNP" or any(
                t[1].startswith(("V", "E")) for t in tokens)):
            continue  # 김씨 is a surname; 정말, 조금: words; 갈래 (가+ᆯ래): a verb
        hits.append(NameHit(m.start(), m.start() + 2, 0.7))
    return hits


_SPELLED = re.compile(rf"(?<![가-힣])({_COMPOUND}|[{_SURNAMES}])[ \t]([가-힣])[ \t]([가-힣])([가-힣]{{0,6}})(?![가-힣])")


def _spelled(text: str, taken, anchors, allowed) -> list[NameHit]:
    """A name spelled syllable by syllable (``정 금 례에게``, ``이 재 민 고객님``, ``To. 한 로 운``):
    typical given-name syllables that Kiwi, joined, does not read as a word, verb or adverb,
    with a cue, a person particle, a copula, or a line of its own."""
    hits = []
    starts = {s for s, _ in anchors}
    ends = {e for _, e in anchors}
    for m in _SPELLED.finditer(text):
        surname, g1, g2, rest = m.groups()
        given = g1 + g2
        if _covered(taken, m.start(), m.end(3)) or (rest and not _REST.fullmatch(rest)):
            continue
        if g1 in L.NOT_GIVEN or g2 in L.NOT_GIVEN or not _spaced_given_ok(surname, given):
            continue
        _, cue = _cue_base(text, m.start(), m.end(), rest, starts, ends)
        line_start = text.rfind("\n", 0, m.start()) + 1
        kind = _before_kind(text[max(line_start, m.start() - 20):m.start()])
        if not (cue or kind or _spaced_frame(text, m.start(), m.end(3), rest) or _standalone(text, m.start(), m.end())
                or _signed(text, line_start, m.start(), m.end(3), "weak" if kind else "", rest)):
            continue
        if allowed is not None and allowed(m.start(), m.end(3)):
            continue
        hits.append(NameHit(m.start(), m.end(3), 0.7))
    return hits


def find_more_names(text: str, hits: list[NameHit], anchors=(), allowed=None) -> list[NameHit]:
    """Names that ``names.find_names`` leaves out (see the module docstring)."""
    taken = [(h.start, h.end) for h in hits]
    more: list[NameHit] = []
    if "|" in text or "\t" in text:  # tables of Latin names too (Guest | Phone)
        more += [h for h in _table_names(text, taken)
                 if allowed is None or not allowed(h.start, h.end)]
        taken += [(h.start, h.end) for h in more]
    if not _HANGUL.search(text):
        return more
    spaced = _spelled(text, taken, anchors, allowed)  # 김 지 율이랑 before 지 율이랑
    taken += [(h.start, h.end) for h in spaced]
    spaced += _spaced(text, taken, anchors, allowed)
    taken += [(h.start, h.end) for h in spaced]
    more += spaced + _two_syllable(text, taken, allowed)
    taken = [(h.start, h.end) for h in (*hits, *more)]
    if morph.enabled():
        more += _in_frame(text, taken, allowed)
    if "," in text or "·" in text or "/" in text:
        listed = _list_members(text, [(h.start, h.end) for h in (*hits, *more)])
        more += [h for h in listed if allowed is None or not allowed(h.start, h.end)]
    return more
