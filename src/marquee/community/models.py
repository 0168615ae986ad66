"""Boards, posts, comments, their edit history, reports and removals (P11).

What makes these models different from an ordinary forum's:

* a post's title and body, every earlier version of them and its attachments are the
  author's personal data: sealed under the author's data key (attachments under a key
  of their own), so the author's withdrawal crypto-shreds them;
* only the *masked* text is ever stored (P11.2): other people's phone numbers, names…
  never reach the database, and each masking is recorded as entity types and counts;
* history is append-only: a revision row is never rewritten (P11.1);
* staff remove a post only with one of the §11 reasons, and the removal is a record
  of its own (``Removal``) that outlives the post's visibility.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from marquee.privacy.api import (
    EncryptedCharField,
    KeyedHashField,
    KeyedVaultModel,
    VaultModel,
    is_sealed,
    personal,
)


class Reason(models.TextChoices):
    """The only grounds on which staff may remove a post or comment (policy §11)."""

    DEFAMATION = "defamation", "명예훼손·모욕·비방"
    OBSCENITY = "obscenity", "음란·저속한 내용"
    POLITICAL_RELIGIOUS = "political_religious", "정치·종교적 견해(서비스 성격 부적합)"
    PIRACY_HACKING = "piracy_hacking", "불법복제·해킹 조장 또는 범죄 관련"
    COPYRIGHT = "copyright", "저작권 등 권리 침해"
    PAST_POSTING_PERIOD = "past_posting_period", "게시기간 초과·게시판 성격 부적합"
    ADVERTISING = "advertising", "영리 목적 광고·판촉"
    IMPERSONATION = "impersonation", "타인 ID·성명 도용, 정보 위·변조"
    DUPLICATE = "duplicate", "동일 내용 중복 게시"
    OTHER_LAW = "other_law", "기타 관계 법령·회사 지침 위반"


# The policy's own words for each reason (§11), shown where staff choose one.
REASON_TEXT = {
    Reason.DEFAMATION: "회사, 다른 회원 또는 제3자에게 심한 모욕을 주거나 비방, 중상모략으로 명예를 "
                       "손상시키는 내용인 경우",
    Reason.OBSCENITY: "공공질서 및 미풍양속에 위반되는 저속, 음란한 내용의 정보, 문장, 도형, 사진 "
                      "동영상을 전송, 게시하거나 링크시키는 경우",
    Reason.POLITICAL_RELIGIOUS: "사적인 정치적 판단이나, 종교적 견해의 내용으로 회사가 서비스 성격에 "
                                "부합하지 않는다고 판단하는 경우",
    Reason.PIRACY_HACKING: "불법복제 또는 해킹을 조장하는 내용 또는 범죄적 행위에 결부된다고 인정되는 "
                           "내용인 경우",
    Reason.COPYRIGHT: "회사의 저작권, 제3자의 저작권 등 기타 권리를 침해하는 내용인 경우",
    Reason.PAST_POSTING_PERIOD: "회사에서 규정한 게시기간을 초과하거나 게시물 원칙에 어긋나 게시판 "
                                "성격에 부합하지 않는 경우",
    Reason.ADVERTISING: "영리를 목적으로 하는 광고 등 상업적 이용이라고 판단되는 경우 또는 불필요하거나 "
                        "승인되지 않은 광고, 판촉물을 게재하는 경우",
    Reason.IMPERSONATION: "타인의 ID(고유번호), 성명 등을 무단으로 도용하여 작성한 내용이거나, 타인이 "
                          "입력한 정보를 무단으로 위,변조한 내용인 경우",
    Reason.DUPLICATE: "동일한 내용을 중복하여 다수 게시하는 등 게시의 목적에 어긋나는 경우",
    Reason.OTHER_LAW: "기타 관계 법령 및 회사의 지침 등에 위반된다고 판단되는 경우",
}


class Board(models.Model):
    class Kind(models.TextChoices):
        TALK = "talk", "영화 이야기"
        REVIEW = "review", "관람평"

    slug = models.SlugField("주소 이름", max_length=30, unique=True)
    name = models.CharField("게시판 이름", max_length=40)
    kind = models.CharField("종류", max_length=10, choices=Kind.choices, default=Kind.TALK)
    description = models.CharField("설명", max_length=200, blank=True)
    position = models.PositiveSmallIntegerField("순서", default=0)
    is_active = models.BooleanField("사용", default=True)
    # Posting period (§11 "게시기간"): when new posts are accepted, and how long a post
    # stays up before it ends as "past the posting period".
    posting_opens_at = models.DateTimeField("글쓰기 시작", null=True, blank=True)
    posting_closes_at = models.DateTimeField("글쓰기 마감", null=True, blank=True)
    display_days = models.PositiveIntegerField(
        "게시기간(일)", null=True, blank=True,
        help_text="비워 두면 기간 제한 없음. 지나면 '게시기간 초과' 사유로 게시가 종료됩니다.")
    allow_attachments = models.BooleanField("이미지 첨부 허용", default=True)

    privacy_waivers = {"name": "a board's title chosen by staff, not a person's name"}

    class Meta:
        verbose_name = "게시판"
        verbose_name_plural = "게시판"
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.name

    def posting_closed_reason(self, now=None) -> str:
        """Why a new post is not accepted now, in Korean; "" when it is."""
        now = now or timezone.now()
        if not self.is_active:
            return "운영하지 않는 게시판입니다."
        if self.posting_opens_at and now < self.posting_opens_at:
            opens = timezone.localtime(self.posting_opens_at).strftime("%Y-%m-%d %H:%M")
            return f"이 게시판은 {opens}부터 글을 쓸 수 있습니다."
        if self.posting_closes_at and now >= self.posting_closes_at:
            return "이 게시판의 글쓰기 기간이 끝났습니다."
        return ""


class Alias(models.Model):
    """A member's stable board pseudonym number ("회원4821"), drawn at random: it is
    derived from nothing about the person, so it reveals nothing and cannot be reversed."""

    member = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                  related_name="community_alias")
    number = personal(models.PositiveIntegerField(unique=True), item="board_alias",
                      plain_reason="drawn at random and shown publicly as 회원N on every post; "
                                   "uniqueness is enforced by the database")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "게시판 가명 번호"

    @property
    def label(self) -> str:
        return f"회원{self.number}"


class Status(models.TextChoices):
    PUBLISHED = "published", "게시 중"
    REMOVED = "removed", "삭제 조치됨"


class AuthorOwned(VaultModel):
    """A row written by one member, sealed under that member's data key."""

    vault_key_path = "author__data_key"

    class Meta:
        abstract = True

    def vault_data_key(self):
        return self.author.data_key


class AppendOnly(models.Model):
    """A history row: written once. Only a key rotation may re-seal its sealed fields."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            sealed = {f.attname for f in self._meta.concrete_fields if is_sealed(f)}
            fields = kwargs.get("update_fields")
            if fields is None or not set(fields) <= sealed:
                raise ValueError("edit history is append-only (P11.1)")
        super().save(*args, **kwargs)


class Post(AuthorOwned):
    board = models.ForeignKey(Board, on_delete=models.PROTECT, related_name="posts")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                               related_name="community_posts")
    movie = models.ForeignKey("booking.Movie", null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")
    rating = models.PositiveSmallIntegerField("별점", null=True, blank=True)
    title = EncryptedCharField("제목", item="post_content", max_length=100)
    body = EncryptedCharField("본문", item="post_content", max_length=10000)
    # Keyed hash of the normalised (masked) body: duplicate detection without the text.
    fingerprint = personal(KeyedHashField(db_index=True), item="post_content")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    revision_count = models.PositiveSmallIntegerField(default=1)
    expires_at = models.DateTimeField(null=True, blank=True)  # the board's posting period
    removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "게시물"
        verbose_name_plural = "게시물"
        ordering = ["-created_at", "-pk"]
        permissions = [("moderate_post", "게시물 신고 처리 및 삭제 조치")]
        indexes = [models.Index(fields=["board", "status", "created_at"])]
        constraints = [
            models.CheckConstraint(condition=Q(rating__isnull=True) | Q(rating__gte=1, rating__lte=5),
                                   name="post_rating_1_to_5"),
        ]

    def __str__(self) -> str:
        return f"게시물 #{self.pk}"

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED and not self.is_expired

    @property
    def is_expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()


class PostRevision(AppendOnly, VaultModel):
    """Every published version of a post, the first included (P11.1)."""

    vault_key_path = "post__author__data_key"

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveSmallIntegerField()
    title = EncryptedCharField(item="post_history", max_length=100)
    body = EncryptedCharField(item="post_history", max_length=10000)
    rating = models.PositiveSmallIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "게시물 수정 이력"
        ordering = ["post", "number"]
        constraints = [models.UniqueConstraint(fields=["post", "number"], name="post_revision_unique")]

    def vault_data_key(self):
        return self.post.author.data_key


class Comment(AuthorOwned):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                               related_name="community_comments")
    body = EncryptedCharField("댓글", item="post_content", max_length=1000)
    fingerprint = personal(KeyedHashField(db_index=True), item="post_content")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    revision_count = models.PositiveSmallIntegerField(default=1)
    removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "댓글"
        verbose_name_plural = "댓글"
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"댓글 #{self.pk}"


class CommentRevision(AppendOnly, VaultModel):
    vault_key_path = "comment__author__data_key"

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveSmallIntegerField()
    body = EncryptedCharField(item="post_history", max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "댓글 수정 이력"
        ordering = ["comment", "number"]
        constraints = [models.UniqueConstraint(fields=["comment", "number"],
                                               name="comment_revision_unique")]

    def vault_data_key(self):
        return self.comment.author.data_key


ALT_TEXT_MAX = 200


class Attachment(KeyedVaultModel):
    """An image attached to a post: scanned, checked by content, stripped of metadata,
    re-encoded, then stored under MEDIA_ROOT sealed with a data key of its own.
    The uploader's file name is not kept."""

    vault_scope = "community-attachment"

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="attachments")
    # The image itself is sealed in the file; the name is random (uuid4), not the upload's.
    stored_as = personal(models.CharField(max_length=200, unique=True), item="post_content",
                         plain_reason="the random storage name of the sealed image file, "
                                      "needed to open and delete it; no content of its own")
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()  # of the re-encoded image
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    scanner = models.CharField(max_length=40)
    scanned_at = models.DateTimeField()
    created_at = models.DateTimeField(default=timezone.now)
    # What the image shows, written by the uploader and masked like the body (issue 19:
    # the <img> alt); none only on images attached before the field existed.
    alt_text = EncryptedCharField("대체 텍스트", item="post_content", max_length=ALT_TEXT_MAX,
                                  null=True, blank=True)

    class Meta:
        verbose_name = "첨부 이미지"
        ordering = ["post", "pk"]

    @property
    def extension(self) -> str:
        from marquee.uploads.images import extension

        return extension(self.content_type)


class Report(models.Model):
    """A member's report of a post or comment; open reports form the moderation queue."""

    class State(models.TextChoices):
        OPEN = "open", "접수"
        ACTIONED = "actioned", "삭제 조치"
        DISMISSED = "dismissed", "조치 없음"

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    comment = models.ForeignKey(Comment, null=True, blank=True, on_delete=models.CASCADE,
                                related_name="reports")
    reporter = personal(models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                          on_delete=models.SET_NULL, related_name="community_reports"),
                        item="post_report",
                        plain_reason="a reference to the reporter's member row, whose own "
                                     "items are sealed there; needed to join reports")
    reason = models.CharField("신고 사유", max_length=30, choices=Reason.choices)
    # Kept for the fraud-records period after the reporter leaves, so the reporter's key
    # (destroyed at withdrawal) cannot seal it; a retention key per expiry month could,
    # after the three-step migration (docs/declaring-personal-data.md). Shown masked.
    detail = personal(models.CharField("상세 내용", max_length=500, blank=True), item="post_report",
                      plain_reason="the reporter's note to moderators, kept for the "
                                   "fraud-records period after the reporter withdraws; no "
                                   "key of Report's own yet (follow-up)")
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    handled_at = models.DateTimeField(null=True, blank=True)
    handled_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = "신고"
        verbose_name_plural = "신고"
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["reporter", "post"], condition=Q(comment__isnull=True),
                                    name="report_once_per_post"),
            models.UniqueConstraint(fields=["reporter", "comment"],
                                    condition=Q(comment__isnull=False),
                                    name="report_once_per_comment"),
        ]


class Removal(models.Model):
    """The record of a removal: what, on which §11 ground, by whom, when (P11.1).

    Kept as a misuse record (``fraud_records``, 1 year) after the post itself is gone;
    it holds no post text."""

    class Target(models.TextChoices):
        POST = "post", "게시물"
        COMMENT = "comment", "댓글"

    target = models.CharField(max_length=10, choices=Target.choices)
    post = models.ForeignKey(Post, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="removals")
    comment = models.ForeignKey(Comment, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="removals")
    post_number = models.PositiveBigIntegerField()  # which post, after the row is gone
    comment_number = models.PositiveBigIntegerField(null=True, blank=True)
    board = models.ForeignKey(Board, on_delete=models.PROTECT, related_name="+")
    reason = models.CharField("삭제 사유", max_length=30, choices=Reason.choices)
    note = models.CharField("처리 메모", max_length=500, blank=True)  # masked like a post
    removed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    automatic = models.BooleanField(default=False)  # the posting-period job, not a person
    reports = models.PositiveIntegerField(default=0)  # open reports it settled
    removed_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = "게시물 삭제 기록"
        verbose_name_plural = "게시물 삭제 기록"
        ordering = ["-removed_at"]
        constraints = [
            models.CheckConstraint(condition=Q(reason__in=Reason.values), name="removal_reason_s11"),
        ]


class MaskingRecord(models.Model):
    """One masking before publication (P11.2): entity types and counts, never values.

    ``source`` names the kind of text ("community.post", "support.message", …) and
    ``object_id`` the row, so the same record serves every app that publishes text."""

    source = models.CharField(max_length=40)
    object_id = models.CharField(max_length=40)
    part = models.CharField(max_length=20, default="body")  # title, body…
    version = models.PositiveSmallIntegerField(null=True, blank=True)
    entities = models.JSONField(default=dict)  # {"PHONE": 1, "PERSON": 2}
    total = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    privacy_waivers = {"entities": "counts per entity type masked ({\"PHONE\": 1}), no values"}

    class Meta:
        verbose_name = "개인정보 가림 처리 기록"
        verbose_name_plural = "개인정보 가림 처리 기록"
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["source", "object_id"])]
