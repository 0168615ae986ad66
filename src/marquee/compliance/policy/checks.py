"""Checks that keep the rendered policy true (P9.1, L7.1)."""

from django.conf import settings
from django.core import checks

from marquee.privacy.declarations import CookieCategory
from marquee.privacy.inventory import inventory


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
    for statement in inventory.statements.values():
        if statement.section not in SECTION_KEYS:
            errors.append(checks.Error(
                f"Statement {statement.key!r} names unknown policy section "
                f"{statement.section!r}.", hint=f"One of: {', '.join(SECTION_KEYS)}.",
                id="privacy.E032"))
    return errors
