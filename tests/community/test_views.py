"""Board pages through the Django test client: what members and staff see and may do."""

from __future__ import annotations

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from marquee.community import services
from marquee.community.models import Post, Reason, Removal, Report, Status
from marquee.members.models import Member
from tests.community.conftest import image_bytes, needs_clamscan, upload

pytestmark = pytest.mark.django_db

BACKEND = "marquee.members.auth.MemberBackend"


def login(client, member):
    client.force_login(member, backend=BACKEND)
    return client


def test_p11_2_member_posts_through_the_form_and_sees_it_masked(client, author, talk):
    login(client, author)
    response = client.post(reverse("community:write", args=["talk"]), {
        "title": "분실물", "body": "이영희 님 지갑 주웠어요 010-4321-8765 로 연락 주세요"})
    post = Post.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("community:post", args=[post.pk])
    page = client.get(response["Location"]).content.decode()
    assert "이*희" in page and "010-****-8765" in page
    assert "4321" not in page and "이영희" not in page
    assert "극장고양이" in page and author.name not in page


def test_p11_1_board_list_shows_pen_names_and_pseudonyms_never_names(client, author, plain_member, talk):
    services.create_post(author, talk, title="첫 글", body="안녕하세요")
    services.create_post(plain_member, talk, title="둘째 글", body="반갑습니다")
    page = client.get(reverse("community:board", args=["talk"])).content.decode()
    assert "극장고양이" in page
    assert services.display_name(plain_member) in page
    assert author.name not in page and plain_member.name not in page


def test_writing_needs_login(client, talk):
    response = client.get(reverse("community:write", args=["talk"]))
    assert response.status_code == 302 and reverse("members:login") in response["Location"]


def test_p11_1_closed_board_says_so_and_takes_no_post(client, author, talk):
    talk.posting_closes_at = timezone.now() - datetime.timedelta(hours=1)
    talk.save()
    login(client, author)
    response = client.post(reverse("community:write", args=["talk"]), {"title": "t", "body": "b"})
    assert response.status_code == 200 and "글쓰기 기간이 끝났습니다" in response.content.decode()
    assert not Post.objects.exists()


def test_review_needs_a_movie_and_a_rating(client, author, reviews, movie):
    login(client, author)
    url = reverse("community:write", args=["reviews"])
    response = client.post(url, {"title": "좋아요", "body": "재밌게 봤어요"})
    assert response.status_code == 200 and not Post.objects.exists()
    response = client.post(url, {"title": "좋아요", "body": "재밌게 봤어요", "movie": movie.pk,
                                 "rating": "4"})
    assert response.status_code == 302
    assert Post.objects.get().rating == 4


def test_p11_1_duplicate_post_is_refused_with_a_message(client, author, talk):
    login(client, author)
    url = reverse("community:write", args=["talk"])
    client.post(url, {"title": "같이 봐요", "body": "토요일 심야 같이 보실 분"})
    response = client.post(url, {"title": "같이 봐요!", "body": "토요일 심야 같이 보실 분"})
    assert "중복해서 게시할 수 없습니다" in response.content.decode()
    assert Post.objects.count() == 1


@needs_clamscan
def test_p12_2_images_upload_through_the_form(client, author, talk):
    login(client, author)
    client.post(reverse("community:write", args=["talk"]), {
        "title": "포스터", "body": "극장 앞 포스터", "images": [upload(image_bytes()), upload(image_bytes("JPEG"), "b.jpg", "image/jpeg")]})
    post = Post.objects.get()
    assert post.attachments.count() == 2
    page = client.get(reverse("community:post", args=[post.pk])).content.decode()
    for attachment in post.attachments.all():
        assert reverse("community:attachment", args=[attachment.pk]) in page


def test_p11_1_edit_and_history_for_author_and_moderator_only(client, author, reader, moderator, talk):
    post = services.create_post(author, talk, title="처음", body="처음 내용")
    login(client, author)
    client.post(reverse("community:edit", args=[post.pk]), {"title": "수정", "body": "고친 내용"})
    history = client.get(reverse("community:history", args=[post.pk])).content.decode()
    assert "처음 내용" in history and "고친 내용" in history
    login(client, reader)
    assert client.get(reverse("community:history", args=[post.pk])).status_code == 403
    assert client.post(reverse("community:edit", args=[post.pk]), {"title": "x", "body": "y"}).status_code == 403
    login(client, moderator)
    assert client.get(reverse("community:history", args=[post.pk])).status_code == 200


def test_p11_3_report_form_puts_the_post_in_the_queue(client, author, reader, moderator, talk):
    post = services.create_post(author, talk, title="광고", body="싸게 팝니다")
    login(client, reader)
    response = client.post(reverse("community:report", args=[post.pk]),
                           {"reason": Reason.ADVERTISING, "detail": "상업 광고입니다"})
    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.reporter, report.reason, report.state) == (reader, "advertising", "open")
    login(client, moderator)
    page = client.get(reverse("community:moderation")).content.decode()
    assert "광고" in page and "영리 목적 광고·판촉 1" in page


@pytest.mark.parametrize("who", ["anonymous", "member", "staff_without_permission"])
def test_p11_1_moderation_pages_are_for_moderators_only(client, author, talk, who):
    post = services.create_post(author, talk, title="글", body="내용")
    if who == "member":
        login(client, author)
    elif who == "staff_without_permission":
        login(client, Member.objects.create_staff("plainstaff", "Staff!Pass2024x", "직원", "s@m.test"))
    for url in (reverse("community:moderation"), reverse("community:moderate_post", args=[post.pk]),
                reverse("community:removals")):
        response = client.get(url)
        assert response.status_code in (302, 403)
        if who != "anonymous":
            assert response.status_code == 403
    response = client.post(reverse("community:moderate_post", args=[post.pk]),
                           {"reason": Reason.OBSCENITY, "action": "remove"})
    assert response.status_code in (302, 403)
    post.refresh_from_db()
    assert post.status == Status.PUBLISHED and not Removal.objects.exists()


def test_p11_1_moderator_removes_with_a_reason_and_the_removal_is_recorded(client, author, reader, moderator, talk):
    post = services.create_post(author, talk, title="비방 글", body="나쁜 말")
    services.report(reader, post=post, reason=Reason.DEFAMATION)
    login(client, moderator)
    url = reverse("community:moderate_post", args=[post.pk])
    response = client.post(url, {"action": "remove", "note": ""})  # no reason chosen
    assert response.status_code == 200 and not Removal.objects.exists()
    response = client.post(url, {"action": "remove", "reason": Reason.DEFAMATION, "note": "신고 확인"})
    assert response.status_code == 302
    removal = Removal.objects.get()
    assert (removal.reason, removal.removed_by, removal.post_number) == ("defamation", moderator, post.pk)
    assert "명예훼손·모욕·비방" in client.get(reverse("community:removals")).content.decode()
    # Hidden from everyone else; its author sees why.
    client.logout()
    assert client.get(reverse("community:post", args=[post.pk])).status_code == 404
    login(client, author)
    page = client.get(reverse("community:post", args=[post.pk])).content.decode()
    assert "삭제 조치된 게시물" in page and "명예훼손" in page and "나쁜 말" not in page


def test_p11_3_moderator_dismisses_reports(client, author, reader, moderator, talk):
    post = services.create_post(author, talk, title="글", body="평범한 내용")
    services.report(reader, post=post, reason=Reason.OTHER_LAW)
    login(client, moderator)
    client.post(reverse("community:moderate_post", args=[post.pk]), {"action": "dismiss"})
    assert Report.objects.get().state == Report.State.DISMISSED
    post.refresh_from_db()
    assert post.status == Status.PUBLISHED


def test_comment_flow_add_edit_delete(client, author, reader, talk):
    post = services.create_post(author, talk, title="글", body="내용")
    login(client, reader)
    client.post(reverse("community:comment_add", args=[post.pk]), {"body": "저도 봤어요 010-2222-3333"})
    comment = post.comments.get()
    assert comment.body == "저도 봤어요 010-****-3333"
    client.post(reverse("community:comment_edit", args=[comment.pk]), {"body": "저도 재밌게 봤어요"})
    comment.refresh_from_db()
    assert comment.body == "저도 재밌게 봤어요" and comment.revisions.count() == 2
    client.post(reverse("community:comment_delete", args=[comment.pk]))
    assert not post.comments.exists()


def test_author_deletes_own_post(client, author, talk):
    post = services.create_post(author, talk, title="글", body="내용")
    login(client, author)
    response = client.post(reverse("community:delete", args=[post.pk]))
    assert response.status_code == 302 and not Post.objects.exists()


def test_p8_1_my_page_and_data_download_include_posts_and_history(client, author, talk):
    post = services.create_post(author, talk, title="내 글", body="처음")
    services.edit_post(post, author, title="내 글", body="나중")
    login(client, author)
    page = client.get(reverse("members:mypage")).content.decode()
    assert "내 게시물" in page and "내 글" in page and "극장고양이" in page
    data = json.loads(client.get(reverse("members:mypage_download")).content)
    [exported] = data["community_posts"]
    assert exported["body"] == "나중"
    assert [v["body"] for v in exported["versions"]] == ["처음", "나중"]
