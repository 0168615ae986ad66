"""The signed-in member read by a statement compiled once per process (issue 17, P1.2):
the same member and data key as the ORM's query, in one query, for every request."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from marquee.members import signed_in
from marquee.members.auth import MemberBackend
from marquee.members.models import Member


def orm(member_id) -> Member:
    return Member._default_manager.select_related("data_key").get(pk=member_id)


def same(left, right) -> bool:
    return all(getattr(left, field.attname) == getattr(right, field.attname)
               for field in type(left)._meta.concrete_fields)


@pytest.mark.django_db
def test_p1_2_the_compiled_load_gives_the_orms_member_and_data_key(member):
    expected = orm(member.pk)
    loaded = signed_in.member_with_key(member.pk)
    assert same(loaded, expected) and same(loaded.data_key, expected.data_key)
    assert (loaded.name, loaded.mobile, loaded.pen_name) == (member.name, member.mobile, "영화광")
    assert loaded._state.db == expected._state.db and not loaded._state.adding
    # The session stores the ID as text: the same member either way.
    assert same(signed_in.member_with_key(str(member.pk)), expected)


@pytest.mark.django_db
def test_p1_2_one_query_loads_member_and_key(member, django_assert_num_queries):
    signed_in.member_with_key(member.pk)  # compiled here, once
    with django_assert_num_queries(1) as captured:
        loaded = signed_in.member_with_key(member.pk)
        assert loaded.data_key.pk == member.data_key_id  # no second query for the key
    assert captured.captured_queries[0]["sql"].startswith('SELECT "members_member"."id", ')


@pytest.mark.django_db
def test_an_unknown_member_is_none_and_the_backend_signs_nobody_in(member):
    assert signed_in.member_with_key(member.pk + 1000) is None
    assert MemberBackend().get_user(member.pk + 1000) is None
    assert MemberBackend().get_user(member.pk).pk == member.pk
    Member.objects.filter(pk=member.pk).update(is_active=False)
    assert MemberBackend().get_user(member.pk) is None  # read anew, not from a cache


@pytest.mark.django_db
def test_changes_are_seen_by_the_next_load(member):
    """Only the statement is kept, never a member: every load reads the row anew."""
    signed_in.member_with_key(member.pk)
    Member.objects.filter(pk=member.pk).update(status=Member.Status.WITHDRAWN)
    assert signed_in.member_with_key(member.pk).status == Member.Status.WITHDRAWN


@pytest.mark.django_db(transaction=True)
def test_each_thread_compiles_for_its_own_connection(member):
    """A statement compiled in one thread is never run on another thread's connection."""
    seen = {}

    def load():
        try:
            seen["member"] = signed_in.member_with_key(member.pk)
            seen["compiled"] = signed_in._local.compiled
        finally:
            connection.close()

    signed_in.member_with_key(member.pk)
    thread = threading.Thread(target=load)
    thread.start()
    thread.join(30)
    assert same(seen["member"], orm(member.pk))
    assert seen["compiled"] is not signed_in._local.compiled
