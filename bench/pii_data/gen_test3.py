"""Third, blind test set for the PII masker (P11.2, issue 16, final round).

Written after dev/dev2/test2 had all been read, in other styles: KakaoTalk-style chat
exports (``[이름] [오후 3:12] …``), formal complaints (민원 양식, 내용증명 style), CSV/TSV
rows and numbered lists, and mixed Korean/English text. Name pools are new and
hand-written here (not the masker's lexicon, not gen_dev2's pools): popular names of
several generations, given names that are ordinary words (하늘, 이슬, 보배, 한결 …),
rarer surnames, romanised and foreign names. Clean posts (at least as many as the
positive ones) are hard negatives: order, booking, coupon, delivery and approval numbers,
ordinary words led by a surname syllable in list and 랑/하고 frames, and the operator's
own published contacts.

    python bench/pii_data/gen_test3.py       # writes test3.jsonl (seeded, deterministic)

``test3`` is scored only at the end of a round (``pii_eval.py --sets test3``).
"""

from __future__ import annotations

import random
from pathlib import Path

from common import Post, catalogue, josa, luhn_complete, rrn_digits, to_hangul_digits, write_jsonl

HERE = Path(__file__).resolve().parent

SURNAMES = ("김 김 김 이 이 이 박 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 "
            "배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 "
            "추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 모 탁 국 어 은 "
            "편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 호 승 견 당 화 창 라 계 아 상 간 빈").split()
GIVEN = ("승현 지훈 동현 민혁 수연 지영 혜진 은비 성민 재원 영수 순자 영자 정숙 말녀 용만 춘배 병수 "
         "태식 경민 소연 유진 민지 가은 서현 예지 채은 하람 시현 윤아 다인 수호 준영 현준 재민 "
         "태윤 도영 승우 규리 보영 인영 희정 명숙 옥자 복례 점순 만수 대식 길수 형준 석진 호석 "
         "남준 윤기 지민 태형 정국 소희 은솔 유나 예나 아영 주희 보경 윤정 세진 혜원 동욱 진혁 "
         "상우 기현 원준 해린 이서 서율 지율 하엘 라온 시온 로운 이담 윤후 도겸").split()
WORDY = ("하늘 이슬 보배 한결 구슬 단비 사랑 우주 나래 초롱 아름 다솜 마루 샛별 새봄 기쁨 소망 "
         "바름 햇살 진주 노을 보람 푸름 은하 한솔 나라 빛나 가람 새벽 여름").split()
ROMAN_SUR = "Kim Lee Yi Park Choi Jeong Kang Jo Yun Jang Im Han Seo Kwon Hwang Ahn Ryu Jeon Ko Moon".split()
ROMAN_GIVEN = ("Seunghyun Jihoon Donghyun Sooyeon Jiyoung Hyejin Eunbi Sungmin Jaewon Yujin Minji Gaeun "
               "Seohyun Yeji Chaeeun Siyun Junyoung Hyunjun Taeyoon Seungwoo Jimin Taehyung Sohee "
               "Ji-hoon Su-yeon Hye-jin Jae-won Seung-woo").split()
LATIN_FOREIGN = ("Michael Turner|Jessica Moore|Thomas Becker|Elena Popescu|Carlos Mendes|Laura Rossi|"
                 "Peter Novak|Hannah Schmidt|Robert King|Claire Dubois|Mark Wilson|Yuki Tanaka").split("|")
HANGUL_FOREIGN = ("응우옌 반 훙|레 티 마이|부 반 꾸엉|판 티 흐엉|류 양|천 하오|저우 리|"
                  "바야르 바트|간바타르 어드|사르도르 유수포프|굴나라 라히모바|"
                  "토마스 뮐러|에밀리 클라크|다니엘 가르시아|안나 코발스카|이반 페트로프").split("|")
DONGS = "연희동 망원동 성수동 합정동 공덕동 길음동 목동 도곡동 개포동 수내동 야탑동 영통동 광명동 부평동".split()
COMPLEXES = ("현대홈타운|쌍용예가|두산위브|아이파크|꿈에그린|SK뷰|호반베르디움|더샵|센트레빌|"
             "금호어울림|벽산블루밍|대림e편한세상").split("|")
ROADS = "월드컵로|양화로|독산로|시흥대로|성남대로|광교중앙로|부평대로|수성로|해운대로|상무대로".split("|")
REGIONS = ["서울 마포구", "서울특별시 성동구", "경기 수원시 영통구", "경기도 성남시 분당구", "인천광역시 부평구",
           "부산 해운대구", "광주 서구", "대구광역시 수성구"]
DOMAINS = "naver.com gmail.com daum.net kakao.com hotmail.com icloud.com korea.kr hanmail.net".split()
LOCALS = ("jisu.park sh_lee88 dragon77 minimini happyday0 cinephile k.hyejin star_22 jw.kang "
          "moviebuff99 yoon.sea").split()
BANKS = "국민 신한 농협 기업 카카오뱅크 토스뱅크 새마을금고 우체국 SC제일 케이뱅크".split()
OPERATOR = ["help@mecross.net", "1661-9265", "070-8290-9005", "mktlee@mecross.net", "cs-lead@mecross.net"]

# Ordinary words led by a surname syllable (hard negatives for names in list/랑 frames).
FOODS = "김치전 김밥 박하사탕 조개구이 오징어 고구마 감자튀김 양념치킨 한우 장어 우동 도넛 나초 차돌박이 강냉이 전복죽".split()
THINGS = "강아지 고양이 장난감 우산 손수건 안경 노트북 이어폰 보조배터리 유모차 목도리 신분증 지갑 모자 담요".split()
WORDS = ("정말로 최고급 조용히 한가위 신나게 안내문 전단지 홍보용 유리창 문화재 백화점 허리띠 남산타워 "
         "심야영화 하루종일 성인용 주차장 구매자 민망해 진짜로 나중에 지하철 엄청난 천천히 방금전 공연장 "
         "현장에서 변경 표정 명작 기대 반값 왕복 금요일 옥수수 인기작 제일 모두 탁자 국물 어른 은근히 "
         "편의점 용돈 예매 경품 봉투 이사회 박물관 조조할인 한결같이 단비처럼 하늘색 이슬비 보배로운").split()


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def name(self, wordy: float = 0.25) -> str:
        r = self.r
        return r.choice(SURNAMES) + r.choice(WORDY if r.random() < wordy else GIVEN)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def phone(self) -> str:
        r, d = self.r, "010" + self.digits(8)
        style = r.randrange(9)
        a, b, c = d[:3], d[3:7], d[7:]
        return [f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", d, f"(010){b}-{c}",
                f"O1O.{b}.{c}",
                f"{to_hangul_digits(a)}-{b}-{c}", f"+82-10-{b}-{c}",
                f"02-{self.digits(3 + r.randrange(2))}-{self.digits(4)}"][style]

    def email(self, obfuscated: bool) -> str:
        local, dom = self.r.choice(LOCALS), self.r.choice(DOMAINS)
        if not obfuscated:
            return f"{local}@{dom}"
        host, tld = dom.split(".")
        return self.r.choice([f"{local}[at]{host}[dot]{tld}", f"{local} at {dom}".replace(" at ", " [at] "),
                              f"{local} 골뱅이 {dom}", f"{local}＠{dom}", f"{local} (at) {dom}"])

    def address(self) -> str:
        r = self.r
        head = r.choice(REGIONS)
        if r.random() < 0.5:
            lot = f"{r.randint(1, 999)}-{r.randint(1, 99)}" if r.random() < 0.7 else f"{r.randint(1, 1999)}번지"
            cx = r.choice(COMPLEXES)
            cx = f"({cx})" if r.random() < 0.4 else cx
            return f"{head} {r.choice(DONGS)} {lot} {cx} {r.randint(101, 130)}동 {r.randint(1, 30)}0{r.randint(1, 6)}호"
        tail = r.choice([f", {r.randint(2, 20)}층", f" {r.randint(101, 120)}동 {r.randint(2, 25)}0{r.randint(1, 4)}호",
                         f"번길 {r.randint(1, 40)}", ""])
        road = r.choice(ROADS)
        if tail.startswith("번길"):
            return f"{head} {road}{r.randint(10, 90)}{tail}"
        return f"{head} {road} {r.randint(1, 400)}{tail}"

    def roman(self) -> str:
        r = self.r
        sur, giv = r.choice(ROMAN_SUR), r.choice(ROMAN_GIVEN)
        return r.choice([f"{sur.upper()} {giv.upper().replace('-', '')}", f"{sur} {giv}", f"{giv} {sur}",
                         f"{giv.upper()} {sur.upper()}"])

    def order(self) -> str:
        r = self.r
        return r.choice([f"{r.randint(2024, 2026)}{r.randint(10**9, 10**10 - 1)}", str(r.randint(10**11, 10**12)),
                         f"ORD-{r.randint(10**7, 10**8 - 1)}", f"{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"])


def _chat(g: Gen, p: Post) -> None:
    r = g.r
    a, b, c = g.name(), g.name(), g.name()
    p.add("[").add(a, "PERSON").add(f"] [오후 {r.randint(1, 11)}:{r.randint(10, 59)}] 토요일 {r.choice(catalogue()[:5])} 나오는 거 볼 사람?\n[")
    p.add(b, "PERSON").add(f"] [오후 {r.randint(1, 11)}:{r.randint(10, 59)}] 나 콜 ")
    if r.random() < 0.5:
        p.add(c, "PERSON").add(josa(c, "이도", "도") + " 간대")
    else:
        p.add(c, "PERSON").add(josa(c, "이한테", "한테") + " 물어볼게")
    if r.random() < 0.5:
        p.add("\n[").add(a, "PERSON").add("] [오후 9:40] 내 번호 바뀜 ").add(g.phone(), "PHONE")


def _lists(g: Gen, p: Post) -> None:
    r = g.r
    names = [g.name(0.35) for _ in range(r.randint(2, 4))]
    style = r.randrange(4)
    if style == 0:
        p.add("오늘 같이 본 사람: ")
        for i, n in enumerate(names):
            p.add(n, "PERSON").add(", " if i < len(names) - 1 else " 끝")
    elif style == 1:
        for i, n in enumerate(names):
            p.add(n, "PERSON").add(josa(n, "이랑 ", "랑 ") if i < len(names) - 2 else (josa(n, "이하고 ", "하고 ") if i == len(names) - 2 else ""))
        p.add(f" 이렇게 {len(names)}명 단체 예매 가능한가요?")
    elif style == 2:
        p.add("참석자 명단\n")
        for i, n in enumerate(names):
            p.add(f"{i + 1}. ").add(n, "PERSON").add("\n")
    else:
        p.add("이벤트 당첨 축하드립니다 🎉 ")
        for i, n in enumerate(names):
            p.add(n, "PERSON").add(" / " if i < len(names) - 1 else "")
        p.add(" (당첨 문의 ").add(OPERATOR[0], None, "OPERATOR").add(")")


def _complaint(g: Gen, p: Post) -> None:
    r = g.r
    n = g.name()
    p.add("[민원 접수]\n민원인 성명: ").add(n, "PERSON").add("\n연락처: ").add(g.phone(), "PHONE")
    p.add("\n주소: ").add(g.address(), "ADDRESS")
    p.add(f"\n내용: {r.randint(1, 12)}월 {r.randint(1, 28)}일 상영 중 환불을 요청하였으나 처리되지 않았습니다. "
          "주문번호 ").add(g.order(), None, "ORDER").add("로 확인 바랍니다.")


def _formal(g: Gen, p: Post) -> None:
    r = g.r
    n = g.name()
    p.add("본인 ").add(n, "PERSON").add(
        "은(는) 귀사의 좌석 배정 오류로 입은 손해에 대하여 아래와 같이 보상을 청구합니다.\n환불 계좌: ")
    p.add(f"{r.choice(BANKS)} ").add(f"{g.digits(3)}-{g.digits(6)}-{g.digits(2)}-{g.digits(3)}", "ACCOUNT")
    p.add(" 예금주 ").add(n, "PERSON").add(f"\n{r.randint(2025, 2026)}년 {r.randint(1, 12)}월 {r.randint(1, 28)}일 청구인 ")
    p.add(n, "PERSON").add(" (인)")


def _csv(g: Gen, p: Post) -> None:
    r = g.r
    sep = r.choice([",", "\t"])
    p.add(sep.join(["이름", "휴대폰", "이메일", "좌석"]) + "\n")
    for _ in range(r.randint(1, 3)):
        p.add(g.name(), "PERSON").add(sep).add(g.phone(), "PHONE").add(sep).add(g.email(False), "EMAIL")
        p.add(sep + f"{r.choice('ABCDEFGH')}{r.randint(1, 20)}\n")


def _mixed(g: Gen, p: Post) -> None:
    r = g.r
    style = r.randrange(3)
    if style == 0:
        p.add("Hi, 저는 ").add(g.roman(), "PERSON").add(" 입니다. I booked 2 seats, 연락은 ").add(
            g.email(r.random() < 0.6), "EMAIL").add(" please!")
    elif style == 1:
        f = r.choice(LATIN_FOREIGN + HANGUL_FOREIGN)
        p.add("Guest name: ").add(f, "PERSON").add(", passport no. ").add(
            r.choice(["M", "S", "R"]) + g.digits(3) + r.choice("ABCDEFGHJK") + g.digits(4), "PASSPORT").add(
            " — 외국인 할인 적용 부탁드려요")
    else:
        frn = rrn_digits(r, foreigner=True)
        p.add("my ARC: ").add(f"{frn[:6]}-{frn[6:]}", "FRN")
        p.add(", phone ").add(g.phone(), "PHONE").add(" 입니다 thx")


def _wordy(g: Gen, p: Post) -> None:
    r = g.r
    n = r.choice(SURNAMES) + r.choice(WORDY)
    frame = r.randrange(4)
    if frame == 0:
        p.add("어제 ").add(n, "PERSON").add(josa(n, "이랑 ", "랑 ") + r.choice(["팝콘 먹으면서 봤어요", "영화 보고 왔어요"]))
    elif frame == 1:
        p.add("담당 직원 ").add(n, "PERSON").add(" 님이 친절하게 안내해 주셨어요")
    elif frame == 2:
        p.add(n, "PERSON").add(josa(n, "이가 ", "가 ") + "표를 잃어버렸대요. 분실물 들어온 거 있나요?")
    else:
        p.add("안녕하세요 ").add(n, "PERSON").add("입니다. 예매 취소 문의드려요")


def _broken(g: Gen, p: Post) -> None:
    r = g.r
    s, gv = r.choice(SURNAMES), r.choice(GIVEN)
    shown = r.choice([f"{s} {gv}", f"{s}\u200b{gv}", f"{s}\ufeff{gv}"])
    p.add(r.choice(["받는 사람 ", "수령인: ", "예약자명 "])).add(shown, "PERSON").add(
        r.choice(["\n배송 메모: 문 앞에 놔주세요", " / 현장 수령", " (본인 방문)"]))


def _ids(g: Gen, p: Post) -> None:
    r = g.r
    kind = r.randrange(5)
    if kind == 0:
        rrn = rrn_digits(r)
        p.add("주민등록번호 ").add(f"{rrn[:6]}-{rrn[6:]}", "RRN").add(" 로 본인인증이 안 돼요")
    elif kind == 1:
        card = luhn_complete(r.choice(["4", "5", "9"]) + str(r.randint(10, 99)), 16, r)
        p.add("결제한 카드 ").add(f"{card[:4]} {card[4:8]} {card[8:12]} {card[12:]}", "CARD").add(
            " 승인번 ").add(str(r.randint(10**7, 10**8 - 1)), None, "APPROVAL").add(" 취소해주세요")
    elif kind == 2:
        p.add("면허증 번호 ").add(f"{r.randint(11, 28)}-{r.randint(10, 25)}-{g.digits(6)}-{g.digits(2)}",
                                 "DRIVER_LICENSE").add(" 로 성인 인증함")
    elif kind == 3:
        p.add("접속 IP ").add(f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                              "IP").add(f" 에서 계속 차단돼요. 앱 버전 {r.randint(2, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}")
    else:
        p.add("환불은 ").add(r.choice(BANKS)).add(" ").add(g.digits(r.randint(11, 14)), "ACCOUNT").add(
            " 으로 부탁드려요. 쿠폰 ").add(f"{g.digits(4)}-{g.digits(4)}-{g.digits(4)}", None, "COUPON")


def _obfuscated(g: Gen, p: Post) -> None:
    r = g.r
    p.add(r.choice(["연락처 남깁니다 ", "폰 ", "톡 안 되면 "])).add(g.phone(), "PHONE").add(
        r.choice([" / 메일 ", " 또는 ", ", "])).add(g.email(True), "EMAIL")


POSITIVE = [_chat, _lists, _lists, _complaint, _formal, _csv, _mixed, _wordy, _wordy, _broken, _ids,
            _obfuscated]

CLEAN = [
    "주문번호 {o} 상품이 아직 안 왔어요. 송장번호 {t} 조회 부탁드립니다.",
    "예매번호 {b} 취소하면 포인트도 돌려받나요?",
    "쿠폰 번호 {c} 등록했는데 '이미 사용된 쿠폰'이라고 떠요",
    "[알림] 고객센터 {op1}, 메일 {op2} 로 문의 주세요. 운영시간 평일 10~18시",
    "개인정보 관련 문의: {op4} / 팩스 {op3}",
    "{f1}이랑 {f2}랑 {f3} 시켰는데 {f1}만 나왔어요",
    "{t1}하고 {t2} 두고 나왔어요. 2관 {s}열 근처입니다",
    "매점 메뉴: {f1}, {f2}, {f3}",
    "분실물: {t1}, {t2} (2관 {s}열)",
    "{w1} 재밌었어요. {w2} 다시 보고 싶네요",
    "[{tm}] 나: 오늘 {w1} 좋았다\n[{tm}] 상대: ㅇㅇ {w2} 갈래?",
    "민원 처리 결과 안내\n접수번호: {o}\n처리 결과: 환불 완료 ({p}원)",
    "Order #{o} — refund pending, 승인번호 {a}",
    "Booking ref {b}, seat {s}{k}. Thanks!",
    "이름,수량,가격\n{f1},{k},{p}\n{f2},1,{p}",
    "{w1} 분위기라 좋았어요. 강력 추천!",
    "배송 조회 {t} / 고객센터 {op1}",
    "결제 승인 {a} 건 부분 취소 요청합니다. 금액 {p}원",
    "본 메일은 발신 전용입니다. 문의는 {op2} 로 해주세요.",
    "{t1} 잃어버렸는데 혹시 보관 중인가요? 관람일 {d}",
    "앱 버전 {v} 업데이트 후 로그인 오류, 기기 갤럭시 S{k}",
    "관람 후기: {w1}, {w2}, 그리고 엔딩까지 완벽",
]


def clean(g: Gen) -> Post:
    r = g.r
    tpl = r.choice(CLEAN)
    fs, ts, ws = r.sample(FOODS, 3), r.sample(THINGS, 2), r.sample(WORDS, 2)
    text = tpl.format(
        o=g.order(), t=r.randint(10**11, 10**13), b="-".join(
            "".join(r.choice("23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) for _ in range(3)),
        c=f"{g.digits(4)}-{g.digits(4)}-{g.digits(4)}-{g.digits(4)}", op1=OPERATOR[1], op2=OPERATOR[0],
        op3=OPERATOR[2], op4=OPERATOR[3], f1=fs[0], f2=fs[1], f3=fs[2], t1=ts[0], t2=ts[1], w1=ws[0],
        w2=ws[1], s=r.choice("ABCDEFGHJK"), k=r.randint(1, 20), p=f"{r.randint(8, 60)},{r.choice(['000', '500'])}",
        tm=f"오후 {r.randint(1, 11)}:{r.randint(10, 59)}", a=r.randint(10**7, 10**8 - 1),
        d=f"{r.randint(1, 12)}/{r.randint(1, 28)}", v=f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}")
    return Post("clean3").add(text, None, "CLEAN")


def build(seed: int, n_pos: int, n_clean: int) -> list[dict]:
    g = Gen(random.Random(seed))
    pos = [POSITIVE[i % len(POSITIVE)] for i in range(n_pos)]
    g.r.shuffle(pos)
    out = []
    for i, make in enumerate(pos):
        p = Post(make.__name__.strip("_"))
        make(g, p)
        out.append(p.build(f"t3-{i:04d}"))
    out += [clean(g).build(f"t3c-{i:04d}") for i in range(n_clean)]
    return out


def main() -> None:
    posts = build(9157, 540, 560)
    write_jsonl(HERE / "test3.jsonl", posts)
    print(f"test3 {len(posts)} posts ({sum(1 for p in posts if p['spans'])} with personal data)")


if __name__ == "__main__":
    main()
