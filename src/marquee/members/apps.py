from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "marquee.members"
    verbose_name = "회원"

    def ready(self):
        """A granted whole-account deletion request runs the withdrawal (P5, PIPA 36)."""
        from marquee.compliance.rights.hooks import register_account_deletion

        from . import withdrawal

        register_account_deletion(withdrawal)
