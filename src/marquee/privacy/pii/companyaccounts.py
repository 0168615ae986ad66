"""Accounts a company holds are not personal data (P11.2, issue 16 round 13, read from test14).

A deposit slip or a rental answer gives the account money goes to, and its holder: ``기업은행
081-… (예금주 (주)메크로스)``, ``국민 4764… (메크로스)``, ``법인 계좌 …``. When that holder is a
company (``(주)``, ``㈜``, ``주식회사``, ``유한회사``) or the operator itself by the name its
policy settings declare, the account is a business's published one, like its phone number,
and stays visible. An account held by a person (``(홍길동)``) is masked as before.
"""

from __future__ import annotations

import re

_CORP = r"(?:\(주\)|㈜|주식회사|\(유\)|유한회사)"
_HOLDER = re.compile(
    rf"[ \t]*(?:[(\[][ \t]*)?(?:예금주|명의|받는[ \t]?분)?[ \t:：]*(?P<corp>{_CORP})?[ \t]?(?P<name>[가-힣A-Za-z]{{2,12}})")
_BEFORE = re.compile(r"법인[ \t]?(?:계좌|통장|명의)[ \t:：]*(?:[가-힣A-Za-z]{1,6}(?:은행)?[ \t]*)?$")
_CORP_PREFIX = re.compile(rf"^{_CORP}[ \t]?")


def operator_names(texts) -> frozenset[str]:
    """The company names among the declared contact values, without 주식회사/(주)."""
    return frozenset(_CORP_PREFIX.sub("", t) for t in texts if _CORP_PREFIX.match(t))


def company_account(text: str, start: int, end: int, names: frozenset[str]) -> bool:
    """Is the account at ``start:end`` held by a company, by what is written around it?"""
    if _BEFORE.search(text[max(0, start - 20):start]) is not None:
        return True
    m = _HOLDER.match(text, end)
    return m is not None and (m.group("corp") is not None or m.group("name") in names)
