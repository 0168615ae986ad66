"""Issue 12.4: the staff's note on how a withdrawing person was verified is kept masked;
mask the notes written before (new ones are masked when written)."""

from django.db import migrations


def mask_existing(apps, schema_editor):
    from marquee.privacy.api import mask_staff_text

    Withdrawal = apps.get_model("members", "Withdrawal")
    for row in Withdrawal.objects.exclude(verification="").only("pk", "verification"):
        masked = mask_staff_text(row.verification)[:200]
        if masked != row.verification:
            Withdrawal.objects.filter(pk=row.pk).update(verification=masked)


class Migration(migrations.Migration):
    dependencies = [("members", "0007_drop_nationality")]

    operations = [migrations.RunPython(mask_existing, migrations.RunPython.noop)]
