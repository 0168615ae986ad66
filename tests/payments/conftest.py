import pytest

# The booking API tests' fixtures, for the hold that starts the payment (test_pay_with_hold).
from tests.booking.conftest import showtime  # noqa: F401
from tests.booking.test_api import member_client, rival  # noqa: F401


@pytest.fixture(autouse=True)
def _no_background_webhooks(settings):
    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False
