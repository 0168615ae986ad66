from django.apps import AppConfig


class BookingConfig(AppConfig):
    name = "marquee.booking"
    verbose_name = "예매"

    def ready(self):
        from . import catalogue  # noqa: F401  (connects its cache-invalidation receivers)
