"""The signed-in member of a request, read by a query compiled once per process (issue 17).

Every signed-in request loads its member with their data key (``auth.MemberBackend.
get_user``: one joined query). Django's ORM builds that query's SQL again on every call:
for the member's and the key's forty columns, compiling the statement and its column
converters costs several times the CPU of running it (on the loaded rush bench machine
the ORM's ``get`` took 1.5 ms, running its SQL 0.3 ms; a seat-map revalidation, 304,
takes 5 ms in all). The statement never changes, only the
member's ID does, so this module compiles it once per thread and database (the ORM's own
compiler, not hand-written SQL) and then runs it with each ID, building the member and
the data key exactly as the ORM's iterator does (``from_db``, the fields' converters, the
``select_related`` populator). Whatever the ORM would do differently (another database,
a query whose parameters are not just the ID) falls back to the ORM.
"""

from __future__ import annotations

import threading

from django.db import connections, router
from django.db.models.query import get_related_populators

from .models import Member

_local = threading.local()
_PROBE = 1  # any ID: compiled with it, the statement's only parameter must be this value


class _Compiled:
    """The compiled ``Member … select_related("data_key") … pk = %s`` of one database."""

    def __init__(self, alias: str):
        queryset = Member._default_manager.using(alias).select_related("data_key") \
            .filter(pk=_PROBE).order_by()
        queryset.query.set_limits(high=2)
        self.compiler = queryset.query.get_compiler(using=alias)
        self.sql, params = self.compiler.as_sql()
        self.usable = list(params) == [_PROBE]
        select, klass_info = self.compiler.select, self.compiler.klass_info
        fields = klass_info["select_fields"]
        self.start, self.end = fields[0], fields[-1] + 1
        self.init_list = [column[0].target.attname for column in select[self.start:self.end]]
        self.populators = get_related_populators(klass_info, select, alias)
        self.converters = self.compiler.get_converters(
            [column[0] for column in select[:self.compiler.col_count]])

    def load(self, alias: str, member_id: int) -> Member | None:
        with connections[alias].cursor() as cursor:
            cursor.execute(self.sql, [member_id])
            rows = cursor.fetchall()
        if len(rows) != 1:
            return None
        if self.converters:
            rows = self.compiler.apply_converters(rows, self.converters)
        row = next(iter(rows))
        member = Member.from_db(alias, self.init_list, row[self.start:self.end])
        for populator in self.populators:
            populator.populate(row, member)
        return member


def member_with_key(member_id) -> Member | None:
    """The member with this ID and their data key (None if there is none), as
    ``Member.objects.select_related("data_key").get(pk=member_id)`` would give it."""
    alias = router.db_for_read(Member)
    compiled = getattr(_local, "compiled", None)
    if compiled is None:
        compiled = _local.compiled = {}
    if alias not in compiled:
        compiled[alias] = _Compiled(alias)
    if not compiled[alias].usable:
        return Member._default_manager.select_related("data_key").filter(pk=member_id).first()
    return compiled[alias].load(alias, Member._meta.pk.get_prep_value(member_id))
