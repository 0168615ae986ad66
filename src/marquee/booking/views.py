"""Booking pages: showtimes, the seat map (htmx), payment, tickets, cancellation."""

from __future__ import annotations

import io
import re

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

from marquee.payments import services as payments
from marquee.payments.gateway import GatewayError, Method, RefundAccount
from marquee.payments.models import Payment

from . import catalogue, selectors, services
from .models import Booking, Showtime, TicketType


def showtimes(request):
    return render(request, "booking/showtimes.html", {"days": selectors.upcoming_by_day()})


def _seat_context(request, showtime: Showtime, selected: list[str], error: str = ""):
    member = request.user if request.user.is_authenticated else None
    return {
        "showtime": showtime,
        # The member's own live hold shows as theirs, not as taken.
        "rows": selectors.seat_rows(showtime, selected=set(selected), for_member=member),
        "prices": services.showtime_prices(showtime),
        "ticket_types": TicketType.choices,
        "age": services.age_check(member, showtime) if member else None,
        "max_seats": services.MAX_SEATS,
        "hold_minutes": services.hold_minutes(),
        "selected": selected,
        "error": error,
    }


def _showtime(showtime_id) -> Showtime:
    showtime = catalogue.showtime(showtime_id)
    if showtime is None:
        raise Http404
    return showtime


def seat_map(request, showtime_id):
    showtime = _showtime(showtime_id)
    selected = request.GET.getlist("seat")
    template = "booking/_seat_map.html" if request.htmx else "booking/seat_map.html"
    response = render(request, template, _seat_context(request, showtime, selected))
    patch_vary_headers(response, ["HX-Request"])  # the partial and the page share a URL
    return response


@login_required
@require_POST
def hold(request, showtime_id):
    showtime = _showtime(showtime_id)
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
    try:
        booking = services.hold_seats(request.user, showtime,
                                      services.SeatRequest(tuple(labels), tickets))
    except services.BookingError as exc:
        return render(request, "booking/seat_map.html",
                      _seat_context(request, showtime, labels, exc.message), status=409
                      if isinstance(exc, services.SeatsTaken) else 400)
    return redirect("booking:checkout", number=booking.number)


def _own_booking(request, number) -> Booking:
    booking = Booking.objects.select_related("showtime__movie", "showtime__screen__theatre").filter(
        number=number, member=request.user).first()
    if booking is None:
        raise Http404
    return booking


class CheckoutForm(forms.Form):
    method = forms.ChoiceField(label="결제 수단", widget=forms.RadioSelect,
                               choices=[(m.value, m.label) for m in Method], initial="card")
    vouchers = forms.CharField(label="예매권 번호 (여러 장은 쉼표로 구분)", required=False,
                               max_length=200)

    def voucher_codes(self) -> list[str]:
        return [c.strip() for c in self.cleaned_data.get("vouchers", "").split(",") if c.strip()]


@login_required
@require_http_methods(["GET", "POST"])
def checkout(request, number):
    booking = _own_booking(request, number)
    if booking.status == Booking.Status.CONFIRMED:
        return redirect("booking:ticket", number=number)
    form = CheckoutForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            start = payments.start_payment(booking, request.user, form.cleaned_data["method"],
                                           form.voucher_codes())
        except (payments.PaymentError, GatewayError) as exc:
            form.add_error(None, exc.message)
        else:
            if start.request is None:
                messages.success(request, "예매권으로 결제가 완료되었습니다.")
                return redirect("booking:ticket", number=number)
            if "window_url" in start.request.params:  # the sandbox PG's own window
                return redirect(start.request.params["window_url"])
            # A real PG: its browser SDK opens the window, then returns to us.
            return render(request, "payments/portone_payment.html", {
                "params": start.request.params,
                "return_url": reverse("booking:payment_return", args=[number])
                + f"?paymentId={start.payment.payment_id}"})
    return render(request, "booking/checkout.html", {
        "booking": booking, "form": form,
        "claims": booking.claims.select_related("seat").order_by("seat__row_index", "seat__column"),
        "remaining": max(0, int((booking.held_until - timezone.now()).total_seconds())),
    })


@login_required
def payment_return(request, number):
    booking = _own_booking(request, number)
    payment_id = request.GET.get("paymentId", "")
    if not Payment.objects.filter(payment_id=payment_id, booking=booking).exists():
        raise Http404
    try:
        payment = payments.complete_payment(payment_id, via="return")
    except (GatewayError, payments.PaymentError) as exc:
        messages.error(request, exc.message)
        return redirect("booking:checkout", number=number)
    booking.refresh_from_db()
    if booking.status == Booking.Status.CONFIRMED:
        messages.success(request, "결제가 완료되었습니다. 모바일 티켓을 확인하세요.")
        return redirect("booking:ticket", number=number)
    if payment.status == Payment.Status.FAILED:
        messages.error(request, "결제가 완료되지 않았습니다. 다시 시도해 주세요.")
        return redirect("booking:checkout", number=number)
    if payment.failure_reason:
        messages.error(request, f"{payment.failure_reason}. 결제 금액은 자동으로 환불됩니다.")
        return redirect("booking:my_bookings")
    messages.info(request, "결제 확인 중입니다. 잠시 후 예매 내역을 확인해 주세요.")
    return redirect("booking:my_bookings")


@login_required
def ticket(request, number):
    booking = _own_booking(request, number)
    if booking.status != Booking.Status.CONFIRMED:
        return redirect("booking:my_bookings")
    return render(request, "booking/ticket.html", {
        "booking": booking,
        "claims": booking.claims.select_related("seat").order_by("seat__row_index", "seat__column"),
        "payments": booking.payments.filter(status=Payment.Status.PAID),
        "quote": services.refund_quote(booking),
    })


@login_required
def ticket_qr(request, number):
    booking = _own_booking(request, number)
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


class RefundAccountForm(forms.Form):
    bank = forms.CharField(label="은행", max_length=30, required=False)
    account_number = forms.CharField(label="계좌번호", max_length=30, required=False)
    account_holder = forms.CharField(label="예금주", max_length=50, required=False)

    def account(self) -> RefundAccount | None:
        data = self.cleaned_data
        if not any(data.get(k) for k in ("bank", "account_number", "account_holder")):
            return None
        return RefundAccount(data["bank"], data["account_number"], data["account_holder"])

    def clean(self):
        cleaned = super().clean()
        values = [cleaned.get(k) for k in ("bank", "account_number", "account_holder")]
        if any(values) and not all(values):
            raise forms.ValidationError("환불 계좌는 은행, 계좌번호, 예금주를 모두 입력하세요.")
        number = cleaned.get("account_number", "")
        if number and not re.fullmatch(r"[0-9-]{6,30}", number):
            self.add_error("account_number", "계좌번호는 숫자와 -만 입력하세요.")
        return cleaned


@login_required
@require_http_methods(["GET", "POST"])
def cancel(request, number):
    booking = _own_booking(request, number)
    quote = services.refund_quote(booking)
    needs_account = any(payments.needs_refund_account(p)
                        for p in booking.payments.filter(status=Payment.Status.PAID))
    form = RefundAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            refunds = payments.cancel_booking(booking, request.user, refund_account=form.account())
        except payments.RefundAccountRequired as exc:
            form.add_error(None, exc.message)
        except payments.PaymentError as exc:
            form.add_error(None, exc.message)
        else:
            total = sum(r.amount for r in refunds)
            messages.success(request, f"예매가 취소되었습니다. 환불 금액: {total:,}원")
            return redirect("booking:my_bookings")
    return render(request, "booking/cancel.html", {
        "booking": booking, "quote": quote, "form": form, "needs_account": needs_account},
        status=200 if not form.errors else 400)


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
