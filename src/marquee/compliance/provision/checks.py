"""``manage.py check`` fails when personal data is read for marketing, provision or
statistics anywhere but through ``read_for`` (privacy.E020).

The source of every project module is scanned (``ast``, no import). Code is *for* one
of those purposes when it lives in a package named for it (``marketing``,
``campaigns``, ``statistics``, ``stats``, ``analytics``, ``partners``) or declares
``PRIVACY_USE = "marketing"`` (or another use) at module level. In such code, reading
a personal field (``member.mobile``, ``.values_list("email")``) is an error. Anywhere
in the project, an advertising message (``queue(kind="marketing…")``) whose recipient
or text is read straight from a personal field is an error too.

A line that reads a field that merely shares a name with a personal one (a theatre's
``name``) says so with the comment ``# privacy: not-personal``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from django.core import checks

from marquee.privacy.api import inventory
from marquee.privacy.api import resolve_field as _resolve

PURPOSE_PACKAGES = frozenset({"marketing", "campaigns", "campaign", "statistics", "stats",
                              "analytics", "partners"})
MARKER = "PRIVACY_USE"
WAIVER = "privacy: not-personal"
# The gate itself: the only modules that may read values for these purposes.
GATE = frozenset({"marquee.compliance.provision.reads", "marquee.compliance.provision.values",
                  "marquee.compliance.provision.processors",
                  "marquee.compliance.provision.corrections",
                  "marquee.compliance.provision.services", "marquee.compliance.provision.checks"})
QUERY_METHODS = frozenset({"values", "values_list", "only"})
AD_KIND = re.compile(r"^(marketing|ad|ads|advert|campaign|promo)")
_AD_TEXT = re.compile(r"""kind\s*=\s*["'](marketing|ad|ads|advert|campaign|promo)""")


def personal_field_names() -> set[str]:
    """Names of the (non-relation) model fields that hold declared items."""
    names = set()
    for item in inventory.items.values():
        for label in item.fields:
            field = _resolve(label)
            if field is not None and not field.is_relation:
                names.add(field.name)
    return names


def _is_ad_send(node: ast.Call) -> bool:
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name != "queue":
        return False
    return any(kw.arg == "kind" and isinstance(kw.value, ast.Constant)
               and isinstance(kw.value.value, str) and AD_KIND.match(kw.value.value)
               for kw in node.keywords)


def scan(source: str, module: str, names: set[str]) -> list[tuple[int, str]]:
    """Findings (line, what) in one module's source."""
    if module in GATE:
        return []
    in_package = bool(PURPOSE_PACKAGES & set(module.split(".")[1:]))
    # Cheap text tests first: most modules neither are for a purpose nor send ads.
    if not in_package and MARKER not in source and not _AD_TEXT.search(source):
        return []
    tree = ast.parse(source)
    lines = source.splitlines()
    scoped = in_package or any(
        isinstance(node, ast.Assign) and any(getattr(t, "id", "") == MARKER for t in node.targets)
        for node in tree.body)

    def waived(node) -> bool:
        return WAIVER in lines[node.lineno - 1]

    found = []
    for node in ast.walk(tree):
        if scoped and isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) \
                and node.attr in names and not waived(node):
            found.append((node.lineno, f"reads personal field .{node.attr}"))
        elif scoped and isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in QUERY_METHODS and not waived(node):
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) \
                        and arg.value.split("__")[-1] in names:
                    found.append((node.lineno, f"queries personal field {arg.value!r}"))
        if isinstance(node, ast.Call) and _is_ad_send(node):
            for kw in node.keywords:
                if kw.arg not in ("recipient", "body", "subject"):
                    continue
                for sub in ast.walk(kw.value):
                    if isinstance(sub, ast.Attribute) and sub.attr in names and not waived(sub):
                        found.append((sub.lineno, f"advertising message uses .{sub.attr} "
                                                  "read directly"))
    return sorted(set(found))


def project_modules():
    """(module name, path) for every project source file outside migrations."""
    import marquee

    root = Path(marquee.__path__[0])
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        module = ".".join(("marquee", *path.relative_to(root).with_suffix("").parts))
        yield module.removesuffix(".__init__"), path


@checks.register("privacy")
def check_purpose_bound_reads(app_configs=None, **kwargs):
    names = personal_field_names()
    errors = []
    for module, path in project_modules():
        try:
            findings = scan(path.read_text(encoding="utf-8"), module, names)
        except SyntaxError:
            continue  # Python itself reports it
        for line, what in findings:
            errors.append(checks.Error(
                f"{module} line {line} {what} for marketing, provision or statistics.",
                hint="Read it through marquee.compliance.provision.reads.read_for(), which checks "
                     f"consent, correction holds and declared purposes (or mark '# {WAIVER}').",
                id="privacy.E020"))
    return errors
