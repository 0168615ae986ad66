#!/usr/bin/env python
"""What every signed-in request costs before its view, layer by layer (issue 17).

The fixed cost of a request (the queue fast path, the WSGI request, each middleware,
the session, the signed-in member, the access record) is paid by every step of a
booking. This replays one cheap signed-in request, a seat map revalidated with its ETag
(304), many times through what gunicorn serves (``marquee.wsgi.application``), in one
process on a database a ``booking_rush.py`` run left behind, and prints per layer the
median CPU of this thread (``time.thread_time``) spent in it and not in the layers
inside it: each middleware (its ``__call__``, ``process_request`` and
``process_response``, and what it makes lazy objects do when it touches them: the
session is loaded where a middleware first reads it, the member where one first asks
``request.user``), the view (URL resolution included), and what lies outside the
middleware chain (the fast path, building the ``WSGIRequest``, the end-of-request
signals). The access record's batch insert runs on the spool's thread and is left out.

    PYTHONPATH=src python bench/request_floor.py --db m_rush_bench --requests 400
    PYTHONPATH=src valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=floor.out \
        python bench/request_floor.py --db m_rush_bench --requests 50 --callgrind
    callgrind_annotate floor.out | head   # instructions of the 50 requests ("PROGRAM TOTALS")
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import time
from collections import defaultdict

from hot_path_cpu import database_arguments, fresh_showtime, member_sessions, server_environment


class Layers:
    """Inclusive thread CPU of each layer of the middleware chain, per request."""

    def __init__(self):
        self.order: list[str] = []  # outermost first, once the chain is built
        self.spent: dict[str, int] = defaultdict(int)

    def install(self) -> None:
        """Wrap every layer Django's handler builds (``load_middleware`` converts each
        middleware, and the innermost ``_get_response``, with this function)."""
        from django.core.handlers import base

        original = base.convert_exception_to_response

        def timed(inner):
            converted = original(inner)
            name = "view" if getattr(inner, "__name__", "") == "_get_response" else type(inner).__name__
            self.order.insert(0, name)

            def call(request):
                started = time.thread_time_ns()
                try:
                    return converted(request)
                finally:
                    self.spent[name] += time.thread_time_ns() - started
            return call

        base.convert_exception_to_response = timed

    def exclusive(self, total: int) -> dict[str, int]:
        """Each layer's own share of one request's ``total`` nanoseconds."""
        names = [name for name in self.order if name in self.spent]
        inclusive = [self.spent[name] for name in names] + [0]
        own = {"outside the chain": total - inclusive[0]}
        own.update({name: inclusive[i] - inclusive[i + 1] for i, name in enumerate(names)})
        return own


def callgrind(enabled: bool, state: str) -> None:
    """Switch callgrind's instrumentation of this process on or off (instruction counts
    do not depend on what else the machine runs, unlike CPU times)."""
    if enabled:
        subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], check=True,
                       stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    database_arguments(parser)
    parser.add_argument("--members", type=int, default=20)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--callgrind", action="store_true",
                        help="under valgrind --tool=callgrind --instr-atstart=no: count "
                             "instructions of the measured requests only")
    args = parser.parse_args()
    server_environment(args)
    import django

    django.setup()
    layers = Layers()
    layers.install()
    from django.test import RequestFactory

    from marquee.wsgi import application

    path = f"/api/showtimes/{fresh_showtime().pk}/seats"
    factory, keys, etag = RequestFactory(), member_sessions(args.members), {}

    def one(key: str) -> int:
        """One request of this member's (a 304 once they have the map's ETag)."""
        headers = {"Cookie": f"sessionid={key}; csrftoken={'x' * 32}", "Host": "127.0.0.1"}
        if key in etag:
            headers["If-None-Match"] = etag[key]
        environ, seen = factory.get(path, headers=headers).environ, {}
        layers.spent.clear()
        started = time.thread_time_ns()
        b"".join(application(environ, lambda status, h: seen.update(status=status, h=dict(h))))
        assert seen["status"][:3] in ("200", "304"), seen["status"]
        etag[key] = dict(seen["h"]).get("ETag", etag.get(key, ""))
        return time.thread_time_ns() - started

    # This process's first request pays what the worker's warm-up left undone (a cold
    # worker at the start of a rush); each member's first request (a 200) gets the ETag.
    cold = one(keys[0])
    for key in keys[1:]:
        one(key)
    samples: dict[str, list[int]] = defaultdict(list)
    callgrind(args.callgrind, "on")
    for n in range(args.requests):
        total = one(keys[n % len(keys)])
        for name, ns in {"whole request": total, **layers.exclusive(total)}.items():
            samples[name].append(ns)
    callgrind(args.callgrind, "off")
    print(f"{args.requests} signed-in seat-map 304s, load average {os.getloadavg()[0]:.1f}")
    print(f"first request of the process (a cold worker's first seat map, 200): {cold / 1e6:.1f} ms")
    print(f"{'layer':<36} {'median µs':>10} {'mean µs':>9}")
    for name, values in samples.items():
        print(f"{name:<36} {statistics.median(values) / 1000:>10.1f} "
              f"{statistics.mean(values) / 1000:>9.1f}")


if __name__ == "__main__":
    main()
