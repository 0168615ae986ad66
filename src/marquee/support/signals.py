"""An inquiry attachment's sealed file goes with its row, however the row is deleted (the
sweep after 3 years, a withdrawal after archiving); the key is the inquiry's, destroyed
with the inquiry (``providers.delete_inquiries``)."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from marquee.uploads import images

from .models import InquiryAttachment


@receiver(post_delete, sender=InquiryAttachment)
def _attachment_deleted(sender, instance: InquiryAttachment, **kwargs):
    images.discard(instance, using=kwargs.get("using"))
