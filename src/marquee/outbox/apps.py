from django.apps import AppConfig


class OutboxConfig(AppConfig):
    name = "marquee.outbox"
    verbose_name = "발송함"

    def ready(self):
        """Register the built-in channel backends and the start-up checks."""
        from . import (
            checks,  # noqa: F401 - registers the checks
            registry,
        )
        from .backends import DjangoEmailBackend, StoreOnlyBackend
        from .sms import HttpSmsBackend

        registry.register("store", StoreOnlyBackend)
        registry.register("email", DjangoEmailBackend)
        registry.register("sms_http", HttpSmsBackend)
