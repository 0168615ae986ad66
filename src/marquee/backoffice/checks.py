"""System checks: personal data appears in the admin only through ``PersonalDataAdmin``.

Another app registering a model that holds personal data with a plain ``ModelAdmin``
would show its values unmasked and unlogged; ``manage.py check`` fails instead.
"""

from __future__ import annotations

from django.contrib import admin
from django.core import checks


def holds_personal_data(model) -> bool:
    return any(getattr(f, "personal", False) for f in model._meta.concrete_fields)


@checks.register("backoffice")
def check_admin_masking(app_configs=None, **kwargs):
    from .admin_base import PersonalDataAdmin
    from .sites import BackOfficeSite

    errors = []
    site = admin.site
    if not isinstance(site, BackOfficeSite):  # a lazy object; isinstance sees through it
        errors.append(checks.Error(
            "The default admin site is not the back office's site.",
            hint="Use 'marquee.backoffice.apps.BackOfficeAdminConfig' instead of "
                 "'django.contrib.admin' in INSTALLED_APPS.", id="backoffice.E002"))
    for model, model_admin in site._registry.items():
        if holds_personal_data(model) and not isinstance(model_admin, PersonalDataAdmin):
            errors.append(checks.Error(
                f"{model._meta.label} holds personal data but its admin "
                f"({type(model_admin).__name__}) does not mask and log it.",
                hint="Subclass marquee.backoffice.admin_base.PersonalDataAdmin.",
                obj=type(model_admin), id="backoffice.E001"))
    return errors
