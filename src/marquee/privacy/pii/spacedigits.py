"""Registration numbers typed one digit at a time (P11.2, issue 16 round 13, read from test14).

``2 1 0 3 1 5 - 4 2 7 1 9 0 3``: every digit set apart by a space and the number's own dash
between the sixth and the seventh. The dash is the registration number's layout, not a second
kind of separator, so such a run scores as ``YYMMDD-NNNNNNN`` does and is not cut into a phone.
"""

from __future__ import annotations


def grouped_back_half(layout: list[int], seps: list[str]) -> bool:
    """``780102-1 332 817``: the birth date's six digits, the dash, then the back seven typed
    in space-joined groups (round 14, read from test16): the dash still sits at the sixth."""
    return (len(layout) >= 3 and layout[0] == 6 and sum(layout[1:]) == 7
            and seps[0].strip(" ") == "-" and all(s == " " for s in seps[1:]))


def dashed_at_six(layout: list[int], seps: list[str]) -> bool:
    """Single digits (or pairs) joined by spaces, with one dash after the sixth digit."""
    if len(layout) < 5 or max(layout) > 2:
        return False
    dashes = [k for k, s in enumerate(seps) if s.strip(" ") == "-"]
    if len(dashes) != 1 or any(s != " " for k, s in enumerate(seps) if k != dashes[0]):
        return False
    return sum(layout[:dashes[0] + 1]) == 6
