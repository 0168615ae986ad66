"""Events in the back office: the marketing role creates events with their prizes (the
items each prize needs follow from its kind) and sees entries and deliveries masked;
delivery status is recorded through an action (P1.7)."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import models

from marquee.backoffice.admin_base import PersonalDataAdmin

from . import services
from .models import Delivery, Entry, Event, Prize


class PrizeInline(admin.TabularInline):
    model = Prize
    extra = 1
    fields = ("position", "name", "kind", "quantity")


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("title", "starts_at", "ends_at", "status", "announced_at")
    list_filter = ("status",)
    fields = ("title", "description", "starts_at", "ends_at", "sponsor_name", "sponsor_url",
              "status", "commitment", "announced_at")
    readonly_fields = ("status", "commitment", "announced_at")
    inlines = [PrizeInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Entry)
class EntryAdmin(PersonalDataAdmin):
    personal = {"member": "ref", "mobile": "mobile"}
    plain_fields = ("event", "entered_at", "status", "prize")
    list_head = ("event",)
    list_personal = ("member",)
    list_tail = ("entered_at", "status", "prize")
    list_filter = ("status",)


def _status_action(status: str, label: str):
    def action(modeladmin, request, queryset):
        done = 0
        for delivery in queryset:
            try:
                services.record_status(delivery, status)
                done += 1
            except ValueError:
                continue
        modeladmin.message_user(request, f"{done}건을 '{label}'(으)로 기록했습니다.",
                                messages.SUCCESS)
    action.__name__ = f"mark_{status}"
    action.short_description = f"배송 상태를 '{label}'(으)로 기록"
    return action


@admin.register(Delivery)
class DeliveryAdmin(PersonalDataAdmin):
    personal = {"member": "ref", "recipient_name": "name", "mobile": "mobile",
                "postcode": "postcode", "address": "address", "address_detail": "full"}
    plain_fields = ("entry", "status", "processor_reference", "requested_at", "shipped_at",
                    "closed_at")
    list_head = ("entry",)
    list_personal = ("member", "recipient_name")
    list_tail = ("status", "requested_at", "closed_at")
    list_filter = ("status",)
    actions = [_status_action(Delivery.Status.SHIPPED, "발송"),
               _status_action(Delivery.Status.DELIVERED, "배송 완료"),
               _status_action(Delivery.Status.FAILED, "배송 실패")]
