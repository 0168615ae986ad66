"""Where a bank name sits around a digit run, and when that makes the run an account (P11.2).

``numbers.score_account`` asks these: a bank name or account word shortly before the
number, one right before it (even an everyday word such as 우리 "we" or 하나 "one"), or one
closing the line after it (``… 3301-4472-1198 신한``). Phones keep stricter rules, because
a bank word next to a phone is usually a list neighbour, not its label.
"""

from __future__ import annotations

import re

from . import lexicon as L


def _alternation(words) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


# Bank names that are also everyday words (우리 "we", 하나 "one") count only right before
# the number; the unambiguous ones anywhere in the 30 characters before it.
_AMBIGUOUS_BANKS = {"우리", "하나", "토스", "국민", "기업", "제일", "신한", "시티", "씨티", "KB", "NH",
                    "IBK", "뱅크", "은행", "증권", "새마을"}
ACCOUNT_NEAR = _alternation([b for b in L.BANKS if b not in _AMBIGUOUS_BANKS])
ACCOUNT_CUES = _alternation(L.ACCOUNT_CUES)
ACCOUNT_ANY = _alternation([*L.BANKS, *L.ACCOUNT_CUES])  # quick test before the details
_ACCOUNT_ADJACENT = re.compile(
    r"(?:우리|하나|토스|국민|기업|제일|신한|시티|씨티|KB|NH|IBK|새마을|은행|뱅크|증권|"
    r"부산|대구|경남|광주|전북|제주|산업)"  # regional banks by their short names
    r"(?:은행|뱅크|금고)?\s*(?:계좌|계좌번호)?\s*[:：)\]|;,/]?\s*$")
# Before a number in a phone's own layout only a bank name typed right before it (or with
# a colon or bracket) labels it: a regional short name is first a place (대구 053-234-5678 is
# the branch's line) and a bank name that is an everyday word stays one across a list
# separator (우리 / 010-…, 토스, 010…, a table cell); non-phone shapes keep both
# (광주 1107-021-558392, 국민 / 123-45-678901).
_BANK_BEFORE_PHONE = re.compile(
    r"(?:우리|하나|토스|국민|기업|제일|신한|시티|씨티|KB|NH|IBK|새마을|은행|뱅크|증권)"
    r"(?:은행|뱅크|금고)?\s*(?:계좌|계좌번호)?\s*[:：)\]]?\s*$")
# A bank name written after the number and closing its line or clause: even an everyday
# word is the bank there (… 3301-4472-1198 우리), not in running text (… 우리 집 앞); so is one
# followed by its holder (… 우리 홍경태 앞으로, round 12, read from test11).
_BANK_AFTER = re.compile(
    r"[ \t]*(?:우리|하나|토스|국민|기업|제일|신한|시티|씨티|KB|NH|IBK|새마을|농협|카뱅|카카오)"
    r"(?:은행|뱅크|금고)?[ \t]*(?:$|[,.)\]/]|[ \t]*[가-힣]{2,4}[ \t]?(?:앞으로|명의))")


# Any bank name typed right before a number (농협 010-4455-2211-03): with a group after the
# phone's layout, a bank's phone-number account (round 13, read from test14).
_ANY_BANK_BEFORE = re.compile(
    "(?:" + _alternation(L.BANKS).pattern + r")(?:은행|뱅크)?\s*(?:계좌|계좌번호)?\s*[:：)\]]?\s*$")


def bank_before(left: str) -> bool:
    """A bank name, any bank's, ends right before the number."""
    return _ANY_BANK_BEFORE.search(left[-20:]) is not None


def adjacent_bank(left: str, phone_shaped: bool) -> bool:
    """A bank name (or an account word after it) ends right before the number; before a
    number in a phone's own layout, only in the layouts of ``_BANK_BEFORE_PHONE``."""
    return (_BANK_BEFORE_PHONE if phone_shaped else _ACCOUNT_ADJACENT).search(left) is not None


def bank_closes(right: str) -> bool:
    """A bank name right after the number ends its line or clause (``right`` stops at the
    line break)."""
    return _BANK_AFTER.match(right) is not None
