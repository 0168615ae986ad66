"""Policy versions and notices (P15): snapshot, diff, lead time read from the diff,
a notice on the board, the effective date and every past version on the page."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from marquee.compliance.policy import published
from marquee.compliance.policy import services as policy
from marquee.compliance.policy.diff import diff
from marquee.compliance.policy.models import PolicyVersion
from marquee.compliance.policy.sections import render
from marquee.notices.models import Notice
from marquee.privacy.inventory import Category, Channel, Item, inventory, months
from tests.compliance.conftest import days_ago, local_day
from tests.conftest import create_staff, otp_session

pytestmark = pytest.mark.django_db
LEGACY = Path(policy.__file__).parent / "legacy" / "2024-03-07.ko.txt"


@pytest.fixture
def new_item(monkeypatch):
    """A newly collected item: a material change (P15.1)."""
    purposes = inventory.items["email"].purposes
    item = Item("prize_address", "경품 배송지 주소", Category.EVENT, Channel.EVENT,
                ("events.Delivery.prize_address",), purposes, ("until_withdrawal",))
    monkeypatch.setitem(inventory.items, item.key, item)
    return item


@pytest.fixture
def longer_logs(monkeypatch):
    """A retention change: not material, 7 days' notice."""
    rule = inventory.rules["access_logs"]
    monkeypatch.setitem(inventory.rules, "access_logs",
                        dataclasses.replace(rule, period=months(6)))


def test_p15_1_the_first_version_may_take_effect_at_once_and_is_announced():
    version = policy.publish(local_day(), by="cpo")
    assert (version.number, version.lead_days, version.material) == (1, 0, False)
    assert version.as_document() == render()  # the snapshot is the rendered policy
    notice = Notice.objects.get(pk=version.notice_id)
    assert notice.kind == Notice.Kind.POLICY and notice.source == "policy:1"
    assert version.notice_url == reverse("notices:detail", args=[notice.pk])


def test_p15_1_an_added_collected_item_with_a_7_day_lead_time_is_refused(first_version,
                                                                         new_item):
    with pytest.raises(policy.PublishRefused) as refused:
        policy.publish(local_day(7), by="cpo")
    message = str(refused.value)
    assert "최소 30일 전에 공지" in message and "1. 처리하는 개인정보 항목" in message
    assert f"{local_day(30).year}년 {local_day(30).month}월 {local_day(30).day}일 이후" in message
    assert PolicyVersion.objects.count() == 1 and Notice.objects.count() == 1  # nothing left
    version = policy.publish(local_day(30), by="cpo")
    assert (version.material, version.lead_days) == (True, 30)
    assert "items" in version.changed_sections


def test_p15_1_a_retention_change_needs_7_days_not_30(first_version, longer_logs):
    with pytest.raises(policy.PublishRefused, match="최소 7일 전에 공지"):
        policy.publish(local_day(6), by="cpo")
    version = policy.publish(local_day(7), by="cpo")
    assert (version.material, version.lead_days) == (False, 7)
    assert version.changed_sections == ["retention", "destruction", "cookies"]


def test_p15_1_a_new_provision_is_a_material_change(first_version, partner):
    _, _, changes = policy.pending_changes()
    assert changes.material and {"items", "provision"} <= {s.key for s in changes.changed}
    with pytest.raises(policy.PublishRefused):
        policy.publish(local_day(29), by="cpo")


def test_p15_1_nothing_changed_nothing_to_publish(first_version):
    with pytest.raises(policy.PublishRefused, match="달라진 내용이 없어"):
        policy.publish(local_day(60), by="cpo")


def test_p15_1_a_version_takes_effect_after_the_one_before_it(first_version, longer_logs,
                                                              monkeypatch):
    assert policy.publish(local_day(10), by="cpo").number == 2
    monkeypatch.setitem(inventory.rules, "access_logs", dataclasses.replace(
        inventory.rules["access_logs"], period=months(9)))
    with pytest.raises(policy.PublishRefused, match="이전 버전\\(제2판\\)의 시행일"):
        policy.publish(local_day(8), by="cpo")


def test_p15_1_the_diff_shows_which_words_changed(first_version, longer_logs):
    changes = diff(first_version.as_document(), render())
    retention = changes.changed[0]
    assert (retention.key, retention.status, retention.material) == ("retention", "changed", False)
    replaced = [line for line in retention.lines if line.op == "replace"]
    assert len(replaced) == 1
    [line] = replaced
    assert [s.text for s in line.old_segments if s.op == "delete"] == ["3개월"]
    assert [s.text for s in line.new_segments if s.op == "insert"] == ["6개월"]
    assert any(line.op == "skip" for line in retention.lines)  # long unchanged runs fold


def test_p15_1_publishing_puts_a_notice_on_the_board(client, first_version, new_item):
    version = policy.publish(local_day(31), by="cpo")
    listing = client.get(reverse("notices:list")).content.decode()
    assert "개인정보 처리방침 변경 안내" in listing
    notice = client.get(version.notice_url).content.decode()
    assert "1. 처리하는 개인정보 항목 및 수집 방법 (중요 변경)" in notice
    assert f'href="{version.get_absolute_url()}#changes"' in notice


def test_l7_2_the_operators_policy_is_history_and_the_first_generated_version_replaces_it():
    legacy = policy.import_legacy(LEGACY.read_text(encoding="utf-8"),
                                  local_day(-900), by="cpo")
    assert (legacy.number, legacy.title, legacy.imported) == (0, "개인정보취급방침", True)
    assert legacy.edition == "종전 처리방침"
    document = legacy.as_document()
    assert [s.number for s in document.sections] == list(range(1, 16))
    assert document.section("officer").title == "개인정보 관리책임자"
    assert "이경수 대표" in "\n".join(document.section("officer").lines())
    _, _, changes = policy.pending_changes()
    assert changes.material and changes.old_title == "개인정보취급방침"  # diffed against it
    # Nothing to give notice to: the system's first version applies at once (L7.2).
    first = policy.publish(local_day(), by="cpo")
    assert (first.number, first.lead_days) == (1, 0)
    assert policy.in_force() == first
    with pytest.raises(policy.PublishRefused, match="이미 종전 처리방침"):
        policy.import_legacy(LEGACY.read_text(encoding="utf-8"), local_day(-900), by="cpo")


def test_l7_2_a_legacy_text_cannot_be_dated_into_force_after_the_systems_version():
    policy.publish(local_day(-10), by="cpo", now=days_ago(10))
    with pytest.raises(policy.PublishRefused, match="앞서야"):
        policy.import_legacy(LEGACY.read_text(encoding="utf-8"), local_day(-1), by="cpo")
    with pytest.raises(policy.PublishRefused, match="이미 시행된 것만"):
        policy.import_legacy(LEGACY.read_text(encoding="utf-8"), local_day(5), by="cpo")
    assert not PolicyVersion.objects.filter(imported=True).exists()


def test_l7_2_a_version_created_from_the_shell_inside_the_notice_period_is_refused(
        first_version, new_item):
    """The model holds the rule, not only the command: material/lead_days are derived,
    whatever the caller says."""
    from marquee.compliance.policy.models import NoticeTooShort

    with pytest.raises(NoticeTooShort, match="30일"):
        PolicyVersion.objects.create(number=2, title="x", document=render().to_json(),
                                     effective_on=local_day(1), published_by="shell",
                                     material=False, lead_days=0)
    version = PolicyVersion.objects.create(number=2, title="x", document=render().to_json(),
                                           effective_on=local_day(30), published_by="shell",
                                           material=False, lead_days=0)
    assert (version.material, version.lead_days) == (True, 30)
    assert "items" in version.changed_sections


def test_l7_2_adding_a_processor_abroad_needs_30_days(first_version, monkeypatch):
    from marquee.privacy.inventory import Processor, Transfer

    abroad = Processor("cloudmail", "Example Mail Inc.", "이메일 발송", ("email",),
                       country="미국", transfer=Transfer(
                           "이메일 발송 시 네트워크(TLS)를 통해 수시 전송", "privacy@example.com",
                           "발송 후 30일", "마케팅 수신 동의를 철회하면 이전되지 않습니다"))
    monkeypatch.setitem(inventory.processors, abroad.key, abroad)
    _, draft, changes = policy.pending_changes()
    assert [s.key for s in changes.material_sections] == ["transfer"]
    assert "privacy@example.com" in "\n".join(draft.section("transfer").lines())
    with pytest.raises(policy.PublishRefused, match="30일"):
        policy.publish(local_day(7), by="cpo")
    assert policy.publish(local_day(30), by="cpo").material


def test_p15_2_the_page_shows_the_version_in_force_and_links_every_version(client,
                                                                          monkeypatch):
    def log_months(n):
        monkeypatch.setitem(inventory.rules, "access_logs", dataclasses.replace(
            inventory.rules["access_logs"], period=months(n)))

    v1 = policy.publish(local_day(-100), by="cpo", now=days_ago(100))
    log_months(4)
    v2 = policy.publish(local_day(-10), by="cpo", now=days_ago(20))
    log_months(5)
    v3 = policy.publish(local_day(8), by="cpo")
    page = client.get(reverse("policy:policy")).content.decode()
    assert f'<strong id="effective-date">{local_day(-10).year}년' in page  # v2 is in force
    assert "기록 생성일로부터 4개월" in page and "기록 생성일로부터 5개월" not in page
    assert "개정 예정: 제3판" in page
    for version in (v1, v2, v3):
        assert f'href="{version.get_absolute_url()}"' in page
    old = client.get(v1.get_absolute_url()).content.decode()
    assert "이전 버전" in old and "기록 생성일로부터 3개월" in old
    changed = client.get(v2.get_absolute_url()).content.decode()
    assert 'id="changes"' in changed and "<del>3개월</del>" in changed and "<ins>4개월</ins>" in changed
    assert client.get(reverse("policy:version_print", args=[1])).status_code == 200


def test_p15_2_an_old_version_reads_as_published_whatever_the_code_says_now(
        client, first_version, monkeypatch):
    monkeypatch.setitem(inventory.rules, "access_logs", dataclasses.replace(
        inventory.rules["access_logs"], period=months(11)))
    page = client.get(first_version.get_absolute_url()).content.decode()
    assert "기록 생성일로부터 3개월" in page and "11개월" not in page


def test_p15_1_the_policy_command_refuses_an_early_date_with_the_reason(monkeypatch, settings):
    call_command("policy", "publish", "--effective", local_day().isoformat())  # v1 at once
    purposes = inventory.items["email"].purposes
    monkeypatch.setitem(inventory.items, "prize_address", Item(
        "prize_address", "경품 배송지 주소", Category.EVENT, Channel.EVENT,
        ("events.Delivery.prize_address",), purposes, ("until_withdrawal",)))
    with pytest.raises(CommandError, match="최소 30일 전에 공지"):
        call_command("policy", "publish", "--effective", local_day(7).isoformat())
    assert [p.name for p in Path(settings.MARQUEE_POLICY_SNAPSHOTS).iterdir()] == ["v0001.json"]
    call_command("policy", "publish", "--effective", local_day(30).isoformat())
    assert len(published.snapshots()) == 2 and published.latest().effective_on == local_day(30)


def test_l7_2_a_declaration_change_fails_check_until_a_version_carries_it(monkeypatch):
    from marquee.compliance.policy.checks import check_policy_is_published

    assert [e.id for e in check_policy_is_published()] == ["privacy.E033"]  # none published
    published.write_next(local_day(), by="cpo")
    assert check_policy_is_published() == []
    monkeypatch.setitem(inventory.rules, "access_logs", dataclasses.replace(
        inventory.rules["access_logs"], period=months(6)))
    errors = check_policy_is_published()
    assert [e.id for e in errors] == ["privacy.E033"]
    assert "version 1" in errors[0].msg and "7 days' notice" in errors[0].hint
    published.write_next(local_day(7), by="cpo")  # scheduled with its notice: fine
    assert check_policy_is_published() == []


def test_l7_2_the_committed_snapshots_match_the_declarations(settings):
    """The repository's own published policy is what the code declares: CI fails on drift."""
    from marquee.compliance.policy.checks import check_policy_is_published

    settings.MARQUEE_POLICY_SNAPSHOTS = ""
    assert published.latest() is not None
    assert check_policy_is_published() == []


def test_l7_2_a_fresh_installation_publishes_the_generated_policy_at_once():
    first = published.write_next(local_day(-3), by="cpo", today=local_day(-3))
    created = published.sync()
    legacy, v1 = created
    assert (legacy.number, legacy.imported, v1.number, v1.imported) == (0, True, 1, False)
    assert policy.in_force() == v1 and v1.as_document() == first.document
    assert Notice.objects.filter(source="policy:1").exists()
    assert published.sync() == []  # idempotent


def test_l7_2_a_running_installation_announces_a_new_snapshot_on_the_day_it_syncs(monkeypatch):
    published.write_next(local_day(-40), by="cpo", today=local_day(-40))
    published.sync(now=days_ago(40))
    monkeypatch.setitem(inventory.rules, "access_logs", dataclasses.replace(
        inventory.rules["access_logs"], period=months(6)))
    published.write_next(local_day(5), by="cpo", today=local_day(-2))  # 7 days' notice then
    with pytest.raises(policy.PublishRefused, match="7일 전에 공지"):
        published.sync()  # deployed 2 days late: only 5 days' notice left
    assert not PolicyVersion.objects.filter(number=2).exists()


def test_p15_1_staff_preview_the_draft_and_its_diff(client, first_version, longer_logs):
    assert client.get(reverse("policy:draft")).status_code == 302  # members: no
    otp_session(client, create_staff("cpo"))
    page = client.get(reverse("policy:draft"))
    assert page.status_code == 200 and "<ins>6개월</ins>" in page.content.decode()
