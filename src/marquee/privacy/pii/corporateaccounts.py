"""A company's bank account, told apart from a member's (P11.2, round 13, read from test14).

A company prints the account its customers pay into (``계약금 입금 계좌는 법인 계좌 기업은행 …
(예금주 (주)메크로스)``); it names no person. The account is a company's when the holder given
right after it on its line is marked as a corporation (``(주)``, ``㈜``, ``주식회사``, ``유한회사``,
``재단법인``, ``사단법인``, ``협회``, ``Co., Ltd``, ``Inc.``), or when ``법인 계좌`` / ``사업자 계좌``
/ ``회사 계좌`` or a corporation's name names it right before (``후원 계좌(사단법인 영화나눔 우리은행
…)``, test13). An account whose holder is a person, or a bare company
name in brackets that could be anyone's (``(메크로스)``), stays masked.
"""

from __future__ import annotations

import re

_CORPORATE = r"(?:\(주\)|（주）|㈜|주식회사|유한회사|재단법인|사단법인|협회|[Cc]o\.,?[ \t]?[Ll]td|[Ii]nc\.|[Cc]orp\.)"
_HOLDER_AFTER = re.compile(rf"[ \t]*[(（\[]?[ \t]*(?:예금주|명의|holder)?[ \t]*[:：]?[ \t]*(?:{_CORPORATE}|"
                           rf"[가-힣A-Za-z]{{1,12}}[ \t]?{_CORPORATE})")
_NAMED_BEFORE = re.compile(rf"(?:(?:법인|사업자|회사)[ \t]?(?:명의[ \t]?)?(?:계좌|통장)[^\n0-9]{{0,12}}|"
                           rf"{_CORPORATE}[^\n0-9()（）]{{0,16}})$")


def is_corporate_account(text: str, start: int, end: int) -> bool:
    """True for an account given as a company's (see the module docstring)."""
    if _HOLDER_AFTER.match(text, end, min(len(text), end + 30)):
        return True
    while start > 0 and text[start - 1] in "0123456789-":
        start -= 1  # a number found from its second group (``081-`` of ``081-118204-01-012``)
    return _NAMED_BEFORE.search(text, max(0, start - 30), start) is not None
