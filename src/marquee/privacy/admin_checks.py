"""System check: no admin shows a personal field through Django's plain display (P1.6).

Django renders the fields an admin names in ``list_display``, ``fields``,
``readonly_fields``... as they are; it also sorts, filters and searches by them in
the open. A personal field belongs in none of these positions: the back office shows
it masked (``pd_<field>`` columns) and unmasks it only after a logged reveal. This
check reads every registered admin of every admin site. An admin may name further
positions of its own through ``plain_positions()`` (the back office's ``plain_fields``,
``list_head``...), which the engine reads without knowing the class.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from django.contrib.admin.sites import all_sites
from django.core import checks
from django.core.exceptions import FieldDoesNotExist

from .marking import is_personal

# ModelAdmin attributes whose field names Django displays, sorts, filters or searches
# without masking.
DJANGO_POSITIONS = ("list_display", "list_display_links", "list_editable", "search_fields",
                    "list_filter", "ordering", "sortable_by", "date_hierarchy",
                    "readonly_fields", "fields", "fieldsets", "prepopulated_fields")


@checks.register("privacy")
def check_admin_plain_fields(app_configs=None, **kwargs):
    labels = {c.label for c in app_configs} if app_configs else None
    errors = []
    for site in list(all_sites):
        for model, model_admin in site._registry.items():
            if labels is None or model._meta.app_label in labels:
                errors += check_model_admin(model, model_admin, site.name)
    return errors


def check_model_admin(model, model_admin, site_name: str = "admin") -> list[checks.Error]:
    """One error per personal field shown in plain, naming every position it is in."""
    found: dict[str, list[str]] = {}
    for position, names in plain_positions(model_admin).items():
        for name in dict.fromkeys(field_names(names)):
            field = resolve(model, name)
            if field is not None and is_personal(field):
                found.setdefault(name, []).append(position)
    return [checks.Error(
        f"{type(model_admin).__name__} ({site_name} site) lists the personal field "
        f"{model._meta.label}.{name} in {', '.join(positions)}, where it is shown, sorted, "
        "filtered or searched unmasked.",
        hint="Show it through the back office's masked columns (personal = {field: mask "
             "kind}) and search it through its blind index (search_indexes).",
        obj=type(model_admin), id="privacy.E014") for name, positions in sorted(found.items())]


def plain_positions(model_admin) -> dict[str, object]:
    positions = {p: getattr(model_admin, p, None) for p in DJANGO_POSITIONS}
    if callable(extra := getattr(model_admin, "plain_positions", None)):
        positions.update(extra())
    return {p: names for p, names in positions.items() if names}


def field_names(entries) -> Iterator[str]:
    """Field names in any of the shapes admin options take: strings with ``-``/``^``/
    ``=``/``@`` prefixes, nested tuples, ``(name, Filter)`` pairs, fieldsets."""
    if isinstance(entries, str):
        yield entries.lstrip("-^=@")
    elif isinstance(entries, dict) and "fields" in entries:  # a fieldset's options
        yield from field_names(entries["fields"])
    elif isinstance(entries, dict):  # prepopulated_fields: {"slug": ("title",)}
        for key, value in entries.items():
            yield from field_names(key)
            yield from field_names(value)
    elif isinstance(entries, Iterable):
        for entry in entries:
            yield from field_names(entry)


def resolve(model, path: str):
    """The model field a (``__``-joined) name ends on, or None for methods and the like."""
    field = None
    for part in path.split("__"):
        if model is None:
            return None
        try:
            field = model._meta.get_field(part)
        except FieldDoesNotExist:
            return None
        model = field.related_model if field.is_relation else None
    return field
