"""`walletdoc scan`: "my restored wallet shows zero" — find which wallet paths of a phrase were used.

Thin: reads the phrase and optional BIP39 passphrase candidates as secrets (the way
`derive` does, with its functions), derives addresses per wallet preset with the gap
limit (walletdoc.checks.scan), asks the user's node (EVM JSON-RPC) or Esplora server
(BTC-like) about those addresses only (walletdoc.rpc.activity), and returns a Report.
Only addresses leave the machine; the privacy note says the node's operator sees them.
`--offline` looks nothing up and lists the addresses to check elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

import click
from rich.console import Group, RenderableType
from rich.progress import BarColumn, Progress, TextColumn
from rich.table import Table
from rich.text import Text

from walletdoc import i18n
from walletdoc.chains.address import SCRIPTS
from walletdoc.chains.derive import derive_many
from walletdoc.chains.presets import PathTemplate
from walletdoc.checks import scan as core
from walletdoc.checks.mnemonic import bip39_seed
from walletdoc.checks.words import LANGUAGES
from walletdoc.cli.common import App, app_of, read_passphrase, refuse_secret_arguments, report_command, secret_args
from walletdoc.errors import BadInput
from walletdoc.findings import INFO, OK, Finding, Report
from walletdoc.render import register_result_view
from walletdoc.secrets import Secret

COMMAND = "scan"
CHAINS = tuple(SCRIPTS)
OFFLINE_DEFAULT_CHAINS = ("eth", "btc")
DECIMALS = {"eth": (18, "ETH"), "btc": (8, "BTC"), "ltc": (8, "LTC"), "doge": (8, "DOGE"), "bch": (8, "BCH")}


@click.command(name="scan")
@secret_args
@click.option("--phrase-file", type=click.Path(dir_okay=False), default=None, help="File holding the seed phrase.")
@click.option("--passphrase-file", type=click.Path(dir_okay=False), default=None,
              help="BIP39 passphrase candidates, one per line (the phrase without one is scanned too).")
@click.option("--ask-passphrase", is_flag=True, help="Ask for one BIP39 passphrase at a hidden prompt.")
@click.option("--rpc", default=None, metavar="URL", help="EVM JSON-RPC node (default $WALLETDOC_RPC).")
@click.option("--esplora", default=None, metavar="URL",
              help="Esplora-compatible REST API for BTC-like chains, e.g. http://127.0.0.1:3002.")
@click.option("--chain", "chains", multiple=True, type=click.Choice(CHAINS),
              help="Chain(s) to scan (default: eth with --rpc, btc with --esplora).")
@click.option("--wallet", "wallets", multiple=True, metavar="W", help="Only these wallet presets.")
@click.option("--gap", type=click.IntRange(1, 1000), default=20, show_default=True,
              help="Stop a branch after this many unused addresses in a row.")
@click.option("--accounts", type=click.IntRange(1, 100), default=3, show_default=True,
              help="Accounts scanned for presets with an account level.")
@click.option("--offline", is_flag=True, help="Look nothing up: list the addresses to check elsewhere.")
@click.option("--timeout", type=click.FloatRange(0.1, 600), default=None, help="Seconds to wait for the node.")
@click.option("--language", type=click.Choice(LANGUAGES), default=None, help="Wordlist language (default: detect).")
@report_command(COMMAND)
def command(secret_words: tuple[str, ...], phrase_file: str | None, passphrase_file: str | None,
            ask_passphrase: bool, rpc: str | None, esplora: str | None, chains: tuple[str, ...],
            wallets: tuple[str, ...], gap: int, accounts: int, offline: bool, timeout: float | None,
            language: str | None) -> Report:
    """Find which wallet paths of your phrase hold funds (only addresses are looked up)."""
    refuse_secret_arguments(secret_words, "--phrase-file")
    app = app_of()
    chosen, sources = plan_sources(chains, rpc, esplora, offline, timeout)
    branches = core.plan_branches(core.choose_presets(chosen, wallets), accounts)
    phrase = app.secrets.read("seed phrase", phrase_file, option="--phrase-file")
    assert phrase is not None
    candidates = passphrase_candidates(app, passphrase_file, ask_passphrase)
    seeds: list[tuple[int | None, bytes]] = []
    for number, candidate in candidates:
        seed, problems = bip39_seed(phrase.reveal(), candidate.reveal() if candidate else "", language)
        if seed is None:
            return Report(COMMAND, problems, {"used": [], "checked": 0}, exit_code=2)
        seeds.append((number, seed))
    if offline:
        return _offline(branches, seeds, gap, chosen)
    return _online(app, branches, seeds, gap, chosen, sources)


def plan_sources(chains: Sequence[str], rpc: str | None, esplora: str | None, offline: bool,
                 timeout: float | None) -> tuple[list[str], dict[str, Any]]:
    """The chains to scan and where to ask about each (ActivitySource per chain); BadInput if unusable."""
    if offline:
        return list(chains or OFFLINE_DEFAULT_CHAINS), {}
    from walletdoc.rpc.activity import ActivitySource

    rpc = rpc or os.environ.get("WALLETDOC_RPC") or None
    chosen = list(chains) or [c for c, url in (("eth", rpc), ("btc", esplora)) if url]
    if not chosen:
        raise BadInput.of("scan.need_node")
    sources: dict[str, Any] = {}
    btc_like = [c for c in chosen if c in core.ONLINE_CHAINS and core.ONLINE_CHAINS[c] == "esplora"]
    if len(btc_like) > 1:
        raise BadInput.of("scan.one_esplora_chain", chains=", ".join(btc_like))
    for chain in chosen:
        kind = core.ONLINE_CHAINS.get(chain)
        if kind is None:
            raise BadInput.of("scan.chain_offline_only", chain=chain)
        url = rpc if kind == "evm" else esplora
        if not url:
            raise BadInput.of("scan.need_rpc" if kind == "evm" else "scan.need_esplora", chain=chain)
        sources[chain] = ActivitySource(kind, url, timeout)
    return chosen, sources


def passphrase_candidates(app: App, path: str | None, ask: bool) -> list[tuple[int | None, Secret | None]]:
    """(line number, passphrase) candidates: no passphrase first, then each line of the file."""
    out: list[tuple[int | None, Secret | None]] = [(None, None)]
    secret = read_passphrase(app, path, ask)
    if secret is None:
        return out
    lines = secret.reveal().split("\n") if path is not None else [secret.reveal()]
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        text = line.rstrip("\r")
        if text and text not in seen:
            seen.add(text)
            out.append((number, Secret(text, "file" if path else "prompt")))
    return out


def _deriver(seed: bytes) -> core.Derive:
    def derive(branch: core.Branch, indexes: Sequence[int]) -> list[tuple[int, str, str]]:
        got = derive_many(seed, [PathTemplate(branch.template, branch.script)], list(indexes), [0],
                          chain=branch.chain)
        numbers = list(indexes) if branch.indexed else [0]
        return [(i, d.path, d.address) for i, d in zip(numbers, got, strict=False)]

    return derive


def _offline(branches: list[core.Branch], seeds: list[tuple[int | None, bytes]], gap: int,
             chains: list[str]) -> Report:
    rows: list[core.ScanRow] = []
    for number, seed in seeds:
        rows += core.offline_rows(branches, _deriver(seed), gap, number)
    result = {"used": [], "checked": 0, "offline_addresses": [r.to_json() for r in rows]}
    finding = Finding.of("scan.offline", OK, {"count": len(rows)}, count=len(rows), chains=", ".join(chains))
    return Report(COMMAND, [finding], result, exit_code=0)


def _online(app: App, branches: list[core.Branch], seeds: list[tuple[int | None, bytes]], gap: int,
            chains: list[str], sources: Mapping[str, Any]) -> Report:
    lookups = {chain: src.open() for chain, src in sources.items()}
    where = ", ".join(dict.fromkeys(lk.network() for lk in lookups.values()))
    privacy = Finding.of("scan.privacy", INFO, {"where": where}, where=where)
    app.err.print(Text(privacy.message + " " + " ".join(privacy.advice), style="yellow"), highlight=False)

    def lookup(chain: str, addresses: Sequence[str]) -> Mapping[str, Any]:
        return lookups[chain].lookup(addresses)

    merged = core.ScanOutcome()
    with Progress(TextColumn(i18n.text("scan.ui_progress")[0]), BarColumn(bar_width=None),
                  TextColumn("{task.completed}"), console=app.err, transient=True,
                  disable=not app.err.is_terminal) as bar:
        task = bar.add_task("scan", total=None)
        for number, seed in seeds:
            out = core.scan(branches, _deriver(seed), lookup, gap, number,
                            progress=lambda n: bar.advance(task, n))
            merged.used += out.used
            merged.truncated = merged.truncated or out.truncated
    merged.checked = sum(lk.looked_up for lk in lookups.values())
    findings = core.findings_for(merged, chains)
    if app.json_mode:
        findings.append(privacy)
    result = {"used": [r.to_json() for r in merged.used], "checked": merged.checked}
    return Report(COMMAND, findings, result)


def format_amount(chain: str, amount: int) -> str:
    decimals, symbol = DECIMALS.get(chain, (0, ""))
    if not decimals:
        return str(amount)
    whole, frac = divmod(abs(amount), 10**decimals)
    text = f"{whole}.{frac:0{decimals}d}".rstrip("0").rstrip(".")
    return f"{'-' if amount < 0 else ''}{text} {symbol}"


def _table(rows: list[dict[str, Any]], title: str, activity: bool) -> Table:
    table = Table(title=title, title_justify="left")
    for key in ("wallet", "chain", "path", "address") + (("activity",) if activity else ()):
        table.add_column(i18n.text(f"scan.ui_{key}")[0], overflow="fold")
    for r in rows:
        line = "  " + i18n.text("scan.ui_passphrase_line", n=r["passphrase"])[0] if r.get("passphrase") else ""
        cells = [core.wallet_label(str(r.get("wallet") or "").split(", ")), str(r.get("chain")),
                 str(r.get("path")) + line,
                 str(r.get("address"))]
        if activity:
            cells.append(i18n.text("scan.ui_activity_cell", tx_count=r.get("tx_count", 0),
                                   balance=format_amount(str(r.get("chain")), int(r.get("balance") or 0)))[0])
        table.add_row(*cells)
    return table


def _view(result: dict[str, Any]) -> RenderableType | None:
    if "offline_addresses" in result:
        rows = result["offline_addresses"]
        return _table(rows, i18n.text("scan.ui_offline_title")[0], False) if rows else None
    parts: list[RenderableType] = []
    if result.get("used"):
        parts.append(_table(result["used"], i18n.text("scan.ui_title")[0], True))
    parts.append(Text(i18n.text("scan.ui_privacy")[0], style="dim"))
    return Group(*parts)


register_result_view(COMMAND, _view)
