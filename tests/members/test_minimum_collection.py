"""Issue 12 item 6: only what is used is collected. The member's address was mandatory at
signup and nothing used it; events ask a winner for a delivery address at claim time
(P1.3, ``events.Delivery``). So signup, My Page, the member row, the inventory and the
consent screen carry no member address (P1.1, P2.1, L1.1)."""

from __future__ import annotations

import html

import pytest

from marquee.compliance.policy.sections import render
from marquee.members.forms import ProfileForm, SignupForm
from marquee.members.models import Member
from marquee.privacy.api import inventory
from marquee.privacy.inventory import Channel
from tests.members.test_views_signup import DETAILS, SIGNUP, start_signup

ADDRESS_FIELDS = {"postcode", "address", "address_detail"}


def test_p1_1_p2_1_l1_1_the_signup_form_has_no_address_field():
    # Every variant of the form: adult or minor, optional items agreed or not.
    for minor in (False, True):
        for optional in (False, True):
            form = SignupForm(minor=minor, optional_agreed=optional)
            assert not ADDRESS_FIELDS & set(form.fields), (minor, optional)
    assert not ADDRESS_FIELDS & set(ProfileForm(optional_agreed=True).fields)


def test_p1_1_p2_1_the_member_row_has_no_address_column():
    columns = {f.name for f in Member._meta.get_fields()}
    assert not ADDRESS_FIELDS & columns


def test_p1_1_p2_1_l1_1_the_inventory_declares_no_member_address():
    assert "address" not in inventory.items
    member_fields = [f for item in inventory.items.values() for f in item.fields
                     if f.startswith("members.")]
    assert member_fields and not [f for f in member_fields
                                  if f.rsplit(".", 1)[1] in ADDRESS_FIELDS]
    signup_labels = [i.label for i in inventory.items.values() if i.channel == Channel.SIGNUP]
    assert "이메일" in signup_labels and not [label for label in signup_labels if "주소" in label]
    # The delivery address stays declared where it is collected: from event winners.
    delivery = [i for i in inventory.items.values() if "events.Delivery.address" in i.fields]
    assert [i.channel for i in delivery] == [Channel.DELIVERY]


def test_p1_1_the_policy_no_longer_lists_an_address_for_membership():
    text = "\n".join(render().section("items").lines())
    signup_rows = [line for line in text.splitlines() if "홈페이지(회원가입)" in line]
    assert signup_rows and not [row for row in signup_rows if "주소" in row.replace("IP 주소", "")]


@pytest.mark.django_db
def test_l1_1_p1_1_the_consent_screen_and_details_page_ask_for_no_address(client):
    consent_page = html.unescape(client.get(SIGNUP).content.decode())
    assert "이메일" in consent_page
    assert "주소" not in consent_page.replace("IP 주소", "").replace("이메일 주소", "")
    start_signup(client)
    details = html.unescape(client.get(DETAILS).content.decode())
    assert 'name="email"' in details
    for name in ADDRESS_FIELDS:
        assert f'name="{name}"' not in details
