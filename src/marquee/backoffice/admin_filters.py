"""List filters that show a stored code by its Korean name (issue 15): the access log's
target as the item's name ("회원", not ``members.Member``), a role by its name, a
consent by its title, a retention rule by its label."""

from __future__ import annotations

from collections.abc import Callable

from django.apps import apps
from django.contrib import admin


def model_name(label: str) -> str:
    """``members.Member`` → 회원 (the model's verbose name); unknown labels as they are."""
    try:
        return str(apps.get_model(label)._meta.verbose_name)
    except (LookupError, ValueError):
        return label


def labelled_filter(field: str, title: str,
                    label: Callable[[str], str] | None = None,
                    labels: Callable[[], dict[str, str]] | None = None) -> type:
    """A filter on ``field`` whose choices are the values present, each shown by
    ``label(value)`` or from the ``labels()`` mapping."""

    class LabelledFilter(admin.SimpleListFilter):
        parameter_name = field

        def lookups(self, request, model_admin):
            values = (model_admin.get_queryset(request).order_by(field)
                      .values_list(field, flat=True).distinct())
            names = labels() if labels else {}
            return [(v, names.get(v) or (label(v) if label else v)) for v in values if v]

        def queryset(self, request, queryset):
            return queryset.filter(**{field: self.value()}) if self.value() else queryset

    LabelledFilter.title = title
    LabelledFilter.__name__ = f"{field.title().replace('_', '')}Filter"
    return LabelledFilter
