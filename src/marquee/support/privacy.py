"""What the customer centre holds about people, why, and for how long (P13, P3).

An inquiry (its subject, the conversation, the booking asked about) and the inquirer's
name and contact are a consumer complaint/dispute record: kept 3 years after the
inquiry is closed (전자상거래법 시행령 제6조, rule ``complaint_records``), then destroyed
by the sweep with a destruction record. A withdrawal moves them to the separate store
under the same rule (open inquiries count from the withdrawal).
"""

import datetime

from marquee.privacy.api import (
    Category,
    Channel,
    Item,
    LegalBasis,
    Purpose,
    RetentionTarget,
    ScheduledJob,
    Statement,
)

from .providers import SupportProvider, purge_inquiries

CUSTOMER_SERVICE = Purpose(
    "customer_service", "고객 문의·불만 처리",
    "1:1 문의 접수와 답변, 불만·분쟁 처리 및 그 기록의 보존", LegalBasis.CONTRACT)

_CS = Channel.CONSULTATION  # "상담 요청(전화, 이메일, 게시판)"

ITEMS = [
    Item("inquiry_content", "문의 내용(문의 유형, 제목, 문의·답변 내용, 첨부 이미지, 문의한 예매)",
         Category.AUTOMATIC, _CS,
         ("support.Inquiry.subject", "support.Inquiry.booking", "support.Message.body",
          "support.InquiryAttachment.stored_as"),
         (CUSTOMER_SERVICE,), ("complaint_records",)),
    Item("inquiry_contact", "문의자 정보(회원 번호 또는 비회원의 이름, 회신받을 이메일·휴대전화번호)",
         Category.AUTOMATIC, _CS,
         ("support.Inquiry.member", "support.Inquiry.guest_name", "support.Inquiry.contact"),
         (CUSTOMER_SERVICE,), ("complaint_records",)),
]

RETENTION_TARGETS = [
    RetentionTarget("complaint_records", "support.Inquiry", "closed_at",
                    "종결 후 3년이 지난 1:1 문의(대화·처리 이력·비회원 연락처 포함)",
                    purge=purge_inquiries, filters={"status": "closed"}),
]

STATEMENTS = [
    Statement("customer_centre_inquiries", "complaints",
              "회원과 비회원은 고객센터 페이지의 1:1 문의, 전화, 이메일, 팩스, 우편으로 문의할 수 "
              "있습니다(고객센터 페이지: /support/). 이메일·팩스·우편 문의는 접수 후 24시간 안에 답변하며, 근무시간(평일 "
              "10:00~18:00) 이후나 주말·공휴일에 접수된 문의는 다음 영업일 10:00부터 24시간 안에 "
              "답변합니다. 문의와 답변 내용은 마이페이지에서 확인할 수 있고, 문의 기록은 "
              "소비자의 불만 또는 분쟁처리에 관한 기록으로 종결 후 3년간 보관한 뒤 파기합니다. "
              "상담원은 문의자의 연락처를 가려진 상태로 보며, 문의 내용에 적힌 다른 사람의 "
              "개인정보는 저장하기 전에 가립니다.", order=5),
]

SCHEDULED_JOBS = [
    ScheduledJob("support_overdue", "답변 기한이 지난 1:1 문의 알림", "manage.py support overdue",
                 every=datetime.timedelta(hours=1), alert_after=datetime.timedelta(hours=3)),
    ScheduledJob("support_inbound", "고객센터 이메일 문의 접수", "manage.py support inbound",
                 every=datetime.timedelta(minutes=5), alert_after=datetime.timedelta(hours=1)),
]

PROVIDERS = [SupportProvider()]
