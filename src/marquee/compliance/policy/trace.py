"""Requirement traceability: every requirement ID, the tests that cite it, their status.

Requirement IDs come from the requirements document (``- P8.3 …`` bullets; a ``## P10
…`` heading is a requirement itself when it states one after a dash, has a table, or
has no numbered bullets). Tests cite IDs in their names: ``test_p8_3_held_item…`` cites
P8.3, ``test_b2_b4_…`` cites B2 and B4, ``test_p3_login_id…`` cites P3. Statuses come
from JUnit XML written by ``pytest --junitxml``; tests found in the source but absent
from the XML are "none" (not run). No Django needed: plain files in, text out.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

_BULLET = re.compile(r"^- (?P<id>[PLB]\d+(?:\.\d+)?)\s+(?P<text>.*)$")
_HEADING = re.compile(r"^## (?P<id>[PLB]\d+)\b\s*(?P<text>.*)$")
_TOKEN = re.compile(r"^([plb])(\d+)$")
RANK = {"fail": 3, "pass": 2, "skip": 1, "none": 0}


@dataclass
class Requirement:
    id: str
    text: str
    tests: list[str] = field(default_factory=list)


@dataclass
class Report:
    requirements: list[Requirement]
    statuses: dict[str, str]  # test id → pass / fail / skip / none
    unknown: dict[str, list[str]]  # cited ID not in the document → tests

    def status(self, requirement: Requirement) -> str:
        found = {self.statuses.get(t, "none") for t in requirement.tests}
        if "fail" in found:
            return "fail"
        return "pass" if "pass" in found else "none"

    def counts(self) -> dict[str, int]:
        counts = {"pass": 0, "fail": 0, "none": 0}
        for requirement in self.requirements:
            counts[self.status(requirement)] += 1
        counts["cited"] = sum(1 for r in self.requirements if r.tests)
        counts["total"] = len(self.requirements)
        return counts

    def summary(self) -> str:
        c = self.counts()
        ran = sum(1 for s in self.statuses.values() if s != "none")
        return (f"Requirements covered by a passing test: {c['pass']}/{c['total']} "
                f"({100 * c['pass'] // max(c['total'], 1)}%); failing: {c['fail']}; "
                f"no passing or failing test: {c['none']} "
                f"(cited by some test: {c['cited']}/{c['total']}; tests in the run: {ran})")


def parse_requirements(text: str) -> list[Requirement]:
    found: list[Requirement] = []
    group: Requirement | None = None
    group_has_bullets = group_has_table = False

    def close_group():
        if group is not None and (not group_has_bullets or group_has_table
                                  or "—" in group.text):
            found.insert(group_at, group)

    group_at = 0
    for line in text.splitlines():
        if line.startswith("## "):
            close_group()
            match = _HEADING.match(line)
            group = Requirement(match["id"], match["text"].strip()) if match else None
            group_at, group_has_bullets, group_has_table = len(found), False, False
        elif match := _BULLET.match(line):
            found.append(Requirement(match["id"], match["text"].strip()))
            group_has_bullets = True
        elif line.startswith("|") and not line.startswith("|---") and group is not None:
            group_has_table = True
    close_group()
    return found


def cited_ids(name: str, known: set[str]) -> list[str]:
    """The requirement IDs a test name cites, in order (``test_p8_3_x`` → ["P8.3"])."""
    parts = name.split("[")[0].split("_")
    cited, i = [], 0
    while i < len(parts):
        match = _TOKEN.match(parts[i])
        if match:
            base = f"{match[1].upper()}{match[2]}"
            if i + 1 < len(parts) and parts[i + 1].isdigit() and f"{base}.{parts[i + 1]}" in known:
                cited.append(f"{base}.{parts[i + 1]}")
                i += 2
                continue
            cited.append(base)
        i += 1
    return list(dict.fromkeys(cited))


def tests_in_source(root: Path, base: Path) -> list[str]:
    """Test ids (``tests.compliance.test_x::test_y`` or ``…::Class::test_y``) under ``root``."""
    ids = []
    for path in sorted(root.rglob("test_*.py")):
        module = ".".join(path.relative_to(base).with_suffix("").parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and \
                    node.name.startswith("test"):
                ids.append(f"{module}::{node.name}")
            elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
                ids += [f"{module}::{node.name}::{f.name}" for f in node.body
                        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
                        and f.name.startswith("test")]
    return ids


def _junit_id(case: ET.Element) -> str:
    classname, name = case.get("classname", ""), case.get("name", "").split("[")[0]
    module, _, cls = classname.rpartition(".")
    if cls.startswith("Test") and module:
        return f"{module}::{cls}::{name}"
    return f"{classname}::{name}"


def read_junit(paths) -> dict[str, str]:
    """test id → worst status over every file and parametrisation."""
    statuses: dict[str, str] = {}
    for path in paths:
        for case in ET.parse(path).getroot().iter("testcase"):
            tags = {child.tag for child in case}
            status = "fail" if tags & {"failure", "error"} else (
                "skip" if "skipped" in tags else "pass")
            key = _junit_id(case)
            if RANK[status] > RANK[statuses.get(key, "none")]:
                statuses[key] = status
    return statuses


def build(requirements_text: str, junit_paths, test_root: Path, base: Path) -> Report:
    requirements = parse_requirements(requirements_text)
    known = {r.id for r in requirements}
    by_id = {r.id: r for r in requirements}
    statuses = read_junit(junit_paths)
    test_ids = list(dict.fromkeys([*tests_in_source(test_root, base), *statuses]))
    unknown: dict[str, list[str]] = {}
    for test in test_ids:
        for cited in cited_ids(test.rsplit("::", 1)[-1], known):
            if cited in by_id:
                by_id[cited].tests.append(test)
            else:
                unknown.setdefault(cited, []).append(test)
    return Report(requirements, {t: statuses.get(t, "none") for t in test_ids}, unknown)


def render(report: Report, *, verbose: bool = True) -> str:
    lines = []
    for requirement in report.requirements:
        status = report.status(requirement)
        lines.append(f"{requirement.id:<7} {status.upper():<5} {requirement.text[:70]}")
        if verbose:
            lines += [f"          {report.statuses.get(t, 'none'):<5} {t}"
                      for t in requirement.tests]
    if report.unknown:
        lines.append("")
        lines.append("Tests citing IDs not in the requirements document:")
        lines += [f"  {cited}: {', '.join(tests)}" for cited, tests in sorted(report.unknown.items())]
    lines += ["", report.summary()]
    return "\n".join(lines)
