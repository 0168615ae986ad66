"""The published policy lives in the repository, like migrations (L7.2).

Each version the operator publishes is a JSON snapshot under ``published/``
(``v0001.json`` …): the rendered document, its effective date and the day it was
published. ``manage.py policy publish --effective DATE`` writes the next snapshot after
checking the notice the change needs, counted from today; the snapshot is committed
with the declaration change that caused it. The system check ``policy.E033`` compares
what the declarations render now with the latest snapshot: a declaration change that
alters the policy fails ``check`` (and so CI) until a version carrying it is published
or scheduled.

``manage.py policy sync`` (run by ``bin/serve`` and by a deployment after ``migrate``)
puts the snapshots into the database with their notices. In a fresh installation the
operator's legacy text is recorded first as history, and the generated versions already
in effect are published at once: there is nobody to give notice to. In a running
installation each new snapshot is announced on the day it is synced, and refused if its
effective date no longer leaves the notice it needs.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import leadtime, services
from .diff import PolicyDiff, diff
from .document import Document
from .models import PolicyVersion
from .sections import render

DEFAULT_DIRECTORY = Path(__file__).resolve().parent / "published"


def snapshot_directory() -> Path:
    """Where the snapshots are read and written; tests point it elsewhere
    (``settings.MARQUEE_POLICY_SNAPSHOTS``)."""
    return Path(getattr(settings, "MARQUEE_POLICY_SNAPSHOTS", "") or DEFAULT_DIRECTORY)
LEGACY_TEXT = Path(__file__).resolve().parent / "legacy" / "2024-03-07.ko.txt"
LEGACY_EFFECTIVE = datetime.date(2024, 3, 7)


@dataclass(frozen=True)
class Snapshot:
    number: int
    effective_on: datetime.date
    published_on: datetime.date
    published_by: str
    document: Document

    def path(self, directory: Path | None = None) -> Path:
        return (directory or snapshot_directory()) / f"v{self.number:04d}.json"

    def to_json(self) -> dict:
        return {"number": self.number, "effective_on": self.effective_on.isoformat(),
                "published_on": self.published_on.isoformat(),
                "published_by": self.published_by, "document": self.document.to_json()}

    @classmethod
    def load(cls, path: Path) -> Snapshot:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(number=data["number"],
                   effective_on=datetime.date.fromisoformat(data["effective_on"]),
                   published_on=datetime.date.fromisoformat(data["published_on"]),
                   published_by=data["published_by"],
                   document=Document.from_json(data["document"]))


def snapshots(directory: Path | None = None) -> list[Snapshot]:
    found = [Snapshot.load(p) for p in sorted((directory or snapshot_directory()).glob("v*.json"))]
    for expected, snapshot in enumerate(found, start=1):
        if snapshot.number != expected:
            raise ValueError(f"published policy snapshots are not numbered 1..n: "
                             f"expected v{expected:04d}, found v{snapshot.number:04d}")
    return found


def latest(directory: Path | None = None) -> Snapshot | None:
    found = snapshots(directory)
    return found[-1] if found else None


def render_published() -> Document:
    """The policy as production renders it: the published text describes the production
    service, so settings that differ on a laptop (TLS-only cookies, HSTS) are taken as
    production sets them (``settings.PRODUCTION_TRANSPORT``)."""
    from django.test.utils import override_settings

    with override_settings(**getattr(settings, "PRODUCTION_TRANSPORT", {})):
        return render()


def drift(directory: Path | None = None) -> tuple[Snapshot | None, PolicyDiff | None]:
    """The latest snapshot and what the declarations change against it (None: nothing,
    or no snapshot at all)."""
    snapshot = latest(directory)
    if snapshot is None:
        return None, None
    changes = diff(snapshot.document, render_published())
    return snapshot, (changes if changes else None)


def write_next(effective_on: datetime.date, *, by: str, today: datetime.date | None = None,
               directory: Path | None = None) -> Snapshot:
    """Publish the policy as the declarations render it now as the next snapshot, if the
    effective date leaves the notice the change needs, counted from ``today``."""
    today = today or timezone.localdate()
    previous = latest(directory)
    document = render_published()
    changes = diff(previous.document, document) if previous else None
    if previous is not None and not changes:
        raise services.PublishRefused("게시된 최신 버전과 달라진 내용이 없습니다.")
    _, refused = leadtime.check(
        effective_on, notice_day=today, changes=changes,
        previous=(f"제{previous.number}판", previous.effective_on) if previous else None)
    if refused:
        raise services.PublishRefused(refused)
    snapshot = Snapshot(number=previous.number + 1 if previous else 1, effective_on=effective_on,
                        published_on=today, published_by=by, document=document)
    path = snapshot.path(directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(snapshot.to_json(), ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
    return snapshot


def sync(*, now=None, directory: Path | None = None) -> list[PolicyVersion]:
    """Put the repository's snapshots into the database (see the module docstring).
    Returns the versions created; raises PublishRefused naming the first that cannot be
    announced in time (the ones before it stay published)."""
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    created = []
    if not PolicyVersion.objects.filter(imported=True).exists() and LEGACY_TEXT.exists():
        created.append(services.import_legacy(LEGACY_TEXT.read_text(encoding="utf-8"),
                                              LEGACY_EFFECTIVE, by="system"))
    known = set(PolicyVersion.objects.filter(imported=False).values_list("number", flat=True))
    fresh = not known
    for snapshot in snapshots(directory):
        if snapshot.number in known:
            continue
        with transaction.atomic():
            if fresh and snapshot.effective_on <= today:
                # Already in effect before this installation existed: recorded at once.
                created.append(_backfill(snapshot, now))
            else:
                created.append(services.publish(snapshot.effective_on, by=snapshot.published_by,
                                                now=now, document=snapshot.document,
                                                number=snapshot.number))
    return created


def _backfill(snapshot: Snapshot, now) -> PolicyVersion:
    """A snapshot already in effect when a fresh installation first syncs: published as
    of its own publication day (its notice period was checked when it was written)."""
    published_at = timezone.make_aware(
        datetime.datetime.combine(min(snapshot.published_on, timezone.localtime(now).date()),
                                  datetime.time(9, 0)))
    return services.publish(snapshot.effective_on, by=snapshot.published_by, now=published_at,
                            document=snapshot.document, number=snapshot.number)
