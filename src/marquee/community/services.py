"""Board services: writing, editing, deleting, reporting, removal (P11.1–P11.3, P12.2).

Views only translate HTTP; every rule is here. A refused request raises a
:class:`CommunityError` whose message is shown to the member as it is.
"""

from __future__ import annotations

import datetime
import re
import secrets
import unicodedata

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from marquee.privacy.api import blind_index

from . import attachments, publishing
from .errors import CommunityError
from .models import (
    Alias,
    Board,
    Comment,
    CommentRevision,
    Post,
    PostRevision,
    Reason,
    Removal,
    Report,
    Status,
)

TITLE_MAX = 100
BODY_MAX = 10_000
COMMENT_MAX = 1_000
REPORT_DETAIL_MAX = 500
NOTE_MAX = 500
POST_SOURCE = "community.post"
COMMENT_SOURCE = "community.comment"


class PostingClosed(CommunityError):
    code = "posting_closed"


class DuplicatePost(CommunityError):
    status = 409
    code = "duplicate_post"


class AlreadyReported(CommunityError):
    status = 409
    code = "already_reported"


# --- who may do what -------------------------------------------------------------------------

def can_write(member) -> bool:
    return bool(member and member.is_authenticated and member.is_active)


def can_moderate(user) -> bool:
    """Staff with the moderation permission (the back office maps roles onto it)."""
    return bool(user and user.is_authenticated and user.is_active and user.is_staff
                and user.has_perm("community.moderate_post"))


def _require_writer(member) -> None:
    if not can_write(member):
        raise PermissionDenied("로그인한 회원만 글을 쓸 수 있습니다.")


def _require_author(obj, member) -> None:
    if not member.is_authenticated or obj.author_id != member.pk:
        raise PermissionDenied("작성자만 할 수 있습니다.")


def _require_moderator(user) -> None:
    if not can_moderate(user):
        raise PermissionDenied("게시물 관리 권한이 없습니다.")


# --- pen names and pseudonyms ------------------------------------------------------------------

def alias_for(member) -> Alias:
    """The member's board number, drawn at random the first time it is needed."""
    existing = Alias.objects.filter(member=member).first()
    if existing:
        return existing
    for attempt in range(40):
        digits = 4 if attempt < 10 else 6 if attempt < 25 else 8
        number = 10 ** (digits - 1) + secrets.randbelow(9 * 10 ** (digits - 1))
        try:
            with transaction.atomic():
                return Alias.objects.create(member=member, number=number)
        except IntegrityError:
            existing = Alias.objects.filter(member=member).first()
            if existing:
                return existing
    raise RuntimeError("could not draw a free board number")


def display_name(member) -> str:
    """What a board shows for an author: the pen name, else "회원1234"; never the name."""
    if member is None:
        return "탈퇴한 회원"
    pen_name = (member.pen_name or "").strip()
    if pen_name:
        return pen_name
    try:
        return member.community_alias.label
    except Alias.DoesNotExist:
        return alias_for(member).label


# --- duplicates ----------------------------------------------------------------------------------

_NOISE = re.compile(r"[\W_]+", re.UNICODE)


def fingerprint(text: str) -> str:
    """A keyed hash of the text with case, spacing and punctuation ignored."""
    normalised = _NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())
    return blind_index("community-content", normalised or "-")


def duplicate_window() -> datetime.timedelta:
    return datetime.timedelta(days=getattr(settings, "MARQUEE_DUPLICATE_WINDOW_DAYS", 30))


def _is_duplicate_post(author, fp: str, movie, now, *, exclude=None) -> bool:
    posts = Post.objects.filter(author=author, fingerprint=fp, status=Status.PUBLISHED,
                                created_at__gte=now - duplicate_window())
    posts = posts.filter(movie=movie) if movie is not None else posts
    if exclude is not None:
        posts = posts.exclude(pk=exclude.pk)
    return posts.exists()


# --- posts ---------------------------------------------------------------------------------------

def _clean_text(value: str, *, label: str, limit: int, required: bool = True) -> str:
    value = (value or "").strip()
    if required and not value:
        raise CommunityError(f"{label}을(를) 입력해 주세요.")
    if len(value) > limit:
        raise CommunityError(f"{label}은(는) {limit:,}자까지 쓸 수 있습니다.")
    return value


def _check_review(board: Board, movie, rating) -> None:
    if board.kind == Board.Kind.REVIEW:
        if movie is None:
            raise CommunityError("관람평을 쓸 영화를 골라 주세요.")
        if rating is None or not 1 <= int(rating) <= 5:
            raise CommunityError("별점은 1점부터 5점까지 고를 수 있습니다.")
    elif rating is not None:
        raise CommunityError("별점은 관람평 게시판에서만 줄 수 있습니다.")


def max_attachments() -> int:
    return getattr(settings, "MARQUEE_ATTACHMENTS_PER_POST", 4)


def create_post(author, board: Board, *, title: str, body: str, movie=None, rating=None,
                files=(), alts=(), now=None) -> Post:
    """Publish a post: masked (P11.2), de-duplicated, attachments scanned (P12.2)."""
    now = now or timezone.now()
    _require_writer(author)
    closed = board.posting_closed_reason(now)
    if closed:
        raise PostingClosed(closed)
    title = _clean_text(title, label="제목", limit=TITLE_MAX)
    body = _clean_text(body, label="본문", limit=BODY_MAX)
    _check_review(board, movie, rating)
    files = list(files or ())
    if files and not board.allow_attachments:
        raise CommunityError("이 게시판에는 이미지를 첨부할 수 없습니다.")
    if len(files) > max_attachments():
        raise CommunityError(f"이미지는 {max_attachments()}개까지 첨부할 수 있습니다.")

    allow = publishing.catalogue_names()
    masked_title = publishing.mask(title, allow=allow)
    masked_body = publishing.mask(body, allow=allow)
    fp = fingerprint(masked_body.text)
    if _is_duplicate_post(author, fp, movie, now):
        raise DuplicatePost("같은 내용의 글을 이미 올리셨습니다. 동일한 내용을 중복해서 게시할 수 없습니다.")
    masked_alts = [publishing.mask(alt, allow=allow) for alt in alts]
    prepared = [attachments.prepare(f) for f in files]  # before anything is written

    written: list[str] = []
    try:
        with transaction.atomic():
            alias_for(author)
            post = Post.objects.create(
                board=board, author=author, movie=movie, rating=rating, title=masked_title.text,
                body=masked_body.text, fingerprint=fp, created_at=now,
                expires_at=now + datetime.timedelta(days=board.display_days)
                if board.display_days else None)
            PostRevision.objects.create(post=post, number=1, title=post.title, body=post.body,
                                        rating=rating, created_at=now)
            publishing.record(masked_title, source=POST_SOURCE, object_id=post.pk, part="title",
                              version=1)
            publishing.record(masked_body, source=POST_SOURCE, object_id=post.pk, part="body",
                              version=1)
            for number, item in enumerate(prepared):
                stored = attachments.store(post, item)
                written.append(stored.stored_as)
                _describe(stored, masked_alts[number] if number < len(masked_alts) else None)
    except Exception:
        for name in written:  # the rows rolled back (and their keys with them)
            default_storage.delete(name)
        raise
    return post


def _describe(attachment, masked) -> None:
    """The uploader's alt text on a stored image (issue 19), masked like the body."""
    if masked is None:
        return
    attachment.alt_text = masked.text
    attachment.save(update_fields=["alt_text"])
    publishing.record(masked, source=POST_SOURCE, object_id=attachment.post_id,
                      part=f"image_alt_{attachment.pk}"[:20], version=1)


def edit_post(post: Post, editor, *, title: str, body: str, rating=None, now=None) -> Post:
    """A new version, appended to the history (P11.1); the old ones stay as they were."""
    now = now or timezone.now()
    _require_author(post, editor)
    title = _clean_text(title, label="제목", limit=TITLE_MAX)
    body = _clean_text(body, label="본문", limit=BODY_MAX)
    with transaction.atomic():
        post = Post.objects.select_for_update().select_related("author__data_key", "board").get(pk=post.pk)
        if post.status != Status.PUBLISHED:
            raise CommunityError("삭제 조치된 게시물은 수정할 수 없습니다.")
        if post.is_expired:
            raise CommunityError("게시기간이 끝난 게시물은 수정할 수 없습니다.")
        _check_review(post.board, post.movie, rating)
        allow = publishing.catalogue_names()
        masked_title = publishing.mask(title, allow=allow)
        masked_body = publishing.mask(body, allow=allow)
        if (masked_title.text, masked_body.text, rating) == (post.title, post.body, post.rating):
            return post  # nothing changed: no new version
        number = post.revision_count + 1
        PostRevision.objects.create(post=post, number=number, title=masked_title.text,
                                    body=masked_body.text, rating=rating, created_at=now)
        post.title, post.body, post.rating = masked_title.text, masked_body.text, rating
        post.fingerprint = fingerprint(masked_body.text)
        post.edited_at, post.revision_count = now, number
        post.save(update_fields=["title", "body", "rating", "fingerprint", "edited_at",
                                 "revision_count"])
        publishing.record(masked_title, source=POST_SOURCE, object_id=post.pk, part="title",
                          version=number)
        publishing.record(masked_body, source=POST_SOURCE, object_id=post.pk, part="body",
                          version=number)
    return post


def delete_post(post: Post, member) -> None:
    """The author's own deletion: the post, its history, comments and images are
    destroyed at once. A post removed by staff stays as a record for its period."""
    _require_author(post, member)
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        if post.status == Status.REMOVED:
            raise CommunityError("운영정책에 따라 삭제 조치된 게시물은 보관 기간 동안 지울 수 없습니다.")
        post.delete()


# --- comments ------------------------------------------------------------------------------------

def add_comment(post: Post, author, body: str, *, now=None) -> Comment:
    now = now or timezone.now()
    _require_writer(author)
    if not post.is_published:
        raise CommunityError("게시 중인 글에만 댓글을 달 수 있습니다.")
    body = _clean_text(body, label="댓글", limit=COMMENT_MAX)
    masked = publishing.mask(body)
    fp = fingerprint(masked.text)
    if Comment.objects.filter(post=post, author=author, fingerprint=fp,
                              status=Status.PUBLISHED).exists():
        raise DuplicatePost("같은 댓글을 이미 남기셨습니다.")
    with transaction.atomic():
        alias_for(author)
        comment = Comment.objects.create(post=post, author=author, body=masked.text,
                                         fingerprint=fp, created_at=now)
        CommentRevision.objects.create(comment=comment, number=1, body=comment.body,
                                       created_at=now)
        publishing.record(masked, source=COMMENT_SOURCE, object_id=comment.pk, version=1)
    return comment


def edit_comment(comment: Comment, editor, body: str, *, now=None) -> Comment:
    now = now or timezone.now()
    _require_author(comment, editor)
    body = _clean_text(body, label="댓글", limit=COMMENT_MAX)
    with transaction.atomic():
        comment = Comment.objects.select_for_update().select_related(
            "author__data_key", "post").get(pk=comment.pk)
        if comment.status != Status.PUBLISHED or not comment.post.is_published:
            raise CommunityError("게시 중인 댓글만 수정할 수 있습니다.")
        masked = publishing.mask(body)
        if masked.text == comment.body:
            return comment
        number = comment.revision_count + 1
        CommentRevision.objects.create(comment=comment, number=number, body=masked.text,
                                       created_at=now)
        comment.body, comment.fingerprint = masked.text, fingerprint(masked.text)
        comment.edited_at, comment.revision_count = now, number
        comment.save(update_fields=["body", "fingerprint", "edited_at", "revision_count"])
        publishing.record(masked, source=COMMENT_SOURCE, object_id=comment.pk, version=number)
    return comment


def delete_comment(comment: Comment, member) -> None:
    _require_author(comment, member)
    with transaction.atomic():
        comment = Comment.objects.select_for_update().get(pk=comment.pk)
        if comment.status == Status.REMOVED:
            raise CommunityError("운영정책에 따라 삭제 조치된 댓글은 보관 기간 동안 지울 수 없습니다.")
        comment.delete()


# --- reports (P11.3) -----------------------------------------------------------------------------

def report(reporter, *, post: Post, comment: Comment | None = None, reason: str,
           detail: str = "", now=None) -> Report:
    """A member's report: it lands in the moderation queue."""
    _require_writer(reporter)
    target = comment or post
    if target.author_id == reporter.pk:
        raise CommunityError("내가 쓴 글은 신고할 수 없습니다.")
    if reason not in Reason.values:
        raise CommunityError("신고 사유를 골라 주세요.")
    if not post.is_published or (comment is not None and comment.status != Status.PUBLISHED):
        raise CommunityError("이미 게시가 중단된 글입니다.")
    detail = _clean_text(detail, label="상세 내용", limit=REPORT_DETAIL_MAX, required=False)
    masked = publishing.mask(detail)
    try:
        with transaction.atomic():
            created = Report.objects.create(post=post, comment=comment, reporter=reporter,
                                            reason=reason, detail=masked.text,
                                            created_at=now or timezone.now())
            publishing.record(masked, source="community.report", object_id=created.pk)
    except IntegrityError:
        raise AlreadyReported("이미 신고하신 글입니다. 운영자가 확인하고 있습니다.") from None
    return created


# --- removal by staff (P11.1) --------------------------------------------------------------------

def remove(staff, *, post: Post, comment: Comment | None = None, reason: str, note: str = "",
           now=None) -> Removal:
    """Take a post (or one comment) down on one of the §11 grounds, and record it."""
    _require_moderator(staff)
    if reason not in Reason.values:
        raise CommunityError("삭제 사유는 운영정책(제11조)의 사유 중 하나를 골라야 합니다.")
    note = _clean_text(note, label="처리 메모", limit=NOTE_MAX, required=False)
    now = now or timezone.now()
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        if comment is not None:
            comment = Comment.objects.select_for_update().get(pk=comment.pk, post=post)
            target = comment
        else:
            target = post
        if target.status != Status.PUBLISHED:
            raise CommunityError("이미 삭제 조치된 글입니다.")
        target.status, target.removed_at = Status.REMOVED, now
        target.save(update_fields=["status", "removed_at"])
        reports = Report.objects.filter(post=post, state=Report.State.OPEN)
        if comment is not None:
            reports = reports.filter(comment=comment)
        settled = reports.update(state=Report.State.ACTIONED, handled_at=now, handled_by=staff)
        removal = Removal.objects.create(
            target=Removal.Target.COMMENT if comment else Removal.Target.POST,
            post=post, comment=comment, post_number=post.pk,
            comment_number=comment.pk if comment else None, board_id=post.board_id,
            reason=reason, note=publishing.mask(note).text, removed_by=staff, reports=settled,
            removed_at=now)
    return removal


def dismiss_reports(staff, *, post: Post, comment: Comment | None = None, now=None) -> int:
    """No §11 ground found: the reports are closed and the post stays."""
    _require_moderator(staff)
    reports = Report.objects.filter(post=post, state=Report.State.OPEN)
    reports = reports.filter(comment=comment) if comment else reports.filter(comment__isnull=True)
    return reports.update(state=Report.State.DISMISSED, handled_at=now or timezone.now(),
                          handled_by=staff)


def visible(queryset, now=None):
    """Published and within the board's posting period."""
    now = now or timezone.now()
    return queryset.filter(status=Status.PUBLISHED).filter(
        Q(expires_at__isnull=True) | Q(expires_at__gt=now))
