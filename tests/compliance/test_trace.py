"""The requirement traceability report (reads pytest's JUnit XML)."""

from __future__ import annotations

import textwrap

import pytest
from django.core.management import CommandError, call_command

from marquee.compliance.policy import trace

REQUIREMENTS = textwrap.dedent("""\
    # Requirements
    ## P1 Collected items (§1)
    - P1.1 Signup collects the required items.
    - P1.6 Nothing personal is stored unless declared.
    ## P3 Retention (§3) — each a rule in the inventory
    | item | period |
    |---|---|
    | login ID | 3 months |
    - P3.1 Everything else is destroyed.
    ## P10 Links (§10) — an outbound link shows a notice.
    ## P14 Privacy officer (§14) — name and contacts are settings.
    ## Current law beyond the policy (L)
    - L5.1 Requests are answered within 10 days.
    ## Booking (B)
    - B2 Seat holds expire.
    - B4 Payment through the gateway protocol.
    """)

JUNIT = textwrap.dedent("""\
    <?xml version="1.0" encoding="utf-8"?>
    <testsuites><testsuite name="pytest" tests="5">
      <testcase classname="tests.a.test_x" name="test_p1_1_signup_collects" time="0.1"/>
      <testcase classname="tests.a.test_x" name="test_p3_login_id_blocked_90_days" time="0.1">
        <failure message="boom">assert False</failure></testcase>
      <testcase classname="tests.a.test_x" name="test_b2_b4_race[sqlite]" time="0.1"/>
      <testcase classname="tests.a.test_x" name="test_b2_b4_race[pg]" time="0.1">
        <skipped message="no pg"/></testcase>
      <testcase classname="tests.a.test_x.TestLinks" name="test_p10_notice" time="0.1">
        <skipped message="no browser"/></testcase>
    </testsuite></testsuites>
    """)

TEST_SOURCE = textwrap.dedent("""\
    def test_p1_1_signup_collects(): pass
    def test_p3_login_id_blocked_90_days(): pass
    def test_b2_b4_race(): pass
    def test_l5_1_not_run_yet(): pass
    def test_p8_mypage(): pass
    def helper(): pass
    class TestLinks:
        def test_p10_notice(self): pass
    """)


def test_requirement_ids_are_read_from_bullets_and_from_headings_that_state_one():
    ids = [r.id for r in trace.parse_requirements(REQUIREMENTS)]
    assert ids == ["P1.1", "P1.6", "P3", "P3.1", "P10", "P14", "L5.1", "B2", "B4"]


def test_test_names_cite_requirement_ids():
    known = {"P1.6", "P3", "P3.1", "P8.3", "B2", "B4", "L5.1"}
    assert trace.cited_ids("test_p1_6_manage_py_check_passes", known) == ["P1.6"]
    assert trace.cited_ids("test_p3_login_id_blocked_90_days", known) == ["P3"]
    assert trace.cited_ids("test_p3_1_everything_else", known) == ["P3.1"]
    assert trace.cited_ids("test_b2_b4_light_race[sqlite]", known) == ["B2", "B4"]
    assert trace.cited_ids("test_withdrawal_l5_1_and_p8_3", known) == ["L5.1", "P8.3"]
    assert trace.cited_ids("test_signup_with_a_taken_login_id", known) == []


@pytest.fixture
def project(tmp_path):
    (tmp_path / "requirements.md").write_text(REQUIREMENTS, encoding="utf-8")
    (tmp_path / "junit.xml").write_text(JUNIT, encoding="utf-8")
    tests = tmp_path / "tests" / "a"
    tests.mkdir(parents=True)
    (tests / "test_x.py").write_text(TEST_SOURCE, encoding="utf-8")
    return tmp_path


def test_the_report_gives_each_requirement_its_tests_and_status(project):
    report = trace.build(REQUIREMENTS, [project / "junit.xml"], project / "tests", project)
    status = {r.id: report.status(r) for r in report.requirements}
    assert status == {"P1.1": "pass", "P1.6": "none", "P3": "fail", "P3.1": "none",
                      "P10": "none", "P14": "none", "L5.1": "none", "B2": "pass", "B4": "pass"}
    by_id = {r.id: r for r in report.requirements}
    assert by_id["L5.1"].tests == ["tests.a.test_x::test_l5_1_not_run_yet"]
    assert report.statuses["tests.a.test_x::test_l5_1_not_run_yet"] == "none"
    assert report.statuses["tests.a.test_x::TestLinks::test_p10_notice"] == "skip"
    assert report.unknown == {"P8": ["tests.a.test_x::test_p8_mypage"]}
    assert report.counts() == {"pass": 3, "fail": 1, "none": 5, "cited": 6, "total": 9}


def test_the_command_prints_every_id_and_a_summary(project, capsys):
    call_command("trace_requirements", "--junit", str(project / "junit.xml"),
                 "--requirements", str(project / "requirements.md"),
                 "--tests", str(project / "tests"))
    out = capsys.readouterr().out
    assert "P3      FAIL  Retention (§3)" in out
    assert "          fail  tests.a.test_x::test_p3_login_id_blocked_90_days" in out
    assert "P14     NONE" in out
    assert "Requirements covered by a passing test: 3/9 (33%); failing: 1;" in out
    assert "P8: tests.a.test_x::test_p8_mypage" in out
    with pytest.raises(CommandError, match="failing tests"):
        call_command("trace_requirements", "--junit", str(project / "junit.xml"),
                     "--requirements", str(project / "requirements.md"),
                     "--tests", str(project / "tests"), "--strict", "--summary")


def test_the_command_needs_the_junit_file(project):
    with pytest.raises(CommandError, match="--junit FILE"):
        call_command("trace_requirements", "--requirements", str(project / "requirements.md"))
    with pytest.raises(CommandError, match="not found"):
        call_command("trace_requirements", "--junit", str(project / "missing.xml"),
                     "--requirements", str(project / "requirements.md"))


def test_the_copy_of_the_requirements_in_docs_is_the_shared_document():
    """CI may clone the project away from ../shared; the report then reads docs/'s copy,
    which must not drift from the shared document wherever both are present."""
    from django.conf import settings

    from marquee.compliance.policy.management.commands.trace_requirements import (
        SHARED_REQUIREMENTS,
    )

    copy = settings.BASE_DIR / "docs" / "requirements.md"
    assert copy.exists()
    if SHARED_REQUIREMENTS.exists():
        assert copy.read_text() == SHARED_REQUIREMENTS.read_text(), \
            "refresh docs/requirements.md from ../shared/docs/requirements.md"
