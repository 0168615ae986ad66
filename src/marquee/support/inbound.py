"""E-mail in (P13.1): inquiries sent to the customer centre's address become inquiries.

A mailbox backend yields raw messages; ``process`` turns each into a new inquiry
(channel e-mail, answered by e-mail, on the same 24-hour clock) or, when its subject
carries an inquiry's token (``[문의 ABC123DEF0]``, which every answer's subject has) and it
comes from that inquiry's contact address, into a follow-up in the same conversation.
Backends: ``imap`` (the production mailbox, read over IMAPS; messages are marked seen
and deleted after processing) and ``folder`` (development: ``.eml`` files in a folder,
moved to ``done/`` after processing). Attachments are not taken in by e-mail: the reply
says to use the web form for images, which scans them.
"""

from __future__ import annotations

import email
import email.policy
import imaplib
import logging
import re
from collections.abc import Iterator
from email.utils import parseaddr
from pathlib import Path

from django.conf import settings
from django.db import transaction

from . import services
from .models import Inquiry

logger = logging.getLogger("marquee.support")
TOKEN = re.compile(r"\[문의 ([0-9A-F]{10})\]")


class FolderMailbox:
    """Development: each ``*.eml`` file in ``path`` is one message."""

    def __init__(self, path):
        self.path = Path(path)

    def messages(self) -> Iterator[tuple[bytes, callable]]:
        done = self.path / "done"
        for file in sorted(self.path.glob("*.eml")):
            def processed(file=file):
                done.mkdir(exist_ok=True)
                file.rename(done / file.name)
            yield file.read_bytes(), processed


class ImapMailbox:
    """Production: unseen messages of the INBOX over IMAPS."""

    def __init__(self, host, user, password, port=993, folder="INBOX"):
        self.host, self.user, self.password, self.port, self.folder = host, user, password, port, folder

    def messages(self) -> Iterator[tuple[bytes, callable]]:
        with imaplib.IMAP4_SSL(self.host, self.port) as imap:
            imap.login(self.user, self.password)
            imap.select(self.folder)
            _, found = imap.search(None, "UNSEEN")
            for number in found[0].split():
                _, data = imap.fetch(number, "(RFC822)")

                def processed(number=number):
                    imap.store(number, "+FLAGS", "\\Deleted")
                yield data[0][1], processed
            imap.expunge()


def mailbox():
    config = dict(getattr(settings, "MARQUEE_SUPPORT_MAILBOX", {}))
    backend = config.pop("backend", "folder")
    if backend == "imap":
        return ImapMailbox(**config)
    return FolderMailbox(config.get("path", settings.VAR_DIR / "inbound-mail"))


def _text(message) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    text = part.get_content()
    if part.get_content_type() == "text/html":
        text = re.sub(r"<[^>]+>", " ", text)
    # Drop the quoted earlier conversation of a reply.
    lines = [line for line in text.splitlines() if not line.startswith(">")]
    return "\n".join(lines).strip()


@transaction.atomic
def take(raw: bytes) -> Inquiry | None:
    """One message: a follow-up to the inquiry its subject names, or a new inquiry."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    name, address = parseaddr(str(message.get("From", "")))
    if not address:
        return None
    subject = str(message.get("Subject", "")).strip() or "(제목 없음)"
    body = _text(message) or "(내용 없음)"
    match = TOKEN.search(subject)
    if match:
        inquiry = Inquiry.objects.filter(number=match.group(1)).first()
        if inquiry is not None and (inquiry.contact or "").lower() == address.lower() \
                and services.accepts_follow_up(inquiry):
            services.follow_up(inquiry, body)
            return inquiry
    return services.submit(services.Ask(
        category=Inquiry.Category.OTHER, subject=TOKEN.sub("", subject).strip()[:200],
        body=body, reply_by=Inquiry.ReplyBy.EMAIL, contact=address,
        guest_name=(name or address.split("@")[0])[:50]), channel=Inquiry.Channel.EMAIL)


def process(box=None) -> int:
    """Take every waiting message; a message that fails stays in the mailbox."""
    count = 0
    for raw, processed in (box or mailbox()).messages():
        try:
            take(raw)
        except Exception:  # noqa: BLE001 - logged; the message is retried next run
            logger.exception("inbound inquiry e-mail could not be taken")
            continue
        processed()
        count += 1
    return count
