"""Every back-office form control has an accessible name (KWCAG 2.2 / WCAG 1.3.1, 4.1.2).

Django's admin labels a field's control with ``<label for>``, except where it does not:
the date and time boxes of a split date-time field (the admin writes "날짜:" and "시각:"
as bare text) and every control of a tabular inline (the column header is not a label).
``labelled`` gives each such control an ``aria-label`` from the field's verbose name, for
every registered admin and its inlines, so no app can forget it (axe in
``tests/browser/test_accessibility.py`` checks the change and add forms of each role)."""

from __future__ import annotations

from django.contrib.admin.widgets import AdminSplitDateTime


class LabelledWidgetsMixin:
    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is None:
            return field
        name = str(getattr(db_field, "verbose_name", "") or db_field.name)
        widget = getattr(field.widget, "widget", field.widget)  # inside the related wrapper
        if isinstance(widget, AdminSplitDateTime):
            widget.widgets[0].attrs.setdefault("aria-label", f"{name} 날짜")
            widget.widgets[1].attrs.setdefault("aria-label", f"{name} 시각")
        else:
            widget.attrs.setdefault("aria-label", name)
        return field


class LabelledInlineMixin(LabelledWidgetsMixin):
    """An inline row's "삭제" box is added by the formset, not by a model field."""

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)

        class Labelled(formset):
            def add_fields(self, form, index):
                super().add_fields(form, index)
                if "DELETE" in form.fields:
                    row = "" if index is None else f"{index + 1}번째 행 "
                    form.fields["DELETE"].widget.attrs["aria-label"] = f"{row}삭제"

        Labelled.__name__ = formset.__name__
        return Labelled


def _with_mixin(cls, mixin=LabelledWidgetsMixin):
    if issubclass(cls, mixin):
        return cls
    return type(cls.__name__, (mixin, cls),
                {"__module__": cls.__module__, "__doc__": cls.__doc__})


def labelled(admin_class):
    """``admin_class`` and its inlines with every control named."""
    cls = _with_mixin(admin_class)
    inlines = getattr(cls, "inlines", ())
    if inlines:
        cls.inlines = [_with_mixin(inline, LabelledInlineMixin) for inline in inlines]
    return cls
