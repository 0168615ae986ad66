"""Bookings are purchase history; favourite theatres are an optional item (P1.1, P1.4)."""

from marquee.members.privacy import CONTRACT, OPTIONAL_PROFILE
from marquee.privacy.api import (
    AutomatedDecision,
    Category,
    Channel,
    Item,
    Processor,
    Statement,
)

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

# Bookings expire with their payments and refunds: the target is declared by payments
# (payments/privacy.py), the app above booking that owns the purge.

# The rating gate (B3, L5.2): decided from the verified birthdate, no one in the loop.
DECISIONS = [
    AutomatedDecision(
        "age_gate", "관람 등급에 따른 예매 제한", "예매(좌석 선택 전)",
        "청소년 관람불가 영화는 본인확인 결과의 생년월일로 19세가 되는 해의 1월 1일이 지나지 "
        "않은 회원에게 예매를 허용하지 않습니다.", ("birthdate",),
        "해당 영화의 예매가 거절됩니다.", basis="청소년 보호법 제2조제1호, 영화 및 비디오물의 "
        "진흥에 관한 법률 제29조"),
]

# A booking records the kind of each seat (휠체어석, 동반석) with the contract for five
# years; that may hint at health, so the policy says what is and is not done (L7.3).
STATEMENTS = [
    Statement("seat_kinds", "sensitive",
              "예매 기록에는 좌석의 종류(휠체어석·동반석 등)가 계약 기록으로 함께 남습니다(5년). "
              "회사는 휠체어석 예매 시 장애 여부나 건강 상태를 묻거나 증빙을 받지 않으며, 좌석 "
              "종류를 회원의 건강에 관한 정보로 분류하거나 분석·마케팅에 이용하지 않습니다."),
]

# What booking holds about a member, for My Page, the download and withdrawal.
PROVIDERS = [BookingProvider()]
