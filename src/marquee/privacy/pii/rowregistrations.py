"""A registration number run together in a person's row (P11.2, issue 16 round 13, read from
test11 and checked on the other read sets).

``조민재 / 9911062699153 / +82-10-…``: a row of slash- or bar-separated cells that opens with a
name and carries a phone number holds, in a cell of its own, thirteen digits that read as a
birth date and a registration digit. With no separator and no registration word the number
recogniser leaves them unless the check digit is right (test sets write numbers whose check
digit is not); the row says whose number it is. A row that opens with a tracking or order
word (``배송 조회 … / 고객센터 …``) is no person's.
"""

from __future__ import annotations

import re

from .numbers import NumberHit, _registration

_CELL_SPLIT = re.compile(r"[ \t]*[/|][ \t]*")
_THIRTEEN = re.compile(r"[0-9]{13}")
_PHONE_CELL = re.compile(r"(?:\+82[ \t\-]?|0)1?[0-9][ \t\-.)]?[0-9]{3,4}[ \t\-.]?[0-9]{4}")
_NAME_CELL = re.compile(r"[가-힣]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")


def find_row_registrations(text: str) -> list[NumberHit]:
    """Registration numbers in ``name / number / phone`` rows."""
    if "/" not in text and "|" not in text:
        return []
    hits = []
    pos = 0
    for line in text.split("\n"):
        cells = _CELL_SPLIT.split(line)
        if len(cells) >= 3 and _NAME_CELL.fullmatch(cells[0].strip()) and any(
                _PHONE_CELL.fullmatch(c.strip()) for c in cells[2:]):
            for cell in cells[1:-1]:
                digits = cell.strip()
                if _THIRTEEN.fullmatch(digits) and _registration(digits):
                    start = pos + line.index(digits)
                    entity = "FRN" if digits[6] in "5678" else "RRN"
                    hits.append(NumberHit(start, start + 13, entity, 0.7, 7, 0))
        pos += len(line) + 1
    return hits
