#!/usr/bin/env python3
"""The import graph of ``src/marquee`` between apps, read from the source (AST).

Usage: ``python bin/import_graph.py`` prints each app's imports of other apps, any cycle
between apps, and any import from the privacy engine to an app above it; it exits 1 when
there is a cycle or an upward import. ``tests/test_architecture.py`` runs it.

An "app" is a package directly under ``marquee`` (``marquee.members``), the privacy
engine with all its subpackages (``marquee.privacy``), each package under
``marquee.compliance`` taken together as one layer, or a project module at the top
(``marquee.urls``, ``marquee.errors``). Imports inside functions count: hiding a cycle in
a function does not remove it. ``TYPE_CHECKING`` blocks do not count.

Inside the engine, each subpackage of ``marquee.privacy`` (``vault``, ``archive``,
``pii``, ...) and each of its top-level modules (``models``, ``retention``, ...) is a
node of its own; a cycle between them is reported as ``ENGINE CYCLE`` and counts as a
problem too (the package's own ``__init__`` is the node ``__init__``).
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "marquee"
ENGINE = "privacy"


def app_of(module: str) -> str:
    parts = module.split(".")
    if len(parts) < 2:
        return "marquee"
    return parts[1]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def imports(path: Path) -> list[str]:
    """Absolute names of the ``marquee`` modules that ``path`` imports."""
    module = module_name(path)
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_lines(tree)
    found = []
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.append(target)
            found += [f"{target}.{alias.name}" for alias in node.names]
    return [name for name in found if name.startswith("marquee.")]


def graph() -> dict[str, dict[str, set[str]]]:
    """app -> imported app -> the files that import it."""
    edges: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in sorted(ROOT.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        source = app_of(module_name(path))
        for name in imports(path):
            target = app_of(name)
            if target != source:
                edges[source][target].add(str(path.relative_to(ROOT.parent.parent)))
    return edges


def engine_part(module: str) -> str | None:
    """The engine-internal node of ``module``, or None outside the engine."""
    parts = module.split(".")
    if parts[:2] != ["marquee", ENGINE]:
        return None
    return parts[2] if len(parts) > 2 else "__init__"


def engine_graph() -> dict[str, dict[str, set[str]]]:
    """part of the engine -> imported part -> the files that import it."""
    edges: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in sorted((ROOT / ENGINE).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        source = engine_part(module_name(path))
        for name in imports(path):
            target = engine_part(name)
            if target is not None and target != source:
                edges[source][target].add(str(path.relative_to(ROOT.parent.parent)))
    return edges


def cycles(edges) -> list[list[str]]:
    """Strongly connected components of more than one app (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, {}):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(set(edges) | {t for targets in edges.values() for t in targets}):
        if node not in index:
            visit(node)
    return found


def upward_from_engine(edges) -> dict[str, set[str]]:
    return {target: files for target, files in edges.get(ENGINE, {}).items()}


def report_engine_cycles(edges) -> int:
    """Print each cycle between the engine's parts with the imports that make it."""
    found = cycles(edges)
    for component in found:
        print(f"\nENGINE CYCLE: {' <-> '.join(f'privacy.{part}' for part in component)}")
        for source in component:
            for target in component:
                for path in sorted(edges.get(source, {}).get(target, ())):
                    print(f"  privacy.{source} -> privacy.{target}: {path}")
    return len(found)


def main() -> int:
    edges = graph()
    for source in sorted(edges):
        print(f"{source} -> {', '.join(sorted(edges[source]))}")
    problems = 0
    for component in cycles(edges):
        problems += 1
        print(f"\nCYCLE: {' <-> '.join(component)}")
        for source in component:
            for target in component:
                for path in sorted(edges.get(source, {}).get(target, ())):
                    print(f"  {source} -> {target}: {path}")
    for target, files in sorted(upward_from_engine(edges).items()):
        problems += 1
        print(f"\nENGINE IMPORTS AN APP ABOVE IT: privacy -> {target}: {', '.join(sorted(files))}")
    problems += report_engine_cycles(engine_graph())
    print(f"\n{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
