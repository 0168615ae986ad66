"""The back office's own records: staff accounts and roles (L3.1, P12.5), the access
log, reveals, rights changes, pledges and training, and the monthly reviews.

Each app registers its own models in its own ``admin.py`` on this site; a model with
personal data must use ``admin_base.PersonalDataAdmin`` (system check
``backoffice.E001``). Which roles see which models and fields is ``roles.py``.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django_otp.plugins.otp_totp.models import TOTPDevice

from marquee.privacy.api import mask_name

from . import audit, engine_admin, pledges, review, services  # noqa: F401  (engine_admin registers)
from .admin_base import ReadOnlyAdmin, current_state, staff_label
from .admin_filters import labelled_filter, model_name
from .models import (
    AccessRightsChange,
    MonthlyReview,
    PledgeRecord,
    Reveal,
    SealedTOTPDevice,
    StaffAccessLog,
    StaffProfile,
)
from .roles import MANAGE_ROLES, ROLES, ROLES_BY_KEY, SIGN_OFF, roles_of

site = admin.site

# Roles come from code; OTP devices (django-otp's plain one, unused) are never shown.
for _model in (Group, TOTPDevice):
    if site.is_registered(_model):
        site.unregister(_model)


# --- staff accounts and rights (L3.1, P12.5) ----------------------------------------------


ROLE_CHOICES = [(r.key, r.name) for r in ROLES]


class StaffCreateForm(forms.Form):
    login_id = forms.CharField(label="아이디", max_length=20)
    name = forms.CharField(label="이름", max_length=50)
    email = forms.EmailField(label="업무용 이메일")
    employee_number = forms.CharField(label="사번", max_length=20,
                                      help_text="한 사람에 계정 하나: 같은 사번으로 두 번째 계정은 만들 수 없습니다.")
    department = forms.CharField(label="부서", max_length=50, required=False)
    password = forms.CharField(label="임시 비밀번호", widget=forms.PasswordInput, min_length=10,
                               help_text="첫 로그인 때 2단계 인증 기기를 등록합니다.")
    roles = forms.MultipleChoiceField(label="부여할 역할", choices=ROLE_CHOICES, required=False,
                                      widget=forms.CheckboxSelectMultiple)
    reason = forms.CharField(label="사유", max_length=300)


class RoleChangeForm(forms.Form):
    role = forms.ChoiceField(label="역할", choices=ROLE_CHOICES)
    reason = forms.CharField(label="사유", max_length=300,
                             help_text="예: 고객상담팀 발령(인사명령 2026-041)")


class HandoverForm(forms.Form):
    role = forms.ChoiceField(label="인계할 역할", choices=ROLE_CHOICES)
    to_staff = forms.ModelChoiceField(label="인수자", queryset=StaffProfile.objects.none())
    reason = forms.CharField(label="사유", max_length=300, help_text="예: 부서 이동에 따른 업무 인수인계")

    def __init__(self, *args, exclude=None, **kwargs):
        super().__init__(*args, **kwargs)
        qs = StaffProfile.objects.filter(disabled_at__isnull=True).select_related(
            "member__data_key")
        if exclude is not None:
            qs = qs.exclude(pk=exclude.pk)
        self.fields["to_staff"].queryset = qs


class ReasonForm(forms.Form):
    reason = forms.CharField(label="사유", max_length=300)


@admin.register(StaffProfile)
class StaffProfileAdmin(ReadOnlyAdmin):
    list_display = ("employee_number", "account", "staff_name", "department", "role_names",
                    "otp_status", "pledge_status", "training_status", "active")
    fields = ("employee_number", "account", "staff_name", "department", "role_names",
              "otp_status", "pledge_status", "training_status", "active", "created_at",
              "disabled_at", "manage")
    readonly_fields = fields
    search_fields = ("employee_number",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("member__data_key").prefetch_related(
            "member__groups")

    @admin.display(description="계정(아이디)")
    def account(self, obj):
        return staff_label(obj.member)

    @admin.display(description="이름")
    def staff_name(self, obj):
        return mask_name(obj.member.name)

    @admin.display(description="역할")
    def role_names(self, obj):
        return ", ".join(r.name for r in roles_of(obj.member)) or "-"

    @admin.display(description="2단계 인증", boolean=True)
    def otp_status(self, obj):
        return SealedTOTPDevice.objects.filter(user=obj.member, confirmed=True).exists()

    @admin.display(description="보안 서약(현행)", boolean=True)
    def pledge_status(self, obj):
        return services.has_current_pledge(obj.member)

    @admin.display(description="교육 이수(현행)", boolean=True)
    def training_status(self, obj):
        return services.has_current_training(obj.member)

    @admin.display(description="사용 중", boolean=True)
    def active(self, obj):
        return obj.member.is_active and obj.disabled_at is None

    @admin.display(description="권한 관리")
    def manage(self, obj):
        state = current_state()
        if state is None or not state.request.user.has_perm(MANAGE_ROLES):
            return "-"
        links = [(reverse(f"admin:backoffice_staffprofile_{name}", args=[obj.pk]), label)
                 for name, label in (("grant", "역할 부여"), ("revoke", "역할 회수"),
                                     ("handover", "업무 인수인계"), ("reset_otp", "2단계 인증 초기화"),
                                     ("disable", "계정 말소"))]
        return format_html_join(" · ", '<a href="{}">{}</a>', links)

    def has_add_permission(self, request):
        return request.user.has_perm(MANAGE_ROLES)

    def get_urls(self):
        views = [("grant", self.grant_view), ("revoke", self.revoke_view),
                 ("handover", self.handover_view), ("reset_otp", self.reset_otp_view),
                 ("disable", self.disable_view)]
        return [
            *(path(f"<int:pk>/{name.replace('_', '-')}/", self.admin_site.admin_view(view),
                   name=f"backoffice_staffprofile_{name}") for name, view in views),
            *super().get_urls(),
        ]

    def _manage(self, request, pk=None):
        if not request.user.has_perm(MANAGE_ROLES):
            raise PermissionDenied
        return get_object_or_404(StaffProfile.objects.select_related("member"), pk=pk) \
            if pk is not None else None

    def _form_page(self, request, form, title, profile=None, intro=""):
        back = reverse("admin:backoffice_staffprofile_change", args=[profile.pk]) if profile \
            else reverse("admin:backoffice_staffprofile_changelist")
        return TemplateResponse(request, "backoffice/form.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "original": profile,
            "title": title, "form": form, "back_url": back, "intro": intro, "submit": title})

    def _done(self, request, profile, message):
        messages.success(request, message)
        return HttpResponseRedirect(
            reverse("admin:backoffice_staffprofile_change", args=[profile.pk]))

    def add_view(self, request, form_url="", extra_context=None):
        self._manage(request)
        form = StaffCreateForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            d = form.cleaned_data
            try:
                member = services.create_staff_account(
                    login_id=d["login_id"], password=d["password"], name=d["name"],
                    email=d["email"], employee_number=d["employee_number"],
                    department=d["department"], by=request.user, reason=d["reason"],
                    roles=d["roles"])
            except services.StaffError as exc:
                form.add_error(None, exc.message)
            else:
                return self._done(request, member.staff_profile, "직원 계정을 만들었습니다.")
        return self._form_page(request, form, "직원 계정 생성")

    def _role_view(self, request, pk, *, grant: bool):
        profile = self._manage(request, pk)
        form = RoleChangeForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            action = services.grant_role if grant else services.revoke_role
            try:
                action(profile.member, form.cleaned_data["role"], by=request.user,
                       reason=form.cleaned_data["reason"])
            except services.StaffError as exc:
                form.add_error(None, exc.message)
            else:
                name = ROLES_BY_KEY[form.cleaned_data["role"]].name
                return self._done(request, profile,
                                  f"'{name}' 권한을 {'부여' if grant else '회수'}했습니다.")
        return self._form_page(request, form, "역할 부여" if grant else "역할 회수", profile)

    def grant_view(self, request, pk):
        return self._role_view(request, pk, grant=True)

    def revoke_view(self, request, pk):
        return self._role_view(request, pk, grant=False)

    def handover_view(self, request, pk):
        profile = self._manage(request, pk)
        form = HandoverForm(request.POST or None, exclude=profile)
        if request.method == "POST" and form.is_valid():
            try:
                services.hand_over(form.cleaned_data["role"], from_staff=profile.member,
                                   to_staff=form.cleaned_data["to_staff"].member,
                                   by=request.user, reason=form.cleaned_data["reason"])
            except services.StaffError as exc:
                form.add_error(None, exc.message)
            else:
                return self._done(request, profile, "인수인계(권한 회수 후 재부여)를 기록했습니다.")
        return self._form_page(request, form, "업무 인수인계", profile,
                               "인계자의 권한을 회수하고 인수자에게 다시 부여합니다 (두 건 모두 기록).")

    def reset_otp_view(self, request, pk):
        profile = self._manage(request, pk)
        form = ReasonForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            services.reset_otp(profile.member, by=request.user, reason=form.cleaned_data["reason"])
            return self._done(request, profile, "2단계 인증 기기를 초기화했습니다. 다음 로그인 때 다시 등록합니다.")
        return self._form_page(request, form, "2단계 인증 초기화", profile)

    def disable_view(self, request, pk):
        profile = self._manage(request, pk)
        form = ReasonForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                services.disable_account(profile.member, by=request.user,
                                         reason=form.cleaned_data["reason"])
            except services.StaffError as exc:
                form.add_error(None, exc.message)
            else:
                return self._done(request, profile, "계정을 말소하고 모든 권한을 회수했습니다.")
        return self._form_page(request, form, "계정 말소", profile,
                               "퇴직 등으로 계정을 말소합니다. 모든 역할이 회수되고 로그인할 수 없습니다.")


@admin.register(AccessRightsChange)
class AccessRightsChangeAdmin(ReadOnlyAdmin):
    list_display = ("at", "staff_account", "kind", "role_name", "by_account", "reason",
                    "handover")
    list_filter = ("kind", labelled_filter("role", "역할", lambda key: (
        ROLES_BY_KEY[key].name if key in ROLES_BY_KEY else key)))
    date_hierarchy = "at"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("staff__data_key", "by__data_key")

    @admin.display(description="대상 직원")
    def staff_account(self, obj):
        return staff_label(obj.staff)

    @admin.display(description="처리자")
    def by_account(self, obj):
        return staff_label(obj.by) if obj.by_id else "(미상)"

    @admin.display(description="역할")
    def role_name(self, obj):
        r = ROLES_BY_KEY.get(obj.role)
        return r.name if r else obj.role or "-"


class TrainingForm(forms.Form):
    staff = forms.ModelChoiceField(label="직원", queryset=StaffProfile.objects.none())
    version = forms.CharField(label="교육 과정", max_length=40, initial=pledges.TRAINING_VERSION)
    note = forms.CharField(label="비고", max_length=200, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["staff"].queryset = StaffProfile.objects.filter(
            disabled_at__isnull=True).select_related("member__data_key")


@admin.register(PledgeRecord)
class PledgeRecordAdmin(ReadOnlyAdmin):
    list_display = ("at", "staff_account", "kind", "version", "recorder", "note")
    list_filter = ("kind", "version")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("staff__data_key",
                                                            "recorded_by__data_key")

    @admin.display(description="직원")
    def staff_account(self, obj):
        return staff_label(obj.staff)

    @admin.display(description="기록자")
    def recorder(self, obj):
        return staff_label(obj.recorded_by)

    def has_add_permission(self, request):
        return request.user.has_perm("backoffice.add_pledgerecord")

    def add_view(self, request, form_url="", extra_context=None):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = TrainingForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            services.record_training(form.cleaned_data["staff"].member, by=request.user,
                                     version=form.cleaned_data["version"],
                                     note=form.cleaned_data["note"])
            messages.success(request, "교육 이수를 기록했습니다.")
            return HttpResponseRedirect(reverse("admin:backoffice_pledgerecord_changelist"))
        return TemplateResponse(request, "backoffice/form.html", {
            **self.admin_site.each_context(request), "opts": self.opts,
            "title": "교육 이수 기록", "form": form, "submit": "기록",
            "back_url": reverse("admin:backoffice_pledgerecord_changelist"),
            "intro": "보안 서약은 직원 본인이 로그인 후 직접 합니다. 여기서는 교육 이수만 기록합니다."})


@admin.register(StaffAccessLog)
class StaffAccessLogAdmin(ReadOnlyAdmin):
    list_display = ("seq", "at", "staff_account", "roles", "source_ip", "action", "target_name",
                    "subject_count", "short_reason")
    list_filter = ("action", labelled_filter("target", "대상", model_name))
    date_hierarchy = "at"
    fields = ("seq", "at", "staff_account", "roles", "source_ip", "action", "target",
              "object_id", "fields", "reason_code", "reason", "subjects", "subject_count",
              "path", "prev_hash", "hash")
    readonly_fields = fields
    change_list_template = "backoffice/accesslog_change_list.html"
    show_full_result_count = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("staff__data_key")

    @admin.display(description="접속자 계정")
    def staff_account(self, obj):
        return staff_label(obj.staff)

    @admin.display(description="대상", ordering="target")
    def target_name(self, obj):
        return model_name(obj.target)

    @admin.display(description="사유")
    def short_reason(self, obj):
        return (obj.reason[:40] + "…") if len(obj.reason) > 40 else obj.reason

    def get_urls(self):
        return [path("verify/", self.admin_site.admin_view(self.verify_view),
                     name="backoffice_staffaccesslog_verify"), *super().get_urls()]

    def verify_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        return TemplateResponse(request, "backoffice/verify.html", {
            **self.admin_site.each_context(request), "opts": self.opts,
            "title": "접속기록 위·변조 검증", "result": audit.verify()})


@admin.register(Reveal)
class RevealAdmin(ReadOnlyAdmin):
    list_display = ("granted_at", "staff_account", "target_name", "object_id", "field",
                    "member_number", "reason_code", "reference", "expires_at", "log_seq")
    list_filter = ("reason_code", labelled_filter("target", "대상", model_name))

    @admin.display(description="대상", ordering="target")
    def target_name(self, obj):
        return model_name(obj.target)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("staff__data_key")

    @admin.display(description="직원")
    def staff_account(self, obj):
        return staff_label(obj.staff)


class SignOffForm(forms.Form):
    note = forms.CharField(label="확인 의견", widget=forms.Textarea(attrs={"rows": 4}),
                           help_text="이상 접근에 대한 소명 확인 결과와 조치를 적어 주세요.")


@admin.register(MonthlyReview)
class MonthlyReviewAdmin(ReadOnlyAdmin):
    list_display = ("month", "generated_at", "entries", "findings", "signed_off", "signer",
                    "signed_off_at")
    fields = ("month", "generated_at", "entries", "head_seq", "report_html", "signer",
              "signed_off_at", "sign_off_note", "sign_off_link")
    readonly_fields = fields
    change_list_template = "backoffice/review_change_list.html"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("signed_off_by__data_key")

    @admin.display(description="이상 징후")
    def findings(self, obj):
        return obj.findings_count

    @admin.display(description="확인 서명", boolean=True)
    def signed_off(self, obj):
        return obj.signed_off_at is not None

    @admin.display(description="확인자(CPO)")
    def signer(self, obj):
        return staff_label(obj.signed_off_by) if obj.signed_off_by_id else "-"

    @admin.display(description="점검 결과")
    def report_html(self, obj):
        from django.template.loader import render_to_string

        return render_to_string("backoffice/_review_report.html", {"report": obj.report})

    @admin.display(description="확인 서명")
    def sign_off_link(self, obj):
        state = current_state()
        if obj.signed_off_at or state is None or not state.request.user.has_perm(SIGN_OFF):
            return "-"
        return format_html('<a class="button" href="{}">검토 후 확인 서명</a>',
                           reverse("admin:backoffice_monthlyreview_sign_off", args=[obj.pk]))

    def get_urls(self):
        return [
            path("<int:pk>/sign-off/", self.admin_site.admin_view(self.sign_off_view),
                 name="backoffice_monthlyreview_sign_off"),
            path("generate/", self.admin_site.admin_view(self.generate_view),
                 name="backoffice_monthlyreview_generate"),
            *super().get_urls(),
        ]

    def sign_off_view(self, request, pk):
        if not request.user.has_perm(SIGN_OFF):
            raise PermissionDenied
        obj = get_object_or_404(MonthlyReview, pk=pk)
        form = SignOffForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                services.sign_off_review(obj, by=request.user, note=form.cleaned_data["note"])
            except services.StaffError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, f"{obj.month} 점검 확인 서명을 기록했습니다.")
                return HttpResponseRedirect(
                    reverse("admin:backoffice_monthlyreview_change", args=[obj.pk]))
        return TemplateResponse(request, "backoffice/form.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "original": obj,
            "title": f"{obj.month} 접속기록 점검 확인 서명", "form": form, "submit": "확인 서명",
            "back_url": reverse("admin:backoffice_monthlyreview_change", args=[obj.pk]),
            "report": obj.report})

    def generate_view(self, request):
        if request.method != "POST" or not request.user.has_perm(SIGN_OFF):
            raise PermissionDenied
        obj = review.generate(request.POST.get("month") or None)
        messages.success(request, f"{obj.month} 점검 보고서를 작성했습니다.")
        return HttpResponseRedirect(reverse("admin:backoffice_monthlyreview_change", args=[obj.pk]))

