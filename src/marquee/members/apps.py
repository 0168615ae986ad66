from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "marquee.members"
    verbose_name = "회원"
