from django.apps import AppConfig


class PaymentsConfig(AppConfig):
    name = "marquee.payments"
    verbose_name = "결제"
