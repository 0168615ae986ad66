"""The privacy engine's public interface: what domain apps and compliance import.

Apps import from here only (``from marquee.privacy.api import Item, personal``), never
from the engine's modules, so that the engine can be reorganised without touching them.
Importing this module is safe from an app's ``models.py``: it imports nothing but the
engine itself, Django, the standard library and third-party packages.

The groups below follow the engine's parts: declarations (inventory and the policy's
other facts), sealed storage (vault), consent, retention and the separate store,
masking and free-text PII, intake channels, and the registries apps fill at start-up.
Module namespaces (``consent``, ``purposes``, ``archive``, ``crypto``, ``pii``) are exported for
call sites that read better qualified (``consent.record(...)``).
"""

from . import consent, health, pii, providers, purposes
from .archive import anchors
from .archive import services as archive
from .archive.services import (
    block,
    is_blocked,
    keep,
    records_for_reference,
    records_for_subject,
)
from .checks import _resolve as resolve_field
from .checks import personal
from .consent import current_state as current_consents
from .consent import history as consent_history
from .consent import record as record_consents
from .declarations import (
    AutomatedDecision,
    Cookie,
    CookieCategory,
    ProvisionRule,
    Safeguard,
    SafeguardKind,
    ScheduledJob,
    Statement,
    resolve,
)
from .hooks import Hook, HookList, HookNotSet, Registry, before_sweep
from .intake import IntakeChannel
from .inventory import (
    Category,
    Channel,
    ConsentDefinition,
    Inventory,
    Item,
    LegalBasis,
    Period,
    Processor,
    Purpose,
    RetentionRule,
    Sensitivity,
    Storage,
    Trigger,
    days,
    inventory,
    months,
    years,
)
from .jobs import recorded
from .marking import is_sealed
from .masking import (
    mask,
    mask_account_number,
    mask_address,
    mask_birthdate,
    mask_card,
    mask_email,
    mask_ip,
    mask_login_id,
    mask_mobile,
    mask_name,
    mask_staff_text,
)
from .models import ConsentRecord, ConsentText, DestructionRecord, DestructionRun, JobRun
from .outbound import UndeclaredDisclosure, Wire
from .pii import ENTITIES as PII_ENTITIES
from .pii import AllowList, MaskResult, Span, detect, mask_text
from .providers import Destroyed, PersonalDataProvider
from .purposes import consents_for, items_for
from .retention import CRYPTO_SHRED, ROW_DELETE, RetentionTarget, record_destruction
from .vault import crypto
from .vault.crypto import KeyDestroyed, TamperedValue, VaultError
from .vault.fields import (
    BlindIndexField,
    Ciphertext,
    EncryptedCharField,
    EncryptedDateField,
    EncryptedField,
    EncryptedJSONField,
    KeyedHashField,
    KeyedHashMapField,
    blind_index,
)
from .vault.keyring import keyring
from .vault.keys import DataKey, RetentionKey
from .vault.models import KeyedVaultModel, VaultModel

__all__ = [
    # declarations: the inventory and the policy's other facts
    "Category", "Channel", "ConsentDefinition", "Cookie", "CookieCategory", "Inventory",
    "Item", "LegalBasis", "Period", "Processor", "ProvisionRule", "Purpose",
    "RetentionRule", "Safeguard", "SafeguardKind", "Sensitivity", "Statement", "Storage",
    "Trigger", "days", "inventory", "months", "personal", "resolve", "resolve_field",
    "years", "purposes", "consents_for", "items_for", "AutomatedDecision", "ScheduledJob",
    # the vault: sealed fields, blind indexes, keys
    "BlindIndexField", "Ciphertext", "DataKey", "EncryptedCharField", "EncryptedDateField",
    "EncryptedField", "EncryptedJSONField", "KeyDestroyed", "KeyedVaultModel",
    "RetentionKey", "TamperedValue", "VaultError", "VaultModel", "blind_index", "crypto",
    "keyring", "KeyedHashField", "KeyedHashMapField", "is_sealed",
    # consent
    "ConsentRecord", "ConsentText", "consent", "consent_history", "current_consents",
    "record_consents",
    # retention, destruction records and the separate store
    "CRYPTO_SHRED", "DestructionRecord", "DestructionRun", "RetentionTarget", "archive",
    "block", "is_blocked", "keep", "record_destruction", "records_for_reference",
    "records_for_subject", "ROW_DELETE",
    # what each app holds about a member (providers) and the jobs cron runs
    "Destroyed", "PersonalDataProvider", "providers", "recorded", "health", "JobRun",
    "anchors",
    # what leaves for a processor (P7.3)
    "UndeclaredDisclosure", "Wire",
    # masking of known values and of free text
    "AllowList", "MaskResult", "PII_ENTITIES", "Span", "detect", "mask",
    "mask_account_number", "mask_address", "mask_birthdate", "mask_card", "mask_email",
    "mask_ip", "mask_login_id", "mask_mobile", "mask_name", "mask_staff_text", "mask_text",
    "pii",
    # how requests reach the operator
    "IntakeChannel",
    # registries apps fill in AppConfig.ready()
    "Hook", "HookList", "HookNotSet", "Registry", "before_sweep",
]
