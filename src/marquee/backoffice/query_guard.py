"""Staff lists are no oracle (P12.10): URL filters, searches and orderings touch only
fields the staff member sees unmasked.

Django's admin accepts any lookup on a model's own fields from the change list's URL
(``?password__gte=$argon2id$v=19$m=1``), answering each probe with a row count: 96
requests recovered 16 characters of a salt. ``QueryGuardMixin`` narrows that to:

* the lookups the admin's declared list filters and date hierarchy produce;
* plain (non-personal, unsealed, unhashed) model fields that the list or detail page
  shows as they are, with any lookup on the field itself, never across a relation;
* a member reference the staff member's roles show (``회원 #N``), by its number only.

Never a password hash, a sealed value, a blind index or a keyed hash, whatever the
declaration: a refused lookup is Django's ``DisallowedModelAdminLookup`` (HTTP 400).
Searches and the sortable columns are narrowed the same way. ``BackOfficeSite.register``
puts the mixin in front of every admin class, so no app can forget it.

``list_filters(request)`` gives the list query's filters for the access log (the search
term masked), so each logged list says what was asked, not only how many rows came back.
"""

from __future__ import annotations

import re

from django.contrib.admin import SimpleListFilter
from django.contrib.admin.views.main import PAGE_VAR, SEARCH_VAR
from django.core.exceptions import FieldDoesNotExist
from django.db.models.constants import LOOKUP_SEP

from marquee.privacy.api import BlindIndexField, EncryptedField, KeyedHashField, mask

# What Django's own list filters and the date hierarchy append to a filter's field path.
FILTER_SUFFIXES = frozenset({"exact", "iexact", "in", "isnull", "isempty", "gte", "gt",
                             "lte", "lt", "range", "year", "month", "day", "date", "id", "pk"})
REFERENCE_SUFFIXES = frozenset({"exact", "in", "isnull", "id", "pk"})
# Column names that say "secret" even when the field class does not.
SECRET_NAME = re.compile(r"password|secret|token|cipher|nonce|salt|_index$|_hash$|^hash$|"
                         r"billing_key|bin_key|otp_key")


def is_secret(field) -> bool:
    """A field no list may filter, search or sort on, for any role."""
    if isinstance(field, EncryptedField | BlindIndexField | KeyedHashField):
        return True
    return bool(SECRET_NAME.search(field.name))


def is_personal(field) -> bool:
    return bool(getattr(field, "personal", False))


def _fields_on_path(model, parts):
    """The model fields a lookup path walks through; the rest are lookups/transforms."""
    fields = []
    for part in parts:
        try:
            field = model._meta.get_field(part)
        except FieldDoesNotExist:
            break
        fields.append(field)
        if not getattr(field, "path_infos", None):
            break
        model = field.path_infos[-1].to_opts.model
    return fields, parts[len(fields):]


def plain_path(model, path: str) -> bool:
    """``path`` names only model fields, none personal or secret (the primary key is
    the row number every list shows)."""
    if path in ("pk", "id"):
        return True
    parts = path.split(LOOKUP_SEP)
    fields, rest = _fields_on_path(model, parts)
    return bool(fields) and not rest and not any(is_personal(f) or is_secret(f)
                                                 for f in fields)


class QueryGuardMixin:
    """Put in front of a ``ModelAdmin``: lookups, searches and sorting on visible plain
    fields only (see the module docstring)."""

    # --- what may be queried ---------------------------------------------------------------

    def filter_paths(self, request) -> tuple[set[str], set[str]]:
        """(field paths of the declared list filters and date hierarchy, the parameter
        names of custom ``SimpleListFilter``s)."""
        paths, params = set(), set()
        for item in self.get_list_filter(request):
            if isinstance(item, type) and issubclass(item, SimpleListFilter):
                params.add(item.parameter_name)
            elif isinstance(item, list | tuple):
                paths.add(item[0])
            elif isinstance(item, str):
                paths.add(item)
        if self.date_hierarchy:
            paths.add(self.date_hierarchy)
        return paths, params

    def shown_plain(self, request) -> set[str]:
        """Model fields this admin shows as they are (not masked) in its list or page."""
        names = set()
        for attr in ("list_head", "list_tail", "plain_fields", "search_exact"):
            names |= set(getattr(self, attr, ()) or ())
        if not hasattr(self, "personal"):  # a plain admin: its list and its page
            names |= {n for n in self.get_list_display(request) if isinstance(n, str)}
            names |= {n for n in (self.fields or ()) if isinstance(n, str)}
        plain = set()
        for name in names:
            try:
                field = self.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if not (is_personal(field) or is_secret(field)):
                plain.add(name)
        return plain

    def shown_references(self, request) -> set[str]:
        """Member references the staff member's roles show by number (``회원 #N``)."""
        personal = getattr(self, "personal", {})
        visible = set(self.visible_personal(request)) if personal else set()
        return {n for n, kind in personal.items() if kind == "ref" and n in visible}

    # --- Django's hooks ----------------------------------------------------------------------

    def lookup_allowed(self, lookup, value, request=None):
        if request is None:  # pragma: no cover - Django always passes it since 5.0
            return False
        paths, params = self.filter_paths(request)
        if lookup in params:
            return True
        parts = lookup.split(LOOKUP_SEP)
        fields, rest = _fields_on_path(self.model, parts)
        if not fields or any(is_secret(f) for f in fields):
            return False
        walked = LOOKUP_SEP.join(parts[:len(fields)])
        for path in paths:
            if walked == path or walked.startswith(path + LOOKUP_SEP):
                extra = walked[len(path):].split(LOOKUP_SEP)[1:] + rest
                return set(extra) <= FILTER_SUFFIXES
        head, tail = fields[0].name, parts[1:]
        if len(fields) == 1 and head in self.shown_plain(request):
            return True
        if head in self.shown_references(request) or \
                (head.endswith("_id") and head[:-3] in self.shown_references(request)):
            return set(tail) <= REFERENCE_SUFFIXES
        return False

    def get_search_fields(self, request):
        allowed = self.shown_plain(request)
        return [f for f in super().get_search_fields(request)
                if f.lstrip("^=@") in allowed or f.lstrip("^=@") == "pk"]

    def get_sortable_by(self, request):
        """Field columns shown plain, and computed columns whose declared ordering field
        walks only plain fields (``회원번호`` sorts by ``pk``)."""
        allowed = self.shown_plain(request)
        sortable = []
        for name in super().get_sortable_by(request):
            attr = getattr(self, name, None) if isinstance(name, str) else name
            order = getattr(attr, "admin_order_field", None)
            if isinstance(order, str):
                if plain_path(self.model, order.lstrip("-")):
                    sortable.append(name)
            elif isinstance(name, str) and name in allowed:
                sortable.append(name)
        return sortable

    def get_changelist(self, request, **kwargs):
        """Sorting by a column index (``?o=3``) only on the sortable columns above:
        Django's change list would otherwise sort by any field column it lists."""
        base = super().get_changelist(request, **kwargs)

        class GuardedChangeList(base):
            def get_ordering_field(self, field_name):
                if field_name not in (self.sortable_by or ()):
                    return None
                return super().get_ordering_field(field_name)

        return GuardedChangeList

    # --- the access log ----------------------------------------------------------------------

    def list_filters(self, request) -> str:
        """The list query as the access log records it: filters and ordering as given,
        the search term masked."""
        parts = []
        for key in sorted(request.GET):
            if key in (PAGE_VAR, "_popup", "_to_field"):
                continue
            values = request.GET.getlist(key)
            if key == SEARCH_VAR:
                parts += [f"검색어={mask('generic', v.strip())}" for v in values if v.strip()]
            else:
                parts += [f"{key}={v[:60]}" for v in values]
        return "; ".join(parts)


def guarded(admin_class):
    """``admin_class`` with the guard in front (itself when it already has it)."""
    if issubclass(admin_class, QueryGuardMixin):
        return admin_class
    return type(admin_class.__name__, (QueryGuardMixin, admin_class),
                {"__module__": admin_class.__module__, "__doc__": admin_class.__doc__})
