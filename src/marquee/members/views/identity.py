"""Identity verification: the sandbox carrier window, PortOne's SDK page, and the
callback that fetches and checks the result server-side."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from .. import signup, verification
from ..errors import SignupRefused
from ..forms import SandboxIdentityForm
from ..identity import sandbox
from ..identity.base import VerificationFailed, get_provider
from ..models import IdentityVerification
from .common import SESSION_GUARDIAN_TOKEN, session_key


def _verification_request(request, provider: str) -> tuple[str | None, str]:
    """The purpose and return URL of a verification window for ``provider`` (404 when
    another provider is configured); ``(None, "")`` when either is not acceptable."""
    if settings.MARQUEE_IDENTITY_PROVIDER != provider:
        raise Http404
    purpose = request.GET.get("purpose", "")
    return_url = request.GET.get("return", "")
    if purpose not in IdentityVerification.Purpose.values or not url_has_allowed_host_and_scheme(
            return_url, allowed_hosts={request.get_host()}):
        return None, ""
    return purpose, return_url


@require_http_methods(["GET", "POST"])
def sandbox_identity(request):
    """The sandbox carrier window (development and tests only, never production)."""
    purpose, return_url = _verification_request(request, "sandbox")
    if purpose is None:
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
    purpose, return_url = _verification_request(request, "portone")
    if purpose is None:
        return HttpResponseBadRequest("잘못된 본인확인 요청입니다.")
    from ..identity import portone

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
        record = verification.store_verification(identity, purpose)
    except VerificationFailed as exc:
        messages.error(request, str(exc))
        return redirect(_after_verification(request, purpose))
    if purpose == IdentityVerification.Purpose.SIGNUP:
        try:  # refused now, not after the whole form (issue 12.9); the result goes
            signup.check_identity_can_join(identity)
        except SignupRefused as exc:
            verification.discard_verification(record)
            return render(request, "members/signup_refused.html",
                          {"reason": exc.message, "decision": exc.extra.get("decision", "")},
                          status=403)
    request.session[session_key(purpose)] = str(record.vault_id)
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
