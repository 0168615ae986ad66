"""My Page cards (issue 15, P8.1): Korean labels for coded values, identity as
"본인확인 완료 (통신사, 일시)", and the download's times in KST."""

from __future__ import annotations

import json

import pytest

from marquee.members import export, mypage_cards

pytestmark = pytest.mark.django_db


def test_p8_1_cards_show_coded_values_as_korean_labels(member):
    cards = mypage_cards.cards(member, export.personal_data(member)["items"])
    values = {row["key"]: row["value"] for row in cards["basic"]}
    assert values["gender"] == "남성" and "nationality" not in values
    assert values["birthdate"] == "1990년 5월 17일 (목)"
    assert values["mobile"] == "010-1234-5678 (SKT)"
    assert "address" not in values  # no longer collected (issue 12, P1.1)
    assert "ci" not in values and "di" not in values


def test_p8_1_identity_is_a_sentence_not_the_raw_ci_and_di(member):
    cards = mypage_cards.cards(member, export.personal_data(member)["items"])
    summary = cards["identity"]["summary"]
    assert summary.startswith("본인확인 완료 (SKT, ") and "년" in summary
    assert member.ci not in json.dumps(cards, ensure_ascii=False, default=str)
    assert [i["key"] for i in cards["identity"]["items"]] == ["ci", "di"]


def test_p8_1_mypage_page_hides_ci_and_di_but_the_download_has_them(client, member):
    client.force_login(member)
    page = client.get("/members/mypage/").content.decode()
    assert member.ci not in page and member.di not in page
    assert "본인확인 완료 (SKT, " in page
    download = client.get("/members/mypage/download.json").content.decode()
    assert member.ci in download and member.di in download


def test_p8_1_download_gives_times_in_kst(client, member):
    client.force_login(member)
    data = json.loads(client.get("/members/mypage/download.json").content)
    stamps = [row["at"] for row in data["consent_history"]]
    assert stamps and all(stamp.endswith("+09:00") for stamp in stamps)
