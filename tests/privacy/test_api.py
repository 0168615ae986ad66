"""The engine's one public module (issue 18): every name the apps use is there, and
importing it pulls in nothing of the apps built on the engine."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from marquee.privacy import api

# What domain apps and compliance import from the engine today, and the rest of the
# public surface; a name dropped from api.py fails here.
PUBLIC = [
    # declarations
    "Category", "Channel", "ConsentDefinition", "Cookie", "CookieCategory", "Inventory",
    "Item", "LegalBasis", "Period", "Processor", "ProvisionRule", "Purpose",
    "RetentionRule", "Safeguard", "SafeguardKind", "Sensitivity", "Statement", "Storage",
    "Trigger", "days", "inventory", "months", "personal", "resolve", "resolve_field",
    "years", "purposes", "consents_for", "items_for", "AutomatedDecision", "ScheduledJob",
    # vault
    "BlindIndexField", "Ciphertext", "DataKey", "EncryptedCharField", "EncryptedDateField",
    "EncryptedField", "EncryptedJSONField", "KeyDestroyed", "KeyedVaultModel",
    "RetentionKey", "TamperedValue", "VaultError", "VaultModel", "blind_index", "crypto",
    "keyring", "KeyedHashField", "KeyedHashMapField", "is_sealed",
    # consent
    "ConsentRecord", "ConsentText", "consent", "consent_history", "current_consents",
    "record_consents",
    # retention and the separate store
    "CRYPTO_SHRED", "DestructionRecord", "DestructionRun", "RetentionTarget", "archive",
    "block", "is_blocked", "keep", "record_destruction", "records_for_reference",
    "records_for_subject", "ROW_DELETE",
    # providers and scheduled jobs
    "Destroyed", "PersonalDataProvider", "providers", "recorded", "health", "JobRun",
    "anchors",
    # what leaves for a processor (P7.3)
    "UndeclaredDisclosure", "Wire",
    # masking
    "AllowList", "MaskResult", "PII_ENTITIES", "Span", "detect", "mask",
    "mask_account_number", "mask_address", "mask_birthdate", "mask_card", "mask_email",
    "mask_ip", "mask_login_id", "mask_mobile", "mask_name", "mask_staff_text", "mask_text",
    "pii",
    # intake and registries
    "IntakeChannel", "Hook", "HookList", "HookNotSet", "Registry", "before_sweep",
]
# Module namespaces kept for call sites written ``consent.record(...)``.
NAMESPACES = {"consent": "marquee.privacy.consent", "purposes": "marquee.privacy.purposes",
              "archive": "marquee.privacy.archive.services",
              "crypto": "marquee.privacy.vault.crypto", "pii": "marquee.privacy.pii",
              "providers": "marquee.privacy.providers", "health": "marquee.privacy.health",
              "anchors": "marquee.privacy.archive.anchors"}
ROOT = Path(__file__).resolve().parents[2]


def test_the_api_exposes_every_public_name():
    missing = [name for name in PUBLIC if not hasattr(api, name)]
    assert missing == []
    assert sorted(api.__all__) == sorted(PUBLIC)
    assert {name: getattr(api, name).__name__ for name in NAMESPACES} == NAMESPACES


def test_the_api_names_are_the_engines_own_objects():
    from marquee.privacy.archive import services as archive
    from marquee.privacy.checks import personal
    from marquee.privacy.consent import record
    from marquee.privacy.vault.fields import EncryptedCharField, blind_index

    assert (api.personal, api.EncryptedCharField, api.blind_index) == (
        personal, EncryptedCharField, blind_index)
    assert (api.record_consents, api.keep, api.block) == (record, archive.keep, archive.block)


def test_the_api_uses_every_name_apps_import_from_the_engine_today():
    """Every ``from marquee.privacy.X import name`` outside the engine has an api name (or
    a namespace holding it), so the lead can switch imports mechanically."""
    import ast

    aliases = {"_resolve": "resolve_field", "ENTITIES": "PII_ENTITIES",
               "services": "archive", "current_state": "current_consents"}
    missing = set()
    for path in (ROOT / "src" / "marquee").rglob("*.py"):
        if "migrations" in path.parts or path.is_relative_to(ROOT / "src/marquee/privacy"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    "marquee.privacy"):
                for alias in node.names:
                    name = aliases.get(alias.name, alias.name)
                    if not hasattr(api, name):
                        missing.add(f"{node.module}.{alias.name}")
    assert missing == set()


def test_importing_the_api_imports_nothing_outside_the_engine():
    """In a fresh interpreter with only the engine installed: no ``marquee`` module other
    than ``marquee.privacy.*`` is loaded by ``import marquee.privacy.api``."""
    script = textwrap.dedent("""
        import sys
        import django
        from django.conf import settings
        settings.configure(
            INSTALLED_APPS=["django.contrib.auth", "django.contrib.contenttypes",
                            "marquee.privacy", "marquee.privacy.archive"],
            DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
            USE_TZ=True, TIME_ZONE="Asia/Seoul")
        django.setup()
        import marquee.privacy.api
        print("\\n".join(sorted(m for m in sys.modules if m.startswith("marquee"))))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin"},
                          timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = done.stdout.split()
    assert "marquee.privacy.api" in loaded and "marquee.privacy.retention" in loaded
    assert [m for m in loaded if m != "marquee" and not m.startswith("marquee.privacy")] == []
