"""Passport numbers that ``patterns.find_passports`` does not take on their own (P11.2).

* **Foreign passports** written by foreign residents and visitors, always after a passport
  cue: one or two letters and 6 to 8 digits, 8 or 9 characters in all (Vietnam ``B1234567``,
  China ``E12345678``, Japan ``TK1234567``, Central Asia ``N12345678``), or nine digits
  alone (the United States). Without a cue these are far too common as codes.
* **Right after a cue, however written**: glued to it (``passportM12345678``) or after an
  identity cue (``본인 확인용 M 1234 5678``): a Korean passport letter (M, S, R, O, D, G;
  any case) and eight digits grouped any way, or the newer letter-digits-letter layout.
* **Table columns**: a cell (any layout above, or ``M-12345678``, ``M 1234 5678``) under a
  column headed with a passport cue (``| 여권번호 |``, ``이름,국적,등록번호/여권``) is cued
  however far the header row is (the 30-character look-back cannot reach it).
"""

from __future__ import annotations

import re

from .columns import IDENTITY_CUE, header_cell, identity_cue_in
from .patterns import _PASSPORT_CUES, Hit

_FOREIGN = re.compile(r"(?<![0-9A-Za-z\-])(?:[A-Za-z]{1,2}[0-9]{6,8}|[0-9]{9})(?![0-9A-Za-z\-])")
# Other mixed layouts, only right after a cue: a letter, seven digits and a letter (the
# Philippines ``P1234567A``), or eight or nine letters and digits with at least five digits
# (Germany ``C01X00T47``, France ``12AB34567``).
_MIXED = re.compile(r"(?<![0-9A-Za-z\-])(?=(?:[A-Za-z]*[0-9]){5})(?=[0-9]*[A-Za-z])[0-9A-Za-z]{8,9}(?![0-9A-Za-z\-])")
# Korean letter-and-eight-digit passports with a separator (M-12345678, M 1234 5678): in a
# passport column; after a nearby cue ``obfuscated.find_odd_passports`` takes them.
_SPLIT = re.compile(
    r"(?<![0-9A-Za-z\-])[A-Za-z](?:[ \-][0-9]{8}|[ \-]?[0-9]{1,7}[ \-][0-9]{1,7})(?![0-9A-Za-z\-])")
_KOREAN = (r"[MSRODGmsrodg](?:[ \-]?[0-9]{8}|[ \-]?[0-9]{1,7}[ \-][0-9]{1,7}"
           r"|[0-9]{3}[A-Za-z][0-9]{4})(?![0-9A-Za-z\-])")
_AFTER_CUE = re.compile(
    r"(?:여권\s?번호|여권|[Pp]assport|PASSPORT)[ \t]?[:：#]?[ \t]?(" + _KOREAN + ")")
_AFTER_IDENTITY = re.compile(r"[ \t]?[:：#]?[ \t]?(" + _KOREAN + ")")
# Another label between the cue and the value moves the cue off it (여권 … 전화 0101234567).
_OTHER_LABEL = re.compile(r"전화|연락처|휴대폰|핸드폰|번호로|계좌|카드|주민|외국인등록|면허|예매번호|주문|송장|좌석")
_LOOKBACK = 30


def _column_cued(text: str, pos: int) -> bool:
    """Is ``pos`` inside a table cell (``|``, tab, ``;`` or ``,`` separated) whose column
    header is a passport cue (``여권번호``, ``등록번호/여권``)?"""
    header = header_cell(text, pos)
    return header is not None and _PASSPORT_CUES.search(header) is not None


def cued(text: str, start: int) -> bool:
    """A passport cue shortly before ``start`` with no other label between, or a column header."""
    left = text[max(0, start - _LOOKBACK):start]
    cues = list(_PASSPORT_CUES.finditer(left))
    last = cues[-1] if cues else None
    if last is not None and _OTHER_LABEL.search(left, last.end()) is None:
        return True
    return _column_cued(text, start)


def _near_cue(text: str, start: int) -> bool:
    """A passport cue within 16 characters before ``start``, nothing but a label between."""
    left = text[max(0, start - 16):start]
    cues = list(_PASSPORT_CUES.finditer(left))
    return bool(cues) and _OTHER_LABEL.search(left, cues[-1].end()) is None and not any(
        c.isdigit() for c in left[cues[-1].end():])


def find_foreign_passports(text: str) -> list[Hit]:
    """Foreign layouts (one or two letters and digits, or nine digits) after a passport cue,
    and the cued Korean layouts of ``find_cued_passports``."""
    hits = find_cued_passports(text)
    if _PASSPORT_CUES.search(text) is None:
        return hits
    for m in _FOREIGN.finditer(text):
        s = m.group()
        if s.isdigit() or len(s) in (8, 9):
            if cued(text, m.start()):
                hits.append(Hit(m.start(), m.end(), "PASSPORT", 0.8))
    taken = {h.start for h in hits}
    hits += [Hit(m.start(), m.end(), "PASSPORT", 0.75) for m in _MIXED.finditer(text)
             if m.start() not in taken and _near_cue(text, m.start())]
    hits += [Hit(m.start(), m.end(), "PASSPORT", 0.8) for m in _SPLIT.finditer(text)
             if _eight_digits(m.group()) and _column_cued(text, m.start())]
    return hits


def _eight_digits(value: str) -> bool:
    return sum(c.isdigit() for c in value) == 8


def find_cued_passports(text: str) -> list[Hit]:
    """Korean passports glued to a passport cue or right after an identity cue."""
    hits = [Hit(m.start(1), m.end(1), "PASSPORT", 0.85) for m in _AFTER_CUE.finditer(text)
            if _eight_or_new(m.group(1))] if ("여권" in text or "assport" in text
                                              or "ASSPORT" in text) else []
    for cue in IDENTITY_CUE.finditer(text) if identity_cue_in(text) else ():
        m = _AFTER_IDENTITY.match(text, cue.end())
        if m is not None and _eight_or_new(m.group(1)):
            hits.append(Hit(m.start(1), m.end(1), "PASSPORT", 0.8))
    return hits


def _eight_or_new(value: str) -> bool:
    return _eight_digits(value) or (len(value) == 9 and value[4].isalpha())
