"""CPU per queue poll: the fast path (``waitingroom/fastpath.py``) against the same poll
through the whole Django stack, in one process, interleaved (B6, issue 17).

Needs a database a ``booking_rush.py`` run left behind (members with sessions) and
Redis. Each round answers one poll both ways for a member 31st in a queue that admits
nobody meanwhile: through ``WSGIHandler`` (session, authentication, middleware, access
record, the status view) with the session cookie only, and through ``QueueFastPath``
with the session cookie and the signed ticket. Prints the CPU time per poll of each
and their ratio; no network, so it is the server's own cost.

    python bench/queue_poll.py --db m_wroom_bench --polls 300

``--what arrival`` measures the arrival instead: ``GET /api/showtimes/<id>/seats`` on a
gated showtime (the bench database's showtime), the 409 that issues the ticket, through
Django (session cookie only) against the fast path (session cookie and the queue
identity ``mq_id``, ``waitingroom/identity.py``).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--db", default="marquee_bench")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--polls", type=int, default=300)
    parser.add_argument("--what", choices=("poll", "arrival"), default="poll")
    args = parser.parse_args()
    os.environ.update({
        "DATABASE_URL": f"{args.pg}/{args.db}", "ARCHIVE_DATABASE_URL": f"{args.pg}/{args.db}_archive",
        "DJANGO_SETTINGS_MODULE": "marquee.settings", "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1", "MARQUEE_REDIS_URL": args.redis,
        "MARQUEE_WAITINGROOM_PREFIX": f"bench:poll:{uuid.uuid4().hex}:"})
    sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.sessions.models import Session
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import RequestFactory

    from marquee.booking.models import Showtime
    from marquee.waitingroom import api, fastpath, gates, identity, store

    session = next(s for s in Session.objects.order_by("-expire_date")[:500]
                   if "_auth_user_id" in s.get_decoded())
    member = int(session.get_decoded()["_auth_user_id"])
    arrival = args.what == "arrival"
    showtime = Showtime.objects.order_by("pk").first().pk if arrival else 987_654
    gate = gates.open_gate([showtime], rate=0.001)
    store.client().set(store.key("ctl", gate), "1", px=3_600_000)  # rate held still
    for early in range(30):
        gates.join(gate, 10_000_000 + early)
    ticket = gates.join(gate, member, session.session_key)
    cookie = f"{settings.SESSION_COOKIE_NAME}={session.session_key}"
    django_app = WSGIHandler()
    fast_app = fastpath.QueueFastPath(django_app)

    path, expected = (f"/api/showtimes/{showtime}/seats", "409") if arrival else \
        (f"/queue/{gate}/status", "200")
    credential = (f"; {identity.COOKIE}={identity.issue(member, session.session_key)}"
                  if arrival else f"; {api.ticket_cookie_name(gate)}={ticket.token}")

    def environ(with_ticket: bool) -> dict:
        extra = credential if with_ticket else ""
        return RequestFactory().get(path, headers={
            "Accept": "application/json", "Cookie": cookie + extra, "Host": "127.0.0.1"}).environ

    def poll(app, with_ticket: bool) -> float:
        seen = {}
        started = time.process_time()
        body = b"".join(app(environ(with_ticket), lambda s, h: seen.update(status=s)))
        spent = time.process_time() - started
        assert seen["status"].startswith(expected) and b'"position"' in body, (seen, body[:200])
        return spent

    for app, with_ticket in ((django_app, False), (fast_app, True)):  # warm both
        poll(app, with_ticket)
    through_django, fast = [], []
    for _ in range(args.polls):
        through_django.append(poll(django_app, False))
        fast.append(poll(fast_app, True))
    gates.close_gate(gate)
    for key in store.client().scan_iter(match=settings.MARQUEE_WAITINGROOM_PREFIX + "*"):
        store.client().delete(key)

    def median(values):
        return sorted(values)[len(values) // 2] * 1000

    print(f"{args.what} CPU, {args.polls} each, interleaved: Django stack median "
          f"{median(through_django):.2f} ms (mean {sum(through_django) / len(through_django) * 1000:.2f}),"
          f" fast path median {median(fast):.2f} ms (mean {sum(fast) / len(fast) * 1000:.2f});"
          f" ratio of medians {median(through_django) / median(fast):.1f}x")
    print(f"load: {os.getloadavg()[0]:.1f} (1-min load average, {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
