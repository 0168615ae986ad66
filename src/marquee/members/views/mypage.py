"""My Page (P8.1, P8.2, L1.2) and withdrawal (P5): what is held, the download,
corrections, consents, re-verification. The sections other apps contribute come from
their personal-data providers."""

from __future__ import annotations

import json

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from marquee.privacy.api import consent, inventory

from .. import account, consents, export, mypage_cards, verification, withdrawal
from ..forms import ConsentForm, ProfileForm
from ..identity.base import VerificationFailed
from ..models import IdentityVerification, Withdrawal
from ..privacy import MARKETING_CHANNELS
from .common import pending, session_key, start_url


@login_required
def mypage(request):
    data = export.personal_data(request.user)
    return render(request, "members/mypage.html", {
        "data": data,
        "cards": mypage_cards.cards(request.user, data["items"]),
        "kept_after_withdrawal": withdrawal.what_is_kept(request.user),
        "sections": export.mypage_sections(request.user),
        "consent_definitions": inventory.consents,
    })


@login_required
def mypage_download(request):
    data = export.personal_data(request.user)
    body = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="marquee-my-data-{stamp}.json"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def mypage_edit(request):
    member = request.user
    optional = consent.current_state(member).get("optional_profile", False)
    initial = {"email": member.email, "pen_name": member.pen_name, "landline": member.landline}
    form = ProfileForm(request.POST or None, initial=initial, optional_agreed=optional)
    if request.method == "POST" and form.is_valid():
        account.update_profile(member, **form.cleaned_data)
        messages.success(request, "회원정보가 수정되었습니다.")
        return redirect("members:mypage")
    return render(request, "members/mypage_edit.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def mypage_consents(request):
    member = request.user
    keys = [k for k, d in inventory.consents.items() if not d.required]
    current = consent.current_state(member)
    form = ConsentForm(request.POST or None, keys=keys,
                       initial={k: current.get(k, False) for k in keys})
    if request.method == "POST" and form.is_valid():
        changes = consents.change_consents(member, form.answers())
        if changes:
            messages.success(request, "수신 동의 설정이 변경되었습니다. 처리 결과를 안내해 드렸습니다.")
        return redirect("members:mypage")
    return render(request, "members/mypage_consents.html", {
        "form": form, "marketing": MARKETING_CHANNELS})


@login_required
def reverify_start(request):
    return render(request, "members/verify.html", {
        "purpose": IdentityVerification.Purpose.REVERIFY,
        "title": "본인확인 정보 변경",
        "intro": "이름, 생년월일, 성별, 휴대전화번호는 본인확인을 다시 거쳐야 변경됩니다.",
        "start_url": start_url(request, IdentityVerification.Purpose.REVERIFY),
    })


@login_required
def reverify_complete(request):
    record = pending(request, IdentityVerification.Purpose.REVERIFY)
    if record is None:
        return redirect("members:reverify")
    try:
        account.apply_reverification(request.user, record)
    except VerificationFailed as exc:
        verification.discard_verification(record)  # someone else's result: not kept
        request.session.pop(session_key(IdentityVerification.Purpose.REVERIFY), None)
        messages.error(request, str(exc))
        return redirect("members:mypage")
    request.session.pop(session_key(IdentityVerification.Purpose.REVERIFY), None)
    messages.success(request, "본인확인 정보가 갱신되었습니다.")
    return redirect("members:mypage")


# --- withdrawal (P5) -------------------------------------------------------------------


class WithdrawalForm(forms.Form):
    password = forms.CharField(label="비밀번호 재확인", widget=forms.PasswordInput, strip=False)
    confirm = forms.BooleanField(label="위 내용을 확인했으며 회원 탈퇴를 신청합니다.",
                                 error_messages={"required": "탈퇴 안내를 확인하고 체크해 주세요."})


@login_required
@require_http_methods(["GET", "POST"])
def withdraw(request):
    """Re-authenticate, show what will be kept and until when, then withdraw."""
    member = request.user
    form = WithdrawalForm(request.POST or None)
    blockers = withdrawal.blockers(member)
    if request.method == "POST" and form.is_valid():
        if not member.check_password(form.cleaned_data["password"]):
            form.add_error("password", "비밀번호가 올바르지 않습니다.")
        else:
            try:
                withdrawal.withdraw(member, channel=Withdrawal.Channel.MYPAGE,
                                    verification="마이페이지 비밀번호 재인증")
            except withdrawal.WithdrawalRefused as exc:
                form.add_error(None, str(exc))
            else:
                logout(request)
                return render(request, "members/withdrawn.html")
    return render(request, "members/withdraw.html", {
        "form": form, "kept": withdrawal.what_is_kept(member), "blockers": blockers},
        status=400 if form.errors else 200)
