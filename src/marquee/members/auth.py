"""Log-in by login ID through its blind index, with lockout after repeated failures."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from .models import Member


class AccountLocked(PermissionDenied):
    pass


class AwaitingGuardian(PermissionDenied):
    """Right password, but the guardian has not consented yet (PIPA 22-2)."""


class MemberBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or not password:
            return None
        member = Member.objects.find(login_id=username).first()
        if member is None:
            Member().set_password(password)  # same work either way: no timing oracle
            return None
        if member.is_locked:
            raise AccountLocked
        if not member.check_password(password):
            self._register_failure(member)
            return None
        if member.failed_logins:
            Member.objects.filter(pk=member.pk).update(failed_logins=0, locked_until=None)
        if member.status == Member.Status.PENDING_GUARDIAN:
            raise AwaitingGuardian
        return member if self.user_can_authenticate(member) else None

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

    @staticmethod
    def _register_failure(member: Member) -> None:
        failures = member.failed_logins + 1
        locked_until = None
        if failures >= settings.MARQUEE_LOGIN_MAX_FAILURES:
            locked_until = timezone.now() + timedelta(minutes=settings.MARQUEE_LOGIN_LOCKOUT_MINUTES)
            failures = 0
        Member.objects.filter(pk=member.pk).update(failed_logins=failures,
                                                   locked_until=locked_until)
