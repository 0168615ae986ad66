"""Staff log-in (password, then TOTP), TOTP enrolment and the security pledge (L3.2, P12.4).

Step 1 checks the password through Django's ``authenticate()`` (the project's backend
counts failures and locks, L3.1, P12.9) and logs the person in, *unverified*: the admin site shows nothing until step 2
verifies a TOTP code from their device (``django_otp.login``). A staff member without
a device enrols one at step 2 (QR code), confirming it with a first code. Wrong codes
count towards the same lockout as wrong passwords: the backend that logged the person in
counts them (``register_failure``), so the back office never imports the members app.
"""

from __future__ import annotations

import base64

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import (
    BACKEND_SESSION_KEY,
    REDIRECT_FIELD_NAME,
    authenticate,
    load_backend,
    logout,
)
from django.contrib.auth import login as auth_login
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login

from . import pledges, services
from .models import SealedTOTPDevice
from .sites import is_staff_account, otp_verified

REFUSED = "아이디 또는 비밀번호가 올바르지 않거나, 백오피스를 이용할 수 있는 직원 계정이 아닙니다."


class StaffLoginForm(forms.Form):
    login_id = forms.CharField(label="아이디", max_length=20)
    password = forms.CharField(label="비밀번호", widget=forms.PasswordInput)


class TokenForm(forms.Form):
    token = forms.CharField(label="인증 코드(6자리)", min_length=6, max_length=8,
                            widget=forms.TextInput(attrs={"autocomplete": "one-time-code",
                                                          "inputmode": "numeric",
                                                          "autofocus": True}))


class PledgeForm(forms.Form):
    agree = forms.BooleanField(label="위 내용을 읽고 이해했으며, 이를 준수할 것을 서약합니다.")


def _next(request, site) -> str:
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME) or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                   require_https=request.is_secure()):
        return target
    return reverse("admin:index", current_app=site.name)


def _otp_url(request, site) -> str:
    return reverse("admin:backoffice_otp", current_app=site.name) + "?" + urlencode(
        {REDIRECT_FIELD_NAME: _next(request, site)})


@sensitive_post_parameters("password")
@never_cache
def login_view(request, site):
    if is_staff_account(request.user):
        if otp_verified(request):
            return HttpResponseRedirect(_next(request, site))
        return HttpResponseRedirect(_otp_url(request, site))
    form = StaffLoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        member = authenticate(request, username=form.cleaned_data["login_id"],
                              password=form.cleaned_data["password"])
        refusal = getattr(request, "login_refusal", None)
        if getattr(refusal, "code", None) == "account_locked":
            form.add_error(None, refusal.message)
        elif member is None or not is_staff_account(member):
            form.add_error(None, REFUSED)
        else:
            auth_login(request, member)
            return HttpResponseRedirect(_otp_url(request, site))
    return TemplateResponse(request, "backoffice/login.html", {
        **site.each_context(request), "title": "직원 로그인", "form": form,
        "next": _next(request, site), "step": 1})


def _device_for(user) -> tuple[SealedTOTPDevice, bool]:
    """The staff member's confirmed device, or an unconfirmed one to enrol."""
    device = SealedTOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is not None:
        return device, False
    device = SealedTOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = SealedTOTPDevice.objects.create(user=user, name="백오피스 OTP", confirmed=False)
    return device, True


def _backend(request):
    """The authentication backend that logged this person in: it owns the failure count."""
    return load_backend(request.session[BACKEND_SESSION_KEY])


@never_cache
def otp_view(request, site):
    user = request.user
    if not is_staff_account(user):
        return HttpResponseRedirect(reverse("admin:login", current_app=site.name))
    if otp_verified(request):
        return HttpResponseRedirect(_next(request, site))
    device, enrolling = _device_for(user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        token = form.cleaned_data["token"].strip()
        if device.verify_token(token):
            if enrolling:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            request.session.cycle_key()
            _backend(request).clear_failures(user)
            return HttpResponseRedirect(_next(request, site))
        if _backend(request).register_failure(user, request=request):
            logout(request)
            messages.error(request, "인증 실패가 반복되어 계정이 잠겼습니다. "
                                    f"{settings.MARQUEE_LOGIN_LOCKOUT_MINUTES}분 후 다시 시도하세요.")
            return HttpResponseRedirect(reverse("admin:login", current_app=site.name))
        form.add_error("token", "인증 코드가 올바르지 않습니다. 기기의 시간을 확인하고 새 코드를 입력하세요.")
    context = {**site.each_context(request), "title": "2단계 인증", "form": form,
               "next": _next(request, site), "enrolling": enrolling, "step": 2}
    if enrolling:
        uri = device.config_url
        context.update(
            qr_svg=segno.make(uri, error="m").svg_inline(scale=4),
            secret=base64.b32encode(device.bin_key).decode(), uri=uri)
    return TemplateResponse(request, "backoffice/otp.html", context)


def pledge_view(request, site):
    form = PledgeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.sign_pledge(request.user)
        messages.success(request, f"보안 서약(버전 {pledges.PLEDGE_VERSION})이 기록되었습니다.")
        return HttpResponseRedirect(_next(request, site))
    return TemplateResponse(request, "backoffice/pledge.html", {
        **site.each_context(request), "title": pledges.PLEDGE_TITLE, "form": form,
        "text": pledges.PLEDGE_TEXT, "version": pledges.PLEDGE_VERSION,
        "current": services.has_current_pledge(request.user), "next": _next(request, site)})
