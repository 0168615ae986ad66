"""The automatic-collection record (P1.2) written in batches through a per-process spool
(issue 17): sealed before it touches the disk, in the database once a batch is full, and
never lost, nor inserted twice, when the process writing it is killed."""

from __future__ import annotations

import os
import signal
import time

import pytest

from marquee.members import access_spool
from marquee.members.models import AccessRecord

pytestmark = pytest.mark.django_db

MYPAGE = "/members/mypage/"


@pytest.fixture
def spool_dir(settings, tmp_path, monkeypatch):
    settings.MARQUEE_ACCESS_BATCH = 3
    settings.MARQUEE_ACCESS_FLUSH_SECONDS = 0  # no flusher thread in tests
    settings.MARQUEE_ACCESS_SPOOL_DIR = tmp_path
    monkeypatch.setattr(access_spool, "_spool", None)
    yield tmp_path
    spool = access_spool._spool
    if spool is not None and spool.fd is not None and spool.pid == os.getpid():
        die(spool)


def die(spool) -> None:
    """What the kernel does to a dead process's spool: the file closes, its lock goes."""
    os.close(spool.fd)
    spool.fd = None


def spooled_lines(directory) -> list[bytes]:
    return [line for path in directory.glob("*.jsonl") for line in path.read_bytes().splitlines()]


def access(member, ip: str) -> AccessRecord:
    return AccessRecord(member=member, ip=ip, path="/booking/", method="GET", os="Android 14",
                        browser="Chrome Mobile 124", device="", carrier="SKT")


def test_p1_2_requests_are_recorded_in_one_batch_sealed_on_disk_meanwhile(client, member,
                                                                          spool_dir):
    client.force_login(member)
    for i in range(2):
        assert client.get(MYPAGE, REMOTE_ADDR=f"203.0.113.{i}").status_code == 200
    assert AccessRecord.objects.count() == 0  # waiting in the spool
    lines = spooled_lines(spool_dir)
    assert len(lines) == 2
    assert not any(b"203.0.113" in line or b"Android" in line or b"SKT" in line
                   for line in lines)  # sealed before it reached the disk
    client.get(MYPAGE, REMOTE_ADDR="203.0.113.2")  # the third fills the batch
    assert sorted(r.ip for r in AccessRecord.objects.filter(member=member)) == [
        "203.0.113.0", "203.0.113.1", "203.0.113.2"]
    assert spooled_lines(spool_dir) == []
    raw = AccessRecord.objects.values_list("ip", flat=True).first()
    assert raw.startswith("v1.")  # stored as the vault stores it


def test_p1_2_records_wait_in_the_spool_while_the_database_fails(member, spool_dir,
                                                                  monkeypatch):
    spool = access_spool.spool()
    real_insert = access_spool.insert

    def down(records):
        raise access_spool.IntegrityError("database unavailable")

    monkeypatch.setattr(access_spool, "insert", down)
    for i in range(3):
        spool.write(access(member, f"192.0.2.{i}"))  # the third flush fails quietly
    assert len(spool.pending) == 3 and len(spooled_lines(spool_dir)) == 3
    monkeypatch.setattr(access_spool, "insert", real_insert)
    assert spool.flush() == 3
    assert AccessRecord.objects.count() == 3 and spooled_lines(spool_dir) == []


def _child(member, spool_dir, count: int, report_fd: int, hang_in_insert: bool) -> None:
    """In a forked process: spool ``count`` records, report, then wait to be killed,
    either with the batch still open or stuck inside its INSERT."""
    try:
        spool = access_spool.Spool(spool_dir, batch=count if hang_in_insert else count + 100,
                                   seconds=0, fsync=False)

        def stuck(records):
            os.write(report_fd, b"inserting\n")
            time.sleep(60)

        access_spool.insert = stuck
        for i in range(count):
            spool.write(access(member, f"198.51.100.{i}"))
        os.write(report_fd, b"spooled\n")
        time.sleep(60)
    finally:
        os._exit(1)


@pytest.mark.parametrize("moment", ["batch open", "inside the INSERT"])
def test_p1_2_a_killed_process_loses_no_access_record(member, spool_dir, moment):
    """SIGKILL mid-batch (the records only in the spool, or their INSERT half-way):
    recovery finds every record, readable, once."""
    member.data_key.material()  # the key is unwrapped before the fork: the child needs no DB
    count = 7
    read_fd, report_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        _child(member, spool_dir, count, report_fd, hang_in_insert=moment != "batch open")
    os.close(report_fd)
    with os.fdopen(read_fd, "rb") as reports:
        assert reports.readline() == (b"spooled\n" if moment == "batch open" else b"inserting\n")
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    assert AccessRecord.objects.count() == 0
    assert access_spool.recover(spool_dir) == count
    assert sorted(r.ip for r in AccessRecord.objects.filter(member=member)) == sorted(
        f"198.51.100.{i}" for i in range(count))
    assert list(spool_dir.glob("*.jsonl")) == []  # recovered files are removed
    assert access_spool.recover(spool_dir) == 0


def test_p1_2_a_batch_inserted_just_before_a_crash_is_not_inserted_twice(member, spool_dir):
    spool = access_spool.Spool(spool_dir, batch=10, seconds=0, fsync=False)
    for i in range(4):
        spool.write(access(member, f"192.0.2.{i}"))
    access_spool.insert(list(spool.pending))  # committed, and then the process died
    die(spool)  # before emptying its spool: the lock is free, the lines remain
    assert access_spool.recover(spool_dir) == 4
    assert AccessRecord.objects.count() == 4


def test_p1_2_a_live_process_spool_is_left_to_its_owner(member, spool_dir):
    spool = access_spool.Spool(spool_dir, batch=10, seconds=0, fsync=False)
    spool.write(access(member, "192.0.2.9"))
    assert access_spool.recover(spool_dir) == 0  # locked: its process is alive
    assert len(spooled_lines(spool_dir)) == 1
    die(spool)


def test_p1_2_records_of_a_member_deleted_meanwhile_are_dropped(member, spool_dir):
    import datetime

    from tests.conftest import make_identity, sign_up

    other = sign_up(make_identity(name="김철수", birthdate=datetime.date(1985, 1, 2),
                                  mobile="010-2222-3333"),
                    login_id="other77", email="other@example.com")
    spool = access_spool.Spool(spool_dir, batch=10, seconds=0, fsync=False)
    spool.write(access(member, "192.0.2.1"))
    spool.write(access(other, "192.0.2.2"))
    AccessRecord.objects.filter(member=other).delete()
    other.delete()  # what a withdrawal does (the member row goes, and their records)
    assert spool.flush() == 2
    assert [r.member_id for r in AccessRecord.objects.all()] == [member.pk]
    die(spool)
