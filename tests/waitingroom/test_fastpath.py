"""Queue polls answered before Django (B6, issue 17): the fast path answers a poll from
its signed ticket alone, exactly as the view would, with the same security headers; it
leaves everything else to Django (forged, tampered, expired, another gate's or another
session's ticket, a spent one, Redis down). The controller cuts the admission rate when
requests wait in the backlog, measured before Django."""

from __future__ import annotations

import json
import random
import re
import socket
import time

import pytest
from django.conf import settings
from django.core import signing
from django.test import RequestFactory

from marquee.waitingroom import api, controller, fastpath, gates, metrics, store

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("redis_gate")]
BACKEND = "marquee.members.auth.MemberBackend"
JSON = {"Accept": "application/json"}
NONCE = re.compile(r"'nonce-[^']+'")
SECURITY_HEADERS = ("X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy",
                    "Cross-Origin-Opener-Policy", "Cache-Control", "Content-Type")


class Django:
    """Stands for the Django application behind the fast path: records what reaches it."""

    def __init__(self):
        self.environs = []

    def __call__(self, environ, start_response):
        self.environs.append(environ)
        start_response("599 Passed On", [("Content-Type", "text/plain")])
        return [b"django"]


def call(app, path: str, cookies: dict[str, str], headers: dict | None = None,
         method: str = "get"):
    """One WSGI request through ``app``: (status code, headers, body)."""
    cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
    request = getattr(RequestFactory(), method)(path, headers={**(headers or {}), "Cookie": cookie})
    seen = {}

    def start_response(status, headers):
        seen["status"], seen["headers"] = int(status.split()[0]), headers

    body = b"".join(app(request.environ, start_response))
    return seen["status"], seen["headers"], body


def header(headers, name):
    return next((v for k, v in headers if k.lower() == name.lower()), None)


@pytest.fixture
def waiting(client, member, monkeypatch):
    """A member 31st in a queue admitting 1/s, with the clock, the controller and the
    poll jitter held still so the view and the fast path can be compared exactly."""
    now = store.now()
    monkeypatch.setattr(store, "now", lambda: now)
    monkeypatch.setattr(random, "uniform", lambda a, b: 1.0)
    gate = gates.open_gate([501], rate=1)
    store.client().set(store.key("ctl", gate), "1", px=120_000)  # and the controller
    for early in range(1, 31):
        gates.join(gate, 10_000 + early)
    client.force_login(member, backend=BACKEND)
    first = client.get(f"/queue/{gate}/status", headers=JSON)  # Django's view: the ticket
    cookies = {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value,
               api.ticket_cookie_name(gate): client.cookies[api.ticket_cookie_name(gate)].value}
    return gate, first, cookies


def test_b6_the_fast_path_answers_a_poll_as_the_view_does_with_its_headers(client, waiting):
    gate, view, cookies = waiting
    django = Django()
    status, headers, body = call(fastpath.QueueFastPath(django), f"/queue/{gate}/status",
                                 cookies, JSON)
    assert django.environs == [] and status == 200
    ours, theirs = json.loads(body), view.json()
    assert ours.pop("ticket") and theirs.pop("ticket")
    assert ours == theirs and ours["position"] == 31 and ours["admitted"] is False
    assert header(headers, "Retry-After") == view["Retry-After"] == str(ours["poll_seconds"])
    for name in SECURITY_HEADERS:
        assert header(headers, name) == view.get(name), name
    # The htmx fragment: the same HTML, under the same Content-Security-Policy directives.
    view_html = client.get(f"/queue/{gate}/status", headers={"HX-Request": "true"})
    status, headers, html = call(fastpath.QueueFastPath(django), f"/queue/{gate}/status",
                                 cookies, {"HX-Request": "true"})
    assert html == view_html.content and django.environs == []
    csp = header(headers, "Content-Security-Policy")
    assert csp and NONCE.sub("", csp) == NONCE.sub("", view_html["Content-Security-Policy"])
    for name in SECURITY_HEADERS:
        assert header(headers, name) == view_html.get(name), name


def test_b6_the_fast_path_hands_out_the_pass_once_admitted(client, member, settings):
    settings.MARQUEE_WAITINGROOM_INITIAL_RATE = 100
    gate = gates.open_gate([502], rate=100)
    client.force_login(member, backend=BACKEND)
    ticket = gates.join(gate, member.pk, client.session.session_key)
    time.sleep(0.05)  # the pointer passes ticket 1 at 100/s
    status, headers, body = call(
        fastpath.QueueFastPath(Django()), f"/queue/{gate}/status?next=/booking/",
        {settings.SESSION_COOKIE_NAME: client.session.session_key},
        {**JSON, "X-Marquee-Ticket": ticket.token})
    answer = json.loads(body)
    assert status == 200 and answer["admitted"] is True and answer["next"] == "/booking/"
    assert gates.pass_valid(answer["pass"], gate, member.pk)
    cookie = header(headers, "Set-Cookie").strip()
    assert cookie.startswith(f"{api.cookie_name(gate)}=") and "HttpOnly" in cookie
    assert header(headers, "X-Frame-Options") == "DENY"


def test_b6_the_fast_path_refuses_tickets_it_cannot_trust_and_leaves_them_to_django(
        client, waiting, monkeypatch):
    gate, _view, cookies = waiting
    ticket_cookie = api.ticket_cookie_name(gate)
    real = cookies[ticket_cookie]
    member, number = gates.ticket_claims(real, gate, cookies[settings.SESSION_COOKIE_NAME])
    tag = gates.session_tag(cookies[settings.SESSION_COOKIE_NAME])
    claims = {"g": gate, "m": member, "n": number, "s": tag}
    time_of_old_ticket = time.time() - store.TICKET_TTL - 60  # older than the queue lives
    with monkeypatch.context() as past:
        past.setattr(time, "time", lambda: time_of_old_ticket)
        expired = signing.dumps(claims, salt=gates.TICKET_SALT, compress=False)
    refused = {
        "forged": signing.dumps(claims, salt=gates.TICKET_SALT, key="not-the-secret-key"),
        "tampered": real[:-2] + ("xy" if not real.endswith("xy") else "yz"),
        "expired": expired,
        "another gate's": signing.dumps({**claims, "g": "s999"}, salt=gates.TICKET_SALT),
        "a pass, not a ticket": gates.issue_pass(gate, member, number),
    }
    for reason, token in refused.items():
        django = Django()
        status, _h, body = call(fastpath.QueueFastPath(django), f"/queue/{gate}/status",
                                {**cookies, ticket_cookie: token}, JSON)
        assert (status, body, len(django.environs)) == (599, b"django", 1), reason
    # Another member's valid ticket presented with one's own session cookie.
    for session in ("someone-elses-session-key", ""):
        django = Django()
        call(fastpath.QueueFastPath(django), f"/queue/{gate}/status",
             {settings.SESSION_COOKIE_NAME: session, ticket_cookie: real}, JSON)
        assert len(django.environs) == 1, session
    # Not a status poll, or not a GET: Django's.
    for path, method in ((f"/queue/{gate}/", "get"), (f"/queue/{gate}/status", "post")):
        django = Django()
        call(fastpath.QueueFastPath(django), path, cookies, JSON, method=method)
        assert len(django.environs) == 1, (path, method)


def test_b6_a_spent_ticket_or_a_closed_gate_goes_to_django_which_requeues(client, waiting):
    gate, _view, cookies = waiting
    session = cookies[settings.SESSION_COOKIE_NAME]
    member, _number = gates.ticket_claims(cookies[api.ticket_cookie_name(gate)], gate, session)
    store.client().hset(store.key("tickets", gate), member, "77")  # re-queued since
    django = Django()
    call(fastpath.QueueFastPath(django), f"/queue/{gate}/status", cookies, JSON)
    assert len(django.environs) == 1
    gates.close_gate(gate)
    call(fastpath.QueueFastPath(django), f"/queue/{gate}/status", cookies, JSON)
    assert len(django.environs) == 2


def test_b6_redis_down_the_fast_path_passes_on_and_the_view_sends_the_member_on(
        client, waiting, settings):
    gate, _view, cookies = waiting
    settings.MARQUEE_REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens there
    django = Django()
    call(fastpath.QueueFastPath(django), f"/queue/{gate}/status", cookies, JSON)
    assert len(django.environs) == 1
    response = client.get(f"/queue/{gate}/status?next=/booking/", headers=JSON)
    assert response.status_code == 200
    assert response.json() == {"admitted": True, "pass": "", "next": "/booking/", "number": 0}
    assert client.get(f"/queue/{gate}/status", headers={"HX-Request": "true"})["HX-Redirect"]


def test_b6_the_queueing_time_is_measured_before_django_and_passed_on(settings):
    now = time.time()
    assert fastpath.wait_from_request_start(f"t={now - 1.5:.3f}", now) == pytest.approx(1.5, abs=0.01)
    assert fastpath.wait_from_request_start(str(int((now - 2) * 1e6)), now) == pytest.approx(2, abs=0.01)
    assert fastpath.wait_from_request_start("t=garbage", now) is None
    assert fastpath.wait_from_request_start(f"t={now + 60}", now) is None  # from the future
    django = Django()
    app = fastpath.QueueFastPath(django)
    settings.MARQUEE_TRUST_REQUEST_START = False  # a client's header is not believed
    call(app, "/booking/", {}, {"X-Request-Start": f"t={now - 3:.3f}"})
    assert api.QUEUE_WAIT_KEY not in django.environs[-1]
    settings.MARQUEE_TRUST_REQUEST_START = True  # set by the front proxy
    call(app, "/booking/", {}, {"X-Request-Start": f"t={time.time() - 3:.3f}"})
    assert django.environs[-1][api.QUEUE_WAIT_KEY] == pytest.approx(3, abs=0.5)


def test_b6_the_socket_tells_how_long_a_request_waited_in_the_backlog():
    """What gunicorn hands the application: the accepted connection. Its TCP_INFO says
    when the request's bytes arrived, so a request left in the listen backlog shows it."""
    listener = socket.create_server(("127.0.0.1", 0))
    client = socket.create_connection(listener.getsockname())
    try:
        client.sendall(b"GET /queue/s1/status HTTP/1.1\r\nHost: x\r\n\r\n")
        time.sleep(0.3)  # nobody accepts: the request waits in the backlog
        connection, _ = listener.accept()
        connection.recv(4096)
        assert fastpath.wait_from_socket(connection) >= 0.25
        connection.close()
    finally:
        client.close()
        listener.close()
    assert fastpath.wait_from_socket(object()) is None


def test_b6_the_controller_cuts_the_rate_when_admitted_requests_wait_in_the_backlog(settings):
    config = controller.Config(target_p99=1.0, target_wait=0.5)
    # Holds still fast, but requests queue in front of the workers: cut.
    assert controller.next_rate(20, p99=0.2, throughput=10, waiting=900, config=config,
                                backlog=0.9) == pytest.approx(14)
    assert controller.next_rate(20, p99=0.2, throughput=10, waiting=900, config=config,
                                backlog=0.1) == pytest.approx(21)
    # Through Redis: an admitted member's request (it carries a pass) records its wait
    # before the fast path hands it to Django.
    settings.MARQUEE_TRUST_REQUEST_START = True
    gate = gates.open_gate([503], rate=20)
    for member in range(1, 40):
        gates.join(gate, member)
    token = gates.issue_pass(gate, 39, 39)
    django = Django()
    for _ in range(50):
        call(fastpath.QueueFastPath(django), "/api/bookings/B1/payments", {},
             {"X-Marquee-Pass": token, "X-Request-Start": f"t={time.time() - 1.2:.3f}"},
             method="post")
    assert len(django.environs) == 50  # all of them Django's to answer
    at = store.now()
    assert 1.024 < metrics.p99(gate, at, kind="wait") < 2.048
    assert metrics.p99(gate, at) is None  # no hold yet
    assert gates.control(gate, at=at, config=config) == pytest.approx(14)
    # A hold's latency counts the time it waited before the view started.
    calm = gates.open_gate([504], rate=20)
    metrics.record_hold(calm, 0.05, at=at, wait=1.5)
    assert 1.024 < metrics.p99(calm, at) < 2.048


def test_b6_polls_space_out_with_the_position_and_are_jittered():
    def status(position, rate=10.0):
        return gates.Status("s1", True, position, 0.0, rate, position)

    rng = random.Random(7)
    assert api.poll_seconds(status(5), rng) == 1  # the front: every second
    far = [api.poll_seconds(status(400), rng) for _ in range(200)]  # 40 s: about 20 s
    assert 16 <= min(far) < max(far) <= 24 and len(set(far)) >= 5
    assert [api.poll_seconds(status(p), random.Random(1)) for p in (30, 100, 300)] == sorted(
        api.poll_seconds(status(p), random.Random(1)) for p in (30, 100, 300))
    assert 24 <= api.poll_seconds(status(100_000), rng) <= api.MAX_POLL  # jittered below the cap
