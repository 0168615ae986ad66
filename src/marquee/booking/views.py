"""Booking pages: showtimes, the seat map (htmx), tickets, favourite theatres.

Checkout, the payment return and cancellation are payments' pages (``payments/views.py``)
under the same ``booking:`` URL names: booking does not import payments.
"""

from __future__ import annotations

import io
import re
import time
from urllib.parse import urlencode

import segno
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_http_methods, require_POST

from marquee.compression import compress_safe
from marquee.errors import ServiceError
from marquee.waitingroom import api as waitingroom
from marquee.waitingroom import identity

from . import catalogue, holds, paynow, seatfit, selectors, services, versions
from .models import Booking, Showtime, TicketType


def _seat_context(request, showtime: Showtime, selected: list[str], error: str = ""):
    member = request.user if request.user.is_authenticated else None
    # The member's own live hold shows as theirs, not as taken.
    rows = selectors.seat_rows(showtime, selected=set(selected), for_member=member)
    return {
        "showtime": showtime,
        "rows": rows,
        "seat_fit_css": "" if request.htmx else seatfit.css(rows),
        "pay_methods": paynow.choices(),
        "prices": services.showtime_prices(showtime),
        "ticket_types": TicketType.choices,
        "age": services.age_check(member, showtime) if member else None,
        "max_seats": services.MAX_SEATS,
        "hold_minutes": services.hold_minutes(),
        "selected": selected,
        "error": error,
        "tickets": _ticket_counts(request, member, showtime),
        # A return to the map with a live hold: its countdown and warning (issue 19).
        "hold": _hold_warning(member, showtime) if member and not request.htmx else None,
    }


def _hold_warning(member, showtime: Showtime) -> dict | None:
    booking = holds.live_hold(member, showtime)
    return holds.warning_context(booking) if booking else None


def _ticket_counts(request, member, showtime: Showtime) -> dict[str, str]:
    """The people counts to show: as posted, else those of the member's live hold."""
    if request.method == "POST":
        return {t: request.POST.get(f"tickets_{t}", "0") for t in TicketType.values}
    if request.htmx:  # the 5-second poll carries no counts
        return {}
    held = selectors.live_hold_tickets(member, showtime) if member else {}
    return {t: str(held.get(t, 0)) for t in TicketType.values}


def _showtime(showtime_id) -> Showtime:
    showtime = catalogue.showtime(showtime_id)
    if showtime is None:
        raise Http404
    return showtime


@compress_safe  # seat states only; polled every 5 s (issue 19)
def seat_map(request, showtime_id):
    showtime = _showtime(showtime_id)
    if gate := waitingroom.must_queue(request, showtime.pk, count_demand=True):
        return _to_queue(request, gate, showtime)
    selected = request.GET.getlist("seat")
    if not request.htmx:
        response = render(request, "booking/seat_map.html", _seat_context(request, showtime, selected))
        patch_vary_headers(response, ["HX-Request"])  # the partial and the page share a URL
        return identity.remember(request, response)  # the next arrival, before Django (B6)
    # The 5-second poll names the map it shows (SEAT_MAP_VERSION): while that is still
    # the current one the answer is 204, which htmx does not swap, so an unchanged map is
    # neither sent nor laid out again (issue 19). The tag is read before the claims.
    member = request.user if request.user.is_authenticated else None
    current = f"{versions.tag(showtime.pk).key}.{getattr(member, 'pk', 0)}"
    if request.headers.get(SEAT_MAP_VERSION) == current:
        response = HttpResponse(status=204)
    else:
        context = {**_seat_context(request, showtime, selected), "seat_map_version": current}
        response = render(request, "booking/_seat_map.html", context)
    patch_vary_headers(response, ["HX-Request", SEAT_MAP_VERSION])
    return identity.remember(request, response)


SEAT_MAP_VERSION = "X-Seat-Map-Version"


def _to_queue(request, gate: str, showtime: Showtime):
    """B6: while the showtime is gated, the seat map and holds need the queue's pass."""
    back = reverse("booking:seat_map", args=[showtime.pk])
    target = f"{waitingroom.queue_url(gate)}?{urlencode({'next': back})}"
    if request.htmx:
        response = HttpResponse(status=204)
        response["HX-Redirect"] = target
        return response
    return redirect(target)


@login_required
@require_POST
def hold(request, showtime_id):
    showtime = _showtime(showtime_id)
    if gate := waitingroom.must_queue(request, showtime.pk):
        return _to_queue(request, gate, showtime)
    started = time.perf_counter()
    labels = request.POST.getlist("seat")
    # A couple unit is one checkbox whose value names both seats ("H5+H6").
    labels = [part for label in labels for part in label.split("+") if part]
    tickets = {}
    for ticket_type in TicketType.values:
        raw = request.POST.get(f"tickets_{ticket_type}", "0") or "0"
        if not re.fullmatch(r"[0-9]{1,2}", raw):
            return render(request, "booking/seat_map.html",
                          _seat_context(request, showtime, labels, "인원 수가 올바르지 않습니다."),
                          status=400)
        tickets[ticket_type] = int(raw)
    def take():
        if request.POST.get("best"):  # "best available N seats" (B2)
            return services.hold_best(request.user, showtime, tickets,
                                      accessible=bool(request.POST.get("accessible")))
        return services.hold_seats(request.user, showtime,
                                   services.SeatRequest(tuple(labels), tickets))

    payment = None
    try:
        if pay := request.POST.get("pay"):  # a method chosen on the map: pay now (paynow)
            booking, payment = paynow.hold_and_pay(take, request.user, pay)
        else:
            booking = take()
    except ServiceError as exc:  # the hold's refusals, and the payment start's
        waitingroom.record_hold(request, started)
        context = _seat_context(request, showtime, labels, exc.message)
        context["suggestion"] = getattr(exc, "suggestion", [])  # one click takes it
        return render(request, "booking/seat_map.html", context,
                      status=409 if exc.status == 409 else 400)
    waitingroom.record_hold(request, started)
    return _after_hold(booking, payment)


def _after_hold(booking: Booking, payment: dict | None):
    """The checkout; with a payment started, the PG window (the sandbox's own page; a
    PG whose window a browser SDK opens is started again from the checkout)."""
    if payment and payment["confirmed"]:
        return redirect("booking:ticket", number=booking.number)
    if payment and "window_url" in payment["params"]:
        return redirect(payment["params"]["window_url"])
    return redirect("booking:checkout", number=booking.number)


def own_booking(request, number) -> Booking:
    """The signed-in member's booking, or 404 (payments' pages use it too)."""
    booking = Booking.objects.select_related("showtime__movie", "showtime__screen__theatre").filter(
        number=number, member=request.user).first()
    if booking is None:
        raise Http404
    return booking


@login_required
@require_POST
def extend_hold(request, number):
    """The one extension the checkout's warning offers (WCAG 2.2.1; rule in ``holds``),
    refused while a waiting room gates the showtime (B6)."""
    booking = own_booking(request, number)
    try:
        until = holds.extend_hold(
            booking, admitted_by_waiting_room=waitingroom.is_gated(booking.showtime_id))
    except services.BookingError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"좌석 선점 시간을 {timezone.localtime(until):%H시 %M분}까지 "
                                  "연장했습니다.")
    return redirect("booking:checkout", number=number)


@login_required
def ticket(request, number):
    booking = own_booking(request, number)
    if booking.status != Booking.Status.CONFIRMED:
        return redirect("booking:my_bookings")
    return render(request, "booking/ticket.html", {
        "booking": booking,
        "claims": booking.claims.select_related("seat").order_by("seat__row_index", "seat__column"),
        "payments": booking.payments.paid(),
        "quote": services.refund_quote(booking),
    })


@login_required
def ticket_qr(request, number):
    booking = own_booking(request, number)
    if booking.status != Booking.Status.CONFIRMED:
        raise Http404
    buffer = io.BytesIO()
    segno.make(services.ticket_token(booking), error="m").save(buffer, kind="svg", scale=5,
                                                                 border=2)
    response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
    response["Cache-Control"] = "no-store"
    return response


@login_required
def my_bookings(request):
    return render(request, "booking/my_bookings.html", {
        "bookings": Booking.objects.filter(member=request.user).exclude(
            status=Booking.Status.EXPIRED).select_related(
            "showtime__movie", "showtime__screen__theatre").order_by("-created_at")[:50]})


class FavouritesForm(forms.Form):
    """Five ranked slots (CGV-style 자주 가는 극장); empty slots are fine."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .models import Theatre

        choices = [("", "선택 안 함")] + [(t.pk, f"{t.region} {t.name}") for t in Theatre.objects.all()]
        for rank in range(1, 6):
            self.fields[f"rank_{rank}"] = forms.TypedChoiceField(
                label=f"{rank}순위", choices=choices, required=False, coerce=int, empty_value=None)

    def theatres(self):
        from .models import Theatre

        ids = [self.cleaned_data[f"rank_{r}"] for r in range(1, 6) if self.cleaned_data.get(f"rank_{r}")]
        by_id = Theatre.objects.in_bulk(ids)
        return [by_id[i] for i in ids]


@login_required
@require_http_methods(["GET", "POST"])
def favourites(request):
    current = {f"rank_{f.rank}": f.theatre_id for f in request.user.favourite_theatres.all()}
    form = FavouritesForm(request.POST or None, initial=current)
    if request.method == "POST" and form.is_valid():
        try:
            services.set_favourites(request.user, form.theatres())
        except services.BookingError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, "단골 극장을 저장했습니다.")
            return redirect("members:mypage")
    return render(request, "booking/favourites.html", {"form": form},
                  status=400 if form.errors else 200)
