"""Booking in the back office: the cinema manager's catalogue (theatres, screens with
seat maps, movies, showtimes) and, for the roles that may see them, bookings.

A booking points at a member, so ``BookingAdmin`` is a ``PersonalDataAdmin`` (masked,
logged); the cinema manager's role does not see it and sees at most how many seats of a
showtime are sold.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.html import format_html

from marquee.backoffice.admin_base import PersonalDataAdmin

from . import services
from .layout import parse_layout
from .models import Booking, Movie, Price, Screen, SeatClaim, Showtime, Theatre

# The admin shows help text as HTML: the layout codes are code, not words.
LAYOUT_HELP = (
    "한 줄에 한 열씩 '행 이름: 좌석' 형식으로 붙여 넣으세요 (앞줄 = 스크린 쪽). "
    "<code>n</code> 일반석, <code>c</code> 커플석(2석 단위), <code>w</code> 휠체어석, "
    "<code>p</code> 동반석(휠체어석 바로 옆), <code>x</code> 판매 중지석, <code>.</code> 또는 "
    "<code>_</code> 통로. 예) <code>A: wp..nnnnnnnn..pw</code> — JSON 형식도 됩니다."
)


class ScreenAdminForm(forms.ModelForm):
    layout = forms.CharField(
        label="좌석 배치도", help_text=LAYOUT_HELP,
        widget=forms.Textarea(attrs={"rows": 16, "cols": 60, "spellcheck": "false",
                                     "class": "bo-code"}))  # no style=: CSP

    class Meta:
        model = Screen
        fields = ["theatre", "name", "layout", "orphan_rule"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Show the stored (canonical JSON) map back in the easier text format.
        if self.instance.pk and self.instance.layout and not self.is_bound:
            try:
                self.initial["layout"] = parse_layout(self.instance.layout).to_text()
            except ValidationError:
                pass

    def clean_layout(self):
        text = self.cleaned_data["layout"]
        layout = parse_layout(text)  # ValidationError with Korean, located messages
        if self.instance.pk:
            wanted = {(s.row, s.number) for s in layout.seats}
            gone = [s for s in self.instance.seats.all() if (s.row, s.number) not in wanted]
            sold = sorted(s.label for s in gone
                          if SeatClaim.objects.filter(seat=s).exists())
            if sold:
                raise ValidationError(
                    "판매·선점 이력이 있는 좌석은 배치도에서 뺄 수 없습니다. 판매 중지(x)로 "
                    "바꾸세요: %(seats)s", code="seat_in_use", params={"seats": ", ".join(sold)})
        return text


class ScreenInline(admin.TabularInline):
    """Screens at a glance; the seat map is edited on the screen's own page."""

    model = Screen
    fields = ["name", "seat_count", "orphan_rule"]
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False
    show_change_link = True

    @admin.display(description="좌석 수")
    def seat_count(self, obj):
        return obj.seats.count()


@admin.register(Theatre)
class TheatreAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "region", "cancel_cutoff_minutes", "late_refund_percent",
                    "screen_count"]
    list_filter = ["region"]
    search_fields = ["name", "code"]
    inlines = [ScreenInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_screens=Count("screens"))

    @admin.display(description="상영관 수", ordering="_screens")
    def screen_count(self, obj):
        return obj._screens


@admin.register(Screen)
class ScreenAdmin(admin.ModelAdmin):
    form = ScreenAdminForm
    list_display = ["__str__", "theatre", "seat_count", "sellable_count", "orphan_rule"]
    list_filter = ["theatre", "orphan_rule"]
    list_select_related = ["theatre"]
    readonly_fields = ["seat_summary"]
    fieldsets = [
        (None, {"fields": ["theatre", "name", "orphan_rule"]}),
        ("좌석 배치도", {"fields": ["layout", "seat_summary"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(
            _seats=Count("seats"), _sellable=Count("seats", filter=~Q(seats__kind="blocked")))

    @admin.display(description="좌석 수", ordering="_seats")
    def seat_count(self, obj):
        return obj._seats

    @admin.display(description="판매 가능 좌석", ordering="_sellable")
    def sellable_count(self, obj):
        return obj._sellable

    @admin.display(description="좌석 현황")
    def seat_summary(self, obj):
        if not obj.pk:
            return "저장하면 좌석이 만들어집니다."
        counts = dict(obj.seats.values_list("kind").annotate(n=Count("id")))
        kinds = [(label, counts.get(value, 0)) for value, label in obj.seats.model.Kind.choices]
        rows = obj.seats.values("row").distinct().count()
        return format_html(
            "{}열, 총 {}석 — {}", rows, sum(counts.values()),
            ", ".join(f"{label} {n}" for label, n in kinds if n))

    def save_model(self, request, obj, form, change):
        # Through the service, so the seats are materialised from the map.
        services.save_screen_layout(obj, form.cleaned_data["layout"])


@admin.register(Movie)
class MovieAdmin(admin.ModelAdmin):
    list_display = ["title", "rating", "running_minutes", "opens_on"]
    list_filter = ["rating"]
    search_fields = ["title"]


class PriceInline(admin.TabularInline):
    model = Price
    extra = 3
    max_num = 3


class UpcomingFilter(admin.SimpleListFilter):
    title = "상영 시점"
    parameter_name = "when"

    def lookups(self, request, model_admin):
        return [("upcoming", "상영 예정"), ("past", "지난 회차")]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "upcoming":
            return queryset.filter(starts_at__gt=now)
        if self.value() == "past":
            return queryset.filter(starts_at__lte=now)
        return queryset


@admin.register(Showtime)
class ShowtimeAdmin(admin.ModelAdmin):
    list_display = ["movie", "screen", "starts_at", "on_sale", "sold_seats"]
    list_filter = [UpcomingFilter, "on_sale", "screen__theatre", "movie"]
    list_select_related = ["movie", "screen__theatre"]
    date_hierarchy = "starts_at"
    inlines = [PriceInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(
            _sold=Count("claims", filter=Q(claims__expires_at__isnull=True)))

    @admin.display(description="판매 좌석", ordering="_sold")
    def sold_seats(self, obj):
        return obj._sold


class BookingAdmin(PersonalDataAdmin):
    personal = {"member": "ref"}
    plain_fields = ("number", "showtime", "status", "seat_count", "total", "created_at",
                    "confirmed_at", "cancelled_at")
    list_head = ("number",)
    list_personal = ("member",)
    list_tail = ("showtime", "status", "total", "created_at")
    list_filter = ("status",)
    search_exact = ("number",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(
            "showtime__movie", "showtime__screen__theatre")


admin.site.register(Booking, BookingAdmin)
