"""Korean addresses written in the Latin alphabet (P11.2, issue 16 round 9).

Foreign members and English forms write a Korean road address in English order: the unit
first, then the building number and the romanised road, then the district and the city
(``Apt 102-903, 86 Olympic-ro, Songpa-gu, Seoul``, ``#302, 103 …``, ``Unit 736, 205 …``,
``105dong 1702ho, 272 Dunsan-ro, Seo-gu, Daejeon``, a postcode at the end). The Hangul
recogniser (``addresses.py``) cannot see them. A romanised road ends in ``-ro``, ``-gil`` or
``-daero`` (``Centum jungang-ro``, ``Teheran-ro 10-gil``); at least one administrative part
must follow it (``…-gu``, ``…-si``, ``…-gun``, ``…-do`` or a metropolitan city), so a street
named in running English (``Olympic-ro is busy``) is no address.

In this order the unit and building number come before the road, so the whole address is
masked, road and district included (the Hangul convention keeps the region and the road
visible because they come first).
"""

from __future__ import annotations

import re

from .addresses import AddressHit

_UNIT = (r"(?:(?:Apt\.?|Apartment|Unit|Suite|Room|Rm\.?|Flat)[ \t]*#?[ \t]*[0-9A-Z]{1,5}(?:-[0-9]{1,5})?"
         r"|#[ \t]?[0-9]{1,5}(?:-[0-9]{1,5})?"
         r"|[0-9]{1,4}[ \t-]?dong[ \t]*[0-9]{1,5}[ \t-]?ho)")
_ROAD = (r"[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){0,2}?-?(?:daero|ro|gil)"
         r"(?:[ \t]?[0-9]{1,3}(?:beon)?-?gil)?")
_CITY = r"(?:Seoul|Busan|Daegu|Incheon|Gwangju|Daejeon|Ulsan|Sejong|Jeju)"
_ADMIN_PART = rf"(?:[A-Z][a-z]+(?:[ -][a-z]+)?-(?:gu|si|gun|do|eup|myeon)(?![a-z])|{_CITY}(?![a-z]))"
_ADDRESS = re.compile(
    rf"(?<![A-Za-z0-9])(?:{_UNIT}[ \t]*,?[ \t]*)?"
    rf"(?:[0-9]{{1,4}}(?:-[0-9]{{1,4}})?,?[ \t]+{_ROAD}|{_ROAD}[ \t]+[0-9]{{1,4}}(?:-[0-9]{{1,4}})?)"
    rf"(?:[ \t]*,[ \t]*{_ADMIN_PART})+"
    r"(?:[ \t]*,?[ \t]*[0-9]{5}(?![0-9]))?")
_PREFILTER = re.compile(r"(?:ro|gil)[ \t,]")


def find_latin_addresses(text: str) -> list[AddressHit]:
    """Romanised road addresses in English order (module docstring); masked whole."""
    if _PREFILTER.search(text) is None:
        return []
    return [AddressHit(m.start(), m.end(), 0.85, m.start()) for m in _ADDRESS.finditer(text)]
