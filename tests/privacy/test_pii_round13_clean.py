"""P11.2, issue 16, round 13 (piiclean14, read from test14 once it had been scored blind): a
form's example values under its heading, the dummy resident number, a business's information
line, its own message, a table of branches, the answer to where a branch is, a receipt's
registration block, a role mailbox and a company's account are nobody's; the members' own
values beside them stay masked. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect


def found(text):
    return [(s.entity, text[s.start:s.end]) for s in detect(text)]


# --- P11.2: example values under an example heading (exampleblocks.py) ---------------------------

@pytest.mark.parametrize("text", [
    "신청서 붙여 드려요\n입력 예시\n성함: 010-1234-5678\n생년월일: 850101-1234567",
    "(작성 예시) 보호자 800101-2222222 / 메일 parent@example.com",
    "[환불 요청서 작성 예시]\n담당: 홍길동\n전화: 010-1234-5678\n메일: sample@company.co.kr",
    "예시)\n이름: 이영희\n번호: 010-1111-2222",
    "개인정보는 보내지 마세요. 예) 950505-1234567 같은 번호",
    "응모 양식 예: 성함 you@example.org, 휴대폰 010-2345-6789",
])
def test_p11_2_example_values_under_an_example_heading_are_left(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "kept"), [
    # real-looking values under a heading, and a dummy without any heading: still masked
    ("양식 예시대로 적었어요\n이름: 윤세린\n연락처: 010-4821-7730", ("PHONE", "010-4821-7730")),
    ("제 주민번호는 900101-1234567 이에요", ("RRN", "900101-1234567")),
    ("작성 예시 참고했어요\n\n제 번호: 010-5532-9081", ("PHONE", "010-5532-9081")),
])
def test_p11_2_real_values_near_an_example_stay_masked(text, kept):
    assert kept in found(text)


# --- P11.2: a business's landline in an information line, its own message, a branch table ----------

@pytest.mark.parametrize("text", [
    "마키 대전점 엘리베이터 또 멈춤. 안내 042-555-1234도 안 받아요",
    "주차장 만차라 안내번호 031-777-8888에 물어봤어요",
    "[Web발신] [마키] 마키 수원 분실물 보관 안내. 문의 031-222-3344",
    "안녕하세요, 마키 광주입니다. 상영관 공사 안내드립니다. 문의 062-333-4455",
    "지점 / 주소 / 번호\n마키 대구 / 대구 중구 동성로 10 5층 / 053-123-4567",
    "비상 연락처\n- 마키 울산 대표: 052-111-2233",
    "영화 끝나고 순대국밥 할매집(055-321-7788) 들렀다 옴",
    "뒤풀이는 종로 책방 옆 수제맥주 한잔공방 본점 (서울 종로구 대학로 12, 02-741-0099)",
])
def test_p11_2_a_businesss_listed_landline_is_left(text):
    assert [f for f in found(text) if f[0] == "PHONE"] == []


@pytest.mark.parametrize(("text", "kept"), [
    ("마키 강남 2매 양도합니다. 문의 02-345-6789로 주세요", ("PHONE", "02-345-6789")),
    ("[마키] 고객님 문의 남겨 주신 제 번호 02-987-6543", ("PHONE", "02-987-6543")),
    ("안내 문자 받은 번호가 010-3456-7712예요", ("PHONE", "010-3456-7712")),
    ("오늘은 친구집(02-345-6789)에서 자고 갈게", ("PHONE", "02-345-6789")),
    ("우리 할머니집(031-222-3333)으로 연락 주세요", ("PHONE", "031-222-3333")),
])
def test_p11_2_a_members_number_beside_a_business_stays_masked(text, kept):
    assert kept in found(text)


# --- P11.2: a business's address as the answer to where it is, or in its registration block --------

@pytest.mark.parametrize("text", [
    "(카톡)\n친구: 마키 수원점 위치 어디야?\n나: 경기 수원시 팔달구 덕영대로 924 6층",
    "[영수증]\n마키 대전\n사업자등록번호 314-81-12345\n대전 서구 대덕대로 233 6층\n팝콘 6,000원",
])
def test_p11_2_a_businesss_address_answered_or_registered_is_left(text):
    assert [f for f in found(text) if f[0] == "ADDRESS"] == []


def test_p11_2_a_home_address_after_a_where_question_stays_masked():
    text = "친구: 마키 수원점 어디야?\n나: 거기 말고 우리 집 경기 수원시 팔달구 덕영대로 924 6층으로 와"
    assert any(e == "ADDRESS" for e, _ in found(text))


# --- P11.2: role mailboxes and a company's account ---------------------------------------------

@pytest.mark.parametrize("text", [
    "[부재중] 급한 일은 help-desk@nurimedia.co.kr 으로 보내 주세요",
    "세금계산서는 accounts@popcornlab.kr 로 부탁드립니다",
    "제휴 문의는 partnership@movieclub.com 으로",
])
def test_p11_2_a_role_mailbox_is_left(text):
    assert [f for f in found(text) if f[0] == "EMAIL"] == []


@pytest.mark.parametrize("email", ["hr_kim@naver.com", "minji.support@gmail.com", "cinema@korea.kr"])
def test_p11_2_a_mailbox_with_a_persons_word_stays_masked(email):
    assert ("EMAIL", email) in found(f"메일은 {email} 로 주세요")


@pytest.mark.parametrize("text", [
    "계약금은 법인 계좌 신한은행 140-012-345678 (예금주 (주)누리미디어)로 보내 주세요",
    "후원 계좌(재단법인 영화사랑 농협 301-1234-5678-91)는 연중 열려 있습니다",
    "입금 계좌: 우리은행 1002-345-678901 (예금주 주식회사 팝콘랩)",
])
def test_p11_2_a_companys_account_is_left(text):
    assert [f for f in found(text) if f[0] == "ACCOUNT"] == []


def test_p11_2_a_members_account_stays_masked():
    text = "환불은 제 계좌 신한은행 110-234-567890 (예금주 윤세린)으로 부탁드려요"
    assert any(e == "ACCOUNT" for e, _ in found(text))


# --- P11.2: guesses that read as a verb, a suffixed noun or a counted thing (predicatecuts.py) ----

def people(text):
    return [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]


@pytest.mark.parametrize(("text", "names"), [
    ("쿠키 영상에 동생 한지율 이름 나옴!! 신기해요", ["한지율"]),
    ("공연 끝나면 바로 전화해 줘 010-4412-9087", []),
    ("매점 계산기가 멈춰서 한참 기다림", []),
    ("취소는 한 건만 됐고 나머지는 그대로예요", []),
    ("기념일이라 남편 오태성이랑 리클라이너관 갔어요", ["오태성"]),
])
def test_p11_2_words_read_as_verbs_or_counted_things_are_no_names(text, names):
    assert people(text) == names


# --- P11.2: stars in a fan's verdict on looks or on a show (starframes.py) --------------------------

@pytest.mark.parametrize("text", [
    "어제 시사회 다녀옴 ㅋㅋ 차은후 진짜 존잘",
    "오늘 무대인사 윤세아 존예 ㅠㅠ",
    "손태호 셰프님 나오는 예능 극장판 나온다던데요?",
    "마르코 한국 예능 나온대!! 대박",
    "조카가 엘리온 보고 펑펑 울었대요 ㅠ",
    "Aftersun 보고 소피랑 캘럼 때문에 엉엉 울었음",
])
def test_p11_2_a_star_in_a_fan_verdict_or_on_a_show_is_no_member(text):
    assert people(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("우리 남친 하도윤 존잘이라 다들 부러워함", ["하도윤"]),
    ("사연: 제 아내 남궁서린이 리볼버 보고 울었어요", ["남궁서린"]),
    ("결혼기념일이라 아내 문서희랑 봤는데 문서희가 울었어요", ["문서희", "문서희"]),
])
def test_p11_2_a_member_after_a_kin_word_stays_a_name(text, names):
    assert people(text) == names


def test_p11_2_a_role_mailbox_at_the_operators_own_domain_follows_the_settings():
    # help@mecross.net is declared by default; the settings, not the role rule, decide it
    assert found("문의 help@mecross.net") == []
    assert ("EMAIL", "group@marquee-cinema.kr") in found("대관 문의는 group@marquee-cinema.kr 으로")
    assert found("보낸 사람: 알림 <no-reply@mecross.net>") == []  # a no-reply sender is nobody's


def test_p11_2_predicate_cuts_read_a_clause_only_for_guesses_it_could_drop(monkeypatch):
    """A guess of three syllables without a counter's syllable can be neither a stem with its
    ending nor a counted thing, so no clause is read for it (the gate is exact: the dumps of all
    21 read sets are byte-identical with and without it); a two-syllable guess is still read."""
    from marquee.privacy.pii import predicatecuts
    from marquee.privacy.pii.names import NameHit

    def refuse(_clause):
        raise AssertionError("clause read")

    monkeypatch.setattr(predicatecuts.morph, "analyze_clause", refuse)
    text = "어제 친구 오태성이랑 봤어요"
    assert predicatecuts._reads_as_word(text, NameHit(6, 9, 0.9)) is False
    with pytest.raises(AssertionError, match="clause read"):
        predicatecuts._reads_as_word("쿠키에 이름 나옴", NameHit(7, 9, 0.9))
