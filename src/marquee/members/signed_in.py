"""The signed-in member of a request, read by a query compiled once per process (issue 17).

Every signed-in request loads its member with their data key (``auth.MemberBackend.
get_user``: one joined query). Django's ORM builds that query's SQL again on every call:
for the member's and the key's forty columns, compiling the statement and its column
converters costs several times the CPU of running it (on the loaded rush bench machine
the ORM's ``get`` took 1.5 ms, running its SQL 0.3 ms; a seat-map revalidation, 304,
takes 5 ms in all). The statement never changes, only the
member's ID does, so it is compiled once per thread and database (``marquee.compiled``:
the ORM's own compiler, not hand-written SQL) and then run with each ID, building the
member and the data key exactly as the ORM's iterator does. Whatever the ORM would do
differently falls back to the ORM.
"""

from __future__ import annotations

from django.db import router

from marquee.compiled import Compiled

from .models import Member

_MEMBER = Compiled(lambda pk: Member._default_manager.select_related("data_key").filter(pk=pk),
                   -7_000_001)  # no member has a negative ID


def member_with_key(member_id) -> Member | None:
    """The member with this ID and their data key (None if there is none), as
    ``Member.objects.select_related("data_key").get(pk=member_id)`` would give it."""
    return _MEMBER.get(Member._meta.pk.get_prep_value(member_id),
                       using=router.db_for_read(Member))


_local = _MEMBER.local  # this thread's compiled statements, by database (tests, warm-up)
