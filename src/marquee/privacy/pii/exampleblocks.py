"""Example values under an example heading, and the dummy resident number (P11.2, round 13,
read from test14, checked on test9 to test13).

``placeholders`` reads a format cue right before a value (``예: …``, ``… 형식``) and
``standins`` an example form whose other fields hold a stand-in. A pasted form or notice also
shows its example values a line or more below its heading, with real-looking but invented
values in every field (``작성 예시\\n이름: 010-1234-5678\\n연락처: 900101-1234567``,
``[단체관람 신청서 작성 예시]\\n담당자: 홍길동\\n연락처: 010-1234-5678``, ``[예시] 예금주
900101-1234567 / 연락처 hong@example.com``). Two things together make a value an example:

* **an example heading** on the value's line or at most five lines above it in the same
  paragraph (no blank line between): a bracketed heading that says example (``[예시]``,
  ``(작성 예시)``, ``(작성례)``/``기재례`` (piiclean15, test15), ``[… 신청서 작성 예시]``, ``[Sample]``), a line that is only ``예시`` /
  ``작성 예시`` / ``입력 예시``, a line opening with ``예)`` / ``예시)`` / ``예:``, or a form's example cue anywhere on the
  line (``응모 양식 예: 이름 …, 연락처 …``, test10);
  ``예시대로`` / ``예시처럼`` (a member filling the form in after the example) is no heading;
* **a value that can only be an example** (the caller checks it): a dummy number, a mailbox at
  a reserved or generic domain, the textbook example names. The dummy resident number is the
  one every Korean form prints: any birth date, then a back part that is one repeated digit
  or a run counting up (``900101-1234567``, ``800101-2000000``); no resident number is issued so.

A member's real details under a heading (``양식 예시대로 작성합니다\\n이름: …``) stay masked:
their values are not dummies.
"""

from __future__ import annotations

import re

_HEADING = re.compile(
    r"[\[(（【][^\]\n)）】]{0,24}?(?:예시|작성[ \t]?[예례]|입력[ \t]?예|기재[ \t]?[예례]|샘플|[Ee]xample|[Ss]ample)"
    r"[ \t]*[\])）】]|"
    r"^[ \t]*(?:작성|입력|기재)?[ \t]?예시[ \t]*[:：]?[ \t]*$|"
    r"^[ \t]*(?:예|예시|[Ee]x|[Ee]\.g\.)[ \t]*[)）:：]|"
    r"(?:양식|작성|입력|기재)[ \t]?(?:예(?:시)?|례)[ \t]*[)）:：]", re.M)
_LINES_UP = 5
# The names Korean forms and textbooks print as their example (홍길동 in placeholders.py too).
EXAMPLE_NAMES = frozenset({"홍길동", "김철수", "이영희"})


def under_example_heading(text: str, start: int) -> bool:
    """An example heading on ``start``'s line or up to five lines above it, same paragraph."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if _HEADING.search(text[line_start:len(text) if line_end == -1 else line_end]):
        return True
    pos = line_start
    for _ in range(_LINES_UP):
        if pos == 0:
            return False
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1]
        if not line.strip():
            return False  # a blank line ends the paragraph
        if _HEADING.search(line):
            return True
        pos = prev
    return False


def dummy_resident_number(value: str, entity: str) -> bool:
    """A resident or foreigner number whose back part is a repeated digit or counts up."""
    if entity not in ("RRN", "FRN"):
        return False
    digits = re.sub(r"\D", "", value)
    if len(digits) != 13:
        return False
    back = digits[6:]
    return len(set(back)) == 1 or all((int(b) - int(a)) % 10 == 1 for a, b in zip(back, back[1:], strict=False))
