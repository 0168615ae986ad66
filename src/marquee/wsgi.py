"""WSGI entry point."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marquee.settings")
application = get_wsgi_application()


def _warm_up() -> None:
    """Pay once per process, at start, what the first requests would otherwise pay in
    the middle of traffic (an on-sale rush starts with every worker cold): importing
    every view through the URLconf and compiling the user-agent parser's regexes."""
    from django.urls import get_resolver

    from marquee.members.middleware import describe_agent

    get_resolver().url_patterns  # noqa: B018  (imports the views)
    describe_agent("marquee warm-up")  # matches nothing: every regex gets compiled


_warm_up()
