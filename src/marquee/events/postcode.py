"""Postcode search behind an adapter: ``sandbox`` (development and tests: a small bundled
list of real-format road-name addresses) and ``juso`` (production: the public road-name
address API of the Ministry of the Interior, business.juso.go.kr, key from the
``MARQUEE_JUSO_API_KEY`` environment variable or setting).

The backend is ``settings.MARQUEE_POSTCODE_BACKEND`` (default ``sandbox``). A search
never raises to the view: a failing API gives ``PostcodeError`` with a Korean message.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import httpx
from django.conf import settings

JUSO_URL = "https://business.juso.go.kr/addrlink/addrLinkApi.do"
TIMEOUT = 5.0
MAX_RESULTS = 10


@dataclass(frozen=True)
class Address:
    postcode: str  # 5-digit 기초구역번호
    road_address: str
    jibun_address: str = ""


class PostcodeError(Exception):
    """The search could not be done; ``str(error)`` is shown to the member."""


SANDBOX_ADDRESSES = [
    Address("04524", "서울특별시 중구 세종대로 110 (태평로1가)", "서울특별시 중구 태평로1가 31"),
    Address("03154", "서울특별시 종로구 세종대로 209 (세종로)", "서울특별시 종로구 세종로 77-6"),
    Address("06164", "서울특별시 강남구 영동대로 513 (삼성동)", "서울특별시 강남구 삼성동 159"),
    Address("04100", "서울특별시 마포구 월드컵북로 21 (서교동)", "서울특별시 마포구 서교동 358-120"),
    Address("07335", "서울특별시 영등포구 여의대로 24 (여의도동)", "서울특별시 영등포구 여의도동 20"),
    Address("13529", "경기도 성남시 분당구 판교역로 166 (백현동)", "경기도 성남시 분당구 백현동 532"),
    Address("48058", "부산광역시 해운대구 센텀남대로 35 (우동)", "부산광역시 해운대구 우동 1495"),
    Address("61945", "광주광역시 서구 내방로 111 (치평동)", "광주광역시 서구 치평동 1200"),
    Address("35242", "대전광역시 서구 둔산로 100 (둔산동)", "대전광역시 서구 둔산동 1420"),
    Address("63122", "제주특별자치도 제주시 문연로 6 (연동)", "제주특별자치도 제주시 연동 312-1"),
]


class SandboxBackend:
    name = "sandbox"

    def search(self, keyword: str) -> list[Address]:
        words = keyword.split()
        return [a for a in SANDBOX_ADDRESSES
                if all(w in a.road_address or w in a.jibun_address or w == a.postcode
                       for w in words)][:MAX_RESULTS]


class JusoBackend:
    """The public road-name address API (도로명주소 검색 API, JSON)."""

    name = "juso"

    def __init__(self, key: str | None = None, client: httpx.Client | None = None):
        self.key = key or getattr(settings, "MARQUEE_JUSO_API_KEY", "") or os.environ.get(
            "MARQUEE_JUSO_API_KEY", "")
        self.client = client

    def search(self, keyword: str) -> list[Address]:
        if not self.key:
            raise PostcodeError("주소 검색 서비스가 설정되지 않았습니다.")
        params = {"confmKey": self.key, "currentPage": 1, "countPerPage": MAX_RESULTS,
                  "keyword": keyword, "resultType": "json"}
        try:
            client = self.client or httpx.Client(timeout=TIMEOUT)
            response = client.get(JUSO_URL, params=params)
            response.raise_for_status()
            results = response.json()["results"]
        except (httpx.HTTPError, ValueError, KeyError) as error:
            raise PostcodeError("주소 검색 서비스에 연결하지 못했습니다. 잠시 후 다시 시도해 주세요.") \
                from error
        common = results.get("common", {})
        if common.get("errorCode") != "0":
            raise PostcodeError(common.get("errorMessage") or "주소를 검색하지 못했습니다.")
        return [Address(j["zipNo"], j["roadAddr"], j.get("jibunAddr", ""))
                for j in results.get("juso") or []]


BACKENDS = {"sandbox": SandboxBackend, "juso": JusoBackend}


def backend():
    return BACKENDS[getattr(settings, "MARQUEE_POSTCODE_BACKEND", "sandbox")]()


def search(keyword: str) -> list[Address]:
    keyword = " ".join(keyword.split())[:80]
    if len(keyword) < 2:
        raise PostcodeError("검색어를 두 글자 이상 입력해 주세요.")
    return backend().search(keyword)


def lookup(postcode: str, road_address: str) -> Address | None:
    """The search result the member picked, found again (never trust posted text)."""
    try:
        found = search(road_address)
    except PostcodeError:
        return None
    return next((a for a in found if a.postcode == postcode and a.road_address == road_address),
                None)
