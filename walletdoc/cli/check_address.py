"""`walletdoc check address ADDR`: which chains an address belongs to and what is wrong with it.

Thin: reads the argument and options, calls walletdoc.checks.address, returns a Report.
"""

from __future__ import annotations

from typing import Any

import click
from rich.table import Table

from walletdoc import i18n
from walletdoc.checks.address import CHAIN_NAMES, EXPECT_ALIASES, KIND_NAMES, check_address
from walletdoc.cli.common import report_command
from walletdoc.findings import Report
from walletdoc.render import register_result_view

COMMAND = "check address"
EXPECT_CHOICES = sorted(set(CHAIN_NAMES) | set(EXPECT_ALIASES))


@click.command(name="address")
@click.argument("address", required=True)
@click.option("--expect", type=click.Choice(EXPECT_CHOICES, case_sensitive=False), default=None,
              help="The chain the address is meant for (btc, ltc, doge, bch, eth, trx).")
@report_command(COMMAND)
def command(address: str, expect: str | None) -> Report:
    """Check an address: its chain and type, its checksum, and common copy/paste mistakes."""
    findings, result = check_address(address, expect.lower() if expect else None)
    return Report(COMMAND, findings, result)


def _view(result: dict[str, Any]) -> Table | None:
    candidates = result.get("candidates") or []
    if not candidates:
        return None
    table = Table(title=i18n.text("address.ui_candidates")[0], title_justify="left")
    for key in ("ui_chain", "ui_kind", "ui_checksum"):
        table.add_column(i18n.text(f"address.{key}")[0])
    table.add_column(i18n.text("address.ui_normalized")[0], overflow="fold", min_width=42)
    ok, wrong = i18n.text("address.ui_checksum_ok")[0], i18n.text("address.ui_checksum_wrong")[0]
    for c in candidates:
        table.add_row(CHAIN_NAMES.get(c["chain"], c["chain"]), KIND_NAMES.get(c["kind"], c["kind"]),
                      ok if c["checksum_ok"] else wrong, c["normalized"])
    return table


register_result_view(COMMAND, _view)
