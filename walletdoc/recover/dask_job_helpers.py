"""Pieces of the Dask executor that run on workers or plan ranges, kept free of client state.

`run_range_task` is the one function Dask workers execute: it calls the scattered job's
`run_range` with a stop check tied to a cluster-wide Event, and times it. `RangePlanner`
hands out the ranges still to do (around the checkpoint's finished ones), sized from the
rate measured on the workers so that each task takes a few seconds. Nothing here may log,
print or return anything but a RangeResult: the job holds the owner's secrets.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from typing import Any

from walletdoc.recover.jobs import Hit, RangeResult, SearchJob

STOP_CHECK_SECONDS = 0.5  # a worker asks the scheduler at most this often whether to stop
FIRST_CHUNK = 64  # candidates in the first tasks, before any rate is known
GROWTH = 8  # a range grows at most this much from one measurement to the next


class StopCheck:
    """`should_stop` for run_range: true once the client sets the search's Event (throttled)."""

    def __init__(self, event_name: str | None) -> None:
        self.event_name = event_name
        self._event: Any = None
        self._stopped = False
        self._next_check = 0.0

    def __call__(self) -> bool:
        if self._stopped or self.event_name is None:
            return self._stopped
        now = time.monotonic()
        if now < self._next_check:
            return False
        self._next_check = now + STOP_CHECK_SECONDS
        try:
            if self._event is None:
                from distributed import Event

                self._event = Event(self.event_name)
            self._stopped = bool(self._event.is_set())
        except Exception:  # noqa: BLE001 - a failed check must never fail the range
            return False
        return self._stopped


def run_range_task(job: SearchJob, start: int, stop: int, event_name: str | None = None) -> RangeResult:
    """Run one range on a worker; `seconds` is filled in if the job did not measure it."""
    began = time.perf_counter()
    result = job.run_range(start, stop, StopCheck(event_name))
    if not result.seconds:
        result.seconds = time.perf_counter() - began
    return result


def worker_walletdoc_version() -> str:
    """Run on each worker before a search: the walletdoc version it would use."""
    import walletdoc

    return str(getattr(walletdoc, "__version__", "unknown"))


def missing_intervals(size: int, done: Iterable[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """The parts of [0, size) not covered by the finished ranges, in order."""
    covered = sorted((max(0, a), min(size, b)) for a, b in (done or ()) if b > a)
    gaps: list[tuple[int, int]] = []
    cursor = 0
    for a, b in covered:
        if a > cursor:
            gaps.append((cursor, a))
        cursor = max(cursor, b)
    if cursor < size:
        gaps.append((cursor, size))
    return gaps


class RangePlanner:
    """Hands out the ranges still to search, sized to take about `task_seconds` each.

    With a fixed `chunk` every range has that many candidates. Otherwise the first ranges
    are small and later ones follow the enumerated-candidates-per-second rate that the
    workers measured, growing at most GROWTH times per result.
    """

    def __init__(
        self,
        size: int,
        done: Iterable[tuple[int, int]] | None = None,
        *,
        chunk: int | None = None,
        task_seconds: float = 3.0,
        first_chunk: int = FIRST_CHUNK,
        max_chunk: int | None = None,
    ) -> None:
        self.size = size
        self.gaps = missing_intervals(size, done)
        self.fixed = chunk is not None
        self.chunk = max(1, int(chunk if chunk is not None else first_chunk))
        self.task_seconds = task_seconds
        self.max_chunk = max_chunk
        self.rate: float | None = None  # enumerated candidates per second per task
        self.remaining = sum(b - a for a, b in self.gaps)

    def next_range(self) -> tuple[int, int] | None:
        if not self.gaps:
            return None
        start, end = self.gaps[0]
        stop = min(end, start + self.chunk)
        if stop == end:
            self.gaps.pop(0)
        else:
            self.gaps[0] = (stop, end)
        self.remaining -= stop - start
        return start, stop

    def observe(self, result: RangeResult) -> None:
        """Update the rate from a finished range and resize the next ones."""
        if self.fixed or result.hit is not None or result.enumerated <= 0:
            return
        rate = result.enumerated / max(result.seconds, 1e-3)
        self.rate = rate if self.rate is None else 0.7 * self.rate + 0.3 * rate
        target = int(self.rate * self.task_seconds)
        chunk = max(1, min(target, self.chunk * GROWTH))
        if self.max_chunk:
            chunk = min(chunk, self.max_chunk)
        self.chunk = chunk


TEST_INTERRUPT_AFTER = "WALLETDOC_TEST_INTERRUPT_AFTER"  # test hook: Ctrl-C after K finished ranges


class InterruptHook:
    """Simulates Ctrl-C after K finished ranges when the test hook variable is set (every executor)."""

    def __init__(self) -> None:
        raw = os.environ.get(TEST_INTERRUPT_AFTER, "")
        self.left = int(raw) if raw.isdigit() else None

    def tick(self) -> None:
        if self.left is not None:
            self.left -= 1
            if self.left <= 0:
                raise KeyboardInterrupt


def finish_range(planner: RangePlanner, result: RangeResult,
                 on_result: Callable[[RangeResult], None] | None) -> Hit | None:
    """Record one finished range (planner, progress/checkpoint callback); its hit, if any."""
    planner.observe(result)
    if on_result is not None:
        on_result(result)
    return result.hit
