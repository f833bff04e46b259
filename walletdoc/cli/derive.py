"""`walletdoc derive`: the addresses a seed phrase gives in each wallet, or on given paths.

Thin: reads the phrase and optional BIP39 passphrase (files, piped stdin for the phrase,
hidden prompts), validates the phrase, calls walletdoc.chains, returns a Report. Private
keys are shown only when asked AND a person is at the terminal; never in JSON.
"""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.table import Table
from rich.text import Text

from walletdoc import i18n
from walletdoc.chains.address import SCRIPTS
from walletdoc.chains.derive import (
    DerivedAddress,
    chain_of_path,
    derive_many,
    parse_path,
    script_of_path,
)
from walletdoc.chains.presets import PathTemplate, WalletPreset, find_presets, presets_for, wallet_names
from walletdoc.checks.mnemonic import bip39_seed
from walletdoc.checks.words import LANGUAGES
from walletdoc.cli.common import app_of, read_passphrase, refuse_secret_arguments, report_command, secret_args
from walletdoc.errors import BadInput
from walletdoc.findings import INFO, OK, WARNING, Finding, Report
from walletdoc.render import register_result_view

COMMAND = "derive"
CHAINS = tuple(SCRIPTS)
DEFAULT_CHAINS = ("eth", "btc")
ALL_SCRIPTS = sorted({s for kinds in SCRIPTS.values() for s in kinds})


@click.command(name="derive")
@secret_args
@click.option("--phrase-file", type=click.Path(dir_okay=False), default=None, help="File holding the seed phrase.")
@click.option("--passphrase-file", type=click.Path(dir_okay=False), default=None,
              help="File holding the BIP39 passphrase (the '25th word').")
@click.option("--ask-passphrase", is_flag=True, help="Ask for the BIP39 passphrase at a hidden prompt.")
@click.option("--chain", "chains", multiple=True, type=click.Choice(CHAINS), help="Chain(s); default eth and btc.")
@click.option("--wallet", "wallets", multiple=True, metavar="W", help="Wallet preset (e.g. metamask, trezor).")
@click.option("--path", "paths", multiple=True, metavar="P", help="Derivation path, e.g. m/84'/0'/0'/0/0.")
@click.option("--script", type=click.Choice(ALL_SCRIPTS), default=None, help="Script type for --path.")
@click.option("--count", type=click.IntRange(1, 1000), default=5, show_default=True,
              help="Addresses per path template (receive indexes 0..N-1).")
@click.option("--account", type=click.IntRange(0, 2**31 - 1), default=0, show_default=True,
              help="Account level for presets that have one.")
@click.option("--change", is_flag=True, help="Also derive change addresses (BTC-like chains).")
@click.option("--show-private-keys", is_flag=True, help="Also show private keys (terminal only).")
@click.option("--language", type=click.Choice(LANGUAGES), default=None, help="Wordlist language (default: detect).")
@report_command(COMMAND)
def command(secret_words: tuple[str, ...], phrase_file: str | None, passphrase_file: str | None,
            ask_passphrase: bool, chains: tuple[str, ...], wallets: tuple[str, ...], paths: tuple[str, ...],
            script: str | None, count: int, account: int, change: bool, show_private_keys: bool,
            language: str | None) -> Report:
    """Show the addresses a seed phrase gives in each wallet (or on the paths you give)."""
    refuse_secret_arguments(secret_words, "--phrase-file")
    app = app_of()
    if show_private_keys and not (app.interactive and _stdout_is_terminal()):
        raise BadInput.of("derive.private_keys_need_terminal")
    plan, findings = _plan(chains, wallets, paths, script)
    phrase = app.secrets.read("seed phrase", phrase_file, option="--phrase-file")
    assert phrase is not None
    passphrase = read_passphrase(app, passphrase_file, ask_passphrase)
    seed, phrase_findings = bip39_seed(phrase.reveal(), passphrase.reveal() if passphrase else "", language)
    if seed is None:
        return Report(COMMAND, phrase_findings, {"addresses": []}, exit_code=2)
    findings.extend(phrase_findings)
    rows = _derive_rows(seed, plan, range(count), [account], change)
    if show_private_keys:
        app.err.print(Text(i18n.text("derive.ui_private_key_warning")[0], style="bold red"))
    result = {"addresses": [_row_json(r, show_private_keys) for r in rows]}
    findings.append(Finding.of("derive.done", OK, {"count": len(rows)}, count=len(rows)))
    if passphrase is None:
        findings.append(Finding.of("derive.no_passphrase", INFO))
    return Report(COMMAND, findings, result)


def _stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


Plan = list[tuple[str, WalletPreset | None, list[PathTemplate]]]  # (chain, preset or None, templates)


def _plan(chains: tuple[str, ...], wallets: tuple[str, ...], paths: tuple[str, ...],
          script: str | None) -> tuple[Plan, list[Finding]]:
    """What to derive: presets by name or chain, or explicit paths. BadInput when it cannot."""
    plan: Plan = []
    findings: list[Finding] = []
    for name in wallets:
        found = [p for c in (chains or (None,)) for p in find_presets(name, c)]
        if not found:
            raise BadInput.of("derive.unknown_wallet", wallet=name[:40], known=", ".join(wallet_names()))
        plan.extend((p.chain, p, list(p.templates)) for p in found)
    for path in paths:
        plan.extend(_path_plan(path, chains, script))
    if not wallets and not paths:
        for chain in chains or DEFAULT_CHAINS:
            plan.extend((p.chain, p, list(p.templates)) for p in presets_for(chain))
    for _, preset, _ in plan:
        if preset is not None and not preset.verified:
            findings.append(Finding.of("derive.preset_unverified", WARNING, {"wallet": preset.id},
                                       wallet=preset.name))
    return plan, findings


def _path_plan(path: str, chains: tuple[str, ...], script: str | None) -> Plan:
    levels = parse_path(path)
    targets = list(chains) or [c for c in [chain_of_path(levels)] if c is not None]
    if not targets:
        raise BadInput.of("derive.unknown_chain", path=path[:80])
    out: Plan = []
    for chain in targets:
        kind = script or script_of_path(levels, chain)
        if kind is None:
            raise BadInput.of("derive.need_script", path=path[:80], allowed=", ".join(SCRIPTS[chain]))
        if kind not in SCRIPTS[chain]:
            raise BadInput.of("derive.bad_script", chain=chain, script=kind, allowed=", ".join(SCRIPTS[chain]))
        out.append((chain, None, [PathTemplate(path.strip(), kind)]))
    return out






def _derive_rows(seed: bytes, plan: Plan, indexes: range, accounts: list[int],
                 change: bool) -> list[tuple[DerivedAddress, str | None]]:
    """Derived addresses, one row per (chain, path, script), naming every preset that has it."""
    rows: dict[tuple[str, str, str], tuple[DerivedAddress, list[str]]] = {}
    for chain, preset, templates in plan:
        for d in derive_many(seed, templates, indexes, accounts, chain=chain, change=change):
            key = (d.chain, d.path, d.script)
            if key not in rows:
                rows[key] = (d, [])
            if preset is not None and preset.id not in rows[key][1]:
                rows[key][1].append(preset.id)
    return [(d, ", ".join(names) or None) for d, names in rows.values()]


def _row_json(row: tuple[DerivedAddress, str | None], with_key: bool) -> dict[str, Any]:
    d, wallet = row
    out: dict[str, Any] = {"chain": d.chain, "wallet": wallet, "path": d.path, "script": d.script,
                           "address": d.address}
    if with_key and d.private_key is not None:
        out["private_key"] = d.private_key.reveal()
    return out


def _short_wallets(value: str | None) -> str:
    names = (value or "").split(", ")
    return ", ".join(names[:2]) + (f" +{len(names) - 2}" if len(names) > 2 else "")


def _view(result: dict[str, Any]) -> Table | None:
    rows = result.get("addresses") or []
    if not rows:
        return None
    table = Table(title=i18n.text("derive.ui_title")[0], title_justify="left")
    keys = ["chain", "wallet", "path", "script", "address"]
    if any("private_key" in r for r in rows):
        keys.append("private_key")
    for key in keys:
        table.add_column(i18n.text(f"derive.ui_{key}")[0],
                         overflow="fold", style="red" if key == "private_key" else None)
    for r in rows:
        table.add_row(*[_short_wallets(r.get(k)) if k == "wallet" else str(r.get(k) or "") for k in keys])
    return table


register_result_view(COMMAND, _view)
