"""Who a campaign may reach (P2.2, P8.3): members who consented to the channel, read
through the purpose-bound marketing read, one batch at a time.

``candidates`` narrows the members table in the database (active members whose latest
answer to the channel's consent is yes, after the cursor) so that a batch is mostly
useful; ``select`` then asks ``read_for`` (consent again, correction and deletion holds,
suspensions) and returns only what it allows. Nothing here holds more than one batch.
"""

from __future__ import annotations

from django.db.models import OuterRef, Subquery

from marquee.compliance.provision.reads import read_for
from marquee.members.models import Member
from marquee.privacy.api import ConsentRecord

# The item each channel sends to; app push reaches the member's signed-in app, so it
# needs only the member (the push consent's one item, the name, is not sent).
CONTACT_ITEM = {"sms": "mobile", "email": "email", "push": "name"}


def candidates(channel: str, *, after: int = 0):
    latest = (ConsentRecord.objects.filter(member=OuterRef("pk"), text__key=f"marketing_{channel}")
              .order_by("-at", "-id").values("agreed")[:1])
    return (Member.objects.filter(status=Member.Status.ACTIVE, is_staff=False, pk__gt=after)
            .annotate(channel_agreed=Subquery(latest)).filter(channel_agreed=True)
            .select_related("data_key").order_by("pk"))


def select(channel: str, members, *, night: bool = False):
    """``read_for``'s selection of ``members`` for an advertisement on ``channel``."""
    return read_for("marketing", members, [CONTACT_ITEM[channel]], channel=channel, night=night)


def address_for(channel: str, row) -> str:
    if channel == "push":
        return f"member:{row.member_id}"
    value = row.values[CONTACT_ITEM[channel]]
    # A multi-field item reads as {field: value}: the mobile item also holds the carrier.
    return value[CONTACT_ITEM[channel]] if isinstance(value, dict) else value
