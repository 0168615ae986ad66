"""My Page and the data download (P8.1): every app's provider says what it holds about
the member; this module only asks them all (marquee.privacy.providers)."""

from __future__ import annotations

from marquee.privacy.api import providers

from .models import Member


def personal_data(member: Member) -> dict:
    """Every personal item held about the member, by provider, merged in order."""
    return providers.export(member)


def mypage_sections(member: Member) -> list[dict]:
    """The providers' My Page sections (rendered in order, after the built-in ones)."""
    return providers.mypage_sections(member)
