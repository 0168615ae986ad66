"""The agents' queue (P13.1, P13.4): inquiries masked by default, reveal with a reason,
every list and read in the staff access log (``PersonalDataAdmin``).

The queue's views (unassigned, mine, due soon, overdue) are list filters on plain
fields; the conversation, answers, notes, assignment and closing happen on one
dedicated, logged page (``handle/``). The share answered in time per week and month is
the ``stats/`` page.
"""

from __future__ import annotations

import datetime

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from marquee.backoffice import services as backoffice
from marquee.backoffice.admin_base import PersonalDataAdmin, pledge_redirect, staff_label
from marquee.backoffice.roles import ROLES_BY_KEY

from . import selectors, services, sla
from .attachment_admin import InquiryAttachmentAdmin
from .errors import InquiryRefused
from .forms import IntakeForm
from .models import Closure, Inquiry, ReplyTemplate

ANSWER = "support.answer_inquiry"
OVERSEE = "support.oversee_inquiries"  # the CS lead: assign to anyone, statistics


class QueueFilter(admin.SimpleListFilter):
    title = "대기열"
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [("unassigned", "미배정"), ("mine", "내 담당"), ("due_soon", "기한 임박"),
                ("overdue", "기한 경과")]

    def queryset(self, request, queryset):
        now = timezone.now()
        open_ = queryset.filter(status__in=Inquiry.OPEN)
        match self.value():
            case "unassigned":
                return open_.filter(assignee__isnull=True)
            case "mine":
                return open_.filter(assignee=request.user)
            case "due_soon":
                return open_.filter(answered_at__isnull=True, due_at__gte=now,
                                    due_at__lt=now + sla.DUE_SOON)
            case "overdue":
                return open_.filter(answered_at__isnull=True, due_at__lt=now)
        return queryset


def agents():
    """Staff who answer inquiries (CS agents and leads), for the lead's (re)assignment."""
    from django.contrib.auth import get_user_model

    names = [ROLES_BY_KEY[k].name for k in ("cs_agent", "cs_lead")]
    return (get_user_model().objects.filter(is_staff=True, is_active=True,
                                            groups__name__in=names).distinct().order_by("pk"))


class AgentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return staff_label(obj)


class HandleForm(forms.Form):
    ACTIONS = [("answer", "답변 보내기"), ("note", "내부 메모 남기기"), ("assign", "나에게 배정"),
               ("reassign", "담당자 지정·재배정(CS 책임자)"), ("close", "종결")]
    action = forms.ChoiceField(label="처리", choices=ACTIONS)
    template = forms.ModelChoiceField(label="답변 템플릿", queryset=ReplyTemplate.objects.all(),
                                      required=False)
    body = forms.CharField(label="내용", required=False, max_length=10000,
                           widget=forms.Textarea(attrs={"rows": 6}))

    def __init__(self, *args, oversee: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if oversee:
            self.fields["agent"] = AgentChoiceField(label="담당 상담원", queryset=agents(),
                                                    required=False, empty_label="선택")
        else:
            self.fields["action"].choices = [c for c in self.ACTIONS if c[0] != "reassign"]

    def clean(self):
        data = super().clean()
        if data.get("action") in ("answer", "note") and not (
                data.get("body", "").strip() or data.get("template")):
            self.add_error("body", "내용을 적거나 템플릿을 고르세요.")
        if data.get("action") == "reassign" and not data.get("agent"):
            self.add_error("agent", "담당 상담원을 고르세요.")
        return data


@admin.register(Inquiry)
class InquiryAdmin(PersonalDataAdmin):
    personal = {"member": "ref", "guest_name": "name", "contact": "generic",
                "subject": "full", "booking": "generic"}
    plain_fields = ("number", "category", "channel", "status", "assignee", "reply_by",
                    "received_at", "clock_starts_at", "due_at", "answered_at", "closed_at",
                    "handle")
    list_head = ("number", "category", "channel", "status")
    list_personal = ("member", "guest_name")
    list_tail = ("assignee", "received_at", "due_at", "overdue", "handle")
    list_filter = (QueueFilter, "status", "category", "channel")
    search_exact = ("number",)
    change_list_template = "support/admin_change_list.html"

    @admin.display(description="기한 경과", boolean=True)
    def overdue(self, obj):
        return obj.is_overdue()

    @admin.display(description="처리")
    def handle(self, obj):
        return format_html('<a href="{}">대화·답변</a>',
                           reverse("admin:support_inquiry_handle", args=[obj.pk]))

    def extra_urls(self, info):
        return [
            path("intake/", self.admin_site.admin_view(self.intake_view),
                 name=f"{info[0]}_{info[1]}_intake"),
            path("stats/", self.admin_site.admin_view(self.stats_view),
                 name=f"{info[0]}_{info[1]}_stats"),
            path("<path:object_id>/handle/", self.admin_site.admin_view(self.handle_view),
                 name=f"{info[0]}_{info[1]}_handle"),
        ]

    def handle_view(self, request, object_id):
        """The conversation and the agent's actions; every view and action is logged."""
        if redirect := pledge_redirect(request):
            return redirect
        inquiry = self.object_or_404(request, object_id)
        can_answer = request.user.has_perm(ANSWER)
        form = HandleForm(request.POST or None, oversee=request.user.has_perm(OVERSEE))
        if request.method == "POST":
            if not can_answer:
                raise PermissionDenied
            if form.is_valid():
                try:
                    done = self._act(request, inquiry, form.cleaned_data)
                except InquiryRefused as exc:
                    form.add_error(None, exc.message)
                else:
                    messages.success(request, done)
                    return HttpResponseRedirect(request.path)
        backoffice.log(request, "read", target=self.label, object_id=inquiry.pk,
                       subjects=[inquiry.member_id], fields=["subject", "body"])
        return TemplateResponse(request, "support/admin_handle.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "original": inquiry,
            "title": f"{inquiry} · {inquiry.get_category_display()}", "form": form,
            "can_answer": can_answer,
            "conversation": inquiry.messages.prefetch_related("attachments"),
            "events": inquiry.events.select_related("by"),
            "back_url": self.change_url(inquiry)})

    def _act(self, request, inquiry, data) -> str:
        action = data["action"]
        body = data.get("body", "").strip() or (data["template"].body if data.get("template")
                                                else "")
        if action == "answer":
            services.answer(inquiry, body, by=request.user)
            done = "답변을 보냈습니다."
        elif action == "note":
            services.note(inquiry, body, by=request.user)
            done = "내부 메모를 남겼습니다."
        elif action == "assign":
            services.assign(inquiry, request.user, by=request.user)
            done = "담당자로 배정되었습니다."
        elif action == "reassign":
            services.assign(inquiry, data["agent"], by=request.user)
            done = f"담당자를 {staff_label(data['agent'])}(으)로 지정했습니다."
        else:
            services.close(inquiry, by=request.user)
            done = "문의를 종결했습니다. 종결일부터 3년간 보관한 뒤 파기합니다."
        backoffice.log(request, "change", target=self.label, object_id=inquiry.pk,
                       subjects=[inquiry.member_id], reason_code="inquiry",
                       reason=f"문의 {inquiry.number}: {dict(HandleForm.ACTIONS)[action]}")
        return done

    def intake_view(self, request):
        """Register an inquiry received by phone, e-mail, fax, post or in person; its
        clock runs from when it arrived (P13.2)."""
        if redirect := pledge_redirect(request):
            return redirect
        if not request.user.has_perm(ANSWER):
            raise PermissionDenied
        form = IntakeForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                inquiry = services.submit(services.Ask(
                    category=data["category"], subject=data["subject"], body=data["body"],
                    reply_by=data["reply_by"], contact=data["contact"], guest_name=data["name"]),
                    channel=data["channel"], by=request.user, received_at=data["received_at"])
            except InquiryRefused as exc:
                form.add_error(None, exc.message)
            else:
                backoffice.log(request, "change", target=self.label, object_id=inquiry.pk,
                               fields=["guest_name", "contact", "subject", "body"],
                               reason_code="inquiry",
                               reason=f"문의 {inquiry.number} 접수({inquiry.get_channel_display()})")
                messages.success(request, f"문의 {inquiry.number}를 접수했습니다.")
                return HttpResponseRedirect(reverse("admin:support_inquiry_handle",
                                                    args=[inquiry.pk]))
        return TemplateResponse(request, "backoffice/form.html", {
            **self.admin_site.each_context(request), "opts": self.opts,
            "title": "전화·이메일·팩스·우편·방문 문의 접수", "form": form, "submit": "접수",
            "back_url": reverse("admin:support_inquiry_changelist"),
            "intro": "받은 내용을 그대로 적어 주세요. 다른 사람의 개인정보는 저장하기 전에 가려집니다. "
                     "답변 기한은 접수 일시부터 계산됩니다."})

    def stats_view(self, request):
        """The share of inquiries answered in time, per week and per month (P13.2): the
        CS lead's (and the CPO's) page."""
        if not request.user.has_perm(OVERSEE):
            raise PermissionDenied
        today = timezone.localdate()
        since = today - datetime.timedelta(days=365)
        return TemplateResponse(request, "support/admin_stats.html", {
            **self.admin_site.each_context(request), "opts": self.opts,
            "title": "1:1 문의 기한 내 답변율",
            "weeks": selectors.in_time_share(since, "week"),
            "months": selectors.in_time_share(since, "month")})


@admin.register(ReplyTemplate)
class ReplyTemplateAdmin(admin.ModelAdmin):
    list_display = ["title"]


@admin.register(Closure)
class ClosureAdmin(admin.ModelAdmin):
    list_display = ["day", "reason"]


from .incident_admin import IncidentAdmin  # noqa: E402,F401  (registers the incident pages)

__all__ = ["IncidentAdmin", "InquiryAdmin", "InquiryAttachmentAdmin"]
