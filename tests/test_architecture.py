"""The shape every app keeps (issue 18): no cycle between apps, the privacy engine
imports nothing above it, no module over 500 lines and no function over 60, and the
tree is ruff-clean. Each check reads the source, so it fails as soon as a change breaks
the rule, in CI as on a laptop."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "marquee"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60


def _graph_module():
    spec = importlib.util.spec_from_file_location("import_graph", ROOT / "bin" / "import_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sources():
    return [p for p in SRC.rglob("*.py") if "migrations" not in p.parts]


def test_no_cycle_between_apps_and_the_engine_imports_nothing_above_it():
    graph = _graph_module()
    edges = graph.graph()
    assert graph.cycles(edges) == []
    assert graph.upward_from_engine(edges) == {}
    assert "members" not in edges.get("backoffice", {})  # the staff framework sits below


def test_the_import_graph_script_reports_nothing():
    run = subprocess.run([sys.executable, str(ROOT / "bin" / "import_graph.py")],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout
    assert run.stdout.rstrip().endswith("0 problem(s)")


def test_no_module_is_over_500_lines():
    long = {str(p.relative_to(ROOT)): n for p in _sources()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert long == {}


def test_no_function_is_over_60_lines():
    long = {}
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long[f"{path.relative_to(ROOT)}:{node.lineno} {node.name}"] = length
    assert long == {}


def test_ruff_is_clean():
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        pytest.fail("ruff is a test dependency (pyproject [test]) and must be installed")
    run = subprocess.run([str(ruff), "check", "src", "tests", "bin"], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


def test_apps_import_the_engine_only_through_its_public_module():
    """``marquee.privacy.api`` is the engine's interface: outside the engine (and its
    migrations, which name field classes by path) nothing imports its modules."""
    graph = _graph_module()
    offenders = []
    for path in _sources():
        if path.is_relative_to(SRC / "privacy"):
            continue
        for name in graph.imports(path):
            if (name.startswith("marquee.privacy.") and not name.startswith("marquee.privacy.api")
                    or name == "marquee.privacy"):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []
