"""Queue polls answered before Django (B6, issue 17).

Thousands of members wait in a queue at once, and each polls ``/queue/<gate>/status``
every few seconds. Through Django every poll is a signed-in request (session lookup,
the middleware chain, an access record: 11–20 ms of CPU), and during an on-sale rush
those polls queue in the server's backlog in front of the admitted members' holds.
``QueueFastPath`` wraps the Django application in ``marquee.wsgi`` (what gunicorn
serves) and answers such a poll itself:

- identity comes from the signed queue ticket only (``gates.join`` issued it in a
  Django request that went through the whole stack: session, authentication, access
  record), sent back as the cookie ``mq_ticket_<gate>`` or the header
  ``X-Marquee-Ticket``. The ticket names gate, member and number, is no older than the
  queue's keys live, and is bound to the session it was issued in (a keyed digest of
  the session cookie's value, compared without any lookup). Anything else (no ticket, a
  forged, tampered, expired one, another gate's, or one presented with another session
  cookie) is not answered here: the request goes on to Django, where the session
  decides (sign-in, or a fresh ticket for the session's own member);
- one Lua call (``gates.poll``) moves the admission pointer, reads the member's place,
  records the poll's backlog wait and hands out the controller's turn. A ticket whose
  number is no longer the member's (spent, re-queued), a lapsed pass, a closed gate or
  Redis not answering go on to Django too, which handles the uncommon cases;
- the answer is the one Django's view gives (``answers.py``: JSON, the htmx fragment,
  the pass once admitted), with the response headers the middleware would set
  (``SecurityMiddleware``, ``XFrameOptionsMiddleware``, the Content-Security-Policy).

Not recorded as an access record (P1.2): a poll is the page refreshing itself, not a use
of the service; the member's arrival (the request that issued the ticket) and every
request after admission go through Django and are recorded as before. The only member
data the poll touches is the declared queue ticket (``waitingroom/privacy.py``).

The **arrival** is answered here too: ``GET /api/showtimes/<id>/seats`` from a member
whose queue identity (``identity.py``: signed member ID bound to the session cookie,
handed out on a page they had open) checks out, who carries no valid pass, on a
showtime a gate is on: the member joins (one ticket per member, in arrival order: the
same Lua script as Django's) and gets the same 409 as Django's seat map would give
(``answers.refusal``), with no session lookup, middleware chain or access record. No
identity, a forged, expired or another session's one, a pass, no gate, Redis not
answering: Django's, as before.

``queue_wait`` measures, for every request, how long it waited in front of the workers;
Django's views read it from ``request.META``. The fast path files it in one of two
histograms (``metrics``): an arrival's or a poll's in the waiting crowd's (it may hold
the rate, never cut it: admission cannot slow an arrival burst), and that of a request carrying a valid
pass, passed on to Django (an admitted member's seat map, hold, payment, return), in the
admitted members' histogram, the controller's backlog input.
"""

from __future__ import annotations

import logging
import re
import secrets
import socket
import struct
import time

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.http import parse_cookie
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.security import SecurityMiddleware
from django.utils.cache import patch_vary_headers

from marquee.deployment.csp import ContentSecurityPolicyMiddleware, policy

from . import answers, api, gates, identity, metrics, store

log = logging.getLogger(__name__)
STATUS_PATH = re.compile(r"^/queue/([a-z0-9-]{1,40})/status$")
SEATS_PATH = re.compile(r"^/api/showtimes/([1-9][0-9]{0,9})/seats$")
REQUEST_START = "HTTP_X_REQUEST_START"
# struct tcp_info (linux/tcp.h): eight one-byte fields, then 32-bit ones; the twelfth,
# tcpi_last_data_recv, is the milliseconds since the last data arrived on the socket.
TCP_INFO_LAST_DATA_RECV = 8 + 4 * 11
MAX_WAIT = 600.0


def _unused(request):  # pragma: no cover - the middlewares' response hooks only
    raise AssertionError("the fast path calls the middlewares' response hooks only")


def wait_from_request_start(value: str, now: float) -> float | None:
    """``X-Request-Start`` as a front proxy sets it (nginx: ``t=${msec}``, seconds with
    milliseconds; also milli- or microseconds since the epoch): seconds waited."""
    try:
        start = float(value.strip().removeprefix("t="))
    except ValueError:
        return None
    if start > 1e14:
        start /= 1e6
    elif start > 1e11:
        start /= 1e3
    wait = now - start
    return wait if 0 <= wait <= MAX_WAIT else None


def wait_from_socket(sock) -> float | None:
    """Seconds since the request's last bytes reached this server's kernel: how long it
    waited in the listen backlog and the worker's queue before the application got it.
    Linux TCP_INFO; None elsewhere or on a socket that is not TCP."""
    try:
        info = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 104)
    except (AttributeError, OSError):
        return None
    if len(info) < TCP_INFO_LAST_DATA_RECV + 4:
        return None
    return struct.unpack_from("I", info, TCP_INFO_LAST_DATA_RECV)[0] / 1000


def admitted_gate(environ) -> str | None:
    """The gate of a valid pass the request carries (``X-Marquee-Pass`` or a
    ``mq_pass_<gate>`` cookie), or None: an admitted member's request. The member is not
    checked here (Django does, before any seat is held); a pass holder's extra requests
    only add true samples of the backlog, measured by the server."""
    tokens = [environ.get(api.PASS_HEADER)]
    cookies = environ.get("HTTP_COOKIE", "")
    prefix = api.cookie_name("")
    if prefix in cookies:
        tokens += [value for name, value in parse_cookie(cookies).items()
                   if name.startswith(prefix)]
    return next(filter(None, map(gates.live_pass_gate, filter(None, tokens))), None)


def queue_wait(environ) -> float | None:
    """The request's wait in front of the workers: from ``X-Request-Start`` when
    ``MARQUEE_TRUST_REQUEST_START`` says the front proxy sets it (a client could send
    any value), else from the connection itself (gunicorn passes its socket)."""
    if settings.MARQUEE_TRUST_REQUEST_START and environ.get(REQUEST_START):
        return wait_from_request_start(environ[REQUEST_START], time.time())
    sock = environ.get("gunicorn.socket")
    return None if sock is None else wait_from_socket(sock)


class QueueFastPath:
    """WSGI middleware around the Django application; see the module note."""

    def __init__(self, app):
        self.app = app
        self.security = SecurityMiddleware(_unused)
        self.frames = XFrameOptionsMiddleware(_unused)

    def __call__(self, environ, start_response):
        wait = queue_wait(environ)
        if wait is not None:
            environ[api.QUEUE_WAIT_KEY] = wait
        if not store.configured():
            return self.app(environ, start_response)
        if environ.get("REQUEST_METHOD") == "GET":
            response = None
            path = environ.get("PATH_INFO", "")
            if match := STATUS_PATH.match(path):
                response = self.answer(WSGIRequest(environ), match.group(1), wait)
            elif match := SEATS_PATH.match(path):
                response = self.arrive(WSGIRequest(environ), int(match.group(1)), wait)
            if response is not None:
                return self.send(response, start_response)
        if wait is not None:
            self.record_admitted(environ, wait)
        return self.app(environ, start_response)

    @staticmethod
    def record_admitted(environ, wait: float) -> None:
        """An admitted member's request on its way to Django: its backlog wait is the
        controller's input."""
        gate = admitted_gate(environ)
        if gate is None:
            return
        try:
            metrics.record_wait(gate, wait)
        except Exception:  # noqa: BLE001 - the request does not depend on it
            log.exception("waiting room fast path: could not record a backlog wait")

    def arrive(self, request, showtime_id: int, wait: float | None = None):
        """A gated seat map's 409 with the member's ticket, or None for Django."""
        session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        member = identity.member_of(request.COOKIES.get(identity.COOKIE), session_key)
        if member is None or identity.holds_pass(request, member) \
                or self.security.process_request(request) is not None:
            return None
        try:
            request.get_host()
            gate = gates.gate_for(showtime_id, count_demand=True)
            request.META[api.GATE_KEY] = gate or ""  # Django's view need not ask again
            if gate is None:
                return None  # not gated: the seat map is Django's
            ticket = api.ticket_body(gate, member, session_key)
            if wait is not None:
                metrics.record_wait(gate, wait, crowd=True)
        except DisallowedHost:
            return None  # Django answers 400
        except Exception:  # noqa: BLE001 - Redis down: the view's rule applies
            log.exception("waiting room fast path: Redis unavailable, passing on to Django")
            return None
        return self.secure(request, answers.refusal(gate, showtime_id, ticket))

    def answer(self, request, gate: str, wait: float | None):
        """The poll's answer, or None to leave the request to Django."""
        token = (request.META.get(api.TICKET_HEADER)
                 or request.COOKIES.get(api.ticket_cookie_name(gate)))
        claims = gates.ticket_claims(token, gate,
                                     request.COOKIES.get(settings.SESSION_COOKIE_NAME))
        if claims is None or self.security.process_request(request) is not None:
            return None  # not ours to answer; or an https redirect: Django's to give
        member, number = claims
        try:
            request.get_host()
            status, turn = gates.poll(gate, member, wait)
        except DisallowedHost:
            return None  # Django answers 400
        except Exception:  # noqa: BLE001 - Redis down: the view's rule applies
            log.exception("waiting room fast path: Redis unavailable, passing on to Django")
            return None
        if not status.on or status.seq != number or self._pass_lapsed(status):
            return None  # gate closed, ticket spent or re-queued: Django re-joins
        if turn:
            try:
                gates.control(gate, turn=True)
            except Exception:  # noqa: BLE001 - the poll's answer does not depend on it
                log.exception("waiting room fast path: controller step failed")
        htmx = request.headers.get("HX-Request") == "true"
        if status.is_admitted:
            response = answers.admitted(request, gate, member, status, htmx=htmx)
        else:
            response = answers.waiting(request, gate, token, status, htmx=htmx)
        return self.secure(request, response)

    @staticmethod
    def _pass_lapsed(status: gates.Status) -> bool:
        return bool(status.issued_at) and store.now() - status.issued_at > gates.pass_seconds()

    def secure(self, request, response):
        """The headers the middleware chain sets on Django's answers."""
        response = self.security.process_response(request, response)
        response = self.frames.process_response(request, response)
        if ContentSecurityPolicyMiddleware._applies(response):
            response["Content-Security-Policy"] = policy(secrets.token_urlsafe(18))
        patch_vary_headers(response, ("Cookie",))
        response["Content-Length"] = str(len(response.content))
        return response

    @staticmethod
    def send(response, start_response):
        headers = [*response.items(), *(("Set-Cookie", cookie.output(header=""))
                                        for cookie in response.cookies.values())]
        start_response(f"{response.status_code} {response.reason_phrase}", headers)
        return response
