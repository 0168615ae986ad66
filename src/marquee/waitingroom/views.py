"""The waiting room's pages (B6): the queue page a member waits on, the tiny status
answer it polls (HTML fragment for htmx, JSON for API clients), and the staff page.

The status answer is what thousands of waiting clients poll, so it is cheap: a poll
that carries its signed ticket (cookie or ``X-Marquee-Ticket``) is answered before
Django by ``fastpath.py`` with one Redis round trip; this view answers the rest. The
poll interval grows with the wait (``Retry-After``; the fragment reschedules itself
with ``hx-trigger="load delay:Ns"``), down to one second near the front.
"""

from __future__ import annotations

import logging

from django import forms
from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from marquee.backoffice.decorators import staff_view

from . import answers, api, gates, identity, store

log = logging.getLogger(__name__)


def _gate(gate: str) -> str:
    if not gates.GATE_RE.fullmatch(gate):
        raise Http404
    return gate


def _join(request, gate: str, *, control: bool = False):
    """The member's ticket (the same one on every call) and the queue's state; None for
    both when Redis does not answer (see ``_unguarded``)."""
    gate = _gate(gate)
    try:
        ticket = gates.join(gate, request.user.pk, request.session.session_key)
        status = gates.read_status(gate, request.user.pk)
        if control:
            gates.control(gate)
    except store.Unavailable:
        raise Http404 from None
    except Exception:  # noqa: BLE001 - Redis down: see _unguarded
        log.exception("waiting room: Redis unavailable at the queue")
        return gate, None, None
    return gate, ticket, status


def _unguarded(request):
    """Redis down: the seat map and the hold are served without the gate meanwhile
    (``api.must_queue``), so the queue sends the member on rather than keep them
    waiting for an answer it cannot give. No pass: none is checked while Redis is down."""
    response = answers.hand_over(request, htmx=request.htmx, token="", number=0)
    response["Cache-Control"] = "no-store"
    return response


@login_required
def queue(request, gate):
    """Join (or rejoin: the same ticket) and wait; the page polls ``status``."""
    gate, ticket, status = _join(request, gate)
    if status is None:
        return _unguarded(request)
    if status.is_admitted:
        return answers.admitted(request, gate, request.user.pk, status, htmx=request.htmx)
    response = render(request, "waitingroom/queue.html", {
        "gate": gate, "ticket": ticket, "status": status, "poll": api.poll_seconds(status),
        "next": answers.next_url(request), "pass_minutes": gates.pass_seconds() // 60})
    response["Cache-Control"] = "no-store"
    answers.set_ticket_cookie(request, response, ticket)
    return identity.remember(request, response)


@login_required
def status(request, gate):
    """Position, estimated wait and the next poll; the pass once admitted. Polls that
    carry their ticket are answered before Django by ``fastpath.py``; this view answers
    the first poll, and any the fast path passes on (no ticket, or one it refuses)."""
    gate, ticket, state = _join(request, gate, control=True)
    if state is None:
        return _unguarded(request)
    if state.is_admitted:
        return answers.admitted(request, gate, request.user.pk, state, htmx=request.htmx)
    response = answers.waiting(request, gate, ticket.token, state, htmx=request.htmx)
    answers.set_ticket_cookie(request, response, ticket)
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
