"""What the boards hold about people, why, and for how long (P11, P1.6).

A post (title, body, images), each earlier version of it and each comment are the
author's personal data: kept while the post is up, destroyed when the author deletes it,
when the board's posting period for it ends, or when the author leaves. A post or comment removed by staff under §11 is kept, hidden, for a year as a
misuse record (the policy's 부정이용 기록), together with the removal record and the
reports about it; the retention sweep then destroys them.

Other people's personal information typed into a post is masked before anything is
stored (P11.2), so it is never held at all; the masking records keep entity types and
counts only and are not personal data.

The policy's §11 (게시물) is stated here (``STATEMENTS``): the protection, the ten removal
grounds (``models.REASON_TEXT``), how removals are made and recorded, and the masking;
and the upload scan for §12 (``SAFEGUARDS``).
"""

from marquee.members.privacy import MEMBER_MANAGEMENT
from marquee.privacy.api import (
    Category,
    Channel,
    Item,
    LegalBasis,
    Purpose,
    RetentionRule,
    RetentionTarget,
    Safeguard,
    SafeguardKind,
    Statement,
    Trigger,
    days,
)

from .providers import CommunityProvider

COMMUNITY = Purpose(
    "community", "게시판 서비스 제공",
    "영화 이야기·관람평 게시판 운영, 게시물 변조 방지를 위한 수정 이력 보관, 신고 처리와 "
    "게시물 관리(게시 중단 사유 기록)",
    LegalBasis.CONTRACT,
)

RETENTION_RULES = [
    RetentionRule("community_posts", "게시물 삭제, 게시기간 종료 또는 회원 탈퇴 시까지",
                  Trigger.PURPOSE_END, days(0),
                  "작성자가 게시물을 삭제하거나 게시판의 게시기간이 끝나거나 회원 탈퇴 시 지체 없이 파기 "
                  "(운영정책에 따라 삭제 조치된 게시물은 부정이용 기록으로 1년 보관)"),
]

_BOARD = Channel.CONSULTATION  # "상담 요청(전화, 이메일, 게시판)"


def _f(*names: str) -> tuple[str, ...]:
    return tuple(f"community.{name}" for name in names)


ITEMS = [
    Item("post_content", "게시물(제목, 본문, 별점, 댓글, 첨부 이미지)", Category.AUTOMATIC, _BOARD,
         _f("Post.title", "Post.body", "Post.fingerprint", "Comment.body", "Comment.fingerprint",
            "Attachment.stored_as", "Attachment.alt_text"),
         (COMMUNITY,), ("community_posts", "fraud_records")),
    Item("post_history", "게시물·댓글 수정 이력", Category.AUTOMATIC, _BOARD,
         _f("PostRevision.title", "PostRevision.body", "CommentRevision.body"),
         (COMMUNITY,), ("community_posts", "fraud_records")),
    Item("board_alias", "게시판 표시용 가명 번호(필명이 없을 때 '회원1234' 형식으로 표시)",
         Category.AUTOMATIC, _BOARD, _f("Alias.number"), (COMMUNITY,), ("until_withdrawal",)),
    Item("post_report", "게시물 신고 내역(신고자, 사유, 상세 내용)", Category.AUTOMATIC, _BOARD,
         _f("Report.reporter", "Report.detail"), (COMMUNITY, MEMBER_MANAGEMENT),
         ("fraud_records",)),
]

_REMOVED = {"status": "removed"}

RETENTION_TARGETS = [
    # A board's posting period over: the post's purpose is achieved (the list hides it at
    # once; the daily sweep destroys it with a destruction record).
    RetentionTarget("community_posts", "community.Post", "expires_at",
                    "게시기간이 끝난 게시물(수정 이력·댓글·첨부 이미지 포함)",
                    filters={"status": "published"}),
    RetentionTarget("fraud_records", "community.Post", "removed_at",
                    "삭제 조치된 게시물(수정 이력·댓글·첨부 이미지 포함)", filters=_REMOVED),
    RetentionTarget("fraud_records", "community.Comment", "removed_at",
                    "삭제 조치된 댓글(수정 이력 포함)", filters=_REMOVED),
    RetentionTarget("fraud_records", "community.Removal", "removed_at", "게시물 삭제 조치 기록"),
    RetentionTarget("fraud_records", "community.Report", "created_at", "게시물 신고 기록"),
]


# --- for the rendered policy: what the boards do (§11 게시물, §12) ----------------------


def _removal_grounds() -> tuple[str, ...]:
    """The §11 grounds, in the policy's words, in the order staff choose them."""
    from .models import REASON_TEXT, Reason

    return tuple(REASON_TEXT[reason] for reason in Reason)


def _fraud_period() -> str:
    from marquee.privacy.api import inventory

    rule = inventory.rules["fraud_records"]
    return f"{rule.label}으로 {rule.period.label}"


STATEMENTS = [
    Statement("posts_public", "sensitive",
              "게시판의 게시물과 댓글은 누구나 볼 수 있도록 공개됩니다. 게시물에 건강, 사상·신념, "
              "정치적 견해 등 민감정보를 적으면 다른 사람이 알 수 있게 되므로 적지 않도록 유의해 "
              "주십시오. 공개를 원하지 않으면 작성자는 언제든지 게시물과 댓글을 수정하거나 삭제할 "
              "수 있으며, 삭제를 요청하시면 회사가 게시를 중단합니다."),
    Statement("posts_protection", "posts",
              "회사는 회원의 게시물을 소중하게 생각하며 변조·훼손·삭제되지 않도록 보호합니다. 게시물과 "
              "댓글을 수정하면 이전 내용을 수정 이력으로 모두 보존하며, 게시물의 수정 이력은 작성자와 "
              "운영자만 볼 수 있습니다. 게시판에는 회원의 이름 대신 필명 또는 '회원1234' 형식의 가명 "
              "번호를 표시합니다. 작성자가 게시물을 삭제하면 수정 이력, 댓글, 첨부 이미지와 함께 즉시 "
              "파기합니다.", order=10),
    Statement("posts_removal_grounds", "posts",
              "다만 게시물이나 댓글이 다음 중 하나에 해당하는 경우에는 회사가 게시를 중단(삭제 조치)할 수 "
              "있으며, 이 밖의 이유로는 삭제 조치하지 않습니다.",
              order=20, bullets=_removal_grounds),
    Statement("posts_removal_record", "posts",
              lambda: "삭제 조치는 게시물 관리 권한을 받은 직원만 2단계 인증을 거쳐 위 사유 중 하나를 "
                      "선택하여 할 수 있고, 그 사유와 처리 일시, 처리한 직원을 기록합니다. 작성자는 "
                      "마이페이지에서(게시물은 게시물 화면에서도) 삭제 사유를 확인할 수 있습니다. "
                      f"삭제 조치된 게시물과 댓글은 공개하지 않고 {_fraud_period()} 보관한 뒤 "
                      "파기합니다. 회원은 위 사유에 해당하는 게시물과 댓글을 신고할 수 있으며, 신고는 "
                      "운영자가 검토하여 처리합니다.",
              order=30),
    Statement("posts_masking", "posts",
              "회사는 게시판에서 다른 사람의 개인정보를 보호하기 위하여, 게시물·댓글·신고 내용에 포함된 "
              "주민등록번호·외국인등록번호, 전화번호, 이메일 주소, 카드번호, 계좌번호, 여권번호, "
              "운전면허번호, 주소와 글 속의 사람 이름을 게시하기 전에 기호로 가립니다(예: "
              "010-****-5678, 900101-1******, 홍*동). 영화 제목, 출연진·제작진 이름과 극장 이름은 "
              "가리지 않습니다. 가리기 전의 내용은 저장하지 않으며, 가릴 때마다 가린 정보의 종류와 "
              "개수를 기록합니다(가린 값 자체는 기록하지 않습니다).", order=40),
]

SAFEGUARDS = [
    Safeguard("upload_scan", SafeguardKind.TECHNICAL,
              "게시판에 올리는 이미지는 저장하기 전에 악성코드 검사를 하여 검사를 통과한 파일만 받으며, "
              "촬영 위치 등 메타데이터를 지우고 암호화하여 저장합니다."),
]

# What the boards hold about a member, for My Page, the download and withdrawal.
PROVIDERS = [CommunityProvider()]
