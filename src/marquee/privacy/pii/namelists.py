"""Names in tables and comma lists: cells under a name column, and lists of surname-led
three-syllable words (P11.2)."""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .fieldvalues import can_be_given
from .names import NameHit, _plausibility
from .romanised import foreign_cell
from .rosters import _shift_word
from .wordscore import _NAME_TAGS, _PLACE_FINALS, _PLACES, _common_word, _covered, _given_like

_SURNAMES = "".join(sorted(L.COMMON_SURNAMES | L.RARE_SURNAMES))
_COMPOUND = "|".join(sorted(L.COMPOUND_SURNAMES))


_CELL = re.compile(r"[^|\t]+")
_HEADERS = frozenset(w.replace(" ", "") for w in (*L.NAME_LABELS, "이름", "성명", "name", "Name", "NAME",
                                                     "Guest", "guest", "GUEST", "Passenger", "Customer",
                                                     "Full name", "Guest name",
                                                     # a duty roster heads its staff column with the
                                                     # list's own name (round 12: ``근무표 | 파트 | 시간``)
                                                     "근무표", "근무자", "담당자", "당번", "명단", "참석자", "당첨자"))
_CELL_NAME = re.compile(r"[가-힣]{2,5}|[가-힣]{1,2} [가-힣]{1,3}|[A-Za-z][A-Za-z\-']+(?:,? [A-Za-z\-']+){1,2}")


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
                if ((_CELL_NAME.fullmatch(value) and _cell_is_name(value) and not _shift_word(value))
                        or foreign_cell(value)) \
                        and not _covered(taken, start, start + len(value)):
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


# The account holder right after the number: ``… 1234-56 홍길순 으로 보내줘``, ``… 1234-56 (홍길순)``.
# Also spelled out or spaced (``(홍 길 순)``, ``홍 길순 입니다``), and before a copula.
_SPACED_NAME = r"[가-힣](?:[ \t][가-힣]){1,3}(?![가-힣])|[가-힣][ \t][가-힣]{2}(?![가-힣])"
_HOLDER = re.compile(r"[ \t]*(?:\(([가-힣]{2,4}|" + _SPACED_NAME + r")[ \t]*(?:\)|(?=입니다))|([가-힣]{2,4}|"
                     + _SPACED_NAME + r")(?=[ \t]?(?:으로|로)(?![가-힣])|[ \t]*(?:$|[,.\n)]|입니다)))")
_BANK_WORDS = frozenset(L.BANKS) | {b.removesuffix("은행") for b in L.BANKS}


def account_holders(text: str, accounts: list[tuple[int, int]]) -> list[NameHit]:
    """A surname-led word right after an account number, in brackets or before 으로/로 (the
    holder a transfer goes to); a bank name or a dictionary word there is no holder."""
    hits = []
    for _, end in accounts:
        m = _HOLDER.match(text, end)
        if m is None:
            continue
        g = 1 if m.group(1) else 2
        value = re.sub(r"[ \t]", "", m.group(g))
        if value in _BANK_WORDS or not _cell_is_name(value) or _common_word(value):
            continue
        sl = 2 if value[:2] in L.COMPOUND_SURNAMES else 1
        if len(value) - sl == 1 and _plausibility(value[:sl], value[sl:]) < 0.36:
            continue  # 신한, 국민: a short word needs typical name syllables
        if len(value) - sl >= 1:
            hits.append(NameHit(m.start(g), m.end(g), 0.72))
    return hits


_BRACKETED = re.compile(r"[ \t]*\(([가-힣]{2,5})([ \t]?(?:폰|번호|핸드폰|휴대폰|연락처))?\)")
# The owner named right before a number: ``X 비상연락 010-…``, ``X 폰 010-…`` (round 11).
_OWNER_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2,3})[ \t]?(?:비상[ \t]?연락처?|폰|핸드폰|휴대폰)[ \t:]*$")

# A name alone on the line above the number (a contact block: ``X⏎010-…``).
_LINE_ABOVE = re.compile(r"(?:^|\n)[ \t]*([가-힣]{2,4})[ \t]*\n[ \t]*$")


def _owner(value: str, given_ok: bool) -> bool:
    """``value`` names the contact's owner: a name shape of the lists, or (``given_ok``, when a
    word such as ``폰`` says whose) a given name alone (``fieldvalues.can_be_given``)."""
    if value in _BANK_WORDS or value in _PLACES or value[-1] in _PLACE_FINALS or value in L.RELATION_WORDS:
        return False
    if given_ok and can_be_given(value):
        return True
    if not _cell_is_name(value) or _common_word(value):
        return False
    sl = 2 if value[:2] in L.COMPOUND_SURNAMES else 1
    if len(value) - sl < 1 or len(value) - sl > 2:
        return False
    return len(value) - sl == 2 or _plausibility(value[:sl], value[sl:]) >= 0.36


def contact_holders(text: str, contacts: list[tuple[int, int]]) -> list[NameHit]:
    """The word in brackets right after a phone number or an e-mail address (``010-… (X)``,
    ``(X 폰)``), before a number with ``폰``/``비상연락`` or alone on the line above it (round 11):
    whose contact it is. Any census surname and any given syllables (the lists only hold the
    usual ones); a dictionary word (``(문자)``, ``(평일)``), a place (``(강남역)``) or a role
    word is no holder, and a two-syllable word needs typical name syllables."""
    hits = []
    for start, end in contacts:
        m = _BRACKETED.match(text, end)
        if m is not None and _owner(m.group(1), bool(m.group(2))):
            hits.append(NameHit(m.start(1), m.end(1), 0.72))
        b = _OWNER_BEFORE.search(text, max(0, start - 16), start)
        if b is not None and _owner(b.group(1), True):
            hits.append(NameHit(b.start(1), b.end(1), 0.72))
        line = _LINE_ABOVE.search(text, max(0, start - 16), start)
        if line is not None and _owner(line.group(1), False):
            hits.append(NameHit(line.start(1), line.end(1), 0.72))
    return hits


# A numbered or bulleted row that opens with a name and a phone number: ``2. 홍길순 010-…``.
_ROW_HEAD = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-*.])[ \t]*"
                       r"([가-힣]{2,5}|[A-Z][A-Za-z'\-]+,?[ \t][A-Z][A-Za-z'\-]+)[ \t]+$")


def row_names(text: str, phones: list[tuple[int, int]]) -> list[NameHit]:
    """The first word of a list row when a phone number follows it directly; a Hangul one
    must open with a surname and be no dictionary word."""
    hits = []
    for start, _ in phones:
        line_start = text.rfind("\n", 0, start) + 1
        m = _ROW_HEAD.match(text[line_start:start])
        if m is None:
            continue
        value = m.group(1)
        if "가" <= value[0] <= "힣" and (not _cell_is_name(value) or _common_word(value)):
            continue
        hits.append(NameHit(line_start + m.start(1), line_start + m.end(1), 0.72))
    return hits
