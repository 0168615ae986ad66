"""Models a new engineer might write, each with one mistake ``manage.py check`` must catch."""

from django.db import models

from marquee.privacy.checks import personal
from marquee.privacy.vault.fields import EncryptedCharField
from marquee.privacy.vault.models import VaultModel


class Newsletter(VaultModel):
    """Someone added a field without declaring it: ``manage.py check`` must fail."""

    subscriber_email = EncryptedCharField(item="newsletter_email", max_length=254)
    phone = models.CharField(max_length=20)
    # What used to read personal(..., storage="encrypted"): declared, marked, but a plain
    # CharField, and no reason why it may be readable.
    referrer = personal(models.CharField(max_length=100), item="newsletter_referrer")
    notes = models.TextField(blank=True)  # free text: personal unless waived

    def vault_data_key(self):
        return None


class Coupon(models.Model):
    """An encrypted field on a model that is not a vault model: it could never be sealed."""

    holder = EncryptedCharField(item="coupon_holder", max_length=50)
