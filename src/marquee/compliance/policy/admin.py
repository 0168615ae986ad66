"""Published versions are evidence of what members were told: read-only in the admin.
Publish with ``manage.py policy publish`` (it enforces the notice period)."""

from django.contrib import admin

from .models import PolicyVersion


@admin.register(PolicyVersion)
class PolicyVersionAdmin(admin.ModelAdmin):
    list_display = ("number", "title", "effective_on", "published_at", "published_by",
                    "material", "lead_days", "notice_url")
    exclude = ("document",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
