"""`walletdoc selftest`: run the bundled official test vectors on this machine.

Thin: picks suites, calls walletdoc.vectors.runner, renders a table. Exit 0 only when at
least one suite ran and every suite passed; 1 otherwise; 2 for an unknown suite name.
"""

from __future__ import annotations

from typing import Any

import click
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from walletdoc import i18n
from walletdoc.cli.common import app_of, report_command
from walletdoc.errors import BadInput
from walletdoc.findings import ERROR, OK, Finding, Report
from walletdoc.render import register_result_view
from walletdoc.vectors import runner

NAME = "selftest"
MAX_FAILURES_SHOWN = 20


def _t(code: str, **params: Any) -> str:
    return i18n.text(f"selftest.ui_{code}", **params)[0]


@click.command("selftest")
@click.option("--suite", "suites", multiple=True, metavar="NAME", help="Run only this suite (repeatable).")
@click.option("--list", "list_only", is_flag=True, help="List the suites without running them.")
@report_command(NAME)
def command(suites: tuple[str, ...], list_only: bool) -> Report:
    """Run the official test vectors (BIP39, BIP32, keystores, …) on this machine."""
    names = runner.suite_names()
    if list_only:
        listing = [{"name": name, "module": module} for module, name in names.items()]
        return Report(NAME, [Finding.of("selftest.listed", OK, count=len(listing))], {"suites": listing}, 0)
    modules = _select(names, suites)
    app = app_of()
    outcomes = []
    for module in modules:
        if not app.json_mode:
            app.err.print(_t("running", name=names[module]), style="dim")
        outcomes.append(runner.run_suite(module, names[module]))
    return _report(outcomes)


def _select(names: dict[str, str], wanted: tuple[str, ...]) -> list[str]:
    if not wanted:
        return list(names)
    by_name = {name: module for module, name in names.items()}
    by_name.update({runner.short_name(module): module for module in names})
    chosen = []
    for name in wanted:
        if name not in by_name:
            raise BadInput.of("selftest.unknown_suite", data={"name": name}, name=name)
        if by_name[name] not in chosen:
            chosen.append(by_name[name])
    return chosen


def _report(outcomes: list[runner.SuiteOutcome]) -> Report:
    findings = []
    for o in outcomes:
        if o.crashed:
            findings.append(Finding.of("selftest.suite_crashed", ERROR, data={"name": o.name, "kind": o.crashed},
                                       name=o.name, kind=o.crashed))
        elif o.failed or not o.passed:
            findings.append(Finding.of("selftest.suite_failed", ERROR,
                                       data={"name": o.name, "failures": o.failures[:MAX_FAILURES_SHOWN]},
                                       name=o.name, failed=o.failed))
    passed, failed = sum(o.passed for o in outcomes), sum(o.failed for o in outcomes)
    if not outcomes:
        findings.append(Finding.of("selftest.no_suites", ERROR))
    elif not findings:
        findings.append(Finding.of("selftest.all_passed", OK, passed=passed, suites=len(outcomes)))
    ok = bool(outcomes) and all(o.ok for o in outcomes)
    result = {"suites": [{"name": o.name, "passed": o.passed, "failed": o.failed} for o in outcomes],
              "passed": passed, "failed": failed}
    return Report(NAME, findings, result, 0 if ok else 1)


def _view(result: dict[str, Any]) -> RenderableType | None:
    rows = [s for s in result.get("suites", []) if "passed" in s]
    if not rows:
        return None
    table = Table(show_header=True, box=None, pad_edge=False)
    table.add_column(_t("suite"))
    table.add_column(_t("passed"), justify="right")
    table.add_column(_t("failed"), justify="right")
    table.add_column(_t("status"))
    for s in rows:
        good = s["failed"] == 0 and s["passed"] > 0
        status = Text(_t("ok"), style="bold green") if good else Text(_t("fail"), style="bold red")
        table.add_row(str(s["name"]), str(s["passed"]), str(s["failed"]), status)
    return table


register_result_view(NAME, _view)
