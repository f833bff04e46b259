"""`walletdoc check mnemonic`: read a seed phrase the safe way and report what it is.

Thin: reads --language and the phrase (file, piped stdin or hidden prompt; never argv),
calls walletdoc.checks.mnemonic, returns the Report. Never prints the phrase.
"""

from __future__ import annotations

from typing import Any

import click
from rich.table import Table

from walletdoc import i18n
from walletdoc.checks.mnemonic import check_mnemonic, resolve_language
from walletdoc.cli.common import app_of, refuse_secret_arguments, report_command, secret_args
from walletdoc.findings import Report
from walletdoc.render import register_result_view

NAME = "check mnemonic"


@click.command("mnemonic")
@click.option(
    "--phrase-file",
    type=str,
    default=None,
    metavar="FILE",
    help="File holding the seed phrase (else piped stdin, else a hidden prompt).",
)
@click.option(
    "--language",
    type=str,
    default=None,
    metavar="LANG",
    help="BIP39 wordlist language (english, japanese, chinese_simplified, …); detected if omitted.",
)
@secret_args
@report_command(NAME)
def command(phrase_file: str | None, language: str | None, secret_words: tuple[str, ...]) -> Report:
    """Check a seed phrase: wordlist, word count, checksum, language, Electrum/Shamir/public phrases."""
    refuse_secret_arguments(secret_words, "--phrase-file")
    lang = resolve_language(language)  # a bad --language fails before the phrase is asked for
    secret = app_of().secrets.read("seed phrase", phrase_file, option="--phrase-file")
    assert secret is not None  # not optional: read() raises BadInput when there is nothing
    check = check_mnemonic(secret.reveal(), lang)
    return Report(NAME, check.findings, check.result)


def _yes_no(value: Any) -> str:
    if value is None:
        return i18n.text("mnemonic.ui_none")[0]
    return i18n.text("mnemonic.ui_yes" if value else "mnemonic.ui_no")[0]


def result_view(result: dict[str, Any]) -> Table | None:
    if not result or not result.get("words"):
        return None
    table = Table(show_header=False, box=None, padding=(0, 2))
    rows = [
        ("mnemonic.ui_verdict_valid", _yes_no(result.get("valid"))),
        ("mnemonic.ui_language", str(result.get("language") or i18n.text("mnemonic.ui_none")[0])),
        ("mnemonic.ui_words", str(result.get("words"))),
        ("mnemonic.ui_checksum", _yes_no(result.get("checksum_ok"))),
        ("mnemonic.ui_electrum", str(result.get("electrum") or i18n.text("mnemonic.ui_none")[0])),
    ]
    for code, value in rows:
        table.add_row(i18n.text(code)[0], value)
    return table


register_result_view(NAME, result_view)
