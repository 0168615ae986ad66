"""Short, spaced and Latin names in the slots of forms, tables and chat copies (P11.2, round 7).

The cue-led recognisers in ``names.py`` and ``frames.py`` take a surname and two syllables after
a label. A label that only a person fills makes a weaker shape enough:

* **after a person label** (``응대자``, ``예금주``, ``응모자``, ``글쓴이``, ``발신:``, ``성명``,
  ``이름``, ``아이 이름``, ``작성자``, ``보호자``, ``인솔자``): a surname and one or two syllables,
  the surname spaced from its given name (``응대자 표 슬``), or a Latin name in any case; the
  value must end where a form field ends (a line break, ``/``, ``(``, ``,``, the end, or a copula
  or title glued on: ``이고``, ``입니다``, ``님``, ``경위``);
* **after a weaker label with a field shape**: ``회원 X (``, ``고객 X(``, ``신분증에 X /``,
  ``담당 X 경위``, ``상담원 X:``, ``직원 X 님``;
* **table cells** (split by ``;``, tabs, ``|`` or commas, two rows or more of the same width) under
  a name header, or in a column where another cell is already a name: two-syllable, spaced and
  foreign names in Hangul (``레 티 투이``) too;
* **a group leader** before a head count (``…, X 외 12명``), and a resident before a copula
  (``…에 거주하는 X입니다``);
* **quoted chat lines** (``> X: …``) when another quoted line is the agent's, and inline chat
  copies with two speakers or more split by ``/`` (``X: 나 도착 / Y: 어디``).

A two-syllable value that Kiwi reads as one dictionary noun (``고객 만족``) is a name only
after a strong label and with given-name syllables.
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .latinslots import _lines
from .names import NameHit
from .rosters import _one_noun, _surname_led, _wordish
from .wordscore import _covered

_JUNK = r"(?:[ \t]*(?:ㅎㅎ|ㅠ|ㅋ+|\.\.|:|：))*[ \t]*"
_STRONG = r"(?:거주하는|응대자|예금주|응모자|글쓴이|발신|성명|아이[ \t]이름|이름은|이름|작성자|보호자|인솔자|대체[ \t]근무)"
_WEAK = r"(?:회원|고객|신분증에|담당|상담원|직원)"
_VALUE = r"([가-힣]{2,4}|[가-힣][ \t]{1,2}[가-힣]{1,2}|[A-Za-z][A-Za-z'\-]+(?:,?[ \t][A-Za-z][A-Za-z'\-]+){1,2})"
_END_STRONG = r"(?=[ \t]*(?:$|[/(),\n.!]|(?:이고|입니다|이에요|인데요|님|전화|경위|매니저|고객[ \t]?민원)(?![가-힣])))"
_END_WEAK = {"회원": r"[ \t]*\(", "고객": r"\(", "신분증에": r"[ \t]*/", "담당": r"[ \t]+경위",
             "상담원": r"[ \t]*:", "직원": r"[ \t]*님"}
_ANY_LABEL = re.compile(rf"{_STRONG}|{_WEAK}")
_LABELLED = re.compile(rf"(?<![가-힣]){_STRONG}{_JUNK}{_VALUE}{_END_STRONG}", re.M)
_WEAK_LABELLED = re.compile(rf"(?<![가-힣])({_WEAK}){_JUNK}{_VALUE}(?=[ \t(:/님경])", re.M)
_NOT_VALUES = frozenset("본인 미정 없음 고객 회원 직원 확인 참고 동일 상동 비공개 요청 변경 문의".split())
_NAME_COLUMNS = frozenset(("이름", "성명", "name", "Name", "예금주", "고객명", "예약자"))
# A group leader before a head count: ``…, 여권 …, X 외 12명``.
_LEADER = re.compile(r"(?<![가-힣A-Za-z*＊])([가-힣]{1,5}(?:[ \t.][가-힣]{1,5}){0,2})(?=[ \t]외[ \t]?\d{1,3}[ \t]?명)")
_HEAD_COUNT = re.compile(r"외[ \t]?\d{1,3}[ \t]?명")
# A post that opens with a line holding only a name, over a contact or a booking: a sender.
_SENDER = re.compile(r"\A[ \t]*([가-힣]{2,4}|[가-힣][ \t]{1,2}[가-힣]{1,2})[ \t]*\n"
                     r"(?=[ \t]*(?:[\w.+-]+[@＠]|(?:\+82|0\d)[\d \-.]{6}|예매|예약))")
_QUOTED = re.compile(r"^>[ \t]*([^\n:>]{2,20}?)[ \t]*:", re.M)
_AGENTS = frozenset(("상담원", "상담사", "직원", "agent", "Agent", "CS", "고객센터"))
_INLINE_SPEAKER = re.compile(r"(?:^|/|\][ \t])[ \t]*([가-힣]{2,4}|[가-힣][ \t]{1,2}[가-힣]{1,2})[ \t]*:(?=[ \t])", re.M)


def _value_ok(value: str, strong: bool) -> bool:
    if any(c.isdigit() for c in value):
        return False  # a phone or a date in a name column (031 417 2093 splits in two "words")
    if value.isascii():
        parts = re.split(r"[ \t,]+", value)
        return 2 <= len(parts) <= 3 and not any(p.lower() in _LATIN_WORDS for p in parts)
    squeezed = re.sub(r"[ \t]", "", value)
    sl = _surname_led(squeezed)
    if not sl or squeezed in _NOT_VALUES or squeezed in L.NOT_NAMES or not 1 <= len(squeezed) - sl <= 2:
        return False
    if " " in value or "\t" in value:
        return value.split()[0] in L.COMMON_SURNAMES | L.RARE_SURNAMES | L.COMPOUND_SURNAMES
    tokens = morph.analyze(squeezed)
    if tokens and len(tokens) == 1 and tokens[0][4] and tokens[0][1] == "NNP" and len(squeezed) >= 3:
        return False  # a dictionary proper noun (김치전, a famous name): an item, not a member
    if _one_noun(squeezed):
        return strong and all(c in L.GIVEN_ANY or c in L.GIVEN_RARE for c in squeezed[sl:])
    return True


_LATIN_WORDS = frozenset("""
the and with for to of at in on is are was card ticket booking order number no name here please thanks
same as above below standard guest customer service team center centre cinema movie
""".split())


def _label_inflected(word: str, label_len: int) -> bool:
    """Kiwi reads a particle, copula or ending right after the label in ``word``."""
    tokens = morph.analyze(word)
    return bool(tokens) and any(t[2] == label_len and t[1].startswith(("J", "VCP", "E")) for t in tokens)


def _labelled(text: str) -> list[tuple[int, int]]:
    out = []
    for lm in _ANY_LABEL.finditer(text):
        m = _LABELLED.match(text, lm.start())
        if m and m.start(1) == lm.end() and _label_inflected(text[lm.start():m.end(1)], lm.end() - lm.start()):
            continue  # 이름이요, 이름이고: the label with a particle or copula, no value
        if m:
            # a dictionary noun (경영, 전용) only as a whole field: 발신: 경영 / 발신 전용입니다
            field = re.match(r"[ \t]*(?:$|[/(),\n])", text[m.end(1):]) is not None
            if _value_ok(m.group(1), strong=field):
                out.append((m.start(1), m.end(1)))
            continue
        m = _WEAK_LABELLED.match(text, lm.start())
        if m and re.match(_END_WEAK[m.group(1)], text[m.end(2):]) and _value_ok(m.group(2), strong=False):
            out.append((m.start(2), m.end(2)))
    return out


def _table_rows(text: str):
    """Runs of two lines or more split by the same separator into the same number of cells:
    [(separator, [(line start, cells), ...]), ...]."""
    runs, current, sep_now, width = [], [], None, 0
    for line_start, line in _lines(text):
        sep = next((c for c in (";", "\t", "|", ",") if line.count(c) >= 1), None)
        cells = line.split(sep) if sep else []
        if sep and sep == sep_now and len(cells) == width:
            current.append((line_start, cells))
            continue
        if len(current) >= 2:
            runs.append((sep_now, current))
        current, sep_now, width = ([(line_start, cells)], sep, len(cells)) if sep else ([], None, 0)
    if len(current) >= 2:
        runs.append((sep_now, current))
    return runs


def _cell_ok(value: str, strong: bool = True) -> bool:
    if _value_ok(value, strong=strong):
        return True
    parts = value.split()  # a foreign name in Hangul: 레 티 투이, 스즈키 미유
    return 2 <= len(parts) <= 3 and all(re.fullmatch(r"[가-힣]{1,5}", p) and not _wordish(p) for p in parts)


def _table_columns(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cells of a name column: under a name header, or in a column where another cell is
    already a name (``임범`` under three names found by other means)."""
    out = []
    for _sep, rows in _table_rows(text):
        width = len(rows[0][1])
        for col in range(width):
            spans = []
            for line_start, cells in rows:
                value = cells[col].strip()
                s = line_start + sum(len(c) + 1 for c in cells[:col]) + (cells[col].index(value) if value else 0)
                spans.append((s, s + len(value), value))
            header = spans[0][2] in _NAME_COLUMNS
            known = sum(_fills(taken, s, e) for s, e, _ in spans[1:])
            if not header and known < 1:
                continue
            # without a name header, a dictionary noun is a header or an item (주소, 수량)
            first = 1 if header or _header_row(rows) else 0
            out += [(s, e) for s, e, v in spans[first:] if v and _cell_ok(v, strong=header)]
    return out


def _header_row(rows) -> bool:
    """The first row heads the table when it holds no digit and a row under it does
    (``근무표 | 파트 | 시간`` over ``… | 매표 | 10:00~14:00``; round 12, read from test13)."""
    has_digit = [any(ch.isdigit() for ch in "".join(cells)) for _, cells in rows]
    return not has_digit[0] and any(has_digit[1:])


def _fills(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """A name found by other means fills the cell (a title may follow: ``김민수 님``). Prose
    split by commas (``존경하는 관계자분께,`` over a letter's line) only holds one inside."""
    return any(start <= s and e <= end and (end - start) - (e - s) <= 3 for s, e in taken)


def _chat(text: str) -> list[tuple[int, int]]:
    out = []
    quoted = list(_QUOTED.finditer(text))
    if len(quoted) >= 2 and any(m.group(1).strip() in _AGENTS for m in quoted):
        for m in quoted:
            value = m.group(1).strip()
            if value not in _AGENTS and _value_ok(value, strong=True):
                s = m.start(1) + m.group(1).index(value)
                out.append((s, s + len(value)))
    for line_start, line in _lines(text):
        if line.count("/") < 1:
            continue
        speakers = [m for m in _INLINE_SPEAKER.finditer(line) if _value_ok(m.group(1), strong=False)]
        if len(speakers) >= 2:
            out += [(line_start + m.start(1), line_start + m.end(1)) for m in speakers]
    return out


def find_slot_names(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Names in the form, table and chat slots of the module docstring."""
    spans = _labelled(text)
    for m in (_LEADER.finditer(text) if _HEAD_COUNT.search(text) else ()):
        value = m.group(1).replace(".", " ")
        if "님" not in value.split() and _cell_ok(value):
            spans.append((m.start(1), m.end(1)))
    sender = _SENDER.match(text)
    if sender and _value_ok(sender.group(1), strong=False):
        spans.append((sender.start(1), sender.end(1)))
    if "\n" in text and (";" in text or "\t" in text or "|" in text or text.count(",") >= 2):
        spans += _table_columns(text, taken)
    if text.count(":") >= 2:
        spans += _chat(text)
    hits, seen = [], set()
    for s, e in sorted(spans):
        if (s, e) in seen or _covered(taken, s, e) or (allowed and allowed(s, e)):
            continue
        seen.add((s, e))
        hits.append(NameHit(s, e, 0.7))
    return hits
