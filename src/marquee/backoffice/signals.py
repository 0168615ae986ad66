"""A staff OTP device's data key goes with its row, however the row is deleted (an OTP
reset, the account's disabling, a cascade): its sealed secret is then unreadable in
backups too."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import SealedTOTPDevice


@receiver(post_delete, sender=SealedTOTPDevice)
def _device_deleted(sender, instance: SealedTOTPDevice, **kwargs):
    key = instance.data_key
    if not key.destroyed:
        key.destroy("직원 OTP 기기 삭제")
