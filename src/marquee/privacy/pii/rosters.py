"""Rosters: the names a post lists after a word that announces people (P11.2, round 7).

``당첨자 발표: A, B, C 님 축하드립니다``, ``참석자 명단`` over numbered or bulleted lines,
``오늘 단체관람 인원: A/B·C``, ``근무표``, ``예매 대기 순번``, ``[… 관람 모임]: …``. After such a
cue every member of the list is a person, so a member need not look like a typical name:
two-syllable names (a surname and one syllable), a surname spaced from its given name
(``백  단비``), foreign names in Hangul with parts in no list (``당 꽝 민``) and Latin names in
lower case are members too. What keeps this from masking words:

* the cue must be a roster word (winners, attendees, members, a duty list, a queue) and the
  list must have two members or more;
* a Hangul member starts with a census surname (compound ones included) or is a run of short
  parts opening with a one-syllable part (Vietnamese and Chinese names); a dictionary word
  counts only when it fills its list slot alone (``배경`` between two commas) and its given
  part is name syllables; a verb, an adverb or a pronoun ends the member (``다들 수고했어요``);
* a piece already masked by another recogniser is left to it.

Round 11 (read from test10's misses): a given name alone in its slot is a member when it reads
as one (``fieldvalues.can_be_given``: ``봉수``, ``영미``; ``오늘``, ``한결`` stay), and Latin
members may carry accented letters (``Yıldız``, ``Fernández``). Round 12 (read from test13): a
foreign name of one Hangul word alone in its slot (``다니야르``) is a weak member.

Comma lists closed by a count of people (``A, B, C 셋이``, ``A, B 둘다``, ``… 다들``) or opened by
``같이 본``/``같이 간`` are rosters too, with a relation word before a member skipped.

Round 14 (read from test13's misses): a comma list of three slots or more, two of them names
another recogniser found, is a list of people whatever heads it (``마감: A, B, 아나스타시야, 로아``):
its other members are read as a cued roster's are, and a two-syllable given name may be a
dictionary noun there (``로아``).

Round 14 (``piirecall17``, read from test13/test14): friends or children named in a bracket
after the plural (``친구들(은비, 가온, 우진)이랑``) are a cued roster, and a cued list's own
members count as found names for the comma-list rule above (``아이 이름: 지안, 서후, 로아``).

Middle dots are normalised to full stops, so ``토마스·브라운`` arrives as ``토마스.브라운``: a dot
between two parts that do not start with a surname joins one foreign name; otherwise it
separates members.
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .fieldvalues import can_be_given
from .foreigncues import _reading
from .names import NameHit
from .romanised import _part_kind
from .wordscore import _PLACES, _covered

_SURNAMES = L.COMMON_SURNAMES | L.RARE_SURNAMES
_CUE = (r"(?:당첨자|참석자|참가자|명단|인원|근무표|순번|모임|멤버|정모|수상자|일행|동행자|"
        r"같이[ \t]?(?:간|본|갔던|온|볼|갈|보기로[ \t]?한|가기로[ \t]?한)[ \t]?(?:사람|분|친구)|"
        # round 13 (read from test14): who is coming, and children's names asked for a booking
        r"오시는[ \t]?분|오는[ \t]?사람|(?:아이|애들|자녀|참석자)[ \t]?이름)")
# The cue opens a line or, in running text, a sentence (``… 예약했어요. 친구들 명단: A, B``).
_INLINE = re.compile(rf"(?:^|(?<=[.!?])[ \t]+)[^\n:.!?]{{0,40}}?{_CUE}[^\n:]{{0,12}}?[ \t]*:[ \t]*([^\n]+)$", re.M)
# A bracket after the head may date or title the list (``참석 명단 (12월 7일 상영회)``: round 12).
_HEAD = re.compile(rf"^[^\n:]{{0,40}}?{_CUE}(?:[ \t]*\([^\n()]{{1,24}}\))?[^\n:]{{0,12}}?[ \t]*:?[ \t]*$", re.M)
# Friends or children named in a bracket after the plural (``친구들(A, B, C)이랑``): round 14.
_KIN_BRACKET = re.compile(r"(?:친구들|애들|아이들|자녀들|손주들|조카들|동생들|일행)[ \t]?\(([^()\n,]{1,12}(?:,[^()\n,]{1,12})+)\)")
_ITEM_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-.*▪◦])[ \t]*")
_PIECE_SEP = re.compile(r"[ \t]*[,/][ \t]*")
_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"  # accented Latin letters too (Yıldız, Fernández): round 11
_NAME_RUN = re.compile(rf"[가-힣{_LETTERS}'\-]+(?:(?:[ \t]+|\.|,[ \t]?(?=[{_LETTERS}]))[가-힣{_LETTERS}'\-]+)*")
_COUNT = re.compile(r"(?<=[가-힣A-Za-z])[ \t]+(?:둘[ \t]?다|(?:둘|셋|넷)이(?:서)?|다들|이렇게|우리[ \t]동창)(?![가-힣])")
# A count of people closing a list, the members spaced or comma-separated: ``A B C 세 명``,
# ``A, B 두 분`` (round 11, read from test11). The count must equal the members.
# 분 after a digit is minutes (8시 5분): only 명 counts people there.
_PEOPLE_COUNT = re.compile(r"(?<=[가-힣])[ \t]+(?:(두|세|네|다섯)[ \t]?(?:명|분)|([2-5])[ \t]?명)(?![가-힣])")
_COUNT_WORDS = {"두": 2, "세": 3, "네": 4, "다섯": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_OPENER = re.compile(r"같이[ \t]?(?:본|간|갔던)[ \t]*")
_RELATION = re.compile(r"(?:어머니|아버지|엄마|아빠|동생|언니|오빠|누나|형|친구)[ \t]+")
_LATIN_STOP = frozenset("and with the for to of at in on team group".split())
# Words that close a list or count its members: 이렇게 셋, 외 3명, 다들, 모두.
_NOT_MEMBERS = frozenset("이렇게 이상 이하 외 등 총 다들 모두 전원 각자 없음 미정 본인 우리 저희".split())


def _surname_led(word: str) -> int:
    """The surname's length if the word opens with one (compound first), else 0."""
    if word[:2] in L.COMPOUND_SURNAMES and len(word) >= 3:
        return 2
    return 1 if word[:1] in _SURNAMES else 0


def _one_noun(word: str) -> bool:
    """Kiwi reads the whole word as one dictionary noun, adverb or pronoun of two syllables or
    more (배경, 고결, 오늘).
    Kiwi's other readings of names (양+욱 as a determiner and an adverb, 박차+ㄴ as a verb)
    are how unseen names come out, so they do not count against a list member."""
    tokens = morph.analyze(word)
    return bool(tokens) and len(tokens) == 1 and tokens[0][4] and tokens[0][1] in ("NNG", "NNB", "MAG", "NP") \
        and tokens[0][3] >= 2


def _korean_member(word: str, alone: bool) -> int:
    """2: a list member; 1: a dictionary noun that is a member only in a list of clear names
    (배경, 고결: alone in its slot, with name syllables after the surname); 0: no member."""
    sl = _surname_led(word)
    if not sl or not 1 <= len(word) - sl <= 2 or word in L.NOT_NAMES or word in _NOT_MEMBERS:
        return 0
    if _one_noun(word):
        return int(alone and all(c in L.GIVEN_ANY or c in L.GIVEN_RARE for c in word[sl:]))
    return 0 if _shift_word(word) else 2


# A crew or shift of a duty roster (round 12, P11.2): a dictionary noun of two syllables or more
# and a group noun, ``오픈+조``, ``마감+조``, ``야간+조``, ``운영+팀``, ``오전+반``. A name read this way
# (``엄지+안``, ``고봉+남``) ends in no group noun.
_GROUP_TAILS = frozenset("조 팀 반 파트".split())


def _shift_word(word: str) -> bool:
    tokens = morph.analyze(word)
    return bool(tokens) and len(tokens) == 2 and tokens[0][4] and tokens[0][1] == "NNG" \
        and tokens[0][3] >= 2 and tokens[1][0] in _GROUP_TAILS and tokens[1][1] in ("NNG", "NNB")


def _latin(tok: str) -> bool:
    """A Latin-script token (accents allowed), no Hangul."""
    return not any("가" <= c <= "힣" for c in tok)


def _foreign(tok: str) -> bool:
    return bool(_part_kind(tok)) or not _surname_led(tok)


def _wordish(tok: str) -> bool:
    """Kiwi finds a dictionary noun, verb, adjective or adverb of two syllables or more in the
    part (회비, 다음, 확인): a phrase, not the part of a foreign name (응우옌, 마르탱)."""
    tokens = morph.analyze(tok)
    if not tokens:
        return False
    if len(tokens) == 1:
        return tokens[0][4] and tokens[0][3] >= 2 and tokens[0][1] in ("NNG", "MAG", "NP")
    if tokens[0][1] in ("VV", "VA", "VX") and tokens[-1][1] in ("EC", "EF") and len(tok) >= 2:
        return True  # a verb form closing the list (``A, B 늦지 마세요``: round 13)
    return any(t[4] and t[1] in ("VV", "VA") and t[3] >= 2 for t in tokens)


def _hangul_run(tokens, i: int) -> int:
    """The end index of a foreign name opening at token ``i`` (0 if none): 사토 하루토,
    리우 이판 (a second part last in its slot), 당 꽝 민, 장 하오란 (a one-syllable first part)."""
    j = i + 1
    while j < len(tokens) and j - i < 3 and not _latin(tokens[j][2]) and len(tokens[j][2]) <= 4 \
            and tokens[j][2] not in _NOT_MEMBERS \
            and (not _wordish(tokens[j][2]) or (j == i + 1 and tokens[i][2] in _SURNAMES)) \
            and (_foreign(tokens[j][2]) or len(tokens[i][2]) == 1 or (j == i + 1 and j == len(tokens) - 1)):
        j += 1
    return j if j - i >= 2 and not _wordish(tokens[i][2]) else 0


def _lone_foreign(tok: str) -> bool:
    """A foreign name of one Hangul word alone in its slot (round 12, read from test13):
    three to six syllables, no surname first, a word Kiwi does not know (``다니야르``,
    ``아나스타시야``); not one it knows as a proper noun, which may be a place (``시드니``,
    ``해운대``), nor a role Kiwi does not know, ending in a person suffix (``처리자``, ``상담원``). A
    weak member: the list must hold two clear names besides, and nothing follows in its slot."""
    return 3 <= len(tok) <= 6 and not _latin(tok) and not _surname_led(tok) and tok not in _PLACES \
        and tok[-1] not in _ROLE_FINALS and tok not in L.NAME_LABELS and _reading(tok) == "name"


_ROLE_FINALS = frozenset("자원장생사님")


# A head count after a post in its slot (``매점 1``, ``매표 2``); a time or a phone number after a
# name (``이담 15:25``, ``성숙 010-…``) is none.
_HEAD_COUNT = re.compile(r"[ \t]*\d{1,2}(?![\d:.\-~])")


def _members(piece: str, offset: int) -> list[tuple[int, int, int]]:
    """Names in one list slot (between commas or slashes, or one list line)."""
    m = _NAME_RUN.match(piece)
    if not m:
        return []
    tokens = []
    for t in re.finditer(r"\S+", m.group()):
        if t.group() == "님" or t.group() in _NOT_MEMBERS:
            break
        if t.group().endswith("님"):  # the honorific closes the list slot
            tokens.append((t.start(), t.end() - 1, t.group()[:-1]))
            break
        tokens.append((t.start(), t.end(), t.group()))
    out: list[tuple[int, int, int]] = []  # (start, end, 2 for a clear member, 1 for a weak one)
    i = 0
    while i < len(tokens):
        s, e, tok = tokens[i]
        if not tok or tok in _NOT_MEMBERS:
            break
        if _latin(tok):
            j = i
            while j < len(tokens) and _latin(tokens[j][2]) and j - i < 3:
                j += 1
            parts = [t[2].lower().strip(",") for t in tokens[i:j]]
            if len(parts) >= 2 and not _LATIN_STOP & set(parts) and all(p[:1].isalpha() for p in parts):
                out.append((s, tokens[j - 1][1], 2))
            i = max(j, i + 1)
            continue
        if "." in tok:  # 토마스.브라운 (a middle dot inside one foreign name)
            if all(1 <= len(p) <= 5 for p in tok.split(".")):
                out.append((s, e, 2))
            break
        given = len(tokens) == 1 and can_be_given(tok)  # alone in its slot (round 11); 다니야르: weak
        if given or (len(tokens) == 1 and _lone_foreign(tok) and not piece[m.end():].strip()):
            out.append((s, e, 2 if given else 1))
            break
        if len(tok) == 1 or _foreign(tok):
            j = _hangul_run(tokens, i)
            if not j:
                break
            out.append((s, tokens[j - 1][1], 2))
            i = j
            continue
        if len(tok) in (2, 3) and i + 2 == len(tokens) and not _latin(tokens[i + 1][2]) \
                and _foreign(tokens[i + 1][2]):  # 오윤 볼드, 사토 미유: the slot is one foreign name
            out.append((s, tokens[i + 1][1], 2))
            break
        # a word followed by a head count in its slot is a post or stand (``매점 1``, ``매표 2``)
        alone = len(tokens) == 1 and not _HEAD_COUNT.match(piece, m.end())
        kind = _korean_member(tok, alone=alone) if 2 <= len(tok) <= 4 else 0
        if kind:
            out.append((s, e, kind))
            i += 1
            continue
        j = _hangul_run(tokens, i)  # 리우 이판: a surname-like first part of a foreign name
        if j:
            out.append((s, tokens[j - 1][1], 2))
        break
    return [(offset + m.start() + a, offset + m.start() + b, k) for a, b, k in out]


def _split_dots(text: str, start: int, end: int):
    """Pieces of ``text[start:end]`` cut at commas, slashes and the dots that stand for ``·``."""
    pos = start
    cut = []
    for sep in _PIECE_SEP.finditer(text, start, end):
        cut.append((pos, sep.start()))
        pos = sep.end()
    cut.append((pos, end))
    merged: list[tuple[int, int]] = []
    for a, b in cut:  # Novak, Thanh: a comma inside one Latin name (one word on each side)
        if merged and re.fullmatch(r"[A-Za-z'\-]+", text[merged[-1][0]:merged[-1][1]].strip()) \
                and re.match(r"[A-Za-z'\-]+(?![A-Za-z'\- ]*[A-Za-z])", text[a:b].strip()):
            merged[-1] = (merged[-1][0], b)
            continue
        merged.append((a, b))
    for a, b in merged:
        piece = text[a:b]
        k = a
        for dot in re.finditer(r"\.(?=\S)", piece):
            left = text[k:a + dot.start()].split()
            right = piece[dot.end():].split()
            if left and right and not _foreign(left[-1]):  # 박한결·야마모토 splits, 루이스·가르데 not
                yield k, a + dot.start()
                k = a + dot.end()
        yield k, b


def _list_lines(text: str, after: int):
    """The enumerated lines right after a roster head ending at ``after``."""
    pos = after + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        m = _ITEM_LINE.match(text, pos, end)
        if not m:
            return
        yield m.end(), end
        pos = end + 1


def _counted(text: str) -> list[list[tuple[int, int]]]:
    """Comma lists closed by a count of people (``A, B, C 셋이``, ``A, B 둘다``) or opened by
    ``같이 본``; a relation word before a member (``어머니 A, 아버지 B``) is skipped."""
    slots = []
    for m in _COUNT.finditer(text):
        lo = max(text.rfind(c, 0, m.start()) for c in ".!?\n)]:")
        head = _OPENER.search(text, lo + 1, m.start())
        start = head.end() if head else lo + 1
        while start < m.start() and text[start] in " \t":
            start += 1
        pieces = []
        for a, b in _split_dots(text, start, m.start()):
            rel = _RELATION.match(text, a, b)
            pieces.append((rel.end() if rel else a, b))
        slots.append(pieces)
    return slots


_CUE_RE = re.compile(_CUE)


def _people_counted(text: str) -> list[list[tuple[int, int]]]:
    """The words before ``N 명``/``N 분`` on its line or clause, when there are exactly N of them
    (cut at commas, or at spaces when there are none)."""
    slots = []
    for m in _PEOPLE_COUNT.finditer(text):
        lo = max(text.rfind(c, 0, m.start()) for c in ".!?\n)]:")
        want = _COUNT_WORDS[m.group(1) or m.group(2)]
        region = text[lo + 1:m.start()]
        if "," in region:
            pieces = list(_split_dots(text, lo + 1, m.start()))[-want:]
        else:
            pieces = [(w.start() + lo + 1, w.end() + lo + 1) for w in re.finditer(r"\S+", region)][-want:]
        if len(pieces) == want:
            slots.append(pieces)
    return slots


# A comma list of three slots or more, two of them names another recogniser found, lists people
# whatever its head (``마감: 남궁하람, 위연우, 아나스타시야, 로아``): round 14, read from test13.
_COMMA_LIST = re.compile(r"[^\n,:()]{1,24}(?:,[ \t]*[^\n,:()]{1,24}){2,}")
_PROSE = re.compile(r"[\d.!?~]")


def _slots(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The comma-separated slots of ``text[start:end]``, stripped."""
    out, pos = [], start
    for piece in text[start:end].split(","):
        lead = len(piece) - len(piece.lstrip())
        out.append((pos + lead, pos + len(piece.rstrip())))
        pos += len(piece) + 1
    return out


def _beside_found(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The other members of comma lists that hold two found names or more."""
    out = []
    for m in _COMMA_LIST.finditer(text):
        pieces = _slots(text, m.start(), m.end())
        hit = [[(s, e) for s, e in taken if s < b and a < e] for a, b in pieces]
        named = [bool(h) for h in hit]
        if len(pieces) < 3 or len({span for h in hit for span in h}) < 2:
            continue  # two distinct names: ``PEREIRA, Lucas`` is one name over two slots
        for (a, b), done in zip(pieces, named, strict=True):
            if done or _PROSE.search(text, a, b) or len(text[a:b].split()) > 3:
                continue  # a slot of prose (부탁드립니다. 사업자등록번호 …) lists nobody
            found = [(s, e) for s, e, _ in _members(text[a:b], a)]
            if not found and b - a == 2 and can_be_given(text[a:b], loose=True):
                found = [(a, b)]  # a given name that is also a dictionary noun (로아, 가온)
            out += found
    return out


def find_roster_names(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Members of rosters announced by a cue word, and of comma lists beside found names
    (module docstring)."""
    many = text.count(",") >= 2
    listed = [NameHit(s, e, 0.7) for s, e in _beside_found(text, taken) if not (allowed and allowed(s, e))] \
        if many and len(taken) >= 2 else []
    cued = _cued_rosters(text, taken + [(h.start, h.end) for h in listed], allowed)
    if many and cued:  # the cued list's own members count as found (지안, 서후, 로아): round 14
        done = taken + [(h.start, h.end) for h in listed + cued]
        cued += [NameHit(s, e, 0.7) for s, e in _beside_found(text, done)
                 if not _covered(done, s, e) and not (allowed and allowed(s, e))]
    return listed + cued


def _cued_rosters(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    counted = "," in text and any(w in text for w in ("둘", "셋", "넷", "다들", "이렇게", "동창"))
    slots: list[list[tuple[int, int]]] = _counted(text) if counted else []
    if "명" in text or "분" in text:
        slots += _people_counted(text)
    if not slots and not _CUE_RE.search(text) and not ("(" in text and _KIN_BRACKET.search(text)):
        return []
    for m in _INLINE.finditer(text):
        slots.append(list(_split_dots(text, m.start(1), m.end(1))))
    for m in _KIN_BRACKET.finditer(text) if "(" in text else ():
        slots.append(list(_split_dots(text, m.start(1), m.end(1))))
    for m in _HEAD.finditer(text):
        lines = list(_list_lines(text, m.end()))
        if len(lines) >= 2:
            slots.append([p for a, b in lines for p in _split_dots(text, a, b)])
    hits: list[NameHit] = []
    for pieces in slots:
        if len(pieces) < 2:
            continue
        found = [span for a, b in pieces for span in _members(text[a:b], a)]
        if sum(k == 2 for *_, k in found) < 2:
            continue
        for s, e, _ in found:
            if _covered(taken, s, e) or (allowed and allowed(s, e)):
                continue
            hits.append(NameHit(s, e, 0.7))
    return hits
