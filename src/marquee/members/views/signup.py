"""Signup pages and the guardian's consent pages (L1.1, L1.3); rules live in
``signup.py`` and ``guardian.py``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .. import guardian, signup
from ..errors import SignupRefused
from ..forms import ConsentForm, SignupForm
from ..identity.base import VerifiedIdentity
from ..models import IdentityVerification, Member
from .common import (
    SESSION_CONSENTS,
    SESSION_GUARDIAN_TOKEN,
    consent_context,
    pending,
    session_key,
    start_url,
)


@require_http_methods(["GET", "POST"])
def signup_consents(request):
    form = ConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        request.session[SESSION_CONSENTS] = form.answers()
        return redirect("members:signup_verify")
    return render(request, "members/signup_consents.html", {"form": form, **consent_context()})


def signup_verify(request):
    if SESSION_CONSENTS not in request.session:
        return redirect("members:signup")
    return render(request, "members/verify.html", {
        "purpose": IdentityVerification.Purpose.SIGNUP,
        "title": "휴대폰 본인확인",
        "start_url": start_url(request, IdentityVerification.Purpose.SIGNUP),
    })


@require_http_methods(["GET", "POST"])
def signup_details(request):
    answers = request.session.get(SESSION_CONSENTS)
    record = pending(request, IdentityVerification.Purpose.SIGNUP)
    if answers is None:
        return redirect("members:signup")
    if record is None:
        messages.error(request, "본인확인이 필요합니다.")
        return redirect("members:signup_verify")
    identity = VerifiedIdentity.from_json(record.result)
    minor = signup.needs_guardian(identity)
    form = SignupForm(request.POST or None, identity=identity, minor=minor,
                      optional_agreed=answers.get("optional_profile", False))
    if request.method == "POST" and form.is_valid():
        data = signup.SignupData(
            login_id=form.cleaned_data["login_id"], password=form.cleaned_data["password1"],
            email=form.cleaned_data["email"],
            pen_name=form.cleaned_data.get("pen_name", ""),
            landline=form.cleaned_data.get("landline", ""),
            guardian_name=form.cleaned_data.get("guardian_name", ""),
            guardian_mobile=form.cleaned_data.get("guardian_mobile", ""))
        try:
            member = signup.sign_up(record, data, answers)
        except SignupRefused as exc:
            if exc.extra.get("decision"):  # an automated decision (L5.2): its own page
                return render(request, "members/signup_refused.html",
                              {"reason": exc.message, "decision": exc.extra["decision"]},
                              status=403)
            form.add_error(None, str(exc))
        else:
            request.session.pop(SESSION_CONSENTS, None)
            request.session.pop(session_key(IdentityVerification.Purpose.SIGNUP), None)
            if member.status == Member.Status.PENDING_GUARDIAN:
                return render(request, "members/signup_pending_guardian.html")
            login(request, member, backend="marquee.members.auth.MemberBackend")
            return redirect("members:signup_done")
    return render(request, "members/signup_details.html",
                  {"form": form, "identity": identity, "minor": minor})


@login_required
def signup_done(request):
    return render(request, "members/signup_done.html")


def guardian_start(request, token):
    try:
        guardian.guardian_request(token)
    except SignupRefused as exc:
        return render(request, "members/guardian_invalid.html", {"reason": str(exc)}, status=404)
    request.session[SESSION_GUARDIAN_TOKEN] = token
    return render(request, "members/verify.html", {
        "purpose": IdentityVerification.Purpose.GUARDIAN,
        "title": "법정대리인 본인확인",
        "intro": "자녀(만 14세 미만)의 회원가입에 동의하시려면 먼저 법정대리인 본인확인을 해 주세요.",
        "start_url": start_url(request, IdentityVerification.Purpose.GUARDIAN),
    })


@require_http_methods(["GET", "POST"])
def guardian_consent(request, token):
    try:
        guardian_request = guardian.guardian_request(token)
    except SignupRefused as exc:
        return render(request, "members/guardian_invalid.html", {"reason": str(exc)}, status=404)
    record = pending(request, IdentityVerification.Purpose.GUARDIAN)
    if record is None:
        return redirect("members:guardian_start", token=token)
    form = ConsentForm(request.POST or None)
    if request.method == "POST":
        agree = request.POST.get("decision") != "refuse"
        if not agree or form.is_valid():
            try:
                guardian.guardian_decides(token, record, form.answers() if agree else {},
                                          agree=agree)
            except SignupRefused as exc:
                form.add_error(None, str(exc))
            else:
                request.session.pop(session_key(IdentityVerification.Purpose.GUARDIAN), None)
                request.session.pop(SESSION_GUARDIAN_TOKEN, None)
                return render(request, "members/guardian_done.html", {"agreed": agree})
    return render(request, "members/guardian_consent.html", {
        "form": form, "token": token, "child_joined": guardian_request.requested_at,
        "child": guardian.child_label(guardian_request.member),
        **consent_context()})
