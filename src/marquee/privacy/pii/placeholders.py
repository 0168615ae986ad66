"""Values that stand for nobody: the examples forms and notices show (P11.2).

A notice that says "e-mail: user@example.com" or "휴대폰 010-0000-0000" or "이름(예:
홍길동)" shows the format a member should type, not a person. Masking it changes a post
that holds no personal data and makes the example unreadable. The rules, each about
values that cannot belong to anybody:

- a generic mailbox name (``user``, ``id``, ``email``, ``someone``, ``test``, ``abc``...)
  at a domain reserved for documentation (RFC 2606 and RFC 6761: ``example.com``,
  ``example.net``, ``example.org`` and anything under ``.example``, ``.invalid``,
  ``.test`` or ``.localhost``). Only both together: invented people in documents and
  test data get reserved domains too (``minji@example.com`` is still masked);
- any mailbox at a reserved domain when the text around says it shows a format
  (``입력 예시: you@example.org``, ``… 이런 식으로``): the notice's own example (round 8);
- a generic mailbox at a domain that is itself a stand-in (``xxx@xxxx.com``,
  ``abc@domain.com``, ``test@test.com``), or at any domain when the text around says it
  shows a format (``예시``, ``형식``, ``처럼``, the form field ``메일 칸에``): ``id@naver.com``
  in "이메일 칸에 id@naver.com 적었더니" is what was typed into a field, not a mailbox;
- phone numbers whose subscriber part is all zeros (``010-0000-0000``, ``02-000-0000``):
  no such line is assigned;
- dummy numbers of every kind, when the text around says they show a format (the same
  cues as for mailboxes): each group of digits one repeated digit or a run counting up
  (``010-1234-5678``, ``01012345678``, ``123456-1234567``, ``1234-5678-9012-3456``,
  ``M00000000``). Without such a cue they are masked: tests and forms fill in
  ``010-1234-5678`` as somebody's number;
- 홍길동, the name every Korean form uses as its example, when the text says it is one
  (``예:``, ``예)``, ``예시``, ``예를 들어``, ``ex)``, ``e.g.`` just before it, a field
  label such as ``이름`` between: ``입력 예시: 이름 홍길동``). A person
  of that name mentioned anywhere else is still masked;
- any name or dummy number in a form whose heading calls it an example and which holds
  another stand-in value, any name after ``예시 이름은``, and names already masked
  (``박OO``, ``한모씨``): see ``standins.py`` (round 9);
- 홍길동's romanisation (``HONG GILDONG``, ``Gil-dong Hong``) is the same example, and a format
  cue after it (``처럼``) counts too; the example name and dummy numbers also when their
  paragraph says its values are not real (``예시 화면의 홍길동, 010-0000-0000는 실제 정보가
  아닙니다``, ``입력 예시는 실제 번호가 아닙니다``) (round 9, lead).
"""

from __future__ import annotations

import re

from .exampleblocks import EXAMPLE_NAMES, dummy_resident_number, under_example_heading
from .standins import example_name, in_example_form, masked_name

_RESERVED_DOMAIN = re.compile(
    r"@(?:[^@\s]+\.)?(?:example\.(?:com|net|org)|[^@\s]*\.(?:example|invalid|test|localhost))$",
    re.I)
_GENERIC_MAILBOX = re.compile(
    r"^(?:user|username|user\d|name|yourname|your\.?name|id|yourid|your\.?id|email|e-?mail|mail|"
    r"someone|somebody|anyone|example|sample|test|tester|abc|abcd|xxx+|aaa+|아이디|이메일)@", re.I)
_STAND_IN_DOMAIN = re.compile(
    r"@(?:x+|domain|yourdomain|mydomain|test|example|sample|company|abc|email|address)"
    r"\.(?:com|net|org|co\.kr|kr)$", re.I)
_FORMAT_BEFORE = re.compile(r"(?:예\s*[:：)]|예시|형식|양식|FAQ|칸\s*(?:에|은|엔|에는)?|e\.g\.|ex\))[^\n]{0,20}$",
                            re.I)
_FORMAT_AFTER = re.compile(r"^\s*(?:처럼|형식|형태|같이|식으로|적어|라고 적|이런 식)")
_EXAMPLE_NAMES = frozenset({"홍길동", "honggildong", "gildonghong"})
_EXAMPLE_CUE = re.compile(r"(?:예\s*[:：)]|예시\s*[:：)]?|예를\s*들어|\bex\)|\be\.g\.)[\s(\"'“‘]*"
                          r"(?:(?:이름|성명|name|Name)\s*[:：]?\s*)?$", re.I)


def is_placeholder(entity: str, text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]``, detected as ``entity``, an example value (see above)?"""
    value = text[start:end]
    if entity == "EMAIL":
        plain = re.sub(r"\s+", "", value)
        if not _GENERIC_MAILBOX.match(plain):  # any mailbox at a reserved domain shown as a format
            return bool(_RESERVED_DOMAIN.search(plain)) and (_shows_a_format(text, start, end)
                                                            or under_example_heading(text, start))
        return bool(_RESERVED_DOMAIN.search(plain) or _STAND_IN_DOMAIN.search(plain)
                    or _shows_a_format(text, start, end) or under_example_heading(text, start))
    if entity == "PHONE" and _zero_subscriber(value):
        return True
    if entity in _NUMBERED:
        dummy = _dummy_number(value, entity) or dummy_resident_number(value, entity)
        return dummy and (_shows_a_format(text, start, end) or in_example_form(text, start)
                          or _said_not_real(text, start, end) or under_example_heading(text, start))
    if entity == "PERSON":  # round 9: example forms and names already masked (standins.py)
        return (_example_person(value) and (
            bool(_EXAMPLE_CUE.search(text[max(0, start - 20):start])) or _shows_a_format(text, start, end)
            or _said_not_real(text, start, end) or under_example_heading(text, start))) or masked_name(text, start, end) \
            or example_name(text, start, end)
    return False


def _example_person(value: str) -> bool:
    """홍길동, or its romanisation in either order, any case or spacing (Hong Gil-dong)."""
    plain = re.sub(r"[\s\-]+", "", value)
    return plain.lower() in _EXAMPLE_NAMES or plain in EXAMPLE_NAMES


# The paragraph says its values are not real: 예시 화면의 홍길동은 실제 정보가 아닙니다.
_NOT_REAL = re.compile(r"실제[ \t]?(?:개인[ \t]?정보|정보|번호|이름|값|데이터|회원)?[ \t]?(?:가|이|는|은)?[ \t]?아닙니다|"
                       r"실제[ \t]?(?:정보|번호|이름)?[ \t]?(?:가|이)?[ \t]?아님|가상의[ \t]?(?:정보|번호|이름|인물)|"
                       r"not[ \t]a[ \t]real|fictitious|"
                       # a form telling its filler to replace the examples (예시를 지우고 작성; round 14)
                       r"예시(?:[ \t]?(?:값|내용))?[ \t]?(?:를|는|은|을)?[ \t]?(?:지우고|지운[ \t]?(?:뒤|후)|삭제하고|"
                       r"바꿔|바꾸고|고쳐)", re.I)


def _said_not_real(text: str, start: int, end: int) -> bool:
    """A "not real" statement in the value's paragraph (no blank line between), at most
    200 characters away: the notice's own examples."""
    lo = text.rfind("\n\n", max(0, start - 200), start)
    hi = text.find("\n\n", end, end + 200)
    return _NOT_REAL.search(text, lo + 1 if lo != -1 else max(0, start - 200),
                            hi if hi != -1 else min(len(text), end + 200)) is not None


def _shows_a_format(text: str, start: int, end: int) -> bool:
    """The words around say the value shows a format: 예시, 형식, 처럼, FAQ, a form field."""
    return bool(_FORMAT_BEFORE.search(text, max(0, start - 32), start)
                or _FORMAT_AFTER.match(text[end:end + 12]))


_NUMBERED = frozenset({"PHONE", "RRN", "FRN", "CARD", "ACCOUNT", "DRIVER_LICENSE", "PASSPORT"})


def _dummy_group(group: str) -> bool:
    """One digit repeated (0000) or counting up, 9 then 0 (1234, 9012)."""
    return len(set(group)) == 1 or all((int(b) - int(a)) % 10 == 1
                                       for a, b in zip(group, group[1:], strict=False))


def _dummy_number(value: str, entity: str) -> bool:
    """Every group of digits a repeated digit or a run counting up (after a phone's prefix)."""
    groups = re.findall(r"[0-9]+", value)
    if groups and max(len(g) for g in groups) <= 2:
        groups = ["".join(groups)]  # spaced out (0 1 0 1 2 …): judged as one number
    if entity == "PHONE" and groups:
        digits = "".join(groups)
        prefix = 2 if digits.startswith("02") else 3
        if len(groups) == 1:
            groups = [digits[prefix:]]
        elif len(groups[0]) <= prefix:
            groups = groups[1:]
    if not groups or sum(len(g) for g in groups) < 7:
        return False
    return all(_dummy_group(g) for g in groups)


def _zero_subscriber(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if digits.startswith("82"):
        digits = "0" + digits[2:]
    if len(digits) < 9:
        return False
    prefix = 2 if digits.startswith("02") else 3
    return set(digits[prefix:]) == {"0"}
