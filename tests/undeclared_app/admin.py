"""An admin that shows a personal field through Django's plain display."""

from django.contrib import admin

from marquee.backoffice.admin_base import PersonalDataAdmin

from .models import Newsletter


@admin.register(Newsletter)
class NewsletterAdmin(PersonalDataAdmin):
    personal = {"phone": "phone"}
    plain_fields = ("subscriber_email",)  # shown unmasked: privacy.E014
