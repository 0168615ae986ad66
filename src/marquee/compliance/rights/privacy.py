"""Rights requests hold what the member asked and whom to answer; and the facts the
policy states about exercising rights (§8), owned here where they are implemented."""

import datetime

from marquee.privacy.api import (
    Category,
    Channel,
    Item,
    LegalBasis,
    Purpose,
    ScheduledJob,
    Statement,
)

from .deadlines import DEADLINE_DAYS, GUARDIAN_LINK_TTL
from .providers import RightsRequestProvider

RIGHTS_HANDLING = Purpose(
    "rights_handling", "정보주체의 권리 행사 처리",
    "개인정보 열람·정정·삭제·처리정지·동의 철회 요구와 이의 제기의 접수, 처리 결과 통지",
    LegalBasis.LAW,
)

ITEMS = [
    Item("rights_requests",
         "권리 행사 요구 내역(요구 내용, 처리 결과, 법정대리인·대리인 이름, 회신 연락처)",
         Category.AUTOMATIC, Channel.CONSULTATION,
         ("rights.RightsRequest.details", "rights.RightsRequest.requester_name",
          "rights.RightsRequest.reply_to", "rights.RightsRequest.reason"),
         (RIGHTS_HANDLING,), ("until_withdrawal",)),
]

STATEMENTS = [
    Statement("rights_how", "rights",
              "권리 행사는 마이페이지 > 개인정보 권리 행사에서 신청하시거나, 개인정보 보호책임자"
              "(14항)에게 서면, 전화, 이메일 또는 방문으로 하실 수 있으며, 이 경우 본인 여부를 "
              "확인한 뒤 접수합니다. 법정대리인이나 위임을 받은 대리인을 통하여 하실 수도 있으며, "
              "이때에는 가족관계증명서나 위임장 등으로 대리 권한을 확인합니다. 회사는 요구를 받은 "
              f"날부터 {DEADLINE_DAYS}일 이내에 처리 결과를 알려 드립니다.", order=10),
    Statement("rights_refusal", "rights",
              "법령에 따라 요구를 거절하거나 일부만 처리하는 경우에는 그 사유와 이의를 제기하는 "
              "방법을 함께 알려 드리며, 결과에 이의가 있으시면 마이페이지에서 이의를 제기하실 수 "
              "있습니다.", order=20),
    Statement("rights_guardian", "rights",
              "만 14세 미만 아동의 법정대리인은 아동의 개인정보 열람·정정·삭제·처리정지와 동의 "
              "철회를 요구할 수 있습니다. 아동 계정에서 법정대리인 명의로 요구하면 가입 때 등록된 "
              f"법정대리인 휴대전화로 확인 링크({GUARDIAN_LINK_TTL.days}일 유효)를 보내며, "
              "법정대리인이 확인한 때 접수됩니다.", order=30),
    Statement("rights_deletion", "rights",
              "삭제를 요구하신 개인정보 중 다른 법령에 따라 보존해야 하는 기록은 삭제하지 않으며, "
              "그 근거와 보존 기간을 처리 결과와 함께 알려 드립니다. 계정 전체의 삭제를 요구하시면 "
              "회원 탈퇴와 같이 처리하여, 법령에 따라 보관해야 하는 기록만 별도의 저장소에 분리하여 "
              "보관하고 나머지 개인정보는 지체 없이 파기합니다.", order=35),
    Statement("rights_hold", "rights",
              "개인정보의 정정이나 삭제를 요구하신 경우 처리를 마칠 때까지 해당 개인정보를 마케팅, "
              "제3자 제공, 통계, 처리위탁 전송에 이용하지 않으며, 처리정지를 요구하신 개인정보는 "
              "요구를 받은 때부터 마케팅, 통계와 동의에 따른 제3자 제공에 이용하지 않습니다(법률에 "
              "따라 제공해야 하는 경우는 제외합니다).", order=40),
    Statement("withdrawal_request", "withdrawal",
              "마이페이지 > 개인정보 권리 행사에서 동의 철회를 요구하실 수도 있으며, 이 경우 즉시 "
              "처리합니다.", order=30),
]


SCHEDULED_JOBS = [
    ScheduledJob("rights_overdue", "처리 기한이 지난 권리 행사 요구 알림",
                 "manage.py rights overdue", every=datetime.timedelta(days=1),
                 alert_after=datetime.timedelta(hours=48)),
]

# What rights requests hold about a member, for My Page, the download and withdrawal.
PROVIDERS = [RightsRequestProvider()]
