"""`manage.py check --deploy`: production must not scan uploads with the test signature."""

from pathlib import Path

from django.conf import settings
from django.core import checks

TEST_SIGNATURES = Path(__file__).resolve().parent / "clamav"


@checks.register(checks.Tags.security, deploy=True)
def check_scanner_database(app_configs=None, **kwargs):
    if getattr(settings, "MARQUEE_AV_BACKEND", "clamscan") != "clamscan":
        return []
    database = getattr(settings, "MARQUEE_CLAMAV_DATABASE", "")
    if database and Path(database).resolve() == TEST_SIGNATURES:
        return [checks.Error(
            "Uploads are scanned with the EICAR-only test signature database.",
            hint="Leave MARQUEE_CLAMAV_DATABASE empty (ClamAV's freshclam-updated database) "
                 "or use MARQUEE_AV_BACKEND=clamd.", id="uploads.E001")]
    return []
