"""Staff TOTP secrets sealed at rest (P1.6): ``SealedTOTPDevice`` replaces django-otp's
``TOTPDevice``, whose hex secret sat in the database in the clear.

Existing devices are carried over, each sealed under a data key of its own, and the
plaintext rows are deleted, so staff keep their authenticator (sessions verified with
the old device ask for a code again). Going back does not restore plaintext secrets:
staff then enrol again.
"""

import os

import django.db.models.deletion
import marquee.backoffice.models
import marquee.privacy.vault.fields
import uuid
from django.conf import settings
from django.db import migrations, models




def seal_existing_devices(apps, schema_editor):
    from marquee.privacy.vault import crypto
    from marquee.privacy.vault.fields import Ciphertext
    from marquee.privacy.vault.keyring import keyring

    TOTPDevice = apps.get_model("otp_totp", "TOTPDevice")
    Sealed = apps.get_model("backoffice", "SealedTOTPDevice")
    DataKey = apps.get_model("privacy", "DataKey")
    old = list(TOTPDevice.objects.all())
    if not old:
        return
    ring = keyring()
    for device in old:
        data_key = DataKey(scope="staff-otp", kek_id=ring.current)  # DataKey.issue
        material = os.urandom(32)
        data_key.wrapped = crypto.wrap(ring.kek(ring.current), data_key.id, material)
        data_key.save(force_insert=True)
        vault_id = uuid.uuid4()
        aad = f"backoffice.sealedtotpdevice.key:{vault_id}".encode()  # fields._aad
        sealed = Sealed.objects.create(
            user_id=device.user_id, name=device.name, confirmed=device.confirmed,
            vault_id=vault_id, data_key=data_key,
            key=Ciphertext(crypto.seal(material, data_key.id, device.key.encode(), aad)),
            step=device.step, t0=device.t0, digits=device.digits, tolerance=device.tolerance,
            drift=device.drift, last_t=device.last_t,
            throttling_failure_timestamp=device.throttling_failure_timestamp,
            throttling_failure_count=device.throttling_failure_count,
            last_used_at=device.last_used_at)
        Sealed.objects.filter(pk=sealed.pk).update(created_at=device.created_at)
    TOTPDevice.objects.filter(pk__in=[d.pk for d in old]).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('backoffice', '0004_access_log_delete_label'),
        ('privacy', '0002_destructionrun_destructionrecord_retentionkey'),
        ('otp_totp', '0003_add_timestamps'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='SealedTOTPDevice',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('vault_id', models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
                ('name', models.CharField(help_text='The human-readable name of this device.', max_length=64)),
                ('confirmed', models.BooleanField(default=True, help_text='Is this device ready for use?')),
                ('throttling_failure_timestamp', models.DateTimeField(blank=True, default=None, help_text='A timestamp of the last failed verification attempt. Null if last attempt succeeded.', null=True)),
                ('throttling_failure_count', models.PositiveIntegerField(default=0, help_text='Number of successive failed attempts.')),
                ('created_at', models.DateTimeField(auto_now_add=True, help_text='The date and time when this device was initially created in the system.', null=True)),
                ('last_used_at', models.DateTimeField(blank=True, help_text='The most recent date and time this device was used.', null=True)),
                ('key', marquee.privacy.vault.fields.EncryptedCharField(blank=True, default=marquee.backoffice.models._totp_default_key, item='staff_otp_secret', max_length=80, null=True, validators=[marquee.backoffice.models._totp_key_validator])),
                ('step', models.PositiveSmallIntegerField(default=30)),
                ('t0', models.BigIntegerField(default=0)),
                ('digits', models.PositiveSmallIntegerField(choices=[(6, 6), (8, 8)], default=6)),
                ('tolerance', models.PositiveSmallIntegerField(default=1)),
                ('drift', models.SmallIntegerField(default=0)),
                ('last_t', models.BigIntegerField(default=-1)),
                ('data_key', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='privacy.datakey')),
                ('user', models.ForeignKey(help_text='The user that this device belongs to.', on_delete=django.db.models.deletion.CASCADE, to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': '직원 OTP 기기',
                'verbose_name_plural': '직원 OTP 기기',
                'abstract': False,
            },
        ),
        migrations.RunPython(seal_existing_devices, migrations.RunPython.noop),
    ]
