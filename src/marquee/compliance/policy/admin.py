"""Published versions are evidence of what members were told: read-only in the admin.
Publish with ``manage.py policy publish`` (it enforces the notice period)."""

from django.contrib import admin

from marquee.backoffice.admin_base import ReadOnlyAdminMixin

from .models import PolicyVersion


@admin.register(PolicyVersion)
class PolicyVersionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("number", "title", "effective_on", "published_at", "published_by",
                    "material", "lead_days", "notice_url")
    exclude = ("document",)
