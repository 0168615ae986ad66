"""The account-deletion handler a granted whole-account deletion runs (PIPA 36, P5).

Compliance sits below the members app and must not import it; the members app
registers its withdrawal here from ``MembersConfig.ready()``. A start-up check
(rights.E001) refuses a configuration where nothing registered, so a granted deletion
can never find no one to carry it out.
"""

from __future__ import annotations

from typing import Protocol

from django.core import checks
from django.core.exceptions import ImproperlyConfigured


class AccountDeletion(Protocol):
    """What the rights code needs from a withdrawal: the members app's
    ``marquee.members.withdrawal`` module satisfies it."""

    WithdrawalRefused: type[Exception]

    def request(self, member, *, channel, handled_by, verification): ...

    def run(self, withdrawal): ...

    def what_is_kept(self, member) -> list[dict]: ...

    def blockers(self, member) -> list[str]: ...


_handler: AccountDeletion | None = None


def register_account_deletion(handler: AccountDeletion) -> None:
    """Called once, from the AppConfig of the app that owns withdrawal."""
    global _handler
    _handler = handler


def account_deletion() -> AccountDeletion:
    if _handler is None:
        raise ImproperlyConfigured("no account-deletion handler is registered")
    return _handler


@checks.register()
def check_account_deletion(app_configs=None, **kwargs):
    if _handler is None:
        return [checks.Error(
            "no account-deletion handler is registered: a granted deletion of the whole "
            "account could not be carried out",
            hint="Call marquee.compliance.rights.hooks.register_account_deletion(...) from "
                 "the AppConfig.ready() of the app that owns withdrawal.",
            id="rights.E001")]
    return []
