from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "marquee.community"
    label = "community"
    verbose_name = "커뮤니티(게시판)"

    def ready(self):
        from . import signals  # noqa: F401  (files go with their rows)
