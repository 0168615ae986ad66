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

Round 14 (read from test16) adds three layouts:

* **a number sent to** (``돈 361-788-516230로 보냄``): the particle 로 and a verb of sending
  money right after a number that is no phone make it where the money went, an account;
* **a masked card before it** (``기존 9410-****-****-1172 → 신규 5274 …``): a card replaced by
  a card, so the masked one is the card word;
* **a card's own layouts**: 4-4-4-4, and 4-6-5 behind the American Express prefixes 34 and 37.
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


_SENT_TO = re.compile(r"(?:으로|로)[ \t]?(?:보냄|보냈|보낼|보내드렸|쐈|쏨|쏴|송금|이체|입금)")
_MASKED_CARD = re.compile(r"[0-9]{4}[ \-]?[*xX●]{4}[ \-]?[*xX●]{4}[ \-]?[0-9]{4}")


def sent_to(right: str) -> bool:
    """True when 로 and a verb of sending money follow the number."""
    return _SENT_TO.match(right) is not None


def masked_card_before(left: str) -> bool:
    """True when a card number with its middle masked comes before the number."""
    return _MASKED_CARD.search(left) is not None


def card_layout(layout: list[int], digits: str) -> bool:
    """A card's own grouping: 4-4-4-4, or 4-6-5 with an American Express prefix."""
    return layout == [4, 4, 4, 4] or (layout == [4, 6, 5] and digits[:2] in ("34", "37"))
