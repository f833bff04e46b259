"""`walletdoc demo`: the main job on built-in demo data, start to finish, offline.

A made-up owner wrote down 12 words; word 4 is smudged and word 9 has a typo. Their
MetaMask showed one address. walletdoc checks the phrase, recovers it against that
address, and derives the wallet's first addresses. The demo phrase is public test data
(it is in this file): never send funds to it.
"""

from __future__ import annotations

from typing import Any

import click
from rich.rule import Rule

from walletdoc import i18n
from walletdoc.cli.common import App, app_of, emit, report_command
from walletdoc.findings import INFO, Finding, Report, Severity

DEMO_PHRASE = "phrase audit burst ? virus violin aisle like dervie weird kidney end"
DEMO_ADDRESS = "0x7A2f830a5Dd0Bef00F1Eb0B62d1C0666429ccD55"  # MetaMask account 2 of the intact phrase


@click.command("demo")
@click.option("--workers", type=click.IntRange(1, 256), default=None, help="Worker processes (default: all cores).")
@report_command("demo")
def command(workers: int | None) -> Report:
    """Run walletdoc's main job on built-in demo data (a damaged phrase, one known address)."""
    from walletdoc.checks.mnemonic import check_mnemonic
    from walletdoc.cli import recover_mnemonic
    from walletdoc.recover.spec import build_spec

    app = app_of()
    _say(app, _ui("step_check"), f"     {DEMO_PHRASE}   {_ui('damage')}")
    check = check_mnemonic(DEMO_PHRASE)
    _show(app, Report("check mnemonic", check.findings, check.result))

    _say(app, _ui("step_recover", address=DEMO_ADDRESS))
    spec = build_spec(DEMO_PHRASE, [DEMO_ADDRESS])
    recovered = recover_mnemonic.run(app, spec, workers, None, None, True)
    _show(app, recovered)
    if not recovered.result.get("found"):
        return Report("demo", recovered.findings, {"recover": recovered.result}, recovered.code)

    _say(app, _ui("step_derive"))
    addresses = _derive(recovered.result["mnemonic"])
    if not app.json_mode:
        for row in addresses:
            mark = "  " + _ui("known_address") if row["address"] == DEMO_ADDRESS else ""
            app.console.print(f"     {row['path']:<20} {row['address']}{mark}", highlight=False)
    done = Finding.of("demo.done", INFO)
    result = {"check": check.result, "recover": recovered.result, "derive": {"addresses": addresses}}
    findings = [*check.findings, *recovered.findings, done] if app.json_mode else [done]
    return Report("demo", findings, result, 0)


def _derive(phrase: str) -> list[dict[str, Any]]:
    from mnemonic import Mnemonic

    from walletdoc.chains.derive import derive_address

    seed = Mnemonic.to_seed(phrase)
    rows = []
    for i in range(3):
        path = f"m/44'/60'/0'/0/{i}"
        d = derive_address(seed, "eth", path, "evm")
        rows.append({"chain": "eth", "wallet": "metamask", "path": path, "address": d.address})
    return rows


def _ui(name: str, **params: Any) -> str:
    return i18n.text(f"demo.ui_{name}", **params)[0]


def _say(app: App, *lines: str) -> None:
    if app.json_mode:
        return
    app.console.print()
    app.console.print(Rule(style="dim"))
    for line in lines:
        app.console.print(line, style="bold" if line.startswith(("1/", "2/", "3/")) else "", highlight=False)
    app.console.print()


def _show(app: App, report: Report) -> None:
    if not app.json_mode:
        emit(report, app)


__all__ = ["command", "DEMO_PHRASE", "DEMO_ADDRESS", "Severity"]
