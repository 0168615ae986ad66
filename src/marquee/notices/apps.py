from django.apps import AppConfig


class NoticesConfig(AppConfig):
    name = "marquee.notices"
    verbose_name = "공지사항"
