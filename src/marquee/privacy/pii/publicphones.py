"""A business's published landline, told apart from a member's number (P11.2, issue 16).

A cinema, shop, bank or card company publishes an area-code landline (``02-…``, ``031-…``) so
that anyone may call it; masking it hides nothing and spoils a notice. Three layouts say whose
number it is:

* **right after the business's name or desk** (round 12, lead): ``CGV 강남 02-…``, ``카드사
  고객센터 02-…``, ``매표소 전화 031-…``. A bare ``매장``/``지점``/``가게`` or a table cell
  (``매장 부산 | 051-…``) is not enough: the read sets label those as a member's numbers.
* **the number to call, in a sentence about a business** (round 12, read from test12 and
  test10): ``분실물은 매표소에 보관 중입니다. 방문 전 02-…로 확인 부탁드립니다``, ``카드사 사정에
  따라 … (문의 02-…)``: an inquiry frame (``문의는 …``, ``방문 전 …``, ``…로 확인``/``로
  문의``) with a desk or an institution named earlier on the line (``매표소``, ``고객센터``,
  ``카드사``, ``은행``); a cinema's name alone is not enough, a member's classified names one
  too (``마키 강남 … 2매 양도합니다. 문의 02-…로 주세요``).
* **a sender that introduces itself as the business** (round 12, read from test12): ``[발신번호
  042-…] 마키 인천송도입니다``; a person's sender (``[발신번호 010-…] 나 판석인데``) is a mobile.

A mobile number is never a business's here, and a member's word between the business and the
number or right after it (``제``, ``집``, ``핸드폰``, ``담당자``, ``연락처``) keeps it masked:
``고객센터에 제 집 번호 02-…`` is the member's.
"""

from __future__ import annotations

import re

# A desk or an institution (English ones too: ``box office``, ``customer service``).
_INSTITUTION = (r"대표[ \t]?(?:번호|전화)|고객[ \t]?센터|콜[ \t]?센터|상담[ \t]?센터|매표소|카드사|은행|안내[ \t]?데스크|"
                r"분실물[ \t]?센터|[Bb]ox[ \t]?[Oo]ffice|[Cc]ustomer[ \t]?(?:[Ss]ervice|[Cc]ent(?:er|re)|[Ss]upport)|"
                r"[Ff]ront[ \t]?[Dd]esk|[Hh]elp[ \t]?[Dd]esk")
# A business, a desk or a venue; the operator's own brand (``MARQUEE_SENDER_NAME``) among them.
_DESK = (r"(?:" + _INSTITUTION + r"|극장|영화관|시네마|CGV|메가박스|롯데시네마|마키시네마|마르키|(?<![가-힣])마키(?![가-힣])|"
         r"Marquee|(?<![가-힣])(?!지점|본점)[가-힣A-Za-z0-9]{1,8}점(?![가-힣]))")
_BUSINESS_BEFORE = re.compile(_DESK + r"[^\n0-9|:/]{0,10}$")
# For the number to call, a desk or an institution, not a venue's name alone: a member's
# classified names the cinema too (``마키 강남 2매 양도합니다. 문의 02-…로 주세요``, dev).
_DESK_ON_LINE = re.compile(_INSTITUTION)
# The number to call: an inquiry word before it, or ``로 확인``/``로 문의`` after it.
# Another number may come first (``문의 1588-… 또는 02-…``).
_ASK_BEFORE = re.compile(r"(?:문의|방문[ \t]?전|[Cc]all(?: us| them)?(?: at| on)?|[Cc]ontact(?: us| them)?(?: at| on)?)"
                         r"(?:는|은|처)?[ \t]*[:：]?[ \t]*\(?"
                         r"(?:[0-9][0-9\-]{6,13}[ \t]*(?:또는|혹은|,|/|or)[ \t]*)?$")
_ASK_AFTER = re.compile(r"[ \t]*\)?[ \t]*(?:으로|로)[ \t]*(?:확인|문의|연락|전화|예약|하시면|주시면)")
# The sender names itself after the number: ``] 마키 인천송도입니다``.
_SENDER_AFTER = re.compile(r"[ \t]*[\])】>][ \t]*" + _DESK + r"[^\n]{0,14}?입니다")
_PERSONAL = re.compile(r"제|내|저|우리|집|핸드폰|휴대폰|폰|개인|직원|담당자|매니저|점장|사장|연락처|회원|"
                       r"(?<![A-Za-z])(?:[Mm]y|[Mm]e|[Hh]ome|[Cc]ell|[Mm]obile)(?![A-Za-z])")
_LANDLINE = re.compile(r"\(?0(?:2|[3-6][1-5])\)?[ \t.\-)]")


def business_landline(text: str, start: int, end: int) -> bool:
    """True for an area-code number that a business publishes (see the module's docstring)."""
    if _LANDLINE.match(text, start) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end:len(text) if line_end == -1 else line_end][:30]
    m = _BUSINESS_BEFORE.search(text, max(line_start, start - 30), start)
    if m is not None:
        return _PERSONAL.search(text, m.start(), start) is None
    if _SENDER_AFTER.match(after) is not None:
        return True
    if _ASK_BEFORE.search(text, max(line_start, start - 32), start) is None and _ASK_AFTER.match(after) is None:
        return False
    if _PERSONAL.search(after[:10]) is not None:
        return False  # 문의는 02-…로 (제 사무실): the member's
    desks = list(_DESK_ON_LINE.finditer(text, max(line_start, start - 80), start))
    return bool(desks) and _PERSONAL.search(text, desks[-1].end(), start) is None
