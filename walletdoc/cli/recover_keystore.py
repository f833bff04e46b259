"""`walletdoc recover keystore`: find the password of a v3 keystore or a MetaMask vault.

Thin: reads the keystore (public data: salt, ciphertext, MAC), builds the candidate space
from --wordlist / --tokens / --typos (walletdoc.recover.passwords, password_space), plans
workers by cores and memory, times the file's own KDF, shows the size and an estimate, asks
before a search longer than a day, runs the executor with a progress bar and a checkpoint,
and returns a Report. The found password goes to stdout only (the result table on the
terminal, or the JSON object); never to stderr, the checkpoint, a finding or an exception.
"""

from __future__ import annotations

import hashlib
import math
import os
from dataclasses import replace
from typing import Any

import click
from rich.table import Table

from walletdoc import i18n
from walletdoc.checks import keystore_v3 as v3
from walletdoc.checks.keystore import parse_keystore, read_keystore_file
from walletdoc.cli.common import App, app_of, refuse_secret_arguments, report_command, secret_args
from walletdoc.cli.search_ui import (
    Interrupted,
    SearchOutcome,
    ask_before_long_search,
    human_duration,
    open_checkpoint,
    run_search,
)
from walletdoc.errors import BadInput
from walletdoc.findings import ERROR, INFO, OK, WARNING, Finding, Report
from walletdoc.recover.executors import InProcessExecutor, ProcessPoolExecutor, default_workers
from walletdoc.recover.password_space import TypoSpace, build_space
from walletdoc.recover.verify_keystore import (
    PasswordJob,
    WorkerPlan,
    describe_kdf,
    make_job,
    parallel_seconds_per_try,
    plan_workers,
    seconds_per_try,
)
from walletdoc.render import register_result_view
from walletdoc.secrets import read_secret_file

COMMAND = "recover keystore"
CHUNK_ENV = "WALLETDOC_RECOVER_CHUNK"  # tests: fixed range size
TASK_SECONDS = 3.0  # a range takes about this long on one worker
PARALLEL_PROBE_ABOVE = 60.0  # measure several workers at once only for searches longer than this
IN_PROCESS_BELOW = 2.0  # seconds of KDF work: less than starting worker processes costs
ASSUMED_SCALING = 0.9  # per-worker efficiency when the parallel probe is skipped
MIB = 1 << 20


@click.command(name="keystore")
@click.argument("file", type=click.Path(dir_okay=False))
@secret_args
@click.option("--wordlist", type=click.Path(dir_okay=False), default=None,
              help="Candidate passwords, one per line (UTF-8, any size; streamed).")
@click.option("--tokens", type=click.Path(dir_okay=False), default=None,
              help="Pieces you remember, one group per line: 'a|b' alternatives, '?' optional, '^' first, '$' last.")
@click.option("--typos", type=int, default=0, show_default=True,
              help="Also try up to N (0-2) typos per candidate: case, dropped/doubled/swapped/nearby keys, suffixes.")
@click.option("--workers", type=int, default=None, help="Worker processes (default: all cores that fit in memory).")
@click.option("--dask", default=None, metavar="ADDR", help="Run on a Dask cluster (local[:N] or tcp://host:port).")
@click.option("--trust-cluster", is_flag=True, help="The --dask scheduler is not on this machine but is yours.")
@click.option("--checkpoint", "checkpoint_path", type=click.Path(dir_okay=False), default=None,
              help="Save progress here and resume from it.")
@click.option("--yes", is_flag=True, help="Do not ask before a search longer than a day.")
@report_command(COMMAND)
def command(file: str, secret_words: tuple[str, ...], wordlist: str | None, tokens: str | None, typos: int,
            workers: int | None, dask: str | None, trust_cluster: bool, checkpoint_path: str | None,
            yes: bool) -> Report:
    """Find the password of a keystore file (Ethereum v3 or MetaMask vault)."""
    app = app_of()
    refuse_secret_arguments(secret_words, "--wordlist or --tokens")
    if workers is not None and workers < 1:
        raise BadInput.of("keysearch.bad_workers")
    if wordlist is None and tokens is None:
        raise BadInput.of("keysearch.no_source")
    raw = read_keystore_file(file)
    keystore = parse_keystore(raw, v3.available_memory())
    tokens_text = read_secret_file(tokens, "tokens file").reveal() if tokens is not None else None
    space = build_space(wordlist, tokens_text, typos)
    del tokens_text
    if space.size == 0:
        raise BadInput.of("keysearch.empty_space")
    job = make_job(keystore, hashlib.sha256(raw).hexdigest(), space)
    return run(app, job, space, workers, dask, trust_cluster, checkpoint_path, yes)


def _executor(dask: str | None, trust_cluster: bool, workers: int, chunk: int) -> Any:
    if dask is None:
        return InProcessExecutor(chunk=chunk) if workers <= 1 else ProcessPoolExecutor(workers, chunk=chunk)
    try:
        from walletdoc.recover.executor_dask import DaskExecutor
    except ImportError as exc:
        raise BadInput.of("keysearch.dask_unavailable", detail=type(exc).__name__) from None
    return DaskExecutor(dask, trust_cluster=trust_cluster, chunk=chunk)


def _chunk(job: PasswordJob, remaining: int, workers: int, per_try: float) -> int:
    """Candidates per range: about TASK_SECONDS of work, whole kernel batches, 4+ ranges per worker."""
    if os.environ.get(CHUNK_ENV, "").isdigit():
        return max(1, int(os.environ[CHUNK_ENV]))
    chunk = max(1, int(TASK_SECONDS / max(per_try, 1e-9)))
    if chunk > job.batch:
        chunk = -(-chunk // job.batch) * job.batch
    return max(1, min(chunk, math.ceil(remaining / (4 * max(1, workers)))))


def _workers_finding(plan: WorkerPlan) -> Finding:
    data = {"workers": plan.workers, "cores": plan.cores, "limited_by": plan.limited_by,
            "memory_per_worker": plan.memory_per_worker, "available_memory": plan.available}
    if plan.memory_per_worker and plan.available is not None:
        return Finding.of("keysearch.workers", INFO, data=data, workers=plan.workers, cores=plan.cores,
                          limited_by=plan.limited_by, need_mib=-(-plan.memory_per_worker // MIB),
                          available_mib=plan.available // MIB)
    return Finding.of("keysearch.workers_cores", INFO, data=data, workers=plan.workers, cores=plan.cores)


def _note(app: App, report: Report, finding: Finding) -> None:
    """A pre-search line: stderr for people, a finding in the JSON object."""
    if app.json_mode:
        report.add(finding)
    app.err.print(finding.message, highlight=False)


def run(app: App, job: PasswordJob, space: TypoSpace, workers: int | None, dask: str | None,
        trust_cluster: bool, checkpoint_path: str | None, yes: bool) -> Report:
    report = Report(COMMAND)
    checkpoint, done = open_checkpoint(checkpoint_path, job, COMMAND)
    remaining = job.size - sum(b - a for a, b in done)
    executor: Any = None
    try:
        if dask is not None:
            executor = _executor(dask, trust_cluster, 0, 1)
            executor.start()
            n_workers = max(1, executor.slots(job.memory_per_task))
            _note(app, report, Finding.of("keysearch.workers_dask", INFO, data={"workers": n_workers},
                                          workers=n_workers, need_mib=-(-job.memory_per_task // MIB)))
        app.err.print(i18n.text("keysearch.ui_calibrating")[0], highlight=False)
        single = seconds_per_try(job)
        distinct = remaining * space.distinct_fraction()
        if dask is None:
            plan = plan_workers(workers, job.memory_per_task, default_workers(), v3.available_memory())
            if distinct * single < IN_PROCESS_BELOW and plan.workers > 1:
                plan = replace(plan, workers=1, limited_by="small search")
            n_workers = plan.workers
            _note(app, report, _workers_finding(plan))
        if dask is None and distinct * single / n_workers > PARALLEL_PROBE_ABOVE:
            effective = parallel_seconds_per_try(job, n_workers, single)
        else:
            effective = single / (n_workers * (ASSUMED_SCALING if n_workers > 1 else 1.0))
        eta = distinct * effective
        _note(app, report, Finding.of(
            "keysearch.space", INFO,
            data={"space": job.size, "distinct": int(distinct), "seconds_per_try": single,
                  "seconds_estimate": round(eta, 1), "workers": n_workers, "kdf": describe_kdf(job)},
            space=f"{job.size:,}", distinct=f"{int(distinct):,}", kdf=describe_kdf(job), per_try=f"{single:.3g}",
            eta=human_duration(eta), workers=n_workers))
        if checkpoint is not None and done:
            _note(app, report, Finding.of("keysearch.resumed", INFO, data={"ranges": len(done)}, ranges=len(done),
                                          finished=f"{checkpoint.finished:,}"))
        ask_before_long_search(app, eta, yes, too_long="keysearch.too_long", confirm="keysearch.ui_confirm",
                               declined="keysearch.declined", candidates=f"{int(distinct):,}")
        chunk = _chunk(job, remaining, n_workers, single)
        if executor is None:
            executor = _executor(None, trust_cluster, n_workers, chunk)
        else:
            executor.chunk = chunk
        outcome = run_search(app, job, executor, checkpoint, done, "keysearch.ui_progress")
    except Interrupted as exc:
        code = "keysearch.interrupted" if checkpoint is not None else "keysearch.interrupted_no_checkpoint"
        report.add(Finding.of(code, ERROR, tried=f"{exc.tried:,}", path=checkpoint_path or ""))
        report.result = _result(SearchOutcome(None, exc.tried, 0.0), job)
        report.exit_code = 130
        return report
    finally:
        if executor is not None and hasattr(executor, "close"):
            executor.close()
    return _finish(report, outcome, job)


def _finish(report: Report, outcome: SearchOutcome, job: PasswordJob) -> Report:
    report.result = _result(outcome, job)
    hit = outcome.hit
    if hit is None:
        report.add(Finding.of("keysearch.not_found", ERROR, space=f"{job.size:,}", tried=f"{outcome.tried:,}"))
        report.exit_code = 1
        return report
    address = hit.found.get("address")
    if address:
        report.add(Finding.of("keysearch.found", OK, data={"address": address}, address=address))
    else:
        report.add(Finding.of("keysearch.found_no_address", OK))
    if hit.found.get("damaged"):
        report.add(Finding.of("keysearch.found_damaged", WARNING))
    report.exit_code = 0
    return report


def _result(outcome: SearchOutcome, job: PasswordJob) -> dict[str, Any]:
    found = outcome.hit.found if outcome.hit is not None else {}
    return {
        "found": outcome.hit is not None,
        "password": found.get("password"),
        "address": found.get("address"),
        "space": job.size,
        "tried": outcome.tried,
        "seconds": round(outcome.seconds, 3),
    }


def _view(result: dict[str, Any]) -> Table | None:
    if not result.get("found"):
        return None
    table = Table(show_header=False, box=None)
    table.add_row("password", result["password"])
    for key in ("address", "space", "tried", "seconds"):
        table.add_row(key, str(result[key]))
    return table


register_result_view(COMMAND, _view)
