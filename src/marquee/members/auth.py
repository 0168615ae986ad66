"""Log-in by login ID through its blind index, with lockout after repeated failures.

Refusals the person must be told about (locked, awaiting the guardian) are raised as
``PermissionDenied`` subclasses, so Django's ``authenticate()`` turns them into "no user"
and stops trying other backends; the backend also leaves the refusal on the request
(``request.login_refusal``) so a log-in page reached through ``authenticate()`` (the
back office) can still say why.
"""

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from marquee.errors import ServiceError

from . import lockout
from .models import Member


class AccountLocked(ServiceError, PermissionDenied):
    status = 403
    code = "account_locked"

    def __init__(self, message: str | None = None, **kwargs):
        super().__init__(message or "로그인 실패가 반복되어 계정이 잠겼습니다. "
                         f"{settings.MARQUEE_LOGIN_LOCKOUT_MINUTES}분 후 다시 시도하세요.",
                         **kwargs)


class AwaitingGuardian(ServiceError, PermissionDenied):
    """Right password, but the guardian has not consented yet (PIPA 22-2)."""

    status = 403
    code = "awaiting_guardian"
    default_message = "법정대리인의 동의를 기다리고 있습니다. 동의가 완료되면 로그인하실 수 있습니다."


class MemberBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or not password:
            return None
        try:
            return self._authenticate(username, password)
        except PermissionDenied as refusal:
            if request is not None:
                request.login_refusal = refusal
            raise

    def _authenticate(self, username: str, password: str):
        member = Member.objects.find(login_id=username).first()
        if member is None:
            Member().set_password(password)  # same work either way: no timing oracle
            return None
        if member.is_locked:
            raise AccountLocked
        if not member.check_password(password):
            lockout.register_failure(member.pk)
            return None
        if member.failed_logins or member.locked_until:
            lockout.clear_failures(member.pk)
        if member.status == Member.Status.PENDING_GUARDIAN:
            raise AwaitingGuardian
        return member if self.user_can_authenticate(member) else None

    def register_failure(self, user) -> bool:
        """A failed second factor counts like a wrong password (the back office's TOTP
        step calls this on the backend that logged the user in). Returns locked."""
        return lockout.register_failure(user.pk)

    def clear_failures(self, user) -> None:
        lockout.clear_failures(user.pk)

    def get_user(self, user_id):
        """The signed-in member for each request, with the data key that seals what the
        request records about them (access records, payments) in the same query."""
        try:
            member = Member._default_manager.select_related("data_key").get(pk=user_id)
        except Member.DoesNotExist:
            return None
        return member if self.user_can_authenticate(member) else None

    def user_can_authenticate(self, user):
        return user.is_active and user.status == Member.Status.ACTIVE
