"""Clean test9 posts, customer-centre side: answers that quote the operator's and the
agencies' published contacts, form examples, masked values, booking, order, voucher and
tracking numbers shaped like phones and cards, and version strings shaped like IPs."""

from __future__ import annotations

import t9_lookalikes as L
from t9_build import Writer, neg, style


@style("cs_answer")
def answer_with_contacts(r, w: Writer):
    w.fill(r.choice(["{m} 고객님", "고객님", "안녕하세요 고객님"]) + ", 문의 주셔서 감사합니다.\n"
           "예매번호 {booking} 건은 {date} 자로 취소 처리되었으며 "
           "카드사 사정에 따라 {n}영업일 내 환불됩니다.\n추가 문의: 고객센터 {tel}, 팩스 {fax}, "
           "이메일 {mail}\n개인정보 침해 신고는 개인정보침해신고센터({kisa})로 하실 수 있습니다.\n"
           "마퀴 고객센터 드림",
           m=L.masked_name(r), booking=L.booking(r), date=L.date(r), n=str(r.randint(3, 7)),
           tel=neg("1661-9265", "OPERATOR"), fax=neg("070-8290-9005", "OPERATOR"),
           mail=neg(r.choice(["help@mecross.net", "mktlee@mecross.net"]), "OPERATOR"),
           kisa=L.agency(r))


@style("cs_answer")
def form_examples(r, w: Writer):
    w.fill("[자주 묻는 질문] 회원정보 입력 방법\n- 이름: 실명으로 입력 (예: {ex1})\n"
           "- 휴대폰: 하이픈 없이 숫자만 (예: {ex2})\n- 이메일: 예) {ex3}\n"
           "- 생년월일은 주민번호 앞자리가 아니라 8자리로 입력해 주세요 (예: {date})\n"
           "입력이 안 되면 앱을 최신 버전({ver})으로 업데이트한 뒤 다시 시도해 주세요.",
           ex1=neg(r.choice(["홍길동", "김철수", "이영희"]), "EXAMPLE"),
           ex2=neg(r.choice(["01000000000", "010-0000-0000", "01012345678"]), "EXAMPLE"),
           ex3=neg(r.choice(["example@example.com", "user@example.com", "abc@naver.com"]), "EXAMPLE"),
           date=neg(r.choice(["19900101", "20000101", "19851231"]), "EXAMPLE"), ver=L.version(r))


@style("cs_inquiry")
def booking_question(r, w: Writer):
    w.fill(r.choice([
        "예매 확인 문의요. 예매번호 {b1} 이랑 {b2} 두 건인데 하나만 보여요. 결제는 {price} 두 번 "
        "됐고 승인번호는 {order} 입니다. {theatre} {screen} {time} {seat} 좌석이에요. "
        "예매권 {voucher} 사용했는데 그것도 차감됐는지 확인 부탁해요.",
        "예매번호: {b1}\n상영관: {theatre} {screen}\n시간: {time}\n좌석: {seat}\n금액: {price}\n"
        "→ 이 내역이 앱에서 사라졌어요. 주문번호 {order}로도 조회가 안 됩니다.",
        "{b1} 취소하고 {b2}로 다시 잡았는데 {voucher} 예매권이 안 돌아왔어요ㅠ {price} 날린 건가요"]),
           b1=L.booking(r), b2=L.booking(r), price=L.price(r), order=L.order(r),
           theatre=L.theatre(r), screen=L.screen(r), time=L.time(r), seat=L.seat(r),
           voucher=L.coupon(r))


@style("staff_note")
def staff_note_clean(r, w: Writer):
    w.fill(r.choice([
        "[시설점검 {date}] {screen} 영사기 펌웨어 {v1} → {v2} 업데이트. 키오스크 {n}번 IP 설정은 "
        "본사 가이드({ex}) 그대로. 매점 {product} 재고 부족, 발주번호 {order}. {word} 관객 많음 "
        "({fig}). 특이사항 없음.",
        "마감 보고 {date}\n1. 총 관객 {fig}\n2. {screen} 음향 노이즈 → 앰프 펌웨어 {v1} 재설치\n"
        "3. 키오스크 {n}번 네트워크 초기화 (게이트웨이 {ex})\n4. {product} 발주 {order}\n5. {word} 이상 없음",
        "영사실 메모) {screen} 서버 {v2} 업뎃 후 자막 싱크 밀림. 본사 매뉴얼대로 {ex} 접속해서 "
        "재부팅함. {date} 첫 회차 전까지 재확인 필요"]),
           date=L.date(r), screen=L.screen(r), v1=L.version(r), v2=L.version(r),
           n=str(r.randint(1, 6)), ex=neg(r.choice(["192.168.0.1", "127.0.0.1", "10.0.0.1"]), "EXAMPLE"),
           product=L.product(r), order=L.order(r), word=L.word(r), fig=L.audience(r))


@style("forwarded_mail")
def operator_mail(r, w: Writer):
    w.fill(r.choice([
        "---------- 전달된 메일 ----------\n보낸사람: 마퀴 고객센터 <{help}>\n날짜: {date}\n"
        "제목: [마퀴] 주문하신 굿즈가 발송되었습니다\n\n주문번호: {order}\n상품: {product}\n"
        "운송장번호: {track} (택배사 고객센터 {biz})\n결제금액: {price}\n"
        "본 메일은 발신 전용입니다. 문의는 {tel} 로 해 주세요.",
        "FW: [마퀴] 결제 완료 안내\n> From: {help}\n> 주문번호 {order} / {product} / {price}\n> "
        "배송 조회: {biz} (운송장 {track})\n\n이거 저만 두 번 온 거예요? 결제는 한 번 했는데",
        "[Web발신]\n[마퀴] 주문 {order} 출고완료\n{product} / 운송장 {track}\n문의 {tel}"]),
           help=neg("help@mecross.net", "OPERATOR"), date=L.date(r), order=L.order(r),
           product=L.product(r), track=L.tracking(r), biz=L.business(r), price=L.price(r),
           tel=neg("1661-9265", "OPERATOR"))


@style("cs_inquiry")
def privacy_question(r, w: Writer):
    w.fill(r.choice([
        "개인정보처리방침 보니까 책임자가 {cpo} 대표님이고 메일이 {mail} 이던데 여기로 열람 "
        "요청하면 되나요? 아니면 고객센터 주소({addr})로 우편 보내야 하나요?",
        "처리방침에 나온 신고 기관 번호 {ag1}, {ag2} 아직 쓰는 번호인가요? 예전 방침엔 {ag3} 도 "
        "있던데. 회사 대표번호는 {tel} 맞죠?"]),
        cpo=neg("이경수", "OPERATOR"), mail=neg("mktlee@mecross.net", "OPERATOR"),
        addr=neg("서울시 마포구 동교동 154-23 3층", "OPERATOR"), ag1=L.agency(r), ag2=L.agency(r),
        ag3=L.agency(r), tel=neg("1661-9265", "OPERATOR"))


@style("notice")
def scam_notice(r, w: Writer):
    w.fill("[공지] 마퀴를 사칭한 문자에 주의하세요\n최근 '{m1} 고객님 예매가 취소되었습니다' 같은 "
           "문자가 {m2} 번호로 발송되고 있습니다. 마퀴는 카드번호({m3})나 주민번호를 문자로 묻지 "
           "않습니다. 의심 문자는 {ag} 로 신고해 주세요. 공식 고객센터는 {tel} 하나뿐입니다.",
           m1=L.masked_name(r), m2=L.masked_phone(r), m3=neg(r.choice(["****-****-****-****", "1234-5678-9012-3456"]),
                                                  "EXAMPLE"),
           ag=L.agency(r), tel=neg("1661-9265", "OPERATOR"))


@style("event_entry")
def winners(r, w: Writer):
    w.fill("[당첨자 발표] {title} 무대인사 초대 이벤트\n", title=L.title(r))
    for _ in range(r.randint(3, 6)):
        w.fill("- {m} ({p})\n", m=L.masked_name(r), p=L.masked_phone(r))
    w.fill("당첨자는 {date}까지 {theatre}에서 {product} 수령. 배송 문의는 {biz}.",
           date=L.date(r), theatre=L.theatre(r), product=L.product(r), biz=L.business(r))


@style("cs_inquiry")
def version_bug(r, w: Writer):
    w.fill("앱 {v1}에서 {v2}로 올린 뒤로 결제창이 안 떠요. 통신사 와이파이 공유기 주소가 {ex} 라고 "
           "뜨는데 상관있나요? 쿠폰 {c} 적용하면 {price}에서 멈춤. {device} ({os}) 씁니다.",
           v1=L.version(r), v2=L.version(r), ex=neg(r.choice(["192.168.0.1", "192.168.1.1", "10.0.0.138"]),
                                                     "EXAMPLE"),
           c=L.coupon(r), price=L.price(r), device=neg(r.choice(["갤럭시 S24", "아이폰 15 Pro", "Galaxy Z Flip6"]),
                                                        "PRODUCT"),
           os=neg(r.choice([f"iOS {r.randint(16, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}",
                            f"Android {r.randint(12, 15)}"]), "VERSION"))


@style("board")
def theatre_info(r, w: Writer):
    w.fill("{theatre} 찾아가는 길: {addr}. 주차는 {price}/시간, {screen} 입구는 매점 옆이고 {word} 주말엔 붐벼요. "
           "대표번호 {tel} 말고 지점 전화는 없어요. {region}에서 버스로 {fig}",
           theatre=L.theatre(r), addr=L.theatre_address(r), price=L.price(r), screen=L.screen(r),
           word=L.word(r), tel=neg("1661-9265", "OPERATOR"), region=L.region(r),
           fig=neg(f"{r.randint(10, 50)}분", "FIGURE"))


@style("notice")
def policy_notice(r, w: Writer):
    w.fill("[안내] 개인정보 처리방침 개정 예고 ({date} 시행)\n\n주식회사 메크로스는 개인정보 처리방침을 "
           "다음과 같이 개정합니다. 개정 전 방침(2024년 3월 7일 시행)에 안내되었던 연락처 중 일부가 "
           "바뀌었습니다.\n\n1. 개인정보 보호책임자: {cpo} 대표 (이메일 {mail}, 전화 {tel})\n"
           "2. 고객센터: 평일 10:00~18:00, 전화 {tel2}, 팩스 {fax}, 주소 {addr}\n"
           "3. 권익침해 구제: 개인정보침해신고센터 {ag1} (구 {ag2}), 대검찰청 {ag3}, 경찰청 {ag4}\n\n"
           "회원정보 화면에는 이름이 {m1}, 휴대폰이 {m2}처럼 일부 가려져 표시됩니다. 본인확인 예시 화면의 "
           "{ex1}, {ex2}는 실제 정보가 아닙니다. 문의는 {help}로 보내 주세요.",
           date=L.date(r), cpo=neg("이경수", "OPERATOR"), mail=neg("mktlee@mecross.net", "OPERATOR"),
           tel=neg("1661-9265", "OPERATOR"), tel2=neg("1661-9265", "OPERATOR"),
           fax=neg("070-8290-9005", "OPERATOR"), addr=neg("서울시 마포구 동교동 154-23 3층", "OPERATOR"),
           ag1=neg("국번없이 118", "AGENCY"), ag2=neg("02-1336", "AGENCY"),
           ag3=neg(r.choice(["1301", "02-3480-3600"]), "AGENCY"),
           ag4=neg(r.choice(["182", "02-392-0330"]), "AGENCY"), m1=L.masked_name(r), m2=L.masked_phone(r),
           ex1=neg("홍길동", "EXAMPLE"), ex2=neg("010-0000-0000", "EXAMPLE"),
           help=neg("help@mecross.net", "OPERATOR"))


CLEAN_DESK = [policy_notice, answer_with_contacts, form_examples, booking_question, staff_note_clean,
              operator_mail, privacy_question, scam_notice, winners, version_bug, theatre_info]
