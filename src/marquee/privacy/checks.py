"""System checks that hold the models to the inventory (P1.6).

``manage.py check`` (and therefore ``runserver``, ``migrate`` and the test suite)
fails when personal data could be stored without being declared, when a declaration
points nowhere, when an item has no retention rule, or when a unique identifier or
authentication item is stored in a readable form.
"""

from __future__ import annotations

import re

from django.apps import apps
from django.core import checks
from django.core.exceptions import FieldDoesNotExist
from django.db import models

from .inventory import Sensitivity, inventory

# Field-name words that almost always mean personal data. A model that has such a
# field which is not personal says so in ``privacy_not_personal = ("name", ...)``.
SUSPICIOUS = re.compile(
    r"(^|_)(name|phone|mobile|tel|email|e_mail|birth|birthdate|birthday|address|addr|"
    r"ci|di|ip|gender|sex|passport|rrn|ssn|resident|card_number|account_number|"
    r"login_id|nickname|pen_name)(_|$)"
)


def personal(field: models.Field, *, item: str, storage: str = "plain") -> models.Field:
    """Mark an ordinary (unencrypted) field as holding the declared ``item``."""
    field.personal = True
    field.item = item
    field.storage = storage
    return field


def field_label(model, field) -> str:
    return f"{model._meta.label}.{field.name}"


def _project_models(app_configs):
    configs = app_configs or apps.get_app_configs()
    for config in configs:
        if config.name.startswith("marquee") or config.name.startswith("tests"):
            yield from config.get_models()


@checks.register("privacy")
def check_inventory(app_configs=None, **kwargs):
    errors = []
    errors += check_models(list(_project_models(app_configs)))
    if app_configs is None:
        errors += check_declarations()
    return errors


def check_models(model_list) -> list[checks.CheckMessage]:
    errors = []
    for model in model_list:
        not_personal = set(getattr(model, "privacy_not_personal", ()))
        for field in model._meta.concrete_fields:
            label = field_label(model, field)
            if getattr(field, "personal", False):
                item = inventory.items.get(field.item)
                if item is None or label not in item.fields:
                    errors.append(checks.Error(
                        f"{label} holds personal data ({field.item!r}) that the inventory "
                        "does not declare.",
                        hint=f"Declare an Item with fields=({label!r},) in the app's privacy.py.",
                        obj=model, id="privacy.E001",
                    ))
                elif item.sensitivity != Sensitivity.ORDINARY and field.storage == "plain":
                    errors.append(checks.Error(
                        f"{label} stores {item.key!r} ({item.sensitivity}) unencrypted.",
                        hint="Use an Encrypted*Field, or a one-way hash for passwords.",
                        obj=model, id="privacy.E004",
                    ))
            elif (SUSPICIOUS.search(field.name) and field.name not in not_personal
                  and not getattr(field, "storage", "") == "hashed"):
                errors.append(checks.Error(
                    f"{label} looks like personal data but is not marked personal.",
                    hint="Use an encrypted field or personal(..., item=...), declare the item, "
                         "or list the field in the model's privacy_not_personal.",
                    obj=model, id="privacy.E006",
                ))
    return errors


def check_declarations() -> list[checks.CheckMessage]:
    errors = []
    for item in inventory.items.values():
        if not item.fields:
            errors.append(checks.Error(
                f"Item {item.key!r} names no field that stores it.", id="privacy.E005"))
        for label in item.fields:
            field = _resolve(label)
            if field is None:
                errors.append(checks.Error(
                    f"Item {item.key!r} names {label}, which does not exist.", id="privacy.E002"))
            elif not getattr(field, "personal", False) or field.item != item.key:
                errors.append(checks.Error(
                    f"Item {item.key!r} names {label}, which is not marked as holding it.",
                    id="privacy.E002"))
        if not item.retention:
            errors.append(checks.Error(
                f"Item {item.key!r} has no retention rule.", id="privacy.E003"))
        for rule in item.retention:
            if rule not in inventory.rules:
                errors.append(checks.Error(
                    f"Item {item.key!r} refers to unknown retention rule {rule!r}.",
                    id="privacy.E003"))
        if not item.purposes:
            errors.append(checks.Error(
                f"Item {item.key!r} declares no purpose.", id="privacy.E007"))
    for consent in inventory.consents.values():
        for key in consent.items:
            if key not in inventory.items:
                errors.append(checks.Error(
                    f"Consent {consent.key!r} lists unknown item {key!r}.", id="privacy.E008"))
    return errors


def _resolve(label: str):
    try:
        app_label, model_name, field_name = label.split(".")
        return apps.get_model(app_label, model_name)._meta.get_field(field_name)
    except (ValueError, LookupError, FieldDoesNotExist):
        return None
