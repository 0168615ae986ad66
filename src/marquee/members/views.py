"""Member pages. Views translate HTTP to service calls and back; rules live in services."""

from __future__ import annotations

import json

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.tokens import default_token_generator
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlsafe_base64_decode
from django.views.decorators.http import require_http_methods, require_POST

from marquee.privacy import consent
from marquee.privacy.inventory import Category, LegalBasis, inventory

from . import services, withdrawal
from .auth import AccountLocked, AwaitingGuardian, MemberBackend
from .forms import (
    ConsentForm,
    LoginForm,
    PasswordResetRequestForm,
    ProfileForm,
    SandboxIdentityForm,
    SignupForm,
)
from .identity import sandbox
from .identity.base import VerificationFailed, VerifiedIdentity, get_provider
from .models import IdentityVerification, Member, Withdrawal
from .privacy import MARKETING_CHANNELS

SESSION_CONSENTS = "signup_consents"
SESSION_GUARDIAN_TOKEN = "guardian_token"


def _session_key(purpose: str) -> str:
    return f"identity_verification:{purpose}"


def _consent_context():
    """L1.1: contract items listed apart from the consents, each consent in full."""
    contract_items = [i for i in inventory.items.values()
                      if i.category == Category.REQUIRED and i.channel == "signup"
                      and all(p.basis != LegalBasis.CONSENT for p in i.purposes)]
    return {"contract_items": contract_items, "rules": inventory.rules, "items": inventory.items}


def home(request):
    return render(request, "home.html")


# --- signup ---------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def signup_consents(request):
    form = ConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        request.session[SESSION_CONSENTS] = form.answers()
        return redirect("members:signup_verify")
    return render(request, "members/signup_consents.html", {"form": form, **_consent_context()})


def signup_verify(request):
    if SESSION_CONSENTS not in request.session:
        return redirect("members:signup")
    return render(request, "members/verify.html", {
        "purpose": IdentityVerification.Purpose.SIGNUP,
        "title": "휴대폰 본인확인",
        "start_url": _start_url(request, IdentityVerification.Purpose.SIGNUP),
    })


def _start_url(request, purpose: str) -> str:
    return get_provider().start_url(request, purpose=purpose,
                                    return_url=reverse("members:identity_callback"))


def _pending(request, purpose: str) -> IdentityVerification | None:
    vault_id = request.session.get(_session_key(purpose))
    if not vault_id:
        return None
    try:
        return services.pending_verification(vault_id, purpose)
    except VerificationFailed:
        return None


@require_http_methods(["GET", "POST"])
def signup_details(request):
    answers = request.session.get(SESSION_CONSENTS)
    record = _pending(request, IdentityVerification.Purpose.SIGNUP)
    if answers is None:
        return redirect("members:signup")
    if record is None:
        messages.error(request, "본인확인이 필요합니다.")
        return redirect("members:signup_verify")
    identity = VerifiedIdentity.from_json(record.result)
    minor = services.needs_guardian(identity)
    form = SignupForm(request.POST or None, identity=identity, minor=minor,
                      optional_agreed=answers.get("optional_profile", False))
    if request.method == "POST" and form.is_valid():
        data = services.SignupData(
            login_id=form.cleaned_data["login_id"], password=form.cleaned_data["password1"],
            email=form.cleaned_data["email"], postcode=form.cleaned_data["postcode"],
            address=form.cleaned_data["address"],
            address_detail=form.cleaned_data["address_detail"],
            pen_name=form.cleaned_data.get("pen_name", ""),
            landline=form.cleaned_data.get("landline", ""),
            guardian_name=form.cleaned_data.get("guardian_name", ""),
            guardian_mobile=form.cleaned_data.get("guardian_mobile", ""))
        try:
            member = services.sign_up(record, data, answers)
        except services.SignupRefused as exc:
            form.add_error(None, str(exc))
        else:
            request.session.pop(SESSION_CONSENTS, None)
            request.session.pop(_session_key(IdentityVerification.Purpose.SIGNUP), None)
            if member.status == Member.Status.PENDING_GUARDIAN:
                return render(request, "members/signup_pending_guardian.html")
            login(request, member, backend="marquee.members.auth.MemberBackend")
            return redirect("members:signup_done")
    return render(request, "members/signup_details.html",
                  {"form": form, "identity": identity, "minor": minor})


@login_required
def signup_done(request):
    return render(request, "members/signup_done.html")


# --- identity verification ----------------------------------------------------------


@require_http_methods(["GET", "POST"])
def sandbox_identity(request):
    """The sandbox carrier window (development and tests only, never production)."""
    if settings.MARQUEE_IDENTITY_PROVIDER != "sandbox":
        raise Http404
    purpose = request.GET.get("purpose", "")
    return_url = request.GET.get("return", "")
    if purpose not in IdentityVerification.Purpose.values or not url_has_allowed_host_and_scheme(
            return_url, allowed_hosts={request.get_host()}):
        return HttpResponseBadRequest("잘못된 본인확인 요청입니다.")
    form = SandboxIdentityForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        token = sandbox.issue_result(
            name=form.cleaned_data["name"], birthdate=form.cleaned_data["birthdate"],
            gender=form.cleaned_data["gender"],
            is_foreigner=form.cleaned_data["is_foreigner"] == "1",
            mobile=form.cleaned_data["mobile"], carrier=form.cleaned_data["carrier"])
        return render(request, "members/sandbox_return.html",
                      {"return_url": return_url, "purpose": purpose, "token": token})
    return render(request, "members/sandbox_identity.html", {"form": form, "purpose": purpose})


SESSION_PORTONE_IDS = "portone_identity_ids"


def portone_identity(request):
    """Runs PortOne's browser SDK; the ID it verifies is bound to this session."""
    if settings.MARQUEE_IDENTITY_PROVIDER != "portone":
        raise Http404
    from .identity import portone

    purpose = request.GET.get("purpose", "")
    return_url = request.GET.get("return", "")
    if purpose not in IdentityVerification.Purpose.values or not url_has_allowed_host_and_scheme(
            return_url, allowed_hosts={request.get_host()}):
        return HttpResponseBadRequest("잘못된 본인확인 요청입니다.")
    params = portone.new_request(purpose)
    ids = request.session.get(SESSION_PORTONE_IDS, {})
    ids[purpose] = params["identityVerificationId"]
    request.session[SESSION_PORTONE_IDS] = ids
    return render(request, "members/portone_identity.html",
                  {"params": params, "purpose": purpose, "return_url": return_url})


@require_POST
def identity_callback(request):
    """The provider's result comes back here; it is fetched and checked server-side."""
    purpose = request.POST.get("purpose", "")
    verification_id = request.POST.get("identity_verification_id", "")
    if purpose not in IdentityVerification.Purpose.values or not verification_id:
        return HttpResponseBadRequest("잘못된 본인확인 요청입니다.")
    provider = get_provider()
    if provider.name == "portone" and (
            request.session.get(SESSION_PORTONE_IDS, {}).get(purpose) != verification_id):
        # Only the ID this session started may complete it (no borrowed results).
        return HttpResponseBadRequest("이 브라우저에서 시작한 본인확인이 아닙니다.")
    try:
        identity = provider.fetch(verification_id)
        record = services.store_verification(identity, purpose)
    except VerificationFailed as exc:
        messages.error(request, str(exc))
        return redirect(_after_verification(request, purpose))
    request.session[_session_key(purpose)] = str(record.vault_id)
    return redirect(_after_verification(request, purpose))


def _after_verification(request, purpose: str) -> str:
    if purpose == IdentityVerification.Purpose.SIGNUP:
        return reverse("members:signup_details")
    if purpose == IdentityVerification.Purpose.GUARDIAN:
        token = request.session.get(SESSION_GUARDIAN_TOKEN, "")
        return reverse("members:guardian_consent", args=[token]) if token else reverse("home")
    if purpose == IdentityVerification.Purpose.REVERIFY:
        return reverse("members:reverify_complete")
    return reverse("home")


# --- guardian consent ---------------------------------------------------------------


def guardian_start(request, token):
    try:
        services.guardian_request(token)
    except services.SignupRefused as exc:
        return render(request, "members/guardian_invalid.html", {"reason": str(exc)}, status=404)
    request.session[SESSION_GUARDIAN_TOKEN] = token
    return render(request, "members/verify.html", {
        "purpose": IdentityVerification.Purpose.GUARDIAN,
        "title": "법정대리인 본인확인",
        "intro": "자녀(만 14세 미만)의 회원가입에 동의하시려면 먼저 법정대리인 본인확인을 해 주세요.",
        "start_url": _start_url(request, IdentityVerification.Purpose.GUARDIAN),
    })


@require_http_methods(["GET", "POST"])
def guardian_consent(request, token):
    try:
        guardian_request = services.guardian_request(token)
    except services.SignupRefused as exc:
        return render(request, "members/guardian_invalid.html", {"reason": str(exc)}, status=404)
    record = _pending(request, IdentityVerification.Purpose.GUARDIAN)
    if record is None:
        return redirect("members:guardian_start", token=token)
    form = ConsentForm(request.POST or None)
    if request.method == "POST":
        agree = request.POST.get("decision") != "refuse"
        if not agree or form.is_valid():
            try:
                services.guardian_decides(token, record, form.answers() if agree else {},
                                          agree=agree)
            except services.SignupRefused as exc:
                form.add_error(None, str(exc))
            else:
                request.session.pop(_session_key(IdentityVerification.Purpose.GUARDIAN), None)
                request.session.pop(SESSION_GUARDIAN_TOKEN, None)
                return render(request, "members/guardian_done.html", {"agreed": agree})
    return render(request, "members/guardian_consent.html", {
        "form": form, "token": token, "child_joined": guardian_request.requested_at,
        **_consent_context()})


# --- log-in and password reset -----------------------------------------------------


@require_http_methods(["GET", "POST"])
def login_view(request):
    form = LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            member = MemberBackend().authenticate(
                request, username=form.cleaned_data["login_id"],
                password=form.cleaned_data["password"])
        except AwaitingGuardian:
            form.add_error(None, "법정대리인의 동의를 기다리고 있습니다. 동의가 완료되면 로그인하실 수 있습니다.")
        except AccountLocked:
            form.add_error(None, "로그인 실패가 반복되어 계정이 잠시 잠겼습니다. "
                                 f"{settings.MARQUEE_LOGIN_LOCKOUT_MINUTES}분 후 다시 시도하세요.")
        else:
            if member is None:
                form.add_error(None, "아이디 또는 비밀번호가 올바르지 않습니다.")
            else:
                login(request, member, backend="marquee.members.auth.MemberBackend")
                next_url = request.POST.get("next") or request.GET.get("next")
                if next_url and url_has_allowed_host_and_scheme(
                        next_url, allowed_hosts={request.get_host()}):
                    return redirect(next_url)
                return redirect("members:mypage")
    return render(request, "members/login.html", {"form": form})


@require_POST
def logout_view(request):
    logout(request)
    return redirect("home")


@require_http_methods(["GET", "POST"])
def password_reset(request):
    form = PasswordResetRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.request_password_reset(form.cleaned_data["login_id"],
                                        form.cleaned_data["mobile"])
        return render(request, "members/password_reset_sent.html")
    return render(request, "members/password_reset.html", {"form": form})


@require_http_methods(["GET", "POST"])
def password_reset_confirm(request, uidb64, token):
    try:
        member = Member.objects.get(pk=int(urlsafe_base64_decode(uidb64).decode()))
    except (ValueError, TypeError, OverflowError, Member.DoesNotExist):
        member = None
    if member is None or not default_token_generator.check_token(member, token):
        return render(request, "members/password_reset_invalid.html", status=400)
    form = SetPasswordForm(member, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        Member.objects.filter(pk=member.pk).update(failed_logins=0, locked_until=None)
        messages.success(request, "비밀번호가 변경되었습니다. 새 비밀번호로 로그인하세요.")
        return redirect("members:login")
    return render(request, "members/password_reset_confirm.html", {"form": form})


# --- My Page ---------------------------------------------------------------------------


@login_required
def mypage(request):
    return render(request, "members/mypage.html", {
        "data": services.personal_data(request.user),
        "kept_after_withdrawal": withdrawal.what_is_kept(request.user),
        "sections": services.mypage_sections(request.user),
        "consent_definitions": inventory.consents,
    })


@login_required
def mypage_download(request):
    data = services.personal_data(request.user)
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
    initial = {"email": member.email, "postcode": member.postcode, "address": member.address,
               "address_detail": member.address_detail, "pen_name": member.pen_name,
               "landline": member.landline}
    form = ProfileForm(request.POST or None, initial=initial, optional_agreed=optional)
    if request.method == "POST" and form.is_valid():
        services.update_profile(member, **form.cleaned_data)
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
        changes = services.change_consents(member, form.answers())
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
        "start_url": _start_url(request, IdentityVerification.Purpose.REVERIFY),
    })


@login_required
def reverify_complete(request):
    record = _pending(request, IdentityVerification.Purpose.REVERIFY)
    if record is None:
        return redirect("members:reverify")
    try:
        services.apply_reverification(request.user, record)
    except VerificationFailed as exc:
        services.discard_verification(record)  # someone else's result: not kept
        request.session.pop(_session_key(IdentityVerification.Purpose.REVERIFY), None)
        messages.error(request, str(exc))
        return redirect("members:mypage")
    request.session.pop(_session_key(IdentityVerification.Purpose.REVERIFY), None)
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
