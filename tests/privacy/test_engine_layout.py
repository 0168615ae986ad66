"""The engine's parts import one another in one direction only (issue 18): no cycle
between its subpackages and top-level modules, imports inside functions included."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "bin" / "import_graph.py"


@pytest.fixture(scope="module")
def graph():
    spec = importlib.util.spec_from_file_location("import_graph", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_engine_parts_are_its_subpackages_and_top_level_modules(graph):
    assert graph.engine_part("marquee.privacy.vault.fields") == "vault"
    assert graph.engine_part("marquee.privacy.retention") == "retention"
    assert graph.engine_part("marquee.privacy") == "__init__"
    assert graph.engine_part("marquee.members.models") is None


def test_the_engine_has_no_internal_cycle(graph):
    edges = graph.engine_graph()
    # The edges the old cycles ran along are still there, one way.
    assert "vault" in edges["models"] and "models" not in edges.get("vault", {})
    assert "archive" in edges["retention"] and "retention" not in edges.get("archive", {})
    assert graph.cycles(edges) == []


def test_an_engine_cycle_is_reported_and_counted(graph, capsys):
    edges = {"vault": {"models": {"vault/fields.py"}}, "models": {"vault": {"models.py"}}}
    assert graph.report_engine_cycles(edges) == 1
    out = capsys.readouterr().out
    assert "ENGINE CYCLE: privacy.models <-> privacy.vault" in out
    assert "privacy.vault -> privacy.models: vault/fields.py" in out
