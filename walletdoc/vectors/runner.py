"""Discover and run the official-vector suites (`walletdoc.vectors.suite_*`) for `selftest`.

Each suite module has `NAME` and `run() -> (passed, failed, failures)`. A suite that fails
to import or raises counts as failed, with the exception type only (never its message:
the runner must not become a way for data to reach the output). Never touches the network.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field

import walletdoc.vectors as _package

PREFIX = "suite_"


@dataclass
class SuiteOutcome:
    name: str
    module: str
    passed: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)
    crashed: str | None = None  # exception type name when the suite itself broke

    @property
    def ok(self) -> bool:
        return self.crashed is None and self.failed == 0 and self.passed > 0


def discover() -> list[str]:
    """Module names of all suites, sorted."""
    return sorted(
        f"{_package.__name__}.{info.name}"
        for info in pkgutil.iter_modules(_package.__path__)
        if info.name.startswith(PREFIX)
    )


def short_name(module: str) -> str:
    return module.rsplit(".", 1)[-1][len(PREFIX):]


def suite_names() -> dict[str, str]:
    """module -> NAME (falls back to the module's short name when the module cannot be imported)."""
    out = {}
    for module in discover():
        try:
            name = getattr(importlib.import_module(module), "NAME", None)
        except Exception:  # noqa: BLE001 - reported when the suite is run
            name = None
        out[module] = str(name) if name else short_name(module)
    return out


def run_suite(module: str, name: str | None = None) -> SuiteOutcome:
    outcome = SuiteOutcome(name or short_name(module), module)
    try:
        mod = importlib.import_module(module)
        outcome.name = str(getattr(mod, "NAME", outcome.name))
        passed, failed, failures = mod.run()
        outcome.passed, outcome.failed = int(passed), int(failed)
        outcome.failures = [str(f) for f in failures]
    except Exception as exc:  # noqa: BLE001 - a crashing suite is a failed suite, not a crash of selftest
        outcome.crashed = type(exc).__name__
        outcome.failed = max(outcome.failed, 1)
    return outcome


def run_suites(modules: list[str] | None = None) -> list[SuiteOutcome]:
    return [run_suite(m) for m in (modules if modules is not None else discover())]
