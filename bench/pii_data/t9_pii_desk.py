"""test9 posts with personal data, customer-centre side: formal inquiries, refund
letters, staff answers that name the agent, forwarded e-mails and internal staff notes."""

from __future__ import annotations

import t9_lookalikes as L
import t9_values as V
from t9_build import Writer, josa, neg, pii, style


@style("cs_inquiry")
def refund_letter(r, w: Writer):
    name, bank = V.person(r, allow_foreign=False), r.choice(list(V.ACCOUNT_SHAPES))
    w.fill(r.choice([
        "안녕하세요. {theatre}에서 {date} {title} 관람 예정이었던 회원입니다.\n"
        "예매번호 {booking} 건을 취소했는데 무통장으로 결제해서 환불 계좌를 알려드립니다.\n"
        "- 은행: {bank}\n- 계좌번호: {acct}\n- 예금주: {name}\n"
        "처리되면 {phone} 로 문자 부탁드립니다. 감사합니다.",
        "취소했는데 환불 언제 돼요?? {booking} 이거요. 가상계좌로 냈어서 계좌 적어요 {bank}{acct} "
        "{name}. 벌써 일주일째인데 {phone}으로 연락 한 통 없네요",
        "[환불계좌 등록]\n예매번호 | {booking}\n관람일 | {date}\n은행 | {bank}\n계좌 | {acct}\n"
        "예금주 | {name}\n연락처 | {phone}"]),
           theatre=L.theatre(r), date=L.date(r), title=L.title(r), booking=L.booking(r),
           bank=bank, acct=V.account(r, bank), name=name, phone=V.phone(r, mobile=True))


@style("cs_inquiry")
def id_check_complaint(r, w: Writer):
    kid, parent = V.korean_person(r)[0], V.person(r, allow_foreign=False)
    doc = r.choice([("운전면허증", V.licence), ("여권", V.passport)])
    w.fill("어제 {screen}에서 청소년 요금 확인한다고 신분증 보여달라고 해서 제 {docname}"
           "({docno})까지 보여드렸는데 직원분이 번호를 종이에 적어가셨어요. "
           "같이 간 아들 {kid}{p1} 학생증이 없어서 제가 주민번호 {rrn} 불러드렸고요. "
           "그 메모 폐기됐는지 확인 부탁합니다. 보호자 {parent} / {phone}",
           screen=L.screen(r), docname=doc[0], docno=doc[1](r), kid=kid, p1=josa(kid.text, "이/가"),
           rrn=V.rrn(r, V.CHILD), parent=parent, phone=V.phone(r))


@style("cs_answer")
def agent_answer(r, w: Writer):
    member, agent = V.person(r), V.korean_person(r)[0]
    w.fill(r.choice([
        "{member} 고객님, 안녕하세요. 마퀴 고객센터입니다.\n"
        "문의하신 {product} 교환 건은 {theatre} 매점에서 처리 가능합니다. "
        "말씀하신 연락처 {phone}(으)로 쿠폰 {coupon}을 다시 보내 드렸고, 같은 내용을 {mail}로도 "
        "안내했습니다.\n"
        "추가 문의는 고객센터 {op} (평일 10:00~18:00)로 연락 주십시오.\n상담원 {agent} 드림",
        "안녕하세요 {member}님~ 답변이 늦어 죄송합니다. {theatre} 현장 확인 결과 쿠폰 {coupon}은 "
        "정상 발급되어 있었어요. 혹시 몰라 {mail} 주소로도 다시 보내 드렸습니다! "
        "(담당: {agent} / 대표번호 {op})",
        "RE: 쿠폰 미수신 문의\n\n{member} 회원님께서 등록하신 번호가 {phone}로 되어 있어 "
        "문자가 가지 않았던 것으로 확인됩니다. 번호 변경 후 재발송하였습니다.\n\n"
        "마퀴 고객센터 {agent} 올림"]),
           member=member, product=L.product(r), theatre=L.theatre(r), phone=V.phone(r),
           coupon=L.coupon(r), mail=V.email(r), op=neg("1661-9265", "OPERATOR"), agent=agent)


@style("forwarded_mail")
def forwarded_mail(r, w: Writer):
    sender, friend = V.person(r), V.person(r)
    w.fill("---------- Forwarded message ---------\nFrom: {sender} <{mail}>\nDate: {date}\n"
           "Subject: Re: 단체관람 좌석 문의\nTo: {help}\n\n"
           "> 안녕하세요 {sender2}입니다. 회사 송년회로 {title} 30명 단체 예매하려고요.\n"
           "> 결제는 법인카드 {card}로 하고, 담당은 {friend} 대리({fphone})가 할 거예요.\n"
           "> 세금계산서는 {mail2}로 부탁드립니다.",
           sender=sender, sender2=pii(sender.text, "PERSON"), mail=V.email(r), date=L.date(r),
           help=neg("help@mecross.net", "OPERATOR"), title=L.title(r), card=V.card(r),
           friend=friend, fphone=V.phone(r), mail2=V.email(r))


@style("staff_note")
def staff_note_abuse(r, w: Writer):
    handle = L.handle(r)
    w.fill("[CS메모 {date}] 닉네임 {handle} 계정 예매 매크로 의심. 접속 IP {ip1}, {ip2} 두 곳에서 "
           "{n}분간 좌석 선점 반복. 본인 확인 통화함: 실명 {name}, 휴대폰 {phone}. "
           "앱 버전 {ver} 사용 중이라고 함. 가입 메일 {mail}. 팀장 검토 후 7일 정지 예정.",
           date=L.date(r), handle=handle, ip1=V.ip(r), ip2=V.ip(r), n=str(r.randint(3, 40)),
           name=V.person(r), phone=V.phone(r), ver=L.version(r), mail=V.email(r))


@style("cs_inquiry")
def login_lock(r, w: Writer):
    ip_val = V.ip(r)
    w.fill(r.choice([
        "로그인이 계속 잠겨요;; 회사 와이파이라 IP가 {ip}로 찍히던데 이거 때문인가요? "
        "아이디는 비밀이고 가입한 메일은 {mail}, 폰 {phone} 입니다. "
        "예시처럼 {ex} 넣으라고 해서 넣었는데도 안 돼요.",
        "해외 출장 중인데 '비정상 접속 차단' 떠요. 지금 IP {ip} (호텔 와이파이). 본인인증 번호는 "
        "{phone}인데 로밍이라 문자가 안 와요. 대신 {mail}로 인증 메일 보내주세요",
        "Q. 제 계정에 {ip}에서 로그인했다는 알림이 왔어요. 저 아니에요!!\n가입 이메일 {mail} / "
        "휴대폰 {phone}\n비밀번호 바꿨는데 또 오면 어떡하죠"]),
           ip=ip_val, mail=V.email(r),
           phone=V.phone(r, mobile=True), ex=neg("010-0000-0000", "EXAMPLE"))


@style("english_mixed")
def foreign_member(r, w: Writer):
    hangul, latin = r.choice(V.FOREIGN)
    name = pii(latin if r.random() < 0.5 else hangul, "PERSON")
    w.fill("Hello, I am {name}, a student from abroad. I cannot verify my phone so I send my "
           "외국인등록번호 {frn} and passport {pp} for the membership. My email: {mail}\n"
           "I live at {addr}. Please call {phone} (Korean is OK, 조금 해요). I watched "
           "{title} at {theatre} and loved {actor}!",
           name=name, frn=V.frn(r), pp=V.passport(r), mail=V.email(r), addr=V.address(r),
           phone=V.phone(r), title=L.title(r), theatre=L.theatre(r), actor=L.public_figure(r))


@style("cs_inquiry")
def guardian_consent(r, w: Writer):
    child_full, child_given = V.korean_person(r)
    w.fill(r.choice([
        "보호자 동의 관련 문의드립니다. 딸 {child}(만 12세) 가입하는데 인증 문자가 안 와요.\n"
        "보호자: {parent}\n보호자 연락처: {phone}\n아이 주민번호: {rrn}\n주소: {addr}\n"
        "{given}{p} 생일 선물로 {title} 보여주기로 했는데 {date}까지 해결될까요?",
        "애 아빠인데요 {child} 가입 동의 링크가 {phone}으로 온다더니 안 와요. 애 주민번호 {rrn} "
        "넣는 칸에서 자꾸 튕겨요. {given}{p} 친구들이랑 {title} 보러 간다고 난리라서..",
        "14세 미만 가입 동의서\n아동 성명: {child}\n주민등록번호: {rrn}\n법정대리인: {parent} "
        "(관계: 모)\n연락처: {phone}\n주소: {addr}"]),
           child=child_full, parent=V.person(r, allow_foreign=False), phone=V.phone(r, mobile=True),
           rrn=V.rrn(r, (2012, 2014)), addr=V.address(r), given=child_given,
           p=josa(child_given.text, "이/가"),
           title=L.title(r), date=L.date(r))


@style("cs_inquiry")
def card_dispute(r, w: Writer):
    w.fill(r.choice([
        "카드 이중결제 확인 요청합니다.\n승인번호 {order}, 금액 {price}\n"
        "결제 카드: {card} (본인 명의)\n카드 명의자: {name}\n"
        "다른 카드 {card2}로 재결제까지 했는데 둘 다 빠졌어요. 취소되면 {mail}로 알려주세요.",
        "아니 {price} 결제가 세 번 됐어요 {card} 이 카드로요. 주문번호 {order} 하나밖에 없는데. "
        "카드사에선 가맹점에 물어보라고 하고… 명의자 {name}, 회신 {mail}",
        "Double charge on my card {card} (holder: {name}). Order {order}, {price} x2. "
        "Please refund one of them. Contact: {mail}"]),
           order=L.order(r), price=L.price(r), card=V.card(r), name=V.person(r), card2=V.card(r),
           mail=V.email(r))


@style("event_entry")
def delivery_prize(r, w: Writer):
    w.fill(r.choice([
        "[경품 배송지 변경 요청]\n당첨 이벤트: {title} 시사회 굿즈 ({product})\n"
        "수령인 {name}\n연락처 {phone}\n새 주소 {addr}\n"
        "기존 운송장 {track}은 반송 처리해 주세요. 택배사 {biz}에도 말해 뒀어요.",
        "{title} 굿즈 당첨됐는데 이사를 해서요ㅠ 받는 분은 {name}으로 바꿔주시고 주소는 {addr}, "
        "번호는 {phone} 입니다. 운송장 {track} 아직 출고 전이죠?",
        "수령인: {name}\t연락처: {phone}\n배송지: {addr}\n상품: {product}\t비고: 문 앞에 놓아주세요"]),
           title=L.title(r), product=L.product(r), name=V.person(r), phone=V.phone(r),
           addr=V.address(r), track=L.tracking(r), biz=L.business(r))


@style("lost_found")
def lost_wallet(r, w: Writer):
    owner = V.person(r, allow_foreign=False)
    w.fill("분실물 접수 ({theatre} {screen}, {time} 상영 후)\n- 품목: 갈색 반지갑\n"
           "- 안에 든 것: 운전면허증 {lic}, 체크카드 {card}\n- 면허증 이름: {owner}\n"
           "- 습득자 연락처 남김: {finder} {fphone}\n경비실 보관 중. 주인 연락 오면 {owner2}님 "
           "본인 확인 후 인계.",
           theatre=L.theatre(r), screen=L.screen(r), time=L.time(r), lic=V.licence(r),
           card=V.card(r), owner=owner, finder=V.korean_person(r)[0], fphone=V.phone(r),
           owner2=pii(owner.text, "PERSON"))


DESK = [refund_letter, id_check_complaint, agent_answer, forwarded_mail, staff_note_abuse,
        login_lock, foreign_member, guardian_consent, card_dispute, delivery_prize, lost_wallet]
