"""P11.2, issue 16, round 14 (piirecall18): PERSON misses by category, read from test16's misses
after its blind score. Every name and sentence below is invented for these tests (none is copied
from an evaluation set). Each positive case fails on the masker before this round; each
look-alike stays unmasked.

Categories: a given name alone as the value of a person field (``fieldvalues._given_hit``, and
``가입명`` as a label); a signature followed by a closing phrase, an edit note or an emoji
(``signoffs._without_closer``).
"""

from __future__ import annotations

import pytest

from marquee.privacy.pii import morph

from .test_pii_recall_round12 import found

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("[운영 메모] 가입명 서윤 / 연락처 010-2233-4455 확인", "서윤"),
    ("가입명: 지후 / 이메일 jihoo@example.com", "지후"),
    ("예매자명: 수빈 / 2매", "수빈"),
])
def test_p11_2_given_name_alone_in_a_person_field(text, name):
    """P11.2: after a label only a person fills, a given name alone is the person."""
    assert name in found(text)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "이름: 미정 / 연락처는 추후",
    "이름 변경 어디서 하나요",
    "가입명 변경 문의드립니다",
    "예금주: 본인",
])
def test_p11_2_field_without_a_given_name_stays(text):
    """P11.2: a filler, a dictionary word or a verb after the label names nobody."""
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("주소 바뀌었어요 새 주소로 보내주세요 - 윤서아 부탁드려요!", "윤서아"),
    ("상영관 근처라 자주 가요. 하람 답변 기다릴게요~", "하람"),
    ("집 근처라 자주 가요. 길서온 좋은 하루 되세요", "길서온"),
    ("굿즈 배송지 이걸로 바꿔주세요 - 지후 ㅠㅠ", "지후"),
    ("주소 변경했어요 - 정하람 (수정: 오타)", "정하람"),
    ("당첨 굿즈 잘 받았어요. 문채원 😭", "문채원"),
])
def test_p11_2_signature_before_a_closing(text, name):
    """P11.2: a closing phrase, an edit note or an emoji after the signature leaves it the
    post's signature."""
    assert name in found(text)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "영화 진짜 재밌어요 최고 ㅋㅋ",
    "잘 봤어요 강추 감사합니다",
    "좌석 넓어요 대박 😭",
    "예매 완료했어요 - 확인 부탁드려요!",
])
def test_p11_2_closing_after_a_word_stays(text):
    """P11.2: the words a closing follows are judged as before: a review's last word stays."""
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("등록증 분실했어요 탁 경수 880523-5123456 연락 주세요", "탁 경수"),
    ("외국인등록증 잃어버렸습니다 남 다인 950412-6123457 찾으면 연락", "남 다인"),
])
def test_p11_2_holder_just_before_a_registration_number(text, name):
    """P11.2: the name written right before a registration number (a space apart) is its holder."""
    assert name in found(text)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "등록증 분실했어요 번호 880523-5123456 연락 주세요",
    "이름\t국적\t번호\n마리아\t필리핀\t880523-5123456",
])
def test_p11_2_word_before_a_registration_number_stays(text):
    """P11.2: a label or a table cell before the number is no holder."""
    assert "번호" not in found(text) and "필리핀" not in found(text)
