"""The rights forms' choice groups are fieldsets with a legend (issue 19, WCAG 1.3.1 and
4.1.2): a group of radio buttons or check boxes has no single control a label could
name, and the forms drew ``<label for="">`` for them (요구 종류, 요구하는 분, 접수 경로,
요구인, 삭제 범위, 대상 항목...). Checked on the member's request form (L5.1) and the
staff's intake form (L5.1, registered requests): every label names a control that is on
the page, and every choice sits in a fieldset whose legend is the question."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests.conftest import create_staff, otp_session


class Labels(HTMLParser):
    """Each label's ``for``, the IDs on the page, and each choice with the legend of the
    fieldset around it (None when it is in no fieldset with a legend)."""

    def __init__(self):
        super().__init__()
        self.label_for, self.ids, self.choices = [], set(), []
        self.legends: list[str | None] = []  # one per open fieldset
        self.in_legend = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "label" and "for" in attrs:
            self.label_for.append(attrs["for"])
        elif tag == "fieldset":
            self.legends.append(None)
        elif tag == "legend" and self.legends:
            self.in_legend, self.legends[-1] = True, ""
        elif tag == "input" and attrs.get("type") in ("radio", "checkbox") and attrs.get("name") != "agree":
            self.choices.append((attrs.get("name"), next((lg for lg in reversed(self.legends) if lg), None)))

    def handle_data(self, data):
        if self.in_legend:
            self.legends[-1] += data.strip()

    def handle_endtag(self, tag):
        if tag == "legend":
            self.in_legend = False
        elif tag == "fieldset" and self.legends:
            self.legends.pop()


def labels_of(response) -> Labels:
    assert response.status_code == 200
    parser = Labels()
    parser.feed(response.content.decode())
    return parser


def assert_grouped(page: Labels, groups: dict[str, str]) -> None:
    assert all(page.label_for) and set(page.label_for) <= page.ids, page.label_for
    legends = dict(page.choices)
    for name, legend in groups.items():
        assert legends.get(name) == legend, (name, legends.get(name))


@pytest.mark.django_db
def test_i19_l5_1_the_request_form_groups_its_choices_under_a_legend(client, member):
    client.force_login(member)
    page = labels_of(client.get(reverse("rights:new")))
    assert_grouped(page, {"kind": "요구 종류", "items": "대상 항목"})


@pytest.mark.django_db
def test_i19_l5_1_the_staff_intake_form_groups_its_choices_under_a_legend(client, member):
    otp_session(client, create_staff("privacy_handler"))
    page = labels_of(client.get(reverse("admin:rights_rightsrequest_intake_member", args=[member.pk])))
    assert_grouped(page, {"channel": "접수 경로", "requester": "요구인", "kind": "요구 종류",
                          "scope": "삭제 범위(삭제 요구인 경우)"})
