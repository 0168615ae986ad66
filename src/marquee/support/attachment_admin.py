"""Images attached to inquiries, for agents: masked by default (P11.2, P12.3).

An image may show anything (a card, an ID, someone else's face), so it is treated as a
personal field: the page shows its type and scan record, and the image itself only
after the agent unmasks it with a reason (``reveal/stored_as/``), for the reveal's few
minutes. Every page view, reveal and image fetch is in the staff access log."""

from __future__ import annotations

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.html import format_html

from marquee.backoffice import services as backoffice
from marquee.backoffice.admin_base import PersonalDataAdmin, current_state, pledge_redirect

from .models import InquiryAttachment

FIELD = "stored_as"


@admin.register(InquiryAttachment)
class InquiryAttachmentAdmin(PersonalDataAdmin):
    personal = {FIELD: "generic"}
    plain_fields = ("inquiry", "content_type", "width", "height", "size", "scanner",
                    "scanned_at", "image")
    list_head = ("pk", "inquiry", "content_type")
    list_tail = ("scanned_at",)
    subject_path = "message.inquiry.member_id"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("message__inquiry")

    @admin.display(description="문의")
    def inquiry(self, obj):
        inquiry = obj.message.inquiry
        return format_html('<a href="{}">문의 {}</a>',
                           reverse("admin:support_inquiry_handle", args=[inquiry.pk]),
                           inquiry.number)

    def revealed(self, request, obj) -> bool:
        return FIELD in self.policy(request).reveal and \
            (self.label, str(obj.pk), FIELD) in self._reveals(request)

    @admin.display(description="이미지")
    def image(self, obj):
        state = current_state()
        if state is None or not self.revealed(state.request, obj):
            return "(마스킹됨: 위의 '마스킹 해제'에서 사유를 적으면 잠시 표시됩니다)"
        url = reverse("admin:support_inquiryattachment_image", args=[obj.pk])
        return format_html('<img class="inquiry-image" src="{}" alt="첨부 이미지 #{}" '
                           'width="{}" height="{}">', url, obj.pk, obj.width, obj.height)

    def extra_urls(self, info):
        return [path("<path:object_id>/image/", self.admin_site.admin_view(self.image_view),
                     name=f"{info[0]}_{info[1]}_image")]

    def image_view(self, request, object_id):
        """The image bytes, only under an unexpired reveal; logged as a read."""
        from .views import image_response

        if redirect := pledge_redirect(request):
            return redirect
        obj = self.object_or_404(request, object_id)
        if not self.revealed(request, obj):
            raise PermissionDenied
        backoffice.log(request, "read", target=self.label, object_id=obj.pk,
                       subjects=[self.subject_of(obj)], fields=["image"],
                       reason=f"문의 {obj.message.inquiry.number} 첨부 이미지")
        return image_response(obj)
