"""Clean sentence templates for test11 (P11.2): no personal data at all, but full of the
names, numbers and codes a film site carries. Slots are defined in t11_slots."""

from __future__ import annotations

FAN = [
    "{pub} 필모 정주행 중인데 {tname} 다시 봐도 명작이다",
    "{pubg} 배우님 이번 {tnum}에서 눈빛 연기 진짜 미쳤음",
    "{fpub} 내한 무대인사 {date} {theatre}에서 한대요!! 예매 {time} 오픈",
    "{fpubg|이/가} 레드카펫에서 입은 수트 어디 거예요?",
    "우리 {pubg|이/가} 드디어 {award} 후보에 올랐다 ㅠㅠ",
    "{publ} fancam from the premiere is everywhere lol",
    "{fpubl} and {publ} in one frame?? {award} did that",
    "나 {pub} 팬클럽 {handle} 운영자인데 이번 응원 상영회 공지 올림",
    "{pubg} 오빠 생일카페 {date}부터 {biz} 근처에서 한대",
    "{pub}×{fpub} 투샷 보고 {sword} 심장 멈춤",
    "솔직히 {pubg} 아니었으면 {tnum} 안 봤음",
    "{fpub} 필모 중에 {tname} 제일 좋아하는 사람?",
]
NEWS = [
    "[박스오피스] {tnum}, 개봉 {count} 돌파… {pub} 주연작 중 최고 기록",
    "{dir} 감독 신작 {tname}, {award} 경쟁 부문 초청",
    "{fpub} 주연 {tnum} 국내 누적 {count}, 예매율 {count}",
    "Director {dirl} said the sequel to {tnum} is already in pre-production",
    "{pub}·{pub} 캐스팅 확정설… 소속사 \"검토 중\"",
    "캐스팅 루머: {fpubl} 합류? {dir} 감독 측은 부인",
    "{award} 남우주연상 {pub}, 여우주연상 {pub}",
    "{dir} 인터뷰에서 \"{char}는 제 분신 같은 인물\"이라고 밝혔다",
    "{tname} 감독판 {runtime}, {date} 재개봉 확정",
    "{pub} 소속사 대표번호 {bizphone}로 팬레터 문의 폭주",
    "{award} 시즌 예측: {fpub} vs {fpub}, 올해는 누가?",
    "{dirl} x {fpubl} reunion confirmed for {date}",
]
LOOKS = [
    "우리 팀장님 {pub} 닮았다는 말 들으면 엄청 좋아하심 ㅋㅋ",
    "제 동생이 {fpub} 닮았대요. 아무도 안 믿음",
    "남친이 {pubg} 닮은 꼴이라고 우기는데 어쩌죠",
    "옆자리 분 {char} 코스프레 하고 오셨더라고요 ㅋㅋ",
    "매표소 직원분 {pub} 닮아서 깜짝 놀람",
    "저희 아빠는 {pub}, 엄마는 {pubg} 얘기만 하심",
]
CHARS = [
    "{char} 대사 \"{sword}\" 나오는 장면에서 다 울었음",
    "{char|이랑/랑} {char} 케미 보려고 {tname} 세 번 봄",
    "{char|이/가} 결국 {char}한테 편지 쓰는 엔딩 ㅠ",
    "{char} 굿즈 {price}인데 벌써 품절",
    "{tname} 보고 나면 {char} 생각밖에 안 남",
    "{char} 역 오디션에 {pub|이/가} 떨어졌었다는 비하인드",
]
DESK = [
    "예매번호 {booking} 건 {date} {time} 상영 취소 부탁드려요",
    "{order} 주문한 팝콘 콤보 {price} 환불 언제 되나요?",
    "굿즈 배송 운송장 {tracking} 조회가 안 돼요 ({biz})",
    "쿠폰 {coupon} 입력하면 오류 떠요. 앱 {ver}입니다",
    "관람권 번호 {voucher} 등록했는데 {price} 차감이 안 됨",
    "좌석 {seat} 예매했는데 자리 바뀌어 있었어요. {theatre}",
    "고객센터 {opphone} 연결이 안 되어 {opmail}로 메일 드렸습니다",
    "개인정보 문의는 책임자 {cpo} 대표님께 하라고 해서요",
    "회사 주소가 {opaddr} 맞나요? 우편으로 서류 보내려고요",
    "개인정보 침해 신고는 {agency}로 하면 된다고 안내받았어요",
    "회원가입 폼에 예시로 {formex} 써 있는데 이거 그대로 넣으면 안 되죠?",
    "휴대폰 칸 예시가 {formex}이던데 형식이 헷갈려요",
    "{theatre} 주소 {taddr} 맞죠? 주차 되나요",
    "접속 로그에 {ipver} 같은 게 찍히던데 버전 번호래요",
    "윈도우 빌드 {ipver}에서 결제창이 안 열립니다",
    "문자로 받은 번호가 {mphone}로 가려져 있어서 확인 불가",
    "예매자 {mname}님으로 나오는데 제 예매 맞나요?",
    "마이페이지에 {mother}로 표시되는 게 정상인가요?",
    "앱 {ver} 업데이트 후 {coupon} 쿠폰이 사라졌어요",
    "{biz} 제휴 할인 {price} 적용이 안 됩니다. 주문 {order}",
    "매점 {bizphone} 번호는 본사 대표번호인가요?",
    "{date} {time} {tnum} {seat} 두 장 양도합니다. 가격은 {price}",
]
MISC = [
    "{sword} {tnum} 보고 왔는데 {runtime} 순삭",
    "{tname} vs {tnum}, 이번 주말 뭐 볼까요",
    "{handle}님 후기 보고 {tname} 예매함",
    "닉네임 {handle}으로 활동합니다. {sword} 반가워요",
    "{sword} 별로였어요. {tnum} 기대했는데 ㅠ",
    "{award} 생중계 {time} 시작이래요",
    "{theatre} 4관 음향 {sword} 좋네요",
    "{count} 넘으면 {pub} 무대인사 또 온대",
    "{fpubl} interview: \"Seoul audiences are the best\"",
    "{sword} 완벽했던 {tname}, 엔딩 크레딧 {runtime} 동안 아무도 안 나감",
    "{handle} 님이 올린 {tnum} 해석글 정독함",
    "{dir} 감독 GV {date} 매진 ㅠㅠ",
    "OST 부른 가수 {pub|이었/였}어요? 몰랐네",
    "{char}처럼 살고 싶다… {sword} 힘든 하루",
]
NOUNS = [
    "'{snoun}' 이 한 단어로 {tnum} 요약 가능",
    "{snoun} 씬에서 {pub} 표정 보셨어요?",
    "오늘 관람 키워드는 {snoun}. {theatre}에서 {tname} 봤어요",
    "상영 전 {snoun} 이벤트 {date}까지래요",
    "{snoun}, {snoun}, {snoun} 다 파는 매점은 {theatre}뿐",
    "{snoun} 얘기 나와서 말인데 {fpubg} 진짜 {sword} 잘생김",
]
TALK = [
    "[인터뷰] {pub} \"{char} 역은 제 인생 캐릭터\"… {tnum} 비하인드",
    "{fpubl}: \"I learned Korean from {tname}\"",
    "{pubg} 씨는 촬영 끝나고 {snoun} 돌렸대요 ㅋㅋ 미담 제조기",
    "{award} 수상 소감에서 {pub|이/가} {dir} 감독님 이름 부를 때 울컥",
    "{dir} 감독 차기작 주인공 {pub}? {fpub}? 커뮤 투표 중",
    "{fpubg} 한국 예능 나온대!! {pubg|이랑/랑} 같이",
    "{tname} 속 {char} 모델이 실존 인물 {pub|이/가} 아니래요",
    "Oscar buzz: {fpubl} for {tname}, {publ} for {tnum}",
    "{fpub} 방한 일정 {date} ~ {date}, 기자회견 {time}",
    "{publ}'s speech at {award} was iconic",
    "{pub} 닮은 사람 찾기 이벤트 하던데 응모하신 분?",
    "다들 {fpub}파? {fpub}파? 저는 {char}파",
    "{pubg} 님 팬미팅 티켓팅 {time} 오픈, 좌석 {seat} 잡았다",
    "{dir} 감독이 말하길 {char|은/는} {pub|을/를} 생각하고 썼대요",
    "{tnum} 속편에 {pub} 특별출연 루머, 제작사 {biz} 측 \"사실무근\"",
    "{pubg} 배우 {tnum|으로/로} {award} 3관왕, 누적 {count}",
]
SHORT = ["{pub} 최고", "{tnum} 강추함", "{fpubg} 사랑해", "{char} 최애", "{seat} 명당", "{handle} ㅇㅈ"]
ALL = FAN + NEWS + LOOKS + CHARS + DESK + MISC + NOUNS + TALK
