"""Staff answer rights requests in the back office (L5.1): masked and logged like every
personal-data page (``PersonalDataAdmin``); the answer is a dedicated, logged view.

Requests received by phone, letter, e-mail or in person are registered here too
(``intake/``), by the roles that hold the add permission (the CPO and the privacy
handler, ``backoffice.roles``): the member is found by an exact identifier through the
member admin's blind-index search, shown masked, and the search, the intake page and
the registration are each written to the staff access log.
"""

from __future__ import annotations

import logging

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from marquee.backoffice import services as backoffice
from marquee.backoffice.admin_base import PersonalDataAdmin, pledge_redirect
from marquee.backoffice.roles import field_label

from . import erasure, services
from .deadlines import KST, Kind
from .forms import IntakeForm, MemberLookupForm
from .models import RightsRequest

logger = logging.getLogger(__name__)
INTAKE = "rights.add_rightsrequest"
# The member columns the intake pages show (masked; only those the role may see).
MEMBER_COLUMNS = ("login_id", "name", "mobile", "email")
SEARCH_LIMIT = 20


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
    plain_fields = ("member", "kind", "decision_label", "requester", "channel", "status",
                    "item_labels",
                    "consents", "verification", "representation", "appeal_of", "submitted_at",
                    "received_at", "due_at", "decided_at", "handled_by", "answer")
    list_head = ("id", "kind", "requester", "status")
    list_tail = ("channel", "received_at", "due_at", "overdue")
    list_filter = ("status", "kind", "requester", "channel")
    search_exact = ("id",)
    change_list_template = "compliance/rights/admin_change_list.html"

    @admin.display(description="기한 경과", boolean=True)
    def overdue(self, obj):
        return obj.is_overdue(timezone.now())

    @admin.display(description="자동화된 결정")
    def decision_label(self, obj):
        from marquee.privacy.api import inventory

        decision = inventory.decisions.get(obj.decision)
        return decision.label if decision else "-"

    @admin.display(description="대상 항목")
    def item_labels(self, obj):
        return services.item_labels(obj.items)

    @admin.display(description="처리")
    def answer(self, obj):
        if obj.status != RightsRequest.Status.RECEIVED:
            return "-"
        return format_html('<a href="{}">처리 결과 회신</a>',
                           reverse("admin:rights_rightsrequest_decide", args=[obj.pk]))

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_intake": self.can_intake(request)}
        return super().changelist_view(request, extra_context)

    def extra_urls(self, info):
        return [
            path("intake/", self.admin_site.admin_view(self.intake_search_view),
                 name=f"{info[0]}_{info[1]}_intake"),
            path("intake/<int:member_id>/", self.admin_site.admin_view(self.intake_view),
                 name=f"{info[0]}_{info[1]}_intake_member"),
            path("<path:object_id>/decide/", self.admin_site.admin_view(self.decide_view),
                 name=f"{info[0]}_{info[1]}_decide"),
        ]

    # --- answering ----------------------------------------------------------------------

    def decide_view(self, request, object_id):
        if redirect := pledge_redirect(request):
            return redirect
        obj = self.object_or_404(request, object_id)
        if not request.user.has_perm("rights.change_rightsrequest"):
            raise PermissionDenied
        form = DecisionForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            decision = RightsRequest.Status(form.cleaned_data["decision"])
            try:
                decided = services.decide(obj, decision, reason=form.cleaned_data["reason"],
                                          by=request.user)
            except services.RequestRefused as exc:
                form.add_error(None, exc.message)
            except Exception:
                if RightsRequest.objects.filter(
                        pk=obj.pk, status=RightsRequest.Status.RECEIVED).exists():
                    raise  # nothing was decided: the transaction rolled back
                # The answer and the withdrawal it recorded are committed; the withdrawal
                # itself stopped half-way and is finished before the next sweep.
                logger.exception("withdrawal for rights request %s interrupted", obj.pk)
                return self._interrupted(request, obj, decision)
            else:
                return self._decided(request, obj, decided, decision)
        context = {}
        if obj.kind == Kind.DELETION:
            context = self._deletion_preview(obj)
            if obj.is_account_deletion:
                # What the member's bookings and payments are is their data: the read is
                # logged like any other (L3.3).
                backoffice.log(request, "read", target=self.label, object_id=obj.pk,
                               subjects=[obj.member_id], fields=["kept"])
        return TemplateResponse(request, "backoffice/form.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "original": obj,
            "title": f"{obj.get_kind_display()} 요구 #{obj.pk} 처리 결과 회신", "form": form,
            "back_url": self.change_url(obj), "submit": "회신", **context,
            "intro": f"처리 기한: {timezone.localtime(obj.due_at):%Y-%m-%d}. 거절하거나 일부만 "
                     "처리하면 사유와 이의 제기 방법이 회원에게 함께 전달됩니다. 정정을 처리 완료하면 "
                     "이전 값을 제공받은 제3자에게 정정 통지가 자동으로 발송됩니다. "
                     + context.pop("deletion_intro", "")})

    def _deletion_preview(self, obj) -> dict:
        """What granting this deletion would do, shown before the answer is sent."""
        if obj.is_account_deletion:
            hook = erasure.withdrawals()
            blockers = getattr(hook, "blockers", None)
            return {"kept": hook.what_is_kept(obj.member),
                    "blockers": blockers(obj.member) if blockers else [],
                    "deletion_intro": "계정 전체 삭제 요구입니다. '처리 완료'로 회신하면 회원 탈퇴가 "
                                      "바로 실행되어, 아래 기록만 분리 보관되고 나머지 개인정보는 "
                                      "즉시 파기됩니다. 회신에는 분리 보관하는 기록과 그 근거가 "
                                      "적힙니다."}
        plan = erasure.plan(obj.items)
        parts = []
        if plan.erase:
            parts.append(f"처리하면 바로 삭제되는 항목: {services.item_labels(plan.erase)}.")
        if plan.kept:
            parts.append("삭제할 수 없는 항목(회신에 사유가 자동으로 적힙니다): "
                         + " ".join(k.reason for k in plan.kept))
        return {"deletion_intro": " ".join(parts)}

    def _decided(self, request, obj, decided, decision):
        withdrawal = getattr(decided, "withdrawal", None)
        if withdrawal is not None:
            self._log_decision(request, obj, decision,
                               note=f"회원 탈퇴 실행(탈퇴 기록 #{withdrawal.pk})", action="delete")
            messages.success(request, f"처리 결과를 회신하고 회원 #{obj.member_id}의 탈퇴를 "
                                      "처리했습니다. 법령상 보존 기록만 분리 보관되었습니다.")
            return HttpResponseRedirect(reverse("admin:members_withdrawal_changelist")
                                        if request.user.has_perm("members.view_withdrawal")
                                        else reverse("admin:rights_rightsrequest_changelist"))
        erased = getattr(decided, "erased", {}) or {}
        note = f"삭제: {', '.join(erased)}" if erased else ""
        self._log_decision(request, obj, decision, note=note)
        messages.success(request, "처리 결과를 회신했습니다.")
        return HttpResponseRedirect(self.change_url(obj))

    def _interrupted(self, request, obj, decision):
        self._log_decision(request, obj, decision, action="delete",
                           note="회원 탈퇴 실행 중단: 정기 파기 작업에서 자동으로 마저 처리")
        messages.warning(request, "처리 결과를 회신하고 회원 탈퇴를 기록했지만, 탈퇴 처리가 "
                                  "중간에 멈췄습니다. 다음 정기 파기 작업(manage.py privacy "
                                  "sweep)이 시작할 때 자동으로 마저 처리됩니다.")
        return HttpResponseRedirect(reverse("admin:rights_rightsrequest_changelist"))

    def _log_decision(self, request, obj, decision, *, note: str = "", action: str = "change"):
        backoffice.log(request, action, target=self.label, object_id=obj.pk,
                       subjects=[obj.member_id], fields=["reason"], reason_code="rights",
                       reason=f"권리 행사 요구 {obj.pk} 회신: {RightsRequest.Status(decision).label}"
                              + (f" / {note}" if note else ""))

    # --- intake: requests received by phone, letter, e-mail or in person ------------------

    def can_intake(self, request) -> bool:
        return request.user.has_perm(INTAKE) and self._member_admin().has_view_permission(
            request)

    def _member_admin(self):
        return self.admin_site._registry[get_user_model()]

    def _gate(self, request):
        if redirect := pledge_redirect(request):
            return redirect
        if not self.can_intake(request):
            raise PermissionDenied
        return None

    def _masked_row(self, request, member) -> dict:
        """The member as the intake pages show them: number, status and the identifying
        fields the role may see, masked (``PersonalDataAdmin.render_personal``)."""
        members = self._member_admin()
        shown = [n for n in MEMBER_COLUMNS if n in members.visible_personal(request)]
        return {"pk": member.pk, "status": member.get_status_display(),
                "withdrawn": member.status == "withdrawn",
                "values": [(field_label(members.model, n),
                            members.render_personal(member, n, members.personal[n]))
                           for n in shown]}

    def intake_search_view(self, request):
        """Step 1: find the member by an exact identifier (blind-index search, masked)."""
        if redirect := self._gate(request):
            return redirect
        members = self._member_admin()
        # POSTed, so the identifier stays out of URLs (and web-server logs), and not echoed.
        form = MemberLookupForm(request.POST if request.method == "POST" else None)
        rows, searched = [], False
        if form.is_valid():
            searched = True
            queryset, _ = members.get_search_results(
                request, members.get_queryset(request), form.cleaned_data["q"])
            found = list(queryset.order_by("pk")[:SEARCH_LIMIT])
            rows = [self._masked_row(request, m) for m in found]
            backoffice.log(request, "search", target=members.label,
                           subjects=[m.pk for m in found],
                           fields=[n for n in MEMBER_COLUMNS
                                   if n in members.visible_personal(request)],
                           reason_code="rights",
                           reason=f"권리 행사 요구 접수를 위한 회원 검색: 결과 {len(found)}건")
            form = MemberLookupForm()
        return TemplateResponse(request, "compliance/rights/intake_search.html", {
            **self.admin_site.each_context(request), "opts": self.opts,
            "title": "권리 행사 요구 접수(전화·서면·이메일·방문)", "form": form, "rows": rows,
            "searched": searched, "search_help": members.search_help(request),
            "back_url": reverse("admin:rights_rightsrequest_changelist")})

    def intake_view(self, request, member_id):
        """Step 2: record the request for that member; it is received as of the date given."""
        if redirect := self._gate(request):
            return redirect
        members = self._member_admin()
        member = members.object_or_404(request, str(member_id))
        form = IntakeForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                made = services.register(
                    member, data["kind"], channel=data["channel"],
                    received_at=data["received_at"], verification=data["verification"],
                    requester=data["requester"], requester_name=data.get("requester_name", ""),
                    representation=data.get("representation", ""), items=data.get("items", ()),
                    consents=data.get("consents", ()), details=data["details"],
                    by=request.user, decision=data.get("decision", ""))
            except services.RequestRefused as exc:
                form.add_error(None, exc.message)
            else:
                backoffice.log(
                    request, "change", target=self.label, object_id=made.pk,
                    subjects=[member.pk], fields=["details", "requester_name"],
                    reason_code="rights",
                    reason=f"권리 행사 요구 {made.pk} 접수({made.get_channel_display()}, "
                           f"{made.get_kind_display()}, 요구인 {made.get_requester_display()}) / "
                           f"본인 확인: {made.verification}"
                           + (f" / 대리 권한: {made.representation}" if made.representation
                              else ""))
                messages.success(request, f"{made.get_kind_display()} 요구를 접수번호 {made.pk}(으)로 "
                                          f"접수했습니다. 처리 기한: "
                                          f"{made.due_at.astimezone(KST):%Y-%m-%d}.")
                return HttpResponseRedirect(self.change_url(made))
        elif request.method == "GET":
            backoffice.log(request, "read", target=members.label, object_id=member.pk,
                           subjects=[member.pk],
                           fields=[n for n in MEMBER_COLUMNS
                                   if n in members.visible_personal(request)],
                           reason_code="rights", reason="권리 행사 요구 접수 화면(마스킹)")
        return TemplateResponse(request, "compliance/rights/intake.html", {
            **self.admin_site.each_context(request), "opts": self.opts,
            "title": f"회원 #{member.pk}의 권리 행사 요구 접수", "form": form,
            "member": self._masked_row(request, member),
            "back_url": reverse("admin:rights_rightsrequest_intake")})

