"""What the boards hold about a member: posts, comments, their edit history, attached
images, the board pseudonym and the reports the member filed (P11, P8.1).

At withdrawal the member's posts and comments go with everything hanging off them (each
image's own key is shredded by the attachment's delete signal). Reports the member
filed about other people's posts stay as the moderation record of those posts, no
longer linked to the member (the member deletion's SET_NULL, made explicit here)."""

from __future__ import annotations

from marquee.privacy.api import CRYPTO_SHRED, Destroyed, PersonalDataProvider

POSTS = "게시물·댓글(수정 이력·첨부 이미지 포함)"


class CommunityProvider(PersonalDataProvider):
    key = "community"
    label = "게시물·댓글·신고 내역"
    order = 40
    items = ("post_content", "post_history", "board_alias", "post_report")

    def export(self, member) -> dict:
        from .selectors import export_posts

        return export_posts(member)

    def mypage(self, member) -> dict:
        from .selectors import mypage_posts

        return mypage_posts(member)

    def destroy(self, member) -> list[Destroyed]:
        from .models import Alias, Comment, Post, Report

        Report.objects.filter(reporter=member).update(reporter=None)
        posts = Post.objects.filter(author=member)
        comments = Comment.objects.filter(author=member).exclude(post__author=member)
        count = posts.count() + comments.count()
        comments.delete()
        posts.delete()  # revisions, comments, reports and images with them (signals run)
        Alias.objects.filter(member=member).delete()
        return [Destroyed("community_posts", POSTS, count, CRYPTO_SHRED)]
