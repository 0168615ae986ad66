"""The security pledge staff sign, and the current training course (P12.4).

Bump ``PLEDGE_VERSION`` whenever the text changes: every staff member must then sign
the new version before they can open personal data again. A signature is also only
current for ``PLEDGE_VALID_DAYS`` (yearly renewal, 시행령 제30조 교육·서약 관행).
"""

from __future__ import annotations

PLEDGE_VERSION = "2026.1"
PLEDGE_VALID_DAYS = 365
TRAINING_VERSION = "2026 개인정보 보호 정기교육"

PLEDGE_TITLE = "개인정보 보호 및 보안 서약서"
PLEDGE_TEXT = """\
본인은 마키시네마의 개인정보처리시스템에 접근하는 업무를 수행하면서 다음 사항을 준수할 것을 서약합니다.

1. 업무상 알게 된 개인정보를 업무 목적 외로 이용하거나 다른 사람에게 제공·누설하지 않습니다.
2. 부여받은 권한의 범위에서 업무에 필요한 최소한의 개인정보만 열람하며, 마스킹 해제는 정당한 사유를 기재한 경우에만 합니다.
3. 계정, 비밀번호, 2단계 인증 기기를 다른 사람과 공유하지 않습니다.
4. 개인정보를 내려받은 경우 업무 종료 즉시 파기하며, 내려받기 사유를 사실대로 기재합니다.
5. 모든 접속과 처리 내역이 기록·점검된다는 사실을 알고 있으며, 위반 시 관련 법령과 사규에 따른 책임을 집니다.
6. 퇴직하거나 업무가 바뀌면 보유한 개인정보를 반납·파기하고, 접근권한 회수에 협조합니다.
"""
