"""The UI speaks Korean through Django's i18n and the locale/ko catalogue."""

import pytest


@pytest.mark.django_db
@pytest.mark.parametrize("accept", ["ko-KR,ko;q=0.9", "en-US,en;q=0.9", ""])
def test_pages_are_korean_whatever_the_browser_asks(client, accept):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ko">' in html
    assert "마키시네마에 오신 것을 환영합니다" in html and "Welcome to" not in html


@pytest.mark.django_db
def test_unknown_page_gets_a_korean_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "페이지를 찾을 수 없습니다" in response.content.decode()
