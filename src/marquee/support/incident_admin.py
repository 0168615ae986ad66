"""The back office's incident pages (P12.6, L6.1, L6.2): the record, each statutory clock
counting down, the timeline, sending notices (preview first), recording reports, the
printable report drafts, and closing (refused while anything is owed)."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from marquee.backoffice import services as backoffice
from marquee.privacy.api import inventory

from . import incidents
from .incident_models import Dispatch, Incident

HANDLE = "support.handle_incident"


class IncidentForm(forms.ModelForm):
    items = forms.MultipleChoiceField(label="유출 등이 된 개인정보 항목", required=False,
                                      widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = Incident
        exclude = ["status", "closed_at", "created_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["items"].choices = sorted(
            (item.key, item.label) for item in inventory.items.values())


class NoticeForm(forms.Form):
    feature = forms.ChoiceField(label="대상 선택 기준", choices=list(incidents.FEATURES.items()))
    since = forms.DateTimeField(label="기간 시작")
    until = forms.DateTimeField(label="기간 끝")
    possible = forms.BooleanField(label="유출 가능성 통지(범위 확인 중)", required=False)
    confirm = forms.BooleanField(label="미리보기를 확인했고 발송합니다", required=False)


class StepForm(forms.Form):
    ACTIONS = [("log", "대응 이력 추가"), ("msit_report", "과기정통부·KISA 신고 완료 기록"),
               ("pipc_report", "개인정보보호위원회·KISA 신고 완료 기록"),
               ("site_posting", "홈페이지 게시"), ("close", "종결")]
    action = forms.ChoiceField(label="처리", choices=ACTIONS)
    text = forms.CharField(label="내용 또는 접수 번호", required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 3}))


@admin.register(Incident)
class IncidentAdmin(admin.ModelAdmin):
    form = IncidentForm
    list_display = ["id", "title", "discovered_at", "affected_count", "intrusion", "status",
                    "respond"]
    list_filter = ["status", "intrusion"]

    @admin.display(description="대응")
    def respond(self, obj):
        return format_html('<a href="{}">통지·신고</a>',
                           reverse("admin:support_incident_respond", args=[obj.pk]))

    def get_urls(self):
        return [
            path("<int:pk>/respond/", self.admin_site.admin_view(self.respond_view),
                 name="support_incident_respond"),
            path("<int:pk>/notice/", self.admin_site.admin_view(self.notice_view),
                 name="support_incident_notice"),
            path("<int:pk>/report/<str:kind>/", self.admin_site.admin_view(self.report_view),
                 name="support_incident_report"),
            *super().get_urls(),
        ]

    def _incident(self, request, pk, *, act=False) -> Incident:
        if not self.has_view_permission(request) or (act and not request.user.has_perm(HANDLE)):
            raise PermissionDenied
        return get_object_or_404(Incident, pk=pk)

    def respond_view(self, request, pk):
        incident = self._incident(request, pk, act=request.method == "POST")
        form = StepForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                done = self._step(request, incident, form.cleaned_data)
            except incidents.IncidentRefused as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, done)
                return HttpResponseRedirect(request.path)
        now = timezone.now()
        return TemplateResponse(request, "support/incident_respond.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "original": incident,
            "title": str(incident), "form": form, "now": now,
            "clocks": [(c, int(c.remaining(now).total_seconds())) for c in incidents.clocks(incident)],
            "timeline": incident.timeline.all(), "dispatches": incident.dispatches.all(),
            "items": incidents.item_labels(incident)})

    def _step(self, request, incident, data) -> str:
        action, text = data["action"], data.get("text", "").strip()
        if action == "log":
            if not text:
                raise incidents.IncidentRefused("대응 내용을 적어 주세요.")
            incidents.log_action(incident, text, by=request.user)
            return "대응 이력을 추가했습니다."
        if action in (Dispatch.Kind.MSIT_REPORT, Dispatch.Kind.PIPC_REPORT):
            incidents.record_report(incident, action, by=request.user, reference=text)
            return "신고를 기록했습니다."
        if action == Dispatch.Kind.SITE_POSTING:
            incidents.post_on_site(incident, by=request.user)
            return "고객센터 페이지에 게시했습니다."
        incidents.close(incident, by=request.user)
        return "사고 대응을 종결했습니다."

    def notice_view(self, request, pk):
        """Select the affected members, preview the notice, then send it."""
        incident = self._incident(request, pk, act=request.method == "POST")
        form = NoticeForm(request.POST or None)
        preview = count = None
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                members = incidents.affected_members(data["feature"], data["since"], data["until"])
            except incidents.IncidentRefused as exc:
                form.add_error(None, exc.message)
            else:
                if data["confirm"]:
                    dispatch = incidents.send_notice(incident, members, by=request.user,
                                                     possible=data["possible"])
                    backoffice.log(request, "download", target="support.Incident",
                                   object_id=incident.pk, subjects=[m.pk for m in members],
                                   fields=["email", "mobile"], reason_code="breach",
                                   reason=f"침해사고 {incident.pk} 정보주체 통지")
                    messages.success(request, f"통지를 {dispatch.recipient_count}명에게 발송했습니다.")
                    return HttpResponseRedirect(
                        reverse("admin:support_incident_respond", args=[incident.pk]))
                count = members.count()
                preview = incidents.notice_text(incident, possible=data["possible"])
        return TemplateResponse(request, "support/incident_notice.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "original": incident,
            "title": f"{incident} 정보주체 통지", "form": form, "preview": preview,
            "count": count})

    def report_view(self, request, pk, kind):
        incident = self._incident(request, pk)
        if kind not in (Dispatch.Kind.MSIT_REPORT, Dispatch.Kind.PIPC_REPORT):
            raise PermissionDenied
        return TemplateResponse(request, "support/incident_report.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "original": incident,
            "title": Dispatch.Kind(kind).label + " 초안",
            "fields": incidents.report_fields(incident, kind)})
