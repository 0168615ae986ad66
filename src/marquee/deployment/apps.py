from django.apps import AppConfig


class DeploymentConfig(AppConfig):
    name = "marquee.deployment"
    verbose_name = "배포 점검"

    def ready(self):
        from . import checks  # noqa: F401  (registers the production checks)
