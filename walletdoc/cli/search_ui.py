"""Terminal pieces shared by the `recover` commands: durations, the confirm-before-a-long-search
question, the progress bar, and the search loop with its checkpoint and Ctrl-C handling.

Generic over SearchJobs and executors; the caller passes its own catalog codes. The progress
bar shows counts and rates only (stderr); nothing here ever sees a candidate or a found secret
except as an opaque Hit passed back to the caller.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from walletdoc import i18n
from walletdoc.cli.common import App
from walletdoc.errors import BadInput
from walletdoc.recover.checkpoint import Checkpoint
from walletdoc.recover.jobs import Hit, RangeResult, SearchJob

ASK_ABOVE_SECONDS = 86400.0


def human_duration(seconds: float) -> str:
    """A rough duration in the user's language ("3.2 h", "3.2 小时")."""
    for unit, size in (("years", 31557600), ("days", 86400), ("hours", 3600), ("minutes", 60)):
        if seconds >= size:
            return i18n.text(f"recover.ui_duration_{unit}", n=f"{seconds / size:.1f}")[0]
    return i18n.text("recover.ui_duration_seconds", n=f"{max(seconds, 0.1):.1f}")[0]


def ask_before_long_search(app: App, seconds: float, yes: bool, *, too_long: str, confirm: str,
                           declined: str, **params: Any) -> None:
    """Above a day: ask on a terminal; refuse (exit 2, `too_long`) when nobody can answer."""
    if seconds <= ASK_ABOVE_SECONDS or yes:
        return
    eta = human_duration(seconds)
    if not app.interactive:
        raise BadInput.of(too_long, eta=eta, **params)
    if not click.confirm(i18n.text(confirm, eta=eta)[0], default=False, err=True):
        raise BadInput.of(declined)


def progress_bar(app: App, label_code: str) -> Progress:
    """Tried/total, rate and ETA on stderr; invisible when stderr is not a terminal."""
    return Progress(
        TextColumn(i18n.text(label_code)[0]), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
        console=app.err, transient=True, disable=not app.err.is_terminal,
    )


class Interrupted(Exception):
    """Ctrl-C during a search; `tried` counts what was verified before it (checkpoint saved)."""

    def __init__(self, tried: int) -> None:
        super().__init__("interrupted")
        self.tried = tried


@dataclass
class SearchOutcome:
    hit: Hit | None
    tried: int
    seconds: float


def open_checkpoint(path: str | None, job: SearchJob, kind: str) -> tuple[Checkpoint | None, list[tuple[int, int]]]:
    """The checkpoint for `path` (None without one) and the ranges it says are finished."""
    if not path:
        return None, []
    checkpoint = Checkpoint(path, job, kind=kind)
    return checkpoint, checkpoint.load()


def run_search(app: App, job: SearchJob, executor: Any, checkpoint: Checkpoint | None,
               done: list[tuple[int, int]], label_code: str,
               on_result: Callable[[RangeResult], None] | None = None) -> SearchOutcome:
    """Run `executor` over the ranges not in `done`, with a progress bar and the checkpoint.

    Raises Interrupted (after saving the checkpoint) on Ctrl-C. The executor is entered and
    exited here when it is a context manager (Dask)."""
    remaining = job.size - sum(b - a for a, b in done)
    tried = 0
    t0 = time.perf_counter()
    with progress_bar(app, label_code) as bar:
        task = bar.add_task("search", total=remaining, rate="")

        def record(r: RangeResult) -> None:
            nonlocal tried
            tried += r.tried
            if checkpoint is not None:
                checkpoint.record(r)
            rate = tried / max(time.perf_counter() - t0, 1e-3)
            bar.update(task, advance=r.enumerated, rate=f"{rate:,.1f}/s" if rate < 100 else f"{rate:,.0f}/s")
            if on_result is not None:
                on_result(r)

        try:
            with _Entered(executor):
                hit = executor.run(job, on_result=record, done=done)
        except KeyboardInterrupt:
            if checkpoint is not None:
                checkpoint.save()
            raise Interrupted(tried) from None
    if checkpoint is not None:
        checkpoint.save()
    return SearchOutcome(hit, tried, time.perf_counter() - t0)


class _Entered:
    """Enter/exit an executor that is a context manager (Dask); a no-op for the local ones."""

    def __init__(self, executor: Any) -> None:
        self.executor = executor

    def __enter__(self) -> None:
        if hasattr(self.executor, "__enter__"):
            self.executor.__enter__()

    def __exit__(self, *exc: object) -> None:
        if hasattr(self.executor, "__exit__"):
            self.executor.__exit__(*exc)
