"""Reading an item's current value for a member, from the fields the inventory names.

The engine knows no domain model: an item's fields are "app.Model.field" labels; a
field on the user model is read from the member, a field on another model from that
model's rows that point at the member. Only the purpose-bound functions in this package
call this (see reads.py and checks.py).
"""

from __future__ import annotations

import datetime
import json

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models

from marquee.privacy.api import blind_index, inventory


def _plain(value):
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def member_link(model):
    """The field joining ``model`` to the user model ("self" for the user model)."""
    user_model = get_user_model()
    if model is user_model:
        return "self"
    return next((f for f in model._meta.concrete_fields
                 if f.is_relation and f.related_model is user_model), None)


def member_items():
    """Items held per member (on the member or on rows that point at the member)."""
    found = []
    for item in inventory.items.values():
        models_ = [apps.get_model(*label.split(".")[:2]) for label in item.fields]
        if any(member_link(m) is not None for m in models_):
            found.append(item)
    return found


def read_item(member, key: str):
    """The item's value: one field's value, or {field: value} for a multi-field item."""
    values = {}
    for label in inventory.items[key].fields:
        app_label, model_name, field_name = label.split(".")
        model = apps.get_model(app_label, model_name)
        link = member_link(model)
        if link == "self":
            values[field_name] = _plain(getattr(member, field_name))
            continue
        if link is None:
            continue  # not held per member (e.g. the separate store)
        rows = model.objects.filter(**{link.name: member}).order_by("pk")
        values[field_name] = [_plain(row if field_name == link.name else getattr(row, field_name))
                              for row in rows]
    if len(values) == 1:
        return next(iter(values.values()))
    return values


def digest(key: str, value) -> str | None:
    """A keyed hash of a value as provided: later shows whether it has changed."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return blind_index(f"provision:{key}", text)


def display(value) -> str:
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values() if v)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)
