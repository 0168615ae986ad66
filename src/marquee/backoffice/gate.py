"""The one staff gate (P12.8): every staff action, wherever it is served, passes here.

A staff action needs three things: a personal staff account (``StaffProfile``, not
disabled), a session that passed the second factor (TOTP, through the back office's
log-in), and the permission the action needs, from one of the staff member's roles.
A password-only session (a staff member who stopped before the TOTP step, or one who
tried the member log-in) is no staff session at all.

The same decision serves the three kinds of entry point, so none can forget a part:

* Django views: ``@staff_view(permission=...)`` (``decorators.py``);
* django-ninja operations: ``auth=StaffAuth(permission)`` (``api_auth.py``);
* the admin site: ``BackOfficeSite.has_permission`` plus Django's model permissions.

Each gated view carries its ``Gate`` as ``view.staff_gate``, so a test can walk the URL
configuration and prove every one of them refuses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .sites import is_staff_account, otp_verified

# Why a request is refused: the first two need the staff log-in (password, then TOTP);
# the last is final for this account (another log-in would not help).
NOT_STAFF = "not_staff"
NOT_VERIFIED = "not_verified"
NO_PERMISSION = "no_permission"


@dataclass(frozen=True)
class Gate:
    """What one staff entry point needs besides a verified staff session.

    ``permission`` is an ``"app_label.codename"`` permission (the usual case); ``allows``
    a predicate on the user for the few pages reserved to a role rather than a model
    permission; ``description`` says which, for refusals and docs.
    """

    permission: str = ""
    allows: Callable | None = None
    description: str = ""
    personal_data: bool = True

    def __post_init__(self):
        if not (self.permission or self.allows):
            raise ValueError("A staff gate names the permission (or role) it needs.")

    def permits(self, user) -> bool:
        if self.permission and not user.has_perm(self.permission):
            return False
        return self.allows is None or bool(self.allows(user))


def refusal(request, gate: Gate) -> str | None:
    """Why ``request`` may not pass ``gate`` (one of the constants above), or None."""
    user = request.user
    if not is_staff_account(user):
        return NOT_STAFF
    if not otp_verified(request):
        return NOT_VERIFIED
    if not gate.permits(user):
        return NO_PERMISSION
    return None


def holds_a_role(user) -> bool:
    """Any current staff role (for staff tools that are not about one model)."""
    from .roles import roles_of

    return bool(roles_of(user)) or user.is_superuser


def holds_role(key: str) -> Callable:
    """A predicate: the user holds the role ``key`` (``roles.ROLES``)."""
    def allows(user) -> bool:
        from .roles import roles_of

        return key in {r.key for r in roles_of(user)}

    allows.__name__ = f"holds_role_{key}"
    return allows
