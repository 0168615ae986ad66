"""What the boards hold about people, why, and for how long (P11, P1.6).

A post (title, body, images), each earlier version of it and each comment are the
author's personal data: kept while the post is up, destroyed when the author deletes it,
when the board's posting period for it ends, or when the author leaves. A post or comment removed by staff under §11 is kept, hidden, for a year as a
misuse record (the policy's 부정이용 기록), together with the removal record and the
reports about it; the retention sweep then destroys them.

Other people's personal information typed into a post is masked before anything is
stored (P11.2), so it is never held at all; the masking records keep entity types and
counts only and are not personal data.
"""

from marquee.members.privacy import MEMBER_MANAGEMENT
from marquee.privacy.inventory import (
    Category,
    Channel,
    Item,
    LegalBasis,
    Purpose,
    RetentionRule,
    Trigger,
    days,
)
from marquee.privacy.retention import RetentionTarget

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
            "Attachment.stored_as"),
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
