"""A notice's body as paragraphs and real lists (issue 19: the notice body was a fake
list of ``<br>`` lines; WCAG 1.3.1 Info and Relationships)."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.urls import reverse

from marquee.notices.models import Notice

pytestmark = pytest.mark.django_db

BODY = ("마키 시네마 개인정보 처리방침이 다음과 같이 변경됩니다.\n\n시행일: 2027년 1월 1일\n\n"
        "변경되는 내용:\n- 수집하는 개인정보 (중요 변경)\n- 제3자 제공\n\n"
        "변경 전후의 내용은 <아래>에서 확인하실 수 있습니다.")


def test_i19_a_notice_lists_its_dash_lines_as_a_list_not_br_lines(client):
    notice = Notice.objects.create(title="개인정보 처리방침 변경 안내", body=BODY)
    page = client.get(reverse("notices:detail", args=[notice.pk])).content.decode()
    assert ("<p>변경되는 내용:</p>\n<ul><li>수집하는 개인정보 (중요 변경)</li>"
            "<li>제3자 제공</li></ul>") in page
    assert "<p>시행일: 2027년 1월 1일</p>" in page
    assert "<br>- " not in page and "&lt;아래&gt;" in page  # escaped, never markup


def test_i19_lines_without_a_list_mark_keep_their_line_break():
    html = Template("{{ text|text_blocks }}").render(Context({"text": "서울특별시 강남구\n강남대로 438"}))
    assert html == "<p>서울특별시 강남구<br>강남대로 438</p>"
