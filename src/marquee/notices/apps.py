from django.apps import AppConfig


class NoticesConfig(AppConfig):
    name = "marquee.notices"
    verbose_name = "공지사항"

    def ready(self):
        """Policy versions are announced here (compliance imports no app above it)."""
        from marquee.compliance.hooks import policy_announcer

        from .services import announce_policy_version

        policy_announcer.register(announce_policy_version)
