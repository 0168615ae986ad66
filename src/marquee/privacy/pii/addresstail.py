"""The building and unit written after an address's reference brackets (P11.2, issue 16 round 9).

The standard order is ``road number, 동 호 (reference)``, but people also write the reference
first and the complex after it: ``직지대로 323 (복대동) 센트럴파크 3단지 120동 1201호``. The
address recogniser stops at the bracket, which leaves the unit visible and the span too short.
When the text after an address that ends in a bracket is a complex name (up to three words)
and ``N동 N호`` (or ``N호``), the address runs on to the unit.
"""

from __future__ import annotations

import re

from .addresses import AddressHit

_TAIL = re.compile(r"[ \t]*(?:[가-힣A-Za-z0-9]{1,12}[ \t]){0,3}?(?:제[ \t]?)?[0-9A-Za-z]{1,5}동[ \t]*(?:제[ \t]?)?[0-9]{1,5}호"
                   r"|[ \t]*(?:[가-힣A-Za-z0-9]{1,12}[ \t]){1,3}?[0-9]{1,5}호")


def extend_tails(text: str, hits: list[AddressHit]) -> list[AddressHit]:
    """``hits`` with each address that ends in ``)`` run on over a complex and unit after it."""
    out = []
    for h in hits:
        m = _TAIL.match(text, h.end) if text[h.end - 1:h.end] == ")" else None
        out.append(AddressHit(h.start, m.end(), h.score, h.mask_from) if m else h)
    return out
