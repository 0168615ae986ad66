"""Boards are configuration (names, kinds, posting periods); posts are not edited here.

Posts, comments and reports are handled on the moderation pages (``community:moderation``),
where removal needs one of the §11 reasons and is recorded.
"""

from django.contrib import admin

from .models import Board


@admin.register(Board)
class BoardAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "kind", "is_active", "posting_opens_at", "posting_closes_at",
                    "display_days", "allow_attachments", "position"]
    list_editable = ["position"]
