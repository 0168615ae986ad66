"""gunicorn's settings for a Marquee web node, the ones production runs and the booking
rush benchmark starts (``bench/booking_rush.py``), so that the figures it prints are the
production server's:

    gunicorn -c python:marquee.deployment.gunicorn_conf -b 127.0.0.1:8000 marquee.wsgi

Synchronous workers, ``2 × cores + 1`` of them (gunicorn's own rule; ``WEB_CONCURRENCY``
overrides it). A web node sits behind nginx (``docs/scaling.md``), which buffers slow
clients, so a worker only ever waits on PostgreSQL and Redis; the extra worker per core
covers those waits. On the 2-core benchmark machine synchronous workers sold more seats
per second than threaded ones (``bench/README.md``): every request holds the GIL for
nearly all of its time, so threads in one process only add switching.
"""

import os

workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * (os.cpu_count() or 1) + 1)
worker_class = "sync"
timeout = 60
graceful_timeout = 5
