"""Payment endpoints: the gateways' webhooks and the sandbox PG window."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from . import sandbox, services
from .gateway import GATEWAYS, GatewayError, InvalidWebhook
from .models import Payment, SandboxTransaction


@csrf_exempt  # authenticated by the gateway's signature, not by a browser session
@require_POST
def webhook(request, gateway):
    if gateway not in GATEWAYS:
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
    """The sandbox PG's payment window (development and tests only)."""
    if settings.MARQUEE_PAYMENT_GATEWAY != "sandbox" and not settings.DEBUG:
        raise Http404
    tx = get_object_or_404(SandboxTransaction, payment_id=payment_id)
    payment = get_object_or_404(Payment.objects.select_related("booking"), payment_id=payment_id)
    return_url = reverse("booking:payment_return", args=[payment.booking.number]) + \
        f"?paymentId={payment_id}"
    form = SandboxWindowForm(request.POST or None, initial={"method": tx.method})
    if request.method == "POST":
        if request.POST.get("action") == "cancel":
            sandbox.decline(payment_id)
            return redirect(return_url)
        if form.is_valid():
            try:
                sandbox.approve(payment_id, method=form.cleaned_data["method"],
                                card_number=form.cleaned_data.get("card_number", ""),
                                bank=form.cleaned_data.get("bank", ""))
            except GatewayError as exc:
                form.add_error(None, exc.message)
            else:
                return redirect(return_url)
    return render(request, "payments/sandbox_window.html", {"tx": tx, "form": form})
