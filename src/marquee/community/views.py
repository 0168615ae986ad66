"""Board pages. Views translate HTTP to service calls and back; rules live in services.

Moderators are staff: the moderation pages pass the back office's gate (a personal
staff account, a TOTP-verified session, a current security pledge; L3.2, P12.4), and
what a moderator reads there, or sees only because they moderate (removed posts, their
history and images), goes into the staff access log with the author as the data
subject, as does each removal with its §11 reason (P12.3, L3.3).
"""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from marquee.backoffice import services as backoffice
from marquee.backoffice.decorators import staff_view
from marquee.backoffice.roles import MODERATE
from marquee.backoffice.sites import is_staff_account, otp_verified
from marquee.privacy.api import KeyDestroyed, TamperedValue

from . import attachments, selectors, services
from .errors import CommunityError
from .forms import CommentForm, PostForm, RemovalForm, ReportForm
from .models import REASON_TEXT, Attachment, Board, Comment, Post, Status

PAGE_SIZE = 20


def moderator_required(view):
    """The moderation permission, behind the back office's staff gate (2FA, pledge)."""
    @wraps(view)
    @staff_view(permission=MODERATE)
    def wrapped(request, *args, **kwargs):
        if not services.can_moderate(request.user):
            raise PermissionDenied("게시물 관리 권한이 없습니다.")
        return view(request, *args, **kwargs)
    return wrapped


def is_moderating(request) -> bool:
    """A moderator, signed in the way the moderation pages require. Anyone else (a
    moderator with only a password session included) sees the boards as a member."""
    cached = getattr(request, "_community_moderating", None)
    if cached is None:
        user = request.user
        cached = bool(services.can_moderate(user) and is_staff_account(user)
                      and otp_verified(request) and backoffice.has_current_pledge(user))
        request._community_moderating = cached
    return cached


def _log_moderator_read(request, post: Post, *, target: str, object_id, fields) -> None:
    """A moderator saw a post that is no longer public (or someone's edit history)."""
    backoffice.log(request, "read", target=target, object_id=object_id,
                   subjects=[post.author_id], fields=fields,
                   reason="게시물 관리(게시 중단된 게시물·수정 이력 확인)")


def _visible_post_or_404(request, pk: int) -> Post:
    """A published post; its author and moderators also see it after it ended."""
    post = selectors.post_for_page(pk)
    if post is None:
        raise Http404
    if post.is_published or is_moderating(request) or (
            request.user.is_authenticated and post.author_id == request.user.pk):
        return post
    raise Http404


# --- boards and posts --------------------------------------------------------------------------------

def index(request):
    return render(request, "community/index.html", {"boards": selectors.boards()})


def board(request, slug):
    board = get_object_or_404(Board, slug=slug, is_active=True)
    page = Paginator(selectors.board_posts(board), PAGE_SIZE).get_page(request.GET.get("page"))
    selectors.label_authors(page.object_list)
    return render(request, "community/board.html", {
        "board": board, "page": page, "closed": board.posting_closed_reason(),
        "boards": selectors.boards()})


@login_required
@require_http_methods(["GET", "POST"])
def write(request, slug):
    board = get_object_or_404(Board, slug=slug, is_active=True)
    closed = board.posting_closed_reason()
    form = PostForm(request.POST or None, request.FILES or None, board=board)
    if request.method == "POST" and not closed and form.is_valid():
        data = form.cleaned_data
        try:
            post = services.create_post(
                request.user, board, title=data["title"], body=data["body"],
                movie=data.get("movie"), rating=data.get("rating"), files=data.get("images") or (),
                alts=data.get("image_alts") or ())
        except CommunityError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, "게시물을 올렸습니다.")
            return redirect("community:post", pk=post.pk)
    return render(request, "community/write.html", {"board": board, "form": form, "closed": closed})


def post_detail(request, pk):
    return _post_page(request, _visible_post_or_404(request, pk), CommentForm(auto_id="id_comment_%s"))


def _post_page(request, post, comment_form, status=200):
    """The post with its comments. A comment sent with errors comes back here (400) as
    ``form`` too, so the page carries the error summary, focused, and "오류:" in its
    title (issue 19), rather than a redirect whose flash a screen reader may miss."""
    post.author_label = services.display_name(post.author)
    is_author = request.user.is_authenticated and request.user.pk == post.author_id
    removal = post.removals.filter(target="post").first() if post.status == Status.REMOVED else None
    comments = selectors.label_authors(selectors.comments_of(post)) if post.is_published else []
    if not post.is_published and not is_author:  # only a moderator gets here
        _log_moderator_read(request, post, target="community.Post", object_id=post.pk,
                            fields=["title", "body"])
    return render(request, "community/post.html", {
        "post": post, "comments": comments, "is_author": is_author, "removal": removal,
        "images": list(post.attachments.select_related("data_key")), "comment_form": comment_form,
        "form": comment_form, "can_moderate": is_moderating(request)}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    post = get_object_or_404(Post.objects.select_related("author__data_key", "board"), pk=pk)
    if post.author_id != request.user.pk:
        raise PermissionDenied("작성자만 수정할 수 있습니다.")
    initial = {"title": post.title, "body": post.body, "rating": post.rating}
    form = PostForm(request.POST or None, board=post.board, editing=True, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_post(post, request.user, title=form.cleaned_data["title"],
                               body=form.cleaned_data["body"], rating=form.cleaned_data.get("rating"))
        except CommunityError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, "게시물을 수정했습니다. 이전 내용은 수정 이력에 남습니다.")
            return redirect("community:post", pk=post.pk)
    return render(request, "community/write.html", {"board": post.board, "form": form,
                                                     "post": post, "editing": True})


@login_required
@require_POST
def delete(request, pk):
    post = get_object_or_404(Post, pk=pk)
    slug = post.board.slug
    try:
        services.delete_post(post, request.user)
    except CommunityError as exc:
        messages.error(request, exc.message)
        return redirect("community:post", pk=pk)
    messages.success(request, "게시물을 삭제했습니다. 수정 이력과 첨부 이미지도 함께 파기되었습니다.")
    return redirect("community:board", slug=slug)


@login_required
def history(request, pk):
    """Every version of a post: for its author and for moderators (P11.1)."""
    post = get_object_or_404(Post.objects.select_related("author__data_key", "board"), pk=pk)
    if post.author_id != request.user.pk:
        if not is_moderating(request):
            raise PermissionDenied("수정 이력은 작성자와 운영자만 볼 수 있습니다.")
        _log_moderator_read(request, post, target="community.PostRevision", object_id=post.pk,
                            fields=["title", "body"])
    return render(request, "community/history.html",
                  {"post": post, "revisions": selectors.history_of(post)})


# --- comments ----------------------------------------------------------------------------------------

@login_required
@require_POST
def comment_add(request, pk):
    post = get_object_or_404(Post, pk=pk)
    form = CommentForm(request.POST, auto_id="id_comment_%s")
    if form.is_valid():
        try:
            services.add_comment(post, request.user, form.cleaned_data["body"])
            messages.success(request, "댓글을 남겼습니다.")
        except CommunityError as exc:
            messages.error(request, exc.message)
        return redirect("community:post", pk=pk)
    return _post_page(request, _visible_post_or_404(request, pk), form, status=400)


@login_required
@require_http_methods(["GET", "POST"])
def comment_edit(request, pk):
    comment = get_object_or_404(Comment.objects.select_related("author__data_key", "post"), pk=pk)
    if comment.author_id != request.user.pk:
        raise PermissionDenied("작성자만 수정할 수 있습니다.")
    form = CommentForm(request.POST or None, initial={"body": comment.body})
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_comment(comment, request.user, form.cleaned_data["body"])
        except CommunityError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, "댓글을 수정했습니다.")
            return redirect("community:post", pk=comment.post_id)
    return render(request, "community/comment_edit.html", {"form": form, "comment": comment})


@login_required
@require_POST
def comment_delete(request, pk):
    comment = get_object_or_404(Comment, pk=pk)
    try:
        services.delete_comment(comment, request.user)
        messages.success(request, "댓글을 삭제했습니다.")
    except CommunityError as exc:
        messages.error(request, exc.message)
    return redirect("community:post", pk=comment.post_id)


# --- reports (P11.3) -----------------------------------------------------------------------------------

def _report(request, post: Post, comment: Comment | None):
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.report(request.user, post=post, comment=comment,
                            reason=form.cleaned_data["reason"], detail=form.cleaned_data["detail"])
        except CommunityError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, "신고가 접수되었습니다. 운영자가 확인 후 처리합니다.")
        return redirect("community:post", pk=post.pk)
    return render(request, "community/report.html", {"form": form, "post": post, "comment": comment,
                                                      "reason_text": REASON_TEXT})


@login_required
@require_http_methods(["GET", "POST"])
def report_post(request, pk):
    post = get_object_or_404(Post, pk=pk)
    if not post.is_published:
        raise Http404
    return _report(request, post, None)


@login_required
@require_http_methods(["GET", "POST"])
def report_comment(request, pk):
    comment = get_object_or_404(Comment.objects.select_related("post"), pk=pk,
                                status=Status.PUBLISHED)
    if not comment.post.is_published:
        raise Http404
    return _report(request, comment.post, comment)


# --- attachments (P12.2) -------------------------------------------------------------------------------

def attachment(request, pk):
    """Serve an image only while its post is published (moderators: also after removal)."""
    item = get_object_or_404(Attachment.objects.select_related("post", "data_key"), pk=pk)
    if not (item.post.is_published or is_moderating(request)):
        raise Http404
    try:
        data = attachments.read(item)
    except (KeyDestroyed, TamperedValue, FileNotFoundError):
        raise Http404 from None
    if not item.post.is_published:
        _log_moderator_read(request, item.post, target="community.Attachment", object_id=item.pk,
                            fields=["image"])
    response = HttpResponse(data, content_type=item.content_type)
    response["Content-Disposition"] = f'inline; filename="image-{item.pk}.{item.extension}"'
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-cache"
    return response


# --- moderation (P11.1, P11.3) -------------------------------------------------------------------------

@moderator_required
def moderation(request):
    queue, duplicates = selectors.moderation_queue(), selectors.duplicate_groups()
    shown = [(row["comment"] or row["post"]).author_id for row in queue]
    shown += [post.author_id for group in duplicates for post in group["posts"]]
    backoffice.log(request, "list", target="community.Post", subjects=shown,
                   fields=["title", "body"] if any(row["comment"] for row in queue) else ["title"],
                   reason=f"신고 대기열 {len(queue)}건, 중복 게시 의심 {len(duplicates)}묶음")
    return render(request, "community/moderation.html", {
        "queue": queue, "duplicates": duplicates, "removals": selectors.removals(10)})


@moderator_required
@require_http_methods(["GET", "POST"])
def moderate_post(request, pk):
    post = get_object_or_404(Post.objects.select_related("author__data_key", "board"), pk=pk)
    return _moderate(request, post, None)


@moderator_required
@require_http_methods(["GET", "POST"])
def moderate_comment(request, pk):
    comment = get_object_or_404(Comment.objects.select_related("author__data_key", "post__board"), pk=pk)
    return _moderate(request, comment.post, comment)


def _moderate(request, post: Post, comment: Comment | None):
    form = RemovalForm(request.POST or None)
    if request.method == "POST":
        if request.POST.get("action") == "dismiss":
            n = services.dismiss_reports(request.user, post=post, comment=comment)
            messages.success(request, f"신고 {n}건을 조치 없음으로 종결했습니다.")
            return redirect("community:moderation")
        if form.is_valid():
            try:
                with transaction.atomic():  # no removal without its access-log entry
                    removal = services.remove(request.user, post=post, comment=comment,
                                              reason=form.cleaned_data["reason"],
                                              note=form.cleaned_data["note"])
                    _log_removal(request, removal, comment or post)
            except CommunityError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, f"삭제 조치했습니다 (사유: {removal.get_reason_display()}). "
                                          "처리 기록이 남았습니다.")
                return redirect("community:moderation")
    target = comment or post
    target.author_label = services.display_name(target.author)
    reports = list(selectors.open_reports(post, comment))
    images = list(post.attachments.select_related("data_key")) if comment is None else []
    if request.method == "GET":
        _log_review(request, post, target, reports, images)
    return render(request, "community/moderate.html", {
        "post": post, "comment": comment, "target": target, "form": form,
        "reports": reports, "images": images})


def _label(target) -> str:
    return target._meta.label  # "community.Post", "community.Comment"


def _log_review(request, post: Post, target, reports, images) -> None:
    """The review page shows the post (or the comment, under its post's title) and the
    reports' details."""
    fields = ["body"] if isinstance(target, Comment) else ["title", "body"]
    backoffice.log(request, "read", target=_label(target), object_id=target.pk,
                   subjects=[target.author_id, post.author_id],
                   fields=fields + (["image"] if images else []),
                   reason=f"신고 {len(reports)}건 검토")
    detailed = [r for r in reports if r.detail]
    if detailed:
        backoffice.log(request, "read", target="community.Report", object_id=target.pk,
                       subjects=[r.reporter_id for r in detailed], fields=["detail"],
                       reason=f"{_label(target)} #{target.pk} 신고 내용 검토")


def _log_removal(request, removal, target) -> None:
    reason = f"운영정책(개인정보 처리방침 제11조)에 따른 삭제 조치: {removal.get_reason_display()}"
    if removal.note:  # masked like a post; internal, never shown to the member
        reason += f" / 처리 메모: {removal.note}"
    backoffice.log(request, "delete", target=_label(target), object_id=target.pk,
                   subjects=[target.author_id], reason_code=backoffice.MODERATION, reason=reason)


@moderator_required
def removal_list(request):
    return render(request, "community/removals.html", {"removals": selectors.removals()})
