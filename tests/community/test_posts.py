"""Posts, comments, history, reports and removal (P11.1–P11.3) through the services."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.utils import timezone

from marquee.booking.models import Movie
from marquee.community import publishing, services
from marquee.community.errors import CommunityError
from marquee.community.models import (
    Alias,
    Comment,
    CommentRevision,
    MaskingRecord,
    Post,
    PostRevision,
    Reason,
    Removal,
    Report,
    Status,
)
from marquee.privacy import retention
from marquee.privacy.models import DestructionRecord
from tests.community.conftest import make_member

pytestmark = pytest.mark.django_db

LEAK = "어제 옆자리 김철수 씨가 전화번호 010-2345-6789 를 흘리고 갔어요."


def write(author, board, body=LEAK, title="관람 후기", **kwargs) -> Post:
    return services.create_post(author, board, title=title, body=body, **kwargs)


def raw_column(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])
        return cursor.fetchone()[0]


# --- P11.2: masking before publication -----------------------------------------------------------

def test_p11_2_phone_and_name_of_another_person_are_masked_before_publication(author, talk):
    post = write(author, talk)
    assert post.body == "어제 옆자리 김*수 씨가 전화번호 010-****-6789 를 흘리고 갔어요."
    assert post.revisions.get().body == post.body


def test_p11_2_the_unmasked_text_is_never_stored(author, talk):
    post = write(author, talk)
    everything = " ".join(str(v) for v in Post.objects.filter(pk=post.pk).values().get().values())
    everything += " ".join(str(v) for v in PostRevision.objects.filter(post=post).values().get().values())
    # The phone's hidden middle group with its separator: a keyed fingerprint stored beside
    # the text is random hex/base64 and may contain "2345" by chance, but never "-2345-".
    assert "-2345-" not in everything and "김철수" not in everything


def test_p11_2_masking_is_recorded_with_types_and_counts_not_values(author, talk):
    post = write(author, talk, title="010-1111-2222 분실물")
    records = {r.part: r for r in publishing.records_for("community.post", post.pk)}
    assert records["body"].entities == {"PERSON": 1, "PHONE": 1}
    assert records["body"].total == 2 and records["body"].version == 1
    assert records["title"].entities == {"PHONE": 1}
    assert post.title == "010-****-2222 분실물"
    stored = " ".join(str(v) for v in MaskingRecord.objects.values_list("entities", "object_id"))
    assert "6789" not in stored and "김" not in stored


def test_p11_2_nothing_masked_means_no_masking_record(author, talk):
    write(author, talk, body="음향이 정말 좋았던 상영이었어요.")
    assert not MaskingRecord.objects.exists()


def test_p11_2_cast_crew_character_and_theatre_names_stay_visible(author, reviews, movie):
    body = "송강호 배우의 등대지기 연기, 민태경 감독의 연출이 좋았다. 마키 강남 음향 최고."
    post = write(author, reviews, body=body, movie=movie, rating=5)
    assert post.body == body
    assert "송강호" in publishing.catalogue_names() and "등대지기" in publishing.catalogue_names()


@pytest.mark.parametrize("line, names", [
    ("감독 편주안", {"편주안"}),  # a role before the name, no colon
    ("편주안 감독", {"편주안"}),
    ("각본·감독: 편주안", {"편주안"}),
    ("등대지기 역: 국서율", {"등대지기", "국서율"}),
    ("국서율 — 등대지기", {"국서율", "등대지기"}),
    ("국서율 (해양경찰 도경 역)", {"국서율", "도경"}),  # the character without its job
])
def test_p11_2_every_credit_layout_puts_the_person_and_the_character_in_the_catalogue(db, line, names):
    bodies = [f"어제 {name}님이 그러는데 재밌대요" for name in sorted(names)]
    # The person's name is masked while nobody credits it (a character may be a plain word).
    assert any(publishing.mask(b).text != b for b in bodies)
    Movie.objects.create(title="유리정원", rating=Movie.Rating.ALL, running_minutes=100, credits=line)
    assert names <= set(publishing.catalogue_names())
    assert [publishing.mask(b).text for b in bodies] == bodies


def test_p11_2_a_name_outside_the_catalogue_is_masked_even_on_a_review(author, reviews, movie):
    post = write(author, reviews, body="같이 본 홍길동 010-9876-5432 이 추천했어요", movie=movie,
                 rating=4)
    assert "홍*동" in post.body and "010-****-5432" in post.body


def test_p11_2_comments_and_their_edits_are_masked_and_recorded(author, reader, talk):
    post = write(author, talk, body="극장 추천해 주세요")
    comment = services.add_comment(post, reader, "제 번호 말고 010-3333-4444 로 물어보세요")
    assert comment.body == "제 번호 말고 010-****-4444 로 물어보세요"
    services.edit_comment(comment, reader, "메일 hong.gildong@example.com 로 주세요")
    comment.refresh_from_db()
    assert "gildong" not in comment.body and comment.body.startswith("메일 h***")
    versions = [r.version for r in publishing.records_for("community.comment", comment.pk)]
    assert versions == [1, 2]


def test_p11_2_publish_text_is_reusable_by_other_apps(db):
    result = publishing.publish_text("회신은 010-1234-5678 로 부탁드립니다", source="support.message",
                                     object_id=77)
    assert result.text == "회신은 010-****-5678 로 부탁드립니다"
    record = MaskingRecord.objects.get(source="support.message", object_id="77")
    assert record.entities == {"PHONE": 1} and record.total == 1


# --- P11.1: authors shown by pen name, posts protected from alteration -----------------------------

def test_p11_1_author_shown_by_pen_name_never_real_name(author, talk):
    write(author, talk)
    assert services.display_name(author) == "극장고양이"
    assert author.name not in services.display_name(author)


def test_p11_1_member_without_pen_name_gets_a_stable_random_pseudonym(plain_member, talk):
    write(plain_member, talk)
    label = services.display_name(plain_member)
    assert label.startswith("회원") and label[2:].isdigit()
    write(plain_member, talk, body="두 번째 글입니다")
    assert services.display_name(plain_member) == label
    assert Alias.objects.filter(member=plain_member).count() == 1
    # Random, not derived from the person: nothing in it is their number or ID.
    assert label[2:] not in (plain_member.mobile or "") + str(plain_member.pk)


def test_p11_1_pseudonyms_are_unique_per_member(db, talk):
    labels = {services.display_name(make_member(10 + n, answers={"terms": True})) for n in range(5)}
    assert len(labels) == 5


def test_p11_1_edit_keeps_every_version(author, talk):
    post = write(author, talk, body="첫 번째 내용")
    services.edit_post(post, author, title="관람 후기(수정)", body="두 번째 내용")
    services.edit_post(post, author, title="관람 후기(수정)", body="세 번째 내용 010-1212-3434")
    post.refresh_from_db()
    revisions = list(PostRevision.objects.filter(post=post).select_related("post__author__data_key"))
    assert [(r.number, r.body) for r in revisions] == [
        (1, "첫 번째 내용"), (2, "두 번째 내용"), (3, "세 번째 내용 010-****-3434")]
    assert post.revision_count == 3 and post.edited_at is not None
    assert post.body == revisions[-1].body


def test_p11_1_an_unchanged_edit_adds_no_version(author, talk):
    post = write(author, talk, body="그대로")
    services.edit_post(post, author, title=post.title, body="그대로")
    assert post.revisions.count() == 1


def test_p11_1_history_rows_cannot_be_rewritten(author, talk):
    post = write(author, talk, body="원래 내용")
    revision = post.revisions.get()
    revision.body = "바꿔치기"
    with pytest.raises(ValueError, match="append-only"):
        revision.save()
    with pytest.raises(ValueError, match="append-only"):
        revision.save(update_fields=["created_at"])


def test_p11_1_only_the_author_edits_or_deletes(author, reader, talk):
    post = write(author, talk)
    with pytest.raises(PermissionDenied):
        services.edit_post(post, reader, title="남의 글", body="변조")
    with pytest.raises(PermissionDenied):
        services.delete_post(post, reader)


def test_p12_1_post_text_and_history_are_encrypted_at_rest(author, talk):
    post = write(author, talk, body="극장 팝콘이 맛있어요")
    assert raw_column("community_post", "body", post.pk).startswith("v1.")
    revision = post.revisions.get()
    assert raw_column("community_postrevision", "body", revision.pk).startswith("v1.")
    assert "팝콘" not in raw_column("community_post", "title", post.pk)


# --- duplicates and posting periods ------------------------------------------------------------------

def test_p11_1_duplicate_post_by_the_same_member_is_refused(author, talk):
    write(author, talk, body="이번 주말 심야 상영 같이 보실 분!")
    with pytest.raises(services.DuplicatePost):
        write(author, talk, title="다른 제목", body="이번 주말  심야 상영, 같이 보실 분")


def test_p11_1_same_short_review_for_another_movie_is_not_a_duplicate(author, reviews, movie):
    from marquee.booking.models import Movie

    other = Movie.objects.create(title="별빛 정류장", rating="all", running_minutes=98)
    write(author, reviews, body="재밌어요", movie=movie, rating=4)
    write(author, reviews, body="재밌어요", movie=other, rating=4)
    assert Post.objects.count() == 2


def test_p11_1_duplicate_comment_is_refused(author, reader, talk):
    post = write(author, talk, body="추천 부탁")
    services.add_comment(post, reader, "검은 파도 추천합니다")
    with pytest.raises(services.DuplicatePost):
        services.add_comment(post, reader, "검은 파도 추천합니다!")


def test_p11_1_staff_see_the_same_text_posted_by_several_members(author, reader, talk):
    from marquee.community import selectors

    write(author, talk, body="최저가 티켓 판매 link.example")
    write(reader, talk, body="최저가 티켓 판매 link.example")
    groups = selectors.duplicate_groups()
    assert len(groups) == 1 and groups[0]["n"] == 2 and groups[0]["authors"] == 2


def test_p11_1_board_posting_period_closed_refuses_new_posts(author, talk):
    talk.posting_closes_at = timezone.now() - datetime.timedelta(minutes=1)
    talk.save()
    with pytest.raises(services.PostingClosed, match="기간이 끝났습니다"):
        write(author, talk)
    talk.posting_closes_at = None
    talk.posting_opens_at = timezone.now() + datetime.timedelta(days=1)
    talk.save()
    with pytest.raises(services.PostingClosed, match="부터 글을 쓸 수 있습니다"):
        write(author, talk)


def test_p3_1_post_past_its_boards_posting_period_is_hidden_then_destroyed(author, talk):
    from marquee.community import selectors

    talk.display_days = 7
    talk.save()
    post = write(author, talk, body="이벤트 응모합니다")
    assert list(selectors.board_posts(talk)) == [post]
    later = timezone.now() + datetime.timedelta(days=8)
    Post.objects.filter(pk=post.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert list(selectors.board_posts(talk)) == []
    run = retention.sweep(now=later)
    assert not Post.objects.filter(pk=post.pk).exists()
    record = DestructionRecord.objects.get(run=run, rule="community_posts")
    assert record.count == 1


# --- P11.3 reports and P11.1 removal --------------------------------------------------------------

def test_p11_3_member_reports_reach_the_moderation_queue(author, reader, plain_member, talk):
    from marquee.community import selectors

    post = write(author, talk)
    services.report(reader, post=post, reason=Reason.DEFAMATION, detail="작성자 홍길동이 욕함")
    services.report(plain_member, post=post, reason=Reason.ADVERTISING)
    queue = selectors.moderation_queue()
    assert len(queue) == 1 and queue[0]["post"] == post and queue[0]["n"] == 2
    report = Report.objects.get(reporter=reader)
    assert report.detail == "작성자 홍*동이 욕함"  # masked too


def test_p11_3_a_member_reports_once_and_never_their_own_post(author, reader, talk):
    post = write(author, talk)
    services.report(reader, post=post, reason=Reason.DUPLICATE)
    with pytest.raises(services.AlreadyReported):
        services.report(reader, post=post, reason=Reason.OBSCENITY)
    with pytest.raises(CommunityError, match="내가 쓴 글"):
        services.report(author, post=post, reason=Reason.OBSCENITY)


def test_p11_1_removal_reasons_are_exactly_the_policy_s11_list():
    assert Reason.values == ["defamation", "obscenity", "political_religious", "piracy_hacking",
                             "copyright", "past_posting_period", "advertising", "impersonation",
                             "duplicate", "other_law"]


def test_p11_1_staff_removal_with_reason_is_recorded_and_settles_reports(author, reader, moderator, talk):
    post = write(author, talk)
    services.report(reader, post=post, reason=Reason.DEFAMATION)
    removal = services.remove(moderator, post=post, reason=Reason.DEFAMATION,
                              note="작성자 연락처 010-1111-9999 확인")
    post.refresh_from_db()
    assert post.status == Status.REMOVED and post.removed_at is not None
    assert (removal.reason, removal.removed_by, removal.post_number, removal.reports) == (
        "defamation", moderator, post.pk, 1)
    assert removal.note == "작성자 연락처 010-****-9999 확인"
    assert Report.objects.get().state == Report.State.ACTIONED
    assert not post.is_published


def test_p11_1_removal_without_a_s11_reason_is_refused(author, moderator, talk):
    post = write(author, talk)
    with pytest.raises(CommunityError, match="제11조"):
        services.remove(moderator, post=post, reason="i_dont_like_it")
    post.refresh_from_db()
    assert post.status == Status.PUBLISHED and not Removal.objects.exists()


def test_p11_1_p12_3_removal_is_staff_only_with_the_moderation_permission(author, reader, talk):
    from tests.conftest import create_staff

    post = write(author, talk)
    with pytest.raises(PermissionDenied):
        services.remove(reader, post=post, reason=Reason.OBSCENITY)
    for role in ("marketing", "cinema_manager", "developer"):  # staff whose role does not moderate
        with pytest.raises(PermissionDenied):
            services.remove(create_staff(role), post=post, reason=Reason.OBSCENITY)
    for role in ("cs_agent", "privacy_handler"):
        assert services.can_moderate(create_staff(role)), role


def test_p11_1_a_comment_can_be_removed_on_its_own(author, reader, moderator, talk):
    post = write(author, talk, body="본문")
    comment = services.add_comment(post, reader, "광고 보러 오세요")
    services.report(author, post=post, comment=comment, reason=Reason.ADVERTISING)
    removal = services.remove(moderator, post=post, comment=comment, reason=Reason.ADVERTISING)
    comment.refresh_from_db()
    assert comment.status == Status.REMOVED and removal.target == "comment"
    assert removal.comment_number == comment.pk
    post.refresh_from_db()
    assert post.status == Status.PUBLISHED


def test_p11_3_dismissed_reports_leave_the_post_up(author, reader, moderator, talk):
    post = write(author, talk)
    services.report(reader, post=post, reason=Reason.COPYRIGHT)
    assert services.dismiss_reports(moderator, post=post) == 1
    post.refresh_from_db()
    assert post.status == Status.PUBLISHED
    assert Report.objects.get().state == Report.State.DISMISSED


def test_p11_1_removed_post_is_kept_a_year_as_a_misuse_record_then_destroyed(author, moderator, talk):
    post = write(author, talk)
    services.remove(moderator, post=post, reason=Reason.ADVERTISING)
    with pytest.raises(CommunityError):
        services.delete_post(post, author)  # the author cannot erase the record
    early = retention.sweep(now=timezone.now() + datetime.timedelta(days=300))
    assert not early.records.filter(rule="fraud_records").exists()
    assert Post.objects.filter(pk=post.pk).exists()
    run = retention.sweep(now=timezone.now() + datetime.timedelta(days=367))
    assert not Post.objects.filter(pk=post.pk).exists()
    assert not Removal.objects.exists()
    rules = {(r.rule, r.category): r.count for r in DestructionRecord.objects.filter(run=run)}
    assert rules[("fraud_records", "삭제 조치된 게시물(수정 이력·댓글·첨부 이미지 포함)")] == 1
    assert rules[("fraud_records", "게시물 삭제 조치 기록")] == 1


# --- destruction -----------------------------------------------------------------------------------

def test_p3_1_author_deletion_destroys_post_history_and_comments_at_once(author, reader, talk):
    post = write(author, talk)
    services.edit_post(post, author, title="수정", body="수정 본문")
    services.add_comment(post, reader, "댓글")
    services.delete_post(post, author)
    assert not Post.objects.exists() and not PostRevision.objects.exists()
    assert not Comment.objects.exists() and not CommentRevision.objects.exists()


def test_p4_1_withdrawal_destroys_the_members_posts(author, reader, moderator, talk):
    from marquee.members import withdrawal

    kept = write(reader, talk, body="남는 글")
    post = write(author, talk)
    services.add_comment(kept, author, "탈퇴할 회원의 댓글")
    services.report(author, post=kept, reason=Reason.DUPLICATE)
    withdrawal.withdraw(author)
    assert not Post.objects.filter(pk=post.pk).exists()
    assert not Comment.objects.filter(post=kept).exists()
    assert Report.objects.get().reporter is None  # the report stays, without its reporter
    assert Post.objects.filter(pk=kept.pk).exists()


def test_p12_1_rotating_the_authors_key_reseals_posts_and_history(author, reader, talk):
    from marquee.members.models import Member
    from marquee.privacy.vault.rotation import rotate_data_key

    post = write(author, talk, body="회전 전 본문")
    services.edit_post(post, author, title="제목", body="회전 전 두 번째")
    services.add_comment(write(reader, talk, body="다른 글"), author, "회전 전 댓글")
    old = Member.objects.get(pk=author.pk).data_key
    rotate_data_key(old)
    author = Member.objects.get(pk=author.pk)
    assert author.data_key_id != old.pk
    post = Post.objects.select_related("author__data_key").get(pk=post.pk)
    assert post.body == "회전 전 두 번째"
    assert [r.body for r in PostRevision.objects.filter(post=post)
            .select_related("post__author__data_key")] == ["회전 전 본문", "회전 전 두 번째"]
    assert Comment.objects.select_related("author__data_key").get(author=author).body == "회전 전 댓글"
