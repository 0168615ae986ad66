"""The staff gate for django-ninja operations (P12.8): ``auth=StaffAuth(permission)``.

A session cookie authenticates (ninja's ``SessionAuth``, CSRF-checked for unsafe
methods); then ``gate.refusal`` decides. Not signed in: 401. Signed in but not a staff
account (a member): 403. A staff account whose session has not passed the second
factor: 401 (signing in through the back office, TOTP included, would help). A staff
member whose roles lack the permission: 403.
"""

from __future__ import annotations

from ninja.errors import AuthenticationError, AuthorizationError
from ninja.security import SessionAuth

from .gate import NO_PERMISSION, NOT_STAFF, NOT_VERIFIED, Gate, refusal

MESSAGES = {
    NOT_STAFF: "직원 계정만 이용할 수 있습니다.",
    NOT_VERIFIED: "백오피스에서 2단계 인증(OTP)까지 마친 직원만 이용할 수 있습니다.",
    NO_PERMISSION: "이 업무를 수행할 권한이 없습니다.",
}


class StaffAuth(SessionAuth):
    def __init__(self, permission: str = "", *, allows=None, description: str = ""):
        super().__init__()
        self.staff_gate = Gate(permission=permission, allows=allows, description=description,
                               personal_data=False)

    def authenticate(self, request, key):
        user = super().authenticate(request, key)
        if user is None:
            return None
        why = refusal(request, self.staff_gate)
        if why == NOT_VERIFIED:
            raise AuthenticationError(message=MESSAGES[why])
        if why is not None:
            raise AuthorizationError(message=MESSAGES[why])
        return user
