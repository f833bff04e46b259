"""Local executors for SearchJobs: in this process, or a pool of worker processes.

Generic: they hand out index ranges (around the checkpoint's finished ones, sized by the
measured rate, see dask_job_helpers.RangePlanner), keep a bounded number in flight
(back-pressure), report every RangeResult to `on_result` (progress, checkpoint), and stop
everything at the first hit. Ctrl-C stops the workers at their next batch, reports the
partial ranges, then re-raises KeyboardInterrupt. Workers receive the job (and with it
the owner's secrets) through a local pipe only; nothing here logs or names the spec.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterable
from concurrent import futures
from typing import Any, Protocol

from walletdoc.recover.dask_job_helpers import InterruptHook, RangePlanner, finish_range
from walletdoc.recover.jobs import Hit, RangeResult, SearchJob

OnResult = Callable[[RangeResult], None]
IN_FLIGHT_PER_WORKER = 2


class Executor(Protocol):
    workers: int

    def run(
        self, job: SearchJob, on_result: OnResult | None = None, done: Iterable[tuple[int, int]] | None = None
    ) -> Hit | None: ...


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)



class InProcessExecutor:
    """Runs ranges one after the other in this process (tests, calibration, --workers 1)."""

    workers = 1

    def __init__(self, chunk: int | None = None, task_seconds: float = 2.0, first_chunk: int = 2048) -> None:
        self.chunk, self.task_seconds, self.first_chunk = chunk, task_seconds, first_chunk

    def run(
        self, job: SearchJob, on_result: OnResult | None = None, done: Iterable[tuple[int, int]] | None = None
    ) -> Hit | None:
        planner = RangePlanner(job.size, done, chunk=self.chunk, task_seconds=self.task_seconds,
                               first_chunk=self.first_chunk)
        hook = InterruptHook()
        while (rng := planner.next_range()) is not None:
            hit = finish_range(planner, job.run_range(rng[0], rng[1], None), on_result)
            if hit is not None:
                return hit
            hook.tick()
        return None


_worker_job: Any = None
_worker_stop: Any = None


def _init_worker(job: SearchJob, stop: Any) -> None:
    global _worker_job, _worker_stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; it stops us via `stop`
    _worker_job, _worker_stop = job, stop
    warm_up = getattr(job, "warm_up", None)
    if callable(warm_up):  # load the KDF kernel (numba cache) now, not inside the first timed range
        warm_up()


def _run_in_worker(start: int, stop: int) -> RangeResult:
    return _worker_job.run_range(start, stop, _worker_stop.is_set)  # type: ignore[no-any-return]


class ProcessPoolExecutor:
    """A pool of `workers` processes (default: every core); the first hit cancels the rest."""

    def __init__(
        self, workers: int | None = None, chunk: int | None = None, task_seconds: float = 2.0,
        first_chunk: int = 2048, start_method: str = "spawn",
    ) -> None:
        self.workers = max(1, workers or default_workers())
        self.chunk, self.task_seconds, self.first_chunk = chunk, task_seconds, first_chunk
        self.start_method = start_method

    def run(
        self, job: SearchJob, on_result: OnResult | None = None, done: Iterable[tuple[int, int]] | None = None
    ) -> Hit | None:
        ctx = multiprocessing.get_context(self.start_method)
        stop = ctx.Event()
        planner = RangePlanner(job.size, done, chunk=self.chunk, task_seconds=self.task_seconds,
                               first_chunk=self.first_chunk)
        pool = futures.ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker,
                                           initargs=(job, stop))
        in_flight: set[futures.Future[RangeResult]] = set()
        hook = InterruptHook()
        limit = IN_FLIGHT_PER_WORKER * self.workers
        try:
            while True:
                while len(in_flight) < limit and (rng := planner.next_range()) is not None:
                    in_flight.add(pool.submit(_run_in_worker, rng[0], rng[1]))
                if not in_flight:
                    return None
                finished, in_flight = futures.wait(in_flight, return_when=futures.FIRST_COMPLETED)
                for fut in finished:
                    hit = finish_range(planner, fut.result(), on_result)
                    if hit is not None:
                        return hit
                    hook.tick()
        except BaseException:
            stop.set()
            _drain(in_flight, on_result)
            raise
        finally:
            stop.set()
            for fut in in_flight:
                fut.cancel()
            _shutdown(pool)


def _drain(in_flight: set[futures.Future[RangeResult]], on_result: OnResult | None) -> None:
    """After Ctrl-C: collect what the running ranges finished (so a checkpoint keeps it)."""
    for fut in in_flight:
        fut.cancel()
    for fut in in_flight:
        if fut.cancelled():
            continue
        try:
            result = fut.result(timeout=30)
        except BaseException:  # noqa: BLE001 - a worker that died has nothing to report
            result = None
        if on_result is not None and result is not None and result.hit is None:
            on_result(result)


def _shutdown(pool: futures.ProcessPoolExecutor) -> None:
    def stop() -> None:
        pool.shutdown(wait=True, cancel_futures=True)

    t = threading.Thread(target=stop, daemon=True)
    t.start()
    t.join(timeout=30)


def make_executor(workers: int | None = None, chunk: int | None = None) -> Executor:
    """`workers` 1 runs in this process; otherwise a pool of that many (default all cores)."""
    n = workers or default_workers()
    if n <= 1:
        return InProcessExecutor(chunk=chunk)
    return ProcessPoolExecutor(n, chunk=chunk)
