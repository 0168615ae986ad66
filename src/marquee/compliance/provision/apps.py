from django.apps import AppConfig


class ProvisionConfig(AppConfig):
    name = "marquee.compliance.provision"
    label = "provision"
    verbose_name = "제3자 제공·처리위탁"

    def ready(self):
        from . import checks  # noqa: F401  (registers the purpose-bound read check)
