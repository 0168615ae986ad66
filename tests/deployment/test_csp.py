"""Production HTML pages send a Content-Security-Policy (P12.13): same origin only, no
inline script or style without the response's nonce; no template relies on inline
``style=`` or ``on…=`` attributes, which no nonce can allow."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "marquee" / "templates"


def directives(header: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in header.split("; ")}


@pytest.mark.django_db
def test_p12_13_html_pages_send_a_strict_policy_with_a_fresh_nonce(client):
    # The community's pages still carry an inline style block (under the nonce).
    first, second = client.get("/community/"), client.get("/community/")
    assert first.status_code == 200
    policy = directives(first["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in first["Content-Security-Policy"]
    assert "'unsafe-eval'" not in first["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([\w-]+)'", " ".join(policy["script-src"])).group(1)
    assert f"'nonce-{nonce}'" in policy["style-src"]
    assert f'<style nonce="{nonce}">' in first.content.decode()
    assert nonce not in second["Content-Security-Policy"]  # one per response


@pytest.mark.django_db
def test_p12_13_json_responses_are_not_given_an_html_policy(client):
    response = client.get("/api/openapi.json")
    assert response["Content-Type"].startswith("application/json")
    assert "Content-Security-Policy" not in response


@pytest.mark.django_db
def test_p12_13_portone_adds_only_its_own_origins(client, settings):
    settings.MARQUEE_CSP_EXTRA = {"script-src": ["https://cdn.portone.io"]}
    policy = directives(client.get("/")["Content-Security-Policy"])
    assert policy["script-src"][:2] == ["'self'", "https://cdn.portone.io"]
    assert policy["default-src"] == ["'self'"]


def test_p12_13_templates_have_no_inline_attributes_and_every_inline_block_has_the_nonce():
    offenders = []
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(TEMPLATES)
        if re.search(r"\sstyle=\"|\son[a-z]+=\"", text):
            offenders.append(f"{name}: inline style= or on…= attribute")
        for tag in re.findall(r"<(?:script|style)\b[^>]*>", text):
            if "src=" not in tag and 'type="application/json"' not in tag and "nonce=" not in tag:
                offenders.append(f"{name}: {tag} without the nonce")
    assert offenders == []
