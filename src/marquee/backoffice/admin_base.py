"""``PersonalDataAdmin``: the one way personal data appears in the back office.

* **Least privilege.** Which personal fields a staff member sees (always masked), may
  unmask and may correct comes from their roles (``roles.py``); Django's model
  permissions (the roles' groups) decide which models they see at all.
* **Masked by default.** Personal fields are never rendered by Django's own field
  display: each is a generated ``pd_<field>`` column/readonly field that masks the
  value (``privacy.masking``) unless the staff member has an unexpired reveal for that
  field of that record. Every page of these admins is read-only; changes go through
  dedicated, logged views.
* **Reveal with a reason.** ``<object>/reveal/<field>/`` asks for a reason and a
  reference (inquiry number), then shows the value for ``MARQUEE_REVEAL_MINUTES``.
* **Exports** are an admin action that first asks for a written justification, then
  downloads masked values and is logged as a download.
* **Logging.** Lists, searches, detail pages, reveals, changes, downloads and deletions
  each add an entry to the hash-chained staff access log with the members concerned.
* **Pledge.** Without a current security pledge, every page here redirects to it.
"""

from __future__ import annotations

import contextvars
import csv
import datetime
import json
from dataclasses import dataclass, field

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import urlencode

from marquee.privacy.api import mask

from . import services
from .models import Reveal
from .query_guard import QueryGuardMixin
from .roles import EXPORT, MARKETING_CHANNEL_FIELDS, FieldPolicy, field_label, field_policy

_state: contextvars.ContextVar[RequestState | None] = contextvars.ContextVar(
    "backoffice_request_state", default=None)


@dataclass
class RequestState:
    """The request being served by the back office (display callables need it)."""

    request: object
    detail: bool = False  # rendering one record's page: offer reveal links
    exporting: bool = False  # building a download: always masked
    reveals: dict | None = None
    policies: dict = field(default_factory=dict)


def current_state() -> RequestState | None:
    return _state.get()


def enter(request) -> contextvars.Token:
    return _state.set(RequestState(request))


def leave(token: contextvars.Token) -> None:
    _state.reset(token)


def pledge_redirect(request):
    """Without a current security pledge no personal data is shown (P12.4)."""
    if services.has_current_pledge(request.user):
        return None
    url = reverse("admin:backoffice_pledge") + "?" + urlencode({"next": request.get_full_path()})
    messages.warning(request, "개인정보를 열람하려면 먼저 보안 서약을 해야 합니다.")
    return HttpResponseRedirect(url)


class RevealForm(forms.Form):
    reason_code = forms.ChoiceField(label="열람 사유", choices=[("", "선택하세요"),
                                                             *Reveal.Reason.choices])
    reference = forms.CharField(label="문의·요청 번호", max_length=60,
                                help_text="예: 문의 Q-2026-00123, 열람요구 R-2026-0042")
    note = forms.CharField(label="상세 사유", max_length=300, required=False,
                           widget=forms.Textarea(attrs={"rows": 3}),
                           help_text="'기타'를 고른 경우 10자 이상 구체적으로 적어 주세요.")

    def clean(self):
        data = super().clean()
        if not self.errors:
            try:
                services.validate_reveal_reason(data["reason_code"], data["reference"],
                                                data.get("note", ""))
            except forms.ValidationError as exc:
                raise forms.ValidationError(exc.messages) from None
        return data


class ExportForm(forms.Form):
    justification = forms.CharField(
        label="내려받기 사유", min_length=10, max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="업무상 필요한 이유와 파기 예정일을 적어 주세요. 월간 점검에서 확인합니다.")
    confirm = forms.BooleanField(label="내려받은 파일은 업무 종료 즉시 파기하겠습니다.")


def staff_label(member) -> str:
    """How a staff account (or a member) is named in staff records: never by name."""
    if member is None:
        return "-"
    return f"{member.login_id} (#{member.pk})"


class ReadOnlyAdminMixin:
    """No adding, changing or deleting through Django's own forms.

    Records here are evidence (logs, published versions, destruction records) or personal
    data whose changes go through dedicated, logged views; an admin that offers one of
    those actions overrides the permission it needs.
    """

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ReadOnlyAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    pass


class PersonalDataAdmin(QueryGuardMixin, ReadOnlyAdminMixin, admin.ModelAdmin):
    """Base admin for every model holding (or pointing at) members' personal data."""

    # field name → mask kind (``privacy.masking.MASKS``); ``ref`` shows "회원 #N".
    personal: dict[str, str] = {}
    # Non-personal fields and admin methods on the detail page, and in the list.
    plain_fields: tuple[str, ...] = ()
    list_head: tuple[str, ...] = ()  # columns before the personal ones
    list_personal: tuple[str, ...] = ()
    list_tail: tuple[str, ...] = ()
    # How to find the member a row is about (dotted attribute path).
    subject_path = "member_id"
    # Exact-value search: blind-indexed fields (members) and plain fields (numbers).
    search_indexes: tuple[str, ...] = ()
    search_exact: tuple[str, ...] = ()
    actions = ["export_personal_csv"]
    list_per_page = 50
    show_full_result_count = False

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        self.label = model._meta.label
        for name, kind in self.personal.items():
            setattr(self, f"pd_{name}", self._display(model, name, kind))
        if self.search_indexes or self.search_exact:
            self.search_fields = [*self.search_exact] or ["pk"]

    def _display(self, model, name, kind):
        def display(obj):
            return self.render_personal(obj, name, kind)

        display.short_description = field_label(model, name)
        display.__name__ = f"pd_{name}"
        return display

    def plain_positions(self) -> dict[str, tuple[str, ...]]:
        """Where this admin shows fields through Django's own, unmasked display: the
        privacy check (privacy.E014) refuses a personal field in any of them."""
        return {"plain_fields": self.plain_fields, "list_head": self.list_head,
                "list_tail": self.list_tail, "search_exact": self.search_exact}

    # --- policy ---------------------------------------------------------------------------

    def policy(self, request) -> FieldPolicy:
        state = current_state()
        cache = state.policies if state is not None and state.request is request else {}
        if self.label not in cache:
            cache[self.label] = field_policy(request.user, self.label)
        return cache[self.label]

    def visible_personal(self, request) -> list[str]:
        allowed = self.policy(request).fields
        return [name for name in self.personal if name in allowed]

    def subject_of(self, obj) -> int | None:
        value = obj
        for part in self.subject_path.split("."):
            value = getattr(value, part, None)
        return value

    def _reveals(self, request) -> dict:
        state = current_state()
        if state is None:
            return {}
        if state.reveals is None:
            state.reveals = services.active_reveals(request.user)
        return state.reveals

    def render_personal(self, obj, name: str, kind: str):
        state = current_state()
        if state is None:  # never shown outside a back-office request
            return "(표시하지 않음)"
        request = state.request
        policy = self.policy(request)
        if name not in policy.fields:
            return "(권한 없음)"
        if policy.marketing_scope and name in MARKETING_CHANNEL_FIELDS and not getattr(
                obj, f"_mk_{MARKETING_CHANNEL_FIELDS[name]}", False):
            return "(수신 미동의)"
        if kind == "ref":
            number = getattr(obj, f"{name}_id", None)
            return f"회원 #{number}" if number else "-"
        value = getattr(obj, name)
        if value in (None, "", {}, []):
            return "-"
        reveal = None if state.exporting else self._reveals(request).get(
            (self.label, str(obj.pk), name))
        if reveal is not None and name in policy.reveal:
            return format_html(
                '<span class="revealed" data-field="{}">{}</span> '
                '<span class="reveal-note">(마스킹 해제 중 · {}까지)</span>',
                name, _plain(value), timezone.localtime(reveal.expires_at).strftime("%H:%M"))
        masked = mask(kind, value)
        if state.detail and name in policy.reveal:
            url = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_reveal",
                          args=[obj.pk, name])
            return format_html('<span class="masked" data-field="{}">{}</span> '
                               '<a class="reveal-link" href="{}">마스킹 해제</a>',
                               name, masked, url)
        if state.exporting:
            return masked
        return format_html('<span class="masked" data-field="{}">{}</span>', name, masked)

    # --- what the pages show -------------------------------------------------------------

    def get_fields(self, request, obj=None):
        return [*self.plain_fields, *(f"pd_{n}" for n in self.visible_personal(request))]

    def get_readonly_fields(self, request, obj=None):
        return self.get_fields(request, obj)

    def get_list_display(self, request):
        allowed = set(self.visible_personal(request))
        personal = [f"pd_{n}" for n in self.list_personal if n in allowed]
        return [*self.list_head, *personal, *self.list_tail]

    def get_list_display_links(self, request, list_display):
        return list_display[:1]

    # Read-only everywhere (ReadOnlyAdminMixin): corrections and deletions have their own
    # logged views.
    def has_export_permission(self, request):
        return request.user.has_perm(EXPORT) and self.has_view_permission(request)

    # --- search through blind indexes ------------------------------------------------------

    def search_kinds(self, request) -> list[str]:
        allowed = set(self.visible_personal(request))
        return [n for n in self.search_indexes if n in allowed]

    def get_search_results(self, request, queryset, search_term):
        term = search_term.replace("\x00", "").strip()  # PostgreSQL text holds no NUL
        if not term:
            return queryset, False
        from django.db.models import Q

        q = Q(pk__in=[])
        for name in self.search_kinds(request):
            digest = self.model._meta.get_field(f"{name}_index").digest(term)
            q |= Q(**{f"{name}_index": digest})
        for name in self.search_exact:
            try:  # a term that cannot be this field's value (letters for a number) skips it
                value = self.model._meta.get_field(name).to_python(term)
            except ValidationError:
                continue
            q |= Q(**{name: value})
        if term.startswith("#") and term[1:].isdigit():
            q |= Q(pk=int(term[1:]))
        return queryset.filter(q), False

    # --- views -----------------------------------------------------------------------------

    def changelist_view(self, request, extra_context=None):
        if redirect := pledge_redirect(request):
            return redirect
        extra_context = {**(extra_context or {}),
                         "search_help": self.search_help(request)}
        response = super().changelist_view(request, extra_context)
        cl = getattr(response, "context_data", None) and response.context_data.get("cl")
        if cl is not None and request.method == "GET":
            rows = list(cl.result_list)
            services.log(
                request, "search" if cl.query else "list", target=self.label,
                subjects=[self.subject_of(o) for o in rows],
                fields=self.visible_personal(request),
                reason=_list_reason(len(rows), cl.query, self.list_filters(request)))
        return response

    def search_help(self, request) -> str:
        kinds = [field_label(self.model, n) for n in (*self.search_kinds(request),
                                                       *self.search_exact)]
        if not kinds:
            return ""
        return " · ".join(kinds) + " 정확히 일치 검색 (#번호도 가능). 검색어와 결과는 마스킹되어 기록됩니다."

    def get_changelist_instance(self, request):
        cl = super().get_changelist_instance(request)
        if help_text := self.search_help(request):
            cl.search_help_text = help_text
        return cl

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if redirect := pledge_redirect(request):
            return redirect
        state = current_state()
        if state is not None:
            state.detail = True
        response = super().change_view(request, object_id, form_url, extra_context)
        obj = getattr(response, "context_data", None) and response.context_data.get("original")
        if obj is not None and request.method == "GET" and response.status_code == 200:
            revealed = [f for (t, o, f) in self._reveals(request) if t == self.label
                        and o == str(obj.pk) and f in self.policy(request).reveal]
            services.log(request, "read", target=self.label, object_id=obj.pk,
                         subjects=[self.subject_of(obj)],
                         fields=self.visible_personal(request),
                         reason=f"마스킹 해제 상태로 표시: {', '.join(revealed)}" if revealed else "")
        return response

    def history_view(self, request, object_id, extra_context=None):
        if redirect := pledge_redirect(request):
            return redirect
        return super().history_view(request, object_id, extra_context)

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path("<path:object_id>/reveal/<str:field_name>/",
                 self.admin_site.admin_view(self.reveal_view), name="{}_{}_reveal".format(*info)),
            *self.extra_urls(info),
            *super().get_urls(),
        ]

    def extra_urls(self, info):
        return []

    def change_url(self, obj) -> str:
        return reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change",
                       args=[obj.pk])

    def object_or_404(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_view_permission(request, obj):
            raise PermissionDenied
        return obj

    def reveal_view(self, request, object_id, field_name):
        if redirect := pledge_redirect(request):
            return redirect
        obj = self.object_or_404(request, object_id)
        if field_name not in self.personal or field_name not in self.policy(request).reveal:
            raise PermissionDenied
        form = RevealForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            services.reveal(request, target=self.label, object_id=obj.pk, field=field_name,
                            member_number=self.subject_of(obj),
                            reason_code=form.cleaned_data["reason_code"],
                            reference=form.cleaned_data["reference"],
                            note=form.cleaned_data.get("note", ""))
            messages.success(request, f"{services.reveal_minutes()}분 동안 마스킹이 해제됩니다. "
                                      "열람 사유와 함께 접속기록에 남았습니다.")
            return HttpResponseRedirect(self.change_url(obj))
        state = current_state()
        if state is not None:
            state.detail = False
        label = field_label(self.model, field_name)
        return TemplateResponse(request, "backoffice/reveal.html", {
            **self.admin_site.each_context(request), "opts": self.opts, "original": obj,
            "title": f"마스킹 해제: {label}", "form": form, "field_label": label,
            "masked": self.render_personal(obj, field_name, self.personal[field_name]),
            "minutes": services.reveal_minutes(), "back_url": self.change_url(obj),
            "subject": self.subject_of(obj)})

    # --- export ------------------------------------------------------------------------

    @admin.action(description="선택한 항목 내려받기 (CSV, 마스킹, 사유 기재)",
                  permissions=["export"])
    def export_personal_csv(self, request, queryset):
        if redirect := pledge_redirect(request):
            return redirect
        if not self.has_export_permission(request):
            raise PermissionDenied
        form = ExportForm(request.POST if "justification" in request.POST else None)
        if not form.is_valid():
            return TemplateResponse(request, "backoffice/export.html", {
                **self.admin_site.each_context(request), "opts": self.opts, "form": form,
                "title": "개인정보 내려받기", "count": queryset.count(),
                "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
                "select_across": request.POST.get("select_across", "0"),
                "action": "export_personal_csv",
                "fields": [field_label(self.model, n) for n in self.visible_personal(request)]})
        return self._csv(request, queryset, form.cleaned_data["justification"])

    def _csv(self, request, queryset, justification: str) -> HttpResponse:
        state = current_state()
        if state is not None:
            state.exporting, state.detail = True, False
        columns = [c for c in self.get_list_display(request) if c != "action_checkbox"]
        for extra in (f"pd_{n}" for n in self.visible_personal(request)):
            if extra not in columns:
                columns.append(extra)
        rows = list(queryset)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = (
            f'attachment; filename="{self.opts.model_name}-masked-{stamp}.csv"')
        response["Cache-Control"] = "no-store"
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerow([self._column_label(c) for c in columns])
        for obj in rows:
            writer.writerow([self._column_value(obj, c) for c in columns])
        services.log(request, "download", target=self.label,
                     subjects=[self.subject_of(o) for o in rows],
                     fields=self.visible_personal(request), reason_code="download",
                     reason=justification.strip())
        return response

    def _column_label(self, column: str) -> str:
        from django.contrib.admin.utils import label_for_field

        return str(label_for_field(column, self.model, self))

    def _column_value(self, obj, column: str) -> str:
        from django.contrib.admin.utils import display_for_value, lookup_field
        from django.utils.html import strip_tags

        _, _, value = lookup_field(column, obj, self)
        if isinstance(value, datetime.datetime):
            return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
        return strip_tags(str(display_for_value(value, "")))


def _list_reason(count: int, searched: str, filters: str) -> str:
    """"검색 결과 3건 · 조건: status__exact=active; 검색어=0*******" (P12.10)."""
    head = f"검색 결과 {count}건" if searched else f"{count}건 표시"
    return f"{head} · 조건: {filters}" if filters else head


def _plain(value) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
