"""P11.2, issue 16, round 7: speed without a changed output, and two-syllable names held by
their frame (lists of names, 명의/걔, a role word before a signature), the holder in brackets
after a phone or an e-mail, and two-syllable names Kiwi splits before a person particle.
Every example is invented; none comes from a bench data file."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marquee.privacy.pii import detect, morph, romanised
from marquee.privacy.pii.allowlist import DeclaredContacts
from marquee.privacy.pii.obfuscated import fold_mixed_hangul

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def found(text, entity="PERSON"):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


# --- speed changes keep the answers ----------------------------------------------------------------

_OLD_ANY_STRONG = re.compile("|".join(sorted(romanised._FOREIGN_STRONG, key=len, reverse=True))
                             + "|" + romanised._CENTRAL_ASIAN.pattern)
_PIECES = sorted(romanised._FOREIGN_STRONG)[:40] + ["프", "노바", "벡", "가", "나", " ", "마", "1"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8))
def test_p11_2_foreign_name_gate_answers_as_the_single_alternation(pieces):
    text = "".join(pieces)
    assert romanised._any_strong(text) == (_OLD_ANY_STRONG.search(text) is not None)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="공영일이삼사오육칠팔구 -.가나", max_size=30))
def test_p11_2_mixed_hangul_digits_need_an_arabic_digit(text):
    assert fold_mixed_hangul(text) == text


def test_p11_2_declared_names_match_without_spaces():
    declared = DeclaredContacts(["개인정보 보호책임자 도 하 람", "help@example.org"])
    assert declared.covers("PERSON", "도하람")
    assert declared.covers("PERSON", "도 하람")
    assert not declared.covers("PERSON", "")
    assert not declared.covers("PERSON", "도하솔")


# --- names found, words left alone ------------------------------------------------------------------

@needs_kiwi
@pytest.mark.parametrize("text, names", [
    # the holder in brackets right after a phone number or an e-mail address
    ("중고 거래 연락 010-2345-6789 (탁뭉치)", ["탁뭉치"]),
    ("분실물 주인 찾아요 010 9876 5432 (남궁솔빛)", ["남궁솔빛"]),
    ("메일 rainyday@example.net (편두리)", ["편두리"]),
    # a two-syllable name Kiwi splits in its clause (남+솔) before a person particle
    ("어제 옆자리 남솔한테 빌림", ["남솔"]),
    # a two-syllable member of a list of names
    ("참석: 추금비, 맹겸", ["추금비", "맹겸"]),
    ("참석: 추금비, 맹겸, 도하린", ["추금비", "맹겸", "도하린"]),  # the chain goes on past 맹겸
    ("동아리 발표조는 추금비, 엄다온, 맹겸 세 명", ["추금비", "엄다온", "맹겸"]),
    ("앞줄 엄태오 추다빈 변윤 이렇게 셋이 앉았음", ["엄태오", "추다빈", "변윤"]),
    # a person's own thing, and a role word before a signature
    ("사물함에 변겸 명의 카드가 있었어요", ["변겸"]),
    ("편율 걔 나초 혼자 다 먹음", ["편율"]),
    ("답변드립니다. - 마키 수원점 매니저 추겸", ["추겸"]),
    # romanised: lower case with a hyphen, a comma, an English word after, more census surnames
    ("han da-som\n오후 4:02\n로비 도착", ["han da-som"]),
    ("choi yu-bin 이거 내 계정", ["choi yu-bin"]),
    ("Gang, Seo-rin and 최도율 둘이 봤어요", ["Gang, Seo-rin", "최도율"]),
    ("name,ip\nBong, Ha-eun,10.1.2.3", ["Bong, Ha-eun"]),
    ("Pyeon Ji-ho 님 예약 확인", ["Pyeon Ji-ho"]),
    # Hangul foreign names of unlisted parts, in a field after a person label
    ("외국인 당첨자 뭉흐졸 투브신 / 외국인등록번호 확인 중", ["뭉흐졸 투브신"]),
    ("성명 다브르 오치르\n연락처 010-2345-6789", ["다브르 오치르"]),
])
def test_p11_2_round7_names_held_by_their_frame(text, names):
    assert found(text) == names


@needs_kiwi
@pytest.mark.parametrize("text", [
    "문의 010-2345-6789 (문자만)",
    "연락 010-2345-6789 (평일)",
    "연락처 010-2345-6789 (강남역)",
    "010-2345-6789 (엄마)",
    "010-2345-6789 (회사)",
    "010-2345-6789 (카톡)",
    "팝콘, 김밥, 콜라",
    "김밥 라면 우동 이렇게 셋이",
    "카드 명의가 다른데 괜찮나요",
    "정말 걔 왜 그래",
    "오늘 걔 봤어",
    "문의는 매니저 이상 없음",
    "친구 정말 최고.",
    "고객 안내.",
    "go to-do list for today",
    "we need a follow-up meeting",
    "the well-known kim",
    "i am so re-do this",
    "성명 확인 부탁드려요 / 답변 주세요",
    "참가자 두 명, 좌석은 미정",
    "예약자명: 본인 확인 후 / 발권",
])
def test_p11_2_round7_words_in_those_frames_stay(text):
    assert found(text) == []



@needs_kiwi
def test_p11_2_round7_korean_names_in_a_row_are_not_one_foreign_name():
    assert all(" " not in name for name in found("참석: 추금비 엄다온 맹하솔\n안건: 팝콘"))
