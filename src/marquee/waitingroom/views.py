"""The waiting room's pages (B6): the queue page a member waits on, the tiny status
answer it polls (HTML fragment for htmx, JSON for API clients), and the staff page.

The status answer is what thousands of waiting clients poll, so it is cheap: three Redis
round trips and no database query beyond the session. Its poll interval grows with the
wait (``Retry-After``; the fragment reschedules itself with ``hx-trigger="load
delay:Ns"``), down to one second near the front.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from marquee.backoffice.decorators import staff_view

from . import api, gates, store


def _gate(gate: str) -> str:
    if not gates.GATE_RE.fullmatch(gate):
        raise Http404
    return gate


def _next_url(request) -> str:
    target = request.GET.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return target
    return "/booking/"


def _admit(request, gate: str, status: gates.Status):
    """Issue the pass and hand over to the seat map."""
    token = gates.issue_pass(gate, request.user.pk, status.seq, status.issued_at)
    target = _next_url(request)
    if request.htmx:
        response = HttpResponse(status=204)
        response["HX-Redirect"] = target
    elif request.headers.get("Accept", "").startswith("application/json"):
        response = JsonResponse({"admitted": True, "pass": token, "next": target,
                                 "number": status.seq})
    else:
        response = redirect(target)
    response.set_cookie(api.cookie_name(gate), token, max_age=gates.pass_seconds(),
                        httponly=True, samesite="Lax", secure=request.is_secure())
    return response


def _join(request, gate: str, *, control: bool = False):
    """The member's ticket (the same one on every call) and the queue's state."""
    gate = _gate(gate)
    try:
        ticket = gates.join(gate, request.user.pk)
        status = gates.read_status(gate, request.user.pk)
        if control:
            gates.control(gate)
    except store.Unavailable:
        raise Http404 from None
    return gate, ticket, status


@login_required
def queue(request, gate):
    """Join (or rejoin: the same ticket) and wait; the page polls ``status``."""
    gate, ticket, status = _join(request, gate)
    if status.is_admitted:
        return _admit(request, gate, status)
    response = render(request, "waitingroom/queue.html", {
        "gate": gate, "ticket": ticket, "status": status, "poll": api.poll_seconds(status),
        "next": _next_url(request), "pass_minutes": gates.pass_seconds() // 60})
    response["Cache-Control"] = "no-store"
    return response


@login_required
def status(request, gate):
    """Position, estimated wait and the next poll; the pass once admitted."""
    gate, ticket, state = _join(request, gate, control=True)
    if state.is_admitted:
        return _admit(request, gate, state)
    poll = api.poll_seconds(state)
    if request.htmx:
        response = render(request, "waitingroom/_status.html", {
            "gate": gate, "status": state, "poll": poll, "next": _next_url(request),
            "pass_minutes": gates.pass_seconds() // 60})
    else:
        response = JsonResponse({"admitted": False, "ticket": ticket.token,
                                 "number": ticket.seq, "position": state.position, "wait_seconds": state.wait_seconds,
                                 "rate": round(state.rate, 2), "poll_seconds": poll})
    response["Retry-After"] = str(poll)
    response["Cache-Control"] = "no-store"
    return response


class GateForm(forms.Form):
    showtimes = forms.RegexField(label="상영 회차 ID (쉼표로 구분: 한 회차 또는 오픈 회차 묶음)",
                                 regex=r"^\s*\d{1,10}(\s*,\s*\d{1,10}){0,99}\s*$", max_length=1200)
    rate = forms.FloatField(label="시작 입장률(초당 명)", min_value=0.5, max_value=1000, initial=10)

    def showtime_ids(self) -> list[int]:
        return [int(s) for s in self.cleaned_data["showtimes"].split(",")]


@staff_view(permission="booking.change_showtime", personal_data=False,
            description="상영 회차 관리(대기열)")
def staff(request):
    """Gates on/off, queue lengths, admission rates."""
    site = admin.site.each_context(request)  # the back office's header, not Django's
    if not store.configured():
        return render(request, "waitingroom/staff.html", {**site, "unavailable": True})
    form = GateForm(request.POST if request.POST.get("action") == "open" else None)
    if request.method == "POST":
        if request.POST.get("action") == "close":
            gates.close_gate(_gate(request.POST.get("gate", "")))
            return redirect("waitingroom:staff")
        if form.is_valid():
            gates.open_gate(form.showtime_ids(), rate=form.cleaned_data["rate"])
            return redirect("waitingroom:staff")
    return render(request, "waitingroom/staff.html",
                  {**site, "form": form, "gates": gates.gates()},
                  status=400 if form.errors else 200)
