from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import m2m_changed, post_migrate


class BackOfficeAdminConfig(admin_apps.AdminConfig):
    """``django.contrib.admin`` with the back office's site as ``admin.site``, so that
    every app's ``admin.py`` registers into the site that enforces 2FA, the pledge,
    masking and logging."""

    default = False
    default_site = "marquee.backoffice.sites.BackOfficeSite"


class BackofficeConfig(AppConfig):
    default = True
    name = "marquee.backoffice"
    verbose_name = "백오피스(직원 접근 관리)"

    def ready(self):
        from django.contrib.auth import get_user_model

        from . import checks, signals  # noqa: F401  (system checks; OTP keys go with devices)

        post_migrate.connect(_sync_roles, sender=self)
        m2m_changed.connect(_groups_changed, sender=get_user_model().groups.through,
                            dispatch_uid="backoffice_groups_changed")


def _sync_roles(sender, using="default", **kwargs):
    """Groups follow roles.py after every migrate (new models' permissions included)."""
    if using == "default":
        from .roles import sync_groups

        sync_groups()


def _groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """Record role changes made outside the services (L3.1: every change is recorded),
    from either side: ``member.groups.add(group)`` or ``group.user_set.add(member)``."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from .services import record_unattributed_change, recording_in_service

    if recording_in_service() or action not in ("post_add", "post_remove") or not pk_set:
        return
    added = action == "post_add"
    if reverse:  # instance is the group, pk_set the members
        for member in get_user_model().objects.filter(pk__in=pk_set, is_staff=True):
            record_unattributed_change(member, [instance.name], added=added)
    elif getattr(instance, "is_staff", False):
        names = list(Group.objects.filter(pk__in=pk_set).values_list("name", flat=True))
        record_unattributed_change(instance, names, added=added)
