"""System checks that hold the models to the inventory (P1.6).

``manage.py check`` (and therefore ``runserver``, ``migrate`` and the test suite)
fails when personal data could be stored without being declared, when a declaration
points nowhere, when an item has no retention rule, when a field is stored in a way
its item does not allow, and when a field that looks personal (by name or type) is
neither declared nor waived with a reason. How a field stores its values is read from
its class (``marking.storage_of``), never from a string someone wrote next to it.

IDs: E001 undeclared item, E002-E003, E005, E007-E008 broken declarations, E004 a
unique identifier or authentication item readable, E006 a personal-looking name, E009
a personal-looking type, E010 a sealed field on a model that cannot seal, E011 a plain
personal field without a reason, E012 a waiver without a reason or for no field, E013
the old reason-less ``privacy_not_personal``. The admin check (E014) is in
``admin_checks.py``.
"""

from __future__ import annotations

from django.apps import apps
from django.core import checks
from django.core.exceptions import FieldDoesNotExist

from . import admin_checks  # noqa: F401  (registers the admin check)
from .detection import suspicious_word, why_suspicious
from .inventory import Sensitivity, Storage, inventory
from .marking import (
    has_reason,
    is_personal,
    personal,  # noqa: F401  (apps mark fields with checks.personal)
    storage_of,
    waivers_of,
)
from .vault.models import VaultModel


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
        errors += check_waivers(model)
        waived = waivers_of(model)
        for field in model._meta.concrete_fields:
            if is_personal(field):
                errors += check_personal_field(model, field)
            elif storage_of(field) != Storage.HASHED and field.name not in waived:
                errors += _looks_personal(model, field)
    return errors


def check_personal_field(model, field) -> list[checks.CheckMessage]:
    """A field marked personal: declared, storable as its class stores, stored as its
    item allows, and plain only with a reason."""
    label = field_label(model, field)
    storage = storage_of(field)
    errors = []
    if storage == Storage.ENCRYPTED and not issubclass(model, VaultModel):
        errors.append(checks.Error(
            f"{label} is an encrypted field on {model.__name__}, which is not a vault model: "
            "it cannot be sealed on save and key rotation would skip it.",
            hint="Derive the model from VaultModel (with vault_data_key()) or KeyedVaultModel; "
                 "see docs/declaring-personal-data.md for the migration.",
            obj=model, id="privacy.E010"))
    item = inventory.items.get(field.item)
    if item is None or label not in item.fields:
        errors.append(checks.Error(
            f"{label} holds personal data ({field.item!r}) that the inventory does not declare.",
            hint=f"Declare an Item with fields=({label!r},) in the app's privacy.py.",
            obj=model, id="privacy.E001"))
        return errors
    if storage == Storage.PLAIN and item.sensitivity != Sensitivity.ORDINARY:
        errors.append(checks.Error(
            f"{label} stores {item.key!r} ({item.sensitivity}) unencrypted.",
            hint="Use an Encrypted*Field, or a one-way hash for passwords. A plain_reason "
                 "cannot excuse a unique identifier or an authentication item.",
            obj=model, id="privacy.E004"))
    elif storage == Storage.PLAIN and not has_reason(getattr(field, "plain_reason", "")):
        errors.append(checks.Error(
            f"{label} stores {item.key!r} in plain without a reason: personal data is sealed "
            "unless declared plain with a reason.",
            hint="Use an Encrypted*Field, or personal(..., plain_reason=\"why it must be "
                 "readable\").",
            obj=model, id="privacy.E011"))
    return errors


def _looks_personal(model, field) -> list[checks.CheckMessage]:
    why = why_suspicious(field)
    if why is None:
        return []
    label = field_label(model, field)
    by_name = suspicious_word(field.name) is not None
    return [checks.Error(
        f"{label} looks like personal data ({why}) but is not marked personal.",
        hint="Use an Encrypted*Field or personal(..., item=...) and declare the item, or "
             f"waive it with a reason: privacy_waivers = {{{field.name!r}: \"why it is not "
             "personal data\"}.",
        obj=model, id="privacy.E006" if by_name else "privacy.E009")]


def check_waivers(model) -> list[checks.CheckMessage]:
    """``privacy_waivers`` name real, unmarked fields, each with a reason."""
    errors = []
    if hasattr(model, "privacy_not_personal"):
        errors.append(checks.Error(
            f"{model._meta.label} uses privacy_not_personal, which gives no reasons.",
            hint="Replace it with privacy_waivers = {\"field\": \"why it is not personal "
                 "data\"}.", obj=model, id="privacy.E013"))
    declared = getattr(model, "privacy_waivers", None) or {}
    if not isinstance(declared, dict):
        return [*errors, checks.Error(
            f"{model._meta.label}.privacy_waivers must map field names to reasons.",
            obj=model, id="privacy.E012")]
    for name, reason in declared.items():
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            problem = "names no field of the model"
        else:
            problem = ("waives a field marked personal" if is_personal(field) else
                       "" if has_reason(reason) else "gives no reason (a sentence saying why "
                       "the field holds no personal data)")
        if problem:
            errors.append(checks.Error(
                f"{model._meta.label}.privacy_waivers[{name!r}] {problem}.",
                obj=model, id="privacy.E012"))
    return errors


def check_declarations() -> list[checks.CheckMessage]:
    errors = []
    for item in inventory.items.values():
        if not item.fields and not item.stores:
            errors.append(checks.Error(
                f"Item {item.key!r} names no field or store that holds it.", id="privacy.E005"))
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
