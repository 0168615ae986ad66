"""What the storefront shows (issue 15, B1): films now showing and coming soon, the
showtime finder's date strip and results with seats left, in the multiplexes' pattern.

Read-only selectors over the catalogue; the pages and the home view render them.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from .models import Movie, Seat, SeatClaim, Showtime, Theatre

STRIP_DAYS = 14  # today and the next 13 days
CLOSING_SOON = datetime.timedelta(minutes=30)
FEW_SEATS = 10
WEEKDAYS = "월화수목금토일"


@dataclass(frozen=True)
class Day:
    date: datetime.date
    weekday: str
    kind: str  # "weekday", "saturday", "sunday" or "holiday" (coloured on the strip)
    holiday: str

    @property
    def param(self) -> str:
        return self.date.isoformat()


def korean_holidays(years: set[int]) -> dict:
    """Korean public holidays (lunar ones included) from the pinned ``holidays`` package;
    until the environment has it installed, the strip marks weekends only."""
    try:
        import holidays
    except ImportError:  # pragma: no cover - pyproject pins it; an old venv may lack it
        return {}
    return holidays.KR(years=years)


def date_strip(today: datetime.date | None = None) -> list[Day]:
    """Today and the next 13 days, with Saturdays, Sundays and Korean holidays marked."""
    today = today or timezone.localdate()
    kr = korean_holidays({today.year, today.year + 1})
    days = []
    for offset in range(STRIP_DAYS):
        day = today + datetime.timedelta(days=offset)
        name = kr.get(day) or ""
        kind = ("holiday" if name else "sunday" if day.weekday() == 6
                else "saturday" if day.weekday() == 5 else "weekday")
        days.append(Day(day, WEEKDAYS[day.weekday()], kind, name))
    return days


def now_showing() -> list[Movie]:
    """Films with a showtime on sale from now on, soonest-opened first."""
    return list(Movie.objects.filter(showtimes__starts_at__gt=timezone.now(),
                                     showtimes__on_sale=True).distinct())


def coming_soon() -> list[Movie]:
    """Films that open after today and have nothing on sale yet."""
    showing = Movie.objects.filter(showtimes__starts_at__gt=timezone.now(),
                                   showtimes__on_sale=True)
    return list(Movie.objects.filter(opens_on__gt=timezone.localdate())
                .exclude(pk__in=showing.values("pk")).order_by("opens_on", "title"))


def _with_seats(showtimes):
    """Annotate each showtime with its seats left (sellable seats minus live claims)."""
    now = timezone.now()
    rows = list(showtimes.select_related("movie", "screen__theatre"))
    screens = {s.screen_id for s in rows}
    sellable = dict(Seat.objects.filter(screen_id__in=screens).exclude(kind=Seat.Kind.BLOCKED)
                    .values_list("screen_id").annotate(n=Count("id")))
    taken = dict(SeatClaim.objects.filter(showtime__in=[s.pk for s in rows])
                 .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
                 .values_list("showtime_id").annotate(n=Count("id")))
    for showtime in rows:
        total = sellable.get(showtime.screen_id, 0)
        showtime.seats_total = total
        showtime.seats_left = max(total - taken.get(showtime.pk, 0), 0)
        showtime.state = state(showtime, now)
    return rows


def state(showtime: Showtime, now: datetime.datetime) -> str:
    """'sold_out', 'closing' (starts within 30 minutes), 'few' (10 seats or fewer) or 'open'."""
    if showtime.seats_left == 0:
        return "sold_out"
    if showtime.starts_at - now <= CLOSING_SOON:
        return "closing"
    return "few" if showtime.seats_left <= FEW_SEATS else "open"


def find(day: datetime.date, *, theatre: int | None = None, movie: int | None = None):
    """The showtimes on sale on ``day`` (KST), filtered, soonest first, with seats left."""
    tz = timezone.get_current_timezone()
    start = max(datetime.datetime.combine(day, datetime.time.min, tz), timezone.now())
    end = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min, tz)
    showtimes = Showtime.objects.filter(starts_at__gt=start, starts_at__lt=end, on_sale=True)
    if theatre:
        showtimes = showtimes.filter(screen__theatre_id=theatre)
    if movie:
        showtimes = showtimes.filter(movie_id=movie)
    return _with_seats(showtimes.order_by("starts_at"))


def first_day(strip: list[Day], *, theatre: int | None = None,
              movie: int | None = None) -> datetime.date:
    """The first day on the strip with a showtime on sale (today when none has one)."""
    showtimes = Showtime.objects.filter(starts_at__gt=timezone.now(), on_sale=True)
    if theatre:
        showtimes = showtimes.filter(screen__theatre_id=theatre)
    if movie:
        showtimes = showtimes.filter(movie_id=movie)
    first = showtimes.order_by("starts_at").values_list("starts_at", flat=True).first()
    if first is None:
        return strip[0].date
    day = timezone.localtime(first).date()
    return day if day <= strip[-1].date else strip[0].date


def upcoming_for(movie: Movie, limit: int = 30):
    """A film's next showtimes (its page), with seats left."""
    showtimes = movie.showtimes.filter(starts_at__gt=timezone.now(), on_sale=True)
    return _with_seats(showtimes.order_by("starts_at")[:limit])


def next_near(theatres: list[int], limit: int = 6):
    """The next showtimes at the given theatres (a member's favourites), or anywhere."""
    showtimes = Showtime.objects.filter(starts_at__gt=timezone.now(), on_sale=True)
    if theatres:
        showtimes = showtimes.filter(screen__theatre_id__in=theatres)
    return _with_seats(showtimes.order_by("starts_at")[:limit])


def theatres() -> list[Theatre]:
    return list(Theatre.objects.order_by("region", "name"))
