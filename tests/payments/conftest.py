import pytest


@pytest.fixture(autouse=True)
def _no_background_webhooks(settings):
    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False
