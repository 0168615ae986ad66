from django.apps import AppConfig


class PolicyConfig(AppConfig):
    name = "marquee.compliance.policy"
    label = "policy"
    verbose_name = "개인정보 처리방침"

    def ready(self):
        from . import checks  # noqa: F401  (registers the cookie-consent check)
