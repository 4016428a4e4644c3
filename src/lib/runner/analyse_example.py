"""Decides, inside Pyodide at build time, whether an example file can run in the page.

Called once per file by src/lib/runner/runnable.ts; returns a JSON object naming everything the file
needs that the in-page Python lacks. Nothing here is a list of examples: the answer comes from the
file's own imports checked against the Pyodide that the site ships.
"""

import ast
import importlib
import importlib.util
import json
import sys

# Importable in Pyodide but not working, because a browser gives WebAssembly no threads, processes,
# sockets or time zone files (https://pyodide.org/en/stable/usage/wasm-constraints.html).
NOT_WORKING = {
    "threading": "Python in the browser cannot start threads",
    "concurrent": "Python in the browser cannot start threads or processes",
    "multiprocessing": "Python in the browser cannot start processes",
    "subprocess": "Python in the browser cannot start processes",
    "socket": "Python in the browser cannot open network sockets",
    "zoneinfo": "Python in the browser has no time zone database",
}


def _available(module: str) -> bool:
    top = module.partition(".")[0]
    if top not in sys.stdlib_module_names:
        return False
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def _has(module: str, name: str) -> bool:
    try:
        loaded = importlib.import_module(module)
    except Exception:
        return False
    return hasattr(loaded, name) or _available(f"{module}.{name}")


def _runs_something(tree: ast.Module) -> bool:
    """True when the file does something when run: a top-level call or an `if __name__ == ...` block."""
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, (ast.Call, ast.Await)):
            return True
        if isinstance(node, ast.If) and "__name__" in ast.unparse(node.test):
            return True
    return False


def analyse(source: str) -> str:
    tree = ast.parse(source)
    missing: set[str] = set()
    not_working: dict[str, str] = {}
    missing_names: set[str] = set()
    local: set[str] = set()
    aliases: dict[str, str] = {}

    def need(module: str) -> bool:
        top = module.partition(".")[0]
        if top in NOT_WORKING:
            not_working[module if top == "concurrent" else top] = NOT_WORKING[top]
            return False
        if not _available(module):
            missing.add(top)
            return False
        return True

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if need(alias.name):
                    bound = alias.asname or alias.name.partition(".")[0]
                    aliases[bound] = alias.name if alias.asname else bound
        elif isinstance(node, ast.ImportFrom):
            if node.level > 0 or node.module is None:
                local.add("." * node.level + (node.module or ""))
            elif need(node.module):
                for alias in node.names:
                    if alias.name != "*" and not _has(node.module, alias.name):
                        missing_names.add(f"{node.module}.{alias.name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases:
            module = aliases[node.value.id]
            if not _has(module, node.attr):
                missing_names.add(f"{module}.{node.attr}")

    return json.dumps(
        {
            "missing": sorted(missing),
            "notWorking": dict(sorted(not_working.items())),
            "missingNames": sorted(missing_names),
            "localImports": sorted(local),
            "runsSomething": _runs_something(tree),
        }
    )
