"""The data subject's rights and their legal deadlines (PIPA 35–38, L5.1).

Every request is answered within 10 days of receipt (시행령 41④, 43③, 44②). Days are
counted in Korean time and the day of receipt is not counted (민법 157, 초일 불산입):
a request received on 3 March at 23:50 KST is due by the end of 13 March KST. The
deadline is not moved past weekends or holidays: the stricter reading.
"""

from __future__ import annotations

import datetime
import enum
from zoneinfo import ZoneInfo

KST = ZoneInfo("Asia/Seoul")
DEADLINE_DAYS = 10
# Explanation, human review of or objection to an automated decision (시행령 44-3: 30 days).
AUTOMATED_DEADLINE_DAYS = 30
# How long a guardian's confirmation link (for a request made in the child's account) lasts.
GUARDIAN_LINK_TTL = datetime.timedelta(days=3)


class Kind(enum.StrEnum):
    ACCESS = "access"
    CORRECTION = "correction"
    DELETION = "deletion"
    SUSPENSION = "suspension"
    WITHDRAW_CONSENT = "withdraw_consent"
    APPEAL = "appeal"
    # Automated decisions (PIPA 37-2, L5.2): name the declared decision.
    EXPLANATION = "explanation"
    REVIEW = "review"
    OBJECTION = "objection"

    @property
    def label(self) -> str:
        return {"access": "열람", "correction": "정정", "deletion": "삭제",
                "suspension": "처리정지", "withdraw_consent": "동의 철회",
                "appeal": "이의 제기", "explanation": "자동화된 결정 설명",
                "review": "자동화된 결정 재검토", "objection": "자동화된 결정 거부"}[self.value]

    @property
    def article(self) -> str:
        return {"access": "개인정보 보호법 제35조",
                "correction": "개인정보 보호법 제36조",
                "deletion": "개인정보 보호법 제36조",
                "suspension": "개인정보 보호법 제37조",
                "withdraw_consent": "개인정보 보호법 제37조제1항",
                "appeal": "개인정보 보호법 제38조제5항",
                "explanation": "개인정보 보호법 제37조의2제2항",
                "review": "개인정보 보호법 제37조의2제2항",
                "objection": "개인정보 보호법 제37조의2제1항"}[self.value]

    @property
    def about_decision(self) -> bool:
        return self in (Kind.EXPLANATION, Kind.REVIEW, Kind.OBJECTION)

    @property
    def deadline_days(self) -> int:
        return AUTOMATED_DEADLINE_DAYS if self.about_decision else DEADLINE_DAYS

    @property
    def needs_items(self) -> bool:
        return self in (Kind.CORRECTION, Kind.DELETION, Kind.SUSPENSION)


# The rights a member can ask for directly (an appeal is made against a reply).
REQUESTABLE = (Kind.ACCESS, Kind.CORRECTION, Kind.DELETION, Kind.SUSPENSION,
               Kind.WITHDRAW_CONSENT, Kind.EXPLANATION, Kind.REVIEW, Kind.OBJECTION)


def due_at(received_at: datetime.datetime, days: int = DEADLINE_DAYS) -> datetime.datetime:
    """The end of the 10th (or ``days``-th) day after the day of receipt, in KST."""
    day = received_at.astimezone(KST).date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(23, 59, 59), tzinfo=KST)
