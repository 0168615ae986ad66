"""The personal-data inventory: the single source of truth for what Marquee holds.

Every domain app declares, in its own ``privacy.py``, the personal-data items it
stores, the model fields that hold them, why (purposes with a legal basis), for how
long (retention rules) and who processes them for us (processors). The privacy engine
discovers these modules the way the admin discovers ``admin.py``; it never imports a
domain app by name. System checks (``checks.py``) hold the models to the
declarations, and the policy page is rendered from them.

A ``privacy.py`` module exposes any of these module-level sequences:
``PURPOSES``, ``RETENTION_RULES``, ``ITEMS``, ``PROCESSORS``, ``CONSENTS`` and
``RETENTION_TARGETS`` (where the rows governed by a rule live; see retention.py),
``PROVIDERS`` (what the app holds about a member and how it is exported, archived and
destroyed; see providers.py), ``SCHEDULED_JOBS`` (what cron must run, see jobs.py), and
for the rendered policy ``PROVISIONS``, ``COOKIES``, ``SAFEGUARDS``, ``STATEMENTS`` and
``DECISIONS`` (automated decisions; see declarations.py).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import timedelta
from types import ModuleType


class Category(enum.StrEnum):
    """How an item is collected (policy §1 (1))."""

    REQUIRED = "required"
    OPTIONAL = "optional"
    AUTOMATIC = "automatic"
    EVENT = "event"
    PURCHASE = "purchase"

    @property
    def label(self) -> str:
        return {
            "required": "필수 항목",
            "optional": "선택 항목",
            "automatic": "서비스 이용 과정에서 자동 생성·수집되는 항목",
            "event": "부가 서비스·이벤트 응모 시 수집 항목",
            "purchase": "상품 구매(유료 서비스) 시 수집 항목",
        }[self.value]


class Channel(enum.StrEnum):
    """Where an item is collected (P1.5)."""

    SIGNUP = "signup"
    COOKIES_LOGS = "cookies_logs"
    DELIVERY = "delivery"
    BOOKING = "booking"
    EVENT = "event"
    CONSULTATION = "consultation"
    PARTNER = "partner"

    @property
    def label(self) -> str:
        return {
            "signup": "홈페이지(회원가입)",
            "cookies_logs": "쿠키·로그에 의한 자동 수집",
            "delivery": "배송 요청",
            "booking": "예매 및 유료 서비스 이용",
            "event": "이벤트 응모",
            "consultation": "상담 요청(전화, 이메일, 게시판)",
            "partner": "제휴사로부터 제공",
        }[self.value]


class Sensitivity(enum.StrEnum):
    """How much harm a leak does; decides the storage the checks demand (P1.6)."""

    UNIQUE_IDENTIFIER = "unique_identifier"  # CI, DI, login ID: links a person across services
    AUTHENTICATION = "authentication"  # passwords: one-way hashed only
    ORDINARY = "ordinary"


class Storage(enum.StrEnum):
    ENCRYPTED = "encrypted"  # vault field, AES-256-GCM under a data key
    HASHED = "hashed"  # one-way (Argon2 passwords, keyed HMAC)
    PLAIN = "plain"


class LegalBasis(enum.StrEnum):
    """Why processing is lawful (PIPA 15①)."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LAW = "law"
    LEGITIMATE_INTEREST = "legitimate_interest"

    @property
    def label(self) -> str:
        return {
            "consent": "정보주체의 동의 (개인정보 보호법 제15조제1항제1호)",
            "contract": "계약 체결·이행에 필요 (개인정보 보호법 제15조제1항제4호)",
            "law": "법률의 특별한 규정·법령상 의무 준수 (개인정보 보호법 제15조제1항제2호)",
            "legitimate_interest": "개인정보처리자의 정당한 이익 달성에 필요하고 정보주체의 권리보다 "
                                   "명백히 우선하는 경우 (개인정보 보호법 제15조제1항제6호)",
        }[self.value]


class Trigger(enum.StrEnum):
    """The event from which a retention period is counted (P3)."""

    PURPOSE_END = "purpose_end"
    WITHDRAWAL = "withdrawal"
    RECORD = "record"
    CONTRACT = "contract"
    PAYMENT = "payment"
    CLOSURE = "closure"

    @property
    def label(self) -> str:
        return {
            "purpose_end": "목적 달성 시",
            "withdrawal": "회원 탈퇴일로부터",
            "record": "기록 생성일로부터",
            "contract": "계약일로부터",
            "payment": "결제일로부터",
            "closure": "처리 종결일로부터",
        }[self.value]


@dataclass(frozen=True)
class Period:
    """A retention period in calendar units, as the law states it."""

    years: int = 0
    months: int = 0
    days: int = 0

    def before(self, moment):
        """The earliest start whose period has ended by ``moment`` (inverse of ``after``)."""
        import calendar

        moment = moment - timedelta(days=self.days)
        month_index = moment.month - 1 - self.months - 12 * self.years
        year = moment.year + month_index // 12
        month = month_index % 12 + 1
        day = min(moment.day, calendar.monthrange(year, month)[1])
        return moment.replace(year=year, month=month, day=day)

    def after(self, moment):
        """The moment this period ends, counted in calendar months from ``moment``."""
        import calendar

        month_index = moment.month - 1 + self.months + 12 * self.years
        year = moment.year + month_index // 12
        month = month_index % 12 + 1
        day = min(moment.day, calendar.monthrange(year, month)[1])
        return moment.replace(year=year, month=month, day=day) + timedelta(days=self.days)

    @property
    def label(self) -> str:
        parts = []
        if self.years:
            parts.append(f"{self.years}년")
        if self.months:
            parts.append(f"{self.months}개월")
        if self.days:
            parts.append(f"{self.days}일")
        return " ".join(parts) or "목적 달성 즉시"


def days(n: int) -> Period:
    return Period(days=n)


def months(n: int) -> Period:
    return Period(months=n)


def years(n: int) -> Period:
    return Period(years=n)


@dataclass(frozen=True)
class Purpose:
    key: str
    label: str
    description: str
    basis: LegalBasis


@dataclass(frozen=True)
class RetentionRule:
    key: str
    label: str
    trigger: Trigger
    period: Period
    basis: str  # the reason, in the policy's words
    citation: str = ""  # the statute, when the law requires the retention


@dataclass(frozen=True)
class Item:
    """One kind of personal data, wherever it is stored."""

    key: str
    label: str
    category: Category
    channel: Channel
    fields: tuple[str, ...]  # "app_label.Model.field"
    purposes: tuple[Purpose, ...]
    retention: tuple[str, ...]  # RetentionRule keys
    sensitivity: Sensitivity = Sensitivity.ORDINARY
    lookup: bool = False  # has a blind index for exact-match search
    # Where the item is held outside the database (e.g. a Redis key), described for a
    # reviewer; an item held only there has no ``fields``, and needs a provider.
    stores: tuple[str, ...] = ()

    @property
    def needs_consent(self) -> bool:
        return any(p.basis == LegalBasis.CONSENT for p in self.purposes)


@dataclass(frozen=True)
class Processor:
    key: str
    name: str
    task: str
    items: tuple[str, ...]
    contract_period: str = "위탁계약 종료 시까지"
    sub_processors: tuple[str, ...] = ()
    country: str = "대한민국"  # where the processor handles the data (국외 이전, PIPA 28-8)
    # For a processor abroad, what PIPA 28-8② requires the policy to state:
    transfer: Transfer | None = None

    @property
    def abroad(self) -> bool:
        return self.country != "대한민국"


@dataclass(frozen=True)
class Transfer:
    """How personal data goes abroad to a processor (PIPA 28-8②, L7.3): the time and
    method, the recipient's contact, the retention there and how to refuse."""

    when_and_how: str  # e.g. "결제 시 전용회선(TLS)으로 수시 전송"
    contact: str  # the recipient's contact point (개인정보 보호책임자 연락처)
    retention: str
    refusal: str  # how to refuse and what follows


@dataclass(frozen=True)
class ConsentDefinition:
    """A consent the member is asked for; its text version is recorded with each answer.

    Bump ``version`` whenever the text changes: answers stay tied to the text shown.
    """

    key: str
    version: int
    title: str
    purpose: str
    items: tuple[str, ...]  # Item keys
    retention: str
    refusal: str  # the right to refuse and its consequence (L1.1)
    required: bool = False
    night: bool = False  # the separate 21:00–08:00 advertising consent (L1.2)
    channel: str = ""  # marketing channel: sms, email, push

    @property
    def body(self) -> str:
        return "\n".join(
            [
                f"목적: {self.purpose}",
                f"항목: {', '.join(self.items)}",
                f"보유기간: {self.retention}",
                f"거부 권리 및 불이익: {self.refusal}",
            ]
        )


@dataclass
class Inventory:
    purposes: dict[str, Purpose] = field(default_factory=dict)
    rules: dict[str, RetentionRule] = field(default_factory=dict)
    items: dict[str, Item] = field(default_factory=dict)
    processors: dict[str, Processor] = field(default_factory=dict)
    consents: dict[str, ConsentDefinition] = field(default_factory=dict)
    provisions: dict = field(default_factory=dict)  # ProvisionRule, see declarations.py
    cookies: dict = field(default_factory=dict)  # Cookie
    safeguards: dict = field(default_factory=dict)  # Safeguard
    statements: dict = field(default_factory=dict)  # Statement
    decisions: dict = field(default_factory=dict)  # AutomatedDecision (L5.2)
    jobs: dict = field(default_factory=dict)  # ScheduledJob, see jobs.py
    targets: list = field(default_factory=list)  # RetentionTarget, see retention.py
    providers: dict = field(default_factory=dict)  # PersonalDataProvider, see providers.py
    modules: list[str] = field(default_factory=list)

    def load(self, module: ModuleType) -> None:
        """Add one app's declarations; loading the same module twice is a no-op."""
        if module.__name__ in self.modules:
            return
        self.modules.append(module.__name__)
        for attr, target in (
            ("PURPOSES", self.purposes),
            ("RETENTION_RULES", self.rules),
            ("ITEMS", self.items),
            ("PROCESSORS", self.processors),
            ("CONSENTS", self.consents),
            ("PROVISIONS", self.provisions),
            ("COOKIES", self.cookies),
            ("SAFEGUARDS", self.safeguards),
            ("STATEMENTS", self.statements),
            ("DECISIONS", self.decisions),
            ("SCHEDULED_JOBS", self.jobs),
            ("PROVIDERS", self.providers),
        ):
            for declaration in getattr(module, attr, ()):
                if declaration.key in target and target[declaration.key] != declaration:
                    raise ValueError(f"{attr[:-1].lower()} {declaration.key!r} declared twice")
                target[declaration.key] = declaration
        self.targets.extend(getattr(module, "RETENTION_TARGETS", ()))
        for item in getattr(module, "ITEMS", ()):
            for purpose in item.purposes:
                self.purposes.setdefault(purpose.key, purpose)

    def item_for_field(self, label: str) -> Item | None:
        for item in self.items.values():
            if label in item.fields:
                return item
        return None

    def items_in(self, category: Category) -> list[Item]:
        return [i for i in self.items.values() if i.category == category]


inventory = Inventory()


def autodiscover() -> Inventory:
    """Import every installed app's ``privacy`` module into the inventory."""
    from importlib import import_module
    from importlib.util import find_spec

    from django.apps import apps

    for config in apps.get_app_configs():
        name = f"{config.name}.privacy"
        if find_spec(name) is not None:
            inventory.load(import_module(name))
    return inventory
