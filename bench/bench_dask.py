"""Candidates/s of a BIP39-shaped search on a Dask LocalCluster vs a local process pool, and the scaling plan.

Run from the repo root:  python bench/bench_dask.py [--seconds 8] [--workers N] [--job cost|mnemonic]

Measured in the same run: raw hashlib PBKDF2-HMAC-SHA512/2048 (one core, the reference),
the job in-process (one core), the job on the local process pool (walletdoc's ProcessPoolExecutor, else a plain
multiprocessing pool; N processes), the job on
a Dask LocalCluster (N worker processes, 1 thread each) through walletdoc's DaskExecutor.
Then: hours to search 2 and 3 unknown words of a 12-word phrase on 1, 10 and 100 machines,
from the per-core rate measured on the Dask cluster. Never asserts a time.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import sys
import time
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]

from dask_bench_job import Bip39CostJob, run_range_plain  # noqa: E402

from walletdoc.recover import kdf  # noqa: E402
from walletdoc.recover.executor_dask import DaskExecutor  # noqa: E402

SURVIVE = 16  # a 12-word phrase has a 4-bit checksum


def hashlib_rate(seconds: float) -> float:
    """BIP39 seeds per second on one core with plain hashlib."""
    n, began = 0, time.perf_counter()
    while time.perf_counter() - began < seconds:
        for _ in range(32):
            hashlib.pbkdf2_hmac("sha512", b"x" * 75, b"mnemonic", 2048)
        n += 32
    return n / (time.perf_counter() - began)


def make_job(kind: str, size: int):
    if kind == "cost":
        return Bip39CostJob(size)
    from mnemonic_bench_job import mnemonic_job  # real MnemonicJob, see that module

    return mnemonic_job()


def in_process(job, seconds: float) -> tuple[float, float]:
    """(enumerated/s, verified/s) on one core."""
    step, start, tried, began = 4096, 0, 0, time.perf_counter()
    while time.perf_counter() - began < seconds and start < job.size:
        r = job.run_range(start, min(job.size, start + step))
        tried += r.tried
        start = r.stop
    took = time.perf_counter() - began
    return start / took, tried / took


def pool_run(job, workers: int, size: int, chunk: int) -> tuple[float, float, str]:
    """The local process pool of walletdoc.recover.executors if present, else a plain multiprocessing pool."""
    try:
        from walletdoc.recover.executors import ProcessPoolExecutor
    except ImportError:
        return (*plain_pool_run(job, workers, size, chunk), "plain multiprocessing pool")
    tried = 0

    def count(result) -> None:
        nonlocal tried
        tried += result.tried

    executor = ProcessPoolExecutor(workers, chunk=chunk)
    began = time.perf_counter()  # includes spawning the pool: each run starts its own
    executor.run(job, on_result=count, done=[(size, job.size)] if size < job.size else None)
    took = time.perf_counter() - began
    return size / took, tried / took, "walletdoc ProcessPoolExecutor, pool start counted"


def plain_pool_run(job, workers: int, size: int, chunk: int) -> tuple[float, float]:
    ranges = [(a, min(size, a + chunk)) for a in range(0, size, chunk)]
    with get_context("spawn").Pool(workers) as pool:
        list(pool.starmap(run_range_plain, [(job, (0, 16))] * workers))  # warm-up: imports
        began = time.perf_counter()
        results = pool.starmap(run_range_plain, [(job, r) for r in ranges], chunksize=1)
        took = time.perf_counter() - began
    return size / took, sum(r.tried for r in results) / took


def dask_run(job, workers: int, size: int, chunk: int) -> tuple[float, float, float]:
    started = time.perf_counter()
    with DaskExecutor(f"local:{workers}", chunk=chunk) as executor:
        startup = time.perf_counter() - started
        executor.run(job, done=[(16, job.size)])  # warm-up: only [0, 16), loads the modules
        tried = 0

        def count(result) -> None:
            nonlocal tried
            tried += result.tried

        began = time.perf_counter()
        executor.run(job, on_result=count, done=[(size, job.size)] if size < job.size else None)
        took = time.perf_counter() - began
    return size / took, tried / took, startup


def hours(candidates: float, per_core: float, cores: int) -> float:
    return candidates / (per_core * cores) / 3600


def duration(h: float) -> str:
    return f"{h:,.1f} h" if h >= 1 else f"{h * 60:,.1f} min"


def plan(per_core_verified: float, cores_per_machine: int) -> None:
    print(
        f"\nScaling plan (12-word phrase, unknown words at known positions; per-core verified rate "
        f"{per_core_verified:,.0f}/s from this run, {cores_per_machine} cores per machine; full space, "
        f"expect half on average):"
    )
    print(
        f"{'unknown':>8} {'candidates':>15} {'survive checksum':>18} {'1 machine':>12} {'10 machines':>12} {'100 machines':>13}"
    )
    for k in (2, 3):
        total = 2048**k
        survivors = total // SURVIVE
        sigma = math.sqrt(total * (1 / SURVIVE) * (1 - 1 / SURVIVE))
        cells = [duration(hours(survivors, per_core_verified, cores_per_machine * m)) for m in (1, 10, 100)]
        print(f"{k:>8} {total:>15,} {survivors:>18,} {cells[0]:>12} {cells[1]:>12} {cells[2]:>13}")
        print(
            f"{'':>8} survivors: exactly {survivors:,} when the last word is one of the unknowns "
            f"(128 of its 2048 choices fit each prefix); when all unknowns are earlier words the "
            f"count is {survivors:,} ± {sigma:,.0f} (1σ, checksum is a hash)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=8.0, help="about how long each measurement runs")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--cores-per-machine", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--job", choices=["cost", "mnemonic"], default="cost")
    args = parser.parse_args()
    workers = args.workers

    print(f"kdf backend: {kdf.backend()}, cores: {os.cpu_count()}, workers: {workers}, job: {args.job}")
    ref = hashlib_rate(min(3.0, args.seconds / 2))
    print(f"hashlib PBKDF2-SHA512/2048, 1 core:      {ref:>12,.0f} seeds/s (reference = 1.00)")
    probe = make_job(args.job, 10**12)
    enum1, ver1 = in_process(probe, min(3.0, args.seconds / 2))
    print(
        f"job in-process, 1 core:                 {enum1:>12,.0f} candidates/s  {ver1:>10,.0f} verified/s"
        f"  ({ver1 / ref:.2f} x hashlib)"
    )

    size = int(enum1 * workers * args.seconds)
    size = min(size, probe.size)
    chunk = max(16, int(enum1 * 2))  # ~2 s tasks
    job = make_job(args.job, size) if args.job == "cost" else probe
    enum_p, ver_p, pool_name = pool_run(job, workers, size, chunk)
    print(
        f"local process pool, {workers} processes:       {enum_p:>12,.0f} candidates/s  {ver_p:>10,.0f} verified/s"
        f"  ({ver_p / ref / workers:.2f} x hashlib per core)"
    )
    enum_d, ver_d, startup = dask_run(job, workers, size, chunk)
    print(
        f"Dask LocalCluster, {workers} workers:          {enum_d:>12,.0f} candidates/s  {ver_d:>10,.0f} verified/s"
        f"  ({ver_d / ref / workers:.2f} x hashlib per core; cluster start {startup:.1f} s, not counted)"
    )
    print(f"Dask / pool: {enum_d / enum_p:.2f}  (pool: {pool_name}; both on the same {size:,} candidates)")
    plan(ver_d / workers, args.cores_per_machine)


if __name__ == "__main__":
    main()
