"""Member-facing rights pages: the request form (reached from My Page), appeals, and the
guardian's confirmation link (P8, P8.5, L5.1)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from . import services
from .deadlines import KST
from .forms import AppealForm, RightsRequestForm
from .models import RightsRequest


def _guardian_allowed(member) -> bool:
    return bool(getattr(member, "is_under_14", False)) and services.guardian_contact(
        member) is not None


@login_required
@require_http_methods(["GET", "POST"])
def new_request(request):
    member = request.user
    form = RightsRequestForm(request.POST or None, initial={
        "kind": request.GET.get("kind"), "decision": request.GET.get("decision")},
                             guardian_allowed=_guardian_allowed(member))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            made = services.submit(
                member, data["kind"], items=data.get("items", ()),
                consents=data.get("consents", ()), details=data.get("details", ""),
                requester=data.get("requester") or RightsRequest.Requester.MEMBER,
                decision=data.get("decision", ""))
        except services.RequestRefused as exc:
            form.add_error(None, exc.message)
        else:
            if made.status == RightsRequest.Status.AWAITING_GUARDIAN:
                messages.success(request, "법정대리인의 휴대전화로 확인 링크를 보냈습니다. "
                                          "법정대리인이 확인하면 접수됩니다.")
            elif made.status == RightsRequest.Status.ACCEPTED:
                messages.success(request, f"{made.get_kind_display()} 요구가 처리되었습니다.")
            else:
                messages.success(request, f"{made.get_kind_display()} 요구가 접수되었습니다. "
                                          f"{made.due_at.astimezone(KST):%Y-%m-%d}까지 처리 "
                                          "결과를 알려 드립니다.")
            return redirect("members:mypage")
    return render(request, "compliance/rights/new.html", {"form": form},
                  status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def appeal(request, pk: int):
    original = get_object_or_404(RightsRequest, pk=pk, member=request.user)
    form = AppealForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.appeal(original, form.cleaned_data["details"])
        except services.RequestRefused as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, "이의 제기가 접수되었습니다.")
            return redirect("members:mypage")
    return render(request, "compliance/rights/appeal.html", {"form": form, "original": original})


@require_http_methods(["GET", "POST"])
def guardian_confirm(request, token: str):
    if request.method == "POST":
        try:
            confirmed = services.confirm_guardian(token)
        except services.RequestRefused as exc:
            return render(request, "compliance/rights/guardian_confirm.html",
                          {"error": exc.message}, status=404)
        return render(request, "compliance/rights/guardian_confirm.html", {"confirmed": confirmed})
    return render(request, "compliance/rights/guardian_confirm.html", {"token": token})
