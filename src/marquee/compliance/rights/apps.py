from django.apps import AppConfig


class RightsConfig(AppConfig):
    name = "marquee.compliance.rights"
    label = "rights"
    verbose_name = "정보주체 권리 행사"

    def ready(self):
        from . import hooks  # noqa: F401  (registers the account-deletion check)
