"""PortOne's vocabulary mapped to ours, and every message a person may be shown.

Kept apart from the code that talks to PortOne so that the mapping tables can be read
(and checked against PortOne's documentation) in one place.
"""

from __future__ import annotations

import typing

from portone_server_sdk.common import Bank
from portone_server_sdk.payment import (
    CancelledPayment,
    FailedPayment,
    PaidPayment,
    PartialCancelledPayment,
    PayPendingPayment,
    ReadyPayment,
    VirtualAccountIssuedPayment,
)

from ..gateway import GatewayStatus, Method

DEFAULT_BASE_URL = "https://api.portone.io"
# The SDK's own HTTP client waits up to 60 seconds; a checkout request should not.
TIMEOUT_SECONDS = 10.0
MAX_ID_LENGTH = 200
MAX_CARD_FIELD = 30  # what our payment records hold for the masked number and the issuer
CURRENCY = "KRW"

PAY_METHODS = {Method.CARD: "CARD", Method.MOBILE: "MOBILE",
               Method.VIRTUAL_ACCOUNT: "VIRTUAL_ACCOUNT"}

STATUSES = {
    ReadyPayment: GatewayStatus.READY,
    PayPendingPayment: GatewayStatus.READY,  # authorised, waiting for a confirm: not paid
    PaidPayment: GatewayStatus.PAID,
    VirtualAccountIssuedPayment: GatewayStatus.AWAITING_DEPOSIT,
    CancelledPayment: GatewayStatus.CANCELLED,
    PartialCancelledPayment: GatewayStatus.PARTIALLY_CANCELLED,
    FailedPayment: GatewayStatus.FAILED,
}

# PortOne's standard bank codes (은행 코드) and the names shown to customers.
BANKS = {
    "KDB": "KDB산업은행", "IBK": "IBK기업은행", "KOOKMIN": "KB국민은행", "SUHYUP": "수협은행",
    "NONGHYUP": "NH농협은행", "LOCAL_NONGHYUP": "지역농·축협", "WOORI": "우리은행",
    "STANDARD_CHARTERED": "SC제일은행", "CITI": "한국씨티은행", "DAEGU": "iM뱅크(대구은행)",
    "BUSAN": "부산은행", "KWANGJU": "광주은행", "JEJU": "제주은행", "JEONBUK": "전북은행",
    "KYONGNAM": "경남은행", "KFCC": "새마을금고", "SHINHYUP": "신협", "SAVINGS_BANK": "저축은행",
    "POST": "우체국", "HANA": "하나은행", "SHINHAN": "신한은행", "K_BANK": "케이뱅크",
    "KAKAO": "카카오뱅크", "TOSS": "토스뱅크",
}
BANK_ALIASES = {
    "산업은행": "KDB", "기업은행": "IBK", "국민은행": "KOOKMIN", "농협": "NONGHYUP",
    "농협은행": "NONGHYUP", "SC은행": "STANDARD_CHARTERED", "씨티은행": "CITI",
    "대구은행": "DAEGU", "iM뱅크": "DAEGU", "K뱅크": "K_BANK",
}
# Every code the SDK's Bank type knows (a Literal inside a Union with str).
BANK_CODES = frozenset(typing.get_args(typing.get_args(Bank)[0]))

# PortOne's card company codes (카드사 코드).
CARD_COMPANIES = {
    "KOOKMIN_CARD": "KB국민카드", "SHINHAN_CARD": "신한카드", "SAMSUNG_CARD": "삼성카드",
    "HYUNDAI_CARD": "현대카드", "LOTTE_CARD": "롯데카드", "HANA_CARD": "하나카드",
    "WOORI_CARD": "우리카드", "BC_CARD": "BC카드", "NH_CARD": "NH농협카드",
    "CITI_CARD": "씨티카드", "SUHYUP_CARD": "수협카드", "JEONBUK_CARD": "전북카드",
    "GWANGJU_CARD": "광주카드", "JEJU_CARD": "제주카드", "KAKAO_BANK": "카카오뱅크",
    "K_BANK": "케이뱅크", "TOSS_BANK": "토스뱅크", "KOREA_DEVELOPMENT_BANK": "KDB산업은행",
    "KFCC": "새마을금고", "SHINHYUP": "신협", "EPOST": "우체국", "SAVINGS_BANK_KOREA": "저축은행",
    "MIRAE_ASSET_SECURITIES": "미래에셋증권",
}
MASK_CHARACTERS = frozenset("*Xx#•●")

MSG_INVALID_ID = "결제 번호가 올바르지 않습니다."
MSG_INVALID_AMOUNT = "결제 금액이 올바르지 않습니다."
MSG_INVALID_ORDER_NAME = "주문명이 올바르지 않습니다."
MSG_NOT_FOUND = "결제 내역을 찾을 수 없습니다. 결제를 다시 진행해 주세요."
MSG_UNREADABLE = "결제 내역을 확인할 수 없습니다. 잠시 후 다시 시도해 주세요."
MSG_FOREIGN = "주문과 일치하지 않는 결제입니다. 결제가 승인되지 않았습니다."
MSG_CURRENCY = "결제 통화가 주문과 다릅니다. 결제가 승인되지 않았습니다."
MSG_UNAVAILABLE = "결제 서비스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요."
MSG_SERVICE_ERROR = "결제 서비스에서 오류가 발생했습니다. 잠시 후 다시 시도해 주세요."

MSG_CANCEL_AMOUNT = "취소 금액이 올바르지 않습니다. 취소 가능 금액 안에서 다시 입력해 주세요."
MSG_CANCEL_STALE = ("결제의 취소 가능 금액이 그사이 바뀌어 취소하지 않았습니다. "
                    "결제 내역을 새로 확인한 뒤 다시 시도해 주세요.")
MSG_CANCEL_EXCEEDS = "취소하려는 금액이 취소 가능 금액보다 큽니다. 결제 내역을 새로 확인해 주세요."
MSG_ALREADY_CANCELLED = "이미 취소된 결제입니다."
MSG_NOT_PAID = "결제가 완료되지 않아 취소할 수 없습니다."
MSG_CANCEL_INVALID = "취소 요청이 올바르지 않아 처리하지 못했습니다. 취소 금액과 환불 계좌 정보를 확인해 주세요."
MSG_CANCEL_REFUSED = ("결제사에서 취소를 처리하지 못했습니다. "
                      "잠시 후 다시 시도하거나 고객센터로 문의해 주세요.")
MSG_CANCEL_UNCERTAIN = ("취소 요청의 처리 결과를 확인하지 못했습니다. "
                        "결제 내역을 확인한 뒤 다시 시도해 주세요.")
MSG_REFUND_BANK = "환불 계좌의 은행을 확인할 수 없습니다. 은행을 다시 선택해 주세요."
MSG_REFUND_ACCOUNT = "환불 계좌 정보(계좌번호, 예금주)를 확인해 주세요."

MSG_WEBHOOK_HEADERS = "웹훅 서명 헤더가 없습니다."
MSG_WEBHOOK_SIGNATURE = "웹훅 서명이 올바르지 않습니다."
MSG_WEBHOOK_TIMESTAMP = "웹훅 시각이 허용 범위를 벗어났습니다."
MSG_WEBHOOK_BODY = "웹훅 본문을 해석할 수 없습니다."
MSG_WEBHOOK_NOT_PAYMENT = "결제 건에 대한 웹훅이 아닙니다."

WEBHOOK_FAILURES = {
    "MISSING_REQUIRED_HEADERS": MSG_WEBHOOK_HEADERS,
    "NO_MATCHING_SIGNATURE": MSG_WEBHOOK_SIGNATURE,
    "INVALID_SIGNATURE": MSG_WEBHOOK_SIGNATURE,  # a timestamp that is not a number
    "TIMESTAMP_TOO_OLD": MSG_WEBHOOK_TIMESTAMP,
    "TIMESTAMP_TOO_NEW": MSG_WEBHOOK_TIMESTAMP,
}
