from django.db import models

from marquee.privacy.vault.fields import EncryptedCharField
from marquee.privacy.vault.models import VaultModel


class Newsletter(VaultModel):
    """Someone added a field without declaring it: ``manage.py check`` must fail."""

    subscriber_email = EncryptedCharField(item="newsletter_email", max_length=254)
    phone = models.CharField(max_length=20)

    def vault_data_key(self):
        return None
