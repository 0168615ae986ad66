"""What a granted deletion request does (PIPA 36, P8.6, P4.1, P5.2).

* **The whole account** (``RightsRequest.WHOLE_ACCOUNT``) is deleted by the members
  app's withdrawal: the restartable state machine that moves what the law keeps (P3
  contract and payment records, the login-ID and identity blocks) to the separate store
  and destroys everything else. Compliance imports no app above it: it reaches the
  withdrawal through the handler the members app registers (``hooks.py``).
* **Named items** are planned from the inventory. An optional item (collected with
  consent) is cleared by the provider that holds it (``marquee.privacy.providers``):
  its fields on the member are emptied, its rows deleted, in the caller's transaction. An item a law requires to be kept is not deleted, and the reply cites the
  retention rule's legal basis; an item the membership needs (required at signup) or a
  record the service generates goes only with the whole account.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps

from marquee.compliance.hooks import account_deletion
from marquee.compliance.provision.values import member_link
from marquee.privacy.api import Category, Item, RetentionRule, inventory, providers

# How a request's channel is recorded on the withdrawal it leads to. A request made in
# person is made on the written request form (시행령 41①), hence "letter".
WITHDRAWAL_CHANNEL = {"web": "mypage", "phone": "phone", "letter": "letter",
                      "email": "email", "visit": "letter"}


def withdrawals():
    """The registered account-deletion handler (the members app's withdrawal)."""
    return account_deletion()


@dataclass(frozen=True)
class Kept:
    """An item a deletion request named that stays, and why (in the reply's words)."""

    key: str
    reason: str


@dataclass
class Plan:
    erase: list[str] = field(default_factory=list)
    kept: list[Kept] = field(default_factory=list)


def legal_rule(item: Item) -> RetentionRule | None:
    """The retention rule by which a law requires the item to be kept, if any (P3)."""
    for key in item.retention:
        rule = inventory.rules.get(key)
        if rule is not None and rule.citation:
            return rule
    return None


def retention_basis(rule: RetentionRule) -> str:
    """'계약 또는 청약철회 등에 관한 기록: 전자상거래법 제6조, … 계약일로부터 5년'."""
    return (f"{rule.label}: {rule.citation or rule.basis}에 따라 "
            f"{rule.trigger.label} {rule.period.label}간 보관")


def _locations(item: Item):
    for label in item.fields:
        app_label, model_name, field_name = label.split(".")
        model = apps.get_model(app_label, model_name)
        yield model, model._meta.get_field(field_name), member_link(model)


def erasable(item: Item) -> bool:
    """An optional item held on the member (a blank-able field) or on rows of its own."""
    if item.category != Category.OPTIONAL or legal_rule(item) is not None:
        return False
    return all(link is not None and (link != "self" or f.blank)
               for _, f, link in _locations(item))


def _reason(item: Item) -> str:
    rule = legal_rule(item)
    if rule is not None:
        return (f"{item.label}: 법령에 따라 보관해야 하는 기록입니다({retention_basis(rule)} 후 "
                "파기).")
    if item.category == Category.REQUIRED:
        return (f"{item.label}: 회원 가입 계약의 이행에 필요한 필수 항목이므로 회원 탈퇴(계정 "
                "전체 삭제)로만 삭제할 수 있습니다.")
    return (f"{item.label}: 서비스 이용 과정에서 생성되는 기록으로 항목별로 삭제할 수 없으며, "
            "회원 탈퇴 시 함께 파기합니다.")


def plan(keys) -> Plan:
    """Which of the named items a deletion clears now, and which stay (with the reason)."""
    result = Plan()
    for key in keys:
        item = inventory.items.get(key)
        if item is None:
            continue
        if erasable(item):
            result.erase.append(key)
        else:
            result.kept.append(Kept(key, _reason(item)))
    return result


def erase(member, keys) -> dict[str, int]:
    """Clear the items (``plan(...).erase``) in the caller's transaction, each through
    the provider that holds it. Returns item key -> number of values or rows removed
    (never the values)."""
    for key in keys:
        if not erasable(inventory.items[key]):
            raise ValueError(f"{key} cannot be erased on its own")
    return providers.erase(member, keys)
