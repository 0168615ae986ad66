"""The catalogue (theatres, screens, seats, movies, showtimes, prices) and bookings.

The rule that matters most is in ``SeatClaim``: one row per (showtime, seat), enforced
by a unique constraint, so the database itself refuses a second hold or sale of a
seat however many requests race for it. An expired hold is simply ignored by reads
and replaced by the next writer in the same transaction, so no cleaner has to run
before a seat becomes available again.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from marquee.privacy.api import personal


class Theatre(models.Model):
    code = models.CharField("극장 코드", max_length=10, unique=True)
    name = models.CharField("극장명", max_length=50)
    region = models.CharField("지역", max_length=20)
    address = models.CharField("극장 주소", max_length=200, blank=True)
    # Cancellation policy (B4): online cancellation with a full refund until
    # ``cancel_cutoff_minutes`` before the start; between the cut-off and the start,
    # ``late_refund_percent`` (0: not cancellable online); nothing after the start.
    cancel_cutoff_minutes = models.PositiveSmallIntegerField("전액 환불 마감(상영 전 분)", default=20)
    late_refund_percent = models.PositiveSmallIntegerField(
        "마감 후 상영 전 환불율(%)", default=0, validators=[MaxValueValidator(100)])

    privacy_waivers = {"name": "the cinema's business name, not a person's",
                       "address": "the cinema's public street address, not a person's"}

    class Meta:
        verbose_name = "극장"
        verbose_name_plural = "극장"
        ordering = ["region", "name"]

    def __str__(self) -> str:
        return self.name


class Screen(models.Model):
    theatre = models.ForeignKey(Theatre, on_delete=models.PROTECT, related_name="screens", verbose_name="극장")
    name = models.CharField("상영관", max_length=30)
    layout = models.TextField("좌석 배치도", help_text="텍스트 또는 JSON 배치도")
    orphan_rule = models.BooleanField("사석 방지 규칙", default=False)

    privacy_waivers = {"name": "a screen's label inside a cinema (\"1관\"), not a person's",
                       "layout": "the seat map of the screen (rows, seats, aisles)"}

    class Meta:
        verbose_name = "상영관"
        verbose_name_plural = "상영관"
        constraints = [models.UniqueConstraint(fields=["theatre", "name"], name="screen_name_unique")]

    def __str__(self) -> str:
        return f"{self.theatre.name} {self.name}"


class Seat(models.Model):
    class Kind(models.TextChoices):
        NORMAL = "normal", "일반석"
        COUPLE = "couple", "커플석"
        WHEELCHAIR = "wheelchair", "휠체어석"
        COMPANION = "companion", "동반석"
        BLOCKED = "blocked", "판매 중지"

    screen = models.ForeignKey(Screen, on_delete=models.CASCADE, related_name="seats")
    row = models.CharField(max_length=2)
    number = models.PositiveSmallIntegerField()
    column = models.PositiveSmallIntegerField()
    row_index = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.NORMAL)
    pair = models.CharField(max_length=8, blank=True)  # couple unit ID shared by two seats

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["screen", "row", "number"], name="seat_unique_label"),
        ]
        ordering = ["row_index", "column"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return f"{self.row}{self.number}"

    @property
    def sellable(self) -> bool:
        return self.kind != self.Kind.BLOCKED


class Movie(models.Model):
    class Rating(models.TextChoices):
        ALL = "all", "전체 관람가"
        AGE_12 = "12", "12세 이상 관람가"
        AGE_15 = "15", "15세 이상 관람가"
        ADULT = "19", "청소년 관람불가"

    title = models.CharField("제목", max_length=100)
    rating = models.CharField("관람 등급", max_length=3, choices=Rating.choices)
    running_minutes = models.PositiveSmallIntegerField(
        "상영 시간(분)", validators=[MinValueValidator(1), MaxValueValidator(600)])
    synopsis = models.TextField("줄거리", blank=True)
    opens_on = models.DateField("개봉일", null=True, blank=True)
    # Public credits (cast, crew, character names): kept visible when posts are masked.
    credits = models.TextField(
        "출연·제작진", blank=True,
        help_text="배우·감독·제작진·배역 이름을 한 줄에 하나씩(또는 쉼표로 구분) 적으세요. "
                  "게시판의 개인정보 가림 처리에서 제외됩니다.")

    privacy_waivers = {
        "synopsis": "the distributor's published plot summary of the film",
        "credits": "the film's public cast and crew as credited, not members or customers"}

    class Meta:
        verbose_name = "영화"
        verbose_name_plural = "영화"
        ordering = ["-opens_on", "title"]

    def __str__(self) -> str:
        return self.title


class TicketType(models.TextChoices):
    ADULT = "adult", "성인"
    YOUTH = "youth", "청소년"
    SENIOR = "senior", "우대"


class Showtime(models.Model):
    movie = models.ForeignKey(Movie, on_delete=models.PROTECT, related_name="showtimes", verbose_name="영화")
    screen = models.ForeignKey(Screen, on_delete=models.PROTECT, related_name="showtimes", verbose_name="상영관")
    starts_at = models.DateTimeField("상영 시작", db_index=True)
    on_sale = models.BooleanField("판매 중", default=True)

    class Meta:
        verbose_name = "상영 회차"
        verbose_name_plural = "상영 회차"
        ordering = ["starts_at"]

    def __str__(self) -> str:
        return f"{self.movie.title} {timezone.localtime(self.starts_at):%m/%d %H:%M} {self.screen}"

    @property
    def ends_at(self) -> datetime.datetime:
        return self.starts_at + datetime.timedelta(minutes=self.movie.running_minutes)


class Price(models.Model):
    showtime = models.ForeignKey(Showtime, on_delete=models.CASCADE, related_name="prices",
                                 verbose_name="상영 회차")
    ticket_type = models.CharField("관람객 구분", max_length=10, choices=TicketType.choices)
    amount = models.PositiveIntegerField("가격(원)")

    class Meta:
        verbose_name = "요금"
        verbose_name_plural = "요금"
        constraints = [models.UniqueConstraint(fields=["showtime", "ticket_type"],
                                               name="price_unique_type")]


class Booking(models.Model):
    """One member's booking of one showtime: a hold that becomes a purchase."""

    class Status(models.TextChoices):
        HELD = "held", "좌석 선점"
        CONFIRMED = "confirmed", "예매 완료"
        CANCELLED = "cancelled", "예매 취소"
        EXPIRED = "expired", "선점 만료"

    number = models.CharField("예매번호", max_length=20, unique=True)
    member = personal(
        models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                          related_name="bookings", verbose_name="회원"),
        item="purchase_history",
        plain_reason="a reference to the member row, whose items are sealed there; bookings "
                     "are listed and counted per member")
    showtime = models.ForeignKey(Showtime, on_delete=models.PROTECT, related_name="bookings", verbose_name="상영 회차")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.HELD, verbose_name="예매 상태")
    held_until = models.DateTimeField(verbose_name="선점 만료 시각")
    # The one extension a hold may get (WCAG 2.2.1 Timing Adjustable; booking.holds).
    hold_extended_at = models.DateTimeField("선점 연장 시각", null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, verbose_name="생성 일시")
    confirmed_at = models.DateTimeField(null=True, blank=True, verbose_name="예매 확정 일시")
    cancelled_at = models.DateTimeField(null=True, blank=True, verbose_name="취소 일시")
    total = models.PositiveIntegerField(default=0, verbose_name="합계 금액")
    seat_count = models.PositiveSmallIntegerField(default=0, verbose_name="좌석 수")

    class Meta:
        verbose_name = "예매"
        verbose_name_plural = "예매"
        indexes = [models.Index(fields=["member", "created_at"])]
        # The staff check-in at the gate (P12.8), a role's permission like any other.
        permissions = [("check_in", "모바일 티켓 입장 확인")]

    def __str__(self) -> str:
        return self.number

    @property
    def hold_active(self) -> bool:
        return self.status == self.Status.HELD and self.held_until > timezone.now()


class SeatClaim(models.Model):
    """A seat held or sold for a showtime. At most one per (showtime, seat), ever."""

    showtime = models.ForeignKey(Showtime, on_delete=models.CASCADE, related_name="claims")
    seat = models.ForeignKey(Seat, on_delete=models.PROTECT, related_name="+")
    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="claims")
    ticket_type = models.CharField(max_length=10, choices=TicketType.choices,
                                   default=TicketType.ADULT)
    price = models.PositiveIntegerField(default=0)
    # A hold expires at this time; a sold seat has none.
    expires_at = models.DateTimeField(null=True, blank=True)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    # A discounted ticket (청소년, 우대) the member's verified birthdate does not vouch
    # for: staff check the viewer's proof at the gate (B7).
    check_at_gate = models.BooleanField("입장 시 할인 자격 확인", default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["showtime", "seat"], name="one_claim_per_seat"),
        ]

    @staticmethod
    def live_q(now=None) -> Q:
        now = now or timezone.now()
        return Q(expires_at__isnull=True) | Q(expires_at__gt=now)


class FavouriteTheatre(models.Model):
    """A member's ranked favourite theatres (optional item, at most five)."""

    MAX = 5

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                               related_name="favourite_theatres")
    theatre = personal(models.ForeignKey(Theatre, on_delete=models.CASCADE, related_name="+"),
                       item="favourite_theatres",
                       plain_reason="a reference to a public cinema row, joined to show and "
                                    "rank the member's favourites")
    rank = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(5)])

    class Meta:
        ordering = ["rank"]
        constraints = [
            models.UniqueConstraint(fields=["member", "theatre"], name="favourite_once"),
            models.UniqueConstraint(fields=["member", "rank"], name="favourite_rank_once"),
            models.CheckConstraint(condition=Q(rank__gte=1) & Q(rank__lte=5),
                                   name="favourite_rank_1_to_5"),
        ]


class SeatMapVersion(models.Model):
    """A showtime's seat-map version: incremented, in the same transaction, by every
    claim, release, sale and cancellation of its seats (the row lock orders the
    increments, so versions follow commit order). Seat maps answer with it as their ETag."""

    showtime = models.OneToOneField(Showtime, on_delete=models.CASCADE, primary_key=True,
                                    related_name="+")
    version = models.PositiveBigIntegerField(default=0)


class SeatChange(models.Model):
    """Which seats a seat-map version changed, so a client polling with ``?since=`` gets
    only those. Old rows are pruned as versions advance (``versions.KEEP``)."""

    showtime = models.ForeignKey(Showtime, on_delete=models.CASCADE, related_name="+")
    version = models.PositiveBigIntegerField()
    seat_id = models.IntegerField()

    class Meta:
        indexes = [models.Index(fields=["showtime", "version"])]
