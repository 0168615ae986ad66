"""Schemathesis against the live OpenAPI document (P12.14): generated requests, signed
in as a member with a CSRF token, must give no server error and no answer the document
does not describe (status, content type, body), and the server must accept what the
document allows and refuse what it does not. A fixed example budget per operation keeps
the run short."""

from __future__ import annotations

import pytest
from django.core.wsgi import get_wsgi_application
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import hold, make_showtime

schemathesis = pytest.importorskip("schemathesis")
GenerationMode = schemathesis.GenerationMode

EXAMPLES = 25
# A well-formed request the booking rules refuse (a seat that does not exist, a hold that
# expired) is a 400/409 with a code: only a 422 says the document and the server disagree
# about what is valid, so the positive-data check expects any status but 422.
CONFIG = {"checks": {"positive_data_acceptance": {
    "expected-statuses": ["2xx", "3xx", "400", "401", "403", "404", "409", "429"]}}}

# A real commit per request, as in production: the WSGI application is called directly, and
# a connection inside a test transaction would be closed by its request signals.
pytestmark = pytest.mark.django_db(databases=["default", "archive"], transaction=True)


@pytest.fixture
def wsgi_keeps_the_test_connection():
    """Schemathesis calls the WSGI application itself, whose request signals would close
    the test's database connection at the end of each request (on PostgreSQL a
    connection inside the test transaction is "obsolete"); Django's test client
    disconnects ``close_old_connections`` the same way."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def api_schema(transactional_db, member, wsgi_keeps_the_test_connection):
    """The document as the running app serves it, with a showtime and a hold to find."""
    showtime = make_showtime()
    hold(member, showtime, "A1")
    return schemathesis.openapi.from_wsgi(
        "/api/openapi.json", get_wsgi_application(),
        config=schemathesis.config.SchemathesisConfig.from_dict(CONFIG))


@pytest.fixture
def member_session(member) -> dict:
    client = Client()
    client.force_login(member)
    client.get("/booking/")
    session, csrf = client.cookies["sessionid"].value, client.cookies["csrftoken"].value
    return {"cookies": {"sessionid": session, "csrftoken": csrf},
            "headers": {"X-CSRFToken": csrf}}


def test_p12_14_the_api_answers_as_its_openapi_document_says(api_schema, member_session):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 8  # every path of the document is exercised

    for operation in operations:
        @given(case=st.one_of(operation.as_strategy(GenerationMode.POSITIVE),
                              operation.as_strategy(GenerationMode.NEGATIVE)))
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case):
            case.call_and_validate(**member_session)

        run()
