"""Checks that keep the rendered policy true (P9.1, L7.1)."""

from django.conf import settings
from django.core import checks

from marquee.privacy.api import CookieCategory, inventory


@checks.register("privacy")
def check_cookie_consent(app_configs=None, **kwargs):
    """Analytics or marketing cookies need a consent per category before they are set
    (P9.1). Until a cookie-consent page exists (MARQUEE_COOKIE_CONSENT), declaring one
    is an error: the policy would promise a choice the site does not offer."""
    optional = [c.key for c in inventory.cookies.values() if c.category != CookieCategory.NECESSARY]
    if optional and not getattr(settings, "MARQUEE_COOKIE_CONSENT", ""):
        return [checks.Error(
            f"Cookies {', '.join(optional)} are not strictly necessary but the site has no "
            "cookie-consent page.",
            hint="Build the consent per category (P9.1, P9.2) and set MARQUEE_COOKIE_CONSENT, "
                 "or do not set these cookies.",
            id="privacy.E030")]
    return []


@checks.register("privacy")
def check_policy_declarations(app_configs=None, **kwargs):
    """A provision rule must name a declared consent and items (P6.1); a statement must
    name a section of the policy, or it would silently never be shown (L7.1)."""
    from .sections import SECTION_KEYS

    errors = []
    for rule in inventory.provisions.values():
        if rule.consent not in inventory.consents:
            errors.append(checks.Error(
                f"Provision rule {rule.key!r} names undeclared consent {rule.consent!r}.",
                hint="Declare the third-party provision consent (PIPA 17②) in CONSENTS.",
                id="privacy.E031"))
        unknown = [k for k in rule.items if k not in inventory.items]
        if unknown:
            errors.append(checks.Error(
                f"Provision rule {rule.key!r} provides undeclared items {unknown}.",
                id="privacy.E031"))
    for processor in inventory.processors.values():
        if processor.abroad and processor.transfer is None:
            errors.append(checks.Error(
                f"Processor {processor.key!r} handles data in {processor.country} but declares "
                "no Transfer (time and method, contact, retention, how to refuse).",
                hint="PIPA 28-8② requires the policy to state them (L7.3).", id="privacy.E035"))
    for decision in inventory.decisions.values():
        unknown = [k for k in decision.items if k not in inventory.items]
        if unknown:
            errors.append(checks.Error(
                f"Automated decision {decision.key!r} reads undeclared items {unknown}.",
                hint="Name the inventory items the decision uses (PIPA 37-2, L5.2).",
                id="privacy.E036"))
    for statement in inventory.statements.values():
        if statement.section not in SECTION_KEYS:
            errors.append(checks.Error(
                f"Statement {statement.key!r} names unknown policy section "
                f"{statement.section!r}.", hint=f"One of: {', '.join(SECTION_KEYS)}.",
                id="privacy.E032"))
    return errors


@checks.register("privacy")
def check_policy_is_published(app_configs=None, **kwargs):
    """The policy in force is the system's own (L7.2): what the declarations render must
    be the latest published snapshot, or the site would run under a policy that does not
    describe it."""
    if app_configs is not None:
        return []
    from . import published

    try:
        snapshot, changes = published.drift()
    except (ValueError, KeyError) as exc:
        return [checks.Error(f"The published policy snapshots cannot be read: {exc}",
                             id="privacy.E034")]
    if snapshot is None:
        return [checks.Error(
            "No version of the privacy policy is published.",
            hint="Publish the first version: manage.py policy publish --effective TODAY "
                 "(it may take effect at once), and commit the snapshot it writes.",
            id="privacy.E033")]
    if changes is None:
        return []
    from . import leadtime

    days = leadtime.required_days(material=changes.material)
    sections = ", ".join(s.heading for s in changes.changed)
    return [checks.Error(
        f"The declarations change the privacy policy against published version "
        f"{snapshot.number} ({sections}).",
        hint=f"Publish a version carrying the change with {days} days' notice"
             f"{' (a material change)' if changes.material else ''}: manage.py policy publish "
             "--effective YYYY-MM-DD, and commit the snapshot (see docs/policy.md).",
        id="privacy.E033")]
