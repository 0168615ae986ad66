"""P11.2, issue 16, generalisation round after test4: Kiwi's unknown proper nouns, vocatives,
names called out, two-syllable names with a person particle, names Kiwi has no reading for in
running text, foreign names with an unseen family name, romanised compound surnames, passports
in mixed foreign layouts and product codes shaped like passports. Every example is invented;
none comes from a bench data file."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, mask_text, morph

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def found(text, entity="PERSON"):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


@needs_kiwi
def test_p11_2_kiwi_placeholder_morphemes_are_unknown_words():
    # Kiwi tags an unseen name as the formless NNP placeholder; that is "not in the dictionary".
    tokens = morph.analyze("탁윤겸은 잤다")
    assert tokens[0][1] in ("NNP", "NNG") and tokens[0][3] == 3 and tokens[0][4] is False
    known = morph.analyze("서울은 넓다")
    assert known[0][0] == "서울" and known[0][4] is True


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("탁윤겸은 팝콘만 먹고 잤다", "탁윤겸"),               # unknown proper noun + topic particle
    ("어제 표지훈을 매표소 앞에서 봤어", "표지훈"),
    ("상영 끝나고 옥재민이 먼저 나갔다", "옥재민"),
])
def test_p11_2_cueless_names_kiwi_has_no_word_for(text, name):
    assert found(text) == [name]


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("민석아, 자리 맡아 놨어", "민석"),
    ("오늘 좋았다. 서윤아 다음에 또 보자", "서윤"),
    ("야 윤재야 늦지 마", "윤재"),
])
def test_p11_2_vocative_given_names(text, name):
    assert found(text) == [name]


@needs_kiwi
@pytest.mark.parametrize("text", [
    "친구야 팝콘 사 와", "얘들아 조조 보러 가자", "자기야 어디 앉았어?", "엄마야 깜짝이야",
    "하늘아 맑아라", "뭉뭉아 산책 가자", "치킨아 기다려",
])
def test_p11_2_vocatives_of_words_are_not_names(text):
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("야 봉지율 어디야??", "봉지율"),
    ("탁윤겸! 광고 끝난다 빨리 와", "탁윤겸"),
])
def test_p11_2_full_names_called_out(text, name):
    assert found(text) == [name]


@needs_kiwi
@pytest.mark.parametrize("text", ["고마워! 진짜 최고", "강아지! 이리 와", "대박! 쿠키 두 개"])
def test_p11_2_exclamations_are_not_names_called_out(text):
    assert found(text) == []


@needs_kiwi
def test_p11_2_two_syllable_name_with_a_relation_cue_and_particle():
    assert found("동생 국린이 표를 다 샀어요") == ["국린"]


@needs_kiwi
@pytest.mark.parametrize("text", [
    "김밥이 너무 맛있었어요", "박수를 쳤어요", "최애는 역시 주인공", "ㅇㅇ 구매자 갈래?",
])
def test_p11_2_two_syllable_words_are_not_names(text):
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize("text", [
    "나초랑 콜라 시켰어요",                # a noun and its particle, not 나+초랑
    "마키 판교랑 마키 일산 둘 다 좋아요",     # a catalogue theatre with 랑 glued on
    "주말 내내 정주행 했어요",              # a surname syllable and a common noun, used bare
])
def test_p11_2_nouns_with_particles_are_not_names(text):
    assert found(text) == []


@needs_kiwi
def test_p11_2_catalogue_name_with_a_particle_stays():
    text = "마키 판교랑 마키 일산 둘 다 좋아요"
    assert [text[s.start:s.end] for s in detect(text, allow=["마키 판교", "마키 일산"])] == []


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("교환학생 마리아 페드로사랑 자막판 봤어요", "마리아 페드로사"),
    ("동료 올리버 뮐러한테 표 줬어요", "올리버 뮐러"),
])
def test_p11_2_foreign_first_name_with_an_unlisted_family_name(text, name):
    assert found(text) == [name]


@needs_kiwi
def test_p11_2_foreign_first_name_before_a_known_word_stays():
    assert found("제임스 본드가 최고의 스파이") == []


@pytest.mark.parametrize(("text", "name"), [
    ("From: NAMKOONG Sol <x@y.kr>", "NAMKOONG Sol"),
    ("Ticket holder: Sagong Eun", "Sagong Eun"),
    ("티켓 명의는 Seomun Jin 으로 되어 있어요", "Seomun Jin"),
    ("Booked under Dongbang Hwi - 2 seats", "Dongbang Hwi"),
])
def test_p11_2_romanised_names_after_person_labels(text, name):
    assert name in found(text)


def test_p11_2_from_header_of_a_team_is_not_a_name():
    assert found("From: Marquee Support <help@x.kr>") == []


@pytest.mark.parametrize(("text", "value"), [
    ("여권 사본 번호 P7654321B", "P7654321B"),        # the Philippines: letter, 7 digits, letter
    ("passport: C02Y11U58 입니다", "C02Y11U58"),       # Germany: letters and digits mixed
    ("PP# GA7654321", "GA7654321"),
    ("여권번호 m246b8135", "m246b8135"),              # the Korean form in lower case
])
def test_p11_2_passports_in_other_layouts_after_a_cue(text, value):
    assert found(text, "PASSPORT") == [value]


@pytest.mark.parametrize("text", [
    "모델명 M246B8135 재고 있나요?", "품번: S135A7911 교환 가능?", "Model No. R864C2097",
    "여권 만료 20301231 확인", "여권 사진 규격 3.5x4.5 ABCDEFGH1",
])
def test_p11_2_codes_shaped_like_passports_are_not_passports(text):
    assert found(text, "PASSPORT") == []


@needs_kiwi
def test_p11_2_masking_keeps_length_for_the_new_recognisers():
    text = "민석아, 마리아 페드로사랑 봤어. 여권 P7654321B"
    r = mask_text(text)
    assert len(r.text) == len(text)
    assert "민석" not in r.text and "P7654321B" not in r.text and "페드로사" not in r.text
    assert mask_text(r.text).text == r.text


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("시사회에서 옆에 앉은 탁 윤겸이 질문했어요", "탁 윤겸"),     # a spaced name with the post-name 이
    ("[오후 2:05] 표 지훈: 몇 시에 만나?", "표 지훈"),             # a chat speaker
    ("명단: 옥재민, 봉 지율, 탁윤겸. 다들 7시", "봉 지율"),          # a comma-list member
])
def test_p11_2_spaced_names_in_a_person_frame(text, name):
    assert name in found(text)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "그래서 이 영화는 별로였다", "이 사람이 누구야", "이 정도는 괜찮아", "안 보고는 몰라", "다 같이, 이 정도면, 좋다",
])
def test_p11_2_spaced_words_are_not_names(text):
    assert found(text) == []


@needs_kiwi
def test_p11_2_full_name_vocative_and_its_repeat():
    text = "봉지율아 이거 보면 연락해. 봉지율 번호 바뀌었지?"
    assert found(text) == ["봉지율", "봉지율"]
    assert found("강아지야 이리 와") == [] and found("고양이야 밥 먹자") == []


@needs_kiwi
def test_p11_2_two_syllable_speakers_among_named_speakers():
    chat = "옥린: 몇 시야?\n나: 7시\n봉지율: 나도 갈래\n옥린: ㅇㅋ"
    assert found(chat) == ["옥린", "봉지율", "옥린"]
    assert found("나: 안녕\n상대: 응\n고객: 네") == []


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("[답변] 옥 재 민 회원님의 요청을 반영했습니다", "옥 재 민"),
    ("탁윤겸이랑 김 지 율이랑 셋이 갔어요", "김 지 율"),
])
def test_p11_2_names_spelled_syllable_by_syllable(text, name):
    assert name in found(text)


@needs_kiwi
@pytest.mark.parametrize("text", ["그 외 다 좋아요", "이 두 개 주세요", "더 잘 해 봐", "김 이 박 최 순서로", "안 보 고 가"])
def test_p11_2_single_syllable_words_are_not_spelled_names(text):
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("안녕하세요 저는 바트 오르흥이에요. 한국 온 지 1년", "바트 오르흥"),   # a copula glued on
    ("에밀리 카르덴: 언니 나 몇 시야?\n나: 7시", "에밀리 카르덴"),          # a chat speaker
])
def test_p11_2_foreign_names_with_a_copula_or_as_speakers(text, name):
    assert name in found(text)


@needs_kiwi
def test_p11_2_foreign_first_name_before_a_known_place_word_stays():
    assert found("마리아 성당이에요") == []


@needs_kiwi
def test_p11_2_letter_addressee_and_writer_lines():
    text = "옥린에게\n\n주말에 같이 보자. 표는 내가 살게!\n\n남궁재민이가"
    assert found(text) == ["옥린", "남궁재민"]
    assert found("To. 탁솔\n\n졸업 축하해!\n\nFrom. 봉지율") == ["탁솔", "봉지율"]


@needs_kiwi
@pytest.mark.parametrize("text", [
    "친구에게\n\n잘 지내?\n\n엄마가", "여러분께\n공지입니다\n운영팀 드림", "고객님께\n안내드립니다\n고객센터 드림",
])
def test_p11_2_letter_lines_of_words_stay(text):
    assert found(text) == []


@needs_kiwi
def test_p11_2_two_syllable_name_before_customer_honorific():
    assert found("안녕하세요 탁솔 고객님, 고객센터입니다.") == ["탁솔"]
