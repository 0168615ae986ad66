"""The boards' personal-data provider: posts, comments, history, images, the board
pseudonym and reports (P8.1, P11, P5)."""

import pytest

from marquee.community import services
from marquee.community.models import Alias, Attachment, Reason, Report

from ..providers import destroy, exported, left_behind
from .conftest import image_bytes, upload
from .test_attachments import stored_files


@pytest.fixture
def active(author, reader, talk):
    """The author posted (with an image), edited, commented, reported another's post,
    and shows under the board pseudonym."""
    post = services.create_post(author, talk, title="첫 관람기", body="처음 쓴 본문",
                                files=[upload(image_bytes())])
    services.edit_post(post, author, title="고친 관람기", body="고친 본문")
    other = services.create_post(reader, talk, title="남의 글", body="다른 회원의 글")
    comment = services.add_comment(other, author, "처음 댓글")
    services.edit_comment(comment, author, "고친 댓글")
    services.report(author, post=other, reason=Reason.DUPLICATE, detail="같은 글이 반복됩니다")
    alias = Alias.objects.get_or_create(member=author, defaults={"number": 4821})[0]
    return author, alias


@pytest.mark.django_db
def test_p8_1_community_provider_exports_posts_history_alias_and_reports(active):
    author, alias = active
    text = exported("community", author)
    for value in ("고친 관람기", "고친 본문", "첫 관람기", "처음 쓴 본문",  # post_content, history
                  "고친 댓글", "처음 댓글", "같은 글이 반복됩니다",  # comments, post_report
                  alias.label):  # board_alias
        assert value in text, value
    assert '"images": 1' in text


@pytest.mark.django_db
def test_p5_2_community_provider_destroy_leaves_no_row_and_no_ciphertext(
        active, django_capture_on_commit_callbacks):
    author, _ = active
    assert Attachment.objects.count() == 1 and len(stored_files()) == 1
    assert left_behind(author, "community") != []
    with django_capture_on_commit_callbacks(execute=True):  # files go once it commits
        [part] = destroy("community", author)
    assert (part.rule, part.count) == ("community_posts", 2)  # one post, one comment
    assert left_behind(author, "community") == []
    assert not Attachment.objects.exists() and stored_files() == []
    # The report about another member's post stays as its moderation record, unlinked.
    assert Report.objects.get().reporter is None
