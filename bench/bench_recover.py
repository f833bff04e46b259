"""Benchmark of `recover mnemonic` against raw hashlib PBKDF2 on this machine (prints, never asserts).

    python bench/bench_recover.py [--quick] [--workers N]

Measures in one run, all per-core rates in process CPU time (time.process_time, in each
worker), so other load on a shared machine does not skew them:
- raw hashlib.pbkdf2_hmac(sha512, 2048) per second, and the KDF kernel alone (kdf.bip39_seeds, batch 128);
- walletdoc's checked candidates per second (candidates that passed the checksum and were fully
  verified) on (a) 12 words with two unknown words at known positions and (b) one missing word at
  an unknown position, each with ONE target derivation (--path m/44'/60'/0'/0/0, "I know my
  first address") and with the default preset scan (every ETH preset, indexes 0-9, accounts 0-2);
- for 1 worker (in this process) and for N workers (the real process pool): per-worker rate,
  ratio to hashlib, the share of time outside the KDF, the addresses derived per seed, and the
  1 -> N scaling (from CPU time: N x per-worker rate / 1-worker rate; wall clock also shown).
Kernel load and worker start-up are excluded from timing. `--quick` takes under 2 minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from typing import Any

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from mnemonic import Mnemonic  # noqa: E402

from walletdoc.recover import bip32fast, kdf  # noqa: E402
from walletdoc.recover.executors import ProcessPoolExecutor, default_workers  # noqa: E402
from walletdoc.recover.jobs import RangeResult  # noqa: E402
from walletdoc.recover.spec import build_spec  # noqa: E402
from walletdoc.recover.verify_mnemonic import MnemonicJob  # noqa: E402

TARGET = "0x000000000000000000000000000000000000dEaD"  # never matches: every survivor is fully checked
PATH = "m/44'/60'/0'/0/0"
CASES = {"a": "two unknown words at known positions", "b": "one missing word, unknown position"}


class TimedJob(MnemonicJob):
    """MnemonicJob that records, in the process running each range, its CPU time and the KDF's share."""

    def __init__(self, spec: Any) -> None:
        super().__init__(spec)
        self.kdf_cpu = 0.0

    def __setstate__(self, state: dict[str, Any]) -> None:
        super().__setstate__(state)
        self.kdf_cpu = 0.0

    def seeds(self, mnemonics: list[bytes], salt: bytes) -> list[bytes]:
        t = time.process_time()
        out = super().seeds(mnemonics, salt)
        self.kdf_cpu += time.process_time() - t
        return out

    def run_range(self, start: int, stop: int, should_stop: Any = None) -> RangeResult:
        k0, c0 = self.kdf_cpu, time.process_time()
        r = super().run_range(start, stop, should_stop)
        r.cpu = time.process_time() - c0  # type: ignore[attr-defined]
        r.kdf = self.kdf_cpu - k0  # type: ignore[attr-defined]
        return r


def cpu_rate(fn: Any, per_call: int, seconds: float) -> float:
    fn()
    done, t0 = 0, time.process_time()
    while time.process_time() - t0 < seconds or done == 0:
        fn()
        done += per_call
    return done / (time.process_time() - t0)


def hashlib_rate(seconds: float) -> float:
    pw = b"abandon " * 11 + b"about"
    return cpu_rate(lambda: hashlib.pbkdf2_hmac("sha512", pw, b"mnemonic", 2048), 1, seconds)


def kernel_rate(seconds: float) -> float:
    words = Mnemonic("english").wordlist
    batch = [" ".join(words[(i * 7 + j * 131) % 2048] for j in range(12)).encode() for i in range(128)]
    return cpu_rate(lambda: kdf.bip39_seeds(batch, b"mnemonic"), len(batch), seconds)


def ec_seconds(seconds: float) -> float:
    """CPU seconds of one secp256k1 public key (create + serialize), the unavoidable cost per needed key."""
    secrets = [hashlib.sha256(b"%d" % i).digest() for i in range(256)]
    return 1 / cpu_rate(lambda: [bip32fast.pub65(k) for k in secrets], len(secrets), seconds)


def make_job(case: str, scan: str) -> TimedJob:
    words = Mnemonic("english").to_mnemonic(bytes(range(16))).split()
    if case == "a":
        words[3] = words[7] = "?"
    else:
        del words[5]
    paths = [PATH] if scan == "path" else []
    return TimedJob(build_spec(" ".join(words), [TARGET], paths=paths, length=12))


def one_worker(job: TimedJob, stop: int, seconds: float) -> dict[str, float]:
    """Ranges [0, stop) in this process, repeated until `seconds` of CPU time."""
    job.warm_up()
    job.run_range(0, min(stop, 2048))  # warm caches (not timed)
    cpu = kdf_cpu = wall = 0.0
    tried = 0
    while cpu < seconds:
        t0 = time.perf_counter()
        r = job.run_range(0, stop)
        wall += time.perf_counter() - t0
        cpu, kdf_cpu, tried = cpu + r.cpu, kdf_cpu + r.kdf, tried + r.tried  # type: ignore[attr-defined]
    return {"rate": tried / cpu, "outside": 1 - kdf_cpu / cpu, "wall": tried / wall}


def pool(job: TimedJob, stop: int, workers: int, seconds: float) -> dict[str, float]:
    """The real process pool on [0, stop), repeated until each worker spent about `seconds` of CPU:
    per-worker CPU rate, and the wall rate over the ranges after each run's first `workers` ones."""
    cpu = kdf_cpu = wall = 0.0
    tried = steady_tried = 0
    chunk = max(1024, stop // (4 * workers))
    while cpu < seconds * workers:
        results: list[tuple[float, RangeResult]] = []
        record = results.append
        ProcessPoolExecutor(workers, chunk=chunk).run(
            job, done=[(stop, job.size)], on_result=lambda r, record=record: record((time.perf_counter(), r)))
        cpu += sum(r.cpu for _, r in results)  # type: ignore[attr-defined]
        kdf_cpu += sum(r.kdf for _, r in results)  # type: ignore[attr-defined]
        tried += sum(r.tried for _, r in results)
        steady = results[workers:]
        if steady:
            wall += steady[-1][0] - results[workers - 1][0]
            steady_tried += sum(r.tried for _, r in steady)
    return {"rate": tried / cpu, "outside": 1 - kdf_cpu / cpu, "wall": steady_tried / wall if wall else float("nan")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="shorter windows (< 2 minutes)")
    ap.add_argument("--workers", type=int, default=default_workers(), help="pool size (default: all cores)")
    args = ap.parse_args()
    n = max(2, args.workers)
    kdf.warm_up()  # compile/load the kernel once here, so workers load the cache
    sec = 1.5 if args.quick else 5.0
    window = 3.0 if args.quick else 12.0  # CPU seconds per worker for each pipeline figure
    base = hashlib_rate(sec)
    kern = kernel_rate(sec)
    ec = ec_seconds(sec / 3)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; KDF backend: {kdf.backend()};"
          f" rates per worker in process CPU time")
    print(f"raw hashlib pbkdf2_hmac(sha512, 2048): {base:,.0f}/s per core")
    print(f"KDF kernel alone (kdf.bip39_seeds, batch 128): {kern:,.0f}/s = {kern / base:.2f}x hashlib")
    print(f"one secp256k1 public key (libsecp256k1 create + serialize): {ec * 1e6:.1f} us")
    floors: dict[str, str] = {}
    print(f"\n{'case':4s} {'derivations':22s} {'addr/seed':>9s} {'workers':>7s} {'checked/s/worker':>16s}"
          f" {'x hashlib':>9s} {'outside KDF':>11s} {'wall checked/s':>14s} {'scaling':>8s}")
    for case in CASES:
        for scan in ("path", "presets"):
            job = make_job(case, scan)
            stop = min(job.size, 1 << 16 if scan == "path" else 1 << 14)  # (b): its whole space, 24,576
            label = f"--path {PATH}" if scan == "path" else "default ETH presets"
            pubs = job.tree.n_pubs
            floor = pubs * ec  # seconds per seed outside the KDF that no Python change can remove
            floors[label] = (f"{pubs} public keys/seed x {ec * 1e6:.1f} us = {floor * 1e6:,.0f} us; with the kernel's"
                             f" {1e6 / kern:,.0f} us: at best {(1 / base) / (1 / kern + floor):.2f}x hashlib, at least"
                             f" {floor / (1 / kern + floor):.0%} outside the KDF")
            one = one_worker(job, stop, window)
            many = pool(job, stop, n, window)
            for w, m in ((1, one), (n, many)):
                scaling = "" if w == 1 else f"{n * m['rate'] / one['rate']:.2f}x"
                print(f"({case})  {label:22s} {job.tree.n_leaves:9d} {w:7d} {m['rate']:16,.0f} {m['rate'] / base:8.2f}x"
                      f" {m['outside']:11.0%} {m['wall']:14,.0f} {scaling:>8s}")
    print("\nfloor (EC multiplications only, everything else free):")
    for label, text in floors.items():
        print(f"  {label}: {text}")
    print(f"\n(a) {CASES['a']}: words 4 and 8 of a 12-word phrase; (b) {CASES['b']}: 11 of 12 words given.")
    print("scaling = workers x per-worker CPU rate in the pool / 1-worker CPU rate (wall clock is only"
          " meaningful on an idle machine).")


if __name__ == "__main__":
    main()
