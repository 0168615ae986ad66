from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "marquee.events"
    verbose_name = "이벤트"
    default_auto_field = "django.db.models.BigAutoField"
