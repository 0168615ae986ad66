"""Payments and refunds in the back office: masked card and refund-account details,
logged like every personal field (``PersonalDataAdmin``); the billing key is never shown."""

from __future__ import annotations

from django.contrib import admin

from marquee.backoffice.admin_base import PersonalDataAdmin

from .models import Payment, Refund


class PaymentAdmin(PersonalDataAdmin):
    personal = {"card_masked": "card", "virtual_account": "json"}  # billing_key: never
    plain_fields = ("payment_id", "booking", "member", "method", "amount", "voucher_amount",
                    "status", "cancelled_amount", "card_issuer", "created_at", "paid_at",
                    "failure_reason")
    list_head = ("payment_id",)
    list_personal = ("card_masked",)
    list_tail = ("member", "method", "amount", "status", "paid_at")
    list_filter = ("status", "method")
    search_exact = ("payment_id",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("member__data_key", "booking")


admin.site.register(Payment, PaymentAdmin)


class RefundAdmin(PersonalDataAdmin):
    personal = {"bank": "generic", "account_number": "account_number",
                "account_holder": "name"}
    plain_fields = ("payment", "amount", "reason", "route", "status", "requested_at",
                    "completed_at", "attempts", "last_error")
    list_head = ("payment",)
    list_personal = ("account_holder", "account_number")
    list_tail = ("amount", "route", "status", "requested_at")
    list_filter = ("status", "route")
    subject_path = "payment.member_id"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("payment__member__data_key")


admin.site.register(Refund, RefundAdmin)
