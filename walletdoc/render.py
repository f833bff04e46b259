"""Report -> terminal output (rich) or -> one JSON object. The only place that decides.

Human output is for people under stress: the verdict and the next step first, then the
details; colours mean something (red = error, yellow = warning, cyan = info, green = ok).
Command modules may register a view for their `result` (a table of addresses, …).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import IO, Any

from rich.console import Console, RenderableType
from rich.text import Text

from walletdoc import __version__, i18n
from walletdoc.findings import Report, Severity

STYLE = {
    Severity.ERROR: ("✗", "bold red"),
    Severity.WARNING: ("!", "bold yellow"),
    Severity.INFO: ("i", "cyan"),
    Severity.OK: ("✓", "bold green"),
}
ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2, Severity.OK: 3}

ResultView = Callable[[dict[str, Any]], "RenderableType | None"]
_views: dict[str, ResultView] = {}


def register_result_view(command: str, view: ResultView) -> None:
    _views[command] = view


def envelope(report: Report) -> dict[str, Any]:
    return {
        "walletdoc": __version__,
        "command": report.command,
        "ok": report.ok,
        "findings": [f.to_json() for f in report.findings],
        "result": report.result,
    }


def to_json(report: Report) -> str:
    return json.dumps(envelope(report), ensure_ascii=False, sort_keys=False, default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, bytes):
        return "0x" + value.hex()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(report: Report, out: IO[str]) -> None:
    out.write(to_json(report) + "\n")
    out.flush()


def print_human(report: Report, console: Console) -> None:
    findings = sorted(report.findings, key=lambda f: ORDER[f.severity])
    first_advice = next((f for f in findings if f.advice and f.severity in (Severity.ERROR, Severity.WARNING)), None)
    if first_advice is not None:
        console.print(Text(i18n.text("input.ui_next_step")[0], style="bold") + Text(first_advice.advice[0]))
        console.print()
    for f in findings:
        mark, style = STYLE[f.severity]
        # rich breaks lines at spaces only; Chinese has none, so the terminal wraps it instead
        console.print(Text(f"{mark} ", style=style) + Text(f.message), soft_wrap=i18n.language() == "zh")
        for i, step in enumerate(f.advice, 1):
            console.print(Text(f"    {i}. ") + Text(step, style="dim" if f.severity is Severity.OK else ""))
    view = _views.get(report.command)
    if view is not None and report.result:
        try:
            renderable = view(report.result)
        except (KeyError, TypeError, ValueError, AttributeError):  # a view bug must not hide the findings
            renderable = None
        if renderable is not None:
            if findings:
                console.print()
            console.print(renderable)


def render(report: Report, *, json_mode: bool, console: Console, out: IO[str]) -> None:
    if json_mode:
        print_json(report, out)
    else:
        print_human(report, console)
