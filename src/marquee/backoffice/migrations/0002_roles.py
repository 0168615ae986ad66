"""Create the staff roles as Django groups with their permissions (P12.3).

The role definitions live in ``marquee.backoffice.roles``; this migration creates the
groups the first time, and ``post_migrate`` keeps them in line with the code after
every later ``migrate`` (so a role change needs no new migration).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_roles(apps, schema_editor):
    from marquee.backoffice.roles import sync_groups

    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_groups(apps)


def remove_roles(apps, schema_editor):
    from marquee.backoffice.roles import ROLES

    apps.get_model("auth", "Group").objects.filter(name__in=[r.name for r in ROLES]).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("backoffice", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("members", "0004_withdrawal"),
        ("booking", "0001_initial"),
        ("payments", "0001_initial"),
        ("privacy", "0002_destructionrun_destructionrecord_retentionkey"),
        ("otp_totp", "0003_add_timestamps"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
