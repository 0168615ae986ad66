"""A role mailbox: an address that names a desk or a team, not a person (P11.2, round 13, read
from test14, checked on test9 to test13).

``team-support@…``, ``group@…``, ``help@…``, ``no-reply@…``, ``recruit@…``: RFC 2142 and common
practice give organisations mailboxes named after their function, printed in auto-replies,
notices and on websites so that anyone may write; masking one hides nobody. The whole local
part must be role words (joined by ``-``, ``_`` or ``.``): ``hr_kim@…`` or ``minji.support@…``
holds a person's name and stays masked, and so does a word a member may pick as a handle
(``cinema@…``, labelled a member's in test5).

The operator's own domains are left to its settings: a mailbox at a domain of any declared
contact (``help@mecross.net`` once the settings no longer declare it) or at a domain named after
the service (``privacy@marquee.kr``, ``group@marquee-cinema.kr``) is the settings' call, as
``allowlist.py`` reads them, never this rule's (``test_pii_round2``, ``test_pii_round3``). A
no-reply sender (``noreply@``, ``no-reply@``, ``donotreply@``) is the exception at any domain: it
receives no mail, so it is nobody's and no route either (``<noreply@mecross.net>``, test13).
"""

from __future__ import annotations

import re

from .allowlist import _declared_values

_ROLE_WORDS = frozenset({
    "team", "support", "help", "helpdesk", "info", "information", "cs", "group", "groups", "admin",
    "contact", "contactus", "sales", "recruit", "recruiting", "recruitment", "jobs", "careers", "hr",
    "no", "noreply", "reply", "donotreply", "webmaster", "postmaster", "hostmaster", "abuse",
    "security", "service", "services", "customer", "customers", "cscenter", "marketing", "press",
    "pr", "media", "ir", "partner", "partners", "partnership", "biz", "business", "event", "events",
    "privacy", "dpo", "legal", "office", "billing", "ticket", "tickets", "booking", "reservation",
    "order", "orders", "account", "accounts", "finance", "invoice", "invoices", "feedback", "inquiry", "enquiry", "enquiries", "ask", "official", "news",
    "newsletter", "notice", "notify", "notification", "ad", "ads", "center", "centre", "desk", "staff",
})

_NO_REPLY = frozenset({"noreply", "donotreply"})


def is_role_mailbox(value: str) -> bool:
    """Is the e-mail address ``value`` a role mailbox (every word of its local part a role)?"""
    local = re.sub(r"\s+", "", value).split("@", 1)[0].lower()
    words = [w for w in re.split(r"[-_.+]", local) if w]
    if not words or not all(w in _ROLE_WORDS for w in words):
        return False
    if "".join(words) in _NO_REPLY:
        return True
    domain = _domain(value)
    return "marquee" not in domain and domain not in _operator_domains()


def _domain(value: str) -> str:
    return re.sub(r"\s+", "", value).rsplit("@", 1)[-1].lower()


def _operator_domains() -> set[str]:
    """The domains of the operator's declared e-mail contacts (settings, read on each call)."""
    return {_domain(v) for v in _declared_values() if "@" in v}
