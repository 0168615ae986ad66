"""Names that the layout of a post points at, with no cue word (P11.2, issue 16 final round).

* **Chat exports**: a line that opens with a bracketed speaker and a time stamp
  (``[김민지] [오후 3:12] …``, the messenger's PC export) or with a time stamp and a speaker
  before a colon (``[오후 3:12] 김민지: …``, the phone export, or ``오후 3:12, 김민지 : …``, the
  text export) names the speaker.
* **Comma-separated tables**: cells under a column headed ``이름``/``성명``/``name``/… in
  CSV text (``people._table_names`` reads ``|`` and tab tables).
* **Numbered and bulleted lists**: a line that is only an enumerator and a name-like
  word (``1. 김민지``, ``- 박지훈``).
* **Pair lines**: two lines or more in a row of a name-like word, a dash and anything
  (``김민지 - 파묘``: who saw, chose or brings what).
* **The end of a 랑/하고 chain**: after ``…이랑 …하고`` with a name before it, the next
  name-like word (``김민지랑 박지훈하고 최유나 이렇게``) is a name too.

Every Hangul candidate must still look like a name (a surname first, no single dictionary
noun: ``people._cell_is_name``).
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .namelists import _CELL_NAME, _HEADERS, _MEMBER, _cell_is_name
from .names import NameHit, _plausibility
from .romanised import foreign_cell
from .wordscore import _common_word, _covered

_SPEAKER = re.compile(r"^\[([^\[\]\n]{2,20})\][ \t]*\[(?:오전|오후|AM|PM|am|pm)?[ \t]*\d{1,2}:\d{2}\]",
                      re.M)
# The phone export puts the time first: ``[오후 3:12] 김민지: …``.
_TIMED_SPEAKER = re.compile(
    r"^\[(?:오전|오후|AM|PM|am|pm)?[ \t]*\d{1,2}:\d{2}\][ \t]*([^\[\]\n:]{2,20}?)[ \t]*:", re.M)
# The messenger's own text export puts the time first, then a comma, the speaker and a spaced
# colon: ``2026년 3월 1일 오후 3:12, 김민지 : …`` (the date is often cut off in a copy).
_COMMA_SPEAKER = re.compile(
    r"^[ \t]*(?:[0-9]{4}[년.][^\n,]{0,16}?[ \t]*)?(?:오전|오후|AM|PM|am|pm)[ \t]*\d{1,2}:\d{2},"
    r"[ \t]*([^\[\]\n:,]{2,20}?)[ \t]*:", re.M)
_COMPOUND = L.COMPOUND_SURNAMES
_ENUMERATED = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-•*▪◦]|\.(?=[ \t]))[ \t]*([^\n]{2,30}?)[ \t]*$", re.M)
# (normalisation turns the middle-dot bullets ·, ㆍ and • into a full stop)
# A messenger copy without time stamps: ``[김민지] 내일 봐`` or ``김민지: 내일 봐`` on two lines or more.
_BARE_SPEAKER = re.compile(r"^\[([^\[\]\n]{2,12})\][ \t]+\S|^([가-힣]{2,4})[ \t]?:[ \t]+\S",
                           re.M)
_TAG_BEFORE_SPEAKER = re.compile(r"[ \t]+[^\n:\[\]]{1,20}?[ \t]?:[ \t]")
_CHAIN = re.compile(rf"(?:이랑|랑|이하고|하고)[ \t]+({_MEMBER})(?=[ \t]|$)", re.M)


def _name_like(value: str, strict: bool = True, proper_ok: bool = False) -> bool:
    """``strict``: no single dictionary noun at all, proper ones included (an item column
    or list may hold 김치전, which Kiwi knows as a proper noun) unless ``proper_ok``."""
    if not value or _CELL_NAME.fullmatch(value) is None or not _cell_is_name(value):
        return False
    if strict and "가" <= value[0] <= "힣":
        tokens = morph.analyze(value.replace(" ", ""))
        if not tokens:
            return True
        first = tokens[0]
        if len(tokens) == 1 and first[4] and (first[1] == "NNG" or not proper_ok):
            return False  # one dictionary noun
        if first[4] and first[1] == "NNG" and first[3] >= 2:
            return False  # a dictionary noun opens it: 조개+구이, 서울+의
        return not any(t[1].startswith(("J", "V", "E", "MA")) for t in tokens)  # 도넛+랑
    return True


def _speakers(text: str) -> list[NameHit]:
    hits = []
    for pattern, timed in ((_SPEAKER, False), (_TIMED_SPEAKER, True), (_COMMA_SPEAKER, True)):
        for m in pattern.finditer(text):
            value = m.group(1).strip()
            if timed and _plausibility(value[:1], value[1:]) < 0.36 and value[:2] not in _COMPOUND:
                continue  # a nickname (심야족, 영화광): typical name syllables only
            if value and value not in ("나", "me", "Me") and _name_like(value, strict=False):
                start = m.start(1) + m.group(1).index(value)
                hits.append(NameHit(start, start + len(value), 0.75))
    return hits if any(_reads_as_name(text[h.start:h.end]) for h in hits) else []


def _reads_as_name(value: str) -> bool:
    """A chat whose speakers are all handles (극장봇, 가족방: a noun opens each, untypical given
    syllables) names nobody; one speaker who reads as a name keeps the others (round 12)."""
    return not "가" <= value[:1] <= "힣" or _name_like(value) or _plausibility(value[:1], value[1:]) >= 0.36


def _csv_names(text: str) -> list[NameHit]:
    hits: list[NameHit] = []
    columns: list[int] | None = None
    pos = 0
    for line in text.split("\n"):
        cells = line.split(",") if line.count(",") >= 1 else []
        if not cells:
            columns = None
        elif columns is None:
            columns = [i for i, c in enumerate(cells) if c.strip().replace(" ", "") in _HEADERS]
            columns = columns if columns and len(cells) >= 2 else None
        else:
            offset = pos
            for i, cell in enumerate(cells):
                value = cell.strip()
                if i in columns and (_name_like(value) or foreign_cell(value)):
                    start = offset + cell.index(value)
                    hits.append(NameHit(start, start + len(value), 0.75))
                offset += len(cell) + 1
        pos += len(line) + 1
    return hits


def _enumerated(text: str) -> list[NameHit]:
    """List lines that are only a name; once two lines of a list are names, the other lines
    need only look like a name (a surname first, no single common noun: 2-syllable 박솔)
    or be a spaced foreign name (``나탈리아 페트로바``). Three lines or more that look like
    that, three in four of the lines without digits, make a list of names even with no line
    a name on its own."""
    hits, rest = [], []
    lines = list(_ENUMERATED.finditer(text))
    for m in lines:
        value = m.group(1)
        if "가" <= value[:1] <= "힣" and _name_like(value):
            hits.append(NameHit(m.start(1), m.end(1), 0.7))
        else:
            rest.append(m)
    loose = [m for m in rest if _loose(m.group(1))]
    wordy = [m for m in rest if not any(c.isdigit() for c in m.group(1))]
    if len(hits) >= 2 or (hits and len(lines) >= 3) or (len(loose) >= 3 and 4 * len(loose) >= 3 * len(wordy)):
        hits += [NameHit(m.start(1), m.end(1), 0.7) for m in loose]
    return hits


def _loose(value: str) -> bool:
    return foreign_cell(value) or (
        "가" <= value[:1] <= "힣" and _name_like(value, strict=False) and not _common_word(value))


def _bare_speakers(text: str) -> list[NameHit]:
    """Speakers of a copied chat with no time stamps: two lines or more open with a
    bracketed or colon-led speaker, one of them twice, and one is a name on its own or two
    speakers differ."""
    found = []
    for m in _BARE_SPEAKER.finditer(text):
        g = 1 if m.group(1) is not None else 2
        if g == 1 and _TAG_BEFORE_SPEAKER.match(text, m.end(1) + 1):
            continue  # [오픈채팅] 익명의 팝콘: … — a channel tag before the speaker, no speaker
        found.append((m.start(g), m.group(g).strip()))
    values = [v for _, v in found]
    if len(found) < 2 or len(set(values)) == len(values):
        return []  # a chat: some speaker talks twice (labels of a form each come once)
    named = [(s, v) for s, v in found if "가" <= v[:1] <= "힣" and _name_like(v)]
    if not named and (len({v for _, v in found}) < 2 or not any(_reads_as_name(v) for v in values)):
        return []
    hits = []
    for start, value in found:
        if (start, value) in named or ("가" <= value[:1] <= "힣" and _name_like(value, strict=False)
                                       and not _common_word(value) and _short_ok(value)):
            hits.append(NameHit(start, start + len(value), 0.72))
    return hits


def _short_ok(value: str) -> bool:
    """A speaker of two syllables needs typical name syllables (not a nickname: 영화광)."""
    squeezed = value.replace(" ", "")
    return len(squeezed) >= 3 or _plausibility(squeezed[:1], squeezed[1:]) >= 0.36


# ``김민지 - 파묘`` on two lines or more in a row: a list of who did, chose or brings what.
_PAIR_LINE = re.compile(r"^[ \t]*([가-힣]{2,5})[ \t]+[-–][ \t]+\S[^\n]*$", re.M)


def _pair_lines(text: str) -> list[NameHit]:
    lines = list(_PAIR_LINE.finditer(text))
    hits = []
    for k, m in enumerate(lines):
        prev_ok = k > 0 and text.count("\n", lines[k - 1].end(), m.start()) == 1
        next_ok = k + 1 < len(lines) and text.count("\n", m.end(), lines[k + 1].start()) == 1
        if (prev_ok or next_ok) and _name_like(m.group(1)):
            hits.append(NameHit(m.start(1), m.end(1), 0.7))
    return hits


def _chain_tails(text: str, names: list[tuple[int, int]]) -> list[NameHit]:
    hits = []
    ends = {e for _, e in names}
    for m in _CHAIN.finditer(text):
        if m.start() in ends and _name_like(m.group(1), proper_ok=True):
            hits.append(NameHit(m.start(1), m.end(1), 0.7))
            ends.add(m.end(1))
    return hits


def find_layout_names(text: str, names: list[NameHit], allowed=None) -> list[NameHit]:
    """Names from the layouts in the module docstring, not overlapping ``names``."""
    found: list[NameHit] = []
    if ("[" in text or "," in text) and ":" in text:
        found += _speakers(text)
    if "\n" in text and ("[" in text or ":" in text):
        found += _bare_speakers(text)
    if "," in text and "\n" in text:
        found += _csv_names(text)
    if "\n" in text or text.lstrip()[:1] in "-•*0123456789":
        found += _enumerated(text)
    if " - " in text and "\n" in text:
        found += _pair_lines(text)
    if "랑" in text or "하고" in text:
        found += _chain_tails(text, [(h.start, h.end) for h in names])
    taken = [(h.start, h.end) for h in names]
    out = []
    for h in found:
        if _covered(taken, h.start, h.end) or (allowed is not None and allowed(h.start, h.end)):
            continue
        taken.append((h.start, h.end))
        out.append(h)
    return out
