"""`walletdoc explain CODE`: what a finding code means and what support should do."""

from __future__ import annotations

import click
from rich.console import Group
from rich.text import Text

from walletdoc.cli.common import report_command
from walletdoc.errors import BadInput
from walletdoc.findings import Report
from walletdoc.i18n import language, text
from walletdoc.render import register_result_view
from walletdoc.support.runbook import all_codes, guide


@click.command("explain")
@click.argument("code", required=False)
@click.option("--list", "list_codes", is_flag=True, help="List every finding code.")
@report_command("explain")
def command(code: str | None, list_codes: bool) -> Report:
    """Explain a finding CODE (e.g. tx.nonce_gap) for support staff."""
    codes = all_codes()
    if list_codes or code is None:
        return Report("explain", [], {"codes": codes}, 0)
    code = code.strip().lower()
    if code not in codes:
        close = [c for c in codes if code.split(".")[-1] in c][:5]
        if close:
            raise BadInput.of("input.unknown_code_close", name=code[:80], close=", ".join(close))
        raise BadInput.of("input.unknown_code", name=code[:80])
    g = guide(code, language())
    return Report("explain", [], {"code": g.code, "meaning": g.meaning, "tell": list(g.tell), "ask": list(g.ask),
                                  "never_ask": list(g.never), "about": g.about}, 0)


def _view(result: dict) -> Group | None:  # type: ignore[type-arg]
    if "codes" in result:
        return Group(*[Text(c) for c in result["codes"]])
    label = _ui("meaning") + (" " if _ui("meaning").endswith(":") else "")  # no space after a full-width colon
    parts = [Text(result["code"], style="bold"), Text(result["about"], style="dim"), Text(""),
             Text(label, style="bold") + Text(result["meaning"])]
    if result["tell"]:
        parts += [Text(_ui("tell"), style="bold")]
        parts += [Text(f"  {i}. {t}") for i, t in enumerate(result["tell"], 1)]
    if result["ask"]:
        parts += [Text(_ui("ask"), style="bold")] + [Text(f"  - {a}") for a in result["ask"]]
    parts += [Text(_ui("never"), style="bold red")] + [Text(f"  - {n}") for n in result["never_ask"]]
    return Group(*parts)


def _ui(name: str) -> str:
    return text(f"report.ui_{name}")[0]


register_result_view("explain", _view)
