"""What compliance needs from the apps above it, as registries they fill (no imports up).

``notices`` registers the policy announcer; ``members`` registers the guardian contact,
the consent change and the account deletion, each in its ``AppConfig.ready()``. The privacy engine's start-up
check (``privacy.E020``) names any of them left empty.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from marquee.privacy.api import Hook


class ConsentChange(Protocol):
    """Record a member's changed consent answers the way the member app does it
    (confirmations sent, optional items dropped with their consent)."""

    def __call__(self, member: Any, answers: dict[str, bool], *, via: str,
                 actor: str) -> object: ...


class AccountDeletion(Protocol):
    """What a granted whole-account deletion (PIPA 36, P5) needs from a withdrawal: the
    members app's ``marquee.members.withdrawal`` module satisfies it."""

    WithdrawalRefused: type[Exception]

    def request(self, member, *, channel, handled_by, verification): ...

    def run(self, withdrawal): ...

    def what_is_kept(self, member) -> list[dict]: ...

    def blockers(self, member) -> list[str]: ...


# Post the notice announcing a policy version (P15.1): gets {"title", "body", "link",
# "link_label", "source"}, returns the notice (its ``get_absolute_url`` is linked).
policy_announcer: Hook[Callable[[dict], Any]] = Hook("policy_announcer")

# The guardian registered when a child joined: {"name", "mobile"}, or None (P8.5).
guardian_contact: Hook[Callable[[Any], dict | None]] = Hook("guardian_contact")

# Carry out a consent withdrawal granted on a rights request (P8).
consent_change: Hook[ConsentChange] = Hook("consent_change")

# The withdrawal a granted whole-account deletion runs: returns the handler (P5, PIPA 36).
account_deletion: Hook[Callable[[], AccountDeletion]] = Hook("account_deletion")
