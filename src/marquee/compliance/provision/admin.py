"""The CPO's side of provision (P6) in the back office: record a legal request, provide
under it (the payload is downloaded once, never stored), and read the provision and
correction-notice records (read-only: they are evidence)."""

import json

from django import forms
from django.contrib import admin, messages
from django.http import HttpResponse
from django.utils import timezone

from marquee.backoffice import services as backoffice
from marquee.backoffice.admin_base import PersonalDataAdmin
from marquee.privacy.api import inventory

from . import services
from .models import CorrectionNotice, LegalRequest, Provision


class LegalRequestForm(forms.ModelForm):
    items = forms.MultipleChoiceField(label="요청 항목", widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = LegalRequest
        fields = ["agency", "document_number", "legal_article", "items", "members",
                  "agency_contact", "received_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["items"].choices = [(i.key, i.label) for i in inventory.items.values()]


@admin.action(description="선택한 요청에 따라 제공하고 제공 파일 내려받기", permissions=["add"])
def provide_under_request(modeladmin, request, queryset):
    """Only whoever may record legal requests (the CPO's role) may provide under one."""
    if queryset.count() != 1:
        modeladmin.message_user(request, "요청을 하나만 선택해 주세요.", messages.ERROR)
        return None
    legal_request = queryset.get()
    try:
        result = services.provide(members=legal_request.members.all(), items=legal_request.items,
                                  legal_request=legal_request, by=f"staff:{request.user.pk}")
    except services.ProvisionRefused as exc:
        modeladmin.message_user(request, exc.message, messages.ERROR)
        return None
    backoffice.log(request, "download", target="provision.LegalRequest",
                   object_id=legal_request.pk,
                   subjects=[p.member_id for p in result.provisions], fields=legal_request.items,
                   reason_code="legal", reason=str(legal_request))
    body = json.dumps({"request": str(legal_request), "provided": result.payload,
                       "withheld": result.withheld}, ensure_ascii=False, indent=2, default=str)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = (
        f'attachment; filename="provision-{legal_request.pk}-{stamp}.json"')
    response["Cache-Control"] = "no-store"
    return response


@admin.register(LegalRequest)
class LegalRequestAdmin(admin.ModelAdmin):
    form = LegalRequestForm
    list_display = ("received_at", "agency", "document_number", "legal_article", "handler_label")
    raw_id_fields = ("members",)
    actions = [provide_under_request]

    def save_model(self, request, obj, form, change):
        obj.handler = request.user
        obj.handler_label = f"staff:{request.user.pk}"
        super().save_model(request, obj, form, change)

    def has_change_permission(self, request, obj=None):
        # A recorded request is evidence: add, never edit. (Without a model permission,
        # no change list either: another role's provision grants must not open it.)
        return obj is None and super().has_change_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Provision)
class ProvisionAdmin(PersonalDataAdmin):
    personal = {"member": "ref"}
    plain_fields = ("recipient", "purpose", "basis", "basis_summary", "items", "handled_by",
                    "provided_at")
    list_head = ("provided_at", "recipient", "basis")
    list_tail = ("items", "handled_by")
    list_filter = ("basis", "recipient")


@admin.register(CorrectionNotice)
class CorrectionNoticeAdmin(PersonalDataAdmin):
    plain_fields = ("provision", "items", "rights_request", "message_id", "sent_at")
    list_head = ("sent_at", "items")
    subject_path = "provision.member_id"
