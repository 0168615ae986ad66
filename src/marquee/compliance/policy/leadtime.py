"""How long before a policy change takes effect it must be announced (P15.1, §15).

PIPA sets no advance-notice period; these are the operator's own promises (§15), and
the system holds the operator to them: a version is refused an earlier effective date.
"""

from __future__ import annotations

import datetime

NOTICE_DAYS = 7
MATERIAL_NOTICE_DAYS = 30  # changes to collected items, purposes or third-party provision


def required_days(*, material: bool, first: bool = False) -> int:
    """The first version ever published has nothing to change; it may apply at once."""
    if first:
        return 0
    return MATERIAL_NOTICE_DAYS if material else NOTICE_DAYS


def korean(day: datetime.date) -> str:
    return f"{day.year}년 {day.month}월 {day.day}일"


def too_early(effective_on: datetime.date, earliest: datetime.date, changes, days: int) -> str:
    """Why ``effective_on`` is refused, in Korean, naming the sections that make the
    change material (``changes`` is a PolicyDiff or None)."""
    if changes is not None and changes.material:
        where = ", ".join(s.heading for s in changes.material_sections)
        why = (f"수집하는 개인정보 항목, 처리 목적, 제3자 제공 또는 국외 이전이 바뀌는 중요한 "
               f"변경({where})이므로 시행일 최소 {days}일 전에 공지해야 합니다")
    elif days:
        why = f"처리방침 변경은 시행일 최소 {days}일 전에 공지해야 합니다"
    else:
        why = "시행일은 게시일 이후여야 합니다"
    return (f"시행일 {korean(effective_on)}은(는) 너무 이릅니다. {why}. "
            f"{korean(earliest)} 이후로 정해 주세요.")


def check(effective_on: datetime.date, *, notice_day: datetime.date, changes,
          previous: tuple[str, datetime.date] | None) -> tuple[int, str | None]:
    """The one notice rule (P15.1, L7.2), for the model, the publishing service and the
    snapshot writer alike: the days of notice the change needs, and why ``effective_on``
    is refused (None if it is not). ``previous`` is (its edition, its effective date)."""
    days = required_days(material=bool(changes and changes.material), first=previous is None)
    earliest = notice_day + datetime.timedelta(days=days)
    if effective_on < earliest:
        return days, too_early(effective_on, earliest, changes, days)
    if previous is not None and effective_on <= previous[1]:
        return days, (f"시행일은 이전 버전({previous[0]})의 시행일 {korean(previous[1])}보다 "
                      "뒤여야 합니다.")
    return days, None
