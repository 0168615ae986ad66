"""Reads of stored messages for apps above the outbox (which do not import its models)."""

from __future__ import annotations

from .models import Message


def latest_body(data_key, kind: str) -> str:
    """The body of the latest message of ``kind`` sealed under ``data_key`` (e.g. the
    demo loader reading the guardian's link as the guardian would)."""
    return Message.objects.filter(data_key=data_key, kind=kind).latest("created_at").body
