from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "marquee.members"
    verbose_name = "회원"

    def ready(self):
        """Fill the registries of the layers below, which never import members."""
        from marquee.compliance import hooks as compliance
        from marquee.privacy.api import before_sweep

        from . import services, withdrawal
        from .identity.base import identity_providers
        from .identity.portone import PortOneProvider
        from .identity.sandbox import SandboxProvider

        identity_providers.register("sandbox", SandboxProvider)
        identity_providers.register("portone", PortOneProvider)
        # Interrupted withdrawals are finished first, so what they keep is swept too.
        before_sweep.register(withdrawal.resume_all)
        compliance.guardian_contact.register(services.guardian_contact)
        compliance.consent_change.register(services.change_consents)
        # A granted whole-account deletion request runs the withdrawal (P5, PIPA 36).
        compliance.account_deletion.register(lambda: withdrawal)
