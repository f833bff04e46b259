"""`walletdoc gas --rpc URL`: low / medium / high fee suggestions from the node's fee history.

Thin: fetches public chain data (walletdoc.rpc.fees), computes with walletdoc.checks.gas, renders a
table in gwei. Reads no secret and sends nothing but read-only JSON-RPC calls.
"""

from __future__ import annotations

from typing import Any

import click
from rich.table import Table

from walletdoc import i18n
from walletdoc.checks import gas as gas_check
from walletdoc.checks.replacement import gwei
from walletdoc.cli.common import report_command
from walletdoc.cli.online import chain_option, open_client, rpc_option, timeout_option
from walletdoc.errors import NodeError
from walletdoc.findings import INFO, WARNING, Finding, Report
from walletdoc.render import register_result_view

COMMAND = "gas"


def gas_report(rpc_url: str | None, timeout: str | None = None, chain: str | None = None) -> Report:
    from walletdoc.rpc.fees import fee_inputs

    client = open_client(rpc_url, timeout, chain)
    inputs = fee_inputs(client)
    if inputs.eip1559 and inputs.fee_history is None:
        raise NodeError.of("rpc.method_unsupported", method="eth_feeHistory")
    try:
        history = gas_check.parse_fee_history(inputs.fee_history) if inputs.fee_history is not None else None
        result = gas_check.gas_result(inputs.chain_id, history, inputs.next_base_fee, inputs.gas_price,
                                      inputs.eip1559)
    except ValueError as exc:
        raise NodeError.of("rpc.bad_response", detail=f"eth_feeHistory: {str(exc)[:120]}") from None
    s = result["suggestions"]
    tips = {k: gwei(v["max_priority_fee_per_gas"]) for k, v in s.items()}
    findings: list[Finding] = []
    if inputs.eip1559:
        findings.append(Finding.of("gas.eip1559", INFO, {"next_base_fee": result["next_base_fee"]},
                                   next_base=gwei(result["next_base_fee"] or 0), **tips))
        if history is not None and not any(any(row) for row in history.rewards):
            findings.append(Finding.of("gas.no_rewards", WARNING))
    else:
        findings.append(Finding.of("gas.legacy", INFO, {"gas_price": inputs.gas_price},
                                   **{k: gwei(v["max_fee_per_gas"]) for k, v in s.items()}))
    return Report(COMMAND, findings, result)


@click.command("gas")
@rpc_option
@timeout_option
@chain_option
@report_command(COMMAND)
def command(rpc_url: str | None, timeout: str | None, chain: str | None) -> Report:
    """Suggest EIP-1559 fees (low / medium / high) from the node's recent blocks."""
    return gas_report(rpc_url, timeout, chain)


def _view(result: dict[str, Any]) -> Table | None:
    suggestions = result.get("suggestions")
    if not suggestions:
        return None
    t = i18n.text
    table = Table(title=t("gas.ui_title")[0])
    table.add_column(t("gas.ui_level")[0])
    if result.get("eip1559"):
        table.add_column(t("gas.ui_max_fee")[0], justify="right")
        table.add_column(t("gas.ui_tip")[0], justify="right")
    else:
        table.add_column(t("gas.ui_gas_price")[0], justify="right")
    table.add_column(t("gas.ui_wait")[0], justify="right")
    for name in ("low", "medium", "high"):
        s = suggestions[name]
        wait = s["expected_wait_blocks"]
        wait_text = str(wait) if wait is not None else t("gas.ui_unknown")[0]
        if result.get("eip1559"):
            table.add_row(name, gwei(s["max_fee_per_gas"]), gwei(s["max_priority_fee_per_gas"]), wait_text)
        else:
            table.add_row(name, gwei(s["max_fee_per_gas"]), wait_text)
    return table


register_result_view(COMMAND, _view)
