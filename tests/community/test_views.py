"""Board pages through the Django test client: what members and staff see and may do.

Moderators are real staff accounts (the CS role, a pledge, a TOTP device) signed in with
the second factor (``otp_session``), as the moderation pages require (L3.2).
"""

from __future__ import annotations

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from marquee.backoffice.models import StaffAccessLog
from marquee.community import services
from marquee.community.models import Post, Reason, Removal, Report, Status
from tests.community.conftest import image_bytes, needs_clamscan, otp_session, upload
from tests.conftest import create_staff

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
        "title": "포스터", "body": "극장 앞 포스터", "images": [upload(image_bytes()), upload(image_bytes("JPEG"), "b.jpg", "image/jpeg")],
        "image_alts": "극장 입구의 영화 포스터\n매표소 앞 대기 줄"})
    post = Post.objects.get()
    assert post.attachments.count() == 2
    page = client.get(reverse("community:post", args=[post.pk])).content.decode()
    for attachment in post.attachments.all():
        assert reverse("community:attachment", args=[attachment.pk]) in page


@needs_clamscan
def test_i19_p11_2_the_uploaders_alt_text_is_the_images_alt_masked_and_exported(client, author, talk):
    """issue 19: alt text that says something, written by the uploader; it is post
    content, so it is masked (P11.2) and in the data download (P8.1)."""
    login(client, author)
    client.post(reverse("community:write", args=["talk"]), {
        "title": "포스터", "body": "극장 앞 포스터",
        "images": [upload(image_bytes()), upload(image_bytes("JPEG"), "b.jpg", "image/jpeg")],
        "image_alts": "극장 입구의 영화 포스터\n\n  010-1234-5678 번호가 적힌 전단  "})
    post = Post.objects.get()
    first, second = post.attachments.order_by("pk")
    assert first.alt_text == "극장 입구의 영화 포스터"
    assert "1234" not in second.alt_text and second.alt_text.endswith("번호가 적힌 전단")
    page = client.get(reverse("community:post", args=[post.pk])).content.decode()
    assert 'alt="극장 입구의 영화 포스터"' in page and "첨부 이미지 1" not in page
    data = json.loads(client.get(reverse("members:mypage_download")).content)
    [exported] = data["community_posts"]
    assert exported["image_descriptions"] == [first.alt_text, second.alt_text]


def test_i19_images_without_one_description_each_are_a_clear_form_error(client, author, talk):
    login(client, author)
    response = client.post(reverse("community:write", args=["talk"]), {
        "title": "포스터", "body": "극장 앞 포스터",
        "images": [upload(image_bytes()), upload(image_bytes("JPEG"), "b.jpg", "image/jpeg")],
        "image_alts": "극장 입구의 영화 포스터"})
    html = response.content.decode()
    assert response.status_code == 200 and not Post.objects.exists()
    assert "이미지마다 한 줄씩 설명을 적어 주세요(이미지 2장, 설명 1줄)." in html
    assert 'id="id_image_alts_error"' in html
    orphan = client.post(reverse("community:write", args=["talk"]), {
        "title": "포스터", "body": "극장 앞 포스터", "image_alts": "설명만 있음"})
    assert "설명할 이미지가 없습니다" in orphan.content.decode() and not Post.objects.exists()


def test_p11_1_edit_and_history_for_author_and_moderator_only(client, author, reader, moderator, talk):
    post = services.create_post(author, talk, title="처음", body="처음 내용")
    login(client, author)
    client.post(reverse("community:edit", args=[post.pk]), {"title": "수정", "body": "고친 내용"})
    history = client.get(reverse("community:history", args=[post.pk])).content.decode()
    assert "처음 내용" in history and "고친 내용" in history
    login(client, reader)
    assert client.get(reverse("community:history", args=[post.pk])).status_code == 403
    assert client.post(reverse("community:edit", args=[post.pk]), {"title": "x", "body": "y"}).status_code == 403
    login(client, moderator)  # a password session only: no moderator's view of the boards
    assert client.get(reverse("community:history", args=[post.pk])).status_code == 403
    otp_session(client, moderator)
    assert client.get(reverse("community:history", args=[post.pk])).status_code == 200
    entry = StaffAccessLog.objects.get(staff=moderator, target="community.PostRevision")
    assert (entry.action, entry.subjects) == ("read", str(author.pk))


def test_p11_3_report_form_puts_the_post_in_the_queue(client, author, reader, moderator, talk):
    post = services.create_post(author, talk, title="광고", body="싸게 팝니다")
    login(client, reader)
    response = client.post(reverse("community:report", args=[post.pk]),
                           {"reason": Reason.ADVERTISING, "detail": "상업 광고입니다"})
    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.reporter, report.reason, report.state) == (reader, "advertising", "open")
    otp_session(client, moderator)
    page = client.get(reverse("community:moderation")).content.decode()
    assert "광고" in page and "영리 목적 광고·판촉 1" in page


MODERATION_URLS = ("community:moderation", "community:moderate_post", "community:removals")


def moderation_urls(post):
    return [reverse(name, args=[post.pk]) if name.endswith("_post") else reverse(name)
            for name in MODERATION_URLS]


@pytest.mark.parametrize("who", ["anonymous", "member", "staff_without_account", "moderator_without_2fa",
                                 "staff_without_permission"])
def test_p11_1_l3_2_moderation_pages_are_for_moderators_behind_the_staff_gate(client, author, talk, who):
    post = services.create_post(author, talk, title="글", body="내용")
    if who == "member":
        login(client, author)
    elif who == "staff_without_account":  # is_staff, but no personal staff account (L3.1)
        from marquee.members.models import Member

        login(client, Member.objects.create_staff("plainstaff", "Staff!Pass2024x", "직원", "s@m.test"))
    elif who == "moderator_without_2fa":
        login(client, create_staff("cs_agent"))
    elif who == "staff_without_permission":  # a verified staff member whose role does not moderate
        otp_session(client, create_staff("marketing"))
    for url in moderation_urls(post):
        response = client.get(url)
        if who == "staff_without_permission":
            assert response.status_code == 403
        else:  # to the staff log-in (password, then TOTP), and back here afterwards
            assert response.status_code == 302
            assert response["Location"] == f"{reverse('admin:login')}?next={url}"
    response = client.post(reverse("community:moderate_post", args=[post.pk]),
                           {"reason": Reason.OBSCENITY, "action": "remove"})
    assert response.status_code in (302, 403)
    post.refresh_from_db()
    assert post.status == Status.PUBLISHED and not Removal.objects.exists()
    assert not StaffAccessLog.objects.filter(target__startswith="community.").exists()


def test_p12_4_a_moderator_without_a_current_pledge_signs_it_first(client, author, talk):
    services.create_post(author, talk, title="글", body="내용")
    otp_session(client, create_staff("cs_agent", pledge=False))
    response = client.get(reverse("community:moderation"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("admin:backoffice_pledge"))
    assert not StaffAccessLog.objects.exists()


def test_p11_1_moderator_removes_with_a_reason_and_the_removal_is_recorded(client, author, reader, moderator, talk):
    post = services.create_post(author, talk, title="비방 글", body="나쁜 말")
    services.report(reader, post=post, reason=Reason.DEFAMATION)
    otp_session(client, moderator)
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


def test_p12_3_l3_3_moderation_reads_and_each_removal_are_in_the_staff_access_log(client, author, reader,
                                                                                  moderator, talk):
    from marquee.backoffice import audit

    post = services.create_post(author, talk, title="비방 글", body="나쁜 말")
    services.report(reader, post=post, reason=Reason.DEFAMATION, detail="다른 관객을 조롱합니다")
    otp_session(client, moderator)
    client.get(reverse("community:moderation"))
    client.get(reverse("community:moderate_post", args=[post.pk]))
    client.post(reverse("community:moderate_post", args=[post.pk]),
                {"action": "remove", "reason": Reason.DEFAMATION, "note": "신고 확인, 010-1234-5678 노출"})
    entries = list(StaffAccessLog.objects.filter(staff=moderator).order_by("seq"))
    assert [(e.action, e.target, e.subjects) for e in entries] == [
        ("list", "community.Post", str(author.pk)),  # the queue shows the author's post
        ("read", "community.Post", str(author.pk)),  # the review page: the post
        ("read", "community.Report", str(reader.pk)),  # ... and the report's details
        ("delete", "community.Post", str(author.pk)),  # the removal, with its §11 reason
    ]
    removal = entries[-1]
    assert removal.object_id == str(post.pk) and removal.roles == "cs_agent"
    assert removal.reason_code == "moderation"
    assert removal.reason.startswith("운영정책(개인정보 처리방침 제11조)에 따른 삭제 조치: 명예훼손·모욕·비방")
    assert "010-1234-5678" not in removal.reason and "010-****-5678" in removal.reason  # the note, masked
    assert audit.verify().ok
    # The author is told on My Page: the §11 ground, the role; not the moderator or the note.
    login(client, author)
    access = client.get(reverse("members:mypage")).content.decode()
    assert "게시물 삭제 조치" in access and "제11조)에 따른 삭제 조치: 명예훼손·모욕·비방" in access
    assert "고객상담(CS) 담당자" in access and moderator.login_id not in access and "신고 확인" not in access


def test_p11_1_l3_3_a_comment_removal_names_its_author(client, author, reader, moderator, talk):
    post = services.create_post(author, talk, title="글", body="내용")
    comment = services.add_comment(post, reader, "광고: 싸게 팝니다")
    otp_session(client, moderator)
    url = reverse("community:moderate_comment", args=[comment.pk])
    client.get(url)  # the comment, under its post's title
    client.post(url, {"action": "remove", "reason": Reason.ADVERTISING})
    read, removed = StaffAccessLog.objects.filter(staff=moderator).order_by("seq")
    assert (read.action, read.target, set(read.subject_numbers())) == (
        "read", "community.Comment", {reader.pk, author.pk})
    assert (removed.action, removed.target, removed.object_id, removed.subjects) == (
        "delete", "community.Comment", str(comment.pk), str(reader.pk))


def test_p11_1_l3_3_a_moderator_reading_a_removed_post_is_logged_a_member_is_not(client, author, moderator, talk):
    post = services.create_post(author, talk, title="글", body="지워질 내용")
    services.remove(moderator, post=post, reason=Reason.ADVERTISING)
    login(client, author)  # the author sees their own removed post; nobody is logged
    assert client.get(reverse("community:post", args=[post.pk])).status_code == 200
    login(client, moderator)  # no second factor: the public's view
    assert client.get(reverse("community:post", args=[post.pk])).status_code == 404
    assert not StaffAccessLog.objects.exists()
    otp_session(client, moderator)
    page = client.get(reverse("community:post", args=[post.pk])).content.decode()
    assert "지워질 내용" in page
    entry = StaffAccessLog.objects.get()
    assert (entry.action, entry.target, entry.subjects) == ("read", "community.Post", str(author.pk))


def test_p11_3_moderator_dismisses_reports(client, author, reader, moderator, talk):
    post = services.create_post(author, talk, title="글", body="평범한 내용")
    services.report(reader, post=post, reason=Reason.OTHER_LAW)
    otp_session(client, moderator)
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


def test_i19_review_stars_are_an_image_with_a_name_on_the_board_and_the_post(client, author, reviews, movie):
    """issue 19: ``span.stars`` had an aria-label and no role (ARIA that a screen reader
    ignores); as role=img its label is what is read, the stars themselves are not."""
    post = services.create_post(author, reviews, title="파도 후기", body="좋았습니다.", movie=movie, rating=4)
    expected = '<span class="stars" role="img" aria-label="별점 5점 만점에 4점">★★★★☆</span>'
    for url in (reverse("community:board", args=[reviews.slug]), reverse("community:post", args=[post.pk])):
        assert expected in client.get(url).content.decode(), url
