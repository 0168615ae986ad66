"""Member services, by job: ``verification`` (identity verification results),
``signup``, ``guardian`` (under-14 consent), ``consents`` (consent changes),
``account`` (corrections, re-verification, password reset) and ``export`` (My Page and
the data download through the providers).

This module re-exports them under their long-standing names, which settings hooks and
retention targets name by dotted path. Patch a function where it is defined (e.g.
``marquee.members.verification.discard_verification``), not here.
"""

# ruff: noqa: F401  (re-exports)
from .account import apply_reverification, request_password_reset, update_profile
from .consents import change_consents
from .errors import SignupRefused
from .export import mypage_sections, personal_data
from .guardian import (
    ADULT_AGE,
    GUARDIAN_LINK_TTL,
    discard_unconsented_children,
    guardian_contact,
    guardian_decides,
    guardian_request,
    purge_unconsented_children,
)
from .signup import (
    GUARDIAN_CONSENT_AGE,
    SignupData,
    check_identity_can_join,
    needs_guardian,
    sign_up,
)
from .verification import (
    TOMBSTONE_TTL,
    VERIFICATION_TTL,
    discard_expired_verifications,
    discard_verification,
    forget_used_verifications,
    pending_verification,
    purge_verifications,
    store_verification,
)

