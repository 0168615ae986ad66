"""ORM queries compiled once per thread and database, then run with new values, and
INSERTs whose text is built once (issue 17).

Django builds a query's SQL again on every call: for a query over five joined tables,
compiling the statement and its column converters costs several times the CPU of
running it. The hot path's reads never change shape, only their values do, so a
``Compiled`` query is the ORM's own compiler run once with probe values, whose SQL is
then executed with the real ones, and whose rows become model instances exactly as the
ORM's iterator builds them (``from_db``, the fields' converters, the ``select_related``
populator). No hand-written SQL: the statement is the ORM's.

A probe must reach the statement unchanged (an int or a str: no adaptation) and each
must appear in it; any other parameter is a constant of the query and stays as
compiled. Whatever the compiled form cannot reproduce (a probe that did not show up,
annotations, another database) falls back to the ORM.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from django.db import connections, router
from django.db.models import QuerySet, signals
from django.db.models.query import get_related_populators


class _Plan:
    """One queryset's statement and row builders on one database."""

    def __init__(self, queryset: QuerySet, probes: tuple, limit: int):
        queryset = queryset.order_by()
        queryset.query.set_limits(high=limit)
        self.alias = queryset.db
        self.compiler = queryset.query.get_compiler(using=self.alias)
        self.sql, params = self.compiler.as_sql()
        params = list(params)
        self.slots = [probes.index(p) if _is_probe(p, probes) else None for p in params]
        self.constants = params
        self.usable = (all(p in self.slots for p in range(len(probes)))
                       and not self.compiler.annotation_col_map)
        select, klass_info = self.compiler.select, self.compiler.klass_info
        fields = klass_info["select_fields"]
        self.model = klass_info["model"]
        self.start, self.end = fields[0], fields[-1] + 1
        self.init_list = [column[0].target.attname for column in select[self.start:self.end]]
        self.populators = get_related_populators(klass_info, select, self.alias)
        self.converters = self.compiler.get_converters(
            [column[0] for column in select[:self.compiler.col_count]])

    def run(self, values: tuple) -> list:
        params = [self.constants[n] if slot is None else values[slot]
                  for n, slot in enumerate(self.slots)]
        with connections[self.alias].cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        if self.converters:
            rows = list(self.compiler.apply_converters(rows, self.converters))
        found = []
        for row in rows:
            obj = self.model.from_db(self.alias, self.init_list, row[self.start:self.end])
            for populator in self.populators:
                populator.populate(row, obj)
            found.append(obj)
        return found


def _is_probe(param, probes: tuple) -> bool:
    return type(param) in (int, str) and any(type(p) is type(param) and p == param
                                             for p in probes)


class Compiled:
    """``Compiled(lambda a, b: Model.objects.select_related(...).filter(x=a, y=b),
    -7001, "\\x00probe")``: ``.get(a, b)`` is the one row the queryset finds with those
    values (None if none; at most ``limit`` are read, so a non-unique filter is refused),
    as the ORM builds it. Each probe must be a value no real call passes."""

    def __init__(self, build: Callable[..., QuerySet], *probes, limit: int = 2):
        self.build, self.probes, self.limit = build, probes, limit
        self.local = threading.local()

    def _plan(self, alias: str | None) -> _Plan:
        plans = getattr(self.local, "compiled", None)
        if plans is None:
            plans = self.local.compiled = {}
        if alias not in plans:
            queryset = self.build(*self.probes)
            plans[alias] = _Plan(queryset if alias is None else queryset.using(alias),
                                 self.probes, self.limit)
        return plans[alias]

    def all(self, *values, using: str | None = None) -> list:
        plan = self._plan(using)
        if not plan.usable:
            queryset = self.build(*values)
            return list(queryset if using is None else queryset.using(using))
        return plan.run(values)

    def get(self, *values, using: str | None = None):
        found = self.all(*values, using=using)
        if len(found) > 1:
            raise ValueError("Compiled.get: more than one row")
        return found[0] if found else None


def for_update(alias: str = "default") -> str:
    """The row-lock clause of a hand-written ``SELECT`` on this database: ``FOR UPDATE``
    where there are row locks, nothing on SQLite (which serialises writers), as the
    ORM's ``select_for_update`` does."""
    return " FOR UPDATE" if connections[alias].features.has_select_for_update else ""


# --- INSERTs -----------------------------------------------------------------------------


def insert(*objs, using: str | None = None) -> None:
    """INSERT new instances of one model as ``save()`` (one) or ``bulk_create`` (several)
    would, in one statement whose text is built once per model and database: every
    field's ``pre_save`` (defaults, sealing) and ``get_db_prep_save``, then the primary
    keys set from ``RETURNING``. The ORM's own ``save()`` runs instead for anything this
    does not reproduce: save signals, inherited tables, fields with their own
    placeholders or database-computed columns, a primary key given, a database
    without ``RETURNING``. Decided once per model and database: a save signal connected
    after a model's first INSERT here (apps connect theirs at start-up) is not seen."""
    model = type(objs[0])
    alias = using or router.db_for_write(model, instance=objs[0])
    plan = _insert_plan(model, alias)
    if plan is None or any(obj.pk is not None or type(obj) is not model for obj in objs):
        for obj in objs:
            obj.save(using=alias, force_insert=True)
        return
    fields, columns, pk = plan
    connection = connections[alias]
    params = []
    for obj in objs:
        obj._prepare_related_fields_for_save(operation_name="save")
        for field in fields:
            value = field.pre_save(obj, True)
            if hasattr(value, "resolve_expression"):
                raise TypeError(f"compiled.insert: {field.name} is an expression; use save()")
            params.append(field.get_db_prep_save(value, connection))
    row = f"({', '.join(['%s'] * len(fields))})"
    sql = f"{columns} {', '.join([row] * len(objs))} RETURNING {pk}"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        keys = [found[0] for found in cursor.fetchall()]
    if len(keys) != len(objs):
        raise RuntimeError(f"compiled.insert: {len(keys)} keys for {len(objs)} rows")
    for obj, key in zip(objs, keys, strict=True):
        setattr(obj, model._meta.pk.attname, key)
        obj._state.adding, obj._state.db = False, alias


_insert_plans: dict = {}


def _insert_plan(model, alias: str):
    """(fields, ``INSERT INTO t (…) VALUES``, quoted primary key), or None: use save()."""
    key = (model, alias)
    if key not in _insert_plans:
        _insert_plans[key] = _build_insert_plan(model, alias)
    return _insert_plans[key]


def _build_insert_plan(model, alias: str):
    meta, connection = model._meta, connections[alias]
    if (not connection.features.can_return_columns_from_insert or meta.parents
            or meta.auto_field is None or meta.db_returning_fields != [meta.pk]
            or signals.pre_save.has_listeners(model) or signals.post_save.has_listeners(model)):
        return None
    fields = [f for f in meta.local_concrete_fields if f is not meta.auto_field]
    if any(hasattr(f, "get_placeholder") or f.generated for f in fields):
        return None
    quote = connection.ops.quote_name
    columns = (f"INSERT INTO {quote(meta.db_table)} "
               f"({', '.join(quote(f.column) for f in fields)}) VALUES")
    return fields, columns, quote(meta.pk.column)
