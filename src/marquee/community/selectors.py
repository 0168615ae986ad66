"""Reads for the board pages, the moderation queue and My Page."""

from __future__ import annotations

from django.db.models import Count, Max, Min, Q

from .models import Board, Comment, Post, PostRevision, Removal, Report, Status
from .services import display_name, visible

_AUTHOR = ("author__data_key", "author__community_alias")


def boards():
    return Board.objects.filter(is_active=True)


def board_posts(board: Board):
    return (visible(Post.objects.filter(board=board))
            .select_related(*_AUTHOR, "movie")
            .annotate(comment_count=Count("comments", filter=Q(comments__status=Status.PUBLISHED),
                                          distinct=True),
                      image_count=Count("attachments", distinct=True))
            .order_by("-created_at", "-pk"))


def post_for_page(pk: int):
    return Post.objects.select_related(*_AUTHOR, "board", "movie").filter(pk=pk).first()


def comments_of(post: Post):
    return list(Comment.objects.filter(post=post, status=Status.PUBLISHED).select_related(*_AUTHOR))


def history_of(post: Post):
    return list(PostRevision.objects.filter(post=post).select_related("post__author__data_key"))


def label_authors(rows):
    """Attach ``author_label`` (pen name or 회원1234) to each row."""
    for row in rows:
        row.author_label = display_name(row.author)
    return rows


# --- moderation -----------------------------------------------------------------------------------

def moderation_queue() -> list[dict]:
    """Open reports grouped by what they report, most reported first (P11.3)."""
    groups = (Report.objects.filter(state=Report.State.OPEN)
              .values("post_id", "comment_id")
              .annotate(n=Count("id"), first=Min("created_at"), last=Max("created_at"))
              .order_by("-n", "first"))
    rows = list(groups)
    posts = {p.pk: p for p in Post.objects.filter(pk__in={r["post_id"] for r in rows})
             .select_related(*_AUTHOR, "board")}
    comments = {c.pk: c for c in Comment.objects.filter(pk__in={r["comment_id"] for r in rows
                                                                 if r["comment_id"]})
                .select_related(*_AUTHOR)}
    reasons: dict = {}
    for report in Report.objects.filter(state=Report.State.OPEN):
        key = (report.post_id, report.comment_id)
        reasons.setdefault(key, {}).setdefault(report.get_reason_display(), 0)
        reasons[key][report.get_reason_display()] += 1
    for row in rows:
        row["post"] = posts.get(row["post_id"])
        row["comment"] = comments.get(row["comment_id"])
        target = row["comment"] or row["post"]
        row["author_label"] = display_name(target.author) if target else ""
        row["reasons"] = sorted(reasons.get((row["post_id"], row["comment_id"]), {}).items(),
                                key=lambda kv: -kv[1])
    return [r for r in rows if r["post"] is not None]


def open_reports(post: Post, comment: Comment | None = None):
    reports = Report.objects.filter(post=post, state=Report.State.OPEN)
    return reports.filter(comment=comment) if comment else reports.filter(comment__isnull=True)


def duplicate_groups(limit: int = 20) -> list[dict]:
    """Published posts sharing one fingerprint: the same text posted more than once,
    by one member or several (§11 "동일한 내용을 중복하여 다수 게시")."""
    groups = (visible(Post.objects.all()).values("fingerprint")
              .annotate(n=Count("id"), authors=Count("author", distinct=True), last=Max("created_at"))
              .filter(n__gt=1).order_by("-n", "-last")[:limit])
    result = []
    for group in groups:
        posts = list(visible(Post.objects.filter(fingerprint=group["fingerprint"]))
                     .select_related(*_AUTHOR, "board").order_by("created_at"))
        result.append({**group, "posts": label_authors(posts)})
    return result


def removals(limit: int = 100):
    return Removal.objects.select_related("board").order_by("-removed_at")[:limit]


# --- My Page (P8.1) -------------------------------------------------------------------------------

def mypage_posts(member) -> dict:
    posts = list(Post.objects.filter(author=member).select_related("board", "author__data_key")
                 .order_by("-created_at")[:20])
    removed = {r.post_id: r for r in Removal.objects.filter(post__author=member,
                                                              target=Removal.Target.POST)}
    for post in posts:
        post.removal = removed.get(post.pk)
    return {"template": "community/_mypage_posts.html", "community_posts": posts,
            "community_comment_count": Comment.objects.filter(author=member).count(),
            "community_name": display_name(member) if posts else ""}


def export_posts(member) -> dict:
    """Every post, version, comment and report of the member, for the data download."""
    posts = Post.objects.filter(author=member).select_related("board", "movie", "author__data_key")
    return {
        "community_posts": [
            {"board": p.board.name, "title": p.title, "body": p.body, "rating": p.rating,
             "movie": p.movie.title if p.movie else None, "status": p.get_status_display(),
             "created_at": p.created_at.isoformat(),
             "images": p.attachments.count(),
             "image_descriptions": [a.alt_text for a in p.attachments.select_related("data_key")],
             "versions": [{"number": r.number, "title": r.title, "body": r.body,
                           "rating": r.rating, "at": r.created_at.isoformat()}
                          for r in p.revisions.select_related("post__author__data_key")]}
            for p in posts],
        "community_comments": [
            {"post": c.post_id, "body": c.body, "status": c.get_status_display(),
             "created_at": c.created_at.isoformat(),
             "versions": [{"number": r.number, "body": r.body, "at": r.created_at.isoformat()}
                          for r in c.revisions.select_related("comment__author__data_key")]}
            for c in Comment.objects.filter(author=member).select_related("author__data_key")],
        "community_reports": [
            {"post": r.post_id, "comment": r.comment_id, "reason": r.get_reason_display(),
             "detail": r.detail, "state": r.get_state_display(), "at": r.created_at.isoformat()}
            for r in Report.objects.filter(reporter=member)],
        "community_alias": getattr(getattr(member, "community_alias", None), "label", None),
    }
