"""A demo catalogue: two theatres, three screens, four movies, three days of showtimes.

Idempotent: theatres, screens and movies are found by their natural keys, showtimes by
(screen, start). Running it again on a later day only adds that day's new showtimes.
Titles, synopses and addresses are invented. Nothing here is personal data.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from . import services
from .models import Movie, Price, Screen, Showtime, Theatre, TicketType

KST = ZoneInfo("Asia/Seoul")
DAYS = 3
SLOTS = [datetime.time(10, 30), datetime.time(13, 20), datetime.time(16, 10),
         datetime.time(19, 0), datetime.time(21, 50)]
PRICES = {TicketType.ADULT: 14000, TicketType.YOUTH: 11000, TicketType.SENIOR: 7000}
MATINEE_PRICES = {TicketType.ADULT: 10000, TicketType.YOUTH: 8000, TicketType.SENIOR: 5000}
MATINEE_BEFORE = datetime.time(11, 0)  # 조조: the first show of the day

# Row A is nearest the screen. w wheelchair, p companion, c couple (2-seat units),
# x blocked, "." aisle.
GANGNAM_1 = """
# 강남 1관: 14열, 2개 통로, 앞줄 휠체어석, 맨 뒷줄 커플석
A: wpn.nnnnnnnnnnnn.npw
B: nnn.nnnnnnnnnnnn.nnn
C: nnn.nnnnnnnnnnnn.nnn
D: nnn.nnnnnnnnnnnn.nnn
E: nnn.nnnnnnnnnnnn.nnn
F: nnn.nnnnnxxnnnnn.nnn
G: nnn.nnnnnnnnnnnn.nnn
H: nnn.nnnnnnnnnnnn.nnn
I: nnn.nnnnnnnnnnnn.nnn
J: nnn.nnnnnnnnnnnn.nnn
K: nnn.nnnnnnnnnnnn.nnn
L: nnn.nnnnnnnnnnnn.nnn
M: xnn.nnnnnnnnnnnn.nnx
N: .cc.cccccccccccc.cc.
"""

GANGNAM_2 = """
# 강남 2관: 10열 소형관, 사석 방지 규칙 적용
A: wp.nnnnnnnnnn.pw
B: nn.nnnnnnnnnn.nn
C: nn.nnnnnnnnnn.nn
D: nn.nnnnnnnnnn.nn
E: nn.nnnnnnnnnn.nn
F: nn.nnnnnnnnnn.nn
G: nn.nnnnnnnnnn.nx
H: nn.nnnnnnnnnn.nn
I: nn.nnnnnnnnnn.nn
J: cc.cccccccccc.cc
"""

HAEUNDAE_1 = """
# 해운대 1관: 12열, 2개 통로, 앞줄 휠체어석, 맨 뒷줄 커플석
A: wpnn.nnnnnnnn.nnpw
B: nnnn.nnnnnnnn.nnnn
C: nnnn.nnnnnnnn.nnnn
D: nnnn.nnnnnnnn.nnnn
E: nnnn.nnnnnnnn.nnnn
F: nnnn.nnnnnnnn.nnnx
G: nnnn.nnnnnnnn.nnnn
H: nnnn.nnnxxnnn.nnnn
I: nnnn.nnnnnnnn.nnnn
J: nnnn.nnnnnnnn.nnnn
K: nnnn.nnnnnnnn.nnnn
L: cccc.cccccccc.cccc
"""

THEATRES = [
    # code, name, region, address, cancel cut-off (minutes), late refund (%)
    ("GANGNAM", "마키 강남", "서울", "서울특별시 강남구 테헤란로 101 (데모)", 20, 0),
    ("HAEUNDAE", "마키 해운대", "부산", "부산광역시 해운대구 해운대해변로 264 (데모)", 30, 50),
]
SCREENS = [
    # theatre code, name, layout, orphan rule
    ("GANGNAM", "1관", GANGNAM_1, False),
    ("GANGNAM", "2관", GANGNAM_2, True),
    ("HAEUNDAE", "1관", HAEUNDAE_1, False),
]
MOVIES = [
    ("별빛 정류장", Movie.Rating.ALL, 98,
     "막차를 놓친 여덟 살 하루가 별빛으로 움직이는 버스를 타고 떠나는 하룻밤의 모험."),
    ("한강 탐정단", Movie.Rating.AGE_12, 112,
     "한강 공원에서 사라진 자전거 열두 대. 중학생 셋이 수상한 단서를 쫓는다."),
    ("검은 파도", Movie.Rating.AGE_15, 124,
     "태풍이 다가오는 밤, 외딴 등대에 고립된 해양경찰과 밀수범의 숨 막히는 대치."),
    ("마지막 증인", Movie.Rating.ADULT, 131,
     "20년 전 사건의 유일한 증인이 돌아왔다. 진실을 덮으려는 자들과 검사의 마지막 승부."),
]

# Invented credits: public names the board's masking leaves visible (community.publishing).
CREDITS = {
    "별빛 정류장": "감독: 윤서하\n김다온 (하루 역)\n장태민 (버스 기사 역)",
    "한강 탐정단": "감독: 오지석\n이도윤 (민재 역)\n한별 (수아 역)\n최강우 (준호 역)",
    "검은 파도": "감독: 민태경\n서도준 (해양경찰 도경 역)\n배윤아 (등대지기 역)",
    "마지막 증인": "감독: 구하람\n정우석 (검사 한결 역)\n문채린 (증인 소연 역)",
}


@dataclass
class DemoCatalogue:
    theatres_created: int = 0
    showtimes_created: int = 0


def _prices_for(start: datetime.time) -> dict[str, int]:
    return MATINEE_PRICES if start < MATINEE_BEFORE else PRICES


@transaction.atomic
def load(*, today: datetime.date | None = None, now: datetime.datetime | None = None
         ) -> DemoCatalogue:
    """Create whatever part of the demo catalogue is missing."""
    now = now or timezone.now()
    today = today or now.astimezone(KST).date()
    report = DemoCatalogue()

    theatres = {}
    for code, name, region, address, cutoff, late in THEATRES:
        theatres[code], created = Theatre.objects.get_or_create(
            code=code, defaults={"name": name, "region": region, "address": address,
                                 "cancel_cutoff_minutes": cutoff, "late_refund_percent": late})
        report.theatres_created += created

    screens = []
    for code, name, layout, orphan_rule in SCREENS:
        screen = Screen.objects.filter(theatre=theatres[code], name=name).first()
        if screen is None:
            screen = Screen(theatre=theatres[code], name=name, orphan_rule=orphan_rule)
            services.save_screen_layout(screen, layout)
        screens.append(screen)

    movies = []
    for title, rating, minutes, synopsis in MOVIES:
        movie, _ = Movie.objects.get_or_create(
            title=title, defaults={"rating": rating, "running_minutes": minutes,
                                   "synopsis": synopsis, "opens_on": today,
                                   "credits": CREDITS.get(title, "")})
        movies.append(movie)

    for offset in range(DAYS):
        day = today + datetime.timedelta(days=offset)
        for s, screen in enumerate(screens):
            for t, start in enumerate(SLOTS):
                starts_at = datetime.datetime.combine(day, start, tzinfo=KST)
                if starts_at <= now:
                    continue
                # Deterministic per (day, screen, slot), so a re-run never double-books.
                movie = movies[(day.toordinal() + s + t) % len(movies)]
                showtime, created = Showtime.objects.get_or_create(
                    screen=screen, starts_at=starts_at, defaults={"movie": movie})
                if created:
                    Price.objects.bulk_create([
                        Price(showtime=showtime, ticket_type=ticket_type, amount=amount)
                        for ticket_type, amount in _prices_for(start).items()])
                    report.showtimes_created += 1

    return report


def describe(report: DemoCatalogue) -> list[str]:
    """Lines for the management commands' output."""
    return [f"demo catalogue: {report.theatres_created} theatres and "
            f"{report.showtimes_created} showtimes created"]


def run() -> list[str]:
    """The demo loader's hook (``manage.py load_demo`` runs each app's, in app order)."""
    return describe(load())
