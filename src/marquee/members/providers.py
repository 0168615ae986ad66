"""What the members app holds about a member: the member row itself, the guardian's
consent, identity verifications, access records and consent records (P8.1, P5)."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from marquee.privacy.api import (
    CRYPTO_SHRED,
    Destroyed,
    PersonalDataProvider,
    archive,
    consent,
    inventory,
)

LOGS = "접속 기록"  # the access records' line in a destruction record

MEMBER_RECORD = "회원정보(회원 1명의 개인정보 전체)"
HIDDEN = "(단방향 암호화되어 저장되며 누구도 볼 수 없습니다)"


def _member_fields(item) -> list[str]:
    return [label.rsplit(".", 1)[1] for label in item.fields
            if label.startswith("members.Member.")]


def _item_rows(member) -> list[dict]:
    """Every item stored on the member row, with its purposes and retention (P8.1)."""
    rows = []
    for item in inventory.items.values():
        names = _member_fields(item)
        if not names:
            continue
        values = {name: HIDDEN if name == "password" else getattr(member, name)
                  for name in names}
        rows.append({"key": item.key, "label": item.label, "category": item.category.label,
                     "values": values, "purposes": [p.label for p in item.purposes],
                     "retention": [f"{inventory.rules[r].label} ({inventory.rules[r].period.label})"
                                   for r in item.retention]})
    return rows


def _guardian(member) -> dict | None:
    from .models import GuardianConsent

    guardian = GuardianConsent.objects.filter(member=member).first()
    if guardian is None:
        return None
    # The guardian's own verification result (CI, DI, birthdate) is the guardian's data:
    # the child's download says when it was verified, not what it returned.
    return {"name": guardian.guardian_name, "mobile": guardian.guardian_mobile,
            "status": guardian.get_status_display(),
            "verified_at": (guardian.guardian_result or {}).get("verified_at")}


def _consent_history(member) -> list[dict]:
    return [{"consent": rec.text.title, "version": rec.text.version,
             "answer": "동의" if rec.agreed else "거부",
             "at": timezone.localtime(rec.at).isoformat(),
             "via": rec.get_via_display(), "by": rec.get_actor_display()}
            for rec in consent.history(member)]


def _access_records(member) -> list[dict]:
    return [{"at": timezone.localtime(r.at).isoformat(), "ip": r.ip, "path": r.path, "os": r.os,
             "browser": r.browser, "device": r.device, "carrier": r.carrier}
            for r in member.access_records.all()]


class MemberProvider(PersonalDataProvider):
    key = "members"
    label = "회원정보·법정대리인 동의·접속 기록·동의 기록"
    order = 10
    items = ("login_id", "password", "name", "birthdate", "gender", "mobile",
             "email", "ci", "di", "guardian_contact", "guardian_verification",
             "identity_verification_result", "pen_name", "landline", "access_ip",
             "service_use_record", "device_info", "carrier")

    def export(self, member) -> dict:
        return {"items": _item_rows(member), "guardian": _guardian(member),
                "consents": consent.current_state(member),
                "consent_history": _consent_history(member),
                "access_records": _access_records(member)}

    def held(self, member) -> set[str]:
        """Member-row items with a value, and the logs and guardian records that exist."""
        from .models import GuardianConsent

        keys = {row["key"] for row in _item_rows(member)
                if any(v not in (None, "") for v in row["values"].values())}
        if member.access_records.exists():
            keys |= {"access_ip", "service_use_record", "device_info", "carrier"}
        if GuardianConsent.objects.filter(member=member).exists():
            keys |= {"guardian_contact", "guardian_verification"}
        return keys & set(self.items)

    def kept(self, member) -> list[dict]:
        now = timezone.now()
        rows = []
        for rule_key, label in (("login_id_block", "로그인 ID(해시 값): 같은 ID로 재가입 방지"),
                                ("identity_block", "본인확인값 CI·DI(해시 값): 탈퇴 직후 재가입 방지")):
            rule = inventory.rules[rule_key]
            until = timezone.localtime(rule.period.after(now)).strftime("%Y-%m-%d %H:%M")
            rows.append({"what": label, "count": 1, "why": rule.basis, "until": until,
                         "rule": rule_key})
        return rows

    def archive(self, member, *, subject: str, at) -> dict[str, int]:
        """Keyed hashes only: the login ID and the identity cannot rejoin for a while."""
        archive.block("login_id", member.login_id_index, rule="login_id_block", since=at)
        archive.block("di", member.di_index, rule="identity_block", since=at)
        archive.block("ci", member.ci_index, rule="identity_block", since=at)
        return {}

    def erase(self, member, items) -> int:
        """Optional items on the member row are emptied (sealed like any value)."""
        count, names = 0, []
        for key in items:
            for name in _member_fields(inventory.items[key]):
                f = member._meta.get_field(name)
                if getattr(member, name) not in (None, ""):
                    count += 1
                setattr(member, name,
                        "" if isinstance(f, models.CharField | models.TextField) else None)
                names.append(name)
        if names:
            member.save(update_fields=list(dict.fromkeys(names)))
        return count

    def destroy(self, member) -> list[Destroyed]:
        """The rows around the member; the withdrawal then deletes the member and its key."""
        from .models import GuardianConsent

        access = member.access_records.all().delete()[0]
        member.consent_records.all().delete()
        GuardianConsent.objects.filter(member=member).delete()
        return [Destroyed("until_withdrawal", MEMBER_RECORD, 1, CRYPTO_SHRED),
                Destroyed("access_logs", LOGS, access, CRYPTO_SHRED)]
