"""Benchmark the SIMD PBKDF2 kernels against raw hashlib, measured in the same run.

Prints rates and ratios, never asserts. `python bench/bench_kdf.py --quick` takes < 1 minute.
SHA-256 is measured at a reduced iteration count (10,000 = MetaMask legacy vaults) and the
rates at 262,144 (Web3 keystore pbkdf2), 600,000 / 900,000 (MetaMask newer vaults) are
projected by scaling (cost is linear in the iteration count; per-candidate setup is < 1%).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from walletdoc.recover import kdf  # noqa: E402

ABANDON = b" ".join([b"abandon"] * 11 + [b"about"])
SALT512 = b"mnemonicTREZOR"
SALT256 = bytes(range(32))
SHA256_ITERS = 10_000
PROJECT = {"Web3 keystore pbkdf2 (c=262144)": 262_144, "MetaMask mobile (600000)": 600_000,
           "MetaMask browser-passworder default (900000)": 900_000}  # fmt: skip


def candidates(n: int) -> list[bytes]:
    return [ABANDON + b" %d" % i for i in range(n)]


def rate(fn, per_call: int, seconds: float, clock=time.process_time) -> float:
    """Candidates per second of fn() (which handles per_call candidates), after one warm call.
    Per-core rates use this process's CPU time, so other load on the machine does not skew them."""
    fn()
    done, start = 0, clock()
    while clock() - start < seconds or done == 0:
        fn()
        done += per_call
    return done / (clock() - start)


def hashlib_rate(alg: str, iterations: int, seconds: float) -> float:
    salt = SALT512 if alg == "sha512" else SALT256
    return rate(lambda: hashlib.pbkdf2_hmac(alg, ABANDON, salt, iterations), 1, seconds)


def api_rate(alg: str, iterations: int, batch: int, seconds: float) -> float:
    pws = candidates(batch)
    if alg == "sha512":
        return rate(lambda: kdf.pbkdf2_sha512_batch(pws, SALT512, iterations), batch, seconds)
    return rate(lambda: kdf.pbkdf2_sha256_batch(pws, SALT256, iterations), batch, seconds)


def _worker(args: tuple[str, int, int, float]) -> float:
    """Wall-clock rate of one pool process (scaling is about wall time)."""
    alg, iterations, batch, seconds = args
    kdf.warm_up()
    pws = candidates(max(batch, 1))
    if batch == 0:
        return rate(lambda: hashlib.pbkdf2_hmac(alg, ABANDON, SALT512, iterations), 1, seconds, time.perf_counter)
    return rate(lambda: kdf.pbkdf2_sha512_batch(pws, SALT512, iterations), batch, seconds, time.perf_counter)


def two_process_rate(alg: str, iterations: int, batch: int, seconds: float) -> float:
    with mp.get_context("spawn").Pool(2) as pool:
        return sum(pool.map(_worker, [(alg, iterations, batch, seconds)] * 2))


def lane_variant_rate(alg: str, lanes: int, iterations: int, seconds: float) -> float:
    """Rate of the kernel recompiled with another LANES constant, in a child with its own cache."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", alg, str(lanes), str(iterations), str(seconds)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(json.loads(out.stdout.strip().splitlines()[-1])["rate"])


def child(alg: str, lanes: int, iterations: int, seconds: float) -> None:
    import importlib.util

    src = (ROOT / "walletdoc" / "recover" / f"simd_{alg}.py").read_text()
    default = next(line for line in src.splitlines() if line.startswith("LANES = "))
    tmp = Path(tempfile.mkdtemp(prefix="walletdoc-bench-"))
    os.environ["NUMBA_CACHE_DIR"] = str(tmp / "cache")
    path = tmp / f"simd_{alg}_l{lanes}.py"
    path.write_text(src.replace(default, f"LANES = {lanes}"))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    salt = SALT512 if alg == "sha512" else SALT256
    pws = candidates(max(64, 4 * lanes))
    salts = [salt] * len(pws)
    r = rate(lambda: kdf._simd_batch(alg, mod, pws, salts, iterations, 64 if alg == "sha512" else 32),
             len(pws), seconds)  # fmt: skip
    print(json.dumps({"rate": r}))


def compile_times() -> tuple[float, float]:
    """(cold, cached) seconds for import + warm_up() in fresh processes sharing a new cache dir."""
    code = "import time; t=time.perf_counter(); from walletdoc.recover import kdf; kdf.warm_up(); print(time.perf_counter()-t)"
    env = dict(os.environ, NUMBA_CACHE_DIR=tempfile.mkdtemp(prefix="walletdoc-numba-"), PYTHONPATH=str(ROOT))
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
            for _ in range(2)]  # fmt: skip
    return float(runs[0].stdout.split()[-1]), float(runs[1].stdout.split()[-1])


def packing_share(alg: str, iterations: int, batch: int) -> float:
    """Fraction of a batch's time spent outside the kernel iterations (packing, pads, U_1)."""
    fn = kdf.pbkdf2_sha512_batch if alg == "sha512" else kdf.pbkdf2_sha256_batch
    pws = candidates(batch)
    setup = 1 / rate(lambda: fn(pws, b"salt", 1), batch, 0.3)
    full = 1 / rate(lambda: fn(pws, b"salt", iterations), batch, 0.5)
    return setup / full


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="short windows, fewer lane variants (< 1 min)")
    ap.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a.child[0], int(a.child[1]), int(a.child[2]), float(a.child[3]))
        return
    sec = 0.7 if a.quick else 3.0
    cold, warm = compile_times()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; single-process rates use CPU time")
    print(f"backend: {kdf.backend()}   first-call compile {cold:.1f} s, cached start {warm:.2f} s "
          f"(import + warm_up, both kernels)")  # fmt: skip
    lanes = {"sha512": (8, 32) if a.quick else (8, 32, 64), "sha256": (16, 64) if a.quick else (8, 16, 64)}
    defaults = {"sha512": 16, "sha256": 32}
    iters = {"sha512": 2048, "sha256": SHA256_ITERS}
    for alg in ("sha512", "sha256"):
        base = hashlib_rate(alg, iters[alg], sec)
        print(f"\nPBKDF2-HMAC-{alg.upper()} x {iters[alg]} iterations, 1 process (candidates/s)")
        print(f"  {'hashlib.pbkdf2_hmac':44s} {base:10.1f}   1.00x")
        rows = [(defaults[alg], api_rate(alg, iters[alg], 256, sec))]
        rows += [(n, lane_variant_rate(alg, n, iters[alg], sec)) for n in lanes[alg]]
        for n, r in sorted(rows):
            tag = " (default, via kdf API, batch 256)" if n == defaults[alg] else " (raw kernel)"
            print(f"  {'kernel ' + str(n) + ' lanes' + tag:44s} {r:10.1f}   {r / base:4.2f}x")
        print(f"  setup share of a 256 batch (packing, pads, U_1 in hashlib): "
              f"{100 * packing_share(alg, iters[alg], 256):.2f} %")  # fmt: skip
        if alg == "sha256":
            api = rows[0][1]
            for label, c in PROJECT.items():
                print(f"  projected {label}: kernel {api * SHA256_ITERS / c:.3f}/s, "
                      f"hashlib {base * SHA256_ITERS / c:.3f}/s")  # fmt: skip
    print("\nbatch size (kdf API, sha512 2048): ", end="")
    for b in (8, 16, 64, 256, 1024) if not a.quick else (8, 64, 256):
        print(f"{b}: {api_rate('sha512', 2048, b, sec / 2):.0f}/s  ", end="", flush=True)
    print("\n\n2 processes (spawn pool), sha512 2048, candidates/s:")
    h2 = two_process_rate("sha512", 2048, 0, sec)
    k2 = two_process_rate("sha512", 2048, 256, sec)
    print(f"  hashlib {h2:.1f}   kernel {k2:.1f}   ratio {k2 / h2:.2f}x   (wall clock: skewed if the machine is busy)")


if __name__ == "__main__":
    main()
