from django.apps import AppConfig


class MarketingConfig(AppConfig):
    name = "marquee.marketing"
    verbose_name = "광고성 정보 전송"

    def ready(self):
        """The relay's last look at every advertisement, and e-mail unsubscribe headers."""
        from marquee.outbox import registry

        from . import guard
        from .models import AD_KIND

        registry.register_guard(AD_KIND, guard.last_look)
        registry.register_headers(AD_KIND, guard.unsubscribe_headers)
