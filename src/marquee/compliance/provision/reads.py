"""Purpose-bound reads: the only way to read personal data for marketing, provision to
a third party or statistics (P2.2, P6.1, P8.3).

``read_for(use, members, items, ...)`` checks, for every member and item:

* the item is declared for the purpose (the channel's marketing consent lists it, the
  provision rule or legal request names it, a consent for the statistics purpose lists
  it): otherwise ``PurposeViolation``, for everyone;
* the member's basis: the consent (current answer, not a past one) or membership in the
  legal request: otherwise the member is excluded;
* no open correction or deletion request holds the item and no suspension stops it
  (a suspension does not stop a provision the law compels): otherwise the item is
  withheld (and the member excluded when nothing usable is left, or when the held item
  is the channel's contact).

``manage.py check`` fails when code elsewhere reads personal fields for these purposes
(checks.py). Processor payloads have their own gate (processors.py).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from marquee.compliance.rights import holds
from marquee.privacy.api import LegalBasis, consent, inventory
from marquee.privacy.api import purposes as purpose_index

from .values import read_item

# The inventory purpose each use serves. The operator's marketing purpose covers usage
# statistics and demographic analysis too (policy §2).
USE_PURPOSES = {"marketing": "marketing", "statistics": "marketing"}
# The item a marketing channel sends to: held, it makes the member unreachable.
CHANNEL_CONTACT = {"sms": "mobile", "email": "email"}


class Use(enum.StrEnum):
    MARKETING = "marketing"
    PROVISION = "provision"
    STATISTICS = "statistics"


class PurposeViolation(Exception):
    """The items asked for are not declared for this purpose, or there is no basis."""


@dataclass
class Row:
    member: object
    values: dict

    @property
    def member_id(self) -> int:
        return self.member.pk


@dataclass
class Selection:
    use: str
    items: tuple[str, ...]
    rows: list[Row] = field(default_factory=list)
    excluded: dict[int, str] = field(default_factory=dict)  # member id → reason
    withheld: dict[int, list[str]] = field(default_factory=dict)  # member id → items

    @property
    def member_ids(self) -> list[int]:
        return [row.member_id for row in self.rows]


def _marketing_scope(channel: str, night: bool):
    key = f"marketing_{channel}"
    if key not in inventory.consents:
        raise PurposeViolation(f"광고성 정보 전송 채널 {channel!r}에 대한 동의가 선언되지 않았습니다.")
    needed = [key]
    if night:
        if channel == "email":
            raise PurposeViolation("이메일은 야간 전송 동의 대상이 아닙니다.")
        needed.append("marketing_night")
    allowed = set(inventory.consents[key].items)

    def basis(member):
        state = consent.current_state(member)
        missing = [k for k in needed if not state.get(k)]
        if missing:
            return None, "수신 동의 없음: " + ", ".join(inventory.consents[k].title for k in missing)
        return allowed, ""
    return allowed, basis


def _statistics_scope():
    purpose = inventory.purposes.get(USE_PURPOSES["statistics"])
    if purpose is None:
        raise PurposeViolation("통계 목적이 선언되지 않았습니다.")
    direct = {i.key for i in inventory.items.values()
              if any(p.key == purpose.key and p.basis != LegalBasis.CONSENT for p in i.purposes)}
    consents = purpose_index.consents_for(purpose)
    allowed = direct | {k for c in consents for k in c.items}

    def basis(member):
        state = consent.current_state(member)
        mine = direct | {k for c in consents if state.get(c.key) for k in c.items}
        return (mine, "") if mine else (None, "통계 목적 이용 동의 없음")
    return allowed, basis


def _provision_scope(rule, legal_request):
    if rule is not None:
        rule = inventory.provisions[rule] if isinstance(rule, str) else rule
        allowed = set(rule.items)

        def basis(member):
            if not consent.current_state(member).get(rule.consent):
                return None, f"제3자 제공 동의 없음: {rule.recipient}"
            return allowed, ""
        return allowed, basis
    if legal_request is not None:
        allowed = set(legal_request.items)
        named = set(legal_request.members.values_list("pk", flat=True))

        def basis(member):
            return (allowed, "") if member.pk in named else (None, "법령상 요청의 대상이 아님")
        return allowed, basis
    raise PurposeViolation("제3자 제공에는 근거(동의한 제공 규칙 또는 법령에 따른 요청)가 필요합니다.")


def read_for(use: str, members, items, *, channel: str = "", night: bool = False,
             rule=None, legal_request=None) -> Selection:
    """See the module docstring. ``members``: member instances (or a queryset)."""
    use = Use(use)
    items = tuple(dict.fromkeys(items))
    if use == Use.MARKETING:
        allowed, basis = _marketing_scope(channel, night)
    elif use == Use.STATISTICS:
        allowed, basis = _statistics_scope()
    else:
        allowed, basis = _provision_scope(rule, legal_request)
    undeclared = [k for k in items if k not in allowed]
    if undeclared:
        labels = ", ".join(inventory.items[k].label if k in inventory.items else k
                           for k in undeclared)
        raise PurposeViolation(f"{labels}: 이 목적({use.value})으로 이용하도록 선언되지 않은 "
                               "항목입니다.")
    members = list(members)
    ids = [m.pk for m in members]
    held, stopped = holds.held_items(ids), holds.stopped_items(ids)
    if legal_request is not None:
        # A suspension does not stop what a law compels (PIPA 37②1); a correction hold
        # does: providing data known to need correcting is an offence (PIPA 73①1).
        stopped = {}
    contact = CHANNEL_CONTACT.get(channel) if use == Use.MARKETING else None
    selection = Selection(use.value, items)
    for member in members:
        usable, reason = basis(member)
        stop = stopped.get(member.pk, set())
        if usable is None or holds.ALL_ITEMS in stop:
            selection.excluded[member.pk] = reason or "처리정지 요구"
            continue
        blocked = [k for k in items if k in held.get(member.pk, ()) or k in stop
                   or k not in usable]
        if blocked:
            selection.withheld[member.pk] = blocked
        keep = [k for k in items if k not in blocked]
        if not keep or (contact and contact in blocked):
            selection.excluded[member.pk] = "정정·삭제·처리정지 요구 처리 중인 항목"
            continue
        selection.rows.append(Row(member, {k: read_item(member, k) for k in keep}))
    return selection
