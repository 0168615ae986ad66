"""Declarations the privacy policy is rendered from, beyond items, purposes and rules.

Apps declare these in their ``privacy.py`` next to the code that makes them true, the
same way they declare items (see ``inventory.py``):

``PROVISIONS``  third parties we give personal data to with the member's consent (P6)
``COOKIES``     every cookie the site sets, with its category (P9)
``SAFEGUARDS``  technical and administrative protections the code actually applies (P12)
``STATEMENTS``  other facts a policy section states about a feature (withdrawal route,
                guardian flow...); the app that implements the feature owns the words

Text may be a callable returning the text, for facts that come from settings (a lock-out
threshold, a cookie name): the policy is rendered from the running configuration.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable
from dataclasses import dataclass

Text = str | Callable[[], str]


def resolve(text: Text) -> str:
    return text() if callable(text) else text


@dataclass(frozen=True)
class ProvisionRule:
    """A standing provision to a third party, lawful only with the member's consent.

    ``consent`` is the ConsentDefinition key whose agreement is the basis (PIPA 17①1);
    ``contact`` is where corrections of already-provided data are sent (P8.4).
    """

    key: str
    recipient: str
    purpose: str
    items: tuple[str, ...]
    retention: str  # how long the recipient keeps it
    consent: str
    contact: str = ""


class CookieCategory(enum.StrEnum):
    NECESSARY = "necessary"
    ANALYTICS = "analytics"
    MARKETING = "marketing"

    @property
    def label(self) -> str:
        return {"necessary": "필수 쿠키", "analytics": "분석 쿠키",
                "marketing": "광고·마케팅 쿠키"}[self.value]


@dataclass(frozen=True)
class Cookie:
    key: str
    name: Text  # the cookie's name as the browser sees it
    category: CookieCategory
    purpose: str
    lifetime: Text


class SafeguardKind(enum.StrEnum):
    TECHNICAL = "technical"
    ADMINISTRATIVE = "administrative"
    PHYSICAL = "physical"

    @property
    def label(self) -> str:
        return {"technical": "기술적 조치", "administrative": "관리적 조치",
                "physical": "물리적 조치"}[self.value]


@dataclass(frozen=True)
class Safeguard:
    """A protection the system applies. ``applies`` says whether it is in force in this
    configuration (e.g. TLS-only cookies in production); the policy lists only those."""

    key: str
    kind: SafeguardKind
    text: Text
    applies: Callable[[], bool] | None = None

    def in_force(self) -> bool:
        return self.applies is None or bool(self.applies())


@dataclass(frozen=True)
class Statement:
    """A sentence of the policy about a feature, owned by the app that implements it.

    ``section`` is a section key of ``marquee.compliance.policy.sections`` (``withdrawal``,
    ``rights``, ``items``, ``links``, ``posts``...); statements follow the generated
    content of their section in ``order``. ``bullets``, when given, are listed under the
    sentence (e.g. the grounds for removing a post): texts, or a callable returning them.
    """

    key: str
    section: str
    text: Text
    order: int = 100
    bullets: tuple[Text, ...] | Callable[[], tuple[str, ...]] = ()

    def bullet_texts(self) -> list[str]:
        found = self.bullets() if callable(self.bullets) else self.bullets
        return [resolve(b) for b in found]


@dataclass(frozen=True)
class AutomatedDecision:
    """A decision the system makes about a person with no one in the loop (PIPA 37-2,
    시행령 44-2~44-4, L5.2): what it decides, on which criteria and data, with what
    effect. The policy lists every one; a member may ask for an explanation or a human
    review of it, or object, and the refusal message points to that route.

    ``criteria`` and ``effect`` may be callables: thresholds come from settings.
    """

    key: str
    label: str  # the decision, as a member would name it ("가입 계정 수 제한")
    stage: str  # where it happens ("회원가입", "로그인", "예매")
    criteria: Text
    items: tuple[str, ...]  # the inventory items the decision reads
    effect: Text
    basis: str = ""  # the law that requires it, if any (a legal duty is still explained)


@dataclass(frozen=True)
class ScheduledJob:
    """A job cron (or the task worker) must run for a promise to hold (``SCHEDULED_JOBS``;
    runs are recorded by ``jobs.recorded``)."""

    key: str
    label: str
    command: str  # what cron runs (shown to operators)
    every: datetime.timedelta
    # Overdue when the last success is older than this (the sweep: 48 hours, so one
    # missed night is tolerated and two are not).
    alert_after: datetime.timedelta
