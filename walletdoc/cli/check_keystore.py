"""`walletdoc check keystore FILE`: is this keystore readable, is the password right, whose is it.

Thin: reads the file and the password, calls walletdoc.checks.keystore, renders. A seed
phrase from a MetaMask vault is written only with --reveal, only to an interactive
terminal (stderr), never to stdout or JSON.
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

import click
from rich.console import RenderableType
from rich.table import Table

from walletdoc import i18n
from walletdoc.checks import keystore as ks
from walletdoc.checks.keystore_v3 import available_memory
from walletdoc.cli.common import App, app_of, refuse_secret_arguments, report_command, secret_args
from walletdoc.findings import INFO, WARNING, Finding, Report
from walletdoc.render import register_result_view

NAME = "check keystore"


def _t(code: str, **params: Any) -> str:
    return i18n.text(f"keystore.ui_{code}", **params)[0]


@click.command("keystore")
@click.argument("file", type=click.Path(dir_okay=False))
@secret_args
@click.option("--password-file", type=click.Path(dir_okay=False), default=None,
              help="Read the keystore password from this file (else piped stdin, else a hidden prompt).")
@click.option("--no-password", is_flag=True, help="Check the file's structure only; do not ask for a password.")
@click.option("--reveal", is_flag=True,
              help="Show a MetaMask vault's seed phrase on this terminal (interactive terminals only).")
@report_command(NAME)
def command(file: str, secret_words: tuple[str, ...], password_file: str | None, no_password: bool,
            reveal: bool) -> Report:
    """Check a keystore file (Web3 v3 JSON or MetaMask vault) and its password. The file is not modified."""
    refuse_secret_arguments(secret_words, "--password-file")
    app = app_of()
    keystore = ks.parse_keystore(ks.read_keystore_file(file), available_memory())
    password = app.secrets.read("keystore password", password_file, option="--password-file",
                                optional=no_password)
    with app.err.status(i18n.text("keystore.ui_deriving")[0], spinner="dots") if (
            password is not None and app.err.is_terminal) else nullcontext():
        outcome = ks.check_keystore(keystore, password)  # the KDF: up to seconds for scrypt n=2^18
    findings = list(outcome.findings)
    if reveal:
        findings.extend(_reveal(app, outcome))
    return Report(NAME, findings, outcome.result, outcome.exit_code)


def _reveal(app: App, outcome: ks.KeystoreCheck) -> list[Finding]:
    if not app.interactive:
        return [Finding.of("keystore.reveal_refused", WARNING)]
    if not outcome.phrases:
        return [Finding.of("keystore.reveal_none", INFO)]
    for n, phrase in enumerate(outcome.phrases, 1):
        app.err.print(_t("reveal_heading", n=n), style="bold yellow")
        app.err.print(phrase.reveal(), markup=False, highlight=False)
        app.err.print()
    return []


def _view(result: dict[str, Any]) -> RenderableType | None:
    if not result.get("format"):
        return None
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    params = result.get("kdf_params") or {}
    shown = ", ".join(f"{k}={v}" for k, v in params.items() if k != "iterations_source")
    table.add_row(_t("format"), str(result["format"]))
    table.add_row(_t("kdf"), f"{result.get('kdf')} ({shown})")
    cost = result.get("cost") or {}
    mib = cost.get("memory_bytes", 0) / (1 << 20)
    table.add_row(_t("cost"), f"~{cost.get('seconds_per_try', 0):.3g} s, {mib:.0f} MiB")
    ok = result.get("password_ok")
    table.add_row(_t("password"), _t("unchecked") if ok is None else _t("yes") if ok else _t("no"))
    if result.get("address"):
        table.add_row(_t("address"), str(result["address"]))
    if result.get("address_in_file"):
        table.add_row(_t("address_in_file"), str(result["address_in_file"]))
    accounts = result.get("accounts") or []
    if not accounts:
        return table
    listing = Table(show_header=True, box=None, pad_edge=False)
    listing.add_column(_t("keyring"))
    listing.add_column(_t("path"))
    listing.add_column(_t("address"))
    for account in accounts:
        listing.add_row(str(account.get("keyring")), str(account.get("path") or "-"), str(account.get("address")))
    outer = Table.grid()
    outer.add_row(table)
    outer.add_row("")
    outer.add_row(listing)
    return outer


register_result_view(NAME, _view)
