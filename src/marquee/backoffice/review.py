"""The monthly review of the access log (L3.3; 고시 제8조②: check monthly for misuse,
and check the reason for every download).

The report lists, for one month in KST:

* **volume**: a staff member's day on which they touched far more members than usual
  (more than ``MARQUEE_REVIEW_VOLUME_FACTOR`` × the month's median staff-day, and at
  least ``MARQUEE_REVIEW_VOLUME_FLOOR`` members);
* **off_hours**: access outside working hours (``MARQUEE_STAFF_WORK_HOURS``, KST) or on
  a weekend;
* **downloads**: every download, with its written justification;
* a per-staff summary (entries, members touched, reveals, downloads).

``generate`` stores it as a ``MonthlyReview`` anchored to the chain head and to a signed
checkpoint (``checkpoints``, P12.11), and asks every CPO to sign it off (a message in the outbox); ``services.sign_off_review`` records that.
"""

from __future__ import annotations

import datetime
import statistics
from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from marquee.privacy.api import anchors

from . import checkpoints
from .models import ChainHead, MonthlyReview, StaffAccessLog
from .roles import role


def _month_bounds(month: str) -> tuple[datetime.datetime, datetime.datetime]:
    year, mon = map(int, month.split("-"))
    start = timezone.make_aware(datetime.datetime(year, mon, 1))
    end = timezone.make_aware(datetime.datetime(year + mon // 12, mon % 12 + 1, 1))
    return start, end


def previous_month(now=None) -> str:
    today = timezone.localdate(now or timezone.now())
    last = today.replace(day=1) - datetime.timedelta(days=1)
    return last.strftime("%Y-%m")


def _work_hours() -> tuple[int, int]:
    return tuple(getattr(settings, "MARQUEE_STAFF_WORK_HOURS", (8, 20)))


def is_off_hours(moment: datetime.datetime) -> bool:
    local = timezone.localtime(moment)
    start, end = _work_hours()
    return local.weekday() >= 5 or not (start <= local.hour < end)


def build_report(month: str) -> tuple[dict, int]:
    start, end = _month_bounds(month)
    entries = StaffAccessLog.objects.filter(at__gte=start, at__lt=end).order_by("seq")
    per_staff: dict[int, dict] = defaultdict(lambda: {"entries": 0, "members": 0, "reveals": 0,
                                                      "downloads": 0, "off_hours": 0})
    per_day: dict[tuple[int, str], int] = defaultdict(int)
    off_hours, downloads = [], []
    count = 0
    for e in entries.iterator(chunk_size=2000):
        count += 1
        s = per_staff[e.staff_id]
        s["entries"] += 1
        s["members"] += e.subject_count
        day = timezone.localtime(e.at).date().isoformat()
        per_day[(e.staff_id, day)] += e.subject_count
        if e.action == StaffAccessLog.Action.REVEAL:
            s["reveals"] += 1
        row = {"seq": e.seq, "at": timezone.localtime(e.at).strftime("%Y-%m-%d %H:%M"),
               "staff": e.staff_id, "roles": e.roles, "action": e.get_action_display(),
               "target": e.target, "members": e.subject_count}
        if e.action == StaffAccessLog.Action.DOWNLOAD:
            s["downloads"] += 1
            downloads.append({**row, "justification": e.reason})
        if is_off_hours(e.at):
            s["off_hours"] += 1
            off_hours.append(row)
    volumes = list(per_day.values())
    median = statistics.median(volumes) if volumes else 0
    factor = getattr(settings, "MARQUEE_REVIEW_VOLUME_FACTOR", 5)
    floor = getattr(settings, "MARQUEE_REVIEW_VOLUME_FLOOR", 100)
    threshold = max(floor, factor * median)
    volume = [{"staff": staff_id, "day": day, "members": n, "threshold": threshold}
              for (staff_id, day), n in sorted(per_day.items()) if n > threshold]
    names = {m.pk: m.login_id for m in get_user_model().objects.filter(
        pk__in=list(per_staff)).select_related("data_key")}
    for rows in (volume, off_hours, downloads):
        for row in rows:
            row["staff_login"] = names.get(row["staff"], f"#{row['staff']}")
    summary = [{"staff": k, "staff_login": names.get(k, f"#{k}"), **v}
               for k, v in sorted(per_staff.items())]
    report = {"month": month, "volume": volume, "off_hours": off_hours, "downloads": downloads,
              "summary": summary, "median_members_per_staff_day": median,
              "work_hours": list(_work_hours())}
    return report, count


@transaction.atomic
def generate(month: str | None = None, *, notify: bool = True) -> MonthlyReview:
    """Write (or rewrite, until signed off) the month's review and ask the CPO to sign."""
    month = month or previous_month()
    report, count = build_report(month)
    head = ChainHead.objects.filter(pk=1).first()
    review, created = MonthlyReview.objects.select_for_update().get_or_create(month=month)
    if review.signed_off_at:
        return review  # signed reports are final
    review.report, review.entries = report, count
    review.generated_at = timezone.now()
    review.head_seq, review.head_hash = (head.seq, head.hash) if head else (0, "")
    # The head anchored outside this database as well (P12.11): the store keeps the
    # checkpoint, and the report a copy that verification also compares with.
    review.report["checkpoints"] = [anchors.as_dict(cp) for cp in
                                    checkpoints.take(occasion=f"review {month}")]
    review.save()
    if notify:
        _ask_cpo(review)
    return review


def _ask_cpo(review: MonthlyReview) -> int:
    from marquee.outbox import services as outbox

    url = settings.MARQUEE_SITE_URL + reverse(
        "admin:backoffice_monthlyreview_change", args=[review.pk])
    sent = 0
    for cpo in get_user_model().objects.filter(is_active=True, is_staff=True,
                                     groups__name=role("cpo").name).select_related("data_key"):
        outbox.queue(
            data_key=cpo.data_key, channel="email", kind="access_review_sign_off",
            recipient=cpo.email, subject=f"[{review.month}] 개인정보 접속기록 월간 점검 확인 요청",
            body=(f"{review.month} 개인정보 접속기록 점검 보고서가 작성되었습니다. "
                  f"대량 조회 {len(review.report['volume'])}건, 업무시간 외 접근 "
                  f"{len(review.report['off_hours'])}건, 내려받기 "
                  f"{len(review.report['downloads'])}건을 검토하고 확인 서명해 주세요: {url}"))
        sent += 1
    return sent
