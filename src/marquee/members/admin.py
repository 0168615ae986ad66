"""Members in the back office: accounts, guardian consents, withdrawals and access
records, masked and logged through ``PersonalDataAdmin`` (which roles see which fields:
``backoffice/roles.py``). Corrections (P8.2) and withdrawals requested by phone, letter
or e-mail (P5.1) have their own logged views.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Q, Subquery
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html_join

from marquee.backoffice import services as backoffice
from marquee.backoffice.admin_base import (
    PersonalDataAdmin,
    current_state,
    pledge_redirect,
    staff_label,
)
from marquee.backoffice.roles import field_label
from marquee.privacy.api import ConsentRecord, consent, inventory

from . import withdrawal as withdrawals
from .models import AccessRecord, GuardianConsent, Member, Withdrawal

MARKETING_KEYS = ("marketing_sms", "marketing_email", "marketing_push")


def _latest_answer(key: str):
    return Subquery(ConsentRecord.objects.filter(member=OuterRef("pk"), text__key=key)
                    .order_by("-at", "-id").values("agreed")[:1])


class CorrectionForm(forms.Form):
    reference = forms.CharField(label="정정 요구 번호", max_length=60,
                                help_text="정보주체의 정정 요구 접수 번호 (예: R-2026-0042)")

    def __init__(self, *args, fields=(), masked=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in fields:
            label = field_label(Member, name)
            self.fields[name] = forms.CharField(
                label=f"새 {label}", required=False, max_length=200,
                help_text=f"현재 값: {masked.get(name) or '-'} · 비워 두면 바꾸지 않습니다.")

    def changes(self) -> dict:
        return {k: v.strip() for k, v in self.cleaned_data.items()
                if k != "reference" and v and v.strip()}


class StaffWithdrawalForm(forms.Form):
    channel = forms.ChoiceField(label="요청 경로", choices=[
        c for c in Withdrawal.Channel.choices if c[0] != Withdrawal.Channel.MYPAGE])
    verification = forms.CharField(label="본인 확인 방법", max_length=200,
                                   help_text="예: 휴대폰 본인확인 후 DI 일치 확인, 신분증 사본 대조")
    reference = forms.CharField(label="요청 접수 번호", max_length=60)
    confirm = forms.BooleanField(label="본인 확인을 마쳤으며, 탈퇴 처리 시 개인정보가 즉시 파기됨을 안내했습니다.")


class MemberAdmin(PersonalDataAdmin):
    personal = {
        "login_id": "login_id", "name": "name", "birthdate": "birthdate", "gender": "full",
        "mobile": "mobile", "mobile_carrier": "full",
        "email": "email", "pen_name": "generic", "landline": "phone",
    }
    plain_fields = ("member_number", "status", "is_active", "date_joined", "last_login",
                    "identity_verified_at", "marketing_consents", "staff_actions")
    list_head = ("member_number",)
    list_personal = ("login_id", "name", "mobile", "email")
    list_tail = ("status", "date_joined")
    list_filter = ("status",)
    subject_path = "pk"
    search_indexes = ("login_id", "email", "mobile")
    ordering = ("-date_joined",)

    def get_queryset(self, request):
        qs = super().get_queryset(request).filter(is_staff=False).select_related("data_key")
        if self.policy(request).marketing_scope:
            qs = qs.filter(status=Member.Status.ACTIVE).annotate(
                **{f"_mk_{key}": _latest_answer(key) for key in MARKETING_KEYS})
            qs = qs.filter(Q(_mk_marketing_sms=True) | Q(_mk_marketing_email=True)
                           | Q(_mk_marketing_push=True))
        return qs

    @admin.display(description="회원번호", ordering="pk")
    def member_number(self, obj):
        return f"#{obj.pk}"

    @admin.display(description="광고성 정보 수신 동의")
    def marketing_consents(self, obj):
        state = consent.current_state(obj)
        return ", ".join(f"{inventory.consents[k].title.replace('광고성 정보 ', '')}: "
                         f"{'동의' if state.get(k) else '미동의'}"
                         for k in (*MARKETING_KEYS, "marketing_night"))

    @admin.display(description="처리")
    def staff_actions(self, obj):
        state = current_state()
        request = state.request if state else None
        links = []
        if request is not None and self.can_correct(request):
            links.append((reverse("admin:members_member_correct", args=[obj.pk]), "정보 정정"))
        if request is not None and request.user.has_perm("members.add_withdrawal"):
            links.append((reverse("admin:members_member_withdraw", args=[obj.pk]),
                          "탈퇴 처리(전화·서면·이메일 요청)"))
        if not links:
            return "-"
        return format_html_join(" · ", '<a href="{}">{}</a>', links)

    def can_correct(self, request) -> bool:
        return bool(self.policy(request).edit) and request.user.has_perm("members.change_member")

    def extra_urls(self, info):
        return [
            path("<path:object_id>/correct/", self.admin_site.admin_view(self.correct_view),
                 name="{}_{}_correct".format(*info)),
            path("<path:object_id>/withdraw/", self.admin_site.admin_view(self.withdraw_view),
                 name="{}_{}_withdraw".format(*info)),
        ]

    def correct_view(self, request, object_id):
        """Correct contact items on the member's request (P8.2); values never shown."""
        if redirect := pledge_redirect(request):
            return redirect
        member = self.object_or_404(request, object_id)
        if not self.can_correct(request):
            raise PermissionDenied
        editable = [f for f in self.personal if f in self.policy(request).edit]
        masked = {f: self.render_personal(member, f, self.personal[f]) for f in editable}
        form = CorrectionForm(request.POST or None, fields=editable, masked=masked)
        if request.method == "POST" and form.is_valid():
            changes = form.changes()
            if not changes:
                form.add_error(None, "바꿀 값을 하나 이상 입력하세요.")
            else:
                for name, value in changes.items():
                    setattr(member, name, value)
                member.save()
                backoffice.log(request, "change", target=self.label, object_id=member.pk,
                             subjects=[member.pk], fields=list(changes),
                             reason_code="rights",
                             reason=f"정정 요구 {form.cleaned_data['reference']}")
                self.log_change(request, member, [{"changed": {"fields": [
                    field_label(Member, n) for n in changes]}}])
                messages.success(request, "정정했습니다. 변경 내역이 접속기록에 남았습니다.")
                return HttpResponseRedirect(self.change_url(member))
        return TemplateResponse(request, "backoffice/form.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "original": member,
            "title": f"회원 #{member.pk} 정보 정정", "form": form, "back_url": self.change_url(member),
            "intro": "본인확인으로 받은 항목(이름·생년월일·휴대전화번호 등)은 회원 본인이 다시 "
                     "본인확인을 거쳐야 바뀝니다. 여기서는 연락처·주소 등만 정정합니다.",
            "submit": "정정"})

    def withdraw_view(self, request, object_id):
        """A withdrawal requested by phone, letter or e-mail, after identity checks (P5.1)."""
        if redirect := pledge_redirect(request):
            return redirect
        member = self.object_or_404(request, object_id)
        if not request.user.has_perm("members.add_withdrawal"):
            raise PermissionDenied
        form = StaffWithdrawalForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                done = withdrawals.withdraw(member, channel=data["channel"],
                                            handled_by=request.user,
                                            verification=data["verification"])
            except withdrawals.WithdrawalRefused as exc:
                form.add_error(None, exc.message)
            else:
                backoffice.log(request, "delete", target=self.label, object_id=member.pk,
                             subjects=[member.pk], reason_code="rights",
                             reason=f"{Withdrawal.Channel(data['channel']).label} 탈퇴 요청 "
                                    f"{data['reference']} / 본인 확인: {done.verification}")
                messages.success(request, f"회원 #{member.pk}의 탈퇴를 처리했습니다.")
                return HttpResponseRedirect(reverse("admin:members_withdrawal_changelist"))
        return TemplateResponse(request, "backoffice/form.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "original": member,
            "title": f"회원 #{member.pk} 탈퇴 처리", "form": form,
            "back_url": self.change_url(member), "kept": withdrawals.what_is_kept(member),
            "blockers": withdrawals.blockers(member), "submit": "탈퇴 처리", "danger": True,
            "intro": "전화·서면·이메일로 받은 탈퇴 요청입니다. 본인 확인 후 처리하세요. "
                     "아래 항목만 분리 보관되고 나머지 개인정보는 즉시 파기됩니다."})


admin.site.register(Member, MemberAdmin)


class GuardianConsentAdmin(PersonalDataAdmin):
    personal = {"guardian_name": "name", "guardian_mobile": "mobile"}
    plain_fields = ("member", "status", "requested_at", "expires_at", "decided_at")
    list_head = ("member",)
    list_personal = ("guardian_name", "guardian_mobile")
    list_tail = ("status", "requested_at", "decided_at")
    list_filter = ("status",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("member__data_key")


admin.site.register(GuardianConsent, GuardianConsentAdmin)


class WithdrawalAdmin(PersonalDataAdmin):
    plain_fields = ("member_number", "channel", "state", "requested_at", "archived_at",
                    "completed_at", "handler", "verification", "kept")
    list_head = ("member_number",)
    list_tail = ("channel", "state", "handler", "requested_at", "completed_at")
    list_filter = ("channel", "state")
    subject_path = "member_number"
    search_exact = ("member_number",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("handled_by__data_key")

    @admin.display(description="처리 직원")
    def handler(self, obj):
        return staff_label(obj.handled_by) if obj.handled_by_id else "본인(마이페이지)"


admin.site.register(Withdrawal, WithdrawalAdmin)


class AccessRecordAdmin(PersonalDataAdmin):
    personal = {"ip": "ip", "path": "path", "os": "generic", "browser": "generic",
                "device": "generic", "carrier": "full"}
    plain_fields = ("member", "at", "method")
    list_head = ("member", "at")
    list_personal = ("ip", "path")
    list_tail = ("method",)
    date_hierarchy = "at"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("member__data_key")


admin.site.register(AccessRecord, AccessRecordAdmin)
