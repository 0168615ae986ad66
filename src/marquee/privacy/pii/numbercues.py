"""Words beside a digit run that overrule the usual cues (P11.2, issue 16, round 12).

``numbers.py`` weighs a number by the cue nearest to it: a parcel word makes it a tracking
number, a bank named after it makes it an account. Two layouts say otherwise:

* **the person who runs an errand** named between its word and a mobile number (``택배 기사님
  010-…``, ``퀵 배달원 010 …``): the courier's phone, not the parcel's number (read from test12);
* **a number followed by 건**, the case it names (``문의주신 014-0219-7045 건은 부산은행 …``): a
  booking's or an inquiry's reference, even with a bank named after it; a bank typed right before
  it still makes it an account (read from test10);
* **a sentence's end** right after the number: an account word in the next sentence
  (``환불 언제 돼요? 6036-… 이거요. 가상계좌로 냈어서 …``) speaks of another number (round 13,
  read from test9).
"""

from __future__ import annotations

import re

_COURIER = re.compile(r"(?:기사|배달원|배송원|라이더|아저씨|아주머니|여사님|직원)(?:님|분)?[ \t]*"
                      r"(?:번호|연락처)?[ \t]*[:：]?[ \t]*$")
_SENTENCE_END = re.compile(r"(?<![0-9])[.?!](?![0-9])")
_CASE_AFTER = re.compile(r"[ \t]?건(?:은|는|으로|이|에|의|[ \t]?관련)")


def after_courier(left: str) -> str:
    """``left`` from the courier's word on, so that a parcel word before it does not count."""
    m = _COURIER.search(left)
    return left if m is None else left[m.start():]


def names_a_case(right: str) -> bool:
    """True when the number is followed by 건 and a particle: the case it names."""
    return _CASE_AFTER.match(right) is not None


def same_sentence(right: str) -> str:
    """``right`` up to the end of the number's sentence."""
    m = _SENTENCE_END.search(right)
    return right if m is None else right[:m.start()]
