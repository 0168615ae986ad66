"""Accounts a company holds are not personal data (P11.2, issue 16 round 13, read from test13/14).

A deposit slip, a rental answer or a donation notice gives the account money goes to, and its
holder: ``기업은행 081-… (예금주 (주)메크로스)``, ``법인 계좌 …``, ``후원 계좌(재단법인 영화나눔 우리은행
…)``. The account is a business's published one, like its phone number, and stays visible when

* the holder right after it is marked as a corporation (``(주)``, ``㈜``, ``주식회사``, ``유한회사``,
  ``재단법인``, ``사단법인``, ``협회``, ``Co., Ltd``, ``Inc.``), before or after its name;
* the holder right after it is the operator, by the company name its policy settings declare
  (``(메크로스)``);
* ``법인 계좌`` / ``사업자 계좌`` / ``회사 계좌`` or a corporation's name names it right before.

An account held by a person (``(예금주 홍길동)``), or by a bare name that could be anyone's, is
masked as before. The check runs on the spans the engine chose, widened over the digits and
hyphens around them, so a number found from one of its groups is judged as the whole account.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CORP = (r"(?:\(주\)|（주）|㈜|주식회사|\(유\)|유한회사|재단법인|사단법인|협회|[Cc]o\.,?[ \t]?[Ll]td|"
         r"[Ii]nc\.|[Cc]orp\.)")
_HOLDER = re.compile(
    rf"[ \t]*(?:[(（\[][ \t]*)?(?:예금주|명의|받는[ \t]?분|holder)?[ \t:：]*"
    rf"(?:(?P<corp>{_CORP})|[가-힣A-Za-z]{{1,12}}[ \t]?(?P<corp_after>{_CORP})|(?P<name>[가-힣A-Za-z]{{2,12}}))")
_BEFORE = re.compile(rf"(?:(?:법인|사업자|회사)[ \t]?(?:명의[ \t]?)?(?:계좌|통장)[^\n0-9]{{0,12}}|"
                     rf"{_CORP}[^\n0-9()（）]{{0,16}})$")
_CORP_PREFIX = re.compile(rf"^{_CORP}[ \t]?")
_NUMBER = "0123456789-"


def operator_names(texts) -> frozenset[str]:
    """The company names among the declared contact values, without 주식회사/(주). Asked once
    a post with the same (cached) tuple of declared values: the answer is kept for it."""
    if isinstance(texts, tuple):
        return _operator_names(texts)
    return frozenset(_CORP_PREFIX.sub("", t) for t in texts if _CORP_PREFIX.match(t))


@lru_cache(maxsize=8)
def _operator_names(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_CORP_PREFIX.sub("", t) for t in texts if _CORP_PREFIX.match(t))


def company_account(text: str, start: int, end: int, names: frozenset[str]) -> bool:
    """Is the account at ``start:end`` held by a company, by what is written around it?"""
    while start > 0 and text[start - 1] in _NUMBER:
        start -= 1  # found from its second group (``081-`` of ``081-118204-01-012``)
    while end < len(text) and text[end] in _NUMBER:
        end += 1  # or without its last one (``-11`` of ``301-4421-8890-11``)
    if _BEFORE.search(text, max(0, start - 30), start) is not None:
        return True
    m = _HOLDER.match(text, end, min(len(text), end + 30))
    if m is None:
        return False
    return bool(m.group("corp") or m.group("corp_after") or m.group("name") in names)
