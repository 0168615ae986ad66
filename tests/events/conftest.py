"""Event fixtures: an open event with prizes, and members to enter it."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from marquee.events.models import Event, Prize
from tests.conftest import make_identity, sign_up


def make_event(*, prizes=(("굿즈 세트", "goods", 1), ("시사회 초대권", "screening", 1)),
               title="겨울 시사회 이벤트", open_for=timedelta(days=7), sponsor_url="") -> Event:
    now = timezone.now()
    event = Event.objects.create(title=title, description="응모하시면 추첨을 통해 드립니다.",
                                 starts_at=now - timedelta(days=1), ends_at=now + open_for,
                                 sponsor_name="스튜디오 별빛" if sponsor_url else "",
                                 sponsor_url=sponsor_url)
    for position, (name, kind, quantity) in enumerate(prizes, start=1):
        Prize.objects.create(event=event, name=name, kind=kind, quantity=quantity,
                             position=position)
    return event


NAMES = ["김하늘", "이바다", "박구름", "최들판", "정노을", "강새벽", "조은별", "윤한결"]


def members(n: int, start: int = 0):
    made = []
    for i in range(start, start + n):
        identity = make_identity(name=NAMES[i], mobile=f"010-7{i:03d}-{1000 + i}")
        made.append(sign_up(identity, login_id=f"eventfan{i}", email=f"fan{i}@example.com"))
    return made


def after_close(event: Event):
    return event.ends_at + timedelta(minutes=1)
