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
from django.urls import reverse
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


def refusal(gate: str, showtime_id: int, ticket: dict) -> JsonResponse:
    """The API's 409 while a showtime is gated and the caller has no valid pass: where to
    queue (``GET status`` polls; its pass goes in ``X-Marquee-Pass``) and, for a
    signed-in caller, the ticket just issued and when to poll (``api.ticket_body``).
    Django's seat map and hold (``booking.api``) and the fast path's arrival send it."""
    queue = api.queue_url(gate)
    response = JsonResponse({
        "detail": "예매 대기열을 거쳐야 합니다. 대기 순서가 되면 입장권이 발급됩니다.",
        "code": "waiting_room", "seats": [], "unavailable": [], "queue": queue,
        "status": f"{queue}status", "next": reverse("booking:seat_map", args=[showtime_id]),
        **ticket}, status=409)
    if ticket:
        response["Retry-After"] = str(ticket["poll_seconds"])
    return response
