from django.apps import AppConfig


class SupportConfig(AppConfig):
    name = "marquee.support"
    label = "support"
    verbose_name = "고객센터(1:1 문의)"

    def ready(self):
        from . import signals  # noqa: F401  (attachment files go with their rows)
