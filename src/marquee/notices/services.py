"""Posting notices. Other apps announce through here (compliance through the
``policy_announcer`` hook filled in ``NoticesConfig.ready``, since it imports no app
above it)."""

from __future__ import annotations

from .models import Notice


def post(*, title: str, body: str, kind=Notice.Kind.GENERAL, link: str = "",
         link_label: str = "", source: str = "") -> Notice:
    return Notice.objects.create(kind=kind, title=title, body=body, link=link,
                                 link_label=link_label, source=source)


def announce_policy_version(announcement: dict) -> Notice:
    """The privacy engine's policy-change notice (P15.1): title, body, link, source."""
    return post(kind=Notice.Kind.POLICY, title=announcement["title"],
                body=announcement["body"], link=announcement["link"],
                link_label=announcement.get("link_label", "변경 내용 보기"),
                source=announcement["source"])
