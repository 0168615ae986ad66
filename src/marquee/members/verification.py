"""Identity verification results (P1.2, P3.1): kept, sealed under a key of their own,
only until the step that uses them; each result is usable once."""

from __future__ import annotations

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from marquee.privacy.api import blind_index

from .identity.base import VerificationFailed, VerifiedIdentity
from .models import IdentityVerification, UsedVerification

VERIFICATION_TTL = timedelta(minutes=30)
TOMBSTONE_TTL = timedelta(days=1)


def store_verification(identity: VerifiedIdentity, purpose: str) -> IdentityVerification:
    """Keep a fresh result until the step that uses it; each result is usable once."""
    index = blind_index("verification-transaction", f"{identity.provider}:{identity.transaction_id}")
    try:
        with transaction.atomic():
            UsedVerification.objects.create(transaction_index=index)
            return IdentityVerification.objects.create(
                provider=identity.provider, transaction_index=index, purpose=purpose,
                result=identity.to_json(), expires_at=timezone.now() + VERIFICATION_TTL)
    except IntegrityError:
        raise VerificationFailed("이미 사용된 본인확인 결과입니다. 다시 인증해 주세요.") from None


def pending_verification(vault_id, purpose: str) -> IdentityVerification:
    record = IdentityVerification.objects.select_related("data_key").filter(
        vault_id=vault_id, purpose=purpose).first()
    if record is None or record.expires_at <= timezone.now():
        raise VerificationFailed("본인확인 정보가 없거나 만료되었습니다. 다시 인증해 주세요.")
    return record


def discard_verification(record: IdentityVerification) -> None:
    """The purpose is achieved: shred the key, then drop the row."""
    key = record.data_key
    record.delete()
    key.destroy("본인확인 결과 사용 완료")


def purge_verifications(queryset) -> int:
    """Retention purge: shred each result's own key, then drop the rows."""
    count = 0
    for record in queryset.select_related("data_key"):
        with transaction.atomic():
            discard_verification(record)
        count += 1
    return count


def discard_expired_verifications() -> int:
    """Results nobody used in time: their purpose lapsed, so they go (P3.1)."""
    return purge_verifications(IdentityVerification.objects.filter(expires_at__lte=timezone.now()))


def forget_used_verifications() -> int:
    """Tombstones outlive every result they guard (results expire after minutes)."""
    cutoff = timezone.now() - TOMBSTONE_TTL
    return UsedVerification.objects.filter(used_at__lt=cutoff).delete()[0]
