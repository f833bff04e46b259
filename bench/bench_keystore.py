"""Benchmark `recover keystore` jobs against raw hashlib with each keystore's own KDF parameters.

For every case a keystore (or MetaMask vault) is made here with throwaway material, and the
real KeystoreJob / VaultJob searches a wordlist of decoys (no hit). Measured in the same run:
  - 1 worker:  raw hashlib.scrypt / hashlib.pbkdf2_hmac candidates/s vs job.run_range in-process
  - N workers: N processes running raw hashlib vs walletdoc's ProcessPoolExecutor with the job
    (N = the worker plan: all cores that fit in memory). Steady-state rate: candidates finished
    after the first range of every worker, over the time since then (process start and kernel
    load excluded); the wall rate including start-up is printed too.
Each figure is the best of a few alternating rounds (other load on the machine only slows a
run down). Prints figures and ratios, never asserts. `python bench/bench_keystore.py --quick` < 2 minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from walletdoc.checks import keystore_v3 as v3  # noqa: E402
from walletdoc.checks.keystore import parse_keystore  # noqa: E402
from walletdoc.recover import kdf  # noqa: E402
from walletdoc.recover import password_space as ps  # noqa: E402
from walletdoc.recover.executors import ProcessPoolExecutor, default_workers  # noqa: E402
from walletdoc.recover.verify_keystore import make_job, plan_workers, scrypt_maxmem  # noqa: E402

MIN_SAMPLES = 4  # KDF runs per worker at least, in every measurement of several workers
KEY = "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d"
CASES = [  # name, kind, params
    ("v3 pbkdf2 c=262144", "pbkdf2", {"c": 262_144}),
    ("vault pbkdf2 10000", "vault", {"c": 10_000}),
    ("vault pbkdf2 600000", "vault", {"c": 600_000}),
    ("v3 scrypt n=16384 r=8 p=1", "scrypt", {"n": 16_384}),
    ("v3 scrypt n=262144 r=8 p=1", "scrypt", {"n": 262_144}),
]


def make_keystore(kind: str, params: dict[str, int]) -> bytes:
    if kind == "vault":
        from Crypto.Cipher import AES

        salt, iv = os.urandom(32), os.urandom(16)
        key = hashlib.pbkdf2_hmac("sha256", b"not-in-the-list", salt, params["c"], 32)
        data, tag = AES.new(key, AES.MODE_GCM, nonce=iv).encrypt_and_digest(b'[{"type":"Simple Key Pair"}]')
        import base64

        b64 = base64.b64encode
        return json.dumps({"data": b64(data + tag).decode(), "iv": b64(iv).decode(), "salt": b64(salt).decode(),
                           "keyMetadata": {"algorithm": "PBKDF2", "params": {"iterations": params["c"]}}}).encode()
    from eth_account import Account

    iterations = params["c"] if kind == "pbkdf2" else params["n"]
    return json.dumps(Account.encrypt(KEY, "not-in-the-list", kdf=kind, iterations=iterations)).encode()


def raw_kdf(keystore, password: bytes) -> bytes:
    if isinstance(keystore, v3.V3Keystore) and keystore.kdf == "scrypt":
        p = keystore.kdf_params
        return hashlib.scrypt(password, salt=keystore.salt, n=p["n"], r=p["r"], p=p["p"],
                              maxmem=scrypt_maxmem(p["n"], p["r"], p["p"]), dklen=p["dklen"])
    iterations = keystore.kdf_params["c"] if isinstance(keystore, v3.V3Keystore) else keystore.iterations
    return hashlib.pbkdf2_hmac("sha256", password, keystore.salt, iterations, 32)


def hashlib_worker(raw: bytes, seconds: float, barrier) -> tuple[int, float]:
    keystore = parse_keystore(raw)
    raw_kdf(keystore, b"warm")
    if barrier is not None:
        barrier.wait()
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds or n == 0:
        raw_kdf(keystore, b"decoy%d" % n)
        n += 1
    return n, time.perf_counter() - start


def hashlib_parallel(raw: bytes, workers: int, seconds: float) -> float:
    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        barrier = manager.Barrier(workers)
        with ctx.Pool(workers) as pool:
            out = pool.starmap(hashlib_worker, [(raw, seconds, barrier)] * workers)
    return sum(n / s for n, s in out)


def wordlist(n: int) -> str:
    fd, path = tempfile.mkstemp(suffix=".txt")
    with os.fdopen(fd, "w") as fh:
        fh.write("\n".join(f"decoy-{i}" for i in range(n)) + "\n")
    return path


def walletdoc_single(raw: bytes, per_try: float, seconds: float) -> float:
    keystore = parse_keystore(raw)
    job = make_job(keystore, "bench", ps.build_space(wordlist(4096), None, 0))
    job.warm_up()
    n = max(job.batch, int(seconds / per_try) // job.batch * job.batch)
    job.run_range(0, job.batch)  # warm
    result = job.run_range(job.batch, job.batch + n)
    return result.tried / result.seconds


def job_batch(keystore) -> int:
    return 1 if isinstance(keystore, v3.V3Keystore) and keystore.kdf == "scrypt" else 64


def walletdoc_parallel(raw: bytes, workers: int, per_try: float, seconds: float) -> tuple[float, float]:
    keystore = parse_keystore(raw)
    per_worker = max(MIN_SAMPLES, int(seconds / per_try))
    chunk = max(1, per_worker // 3)
    if job_batch(keystore) > 1:
        chunk = max(64, chunk // 64 * 64)
    size = max(per_worker, 3 * chunk) * workers
    job = make_job(keystore, "bench", ps.build_space(wordlist(size), None, 0))
    stamps: list[tuple[float, int]] = []
    t0 = time.perf_counter()
    ProcessPoolExecutor(workers, chunk=chunk).run(job, on_result=lambda r: stamps.append((time.perf_counter(),
                                                                                        r.tried)))
    wall = sum(t for _, t in stamps) / (time.perf_counter() - t0)
    if len(stamps) <= workers:
        return wall, wall
    start = stamps[workers - 1][0]
    steady = sum(t for _, t in stamps[workers:]) / max(stamps[-1][0] - start, 1e-9)
    return steady, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short measurements (< 2 minutes)")
    parser.add_argument("--only", default=None, help="run only cases whose name contains this")
    parser.add_argument("--rounds", type=int, default=None, help="alternating rounds per figure (best kept)")
    args = parser.parse_args()
    seconds = 1.0 if args.quick else 6.0
    args.rounds = args.rounds or (2 if args.quick else 3)
    args.parallel_rounds = 1 if args.quick else args.rounds
    cores = default_workers()
    print(f"walletdoc bench_keystore — {cores} core(s), PBKDF2 backend: {kdf.backend()}, "
          f"MemAvailable {(v3.available_memory() or 0) >> 20} MiB, {'quick' if args.quick else 'full'}")
    kdf.warm_up()
    for name, kind, params in CASES:
        if args.only and args.only not in name:
            continue
        raw = make_keystore(kind, params)
        job = make_job(parse_keystore(raw), "bench", ps.build_space(wordlist(1), None, 0))
        plan = plan_workers(None, job.memory_per_task, cores, v3.available_memory())
        h1 = w1 = hn = wn = wall = 0.0
        for _ in range(args.rounds):  # alternate and keep the best of each: other load only slows things down
            n, took = hashlib_worker(raw, seconds, None)
            h1 = max(h1, n / took)
            w1 = max(w1, walletdoc_single(raw, 1 / h1 / (4 if job.batch > 1 else 1), seconds))
        parallel_seconds = max(seconds, MIN_SAMPLES / h1)  # a few KDF runs per worker even for n=262144
        for _ in range(args.parallel_rounds):
            hn = max(hn, hashlib_parallel(raw, plan.workers, parallel_seconds))
            steady, started = walletdoc_parallel(raw, plan.workers, 1 / w1, parallel_seconds)
            wn, wall = max(wn, steady), max(wall, started)
        print(f"\n{name}  (workers: {plan.workers}, limited by {plan.limited_by})")
        print(f"  1 worker   hashlib {h1:10.2f}/s   walletdoc {w1:10.2f}/s   ratio {w1 / h1:5.2f}x")
        print(f"  {plan.workers} workers  hashlib {hn:10.2f}/s   walletdoc {wn:10.2f}/s   ratio {wn / hn:5.2f}x"
              f"   (walletdoc wall incl. start-up {wall:.2f}/s)")


if __name__ == "__main__":
    main()
