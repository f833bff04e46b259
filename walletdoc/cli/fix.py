"""`walletdoc fix tx HASH --speed-up | --cancel`: replace a pending transaction, signed on this machine.

Thin: fetch the transaction and public chain state (walletdoc.rpc), plan the replacement
(walletdoc.checks.replacement), show the plan and its cost, read the key (walletdoc.signing), sign
locally, print the raw transaction, and broadcast only with --broadcast after a confirmation (or
--yes). The key, phrase and passwords never reach walletdoc.rpc, a finding, or the output.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

import click
from rich.console import Group
from rich.table import Table
from rich.text import Text

from walletdoc import i18n
from walletdoc.checks import gas as gas_check
from walletdoc.checks.replacement import ChainState, Mode, PendingTx, Plan, eth, gwei, plan_replacement
from walletdoc.cli.common import App, app_of, refuse_secret_arguments, report_command, secret_args
from walletdoc.cli.online import chain_option, open_client, rpc_option, timeout_option
from walletdoc.errors import BadInput, NodeError
from walletdoc.findings import ERROR, INFO, OK, Finding, Report
from walletdoc.render import register_result_view

COMMAND = "fix tx"
HASH = re.compile(r"0x[0-9a-fA-F]{64}")


@click.command("tx")
@click.argument("tx_hash", metavar="HASH")
@secret_args
@rpc_option
@timeout_option
@chain_option
@click.option("--speed-up", "speed_up", is_flag=True, help="Same transaction, higher fees.")
@click.option("--cancel", is_flag=True, help="Replace it with a 0-value send to yourself.")
@click.option("--keystore", type=click.Path(dir_okay=False), help="Keystore (UTC--…json) of the sender.")
@click.option("--password-file", type=click.Path(dir_okay=False), help="File holding the keystore password.")
@click.option("--phrase-file", type=click.Path(dir_okay=False), help="File holding the seed phrase.")
@click.option("--passphrase-file", type=click.Path(dir_okay=False), help="File holding the BIP39 passphrase.")
@click.option("--path", "derivation_path", default="m/44'/60'/0'/0/0", show_default=True,
              help="Derivation path of the sender's key (with a phrase).")
@click.option("--tip-gwei", metavar="X",
              help="Tip in gwei (the gas price on chains without EIP-1559); never below the +10 % bump rule.")
@click.option("--broadcast", is_flag=True, help="Send the signed replacement after confirmation.")
@click.option("--yes", is_flag=True, help="Do not ask before broadcasting (for scripts).")
@report_command(COMMAND)
def command(tx_hash: str, secret_words: tuple[str, ...], rpc_url: str | None, timeout: str | None,
            chain: str | None, speed_up: bool, cancel: bool,
            keystore: str | None, password_file: str | None, phrase_file: str | None,
            passphrase_file: str | None, derivation_path: str, tip_gwei: str | None, broadcast: bool,
            yes: bool) -> Report:
    """Speed up or cancel the pending transaction HASH (signed locally; sent only with --broadcast)."""
    app = app_of()
    refuse_secret_arguments(secret_words, "--phrase-file / --password-file")
    if speed_up == cancel:
        raise BadInput.of("fix.mode_required")
    if not HASH.fullmatch(tx_hash.strip()):
        raise BadInput.of("fix.hash_invalid", value=tx_hash.strip()[:80])
    if keystore and (phrase_file or passphrase_file) or (password_file and not keystore):
        raise BadInput.of("fix.key_options")
    if broadcast and not yes and not app.interactive:
        raise BadInput.of("fix.broadcast_needs_yes")
    mode: Mode = "cancel" if cancel else "speed-up"
    tip = parse_tip(tip_gwei)

    client = open_client(rpc_url, timeout, chain)
    raw_tx = client.get_transaction(tx_hash.strip().lower())
    if raw_tx is None:
        empty = dict.fromkeys(("nonce", "max_fee_per_gas", "max_priority_fee_per_gas", "gas_price", "raw_tx",
                               "tx_hash"))
        return Report(COMMAND, [Finding.of("fix.tx_not_found", ERROR, {"hash": tx_hash}, hash=tx_hash)],
                      {"mode": mode, **empty, "broadcast": False, "replaced": tx_hash})
    original = _pending(raw_tx)
    plan = make_plan(client, original, mode, tip)
    if plan.blocked:
        return blocked_report(client, plan, mode, tip)
    show_plan(app, plan)

    from walletdoc import signing

    key = load_key(app, keystore, password_file, phrase_file, passphrase_file, derivation_path)
    signed = signing.sign(key, plan.tx, original.sender)
    del key
    findings = [*plan.findings, Finding.of("fix.signed", OK, {"hash": signed.hash}, hash=signed.hash)]
    result = {**plan.summary(), "chain_id": plan.tx["chainId"], "raw_tx": signed.raw, "tx_hash": signed.hash,
              "broadcast": False}
    if not broadcast:
        findings.append(Finding.of("fix.not_broadcast", INFO))
        return Report(COMMAND, findings, result)
    return send_after_confirmation(app, client, signed, original.hash, yes, findings, result)


def send_after_confirmation(app: App, client: Any, signed: Any, replaced: str, yes: bool,
                            findings: list[Finding], result: dict[str, Any]) -> Report:
    """Ask (unless --yes), then broadcast the signed raw transaction; the node's verdict is a finding."""
    if not yes:
        app.err.print(Text(i18n.text("fix.ui_raw_tx")[0] + ": ", style="bold") + Text(signed.raw))
        if not click.confirm(i18n.text("fix.ui_confirm")[0], default=False, err=True):
            findings.append(Finding.of("fix.declined", INFO))
            return Report(COMMAND, findings, result)
    from walletdoc.rpc.send import broadcast as send_raw

    sent = send_raw(client, signed.raw, signed.hash)
    if sent.accepted:
        result["broadcast"] = True
        findings.append(Finding.of("fix.broadcast_ok", OK, {"hash": signed.hash}, hash=signed.hash,
                                   replaced=replaced))
    else:
        findings.append(Finding.of("fix.broadcast_rejected", ERROR, {"reason": sent.reason},
                                   reason=sent.reason, replaced=replaced))
    return Report(COMMAND, findings, result)


def parse_tip(text: str | None) -> int | None:
    """--tip-gwei X -> wei (exact up to 9 decimals). BadInput when it is not a sane number."""
    if text is None:
        return None
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, ValueError):
        raise BadInput.of("fix.tip_invalid", value=text[:40]) from None
    if not value.is_finite() or value < 0 or value > 100_000:
        raise BadInput.of("fix.tip_invalid", value=text[:40])
    return int(value * 10**9)


def _pending(raw: dict[str, Any]) -> PendingTx:
    try:
        return PendingTx.from_rpc(raw)
    except (ValueError, KeyError, TypeError):
        raise NodeError.of("rpc.bad_response", detail="a malformed transaction") from None


def make_plan(client: Any, original: PendingTx, mode: Mode, tip: int | None) -> Plan:
    """Fetch public state (one batch) and plan the replacement of `original`."""
    from walletdoc.rpc.fees import replacement_inputs

    fees, sender = replacement_inputs(client, original.sender)
    market_tip, next_base = 0, None
    try:
        if fees.eip1559:
            next_base = fees.next_base_fee
            # without eth_feeHistory (some public endpoints): the node's own eth_gasPrice minus the base fee
            market_tip = max(fees.gas_price - (next_base or 0), 0)
        if fees.eip1559 and fees.fee_history is not None:
            history = gas_check.parse_fee_history(fees.fee_history)
            market_tip = gas_check.suggest_eip1559(history, next_base)["medium"].max_priority_fee_per_gas
    except ValueError as exc:
        raise NodeError.of("rpc.bad_response", detail=f"eth_feeHistory: {str(exc)[:120]}") from None
    state = ChainState(fees.chain_id, next_base, market_tip, fees.gas_price, sender.balance, sender.latest_nonce,
                       sender.code)
    return plan_replacement(original, state, mode, tip)


def blocked_report(client: Any, plan: Plan, mode: Mode, tip: int | None) -> Report:
    """No signing: say why; for a later nonce, name the transaction to fix first and plan it."""
    findings = list(plan.findings)
    result: dict[str, Any] = {**plan.summary(), "broadcast": False, "raw_tx": None, "tx_hash": None}
    codes = [f.code for f in findings]
    if "fix.not_lowest_nonce" in codes:
        from walletdoc.rpc.send import pending_tx_at_nonce

        lowest = next(f.data["lowest_nonce"] for f in findings if f.code == "fix.not_lowest_nonce")
        blocking = pending_tx_at_nonce(client, plan.original.sender, lowest)
        if blocking is not None and blocking.get("hash"):
            first = make_plan(client, _pending(blocking), mode, tip)
            findings.append(Finding.of("fix.blocking_tx", INFO, {"hash": blocking["hash"], "nonce": lowest},
                                       lowest=lowest, hash=blocking["hash"]))
            result["blocking"] = {**first.summary(), "blocked": first.blocked}
    return Report(COMMAND, findings, result)


def load_key(app: App, keystore: str | None, password_file: str | None, phrase_file: str | None,
             passphrase_file: str | None, derivation_path: str) -> Any:
    """The signing key from a keystore + password, or a phrase (+ passphrase) + path; read as secrets."""
    from walletdoc import signing

    if keystore:
        password = app.secrets.read("keystore password", password_file, option="--password-file")
        assert password is not None
        return signing.load_keystore(keystore, password)
    phrase = app.secrets.read("seed phrase", phrase_file, option="--phrase-file")
    assert phrase is not None
    passphrase = None
    if passphrase_file:
        passphrase = app.secrets.read("BIP39 passphrase", passphrase_file, option="--passphrase-file",
                                      allow_stdin=False, allow_prompt=False, optional=True)
    return signing.load_phrase(phrase, passphrase, derivation_path)


def show_plan(app: App, plan: Plan) -> None:
    """The plan and its cost on stderr for a person at a terminal, before a secret is read or a prompt."""
    if not app.interactive:
        return
    view = plan_table(plan.summary())
    app.err.print(view)


def plan_table(r: dict[str, Any], title: str | None = None) -> Table:
    table = Table(title=title or i18n.text("fix.ui_plan")[0], show_header=False)
    table.add_column(style="bold")
    table.add_column()
    rows = [("mode", r.get("mode")), ("nonce", r.get("nonce")), ("from", r.get("from")), ("to", r.get("to")),
            ("value", eth(r["value"]) if r.get("value") is not None else None), ("gas", r.get("gas"))]
    for key in ("max_fee_per_gas", "max_priority_fee_per_gas", "gas_price"):
        if r.get(key) is not None:
            rows.append((key, gwei(r[key])))
    if r.get("max_cost") is not None:
        rows.append(("max_cost", eth(r["max_cost"])))
    rows.append(("replaces", r.get("replaced")))
    for key, value in rows:
        if value is not None:
            table.add_row(i18n.text(f"fix.ui_row_{key}")[0], str(value))
    return table


def _view(result: dict[str, Any]) -> Group | Table | None:
    if not result or result.get("mode") is None or result.get("nonce") is None:
        return None
    blocking = result.get("blocking")
    if blocking:
        return plan_table(blocking, i18n.text("fix.ui_blocking_plan", nonce=blocking.get("nonce"))[0])
    parts: list[Any] = [plan_table(result)]
    if result.get("raw_tx"):
        parts += [Text(i18n.text("fix.ui_raw_tx")[0] + ":", style="bold"), Text(result["raw_tx"])]
    return Group(*parts)


register_result_view(COMMAND, _view)
