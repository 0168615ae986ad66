from django.contrib import admin

from .models import Notice


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
    list_display = ("published_at", "kind", "title")
    list_filter = ("kind",)
    search_fields = ("title",)

    def get_readonly_fields(self, request, obj=None):
        # A policy-change notice is evidence of when the change was announced (P15.1).
        if obj is not None and obj.kind == Notice.Kind.POLICY:
            return [f.name for f in Notice._meta.fields]
        return ["source"]

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.kind == Notice.Kind.POLICY:
            return False
        return super().has_delete_permission(request, obj)
