"""P11.2, issue 16, round 13 (piiclean15): a third party's published address and landline in a
branch's card, a table of branches, a meeting place or box office, and an institution's label
are public; a member's home, own address or mobile in the same layouts stays masked. Sentences
written for these tests (not copied from any bench set)."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect


def found(text, entity):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


@pytest.mark.parametrize("text", [
    "지점 광주상무점\n주소 광주 서구 상무중앙로 61 3층\n전화 062-381-5500",
    "지점: 청주성안점\n주소: 충북 청주시 상당구 성안로 77 8층",
    "부평역점 주소 인천 부평구 부평대로 35 4층 입니다",
    "지점\t주소\t전화\n서면점\t부산 부산진구 중앙대로 700 9층\t051-802-1100",
    "당일 굿즈는 경기 성남시 분당구 판교역로 146 2층 매표소에서 나눠드립니다",
    "정모 장소: 광주 동구 금남로 200 2층 카페",
    "도서관 주소: 대전 서구 둔산로 100",
])
def test_p11_2_a_branch_card_table_meeting_place_or_institution_address_is_public(text):
    assert found(text, "ADDRESS") == []


@pytest.mark.parametrize("text", [
    "지점 광주상무점\n주소 광주 서구 상무중앙로 61 3층\n전화 062-381-5500",
    "지점 | 점장 | 대표번호\n서면점 | 점장 P | 051-802-1100",
    "복지관 전화: 042-555-0192",
])
def test_p11_2_a_branch_card_table_or_institution_landline_is_public(text):
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("text, entity", [
    ("정모 장소: 우리 집 광주 동구 금남로 200 101동 301호", "ADDRESS"),
    ("제 주소 광주 동구 금남로 200 101동 301호 매표소에서 받을게요", "ADDRESS"),
    ("지점 광주상무점\n담당 휴대폰 010-4821-7730", "PHONE"),
    ("회사 전화: 02-555-0192 로 연락 주세요", "PHONE"),
    ("센터 담당자 휴대폰: 010-3321-8890", "PHONE"),
])
def test_p11_2_a_members_home_or_mobile_in_those_layouts_stays_masked(text, entity):
    assert found(text, entity) != []


@pytest.mark.parametrize("text", [
    "상영관 점검으로 19시 회차는 취소되었습니다. 문의 031-711-4400",
    "환불은 영업일 기준 3일 내 완료됩니다. 추가 문의는 02-6120-3300",
])
def test_p11_2_an_inquiry_landline_in_a_formal_notice_is_public(text):
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("text", [
    "[양도] 파묘 4/2 19시 2매 양도합니다. 정가에 드려요. 문의 02-6120-3300로 주세요",
    "나눔합니다. 문의 02-6120-3300",
    "약속이 취소되었습니다. 문의는 제 번호 02-6120-3300",
    "오늘 못 갑니다 ㅠ 문의 02-6120-3300 문자 주세요",
])
def test_p11_2_an_inquiry_landline_in_a_members_post_stays_masked(text):
    assert found(text, "PHONE") != []


def test_p11_2_english_mail_from_our_team_and_the_answer_to_where_the_theater_is_are_public():
    mail = "Dear partners,\nFor interviews please reach our press office at 031-780-2200"
    where = "Mina: where is the cinema?\nme: 경기 성남시 분당구 판교역로 146 2층 지하철 4번 출구"
    assert found(mail, "PHONE") == [] and found(where, "ADDRESS") == []


def test_p11_2_english_mail_about_a_person_and_a_party_address_stay_masked():
    assert found("Please contact my cousin at 031-780-2200", "PHONE") != []
    assert found("Mina: where is the party?\nme: 경기 성남시 분당구 판교역로 146 101동 202호", "ADDRESS") != []


def test_p11_2_a_forms_filled_example_headed_jakseongrye_is_public_and_a_member_using_it_is_not():
    example = "민원신청서(기재례)\n성명: 홍길동\n연락처: 010-1234-5678"
    member = "신청서 작성례를 보고 제 걸 씁니다\n성명: 맹서현\n연락처: 010-2233-4455"
    assert found(example, "PERSON") == [] and found(example, "PHONE") == []
    assert found(member, "PHONE") == ["010-2233-4455"]
