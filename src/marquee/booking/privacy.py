"""Bookings are purchase history; favourite theatres are an optional item (P1.1, P1.4)."""

from marquee.members.privacy import CONTRACT, OPTIONAL_PROFILE
from marquee.privacy.inventory import Category, Channel, Item, Processor
from marquee.privacy.retention import RetentionTarget

from .providers import BookingProvider

ITEMS = [
    Item("purchase_history", "구매 내역(예매 내역)", Category.PURCHASE, Channel.BOOKING,
         ("booking.Booking.member",), (CONTRACT,), ("contract_records",)),
    Item("favourite_theatres", "단골극장", Category.OPTIONAL, Channel.SIGNUP,
         ("booking.FavouriteTheatre.theatre",), (OPTIONAL_PROFILE,), ("until_withdrawal",)),
]

PROCESSORS = [
    Processor("xnoti", "엑스노티", "영화 예매 시스템 운영 및 관리",
              ("login_id", "name", "mobile", "purchase_history", "payment_details")),
]

RETENTION_TARGETS = [
    RetentionTarget("contract_records", "booking.Booking", "created_at",
                    "계약·청약철회 및 대금결제 기록(예매·결제·환불)",
                    purge="marquee.payments.services.purge_bookings"),
]

# What booking holds about a member, for My Page, the download and withdrawal.
PROVIDERS = [BookingProvider()]
