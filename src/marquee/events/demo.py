"""Demo events (idempotent, by title): one open for entry with a goods prize, a preview
screening and a sponsor link; one closed and drawn, entered by the demo adults, so its
draw record, masked winners and the winner's address form can be tried."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from marquee.members.models import Member

from . import services
from .models import Event, Prize

OPEN_TITLE = "겨울방학 시사회 & 굿즈 이벤트"
DRAWN_TITLE = "가을 영화제 포스터 증정 이벤트"


def _event(title, description, starts_at, ends_at, prizes, **extra) -> Event:
    event = Event.objects.create(title=title, description=description, starts_at=starts_at,
                                 ends_at=ends_at, **extra)
    for position, (name, kind, quantity) in enumerate(prizes, start=1):
        Prize.objects.create(event=event, name=name, kind=kind, quantity=quantity,
                             position=position)
    return event


@transaction.atomic
def load() -> list[str]:
    now = timezone.now()
    lines = []
    if not Event.objects.filter(title=OPEN_TITLE).exists():
        _event(OPEN_TITLE, "겨울방학 개봉작 시사회에 초대합니다. 응모하신 분 중 추첨을 통해 시사회 "
                           "초대권(1인 2매)과 영화 굿즈 세트를 드립니다.",
               now - timedelta(days=2), now + timedelta(days=12),
               [("영화 굿즈 세트", "goods", 3), ("시사회 초대권(1인 2매)", "screening", 10)],
               sponsor_name="스튜디오 별빛", sponsor_url="https://www.example.com/")
        lines.append(f"demo event (open): {OPEN_TITLE}")
    if not Event.objects.filter(title=DRAWN_TITLE).exists():
        starts = now - timedelta(days=20)
        event = _event(DRAWN_TITLE, "가을 영화제 기념 한정판 포스터를 추첨으로 보내 드립니다.",
                       starts, now - timedelta(days=6), [("한정판 포스터", "goods", 1)])
        for login_id in ("moviefan", "quietviewer"):
            member = Member.objects.find(login_id=login_id).first()
            if member is not None:
                services.enter(member, event, agreed=True, now=starts + timedelta(hours=1))
        services.freeze(event, now=now - timedelta(days=5))
        services.draw(event, now=now - timedelta(days=5))
        lines.append(f"demo event (drawn): {DRAWN_TITLE}")
    return lines


def run() -> list[str]:
    """The demo loader's hook (``manage.py load_demo`` runs each app's, in app order)."""
    return load() or ["demo events: already there"]
