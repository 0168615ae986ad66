"""What the member pages share: the identity-verification session keys and the consent
screen's context (L1.1)."""

from __future__ import annotations

from django.urls import reverse

from marquee.privacy.api import Category, LegalBasis, inventory

from .. import verification
from ..identity.base import VerificationFailed, get_provider
from ..models import IdentityVerification

SESSION_CONSENTS = "signup_consents"
SESSION_GUARDIAN_TOKEN = "guardian_token"


def session_key(purpose: str) -> str:
    return f"identity_verification:{purpose}"


def consent_context():
    """L1.1: contract items listed apart from the consents, each consent in full."""
    contract_items = [i for i in inventory.items.values()
                      if i.category == Category.REQUIRED and i.channel == "signup"
                      and all(p.basis != LegalBasis.CONSENT for p in i.purposes)]
    # Required consents first, then the optional ones, each group in its own box.
    return {"contract_items": contract_items, "rules": inventory.rules, "items": inventory.items,
            "consent_groups": (True, False)}


def start_url(request, purpose: str) -> str:
    return get_provider().start_url(request, purpose=purpose,
                                    return_url=reverse("members:identity_callback"))


def pending(request, purpose: str) -> IdentityVerification | None:
    vault_id = request.session.get(session_key(purpose))
    if not vault_id:
        return None
    try:
        return verification.pending_verification(vault_id, purpose)
    except VerificationFailed:
        return None
