"""The night hours of L1.2 (정보통신망법 50③): 21:00 to 08:00 KST, when an advertisement
other than e-mail needs the member's separate night-time consent."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

KST = ZoneInfo("Asia/Seoul")
NIGHT_STARTS = datetime.time(21, 0)
NIGHT_ENDS = datetime.time(8, 0)


def is_night(moment: datetime.datetime) -> bool:
    local = moment.astimezone(KST).time()
    return local >= NIGHT_STARTS or local < NIGHT_ENDS


def needs_night_consent(channel: str, moment: datetime.datetime) -> bool:
    return channel != "email" and is_night(moment)


def next_morning(moment: datetime.datetime) -> datetime.datetime:
    """The next 08:00 KST at or after ``moment`` (as an aware datetime)."""
    local = moment.astimezone(KST)
    morning = datetime.datetime.combine(local.date(), NIGHT_ENDS, tzinfo=KST)
    if local >= morning:
        morning = datetime.datetime.combine(local.date() + datetime.timedelta(days=1),
                                            NIGHT_ENDS, tzinfo=KST)
    return morning
