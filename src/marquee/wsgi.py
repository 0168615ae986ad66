"""WSGI entry point."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marquee.settings")
django_application = get_wsgi_application()

# Queue polls carrying their signed ticket are answered before Django (B6, issue 17).
from marquee.waitingroom.fastpath import QueueFastPath  # noqa: E402  (needs the apps loaded)

application = QueueFastPath(django_application)


def _warm_up() -> None:
    """Pay once per process, at start, what the first requests would otherwise pay in
    the middle of traffic (an on-sale rush starts with every worker cold): importing
    every view through the URLconf, building reverse()'s table (about 0.4 s with the
    admin's URLs) and compiling the user-agent parser's regexes."""
    from django.conf import settings
    from django.urls import get_resolver
    from django.utils import translation

    from marquee.members.middleware import describe_agent

    def build_reverse_tables(resolver) -> None:
        resolver.reverse_dict  # noqa: B018  (imports the views, builds the table)
        for _prefix, namespace in resolver.namespace_dict.values():
            build_reverse_tables(namespace)  # each namespace ("payments:") has its own

    for language, _name in settings.LANGUAGES:  # the tables are built per language
        with translation.override(language):
            build_reverse_tables(get_resolver())
    describe_agent("marquee warm-up")  # matches nothing: every regex gets compiled


from marquee.deployment import startup  # noqa: E402  (needs the apps loaded above)

startup.verify()  # refuse to serve with a development stand-in or a wrong key ring
_warm_up()
