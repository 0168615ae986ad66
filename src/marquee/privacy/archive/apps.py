from django.apps import AppConfig


class ArchiveConfig(AppConfig):
    """The separate store (P4.1): lives only in the ``archive`` database."""

    name = "marquee.privacy.archive"
    label = "archive"
    verbose_name = "분리 보관"
