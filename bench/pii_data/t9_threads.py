"""Long test9 posts: a board post with a run of comments under it. The clean thread
talks films, seats and prices between handles; the other one has a few commenters who
leave a name, number or address in passing, somewhere in a long text."""

from __future__ import annotations

import t9_lookalikes as L
import t9_values as V
from t9_build import Writer, josa, style

CLEAN_LINES = [
    "{title} {time} 회차 {seat} 명당 인정", "{actor} 연기 {word} 미쳤음", "{screen} 사운드 최고예요",
    "저는 {price} 주고 봤어요", "{char} 나올 때 울었음ㅠ", "{word} 쿠키 없어요 바로 나가셔도 돼요",
    "예매권 {coupon} 이거 써도 되나요?", "{theatre} 주차 {price}이에요", "앱 {ver}부터 좌석 선택 빨라짐",
    "{title} 재개봉 {date}래요", "{masked}님 이벤트 당첨 축하~", "ㄹㅇ {actor} 필모 중 최고",
    "{date} {time} 거 {seat} 양도 구해요 (쪽지)", "{word} {title} 이건 극장에서 봐야 함", "{char} 최애",
    "{theatre} {screen} 의자 바뀌었더라고요", "팝콘 {price} 실화냐", "{actor} 무대인사 {date} 확정!",
    "{title} 원작이랑 결말 달라요", "조조 {price}면 혜자죠", "{word} 엔딩곡 뭐예요?",
    "{masked} 이분 글 삭제됐네요", "엔딩 보고 {verb}", "{actor} 보고 {verb}", "앱 {ver} 업데이트하니까 예매내역 안 보임", "{theatre} 매점 줄 김",
]
PII_LINES = [
    "저 그날 옆자리였는데 {person}씨 맞죠? 연락 주세요 {phone}", "분실물 주우신 분 {phone} 연락 부탁",
    "{person} 님 경품 주소 {address} 맞으세요?", "저랑 같이 갈 분 메일 주세요 {email}",
    "환불은 {bank} {account} 로 받았어요 ({person})", "우리 딸 {given}{j} 이 영화 보고 배우 한대요ㅋㅋ",
    "{person} 선생님 반 애들 단체로 왔던데ㅋㅋ", "혹시 {person} 아시는 분? 제 친구인데 폰 꺼져 있어서요",
    "제 번호 {phone} 이에요 양도 연락 주세요", "{given}{j} 이거 보고 계속 울었어요",
]


def _clean_slots(r) -> dict:
    return dict(title=L.title(r), time=L.time(r), seat=L.seat(r), actor=L.public_figure(r),
                word=L.word(r), screen=L.screen(r), price=L.price(r), char=L.character(r),
                coupon=L.coupon(r), theatre=L.theatre(r), ver=L.version(r), date=L.date(r),
                masked=L.masked_name(r), verb=L.verb(r))


def _pii_slots(r) -> dict:
    bank = r.choice(list(V.ACCOUNT_SHAPES))
    given = V.korean_person(r)[1]
    return dict(person=V.person(r), phone=V.phone(r), address=V.address(r), email=V.email(r),
                bank=bank, account=V.account(r, bank), given=given, j=josa(given.text, "이가/가"))


def _comments(r, w: Writer, lines: list[str]) -> None:
    for line in lines:
        w.fill("\n└ {handle}: ", handle=L.handle(r))
        w.fill(line, **(_pii_slots(r) if line in PII_LINES else _clean_slots(r)))


def _opening(r, w: Writer) -> None:
    w.fill(r.choice(["[자유] {title} 보신 분들 후기 모아봐요 (스포 없음)\n{word} 개봉 첫 주라 "
                     "{theatre} 자리 없더라고요. 다들 어디서 보셨어요?",
                     "{title} {screen} vs 일반관 차이 큼? 이번 주말 {date}에 볼 건데 고민 중"]),
           title=L.title(r), word=L.word(r), theatre=L.theatre(r), screen=L.screen(r),
           date=L.date(r))


@style("board")
def thread_clean(r, w: Writer):
    _opening(r, w)
    _comments(r, w, r.sample(CLEAN_LINES, r.randint(6, 18)))


@style("board")
def thread_pii(r, w: Writer):
    _opening(r, w)
    lines = r.sample(CLEAN_LINES, r.randint(5, 16))
    for line in r.sample(PII_LINES, r.randint(1, 3)):
        lines.insert(r.randint(0, len(lines)), line)
    _comments(r, w, lines)
