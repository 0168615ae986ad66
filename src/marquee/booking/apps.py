from django.apps import AppConfig


class BookingConfig(AppConfig):
    name = "marquee.booking"
    verbose_name = "예매"
