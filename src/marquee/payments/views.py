"""Payment pages: checkout, the payment return and cancellation with refund (under the
``booking:`` URL names they always had, mounted by ``marquee/urls.py``), the gateways'
webhooks and the sandbox PG window."""

from __future__ import annotations

import re

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from marquee.booking import holds
from marquee.booking import services as booking_services
from marquee.booking.models import Booking
from marquee.booking.views import own_booking

from . import sandbox, services
from .gateway import GatewayError, InvalidWebhook, Method, RefundAccount, gateways
from .models import Payment, SandboxTransaction


@csrf_exempt  # authenticated by the gateway's signature, not by a browser session
@require_POST
def webhook(request, gateway):
    if gateway not in gateways:
        return JsonResponse({"error": "unknown gateway"}, status=404)
    try:
        outcome = services.handle_webhook(gateway, dict(request.headers), request.body)
    except InvalidWebhook as exc:
        return JsonResponse({"error": "invalid webhook", "detail": exc.message}, status=400)
    except (GatewayError, services.PaymentError) as exc:
        # Tell the gateway to retry later; the reconciler will also catch up.
        return JsonResponse({"error": "temporarily unavailable", "detail": exc.message}, status=503)
    return JsonResponse({"status": outcome})


class SandboxWindowForm(forms.Form):
    method = forms.ChoiceField(label="결제 수단", choices=[
        ("card", "신용·체크카드"), ("mobile", "휴대폰 결제"), ("virtual_account", "가상계좌")])
    card_number = forms.CharField(label="카드번호", required=False, max_length=23)
    card_expiry = forms.CharField(label="유효기간(MM/YY)", required=False, max_length=5)
    mobile = forms.CharField(label="휴대전화번호", required=False, max_length=13)
    bank = forms.ChoiceField(label="입금 은행", required=False, choices=[
        ("국민은행", "국민은행"), ("신한은행", "신한은행"), ("우리은행", "우리은행"),
        ("하나은행", "하나은행"), ("농협은행", "농협은행")])

    def clean(self):
        cleaned = super().clean()
        method = cleaned.get("method")
        if method == "card":
            number = cleaned.get("card_number", "")
            if not sandbox.luhn_ok(number):
                self.add_error("card_number", "카드번호가 올바르지 않습니다.")
            expiry = cleaned.get("card_expiry", "")
            if len(expiry) != 5 or expiry[2] != "/" or not (expiry[:2] + expiry[3:]).isdigit() \
                    or not 1 <= int(expiry[:2]) <= 12:
                self.add_error("card_expiry", "유효기간을 MM/YY 형식으로 입력하세요.")
        if method == "mobile":
            digits = "".join(ch for ch in cleaned.get("mobile", "") if ch.isdigit())
            if not (digits.startswith("01") and len(digits) in (10, 11)):
                self.add_error("mobile", "휴대전화번호가 올바르지 않습니다.")
        return cleaned


@require_http_methods(["GET", "POST"])
def sandbox_window(request, payment_id):
    """The sandbox PG's payment window (development and tests only). It stands for a PG's
    page, so paying reads none of our rows: the card is checked, the PG's ledger is
    paid by one UPDATE and gives the return URL stored when the payment was prepared
    (issue 17); only the page itself, or a refusal, reads the ledger's transaction."""
    if settings.MARQUEE_PAYMENT_GATEWAY != "sandbox" and not settings.DEBUG:
        raise Http404
    form = SandboxWindowForm(request.POST or None)
    if request.method == "POST":
        if request.POST.get("action") == "cancel":
            return redirect(sandbox.decline(payment_id) or _return_url(payment_id))
        if form.is_valid():
            try:
                back = sandbox.approve(payment_id, method=form.cleaned_data["method"],
                                       card_number=form.cleaned_data.get("card_number", ""),
                                       bank=form.cleaned_data.get("bank", ""))
            except GatewayError as exc:
                form.add_error(None, exc.message)
            else:
                return redirect(back or _return_url(payment_id))
    tx = get_object_or_404(SandboxTransaction, payment_id=payment_id)
    if request.method != "POST":
        form = SandboxWindowForm(initial={"method": tx.method})
    return render(request, "payments/sandbox_window.html", {"tx": tx, "form": form})


def _return_url(payment_id: str) -> str:
    """The return URL of a transaction prepared without one (before it was stored)."""
    payment = get_object_or_404(Payment.objects.select_related("booking"), payment_id=payment_id)
    return services.return_url(payment.booking.number, payment_id)


# --- checkout, payment return, cancellation ------------------------------------------


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
    booking = own_booking(request, number)
    if booking.status == Booking.Status.CONFIRMED:
        return redirect("booking:ticket", number=number)
    form = CheckoutForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            start = services.start_payment(booking, request.user, form.cleaned_data["method"],
                                           form.voucher_codes())
        except (services.PaymentError, GatewayError) as exc:
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
        # The countdown, the warning before the hold runs out and its extension (issue 19).
        **holds.warning_context(booking),
    })


@login_required
def payment_return(request, number):
    try:
        # The member's own payment of their own booking, in one query (issue 17).
        payment = services.own_payment(request.user, number, request.GET.get("paymentId", ""))
        payment = services.complete(payment, via="return")
    except services.UnknownPayment:
        raise Http404 from None
    except (GatewayError, services.PaymentError) as exc:
        messages.error(request, exc.message)
        return redirect("booking:checkout", number=number)
    if payment.booking.status == Booking.Status.CONFIRMED:
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
    booking = own_booking(request, number)
    quote = booking_services.refund_quote(booking)
    needs_account = any(services.needs_refund_account(p)
                        for p in booking.payments.paid())
    form = RefundAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            refunds = services.cancel_booking(booking, request.user, refund_account=form.account())
        except services.RefundAccountRequired as exc:
            form.add_error(None, exc.message)
        except services.PaymentError as exc:
            form.add_error(None, exc.message)
        else:
            total = sum(r.amount for r in refunds)
            messages.success(request, f"예매가 취소되었습니다. 환불 금액: {total:,}원")
            return redirect("booking:my_bookings")
    return render(request, "booking/cancel.html", {
        "booking": booking, "quote": quote, "form": form, "needs_account": needs_account},
        status=200 if not form.errors else 400)
