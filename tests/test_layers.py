"""The package's stages import only the stages below them, and no module imports itself back.

Every ``import`` of a ``quotes`` module is read from the source (those inside functions too), so a
lazy import that climbs up a layer fails here as surely as one at the top of a module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "quotes"

#: The stages, bottom first. A module may import modules of its own rank or below, never above.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("records", "lexicon"),
    ("read",),
    ("speakers",),
    ("find.direct",),
    ("find.claims",),
    ("parse",),
    ("engines",),
    ("evaluation",),
    ("dataset",),
    ("cli", "show", "progress", "running", "extract"),
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imports(source: str, name: str, modules: dict[str, Path]) -> set[str]:
    """The project modules module ``name`` imports (``from quotes.x import y`` is ``quotes.x.y`` when a
    module)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "quotes":
            submodules = {f"{node.module}.{alias.name}" for alias in node.names} & modules.keys()
            found |= submodules or {node.module}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.split(".")[0] == "quotes"}
    return found - {name}


def _rank(module: str) -> int | None:
    """The layer of ``quotes.<stage>...``; ``None`` for the package itself."""
    name = module.removeprefix("quotes").removeprefix(".")
    if not name:
        return None
    for rank, stages in enumerate(LAYERS):
        if any(name == stage or name.startswith(stage + ".") for stage in stages):
            return rank
    for rank, stages in enumerate(LAYERS):  # a folder of stages (``quotes.find``) sits with its lowest
        if any(stage.startswith(name + ".") for stage in stages):
            return rank
    raise AssertionError(f"{module} is in no layer of LAYERS: add its stage there")


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(path.read_text(encoding="utf-8"), name, modules) for name, path in modules.items()}


def test_every_module_is_in_a_layer() -> None:
    for module in _modules():
        _rank(module)


def test_no_module_imports_a_higher_layer() -> None:
    climbs = []
    for module, imported in _graph().items():
        rank = _rank(module)
        for target in sorted(imported):
            target_rank = _rank(target)
            if rank is not None and target_rank is not None and target_rank > rank:
                climbs.append(f"{module} (layer {rank}) imports {target} (layer {target_rank})")
    assert climbs == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_no_import_circle() -> None:
    assert _cycles(_graph()) == []


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ],
)
def test_cycle_finder(graph: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert _cycles(graph) == expected


def test_a_lazy_climb_is_caught() -> None:
    """The walk sees an import inside a function, where a lazy climb would hide."""
    source = "def f():\n    from quotes.dataset import build\n    import quotes.records\n"
    imported = _imports(source, "quotes.find.direct.probe", _modules())
    assert imported == {"quotes.dataset.build", "quotes.records"}
    assert _rank("quotes.dataset.build") > _rank("quotes.find.direct.probe")  # type: ignore[operator]


def test_every_stage_says_what_it_takes_and_gives() -> None:
    for init in sorted(PACKAGE.rglob("__init__.py")):
        if init.parent == PACKAGE:
            continue
        docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert docstring, f"{init.relative_to(PACKAGE.parent)} has no docstring"
        assert 2 <= len([line for line in docstring.splitlines() if line.strip()]) <= 5, init
