"""Staff answer rights requests in the back office (L5.1): masked and logged like every
personal-data page (``PersonalDataAdmin``); the answer is a dedicated, logged view."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from marquee.backoffice import services as backoffice
from marquee.backoffice.admin_base import PersonalDataAdmin, pledge_redirect
from marquee.privacy.inventory import inventory

from . import services
from .models import RightsRequest


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label="처리 결과",
                                 choices=[(s.value, s.label) for s in services.DECIDED])
    reason = forms.CharField(label="사유(거절·일부 처리 시 필수, 회원에게 그대로 전달됩니다)",
                             required=False, max_length=1000,
                             widget=forms.Textarea(attrs={"rows": 3}))

    def clean(self):
        data = super().clean()
        if data.get("decision") not in (None, RightsRequest.Status.ACCEPTED) and not data.get(
                "reason", "").strip():
            self.add_error("reason", "거절하거나 일부만 처리할 때에는 사유가 필요합니다.")
        return data


@admin.register(RightsRequest)
class RightsRequestAdmin(PersonalDataAdmin):
    personal = {"details": "full", "requester_name": "name", "reply_to": "generic",
                "reason": "full"}
    plain_fields = ("member", "kind", "requester", "channel", "status", "item_labels",
                    "consents", "verification", "appeal_of", "submitted_at", "received_at",
                    "due_at", "decided_at", "answer")
    list_head = ("id", "kind", "requester", "status")
    list_tail = ("received_at", "due_at", "overdue")
    list_filter = ("status", "kind", "requester")
    search_exact = ("id",)

    @admin.display(description="기한 경과", boolean=True)
    def overdue(self, obj):
        return obj.is_overdue(timezone.now())

    @admin.display(description="대상 항목")
    def item_labels(self, obj):
        return ", ".join(inventory.items[k].label for k in obj.items if k in inventory.items)

    @admin.display(description="처리")
    def answer(self, obj):
        if obj.status != RightsRequest.Status.RECEIVED:
            return "-"
        return format_html('<a href="{}">처리 결과 회신</a>',
                           reverse("admin:rights_rightsrequest_decide", args=[obj.pk]))

    def extra_urls(self, info):
        return [path("<path:object_id>/decide/", self.admin_site.admin_view(self.decide_view),
                     name=f"{info[0]}_{info[1]}_decide")]

    def decide_view(self, request, object_id):
        if redirect := pledge_redirect(request):
            return redirect
        obj = self.object_or_404(request, object_id)
        if not request.user.has_perm("rights.change_rightsrequest"):
            raise PermissionDenied
        form = DecisionForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                services.decide(obj, form.cleaned_data["decision"],
                                reason=form.cleaned_data["reason"], by=request.user)
            except services.RequestRefused as exc:
                form.add_error(None, str(exc))
            else:
                backoffice.log(request, "change", target=self.label, object_id=obj.pk,
                               subjects=[obj.member_id], fields=["reason"], reason_code="rights",
                               reason=f"권리 행사 요구 {obj.pk} 회신: "
                                      f"{RightsRequest.Status(form.cleaned_data['decision']).label}")
                messages.success(request, "처리 결과를 회신했습니다.")
                return HttpResponseRedirect(self.change_url(obj))
        return TemplateResponse(request, "backoffice/form.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "original": obj,
            "title": f"{obj.get_kind_display()} 요구 #{obj.pk} 처리 결과 회신", "form": form,
            "back_url": self.change_url(obj), "submit": "회신",
            "intro": f"처리 기한: {timezone.localtime(obj.due_at):%Y-%m-%d}. 거절하거나 일부만 "
                     "처리하면 사유와 이의 제기 방법이 회원에게 함께 전달됩니다. 정정을 처리 완료하면 "
                     "이전 값을 제공받은 제3자에게 정정 통지가 자동으로 발송됩니다."})
