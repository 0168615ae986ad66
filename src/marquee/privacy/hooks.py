"""Work other apps need done before a sweep (e.g. finishing interrupted withdrawals,
so that what they kept is swept under the same rules). Apps register a dotted path in
``settings.MARQUEE_BEFORE_SWEEP``; the engine imports no domain app by name."""

from django.conf import settings
from django.utils.module_loading import import_string


def before_sweep() -> None:
    for path in getattr(settings, "MARQUEE_BEFORE_SWEEP", ()):
        import_string(path)()
