"""An attachment's file and key go with its row, however the row is deleted (the
author's deletion, a withdrawal's cascade, the retention sweep)."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from marquee.uploads import images

from .models import Attachment


@receiver(post_delete, sender=Attachment)
def _attachment_deleted(sender, instance: Attachment, **kwargs):
    images.discard(instance, reason="첨부 이미지 삭제", using=kwargs.get("using"))
