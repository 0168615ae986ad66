"""Third development set for the PII masker, adversarial (P11.2, issue 16).

Written before any tuning to it, in styles the other sets lack: messenger chats with
``이름: 메시지`` lines and vocatives (``서진아``), customer-centre call transcripts
(``고객: 정다운이요.``), formal letters (``수신: … 귀하``, ``… 배상``), tab-separated and
markdown tables with other headers (``성함``, ``예약자``, ``Guest``), English-Korean mixed
text with romanised names in every order (``HONG Gildong``, ``Gildong Hong``,
``Hong Gil-dong``), self-introductions (``… 입니다``/``이에요``/``라고 합니다``), lot-number
addresses with complexes, obfuscated contacts. Name pools are new (not the masker's
lexicon, not the other generators'): rare surnames (아, 후, 판, 팽, 묵, 평, 풍 …), given
names that are words, older and newer generations.

``clean3`` holds hard negatives, more of them than there are positive posts: the same
frames filled with things that are not people (food and film words after labels and in
랑/하고 lists, ``저는 대학생입니다``, ``얘들아``, ``예금주: 본인``), table columns that are
not names, operator contacts, order and delivery numbers.

    python bench/pii_data/gen_dev3.py   # writes dev3.jsonl and clean3.jsonl (seeded)
"""

from __future__ import annotations

import random
from pathlib import Path

from common import Post, booking_number, build_sets, catalogue, josa, to_hangul_digits, write_jsonl

HERE = Path(__file__).resolve().parent

SURNAMES = ("김 김 이 이 박 최 정 강 윤 장 한 오 신 권 송 홍 고 문 배 백 허 남 노 하 곽 차 우 민 진 엄 "
            "원 천 공 변 여 추 도 석 설 마 길 연 표 반 왕 옥 육 맹 탁 국 어 편 봉 부 태 피 감 "
            "아 후 판 팽 묵 평 풍 필 해 좌 초 춘 단 운 점 시 빈 견 경 용").split()
GIVEN = ("도하 윤서 지안 하윤 서아 시우 은우 이안 라희 채원 보민 경태 상철 명희 순애 금자 덕구 칠성 "
         "봉남 예린 주원 건우 우진 선우 유주 연우 하린 재이 아린 소율 민재 태오 지호 승연 창민 "
         "정호 미경 은정 순옥 종숙 만복 갑수 을순 재형 동건 효리 진아 세영 나연 다현 하준 로아").split()
WORDY = "가을 바다 누리 다온 새롬 슬기 버들 한빛 온유 해솔 송이 보름 가온 이든 나무 별님 단아 미소 하랑".split()
ROMAN_SUR = "Song Bae Baek Heo Nam Shim Noh Kwak Cha Woo Min Jin Won Chun Hong Park Kim Lee Oh Shin".split()
ROMAN_GIVEN = ("Hayoon Doha Siwoo Eunwoo Yunseo Chaewon Sangcheol Myunghee Juwon Gunwoo Woojin Yeonwoo "
               "Harin Minjae Jiho Seungyeon Changmin Jungho Mikyung Eunjung").split()
LATIN_FOREIGN = ("Sofia Martinez|Lucas Bernard|Amelia Clarke|Mateo Silva|Olga Ivanova|Aiko Suzuki|"
                 "Priya Sharma|Ahmed Hassan|Noah Fischer|Grace Lee|Ivan Horvat|Maria Gonzalez").split("|")
HANGUL_FOREIGN = ("쩐 티 란|호앙 반 남|장 웨이|리우 팡|바트 에르덴|아이다 누르라노바|제임스 브라운|"
                  "소피아 마르티네스|응우옌 티 투|알리 하산|보르 바야르|마리아 곤잘레스").split("|")
DONGS = "상도동 봉천동 신림동 화곡동 중계동 상계동 정자동 서현동 매탄동 주안동 구월동 만덕동 범어동".split()
COMPLEXES = "래미안|힐스테이트|푸르지오|자이|롯데캐슬|e편한세상|한신휴플러스|우성아파트|주공2단지|삼익그린".split("|")
REGIONS = ["서울 동작구", "서울특별시 관악구", "서울 강서구", "서울 노원구", "경기 성남시 분당구", "경기도 수원시 영통구",
           "인천 남동구", "부산광역시 북구", "대구 수성구", "충남 천안시 서북구", "전북 전주시 완산구"]
ROADS = "상도로|남부순환로|화곡로|동일로|성남대로|매탄로|인주대로|만덕대로|달구벌대로|불당대로".split("|")
DOMAINS = "naver.com gmail.com daum.net nate.com outlook.com kakao.com".split()
LOCALS = "dohaa sy.yoon moonlight_7 cine.fan jian2002 bbomi hr_kim seaside99 ivy.song tiger_o".split()
BANKS = "국민은행 신한은행 하나은행 농협 우리은행 카카오뱅크 IBK기업은행 부산은행".split()
OPERATOR = ["help@mecross.net", "1661-9265", "070-8290-9005", "mktlee@mecross.net"]

FOODS = "팝콘 나초 핫도그 콜라 오징어 버터구이 치즈볼 떡볶이 순대 튀김 김밥 라면 우동 만두 호떡 감자칩".split()
FILMWORDS = "예고편 엔딩 크레딧 쿠키영상 주인공 악역 반전 명장면 결말 사운드 조명 자막 더빙 좌석 스크린".split()
STATUS = "학생 대학생 직장인 초보 주부 회사원 신입 막내 환불 예정 문의 고객센터 본인 동일 미정".split()


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def name(self, wordy: float = 0.2) -> tuple[str, str, str]:
        """(full name, surname, given name)."""
        s = self.r.choice(SURNAMES)
        g = self.r.choice(WORDY if self.r.random() < wordy else GIVEN)
        return s + g, s, g

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def phone(self) -> str:
        r, b, c = self.r, self.digits(4), self.digits(4)
        return r.choice([f"010-{b}-{c}", f"010 {b} {c}", f"010{b}{c}", f"010-{to_hangul_digits(b)}-{c}",
                         f"공일공 {b} {c}", f"O1O {b} {c}", f"010.{b}.{c}", f"+82 10-{b}-{c}",
                         f"031-{self.digits(3)}-{c}"])

    def email(self) -> str:
        local, dom = self.r.choice(LOCALS), self.r.choice(DOMAINS)
        host, tld = dom.split(".")
        return self.r.choice([f"{local}@{dom}", f"{local} @ {dom}", f"{local} at {host} dot {tld}",
                              f"{local}(골뱅이){dom}", f"{local} [at] {dom}", f"{local}@{host} . {tld}"])

    def address(self) -> str:
        r = self.r
        head = r.choice(REGIONS)
        if r.random() < 0.6:
            lot = r.choice([f"{r.randint(1, 1500)}-{r.randint(1, 60)}", f"{r.randint(1, 999)}", f"산 {r.randint(1, 99)}"])
            cx = r.choice(COMPLEXES)
            cx = r.choice([cx, f"({cx})", f"{cx}아파트"]) if not cx.endswith("아파트") else cx
            detail = r.choice([f"{r.randint(101, 125)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호",
                               f"{r.randint(101, 125)}-{r.randint(101, 2504)}", f"{r.randint(1, 30)}0{r.randint(1, 4)}호"])
            return f"{head} {r.choice(DONGS)} {lot} {cx} {detail}"
        return f"{head} {r.choice(ROADS)} {r.randint(1, 300)}, {r.randint(101, 115)}동 {r.randint(1, 20)}0{r.randint(1, 4)}호"

    def roman(self) -> str:
        r = self.r
        sur, giv = r.choice(ROMAN_SUR), r.choice(ROMAN_GIVEN)
        hy = giv[:2] + "-" + giv[2:].lower() if len(giv) > 5 else giv
        return r.choice([f"{sur.upper()} {giv}", f"{giv} {sur}", f"{sur} {hy}", f"{sur.upper()} {giv.upper()}",
                         f"{giv} {sur.upper()}"])


def _chat(g: Gen, p: Post) -> None:
    r = g.r
    (a, _, ga), (b, _, _) = g.name(), g.name()
    p.add(a, "PERSON").add(f": 야 {r.choice(catalogue()[20:26])} 몇 시 거야?\n")
    p.add(b, "PERSON").add(": 7시 반. ")
    p.add(ga, "PERSON").add(josa(ga, "아", "야") + " 늦지 마\n")
    p.add(a, "PERSON").add(": ㅇㅋ 나 " + r.choice(["팝콘 살게", "표 뽑아둘게", "먼저 들어가 있을게"]))


def _transcript(g: Gen, p: Post) -> None:
    r = g.r
    n, _, _ = g.name()
    p.add("상담원: 본인 확인 위해 성함 말씀 부탁드립니다.\n고객: ").add(n, "PERSON").add(
        r.choice(["이요.", "입니다.", "이에요."]) if n[-1] and (ord(n[-1]) - 0xAC00) % 28 else r.choice(["요.", "입니다.", "예요."]))
    p.add("\n상담원: 네, ").add(n, "PERSON").add(" 고객님 확인되었습니다. 연락처도 불러 주세요.\n고객: ")
    p.add(g.phone(), "PHONE").add(" 이요.")


def _letter(g: Gen, p: Post) -> None:
    r = g.r
    (to, _, _), (frm, _, _) = g.name(), g.name()
    p.add("수신: ").add(to, "PERSON").add(" 귀하\n제목: 관람 중 분실물 처리 결과 회신\n")
    p.add(f"귀하께서 {r.randint(1, 12)}월 {r.randint(1, 28)}일 문의하신 건에 대해 아래와 같이 회신드립니다.\n")
    p.add(r.choice(["발신: 마키 고객지원팀 ", "담당: 운영팀 ", "마키 CS팀 "])).add(frm, "PERSON").add(r.choice([" 배상", " 드림", ""]))


def _table(g: Gen, p: Post) -> None:
    r = g.r
    head = r.choice([("성함", "연락처"), ("예약자", "휴대폰"), ("Guest", "Phone"), ("수령인", "주소")])
    md = r.random() < 0.5
    row = (lambda cells: "| " + " | ".join(cells) + " |\n") if md else (lambda cells: "\t".join(cells) + "\n")
    p.add(row(["No", head[0], head[1]]))
    if md:
        p.add("|---|---|---|\n")
    for i in range(r.randint(2, 3)):
        n = g.name()[0] if head[0] != "Guest" else r.choice(LATIN_FOREIGN + [g.roman()])
        value, ent = (g.address(), "ADDRESS") if head[1] == "주소" else (g.phone(), "PHONE")
        p.add("| " if md else "").add(f"{i + 1}").add(" | " if md else "\t").add(n, "PERSON")
        p.add(" | " if md else "\t").add(value, ent).add(" |\n" if md else "\n")


def _mixed(g: Gen, p: Post) -> None:
    r = g.r
    style = r.randrange(4)
    if style == 0:
        p.add("Name: ").add(g.roman(), "PERSON").add("\nE-mail: ").add(g.email(), "EMAIL").add("\n좌석 변경 부탁드립니다")
    elif style == 1:
        p.add("Dear ").add(r.choice(LATIN_FOREIGN), "PERSON").add(", 예매하신 티켓이 취소되었습니다. Contact: ")
        p.add(OPERATOR[0], None, "OPERATOR")
    elif style == 2:
        p.add("Passenger ").add(r.choice(HANGUL_FOREIGN), "PERSON").add(" 님 외국인 등록 후 할인 가능하신가요? 폰 ")
        p.add(g.phone(), "PHONE")
    else:
        p.add("Contact person - ").add(g.roman(), "PERSON").add(" (").add(g.phone(), "PHONE").add(")")


def _intro(g: Gen, p: Post) -> None:
    r = g.r
    n, _, _ = g.name(0.3)
    style = r.randrange(3)
    if style == 0:
        p.add("안녕하세요, ").add(n, "PERSON").add("입니다. " + r.choice(["단체관람 문의드려요.", "어제 예매한 건 문의요."]))
    elif style == 1:
        p.add("저는 ").add(n, "PERSON").add(josa(n, "이라고 합니다", "라고 합니다") + ". 분실물 찾고 있어요.")
    else:
        p.add("제 이름은 ").add(n, "PERSON").add(josa(n, "이에요", "예요") + ". 포인트 적립이 안 됐어요")


def _comitative(g: Gen, p: Post) -> None:
    r = g.r
    names = [g.name(0.3)[0] for _ in range(r.randint(2, 3))]
    p.add(r.choice(["주말에 ", "어제 ", "퇴근하고 "]))
    for i, n in enumerate(names):
        last = i == len(names) - 1
        p.add(n, "PERSON").add(" " if last else r.choice([josa(n, "이랑 ", "랑 "), josa(n, "과 ", "와 "), ", "]))
    p.add(r.choice(["셋이 봤는데 꿀잼", "같이 조조 봤어요", "다 같이 갔어요"]))


def _address(g: Gen, p: Post) -> None:
    r = g.r
    n, _, _ = g.name()
    p.add(r.choice(["굿즈 배송지: ", "당첨 경품 보내실 곳 ", "주소 변경합니다 → "])).add(g.address(), "ADDRESS")
    p.add(r.choice([" 받는 분 ", " (수령: ", " / 예금주 "])).add(n, "PERSON").add(r.choice(["", ")", " 입니다"]))


def _contacts(g: Gen, p: Post) -> None:
    r = g.r
    p.add(r.choice(["연락 주세요 ", "제 메일은 ", "답장은 여기로: "])).add(g.email(), "EMAIL")
    p.add(r.choice([" / 전화 ", " 번호는 ", " 또는 "])).add(g.phone(), "PHONE")


def _broken(g: Gen, p: Post) -> None:
    r = g.r
    _, s, gv = g.name(0.0)
    shown = r.choice([f"{s} {gv}", f"{s}\u200d{gv}", f"{s}\u200b{gv[0]}\u200b{gv[1]}", f"{s} {gv[0]} {gv[1]}"])
    p.add(r.choice(["예금주 ", "예약자 성명: ", "입금자명 "])).add(shown, "PERSON").add(
        r.choice([" 으로 입금했어요", " 확인 바랍니다", ""]))


def _rare(g: Gen, p: Post) -> None:
    r = g.r
    n = r.choice("아후판팽묵평풍필해좌초춘단운점") + r.choice(GIVEN + WORDY)
    p.add(r.choice(["담당 매니저 ", "친구 ", "동생 ", "받는 분 "])).add(n, "PERSON").add(
        r.choice([" 님이 도와주셨어요", josa(n, "이가 대신 받을게요", "가 대신 받을게요"), " 앞으로 보내주세요"]))


POSITIVE = [_chat, _transcript, _letter, _table, _mixed, _mixed, _intro, _comitative, _address, _contacts,
            _broken, _rare]

CLEAN = [
    "{f1}이랑 {f2}랑 {f3} 세트로 주문했어요",
    "{f1}하고 {f2} 먹으면서 {w1} 봤어요",
    "매점: {f1}, {f2}, {f3}, {f4}",
    "저는 {st}입니다. 할인 되나요?",
    "제 상태는 {st}이에요",
    "얘들아 {w1} 진짜 미쳤다\n친구야 다음엔 {w2} 보자",
    "예금주: {st2} / 은행: {bank}",
    "수령인: {st2}\n배송 메모: 경비실에 맡겨 주세요",
    "받는 분: 상기와 같음",
    "Guest name: same as booking\nSeats: {s}{k}, {s}{k2}",
    "Name: Standard Ticket x{k}\nTotal: {p} KRW",
    "상담원: 무엇을 도와드릴까요?\n고객: {w1} 관련 문의요.\n상담원: 네, 확인해 드리겠습니다.",
    "| 상품명 | 수량 | 금액 |\n|---|---|---|\n| {f1} | {k} | {p} |\n| {f2} | 1 | {p} |",
    "품목\t수량\n{f1}\t{k}\n{f2}\t{k2}",
    "수신: 회원 여러분\n제목: {w1} 관련 안내\n발신: 마키 고객지원팀",
    "안녕하세요, 마키 고객센터입니다. 문의는 {op1} 또는 {op2}",
    "개인정보 보호책임자 연락처 {op4}, 팩스 {op3}",
    "주문번호 {o} / 송장 {t} / 결제 {p}원",
    "예매번호 {b} 좌석 {s}{k} 맞나요?",
    "{w1}이랑 {w2} 둘 다 좋았음",
    "오늘 {w1}, {w2}, {w3} 다 완벽했다",
    "Dear customer, your booking {b} is confirmed. 문의 {op2}",
    "상도동 {cx} 근처 영화관 있나요? 버스 {k}번 타면 돼요",
    "강남역 {k}번 출구에서 만나요. {tm} 상영",
    "{w1} 명장면은 {w2}였다고 생각합니다",
    "매니저님 친절했어요. 상담원분도 감사합니다",
    "오빠랑 엄마랑 동생이랑 넷이 갔어요",
    "앱 버전 {v}, 쿠폰 {c} 등록 오류",
]


def clean(g: Gen) -> Post:
    r = g.r
    fs, ws = r.sample(FOODS, 4), r.sample(FILMWORDS, 3)
    text = r.choice(CLEAN).format(
        f1=fs[0], f2=fs[1], f3=fs[2], f4=fs[3], w1=ws[0], w2=ws[1], w3=ws[2], st=r.choice(STATUS[:8]),
        st2=r.choice(STATUS[11:]), bank=r.choice(BANKS), s=r.choice("ABCDEFGH"), k=r.randint(1, 15),
        k2=r.randint(1, 15), p=f"{r.randint(5, 90)},{r.choice(['000', '500'])}", op1=OPERATOR[1],
        op2=OPERATOR[0], op3=OPERATOR[2], op4=OPERATOR[3], o=f"{r.randint(10**9, 10**10 - 1)}",
        t=r.randint(10**11, 10**12), b=booking_number(r),
        cx=r.choice(COMPLEXES), tm=f"{r.randint(10, 22)}:{r.choice(['00', '30'])}",
        v=f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
        c=f"{g.digits(4)}-{g.digits(4)}-{g.digits(4)}")
    return Post("clean3").add(text, None, "CLEAN")


def build(seed: int, n_pos: int, n_clean: int) -> tuple[list[dict], list[dict]]:
    return build_sets(Gen(random.Random(seed)), POSITIVE, clean, n_pos, n_clean, ('d3', 'c3'))


def main() -> None:
    pos, neg = build(3303, 240, 260)
    write_jsonl(HERE / "dev3.jsonl", pos)
    write_jsonl(HERE / "clean3.jsonl", neg)
    print(f"dev3 {len(pos)} posts with personal data, clean3 {len(neg)} without")


if __name__ == "__main__":
    main()
