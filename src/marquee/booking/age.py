"""Age rules for ratings (B3), always from the verified birthdate.

청소년보호법 제2조제1호: a 청소년 is under 19, *excluding* anyone for whom 1 January of
the year of their 19th birthday has arrived. So a 청소년관람불가 film is open to a
person iff ``today.year - birth.year >= 19``. (The 2023 만 나이 law changed how ages
are stated in general, not this definition; the 2024-05-01 notice confirmed it.)
12/15 films admit younger viewers with a guardian: we show a notice, not a refusal.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .models import Movie, TicketType

# 경로 우대: 만 65세 이상 (노인복지법 제26조, 경로우대 대상). Other 우대 grounds (장애인,
# 국가유공자) are not in the birthdate: those tickets are always checked at the gate.
SENIOR_AGE = 65


@dataclass(frozen=True)
class AgeDecision:
    allowed: bool
    notice: str = ""


def is_youth(birthdate: datetime.date, today: datetime.date) -> bool:
    return today.year - birthdate.year < 19


def international_age(birthdate: datetime.date, today: datetime.date) -> int:
    return today.year - birthdate.year - ((today.month, today.day) < (birthdate.month, birthdate.day))


def decide(rating: str, birthdate: datetime.date | None, today: datetime.date) -> AgeDecision:
    if rating == Movie.Rating.ADULT:
        if birthdate is None:
            return AgeDecision(False, "청소년 관람불가 영화는 본인확인된 회원만 예매할 수 있습니다.")
        if is_youth(birthdate, today):
            return AgeDecision(False, "청소년 관람불가 영화입니다. 만 19세 미만(19세가 되는 해의 "
                                      "1월 1일 전)인 회원은 보호자와 동반하더라도 예매할 수 없습니다.")
        return AgeDecision(True, "청소년 관람불가 영화입니다. 입장 시 신분증을 확인할 수 있습니다.")
    if rating in (Movie.Rating.AGE_12, Movie.Rating.AGE_15):
        limit = int(rating)
        if birthdate is not None and international_age(birthdate, today) < limit:
            return AgeDecision(True, f"{limit}세 이상 관람가 영화입니다. {limit}세 미만은 부모 등 "
                                     "보호자를 동반해야 관람할 수 있습니다.")
        return AgeDecision(True, f"{limit}세 이상 관람가 영화입니다. {limit}세 미만은 보호자 동반 시 "
                                 "관람할 수 있습니다.")
    return AgeDecision(True)


def discount_verified(ticket_type: str, birthdate: datetime.date | None,
                      today: datetime.date) -> bool:
    """Whether the verified birthdate alone entitles its holder to ``ticket_type`` (B7):
    청소년 by the 청소년보호법 definition above, 경로 from 만 65세. An adult ticket needs
    nothing; without a verified birthdate nothing is proven."""
    if ticket_type == TicketType.ADULT:
        return True
    if birthdate is None:
        return False
    if ticket_type == TicketType.YOUTH:
        return is_youth(birthdate, today)
    if ticket_type == TicketType.SENIOR:
        return international_age(birthdate, today) >= SENIOR_AGE
    return False


def gate_checks(plan: list[str], birthdate: datetime.date | None,
                today: datetime.date) -> list[bool]:
    """For each ticket of ``plan``, whether the gate must check the discount.

    The member is one of the viewers at most: one discounted ticket that their verified
    birthdate entitles them to is theirs; every other discounted ticket is someone
    else's, whose age the service has not verified, so the gate checks it.
    """
    checks, vouched = [], False
    for ticket_type in plan:
        if ticket_type == TicketType.ADULT:
            checks.append(False)
        elif not vouched and discount_verified(ticket_type, birthdate, today):
            vouched = True
            checks.append(False)
        else:
            checks.append(True)
    return checks
