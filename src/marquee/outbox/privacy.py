"""Messages we send (SMS, e-mail, push) hold a contact and often a name."""

from marquee.privacy.api import (
    Category,
    Channel,
    Item,
    LegalBasis,
    Processor,
    Purpose,
    RetentionRule,
    RetentionTarget,
    Trigger,
    months,
)

from .providers import MessageProvider

NOTIFICATIONS = Purpose(
    "notifications", "고지사항 및 요청하신 안내의 전달",
    "법정대리인 동의 요청, 수신동의 처리 결과 안내, 비밀번호 재설정 안내 등",
    LegalBasis.CONTRACT,
)

# Not a 통신비밀보호법 record (that law's logs are the access records): kept as long, by
# the operator's own choice, to answer "did you send me…?" (L7.3).
RETENTION_RULES = [
    RetentionRule("message_records", "알림 발송 기록", Trigger.RECORD, months(3),
                  "발송 결과 확인 및 문의 대응(회사 내부 방침)"),
]

ITEMS = [
    Item("message_log", "알림 발송 기록(수신 연락처, 내용)", Category.AUTOMATIC,
         Channel.COOKIES_LOGS, ("outbox.Message.recipient", "outbox.Message.body"),
         (NOTIFICATIONS,), ("message_records",)),
]

# The SMS gateway the production backend (outbox.sms) speaks to; its payload is built
# through outbox.sms.MESSAGE_WIRE, which refuses anything not listed here (P7.3).
PROCESSORS = [
    Processor("solapi", "(주)솔라피", "문자메시지(SMS·LMS) 발송",
              ("mobile", "message_log")),
]

RETENTION_TARGETS = [
    RetentionTarget("message_records", "outbox.Message", "created_at", "알림 발송 기록"),
]

# What the outbox hold about a member, for My Page, the download and withdrawal.
PROVIDERS = [MessageProvider()]
