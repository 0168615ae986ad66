"""The advertisement as each member receives it (L1.2, 정보통신망법 50④, 시행령 61):
it starts with "(광고)", names the sender, and ends with the free opt-out."""

from __future__ import annotations

from django.conf import settings

AD_MARK = "(광고)"


def sender() -> str:
    """The operator as the policy names it: service and company."""
    operator = settings.MARQUEE_OPERATOR
    return f"{operator['service']}({operator['company']})"


def optout_number() -> str:
    return settings.MARQUEE_MARKETING["optout_number"]


def ad_subject(campaign) -> str:
    return f"{AD_MARK} {campaign.headline}" if campaign.channel != "sms" else ""


def ad_text(campaign, optout_url: str) -> str:
    """The body for one member (only the opt-out link differs between members)."""
    head = f"{AD_MARK} [{sender()}] {campaign.headline}"
    if campaign.channel == "sms":
        tail = [f"무료수신거부 {optout_number()}", f"수신거부: {optout_url}"]
    elif campaign.channel == "email":
        tail = ["", f"보낸 곳: {sender()}",
                "더 이상 광고성 정보를 받지 않으시려면 아래 링크에서 한 번에, 무료로 "
                "수신을 거부하실 수 있습니다.", f"수신거부: {optout_url}"]
    else:
        tail = [f"수신거부(무료): 앱 설정 > 알림 또는 {optout_url}"]
    return "\n".join([head, campaign.text, *tail])


def record_text(campaign) -> str:
    """The advertisement as the 표시·광고 기록 keeps it: no member's link."""
    return ad_text(campaign, "(회원별 수신거부 링크)")
