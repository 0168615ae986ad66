"""Access records' path, OS, browser, device and carrier become sealed like the IP.

The three steps of docs/declaring-personal-data.md: the columns become nullable
encrypted fields, then each row's plain values are sealed under its member's data key
(rows of members whose key is destroyed lose them). They stay nullable, like every
encrypted field here, so there is no third step."""

import marquee.privacy.vault.fields
from django.db import migrations

from marquee.privacy.vault.sealing import seal_existing


class Migration(migrations.Migration):

    dependencies = [
        ('members', '0004_withdrawal'),
        ('privacy', '0002_destructionrun_destructionrecord_retentionkey'),
    ]

    operations = [
        migrations.AlterField(
            model_name='accessrecord',
            name='browser',
            field=marquee.privacy.vault.fields.EncryptedCharField(blank=True, item='device_info', max_length=60, null=True),
        ),
        migrations.AlterField(
            model_name='accessrecord',
            name='carrier',
            field=marquee.privacy.vault.fields.EncryptedCharField(blank=True, item='carrier', max_length=30, null=True),
        ),
        migrations.AlterField(
            model_name='accessrecord',
            name='device',
            field=marquee.privacy.vault.fields.EncryptedCharField(blank=True, item='device_info', max_length=60, null=True),
        ),
        migrations.AlterField(
            model_name='accessrecord',
            name='os',
            field=marquee.privacy.vault.fields.EncryptedCharField(blank=True, item='device_info', max_length=60, null=True),
        ),
        migrations.AlterField(
            model_name='accessrecord',
            name='path',
            field=marquee.privacy.vault.fields.EncryptedCharField(blank=True, item='service_use_record', max_length=200, null=True),
        ),
        seal_existing("members", "AccessRecord", "path", "os", "browser", "device", "carrier",
                      key_path="member__data_key"),
    ]
