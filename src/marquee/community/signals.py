"""An attachment's file and key go with its row, however the row is deleted (the
author's deletion, a withdrawal's cascade, the retention sweep)."""

from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import Attachment


@receiver(post_delete, sender=Attachment)
def _attachment_deleted(sender, instance: Attachment, **kwargs):
    key = instance.data_key
    if not key.destroyed:
        key.destroy("첨부 이미지 삭제")  # crypto-shredding: backups of the file are unreadable too
    name = instance.stored_as
    transaction.on_commit(lambda: default_storage.delete(name), using=kwargs.get("using"))
