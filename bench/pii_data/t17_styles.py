"""Templated test17 posts with personal data, one function per style (pushes, spreadsheet pastes,
e-mail threads, call transcripts, OCR'd forms, disputes, lost-and-found, winner notices, long
posts, mixed-language, security logs, chats). Each returns marked-up text (see t17_markup)."""

from __future__ import annotations

from t17_negatives import neg
from t17_values import (
    FOREIGN,
    INVISIBLE,
    account,
    address,
    card,
    driver_license,
    email,
    ip,
    korean_name,
    landline,
    mobile,
    name_form,
    partial_address,
    passport,
    rrn,
    spoken,
)


class Maker:
    """Fresh private values for one post; names never equal a negative string."""

    def __init__(self, rng, forbidden: set[str]):
        self.rng = rng
        self.forbidden = forbidden

    def name(self) -> tuple[str, str, str]:
        while True:
            full, surname, given = korean_name(self.rng)
            if full not in self.forbidden and given not in self.forbidden:
                return full, surname, given

    def person(self) -> tuple[str, str, str]:
        """(marked name, surname, given)."""
        full, surname, given = self.name()
        return f"[[P:{name_form(self.rng, surname, given)}]]", surname, given

    def foreigner(self) -> str:
        return f"[[P:{self.rng.choice(FOREIGN)}]]"

    def phone(self) -> str:
        return f"[[T:{mobile(self.rng) if self.rng.random() < 0.9 else landline(self.rng)}]]"

    def mail(self, surname: str, given: str) -> str:
        return f"[[E:{email(self.rng, surname, given)}]]"

    def account(self) -> str:
        bank, number = account(self.rng)
        return f"{bank} [[B:{number}]]"

    def n(self, kind: str) -> str:
        return neg(self.rng, kind)


def sms_push(m: Maker) -> str:
    p, _, _ = m.person()
    head = m.rng.choice(["[Web발신]", "[알림톡]", "[메크로스]", "(광고)"])
    return m.rng.choice([
        f"{head} {p}님 {m.n('film_title')} {m.n('date')} {m.n('showtime')} {m.n('cinema_branch')} "
        f"{m.n('hall')} {m.n('seat')} 예매가 완료되었습니다. 예매번호 {m.n('booking_number')}",
        f"{head} {p} 고객님, 분실물이 {m.n('cinema_branch')}에 보관 중입니다. 문의 {m.n('operator_contact')}",
        f"{head} {p}님 포인트 {m.n('point_amount')} 소멸 예정. 수신번호 {m.phone()}",
        f"{head} {p}님께서 보낸 관람권이 {m.phone()}로 전달되었습니다. {m.n('coupon_code')}",
    ])


def csv_rows(m: Maker) -> str:
    sep = m.rng.choice([",", "\t", " | "])
    rows = [sep.join(["이름", "연락처", "이메일", "인원"])]
    for _ in range(m.rng.randint(2, 4)):
        full, surname, given = m.name()
        rows.append(sep.join([f"[[P:{full}]]", m.phone(), m.mail(surname, given),
                              str(m.rng.randint(1, 6))]))
    return f"{m.n('cinema_branch')} 단체예매 명단 붙여넣기\n" + "\n".join(rows)


def md_table(m: Maker) -> str:
    lines = ["| 예약자 | 연락처 | 좌석 |", "|---|---|---|"]
    for _ in range(m.rng.randint(2, 3)):
        p, _, _ = m.person()
        lines.append(f"| {p} | {m.phone()} | {m.n('seat')} |")
    return f"{m.n('film_title')} {m.n('date')} 단관 정리\n" + "\n".join(lines)


def email_thread(m: Maker) -> str:
    full, surname, given = m.name()
    mail = m.mail(surname, given)
    quoted = m.rng.choice([f"> 고객님, 환불 계좌를 알려주세요.\n> 고객센터 {m.n('operator_contact')}",
                           f"> 문의하신 {m.n('booking_number')} 건 확인 중입니다."])
    return (f"From: [[P:{full}]] <{mail}>\nTo: {m.n('operator_contact')}\nSubject: Re: 환불 요청\n\n"
            f"네 환불 계좌는 {m.account()} 입니다.\n\n{quoted}\n\n--\n"
            f"[[P:{name_form(m.rng, surname, given)}]] 드림 / {m.phone()}")


FILLERS = ["음", "어", "그", "아 잠깐만요", "네네", "뭐지", "어 그러니까"]


def stt_call(m: Maker) -> str:
    p, _, _ = m.person()
    f1, f2 = m.rng.choice(FILLERS), m.rng.choice(FILLERS)
    wrong = spoken(mobile(m.rng).replace("-", " ").replace("+82 ", "0"))
    real = m.rng.choice([f"[[T:{spoken('010 ' + str(m.rng.randint(2000, 9999)) + ' ' + str(m.rng.randint(1000, 9999)))}]]",
                         m.phone()])
    extra = m.rng.choice([f"생년월일이랑 뒷자리요 [[R:{spoken(rrn(m.rng))}]]",
                          f"환불은 {m.account()}로요", f"{m.n('film_title')} {m.n('showtime')} 거요"])
    return (f"[상담 STT] 상담원: 네 고객센터입니다. 고객: {f1} 네 제 이름은 {p}이고요 {f2} "
            f"번호는 [[T:{wrong}]] 아 아니다 {real} 이요. {extra}. 상담원: 네 확인했습니다.")


def _ocr(text: str) -> str:
    return text.replace("0", "O").replace("1", "l")


def ocr_form(m: Maker) -> str:
    full, _, _ = m.name()
    spaced = " ".join(full)
    phone = _ocr(mobile(m.rng).replace("+82 10", "010"))
    addr = _ocr(address(m.rng))
    return (f"[스캔 OCR] 경품 수령 신청서\n성 명 : [[P:{spaced}]]\n연 락 처 : [[T:{phone}]]\n"
            f"주 소 : [[A:{addr}]]\n응모 영화 : {m.n('film_title')}  작성일 {m.n('date')}")


def refund_dispute(m: Maker) -> str:
    p, _, _ = m.person()
    return m.rng.choice([
        f"환불이 {m.n('date')} 이후로 안 들어왔어요. 예매번호 {m.n('booking_number')}, 금액 "
        f"{m.n('price')}. 계좌 {m.account()} 예금주 {p}. 카드사({m.n('card_company')})는 "
        f"{m.n('call_centre')} 연락하라는데 왜 제가 해야 하나요?",
        f"이중결제 분쟁 접수합니다. 카드번호 [[C:{card(m.rng)}]] 승인번호 {m.n('approval_number')} "
        f"{m.n('price')} 두 번 빠져나감. 명의자 {p} / {m.phone()}",
    ])


def lost_found(m: Maker) -> str:
    p, _, _ = m.person()
    item = m.rng.choice(["검정 지갑", "아이폰 15", "갤럭시 버즈", "차키", "우산", "학생증"])
    return (f"[분실물] {m.n('date')} {m.n('cinema_branch')} {m.n('hall')} {m.n('seat')} 근처에서 "
            f"{item} 잃어버렸어요. 찾으시면 {p} {m.phone()} 로 연락주세요 사례합니다!")


def group_booking(m: Maker) -> str:
    full, surname, given = m.name()
    company = m.rng.choice(["(주)다온테크", "한빛물산", "새봄유치원", "해솔초등학교", "누리교회 청년부"])
    return (f"단체관람 문의드립니다. {company} 담당 [[P:{full}]]입니다. {m.n('film_title')} "
            f"{m.n('ticket_count')} 관람 희망, {m.n('date')} {m.n('showtime')} 가능할까요? 세금계산서 "
            f"사업자번호 {m.n('business_reg_number')}. 회신 {m.mail(surname, given)} / {m.phone()}")


def winner_notice(m: Maker) -> str:
    p, _, _ = m.person()
    return (f"[당첨자 발표] {m.n('film_title')} 무대인사 초대 이벤트\n{m.n('masked_name')} "
            f"({m.n('masked_phone')})\n{m.n('masked_name')} ({m.n('masked_phone')})\n"
            f"※ 아래 한 분은 연락이 닿지 않아 재공지합니다: {p} ({m.phone()})")


def long_post(m: Maker) -> str:
    full, surname, given = m.name()
    again = name_form(m.rng, surname, given)
    return (f"안녕하세요, {m.n('region_only')} 사는 [[P:{full}]]입니다.\n\n"
            f"{m.n('cinema_branch')} 자주 다니는데 이번에 {m.n('film_title')} 보고 글 남겨요. "
            f"{m.n('actor')} 연기는 좋았는데 {m.n('hall')} 음향이 너무 컸어요.\n\n"
            f"그리고 {m.n('kinship')}랑 같이 갔는데 {m.n('seat')} 자리가 흔들렸어요. "
            f"{m.n('director')} 감독 팬이라 기대했는데 아쉬웠네요.\n\n"
            f"답변은 [[P:{again}]] 앞으로 {m.mail(surname, given)} 로 부탁드려요.")


def foreign_mix(m: Maker) -> str:
    p = m.foreigner()
    return m.rng.choice([
        f"Hello, I'm {p}. I booked {m.n('film_title')} at {m.n('cinema_branch')} but need a refund. "
        f"Passport [[S:{passport(m.rng)}]], phone {m.phone()}.",
        f"{p}です。外国人登録番号 [[F:{rrn(m.rng, foreign=True)}]] で学生割引できますか？",
        f"Xin chào, tôi là {p}. Số ARC [[F:{rrn(m.rng, foreign=True)}]], SĐT {m.phone()}. Cảm ơn!",
        f"我是{p}，护照号码 [[S:{passport(m.rng)}]]，想取消 {m.n('showtime')} 的票。",
    ])


def security_log(m: Maker) -> str:
    p, _, _ = m.person()
    addr = ip(m.rng)
    return m.rng.choice([
        f"제 계정({p})에서 모르는 IP [[I:{addr}]] 로 로그인 알림이 왔어요. 비밀번호 바꿨습니다.",
        f"[보안] {m.n('date')} 로그인 ip=[[I:{addr}]] user {p} 결제 시도 차단",
        f"회원 {p} 님, 새 기기에서 접속했습니다 (IP [[I:{addr}]]). 본인이 아니면 {m.n('operator_contact')}",
    ])


def id_check(m: Maker) -> str:
    p, _, _ = m.person()
    return m.rng.choice([
        f"{m.n('movie_rating')} 영화 성인인증이 안 돼요. 주민번호 [[R:{rrn(m.rng)}]] {p}",
        f"운전면허 [[D:{driver_license(m.rng)}]] 로 본인확인 부탁드립니다. {p}",
        f"경로우대 확인용: {p} 어르신 [[R:{rrn(m.rng)}]], 보호자 연락처 {m.phone()}",
    ])


def chat_export(m: Maker) -> str:
    a, _, _ = m.person()
    b, _, _ = m.person()
    t = f"2024. {m.rng.randint(1, 12)}. {m.rng.randint(1, 28)}. 오후 {m.rng.randint(1, 11)}:{m.rng.randint(10, 59)}"
    return (f"{t}, {a} : {m.n('film_title')} 예매함?\n{t}, {b} : ㅇㅇ {m.n('seat')}\n"
            f"{t}, {a} : 내 카드로 긁어 [[C:{card(m.rng)}]]\n{t}, {b} : ㅇㅋ 번호 {m.phone()} 맞지?")


def one_liner(m: Maker) -> str:
    full, surname, given = m.name()
    mark = m.rng.choice(INVISIBLE)
    return m.rng.choice([
        f"[[P:{given}]]아 {m.n('cinema_branch')} 도착함 전화해 {m.phone()}",
        f"예약자 [[P:{surname}{mark}{given}]] {m.phone()}",
        f"주소 [[A:{address(m.rng)}]] 로 굿즈 보내주세요 [[P:{full}]]",
        f"[[P:{full}]] / {m.mail(surname, given)}",
    ])


def prize_delivery(m: Maker) -> str:
    p, _, _ = m.person()
    where = address(m.rng) if m.rng.random() < 0.5 else partial_address(m.rng)
    return m.rng.choice([
        f"{m.n('film_title')} 굿즈 당첨 배송지입니다. 받는 분 {p}, 주소 [[A:{where}]], {m.phone()}",
        f"경품 주소 변경할게요 [[A:{where}]] ({m.n('region_only')} 아니고 여기로요) {p}",
        f"택배 {m.n('tracking_number')} 주소가 틀렸어요. [[A:{where}]] {p} 앞으로 다시 보내주세요",
    ])


PII_STYLES = [prize_delivery, sms_push, csv_rows, md_table, email_thread, stt_call, ocr_form, refund_dispute,
              lost_found, group_booking, winner_notice, long_post, foreign_mix, security_log,
              id_check, chat_export, one_liner]
