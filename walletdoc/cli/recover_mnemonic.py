"""`walletdoc recover mnemonic`: find a damaged seed phrase from an address it derives.

Thin: reads the phrase and passphrase candidates as secrets, builds the spec and the job
(walletdoc.recover), shows the size and the estimate, asks before a search longer than a
day, runs the executor with a progress bar on stderr and a checkpoint, and returns a
Report. The recovered phrase goes only to stdout (terminal or the JSON object); never to
stderr, the checkpoint, a finding's data or an exception.
"""

from __future__ import annotations

import os
from typing import Any

import click
from rich.table import Table

from walletdoc import i18n
from walletdoc.cli.common import App, app_of, refuse_secret_arguments, report_command, secret_args
from walletdoc.cli.recover_noaddr import noaddr_options, noaddr_view, run_noaddr, wants_noaddr
from walletdoc.cli.search_ui import Interrupted, ask_before_long_search, human_duration, run_search
from walletdoc.errors import BadInput
from walletdoc.findings import ERROR, INFO, OK, Finding, Report
from walletdoc.recover.checkpoint import Checkpoint
from walletdoc.recover.estimate import estimate
from walletdoc.recover.executors import Executor, default_workers, make_executor
from walletdoc.recover.jobs import Hit
from walletdoc.recover.spec import VALID_LENGTHS, RecoverySpec, build_spec
from walletdoc.recover.verify_mnemonic import MnemonicJob
from walletdoc.render import register_result_view
from walletdoc.secrets import read_secret_file

COMMAND = "recover mnemonic"
CHUNK_ENV = "WALLETDOC_RECOVER_CHUNK"  # tests: fixed range size


def _passphrases(path: str | None) -> list[str]:
    if path is None:
        return []
    text = read_secret_file(path, "passphrase list").reveal()
    return [line.rstrip("\r") for line in text.split("\n") if line.rstrip("\r")]


def _executor(app: App, workers: int | None, dask: str | None, trust_cluster: bool = False) -> Executor | Any:
    chunk = int(os.environ[CHUNK_ENV]) if os.environ.get(CHUNK_ENV, "").isdigit() else None
    if dask is None:
        return make_executor(workers, chunk=chunk)
    try:
        from walletdoc.recover.executor_dask import DaskExecutor, notices, parse_dask_address
    except ImportError as exc:
        raise BadInput.of("recover.dask_unavailable", detail=type(exc).__name__) from None
    address = parse_dask_address(dask)
    executor = DaskExecutor(dask, trust_cluster=trust_cluster, chunk=chunk)
    for code in notices(address):
        app.err.print(i18n.text(code, address=dask)[0], style="yellow", highlight=False)
    return executor


def _result(hit: Hit | None, job: MnemonicJob, tried: int, seconds: float) -> dict[str, Any]:
    found = hit.found if hit is not None else {}
    return {
        "found": hit is not None,
        "mnemonic": found.get("mnemonic"),
        "passphrase": found.get("passphrase") if hit is not None else None,
        "path": found.get("path"),
        "address": found.get("address"),
        "space": job.size,
        "tried": tried,
        "seconds": round(seconds, 3),
    }


@click.command(name="mnemonic")
@secret_args
@click.option("--phrase-file", type=click.Path(dir_okay=False), default=None,
              help="File with the damaged phrase ('?' unknown word, 'a|b' one of these).")
@click.option("--address", "addresses", multiple=True, metavar="A", help="An address the wallet showed (repeatable).")
@click.option("--length", type=click.IntRange(1, 48), default=None, help="Number of words (12/15/18/21/24).")
@click.option("--max-wrong", type=click.IntRange(0, 24), default=0, show_default=True,
              help="Up to N given words may be wrong.")
@click.option("--max-swaps", type=click.IntRange(0, 12), default=0, show_default=True,
              help="Up to N pairs of neighbouring words may be swapped.")
@click.option("--passphrase-file", type=click.Path(dir_okay=False), default=None,
              help="BIP39 passphrase candidates, one per line (no passphrase is tried too).")
@click.option("--wallet", "wallets", multiple=True, metavar="W", help="Wallet preset(s), e.g. metamask, ledger-live.")
@click.option("--path", "paths", multiple=True, metavar="P", help="Path template, e.g. m/44'/60'/0'/0/{index}.")
@click.option("--language", default=None, help="Wordlist language (default: detect).")
@click.option("--workers", type=int, default=None, help="Worker processes (default: all cores).")
@click.option("--dask", default=None, metavar="ADDR",
              help="Run on a Dask cluster: local[:N], tcp://HOST:PORT or tls://HOST:PORT (see docs/dask.md).")
@click.option("--trust-cluster", is_flag=True,
              help="Allow a scheduler on another machine: every worker receives your partial phrase.")
@click.option("--checkpoint", "checkpoint_path", type=click.Path(dir_okay=False), default=None,
              help="Save progress here and resume from it.")
@click.option("--yes", is_flag=True, help="Do not ask before a search longer than a day.")
@noaddr_options
@report_command(COMMAND)
def command(secret_words: tuple[str, ...], phrase_file: str | None, addresses: tuple[str, ...],
            length: int | None, max_wrong: int, max_swaps: int, passphrase_file: str | None,
            wallets: tuple[str, ...], paths: tuple[str, ...], language: str | None, workers: int | None,
            dask: str | None, trust_cluster: bool, checkpoint_path: str | None, yes: bool,
            rpc: str | None, esplora: str | None, noaddr_chain: str | None, list_valid: str | None) -> Report:
    """Find a damaged seed phrase from an address it derives (or, without one, from on-chain activity)."""
    app = app_of()
    refuse_secret_arguments(secret_words, "--phrase-file")
    if wants_noaddr(addresses, rpc, esplora, list_valid):
        return run_noaddr(app, phrase_file=phrase_file, length=length, max_wrong=max_wrong, max_swaps=max_swaps,
                          passphrase_file=passphrase_file, wallets=wallets, paths=paths, language=language,
                          yes=yes, rpc=rpc, esplora=esplora, noaddr_chain=noaddr_chain, list_valid=list_valid)
    if not addresses:
        raise BadInput.of("recover.no_target")
    if length is not None and length not in VALID_LENGTHS:
        raise BadInput.of("recover.bad_length", length=length)
    if workers is not None and workers < 1:
        raise BadInput.of("recover.bad_workers")
    phrase = app.secrets.read("seed phrase", phrase_file, option="--phrase-file")
    assert phrase is not None
    spec = build_spec(phrase.reveal(), addresses, length=length, max_wrong=max_wrong, max_swaps=max_swaps,
                      passphrases=_passphrases(passphrase_file), wallets=wallets, paths=paths, language=language)
    return run(app, spec, workers, dask, checkpoint_path, yes, trust_cluster)


def run(app: App, spec: RecoverySpec, workers: int | None, dask: str | None,
        checkpoint_path: str | None, yes: bool, trust_cluster: bool = False) -> Report:
    report = Report(COMMAND)
    if "recover.assumed_length" in spec.notes:
        p = spec.phrase
        report.add(Finding.of("recover.assumed_length", INFO, given=len(p.slots), length=p.length,
                              missing=p.missing))
    job = MnemonicJob(spec)
    checkpoint = Checkpoint(checkpoint_path, job, kind=COMMAND) if checkpoint_path else None
    done = checkpoint.load() if checkpoint is not None else []
    n_workers = workers or default_workers()
    est = estimate(job, n_workers)
    space = Finding.of("recover.space", INFO, data={"space": job.size, "survivors": est.survivors},
                       space=f"{job.size:,}", survivors=f"{'' if est.survivors_exact else '≈'}{est.survivors:,}",
                       eta=human_duration(est.seconds), workers=n_workers)
    if app.json_mode:
        report.add(space)
    app.err.print(space.message, highlight=False)
    if checkpoint is not None and done:
        resumed = Finding.of("recover.resumed", INFO, data={"ranges": len(done)}, ranges=len(done),
                             finished=f"{checkpoint.finished:,}")
        report.add(resumed)
        app.err.print(resumed.message, highlight=False)
    ask_before_long_search(app, est.seconds, yes, too_long="recover.too_long", confirm="recover.ui_confirm",
                           declined="recover.declined", survivors=f"{est.survivors:,}")
    executor = _executor(app, workers, dask, trust_cluster)
    try:
        outcome = run_search(app, job, executor, checkpoint, done, "recover.ui_progress")
    except Interrupted as exc:
        code = "recover.interrupted" if checkpoint is not None else "recover.interrupted_no_checkpoint"
        report.add(Finding.of(code, ERROR, tried=f"{exc.tried:,}", path=checkpoint_path or ""))
        report.result = _result(None, job, exc.tried, 0.0)
        report.exit_code = 130
        return report
    hit, tried = outcome.hit, outcome.tried
    report.result = _result(hit, job, tried, outcome.seconds)
    if hit is None:
        report.add(Finding.of("recover.not_found", ERROR, space=f"{job.size:,}", tried=f"{tried:,}"))
        report.exit_code = 1
        return report
    report.add(Finding.of("recover.found", OK, data={"address": hit.found["address"], "path": hit.found["path"]},
                          address=hit.found["address"], path=hit.found["path"]))
    if hit.found["passphrase"]:
        report.add(Finding.of("recover.found_passphrase", INFO))
    report.exit_code = 0
    return report


def _view(result: dict[str, Any]) -> Table | None:
    if "candidates" in result or "listed" in result:
        return noaddr_view(result)
    if not result.get("found"):
        return None
    table = Table(show_header=False, box=None)
    table.add_row(i18n.text("recover.ui_row_mnemonic")[0], result["mnemonic"])
    if result.get("passphrase"):
        table.add_row(i18n.text("recover.ui_row_passphrase")[0], result["passphrase"])
    for key in ("path", "address", "space", "tried", "seconds"):
        table.add_row(i18n.text(f"recover.ui_row_{key}")[0], str(result[key]))
    return table


register_result_view(COMMAND, _view)
