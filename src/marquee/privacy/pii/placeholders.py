"""Values that stand for nobody: the examples forms and notices show (P11.2).

A notice that says "e-mail: user@example.com" or "휴대폰 010-0000-0000" or "이름(예:
홍길동)" shows the format a member should type, not a person. Masking it changes a post
that holds no personal data and makes the example unreadable. Three rules, each about
values that cannot belong to anybody:

- a generic mailbox name (``user``, ``id``, ``email``, ``someone``, ``test``, ``abc``...)
  at a domain reserved for documentation (RFC 2606 and RFC 6761: ``example.com``,
  ``example.net``, ``example.org`` and anything under ``.example``, ``.invalid``,
  ``.test`` or ``.localhost``). Only both together: invented people in documents and
  test data get reserved domains too (``minji@example.com`` is still masked);
- phone numbers whose subscriber part is all zeros (``010-0000-0000``, ``02-000-0000``):
  no such line is assigned;
- 홍길동, the name every Korean form uses as its example, when the text says it is one
  (``예:``, ``예)``, ``예시``, ``예를 들어``, ``ex)``, ``e.g.`` just before it). A person
  of that name mentioned anywhere else is still masked.
"""

from __future__ import annotations

import re

_RESERVED_DOMAIN = re.compile(
    r"@(?:[^@\s]+\.)?(?:example\.(?:com|net|org)|[^@\s]*\.(?:example|invalid|test|localhost))$",
    re.I)
_GENERIC_MAILBOX = re.compile(
    r"^(?:user|username|user\d|name|yourname|your\.?name|id|yourid|your\.?id|email|e-?mail|mail|"
    r"someone|somebody|anyone|example|sample|test|tester|abc|abcd|xxx+|aaa+|아이디|이메일)@", re.I)
_EXAMPLE_NAMES = ("홍길동",)
_EXAMPLE_CUE = re.compile(r"(?:예\s*[:：)]|예시\s*[:：)]?|예를\s*들어|\bex\)|\be\.g\.)[\s(\"'“‘]*$",
                          re.I)


def is_placeholder(entity: str, text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]``, detected as ``entity``, an example value (see above)?"""
    value = text[start:end]
    if entity == "EMAIL":
        plain = re.sub(r"\s+", "", value)
        return bool(_RESERVED_DOMAIN.search(plain) and _GENERIC_MAILBOX.match(plain))
    if entity == "PHONE":
        return _zero_subscriber(value)
    if entity == "PERSON":
        return value.replace(" ", "") in _EXAMPLE_NAMES and bool(
            _EXAMPLE_CUE.search(text[max(0, start - 12):start]))
    return False


def _zero_subscriber(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if digits.startswith("82"):
        digits = "0" + digits[2:]
    if len(digits) < 9:
        return False
    prefix = 2 if digits.startswith("02") else 3
    return set(digits[prefix:]) == {"0"}
