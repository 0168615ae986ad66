"""P11.2: ``manage.py mask_pii`` masks files with the publication masker and reports
counts per entity type (never the values)."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

# 정우성 with an honorific: a name the allow-file alone keeps (with "배우" after it, film talk
# would keep it anyway: publicfigures.py).
POST = "홍길동님 연락처 010-1234-5678\r\n정우성님 최고! 메일 hong@test.com\n"


@pytest.fixture
def post_file(tmp_path):
    path = tmp_path / "post.txt"
    path.write_bytes(POST.encode("utf-8"))
    return path


def test_p11_2_mask_pii_command_writes_masked_copies_and_counts(post_file, tmp_path):
    out = io.StringIO()
    call_command("mask_pii", str(post_file), "--output", str(tmp_path / "out"), stdout=out)
    masked = (tmp_path / "out" / "post.txt").read_bytes().decode("utf-8")
    assert masked == "홍*동님 연락처 010-****-5678\r\n정*성님 최고! 메일 h***@test.com\n"
    assert post_file.read_bytes().decode("utf-8") == POST  # original untouched
    report = out.getvalue()
    assert "PHONE=1" in report and "EMAIL=1" in report and "PERSON=2" in report
    assert "5678" not in report and "홍길동" not in report


def test_p11_2_mask_pii_command_in_place_with_allow_file(post_file, tmp_path):
    allow = tmp_path / "allow.txt"
    allow.write_text("# catalogue\n정우성\n", encoding="utf-8")
    out = io.StringIO()
    call_command("mask_pii", str(post_file), "--in-place", "--allow-file", str(allow), stdout=out)
    assert post_file.read_bytes().decode("utf-8") == (
        "홍*동님 연락처 010-****-5678\r\n정우성님 최고! 메일 h***@test.com\n")
    assert "3 masked (PHONE=1, EMAIL=1, PERSON=1)" in out.getvalue()


def test_p11_2_mask_pii_command_prints_to_stdout_by_default(post_file, capsys):
    err = io.StringIO()
    call_command("mask_pii", str(post_file), stderr=err)
    assert "010-****-5678" in capsys.readouterr().out
    assert "PHONE=1" in err.getvalue()


def test_p11_2_mask_pii_command_rejects_missing_files(tmp_path):
    with pytest.raises(CommandError):
        call_command("mask_pii", str(tmp_path / "nope.txt"))
