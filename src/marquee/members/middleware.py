"""Automatic collection (P1.2): each signed-in member's request is recorded with its
IP, OS, browser, device model and (from the app's header) carrier, through the batched,
crash-safe spool (``access_spool``)."""

from functools import lru_cache

from ua_parser import parse

from marquee.http import client_ip

from . import access_spool
from .models import AccessRecord

CARRIER_HEADER = "HTTP_X_MARQUEE_CARRIER"
SKIP_PREFIXES = ("/static/", "/favicon.ico")


@lru_cache(maxsize=2048)
def describe_agent(user_agent: str) -> tuple[str, str, str]:
    result = parse(user_agent)
    os = result.os.family if result.os else ""
    if result.os and result.os.major:
        os = f"{os} {result.os.major}"
    browser = result.user_agent.family if result.user_agent else ""
    if result.user_agent and result.user_agent.major:
        browser = f"{browser} {result.user_agent.major}"
    device = ""
    if result.device and result.device.family != "Other":
        device = " ".join(p for p in (result.device.brand, result.device.model) if p) or result.device.family
    return os[:60], browser[:60], device[:60]


class AccessRecordMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated and not user.is_staff
                and not request.path.startswith(SKIP_PREFIXES)):
            os, browser, device = describe_agent(request.META.get("HTTP_USER_AGENT", "")[:500])
            access_spool.record(AccessRecord(
                member=user, ip=client_ip(request), path=request.path.replace("\x00", "")[:200],
                method=request.method[:8], os=os, browser=browser, device=device,
                carrier=request.META.get(CARRIER_HEADER, "")[:30],
            ))
        return response
