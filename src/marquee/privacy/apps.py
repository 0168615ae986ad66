from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PrivacyConfig(AppConfig):
    name = "marquee.privacy"
    verbose_name = "개인정보 보호"

    def ready(self):
        from django.core import checks as django_checks

        from . import checks, jobs, outbound, providers  # noqa: F401  (register the checks)
        from .consent import sync_consent_texts
        from .hooks import check_hooks
        from .inventory import autodiscover
        from .vault import canary  # noqa: F401  (registers the key-ring check, P12.12)

        autodiscover()
        django_checks.register(check_hooks)
        post_migrate.connect(_sync_after_migrate, sender=self)
        self._sync = sync_consent_texts


def _sync_after_migrate(sender, using="default", **kwargs):
    if using == "default":
        sender._sync()
        from .vault import canary

        canary.ensure()  # the key ring's canary, once the tables exist (P12.12)
