"""Benchmark of `recover mnemonic` against raw hashlib PBKDF2 on this machine (prints, never asserts).

    python bench/bench_recover.py [--quick] [--wallet metamask|all]

Measures in one run: hashlib.pbkdf2_hmac(sha512, 2048) per second (one core), then walletdoc's
candidates per second on (a) 12 words with two unknown words at known positions and (b) one
missing word at an unknown position, for 1 worker and for all cores, the ratios, and the
fraction of one worker's time spent outside the KDF.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from mnemonic import Mnemonic  # noqa: E402

from walletdoc.recover import kdf, verify_mnemonic  # noqa: E402
from walletdoc.recover.executors import ProcessPoolExecutor, default_workers  # noqa: E402
from walletdoc.recover.spec import build_spec  # noqa: E402
from walletdoc.recover.verify_mnemonic import MnemonicJob  # noqa: E402

TARGET = "0x000000000000000000000000000000000000dEaD"  # never matches: the whole range is searched


def hashlib_rate(seconds: float) -> float:
    pw, n, t0 = b"abandon " * 11 + b"about", 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        hashlib.pbkdf2_hmac("sha512", pw, b"mnemonic", 2048)
        n += 1
    return n / (time.perf_counter() - t0)


def make_job(case: str, wallet: str) -> MnemonicJob:
    words = Mnemonic("english").to_mnemonic(bytes(range(16))).split()
    if case == "a":
        words[3] = words[7] = "?"
    else:
        del words[5]
    wallets = [] if wallet == "all" else [wallet]
    return MnemonicJob(build_spec(" ".join(words), [TARGET], wallets=wallets, length=12))


def one_worker(job: MnemonicJob, stop: int) -> tuple[float, float, float]:
    """(enumerated/s, tried/s, fraction of time outside the KDF) in this process."""
    spent = [0.0]
    real = kdf.bip39_seeds

    def timed(m: list[bytes], salt: bytes) -> list[bytes]:
        t = time.perf_counter()
        out = real(m, salt)
        spent[0] += time.perf_counter() - t
        return out

    job.run_range(0, 256)  # warm up (kernel load)
    verify_mnemonic.kdf.bip39_seeds = timed  # type: ignore[assignment]
    try:
        t0 = time.perf_counter()
        r = job.run_range(0, stop)
        dt = time.perf_counter() - t0
    finally:
        verify_mnemonic.kdf.bip39_seeds = real  # type: ignore[assignment]
    return (r.stop - r.start) / dt, r.tried / dt, 1 - spent[0] / dt


def all_workers(job: MnemonicJob, stop: int, workers: int) -> tuple[float, float]:
    """Steady-state rates on a process pool: process start-up and the first range per worker excluded."""
    marks: list[tuple[float, int, int]] = []
    chunk = max(512, stop // (6 * workers))
    ex = ProcessPoolExecutor(workers, chunk=chunk)
    ex.run(job, done=[(stop, job.size)],
           on_result=lambda r: marks.append((time.perf_counter(), r.stop - r.start, r.tried)))
    steady = marks[workers:]
    dt = marks[-1][0] - marks[workers - 1][0]
    return sum(m[1] for m in steady) / dt, sum(m[2] for m in steady) / dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--wallet", default="metamask", help="preset(s) checked per seed, or 'all' (default presets)")
    args = ap.parse_args()
    workers = default_workers()
    base = hashlib_rate(2.0 if args.quick else 5.0)
    print(f"machine: {workers} cores; KDF backend: {kdf.backend()}")
    print(f"raw hashlib pbkdf2_hmac(sha512, 2048): {base:,.0f}/s per core")
    for case, label in (("a", "two unknown words at known positions"), ("b", "one missing word, unknown position")):
        job = make_job(case, args.wallet)
        stop = min(job.size, (16384 if args.quick else 65536) if case == "a" else job.size)
        e1, t1, outside = one_worker(job, stop)
        en, tn = all_workers(job, stop, workers)
        print(f"\n({case}) {label}: space {job.size:,}, measured {stop:,}, {job.tree.n_leaves} addresses/seed"
              f" (--wallet {args.wallet})")
        print(f"  1 worker : {e1:,.0f} enumerated/s, {t1:,.0f} checked/s = {t1 / base:.2f}x hashlib;"
              f" outside the KDF {outside:.0%}")
        print(f"  {workers} workers: {en:,.0f} enumerated/s, {tn:,.0f} checked/s = {tn / base:.2f}x hashlib"
              f" (one core); scaling {tn / t1:.2f}x")


if __name__ == "__main__":
    main()
