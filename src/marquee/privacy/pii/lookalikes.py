"""The famous face someone is said to look like (P11.2, issue 16 round 11, read from test11).

``매표소 직원분 (배우) 닮아서 깜짝 놀람``, ``우리 팀장님 (가수) 닮았다는 말``, ``My coworker … looks
exactly like (actor)``: the person a member is compared with is a public figure whose face
everyone knows, or the comparison would say nothing. The name right before ``닮다`` (no
particle between: ``민지랑 닮았어`` compares two people the writer knows and is left alone) or
right after ``looks like`` / ``resembles`` is dropped with its other occurrences in the post;
the person being compared (the staff member, the coworker) keeps whatever the other rules
found.
"""

from __future__ import annotations

import re

from .fictional import drop_public
from .names import NameHit

_CUE = re.compile(r"닮|[Ll]ook|[Rr]esembl|[Dd]oppelg")
_KO_AFTER = re.compile(r"[ \t]?(?:을|를)?[ \t]?(?:(?:진짜|정말|완전|좀|살짝|많이|엄청|되게|꽤|묘하게)[ \t]?)?닮")
_EN_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:look|looks|looked|looking)[ \t]+(?:(?:exactly|just|a[ \t]+lot|kind[ \t]+of|kinda|so[ \t]+much)[ \t]+)?like"
    r"|(?<![A-Za-z])resembles?)[ \t]+$")
_EN_AFTER = re.compile(r"(?:'s)?[ \t]?(?:[Ll]ookalike|[Dd]oppelg)")


def _compared_with(text: str, h: NameHit) -> bool:
    before = text[max(0, h.start - 40):h.start]
    return (_KO_AFTER.match(text, h.end) is not None or _EN_BEFORE.search(before) is not None
            or _EN_AFTER.match(text, h.end) is not None)


def veto_lookalikes(text: str, names: list[NameHit]) -> list[NameHit]:
    """Drop the PERSON candidates a member is said to look like, and their other occurrences."""
    if not names or _CUE.search(text) is None:
        return names
    return drop_public(text, names, _compared_with)
