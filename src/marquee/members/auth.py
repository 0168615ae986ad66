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

from . import lockout, signed_in, throttle
from .models import Member


class AccountLocked(ServiceError, PermissionDenied):
    status = 403
    code = "account_locked"

    def __init__(self, message: str | None = None, **kwargs):
        super().__init__(message or "로그인 실패가 반복되어 계정이 잠겼습니다. "
                         f"{settings.MARQUEE_LOGIN_LOCKOUT_MINUTES}분 후 다시 시도하세요.",
                         **kwargs)


class LoginThrottled(AccountLocked):
    """This source must wait before trying again (P12.9: progressive delays per source
    and per account-and-source). A kind of ``AccountLocked`` so every log-in page that
    reports a lock reports this too."""

    status = 429
    code = "account_locked"

    def __init__(self, seconds: int, **kwargs):
        minutes = max(1, -(-seconds // 60))
        self.retry_after = seconds
        super().__init__("로그인 실패가 반복되어 이 기기(네트워크)에서의 로그인이 잠시 제한되었습니다. "
                         f"{minutes}분 후 다시 시도하거나, 본인 명의 휴대폰으로 비밀번호를 "
                         "재설정하세요.", **kwargs)


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
            return self._authenticate(username, password, throttle.source_of(request))
        except PermissionDenied as refusal:
            if request is not None:
                request.login_refusal = refusal
            raise

    def _authenticate(self, username: str, password: str, source: str | None):
        """The source's wait first (it costs the attacker nothing to learn), then the lock
        (only for sources that failed on the account, P12.9), then the password."""
        member = Member.objects.find(login_id=username).first()
        wait = throttle.wait_seconds(member.pk if member else None, source)
        if wait:
            raise LoginThrottled(wait)
        if member is None:
            Member().set_password(password)  # same work either way: no timing oracle
            throttle.record_failure(None, source)
            return None
        if member.is_locked and throttle.is_suspect(member.pk, source):
            raise AccountLocked
        if not member.check_password(password):
            lockout.register_failure(member.pk)
            throttle.record_failure(member.pk, source)
            return None
        if member.failed_logins or member.locked_until:
            lockout.clear_failures(member.pk)
        throttle.clear_pair(member.pk, source)
        if member.status == Member.Status.PENDING_GUARDIAN:
            raise AwaitingGuardian
        return member if self.user_can_authenticate(member) else None

    def register_failure(self, user, request=None) -> bool:
        """A failed second factor counts like a wrong password (the back office's TOTP
        step calls this on the backend that logged the user in), for the account and for
        the source it came from. Returns locked."""
        throttle.record_failure(user.pk, throttle.source_of(request))
        return lockout.register_failure(user.pk)

    def clear_failures(self, user) -> None:
        lockout.clear_failures(user.pk)

    def get_user(self, user_id):
        """The signed-in member for each request, with the data key that seals what the
        request records about them (access records, payments) in the same query."""
        member = signed_in.member_with_key(user_id)  # compiled once per process (issue 17)
        if member is None:
            return None
        return member if self.user_can_authenticate(member) else None

    def user_can_authenticate(self, user):
        return user.is_active and user.status == Member.Status.ACTIVE
