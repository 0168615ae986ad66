from django.apps import AppConfig


class UploadsConfig(AppConfig):
    """Scanned, re-encoded, sealed image uploads (P12.2), shared by the boards and the
    customer centre. No models: each app keeps its own attachment rows and declares them."""

    name = "marquee.uploads"
    label = "uploads"
    verbose_name = "첨부 파일 검사·보관"

    def ready(self):
        from . import checks  # noqa: F401  (deploy check: no test signatures in production)
