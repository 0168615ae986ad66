"""The privacy engine's records in the back office: members' consent records (masked,
logged) and the CPO's destruction records (P4.2: read-only, exportable, never data).

The engine imports no app above it, so it cannot use the back office's admin mixins
itself; the back office, the staff framework directly above it, registers them.
"""

from __future__ import annotations

import csv

from django.contrib import admin
from django.http import HttpResponse
from django.utils import timezone

from marquee.privacy.api import ConsentRecord, ConsentText, DestructionRecord, JobRun

from .admin_base import PersonalDataAdmin, ReadOnlyAdmin
from .admin_filters import labelled_filter


class ConsentRecordAdmin(PersonalDataAdmin):
    plain_fields = ("member", "text", "agreed", "at", "via", "actor", "actor_reference")
    list_head = ("member",)
    list_tail = ("text", "agreed", "at", "via", "actor")
    list_filter = (labelled_filter("text__key", "동의 항목", labels=lambda: dict(
        ConsentText.objects.order_by("key", "version").values_list("key", "title"))),
        "agreed", "via", "actor")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("text")


admin.site.register(ConsentRecord, ConsentRecordAdmin)


@admin.action(description="선택한 파기 기록을 CSV로 내보내기")
def export_csv(modeladmin, request, queryset):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="destruction-records-{stamp}.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 Korean correctly with a BOM
    writer = csv.writer(response)
    writer.writerow(["파기 일시(KST)", "규칙", "보존 근거", "파기 대상", "건수", "파기 방법",
                     "실행 구분", "실행자"])
    for record in queryset.select_related("run"):
        writer.writerow([timezone.localtime(record.at).strftime("%Y-%m-%d %H:%M:%S"),
                         record.rule_label, record.basis, record.category, record.count,
                         record.method, record.run.get_trigger_display(), record.run.operator])
    return response


@admin.register(DestructionRecord)
class DestructionRecordAdmin(ReadOnlyAdmin):
    list_display = ("at", "rule_label", "category", "count", "method", "trigger", "operator")
    list_filter = (labelled_filter("rule", "보유 규칙", labels=lambda: dict(
        DestructionRecord.objects.values_list("rule", "rule_label"))), "run__trigger")
    date_hierarchy = "at"
    actions = [export_csv]

    @admin.display(description="실행 구분")
    def trigger(self, record):
        return record.run.get_trigger_display()

    @admin.display(description="실행자")
    def operator(self, record):
        return record.run.operator


@admin.register(JobRun)
class JobRunAdmin(ReadOnlyAdmin):
    """The CPO sees that the sweep and the deadline alerts actually run (L4.1, L5.1)."""

    list_display = ("job", "started_at", "finished_at", "status", "summary", "error")
    list_filter = ("job", "status")
    date_hierarchy = "started_at"
