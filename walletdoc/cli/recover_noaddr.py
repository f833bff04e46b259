"""`recover mnemonic` without `--address`: find the candidate with on-chain activity, or list them.

Thin glue for two cases of recovery when the owner knows no address. With `--rpc URL`
(EVM) or `--esplora URL` (BTC-like), every checksum-valid candidate is derived on the
chain's common paths and its addresses are looked up (walletdoc.recover.verify_activity);
the number of lookups is shown first and refused above a limit unless `--yes`. With
`--list-valid FILE`, the checksum-valid candidates are written to a NEW file (mode 0600,
never overwritten) after a loud warning. The search runs in this process: the node is the
bottleneck, and one process keeps the rate limit and the cache honest. Recovered phrases go
to stdout only (terminal or the JSON object), never to stderr, a finding's data or an error.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from rich.text import Text

from walletdoc import i18n
from walletdoc.cli.common import App
from walletdoc.errors import BadInput
from walletdoc.findings import ERROR, INFO, OK, WARNING, Finding, Report
from walletdoc.recover.jobs import Hit
from walletdoc.recover.spaces import phrase_text
from walletdoc.recover.spec import VALID_LENGTHS, RecoverySpec
from walletdoc.secrets import read_secret_file

COMMAND = "recover mnemonic"
NOADDR_CHAINS = ("eth", "btc", "ltc", "doge", "bch")


def noaddr_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The options `recover mnemonic` needs for this mode: --rpc, --esplora, --chain, --list-valid."""
    for option in reversed([
        click.option("--rpc", default=None, metavar="URL",
                     help="Without --address: EVM node to look for used addresses (only addresses are sent)."),
        click.option("--esplora", default=None, metavar="URL",
                     help="Without --address: Esplora REST API for BTC-like chains."),
        click.option("--chain", "noaddr_chain", type=click.Choice(NOADDR_CHAINS), default=None,
                     help="Chain searched without --address (default eth with --rpc, btc with --esplora)."),
        click.option("--list-valid", "list_valid", type=click.Path(dir_okay=False), default=None,
                     help="Without --address: write the checksum-valid candidates to this NEW file (0600)."),
    ]):
        fn = option(fn)
    return fn


def wants_noaddr(addresses: tuple[str, ...], rpc: str | None, esplora: str | None, list_valid: str | None) -> bool:
    return not addresses and bool(rpc or esplora or list_valid)


def _passphrases(path: str | None) -> list[str]:
    if path is None:
        return []
    text = read_secret_file(path, "passphrase list").reveal()
    return [line.rstrip("\r") for line in text.split("\n") if line.rstrip("\r")]


def run_noaddr(app: App, *, phrase_file: str | None, length: int | None, max_wrong: int, max_swaps: int,
               passphrase_file: str | None, wallets: tuple[str, ...], paths: tuple[str, ...],
               language: str | None, yes: bool, rpc: str | None, esplora: str | None,
               noaddr_chain: str | None, list_valid: str | None, timeout: float | None = None) -> Report:
    """Recovery without an address: online activity search, or --list-valid. Returns the Report."""
    from walletdoc.recover.verify_activity import build_noaddr_spec

    if list_valid and (rpc or esplora):
        raise BadInput.of("scan.noaddr_list_with_node")
    if not (list_valid or rpc or esplora):
        raise BadInput.of("scan.noaddr_needs_source")
    if length is not None and length not in VALID_LENGTHS:
        raise BadInput.of("recover.bad_length", length=length)
    chain = noaddr_chain or ("btc" if esplora and not rpc else "eth")
    source = None if list_valid else _source(chain, rpc, esplora, timeout)
    phrase = app.secrets.read("seed phrase", phrase_file, option="--phrase-file")
    assert phrase is not None
    spec = build_noaddr_spec(phrase.reveal(), chain, length=length, max_wrong=max_wrong, max_swaps=max_swaps,
                             passphrases=_passphrases(passphrase_file), wallets=wallets, paths=paths,
                             language=language)
    if list_valid:
        return _list_valid(app, spec, list_valid, yes)
    assert source is not None
    return _search(app, spec, chain, source, yes)


def _source(chain: str, rpc: str | None, esplora: str | None, timeout: float | None) -> Any:
    from walletdoc.rpc.activity import ActivitySource

    if chain == "eth":
        if not rpc:
            raise BadInput.of("scan.need_rpc", chain=chain)
        return ActivitySource("evm", rpc, timeout)
    if not esplora:
        raise BadInput.of("scan.need_esplora", chain=chain)
    return ActivitySource("esplora", esplora, timeout)


def _search(app: App, spec: RecoverySpec, chain: str, source: Any, yes: bool) -> Report:
    from walletdoc.recover.verify_activity import MAX_LOOKUPS, ActivityJob

    job = ActivityJob(spec, chain, source)
    survivors = job.survivors()
    lookups = job.lookups_needed()
    report = Report(COMMAND)
    space = Finding.of("scan.noaddr_space", INFO, {"space": job.size, "survivors": survivors, "lookups": lookups},
                       space=f"{job.size:,}", survivors=f"{survivors:,}", lookups=f"{lookups:,}",
                       paths=len(spec.derivations))
    privacy = Finding.of("scan.noaddr_privacy", INFO, {"where": source.display_url}, where=source.display_url)
    app.err.print(space.message, highlight=False)
    app.err.print(Text(privacy.message + " " + privacy.advice[0], style="yellow"), highlight=False)
    if lookups > MAX_LOOKUPS and not yes:
        raise BadInput.of("scan.noaddr_too_many", lookups=f"{lookups:,}", limit=f"{MAX_LOOKUPS:,}")
    if app.json_mode:
        report.extend([space, privacy])
    hits, tried, seconds = _run(app, job, survivors)
    report.result = _result(hits, job.size, tried, seconds, job.lookup.looked_up, chain)
    if not hits:
        report.add(Finding.of("scan.noaddr_not_found", ERROR, tried=f"{tried:,}"))
        report.exit_code = 1
        return report
    first = hits[0].found
    report.add(Finding.of("scan.noaddr_found", OK, {"address": first["address"], "path": first["path"]},
                          address=first["address"], path=first["path"]))
    if len(hits) > 1:
        report.add(Finding.of("scan.noaddr_several", WARNING, {"count": len(hits)}, count=len(hits)))
    if first["passphrase"]:
        report.add(Finding.of("recover.found_passphrase", INFO))
    report.exit_code = 0
    return report


def _run(app: App, job: Any, survivors: int) -> tuple[list[Hit], int, float]:
    """Every hit of the space, in order (the search continues after a hit); in this process."""
    hits: list[Hit] = []
    tried, start, t0 = 0, 0, time.perf_counter()
    with Progress(TextColumn(i18n.text("scan.ui_progress")[0]), BarColumn(), MofNCompleteColumn(),
                  console=app.err, transient=True, disable=not app.err.is_terminal) as bar:
        task = bar.add_task("search", total=survivors)
        while start < job.size:
            result = job.run_range(start, job.size)
            tried += result.tried
            bar.advance(task, result.tried)
            if result.hit is None:
                break
            hits.append(result.hit)
            start = result.hit.index + 1
    return hits, tried, time.perf_counter() - t0


def _result(hits: list[Hit], space: int, tried: int, seconds: float, lookups: int, chain: str) -> dict[str, Any]:
    first = hits[0].found if hits else {}
    return {
        "found": bool(hits),
        "mnemonic": first.get("mnemonic"),
        "passphrase": first.get("passphrase") if hits else None,
        "path": first.get("path"),
        "address": first.get("address"),
        "chain": chain,
        "space": space,
        "tried": tried,
        "lookups": lookups,
        "seconds": round(seconds, 3),
        "candidates": [{k: h.found[k] for k in ("mnemonic", "passphrase", "path", "address", "tx_count",
                                                 "balance")} for h in hits],
    }


def _list_valid(app: App, spec: RecoverySpec, path: str, yes: bool) -> Report:
    from walletdoc.recover.checksum import ChecksumFilter
    from walletdoc.recover.spaces import MnemonicSpace
    from walletdoc.recover.verify_activity import MAX_LOOKUPS

    space = MnemonicSpace(spec.phrase, 1)  # passphrases do not change which phrases are valid
    filt = ChecksumFilter(spec.phrase.length)
    count = sum(filt.count_survivors(sub.options)[0] for sub in space.subspaces)
    if count > MAX_LOOKUPS and not yes:
        raise BadInput.of("scan.list_valid_too_many", count=f"{count:,}", limit=f"{MAX_LOOKUPS:,}")
    app.err.print(Text(i18n.text("scan.ui_list_valid_warning", path=path)[0], style="bold red"), highlight=False)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        raise BadInput.of("scan.list_valid_exists", path=path) from None
    except OSError as exc:
        raise BadInput.of("scan.list_valid_unwritable", path=path, detail=exc.strerror or type(exc).__name__) \
            from None
    written = 0
    seen: set[tuple[int, ...]] = set()
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        for sub in space.subspaces:
            for _, words in filt.survivors(sub.options, 0, sub.size):
                if words not in seen:  # sub-spaces of a damaged phrase may overlap
                    seen.add(words)
                    out.write(phrase_text(words, spec.phrase.language) + "\n")
                    written += 1
    finding = Finding.of("scan.list_valid_written", WARNING, {"count": written, "file": path},
                         count=f"{written:,}", path=path)
    return Report(COMMAND, [finding], {"listed": written, "file": path, "space": space.size}, exit_code=0)


def noaddr_view(result: dict[str, Any]) -> Table | None:
    """Every candidate with activity (recover_mnemonic's view calls this for results of this mode)."""
    if "listed" in result:
        return None
    rows = result.get("candidates") or []
    if not rows:
        return None
    table = Table(show_header=False, box=None)
    for n, r in enumerate(rows, 1):
        if len(rows) > 1:
            table.add_row(f"#{n}", "")
        for key in ("mnemonic", "passphrase", "path", "address", "tx_count", "balance"):
            if key != "passphrase" or r.get(key):
                table.add_row(i18n.text(f"recover.ui_row_{key}")[0], str(r.get(key)))
    return table

