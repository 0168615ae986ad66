"""Personal-data providers: what each app holds about a member, in one small class per
kind of data (pretix's data shredders).

Each app that stores personal data about a member declares provider instances in its
``privacy.py`` as ``PROVIDERS = [...]``; the inventory collects them with the other
declarations. My Page, the data download, rights erasure and withdrawal only loop over
providers, so adding an app never edits the members app, and the engine never names an
app. A system check (``check_providers``) refuses an item stored outside the member
model that no provider lists: such an item would silently be missing from the member's
download and survive a withdrawal.

Every method has a harmless default, so a provider implements only what its data needs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core import checks

from .inventory import inventory


@dataclass(frozen=True)
class Destroyed:
    """One line of a destruction record: how many records of a kind went, under which
    retention rule, and how (``method``; empty means the engine's row-delete wording)."""

    rule: str
    category: str
    count: int
    method: str = ""


class PersonalDataProvider:
    """What one app holds about a member, and how it is shown, kept and destroyed.

    ``key`` names the provider, ``label`` (Korean) says what it holds, ``items`` are the
    inventory item keys it is responsible for, ``order`` places it in My Page and the
    download (low first); withdrawal destroys in the reverse order, so data that points
    at rows of a lower app (a payment at its booking) goes before those rows.
    """

    key: str = ""
    label: str = ""
    items: tuple[str, ...] = ()
    order: int = 100

    def export(self, member) -> dict:
        """This provider's part of the JSON download (P8.1): JSON-ready values."""
        return {}

    def held(self, member) -> set[str]:
        """The items this provider actually holds about the member now (the yearly usage
        notice is generated from this, L5.3). By default every item when its part of the
        download has anything in it; a provider whose items live apart overrides it."""
        return set(self.items) if any(v for v in self.export(member).values()) else set()

    def mypage(self, member) -> dict | None:
        """A My Page section: ``{"template": name, **context}``, or None for no section."""
        return None

    def blockers(self, member) -> list[str]:
        """Open business a withdrawal would destroy the means to settle (Korean texts)."""
        return []

    def kept(self, member) -> list[dict]:
        """What a withdrawal keeps: rows of ``what, count, why, until, rule``."""
        return []

    def archive(self, member, *, subject: str, at) -> dict[str, int]:
        """Copy what the law keeps into the separate store; idempotent (keyed by source).
        ``subject`` is the archive subject index, ``at`` when the withdrawal was asked.
        Returns retention rule -> number of records kept."""
        return {}

    def erase(self, member, items: Iterable[str]) -> int:
        """Clear the given optional items (a rights request or a withdrawn consent) in the
        caller's transaction; returns how many values or rows went."""
        return 0

    def destroy(self, member) -> list[Destroyed]:
        """Delete everything this provider holds about the member, inside the withdrawal's
        destroy transaction, before the member row and its data key go."""
        return []

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.key}>"


def providers() -> list[PersonalDataProvider]:
    """Every declared provider, in display order."""
    return sorted(inventory.providers.values(), key=lambda p: (p.order, p.key))


def provider_of(item_key: str) -> PersonalDataProvider | None:
    for provider in providers():
        if item_key in provider.items:
            return provider
    return None


def export(member) -> dict:
    """The whole data download: each provider's part, merged in order."""
    data: dict = {}
    for provider in providers():
        data.update(provider.export(member))
    return data


def held(member) -> set[str]:
    """Every item some provider holds about the member now (L5.3)."""
    return {key for p in providers() for key in p.held(member)}


def mypage_sections(member) -> list[dict]:
    return [s for s in (p.mypage(member) for p in providers()) if s]


def blockers(member) -> list[str]:
    return [reason for p in providers() for reason in p.blockers(member)]


def kept(member) -> list[dict]:
    return [row for p in providers() for row in p.kept(member)]


def erase(member, keys: Iterable[str]) -> dict[str, int]:
    """Clear each named item through the provider that holds it: item key -> count."""
    removed = {}
    for key in keys:
        provider = provider_of(key)
        if provider is None:
            raise ValueError(f"no provider holds {key!r}")
        removed[key] = provider.erase(member, [key])
    return removed


# --- system check -------------------------------------------------------------------


def _outside_member_model(item) -> bool:
    user_model = settings.AUTH_USER_MODEL.lower()
    return bool(item.stores) or any(label.rsplit(".", 1)[0].lower() != user_model for label in item.fields)


@checks.register("privacy")
def check_providers(app_configs=None, **kwargs):
    """privacy.E050: an item stored outside the member model that no provider lists is
    exported by nobody (and destroyed by nobody at withdrawal)."""
    if app_configs is not None:
        return []
    listed = {key for p in inventory.providers.values() for key in p.items}
    errors = []
    for item in inventory.items.values():
        if _outside_member_model(item) and item.key not in listed:
            errors.append(checks.Error(
                f"personal-data item {item.key!r} is stored outside the member model and "
                "no provider lists it: no provider exports it",
                hint="List it in the `items` of a PersonalDataProvider in the owning app's "
                     "privacy.py (PROVIDERS = [...]).",
                id="privacy.E050"))
    for p in inventory.providers.values():
        for key in p.items:
            if key not in inventory.items:
                errors.append(checks.Error(
                    f"provider {p.key!r} lists undeclared item {key!r}", id="privacy.E051"))
    return errors
