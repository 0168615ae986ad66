"""The relay's bookkeeping: status, due time, claim token, give-up time."""

import django.utils.timezone
from django.db import migrations, models


def backfill_status(apps, schema_editor):
    """Messages delivered before the relay existed are sent; the rest are due now."""
    Message = apps.get_model("outbox", "Message")
    Message.objects.filter(sent_at__isnull=False).update(status="sent")


class Migration(migrations.Migration):

    dependencies = [
        ("outbox", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="message",
            name="status",
            field=models.CharField(choices=[("pending", "발송 대기"), ("sent", "발송 완료"),
                                            ("failed", "발송 포기")],
                                   default="pending", max_length=10),
        ),
        migrations.AddField(
            model_name="message",
            name="next_attempt_at",
            field=models.DateTimeField(default=django.utils.timezone.now),
        ),
        migrations.AddField(
            model_name="message",
            name="claim_token",
            field=models.UUIDField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="message",
            name="failed_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddIndex(
            model_name="message",
            index=models.Index(fields=["status", "next_attempt_at"], name="outbox_due"),
        ),
        migrations.RunPython(backfill_status, migrations.RunPython.noop),
    ]
