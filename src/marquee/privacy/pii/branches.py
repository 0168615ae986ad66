"""A cinema's branch named after its chain is a place, not a person (P11.2, round 12).

``마키 인천송도 직원분들은``, ``마키 제주연동로 온나``, ``CGV 용산에서``: the word right after a cinema
chain's name (the service's own brand included) is the branch, and a branch named after a
district can open with a surname and read as a name with a particle (``인천송+도``). Nobody is
named by it, unless the service addresses a member after its brand (``마키 김민수 고객님``).
``BRANDS`` is shared with ``businessaddress.py``.
"""

from __future__ import annotations

import re

BRANDS = r"(?:CGV|메가박스|롯데시네마|씨네Q|씨네큐|마키|마르키|Marquee|MEGABOX|Megabox)"
_BRAND_BEFORE = re.compile(rf"(?<![가-힣A-Za-z]){BRANDS}[ \t]+$")
# A candidate that takes the chain's name with it (``마키 센텀`` as one name; round 12, lead).
_BRAND_AT = re.compile(rf"{BRANDS}(?:시네마)?[ \t]")
# A member addressed by the service (``마키 김민수 고객님``) is no branch.
_ADDRESSED = re.compile(r"[ \t]?(?:님|씨|고객|회원)")


def is_branch_name(entity: str, text: str, start: int, end: int) -> bool:
    """Is the PERSON candidate ``text[start:end]`` the branch right after a chain's name?"""
    branch = _BRAND_BEFORE.search(text, max(0, start - 12), start) is not None or _BRAND_AT.match(text, start) is not None
    return entity == "PERSON" and branch and _ADDRESSED.match(text, end) is None
