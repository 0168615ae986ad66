"""Campaigns in the back office (marketing staff role): written as drafts, started and
stopped by an action; the 표시·광고 기록 is read-only evidence."""

from django.contrib import admin, messages

from . import sending
from .models import AdRecord, Campaign


@admin.register(Campaign)
class CampaignAdmin(admin.ModelAdmin):
    list_display = ("created_at", "channel", "headline", "status", "queued", "deferred",
                    "excluded")
    list_filter = ("channel", "status")
    fields = ("channel", "headline", "text", "status", "created_by", "created_at",
              "started_at", "finished_at", "queued", "deferred", "excluded")
    readonly_fields = ("status", "created_by", "created_at", "started_at", "finished_at",
                       "queued", "deferred", "excluded")
    actions = ["start_sending", "stop_sending"]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.status != Campaign.Status.DRAFT:
            return ("channel", "headline", "text", *self.readonly_fields)
        return self.readonly_fields

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description="선택한 캠페인 발송 시작(동의한 회원에게만, 일괄 발송)")
    def start_sending(self, request, queryset):
        try:
            started = [sending.start(c) for c in queryset.filter(status=Campaign.Status.DRAFT)]
        except sending.CampaignRefused as refused:
            self.message_user(request, refused.message, messages.ERROR)
            return
        self.message_user(request, f"{len(started)}개 캠페인의 발송을 시작했습니다. "
                          "발송 작업이 동의한 회원에게 나누어 보냅니다.", messages.SUCCESS)

    @admin.action(description="선택한 캠페인 발송 중단")
    def stop_sending(self, request, queryset):
        for campaign in queryset:
            sending.cancel(campaign)
        self.message_user(request, "발송을 중단했습니다. 아직 보내지 않은 메시지는 보내지 않습니다.",
                          messages.SUCCESS)


@admin.register(AdRecord)
class AdRecordAdmin(admin.ModelAdmin):
    list_display = ("sent_at", "channel", "headline", "audience_size")
    list_filter = ("channel",)
    readonly_fields = ("campaign", "channel", "sent_at", "audience_size", "headline", "text")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # destroyed by the retention sweep only, with a record
