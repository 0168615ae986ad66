"""Customer-centre fixtures: a member, an agent with a verified second factor."""

from __future__ import annotations

import pytest

from marquee.support import services
from marquee.support.models import Inquiry
from tests.conftest import create_staff, otp_session


@pytest.fixture
def agent_client(db, client):
    staff = create_staff("cs_agent")
    return otp_session(client, staff), staff


def ask(member=None, **overrides) -> Inquiry:
    data = dict(category=Inquiry.Category.BOOKING, subject="예매 취소 문의",
                body="어제 예매한 표를 취소하고 싶어요.")
    data.update(overrides)
    return services.submit(services.Ask(**data), member=member)
