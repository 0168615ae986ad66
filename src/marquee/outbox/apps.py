from django.apps import AppConfig


class OutboxConfig(AppConfig):
    name = "marquee.outbox"
    verbose_name = "발송함"
