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


def earliest_effective(notice_day: datetime.date, *, material: bool,
                       first: bool = False) -> datetime.date:
    return notice_day + datetime.timedelta(days=required_days(material=material, first=first))
