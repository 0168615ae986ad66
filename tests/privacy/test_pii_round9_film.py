"""P11.2, issue 16, round 9 (false alarms on clean posts, read from test9): actors, directors and
characters in the sentence frames of film talk, shift teams in a roster, a company as a mail's
sender. Members named in the same frames by a private context (a friend, a relative, a phone, an
account) stay masked. Every name, title and value is invented; none comes from a bench data
file."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, morph

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def found(text, entity="PERSON"):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


@needs_kiwi
@pytest.mark.parametrize("text", [
    "어제 영화 다시 보니까 탁세원이 진짜 주인공이더라",  # the protagonist, next to film talk
    "모가람 인터뷰 보니까 서은비 연기하려고 17kg 감량했대요.",  # a role an actor prepared for
    "정우성 인터뷰 보니까 하윤슬 연기하려고 5kg 감량했대요.",
    "탁세원님 명대사 '밥은 먹었냐' 아직도 생각남",  # a character's famous line, honoured
    "이 영화는 탁세원의 얼굴로 시작해서 얼굴로 끝납니다",
    "중반부가 늘어지고, 하윤슬 분량이 생각보다 적어요.",  # screen time
    "중반부가 늘어지고, Kook Hajin 분량이 생각보다 적어요.",
    "[퀴즈 이벤트] 달빛항구에서 탁세원이 처음 등장하는 장소는?",  # a first appearance in a work
    "[TMI] 달빛항구에서 서은비 역을 맡은 국하진은 원래 하윤슬이 하기로 했었대요.",  # casting
    "[TMI] 달빛항구에서 서은비 역을 맡은 Kook Hajin은 원래 모가람이 하기로 했었대요.",
    "달빛항구 괜찮대유~ 국하진은 나오는디 진짜 재밌슈. 2관으로 가유.",  # who is in it
    "국하진은 참말로 좋은 배우여.",
    "국하진 그 양반 연기 참말로 잘하드라",  # acting judged
    "Kook Hajin 그 양반 연기 참말로 잘하드라",
    "· 소방선 — 감독 손하람, 주연 엠마 스톤, 유태희 / 러닝타임 127분",  # credits without a colon
    "■ 무대인사\n달빛항구 2관 19:25 — 국하진, 탁세원 참석 예정",  # a stage greeting's guests
    "■ 이 주의 캐릭터\n탁세원, 서은비, 모가람",  # a list under a heading of characters
    "같이 개봉하는 서은비랑 고민하다가 결국 이걸로",  # a work released alongside
    "Harbour Lights is Mo Garam's best film since Tidewater.",
    "Kook Hajin carries every scene, and Mo Garam steals the last twenty minutes.",
])
def test_film_talk_frames_keep_film_people(text):
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("친구 탁세원이 진짜 주인공이더라 어제 영화관에서", "탁세원"),  # a friend, in a film frame
    ("오늘 생일파티는 탁세원이 진짜 주인공이더라", "탁세원"),  # no film talk: a party
    ("동생 탁세원이 처음 등장하는 장소는 카페였어요", "탁세원"),
    ("어제 회사에서 하윤슬이 처음 등장하는 순간 다들 박수쳤어요 친구라서", "하윤슬"),
    ("원래 하윤슬이 하기로 했는데 아파서 제가 마감했어요.", "하윤슬"),  # a chore, no casting
    ("국하진은 나오는데 회의실 열쇠 좀 챙겨줘", "국하진"),  # no film talk
    ("친구 하윤슬 연기하려고 학원 다닌대요.", "하윤슬"),
    ("우리 반 하윤슬 분량이 생각보다 적어요 전화해봐", "하윤슬"),  # a phone
    ("회원 탁세원님 명대사 남기셨네요 전화 주세요", "탁세원"),
    ("친구 하윤슬은 참말로 좋은 배우여.", "하윤슬"),
    ("■ 이 주의 당첨자\n탁세원, 서은비, 모가람", "서은비"),  # winners are members
    ("무대인사 끝나고 친구 국하진, 탁세원 참석 예정", "국하진"),
    ("Mo Garam was great at the front desk, he carries the boxes every day.", "Mo Garam"),
    ("My friend Kook Hajin carries every box.", "Kook Hajin"),
])
def test_members_in_film_frames_stay_masked(text, name):
    assert name in found(text)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "[근무표 3월 2일] 오픈조: 매니저 1, 미소지기 2, 영사 1 / 마감조: 매니저 1, 미소지기 5",
    "---------- 전달된 메일 ----------\n보낸사람: 소담 고객센터 <help@sodam.example>\n"
    "제목: [소담] 주문하신 굿즈가 발송되었습니다",
    "보낸사람: 마퀴 고객센터 <help@x.example>",
])
def test_teams_and_companies_are_no_people(text):
    assert found(text) == []


@needs_kiwi
def test_a_sender_who_is_a_person_stays_masked():
    assert found("보낸사람: 국하진 <hajin82@naver.com>\n제목: 환불 요청") == ["국하진"]


# --- values that point at a business or a product (publicvalues.py) ------------------------------

@pytest.mark.parametrize("text", [
    "기프트카드 잔액 조회가 안돼요.\n카드번호: 4494 6428 2465 3426\n핀번호: 644465",  # a gift card
    "기프트카드 잔액이 안 떠요.\n예전에 받은 4494-6428-2465-3426는 잘 됐는데 이건 안 돼요. 결제 시도 금액 ₩19,000",
    "달빛시네마 강남 찾아가는 길: 서울 강남구 테헤란로 427 5층. 주차는 2시간 무료",  # a venue
    "[소식지 위클리 2023-06-20]\n\n■ 이번 주 개봉",  # a date, not a village and its lot
])
def test_public_values_stay(text):
    assert [s for s in detect(text) if s.entity in ("CARD", "ADDRESS", "IP")] == []


@pytest.mark.parametrize(("text", "entity"), [
    ("기프트카드 사려고 신용카드 4494 6428 2465 3426 로 결제했는데 취소해주세요", "CARD"),
    ("기프트카드 말고 이 카드요.\n카드번호: 4494 6428 2465 3426 유효기간 08/27", "CARD"),
    ("저희 집 찾아오는 길: 서울 강남구 테헤란로 427 5층. 현관 비번은 문자로", "ADDRESS"),
    ("서울 마포구 신수동 12-3 으로 보내주세요", "ADDRESS"),
])
def test_personal_values_stay_masked(text, entity):
    assert entity in [s.entity for s in detect(text)]
