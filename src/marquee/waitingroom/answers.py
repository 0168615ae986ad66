"""The queue's answers (B6), built the same way whether Django's view or the fast path
(``fastpath.py``) answers: the pass and the hand-over to the seat map once admitted;
position, estimated wait and the next poll while waiting.

Both callers pass a ``django.http.HttpRequest`` (the fast path a bare ``WSGIRequest``
with no session or user: nothing here reads them) and whether it came from htmx.
"""

from __future__ import annotations

from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme

from . import api, gates


def next_url(request) -> str:
    target = request.GET.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return target
    return "/booking/"


def set_ticket_cookie(request, response, ticket: gates.Ticket) -> None:
    """The queue ticket for the page's own polls (htmx), which the fast path answers
    from it. Scoped to this queue's URLs; gone when the browser closes, like the session
    it is bound to."""
    response.set_cookie(api.ticket_cookie_name(ticket.gate), ticket.token, httponly=True,
                        samesite="Lax", secure=request.is_secure(),
                        path=f"/queue/{ticket.gate}/")


def hand_over(request, *, htmx: bool, token: str, number: int):
    """Off to the seat map (``next``): htmx redirect, JSON with the pass, or a 302."""
    target = next_url(request)
    if htmx:
        response = HttpResponse(status=204)
        response["HX-Redirect"] = target
    elif request.headers.get("Accept", "").startswith("application/json"):
        response = JsonResponse({"admitted": True, "pass": token, "next": target,
                                 "number": number})
    else:
        response = redirect(target)
    return response


def admitted(request, gate: str, member_pk: int, status: gates.Status, *, htmx: bool):
    """Issue the pass and hand over to the seat map."""
    token = gates.issue_pass(gate, member_pk, status.seq, status.issued_at)
    response = hand_over(request, htmx=htmx, token=token, number=status.seq)
    response.set_cookie(api.cookie_name(gate), token, max_age=gates.pass_seconds(),
                        httponly=True, samesite="Lax", secure=request.is_secure())
    return response


def waiting(request, gate: str, ticket_token: str, status: gates.Status, *, htmx: bool):
    """Position, estimated wait and when to ask again (``Retry-After``)."""
    poll = api.poll_seconds(status)
    if htmx:
        response = HttpResponse(render_to_string("waitingroom/_status.html", {
            "gate": gate, "status": status, "poll": poll, "next": next_url(request),
            "pass_minutes": gates.pass_seconds() // 60}))
    else:
        response = JsonResponse({"admitted": False, "ticket": ticket_token,
                                 "number": status.seq, "position": status.position,
                                 "wait_seconds": status.wait_seconds,
                                 "rate": round(status.rate, 2), "poll_seconds": poll})
    response["Retry-After"] = str(poll)
    response["Cache-Control"] = "no-store"
    return response
