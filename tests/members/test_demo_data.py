"""Demo data is real data: encrypted at rest like any member's (P12.1, P1.6)."""

import re

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connections

from marquee.members import demo
from marquee.members.models import Member


def raw_dump(alias: str) -> str:
    """Every text value of every table, straight from the database."""
    connection = connections[alias]
    chunks = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT * FROM "{table}"')
            for row in cursor.fetchall():
                chunks.extend(str(v) for v in row if v is not None)
    return "\n".join(chunks)


def variants(person: demo.DemoPerson) -> list[str]:
    digits = re.sub(r"\D", "", person.mobile)
    values = [person.name, person.email, person.mobile, digits, digits[3:], person.login_id]
    if person.guardian:
        g_digits = re.sub(r"\D", "", person.guardian[1])
        values += [person.guardian[0], person.guardian[1], g_digits]
    values += [v for v in (person.pen_name, person.landline) if v]
    return values


@pytest.mark.django_db(databases=["default", "archive"])
def test_p12_1_no_demo_personal_value_is_in_any_raw_table():
    call_command("load_demo")
    assert Member.objects.count() >= len(demo.PEOPLE)
    dump = raw_dump("default") + raw_dump("archive")
    leaks = [value for person in demo.PEOPLE for value in variants(person) if value in dump]
    assert leaks == []
    # The values are really there, sealed: the application reads them back.
    fan = Member.objects.find(login_id="moviefan").get()
    assert (fan.name, fan.email) == ("홍길동", "gildong.hong@example.com")


@pytest.mark.django_db
def test_demo_load_is_idempotent_and_covers_every_kind_of_member():
    call_command("load_demo")
    call_command("load_demo")
    members = Member.objects.filter(is_staff=False)  # load_demo adds one staff per role too
    assert members.count() == len(demo.PEOPLE)
    states = {m.login_id: m.status for m in members}
    assert states == {"moviefan": "active", "quietviewer": "active", "skykid": "active",
                      "springkid": "pending_guardian"}
    assert apps.get_model("members", "GuardianConsent").objects.count() == 2
