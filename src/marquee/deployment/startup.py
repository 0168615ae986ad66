"""The start-up verification of a server process (P12.7, P12.12).

``runserver`` and ``migrate`` run the system checks before they start; gunicorn and
uwsgi only import ``marquee.wsgi``, which calls ``verify()`` so that a production
process with a development stand-in or a wrong key ring refuses to serve instead of
answering its first requests with errors.
"""

from __future__ import annotations

from django.core import checks
from django.core.exceptions import ImproperlyConfigured


class StartupRefused(ImproperlyConfigured):
    """The process must not serve: the message lists every serious check failure."""


def verify() -> None:
    """Run the system checks (as ``runserver`` does) and refuse on any error."""
    serious = [m for m in checks.run_checks() if m.is_serious() and not m.is_silenced()]
    if serious:
        lines = [f"{m.id}: {m.msg}" + (f" HINT: {m.hint}" if m.hint else "") for m in serious]
        raise StartupRefused("The server refuses to start:\n  " + "\n  ".join(lines))
