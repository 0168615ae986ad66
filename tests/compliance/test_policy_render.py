"""The 개인정보 처리방침 is rendered from the system's declarations (L7.1, P2, P7, P13.3,
P14): change a declaration and the policy changes; state nothing the system does not do."""

from __future__ import annotations

import dataclasses

import pytest
from django.core.checks import Error
from django.core.management import call_command
from django.urls import reverse

from marquee.compliance.policy import checks as policy_checks
from marquee.compliance.policy.sections import SECTION_KEYS, TITLE, render
from marquee.privacy.declarations import Cookie, CookieCategory, Statement
from marquee.privacy.inventory import (
    Item,
    Processor,
    RetentionRule,
    Trigger,
    inventory,
    months,
    years,
)


def section_text(key: str) -> str:
    return "\n".join(render().section(key).lines())


def test_l7_1_the_policy_is_titled_and_has_every_section_of_the_operators_policy():
    document = render()
    assert document.title == TITLE == "개인정보 처리방침"
    assert [s.number for s in document.sections] == list(range(1, len(SECTION_KEYS) + 1))
    assert [s.key for s in document.sections] == list(SECTION_KEYS)
    from marquee.compliance.policy.legacy import LEGACY_KEYS

    assert set(LEGACY_KEYS) <= set(SECTION_KEYS)  # every section of the operator's policy
    assert "개인정보취급방침" not in document.text()  # the outdated name (PIPA 30)
    assert "정보통신망이용촉진" not in document.text()  # privacy duties moved to PIPA


def test_p3_l7_1_changing_a_retention_rule_changes_the_rendered_policy(monkeypatch):
    before = section_text("retention")
    assert "로그기록자료, 접속지의 추적자료 | " in before and "기록 생성일로부터 3개월" in before
    rule = inventory.rules["access_logs"]
    monkeypatch.setitem(inventory.rules, "access_logs", dataclasses.replace(
        rule, period=months(6), citation="통신비밀보호법 시행령 제41조제2항"))
    after = section_text("retention")
    assert after != before
    assert "통신비밀보호법 시행령 제41조제2항 | 기록 생성일로부터 6개월" in after
    # The same fact everywhere it is stated: automatic items in §9 too.
    assert "IP 주소 (보유 기간: 기록 생성일로부터 6개월)" in section_text("cookies")


def test_p3_a_rule_no_item_or_record_follows_is_not_stated(monkeypatch):
    """A declared rule that nothing in the system follows is not claimed in the policy."""
    monkeypatch.setitem(inventory.rules, "prize_records", RetentionRule(
        "prize_records", "경품 지급 기록", Trigger.RECORD, years(5), "경품 지급 증빙",
        "소득세법 제164조"))
    assert "경품 지급 기록" not in render().text()


def test_p1_1_p1_5_items_are_listed_by_category_with_their_channel():
    text = section_text("items")
    assert "필수 항목 | 휴대전화번호 | 홈페이지(회원가입)" in text
    assert "선택 항목 | 필명 | 홈페이지(회원가입)" in text
    assert "서비스 이용 과정에서 자동 생성·수집되는 항목 | IP 주소 | 쿠키·로그에 의한 자동 수집" in text
    assert "상품 구매(유료 서비스) 시 수집 항목 | 환불계좌(은행, 계좌번호, 예금주)" in text


def test_l7_1_l1_1_items_processed_without_consent_are_listed_apart_with_their_basis():
    document = render()
    blocks = document.section("items").blocks
    heading = next(i for i, b in enumerate(blocks) if "동의 없이 처리하는 개인정보" in b.text)
    table = next(b for b in blocks[heading:] if b.kind == "table")
    rows = {row[0]: row for row in table.rows}
    assert "계약 체결·이행에 필요 (개인정보 보호법 제15조제1항제4호)" in rows["이메일"][1]
    assert "필명" not in rows  # consent-based: listed under the consents instead
    consents = next(b for b in blocks if b.kind == "table" and b.headers[0] == "동의")
    assert any(r[0] == "광고성 정보 문자(SMS) 수신 동의" and "휴대전화번호" in r[1]
               for r in consents.rows)


def test_p2_1_purposes_are_listed_with_their_legal_basis_and_items():
    text = section_text("purposes")
    assert ("마케팅 및 광고 | 이벤트 등 광고성 정보 전송" in text
            and "정보주체의 동의 (개인정보 보호법 제15조제1항제1호) | 광고성 정보 수신 내역(캠페인, "
                "채널, 일시), 이름, 휴대전화번호, 이메일" in text)
    assert "회원 관리 |" in text and "계약 체결·이행에 필요" in text


def test_p1_6_a_newly_declared_item_appears_in_the_policy(monkeypatch):
    item = Item("favourite_genre", "선호 장르", inventory.items["email"].category,
                inventory.items["email"].channel, ("members.Member.favourite_genre",),
                inventory.items["email"].purposes, ("until_withdrawal",))
    monkeypatch.setitem(inventory.items, item.key, item)
    assert "선호 장르" in section_text("items")


def test_p7_1_processors_are_listed_from_the_registry(monkeypatch):
    text = section_text("processors")
    assert ("KG이니시스 | 신용카드·계좌이체 등 결제 서비스 | 결제 내역(카드사·마스킹된 카드번호, "
            "결제 토큰, 가상계좌), 구매 내역(예매 내역) | 위탁계약 종료 시까지 | 없음") in text
    for name in ("드림시큐리티", "코리아크레딧뷰로(KCB)", "KG모빌리언스", "페이큐브",
                 "갤럭시아커뮤니케이션즈", "엑스노티"):
        assert name in text
    assert "회사는 정보주체의 개인정보를 국외로 이전하지 않습니다." in section_text("transfer")
    from marquee.privacy.inventory import Transfer

    monkeypatch.setitem(inventory.processors, "mailer", Processor(
        "mailer", "메일발송사", "이메일 발송", ("email",), "2027-12-31까지", ("클라우드사",),
        country="미국", transfer=Transfer("발송 시 TLS로 수시 전송", "dpo@mailer.example",
                                          "발송 후 30일", "이메일 수신을 거부하면 이전되지 않음")))
    text = section_text("processors")
    assert "메일발송사 | 이메일 발송 | 이메일 | 2027-12-31까지 | 클라우드사" in text
    # Overseas transfer, with every field PIPA 28-8② asks for (L7.3).
    assert ("메일발송사 | dpo@mailer.example | 미국 | 이메일 | 발송 시 TLS로 수시 전송 | 이메일 발송 | "
            "발송 후 30일 | 이메일 수신을 거부하면 이전되지 않음") in section_text("transfer")


def test_l7_3_a_processor_abroad_without_its_transfer_details_fails_check(monkeypatch):
    from marquee.compliance.policy.checks import check_policy_declarations

    monkeypatch.setitem(inventory.processors, "mailer", Processor(
        "mailer", "메일발송사", "이메일 발송", ("email",), country="미국"))
    assert "privacy.E035" in [e.id for e in check_policy_declarations()]


def test_p6_1_provision_rules_are_listed_and_absence_is_stated(monkeypatch):
    assert "현재 정보주체의 동의를 받아 개인정보를 제3자에게 제공하는 경우는 없습니다." in \
        section_text("provision")
    from tests.compliance.conftest import PARTNER, PARTNER_CONSENT

    monkeypatch.setitem(inventory.consents, PARTNER_CONSENT.key, PARTNER_CONSENT)
    monkeypatch.setitem(inventory.provisions, PARTNER.key, PARTNER)
    text = section_text("provision")
    assert "(주)씨네매거진 | 정기구독 혜택 안내 | 이름, 휴대전화번호, 이메일 | 제공일로부터 1년" in text
    assert "요청 기관, 문서 번호, 근거 법령, 제공 항목, 대상자, 처리 담당자" in text


def test_p14_the_privacy_officer_comes_from_settings(settings):
    text = section_text("officer")
    assert "성명 | 이경수" in text and "이메일 | mktlee@mecross.net" in text
    settings.MARQUEE_PRIVACY_OFFICER = {"name": "김보호", "position": "이사",
                                        "email": "cpo@example.kr", "phone": "02-000-0000"}
    text = section_text("officer")
    assert "성명 | 김보호" in text and "직위 | 이사" in text and "이경수" not in text
    assert "팩스" not in text  # no fax configured: none stated


def test_p13_3_the_complaint_bodies_are_listed():
    text = section_text("complaints")
    for body in ("개인정보침해신고센터", "국번없이 118", "eprivacy", "대검찰청", "경찰청",
                 "개인정보분쟁조정위원회"):
        assert body in text
    assert "운영 시간 | 평일 10:00~18:00" in text


def test_l4_1_p4_2_destruction_describes_what_the_sweep_really_does(settings):
    text = section_text("destruction")
    assert "별도의 데이터베이스" in text
    assert "암호키 파기 후 행 삭제하여 백업본을 포함한" in text and "crypto" not in text
    assert "매일 실행되는 파기 작업" in text and "5일 이내에 파기" in text
    assert "로그기록자료·접속지 추적자료(접속 기록) | 로그기록자료, 접속지의 추적자료" in text
    # L7.3: printed output: the system makes none; letters received are shredded.
    assert "종이로 출력하는 기능이 없으며" in text and "분쇄하거나 소각" in text
    settings.MARQUEE_DESTRUCTION = {"sweep_every_days": 2, "deadline_days": 5}
    assert "2일마다 실행되는 파기 작업" in section_text("destruction")


def test_p9_2_the_cookie_section_lists_the_cookies_and_the_consequence_of_refusal():
    text = section_text("cookies")
    assert "sessionid | 필수 쿠키 | 로그인 상태 유지" in text
    assert "csrftoken | 필수 쿠키" in text
    assert "분석·광고 쿠키를 사용하지 않습니다" in text
    assert ("필수 쿠키(sessionid, csrftoken, messages, mq_ticket_<대기열>, mq_pass_<대기열>, "
            "mq_id)의 저장을 거부하면 로그인과 예매") in text
    # The queue identity (issue 17), with its lifetime from the setting.
    assert "mq_id | 필수 쿠키 | 예매 대기열에 줄 설 때 로그인한 회원 확인" in text
    assert "| 120분" in text.split("mq_id | ")[1].split("\n")[0]
    # The waiting room's queue ticket and pass (B6), with the pass's time box.
    assert "mq_ticket_<대기열> | 필수 쿠키 | 예매 대기열의 내 순번 확인" in text
    assert "mq_pass_<대기열> | 필수 쿠키 | 차례가 된 회원의 좌석 선택 화면 입장 확인" in text
    assert "15분" in text


@pytest.mark.django_db
def test_p9_1_every_cookie_the_site_sets_is_declared_in_the_policy(client, member):
    """Log in, get a message, log out: every cookie set along the way is declared."""
    declared = {c.name() if callable(c.name) else c.name for c in inventory.cookies.values()}
    seen = set()
    client.get(reverse("members:login"))
    seen |= set(client.cookies)
    client.post(reverse("members:login"), {"login_id": "gildong90",
                                            "password": "Cinema!Seat2024"})
    seen |= set(client.cookies)
    client.post(reverse("members:mypage_consents"), {"marketing_sms": ""})
    seen |= set(client.cookies)
    client.get(reverse("members:mypage"))
    seen |= set(client.cookies)
    assert {"sessionid", "csrftoken", "messages"} <= seen
    assert seen <= declared, f"undeclared cookies: {seen - declared}"


def test_p9_1_an_analytics_cookie_without_a_consent_page_fails_the_check(monkeypatch, settings):
    assert policy_checks.check_cookie_consent() == []
    monkeypatch.setitem(inventory.cookies, "ga", Cookie(
        "ga", "_ga", CookieCategory.ANALYTICS, "방문 분석", "2년"))
    errors = policy_checks.check_cookie_consent()
    assert [e.id for e in errors] == ["privacy.E030"] and isinstance(errors[0], Error)
    settings.MARQUEE_COOKIE_CONSENT = "marquee.cookies.views.settings"
    assert policy_checks.check_cookie_consent() == []


def test_p10_l7_1_sections_without_a_feature_say_so_and_apps_can_state_theirs(monkeypatch):
    assert "링크를 제공하지 않습니다" in section_text("links")
    monkeypatch.setitem(inventory.statements, "partner_links", Statement(
        "partner_links", "links", "제휴사 사이트로 이동할 때에는 그 사이트의 처리방침이 적용됨을 알립니다."))
    assert section_text("links") == "제휴사 사이트로 이동할 때에는 그 사이트의 처리방침이 적용됨을 알립니다."
    # Without the boards' statements §11 would say there are no boards.
    for key in [k for k, s in inventory.statements.items() if s.section == "posts"]:
        monkeypatch.delitem(inventory.statements, key)
    assert "게시판을 운영하지 않습니다" in section_text("posts")


def test_p11_1_p11_2_p11_3_l7_1_the_posts_section_states_what_the_boards_do():
    from marquee.community.models import REASON_TEXT, Reason

    text = section_text("posts")
    assert "게시판을 운영하지 않습니다" not in text  # the boards exist now
    assert "수정 이력으로 모두 보존" in text  # P11.1: protected from alteration
    # The ten removal grounds, each in the policy's words, as a list, in the staff's order.
    section = render().section("posts")
    [grounds] = [b for b in section.blocks if b.kind == "list"]
    assert list(grounds.items) == [REASON_TEXT[r] for r in Reason] and len(grounds.items) == 10
    assert "· 동일한 내용을 중복하여 다수 게시하는 등 게시의 목적에 어긋나는 경우" in text
    assert "이 밖의 이유로는 삭제 조치하지 않습니다" in text
    assert "2단계 인증을 거쳐 위 사유 중 하나를 선택" in text and "부정이용 기록으로 1년 보관" in text
    assert "신고할 수 있으며" in text  # P11.3
    # P11.2: other people's information masked before publication, and the masking recorded.
    assert "게시하기 전에 기호로 가립니다" in text and "010-****-5678" in text and "홍*동" in text
    assert "가린 정보의 종류와 개수를 기록합니다" in text


def test_p11_1_l7_1_a_new_removal_ground_in_the_code_is_a_new_line_in_the_policy(monkeypatch):
    from marquee.community import models

    monkeypatch.setitem(models.REASON_TEXT, models.Reason.OTHER_LAW, "법령 또는 회사 지침을 위반한 경우")
    assert "· 법령 또는 회사 지침을 위반한 경우" in section_text("posts")


def test_p12_3_p12_4_p12_5_l3_1_l3_2_l3_3_safeguards_state_the_back_offices_protections(settings):
    text = section_text("safeguards")
    # Least privilege, by role; the roles without personal data named as such (P12.3).
    assert "직원 계정은 한 사람에 하나만 발급" in text
    assert "역할(개인정보 보호책임자(CPO), 개인정보 취급자(권리 행사 처리), 고객상담(CS) 담당자, " \
           "고객상담(CS) 책임자, 마케팅 담당자)별로" in text
    assert "극장 운영 관리자, 개발·운영자에게는 개인정보 접근권한을 부여하지 않습니다" in text
    # Two-factor authentication and the idle time-out (L3.2), from the settings.
    assert "2단계 인증" in text and "30분 동안 사용하지 않으면 접속을 자동으로 끊습니다" in text
    # Masked by default; unmasking with a reason, for a while, logged (P12.3).
    assert "일부를 가려(마스킹) 표시" in text and "열람 사유와 문의·요청 번호를 기록한 경우에만" in text
    assert "10분 동안 볼 수 있습니다" in text
    # The hash-chained access log, its retention and the monthly review (L3.3).
    assert "해시 체인으로 연결하여 2년간 보관하며, 매월 점검하여 개인정보 보호책임자가 확인합니다" in text
    # Access-rights history (L3.1, P12.5) and pledges and training (P12.4).
    assert "접근권한 부여·변경·회수(업무 인수인계 포함)" in text and "3년간 보관합니다" in text
    assert "보안 서약서에 서명해야(매년 갱신)" in text and "교육 이수" in text
    # Uploads are scanned (P12.2).
    assert "악성코드 검사" in text
    settings.MARQUEE_STAFF_IDLE_MINUTES, settings.MARQUEE_REVEAL_MINUTES = 15, 5
    text = section_text("safeguards")
    assert "15분 동안 사용하지 않으면" in text and "5분 동안 볼 수 있습니다" in text


def test_p12_1_safeguards_are_stated_only_when_in_force(settings):
    text = section_text("safeguards")
    assert "AES-256-GCM" in text and "Argon2" in text
    assert "로그인에 5회 연속 실패하면 30분 동안 계정을 잠급니다." in text
    assert "TLS" not in text  # development settings: no TLS-only cookies, no HSTS
    settings.SECURE_SSL_REDIRECT = settings.SESSION_COOKIE_SECURE = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.MARQUEE_LOGIN_MAX_FAILURES = 3
    text = section_text("safeguards")
    assert "TLS(HTTPS)" in text and "로그인에 3회 연속 실패하면" in text
    assert "72시간 이내" in text  # the breach duty, as the law now states it (L6.1)


def test_p8_5_l7_1_rights_section_states_deadlines_guardians_holds_and_notices():
    text = section_text("rights")
    assert "개인정보 정정 요구 | 개인정보 보호법 제36조 | 요구를 받은 날부터 10일 이내" in text
    assert "법정대리인" in text and "확인 링크(3일 유효)" in text
    assert "처리를 마칠 때까지 해당 개인정보를 마케팅, 제3자 제공" in text  # P8.3
    assert "정정된 내용을 제공받은 자에게 지체 없이 알려" in text  # P8.4


def test_p15_1_the_changes_section_states_the_notice_periods_the_system_enforces():
    text = section_text("changes")
    assert "최소 7일 전" in text and "최소 30일 전" in text


@pytest.mark.django_db
def test_l7_1_the_page_renders_the_draft_before_anything_is_published(client):
    page = client.get(reverse("policy:policy"))
    body = page.content.decode()
    assert page.status_code == 200
    assert "<h1 id=\"policy-title\">개인정보 처리방침</h1>" in body
    assert "아직 게시된 버전이 없어" in body
    assert client.get(reverse("policy:print")).status_code == 200


@pytest.mark.django_db
def test_l7_1_every_page_links_to_the_policy_in_its_footer(client):
    body = client.get(reverse("home")).content.decode()
    assert f'href="{reverse("policy:policy")}"><strong>개인정보 처리방침</strong>' in body


def test_l7_1_policy_command_previews_the_draft(capsys):
    call_command("policy", "preview")
    assert capsys.readouterr().out.startswith("개인정보 처리방침\n머리말\n")


def test_p6_1_l7_1_declarations_the_policy_cannot_show_fail_the_check(monkeypatch):
    from marquee.privacy.declarations import ProvisionRule

    assert policy_checks.check_policy_declarations() == []
    monkeypatch.setitem(inventory.provisions, "ghost", ProvisionRule(
        "ghost", "유령회사", "홍보", ("name", "shoe_size"), "1년", "no_such_consent"))
    monkeypatch.setitem(inventory.statements, "lost", Statement("lost", "faq", "..."))
    ids = [e.id for e in policy_checks.check_policy_declarations()]
    assert ids == ["privacy.E031", "privacy.E031", "privacy.E032"]
