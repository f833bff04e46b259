"""`walletdoc diagnose tx HASH` and `walletdoc diagnose address ADDR`: why a tx or an account is stuck.

Thin: checks the arguments (bad input -> exit 2 before any network use), builds the rpc
client (walletdoc.rpc, imported only here, never by offline commands), calls
walletdoc.checks.tx / account, and returns a Report. Node failures become exit 3.
Takes public data only: hashes, addresses, nonces.
"""

from __future__ import annotations

import re
from typing import Any

import click
from rich.table import Table

from walletdoc import i18n
from walletdoc.cli.common import report_command
from walletdoc.cli.online import chain_option, open_client, rpc_option, timeout_option
from walletdoc.errors import BadInput
from walletdoc.findings import INFO, Finding, Report
from walletdoc.render import register_result_view

TX_COMMAND = "diagnose tx"
ADDRESS_COMMAND = "diagnose address"
HASH_RE = re.compile(r"0x[0-9a-fA-F]{64}")
BARE_HASH_RE = re.compile(r"[0-9a-fA-F]{64}")  # how Bitcoin and TRON explorers show transaction ids
ADDRESS_RE = re.compile(r"0x[0-9a-fA-F]{40}")
MAX_NONCE = 2**64 - 1


def _hash(value: str) -> str:
    text = value.strip()
    if BARE_HASH_RE.fullmatch(text):
        text = "0x" + text
    if not HASH_RE.fullmatch(text):
        raise BadInput.of("rpc.hash_invalid")
    return text.lower()


def _address(value: str) -> str:
    text = value.strip()
    if not ADDRESS_RE.fullmatch(text):
        raise BadInput.of("rpc.address_invalid")
    body = text[2:]
    if body != body.lower() and body != body.upper():
        from eth_utils import is_checksum_address

        if not is_checksum_address(text):
            raise BadInput.of("rpc.address_checksum")
    return text




@click.command("tx")
@click.argument("tx_hash", metavar="HASH")
@rpc_option
@click.option("--from", "sender", metavar="ADDRESS", help="Sender, to tell a dropped tx from a replaced one.")
@click.option("--nonce", type=str, default=None, metavar="N", help="The tx's nonce (with --from).")
@chain_option
@timeout_option
@report_command(TX_COMMAND)
def tx_command(tx_hash: str, rpc_url: str | None, sender: str | None, nonce: str | None, chain: str | None,
               timeout: str | None) -> Report:
    """Why a transaction is pending, stuck, failed, replaced or dropped, and what to do."""
    return diagnose_tx_report(tx_hash, rpc_url, sender=sender, nonce=nonce, chain=chain, timeout=timeout)


def diagnose_tx_report(tx_hash: str, rpc_url: str | None, *, sender: str | None = None, nonce: str | None = None,
                       chain: str | None = None, timeout: str | None = None) -> Report:
    """The `diagnose tx` Report (also used by `walletdoc report --tx`)."""
    h = _hash(tx_hash)
    sender = _address(sender) if sender is not None else None
    nonce_value = _nonce(nonce)
    if (sender is None) != (nonce_value is None):
        raise BadInput.of("tx.from_nonce_together")
    from walletdoc.checks import tx as tx_check

    client = open_client(rpc_url, timeout, chain)
    evidence = tx_check.gather(client, h, sender=sender, nonce=nonce_value)
    result, findings = tx_check.classify(evidence)
    if result.get("status") == "not_found" and BARE_HASH_RE.fullmatch(tx_hash.strip()):
        findings.append(Finding.of("tx.hash_looks_non_evm", INFO))
    return Report(TX_COMMAND, findings, result)


def _nonce(value: str | None) -> int | None:
    if value is None:
        return None
    text = value.strip()
    try:
        n = int(text, 16) if text.lower().startswith("0x") else int(text, 10)
    except ValueError:
        raise BadInput.of("tx.nonce_invalid") from None
    if not 0 <= n <= MAX_NONCE:
        raise BadInput.of("tx.nonce_invalid")
    return n


@click.command("address")
@click.argument("address", metavar="ADDRESS")
@rpc_option
@chain_option
@timeout_option
@report_command(ADDRESS_COMMAND)
def address_command(address: str, rpc_url: str | None, chain: str | None, timeout: str | None) -> Report:
    """What an account has waiting: nonces, pending and queued transactions, funds, the blocker."""
    addr = _address(address)
    from walletdoc.checks import account

    client = open_client(rpc_url, timeout, chain)
    result, findings = account.classify(account.gather(client, addr))
    return Report(ADDRESS_COMMAND, findings, result)


# ---------------------------------------------------------------------- human views
def _gwei(wei: Any) -> str:
    from walletdoc.checks.tx import gwei

    return "" if wei is None else f"{gwei(int(wei))} gwei"


def _tx_view(result: dict[str, Any]) -> Table | None:
    if not result.get("hash"):
        return None
    table = Table(title=i18n.text("tx.ui_heading")[0], title_justify="left", show_header=False)
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    rows = [("status", result.get("status")), ("chain", f"{result.get('chain_name')} ({result.get('chain_id')})"),
            ("hash", result.get("hash")), ("from", result.get("from")), ("to", result.get("to")),
            ("nonce", result.get("nonce")), ("block", result.get("block_number")),
            ("confirmations", result.get("confirmations")),
            ("gas", f"{result.get('gas_used')} / {result.get('gas')}" if result.get("gas_used") is not None else None),
            ("max_fee", _gwei(result.get("max_fee_per_gas"))),
            ("priority_fee", _gwei(result.get("max_priority_fee_per_gas"))),
            ("next_base_fee", _gwei(result.get("base_fee_next"))),
            ("revert_reason", result.get("revert_reason")), ("replaced_by", result.get("replaced_by"))]
    for key, value in rows:
        if value not in (None, ""):
            table.add_row(i18n.text(f"tx.ui_row_{key}")[0], str(value))
    return table


def _address_view(result: dict[str, Any]) -> Table | None:
    txs = [(i18n.text("account.ui_pending")[0], t) for t in result.get("pending") or []]
    txs += [(i18n.text("account.ui_queued")[0], t) for t in result.get("queued") or []]
    if not txs:
        return None
    table = Table(title=i18n.text("account.ui_heading")[0] + f" {result.get('address')}", title_justify="left")
    table.add_column("", overflow="fold")
    for col in ("nonce", "hash", "max_fee", "tip"):
        table.add_column(i18n.text(f"account.ui_{col}")[0], overflow="fold")
    for where, t in txs:
        table.add_row(where, str(t.get("nonce")), str(t.get("hash")),
                      _gwei(t.get("max_fee_per_gas") or t.get("gas_price")), _gwei(t.get("max_priority_fee_per_gas")))
    return table


register_result_view(TX_COMMAND, _tx_view)
register_result_view(ADDRESS_COMMAND, _address_view)
