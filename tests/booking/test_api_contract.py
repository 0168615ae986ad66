"""The OpenAPI document and the server agree (P12.14): each case below was accepted by
one and refused by the other before; now both say the same."""

from __future__ import annotations

import re

import pytest

from .test_api import assert_error, holds_url, post

pytestmark = pytest.mark.django_db(databases=["default", "archive"])


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def document(client):
    return client.get("/api/openapi.json").json()


def hold_in(document):
    return document["components"]["schemas"]["HoldIn"]["properties"]


def test_p12_14_every_operation_documents_its_422_and_503_and_bodies_their_400(document):
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            statuses = set(operation["responses"])
            assert {"422", "503"} <= statuses, (method, path, statuses)
            if method in ("post", "delete"):
                assert "400" in statuses, (method, path, statuses)
    listing = document["paths"]["/api/showtimes"]["get"]["responses"]["422"]
    assert listing["content"]["application/json"]["schema"]["$ref"].endswith(
        "/ValidationErrorOut")


def test_p12_14_a_count_written_8_0_is_the_integer_the_document_allows(member_client, showtime,
                                                                      document):
    counts = hold_in(document)["tickets"]["additionalProperties"]
    assert counts == {"type": "integer", "minimum": 0, "maximum": 8}
    response = post(member_client, holds_url(showtime), {"seats": ["C5", "C6"],
                                                         "tickets": {"adult": 2.0}})
    assert response.status_code == 201, response.content
    for count in ("2", 2.5, True):
        assert_error(post(member_client, holds_url(showtime),
                          {"seats": ["D5", "D6"], "tickets": {"adult": count}}), 422)


def test_p12_14_an_empty_seat_list_is_refused_by_the_document_and_the_server(member_client,
                                                                            showtime, document):
    assert hold_in(document)["seats"]["minItems"] == 1
    body = assert_error(post(member_client, holds_url(showtime),
                             {"seats": [], "tickets": {"adult": 1}}), 422)
    assert body["errors"][0]["field"] == "seats"


@pytest.mark.parametrize("label", ["C5\x00", "C\x1f5", "C5\x7f", "  "])
def test_p12_14_control_characters_and_blanks_are_refused_by_the_document_and_the_server(
        member_client, showtime, document, label):
    pattern = hold_in(document)["seats"]["items"]["pattern"]
    assert re.search(pattern, label) is None and re.search(pattern, "C5")
    body = assert_error(post(member_client, holds_url(showtime),
                             {"seats": [label], "tickets": {"adult": 1}}), 422)
    assert body["errors"][0]["field"] == "seats.0"


@pytest.mark.parametrize("value", ["-4.89e-104", "0", "1733443200", "2026-1-5", "20261205"])
def test_p12_14_a_number_is_not_a_date(client, document, value):
    [parameter] = [p for p in document["paths"]["/api/showtimes"]["get"]["parameters"]
                   if p["name"] == "date"]
    assert {"type": "string", "format": "date"} in parameter["schema"]["anyOf"]
    body = assert_error(client.get("/api/showtimes", {"date": value}), 422)
    assert body["errors"][0]["field"] == "date"


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31"])
def test_p12_14_any_date_the_document_allows_is_answered(client, value):
    response = client.get("/api/showtimes", {"date": value})
    assert response.status_code == 200 and response.json() == []
