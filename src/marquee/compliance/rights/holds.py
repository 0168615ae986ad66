"""What open requests stop (P8.3, PIPA 36–37): the engine's purpose-bound reads ask here.

* A correction or deletion request holds the items it names until it is decided:
  using or providing data before correcting it is an offence (PIPA 73①1). A deletion
  request for the whole account holds every item.
* A suspension request stops the processing it names (marketing, provision,
  statistics) from the moment it is received, and for good once accepted.
"""

from __future__ import annotations

from collections import defaultdict

from marquee.privacy.api import inventory

from .deadlines import Kind
from .models import RightsRequest

ALL_ITEMS = RightsRequest.WHOLE_ACCOUNT


def held_items(member_ids) -> dict[int, set[str]]:
    """member id → items under an open correction or deletion request."""
    held: dict[int, set[str]] = defaultdict(set)
    for member_id, items in RightsRequest.objects.filter(
            member_id__in=list(member_ids), kind__in=[Kind.CORRECTION, Kind.DELETION],
            status__in=RightsRequest.OPEN).values_list("member_id", "items"):
        items = items or ()
        held[member_id].update(inventory.items if ALL_ITEMS in items else items)
    return dict(held)


def stopped_items(member_ids) -> dict[int, set[str]]:
    """member id → items whose processing is suspended (``ALL_ITEMS``: everything)."""
    stopped: dict[int, set[str]] = defaultdict(set)
    for member_id, items in RightsRequest.objects.filter(
            member_id__in=list(member_ids), kind=Kind.SUSPENSION,
            status__in=[*RightsRequest.OPEN, RightsRequest.Status.ACCEPTED,
                        RightsRequest.Status.PARTIAL]).values_list("member_id", "items"):
        stopped[member_id].update(items or (ALL_ITEMS,))
    return dict(stopped)
