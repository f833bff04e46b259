"""Password search jobs for `recover keystore`: v3 keystores (scrypt / pbkdf2) and MetaMask vaults.

`KeystoreJob` and `VaultJob` implement the SearchJob protocol over a password space
(walletdoc.recover.password_space). The hot path is as cheap as the KDF allows: v3 derives the
key (hashlib.scrypt with maxmem set, or the multi-lane PBKDF2-SHA256 kernel in batches) and
compares keccak256(dk[16:32] + ciphertext) with the MAC, no AES; a vault runs the PBKDF2 kernel
and one AES-GCM tag check. A hit is confirmed with the reference verifiers of walletdoc.checks
before it is reported. Also here: how many workers fit in memory, and the calibration that
times the file's own KDF on throwaway passwords. Jobs hold candidates and the found password
(secrets): their reprs are redacted, and nothing here logs, prints or raises with a password.
"""

from __future__ import annotations

import hashlib
import hmac
import multiprocessing
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from Crypto.Hash import keccak

from walletdoc.checks import keystore_v3 as v3
from walletdoc.checks import metamask_vault as mm
from walletdoc.errors import BadInput
from walletdoc.recover import kdf
from walletdoc.recover.jobs import Hit, RangeResult
from walletdoc.recover.password_space import TypoSpace

PBKDF2_BATCH = 64  # lanes per kernel call: the kernel's sweet spot on AVX2
HASHLIB_MAXMEM_LIMIT = (1 << 31) - 1  # hashlib.scrypt refuses a larger maxmem: use pycryptodome then
PROCESS_OVERHEAD = 96 << 20  # a worker process besides its scrypt buffer (interpreter, numpy, numba)
MEMORY_SHARE = 0.8  # of MemAvailable that scrypt workers may take together
_TEST_RANGE_DELAY = "WALLETDOC_TEST_RANGE_DELAY"  # test hook: seconds to sleep per range


def scrypt_maxmem(n: int, r: int, p: int) -> int:
    """What OpenSSL's scrypt allocates (V: 128*r*(n+2), B: 128*r*p) plus a little slack."""
    return 128 * r * (n + 2) + 128 * r * p + (64 << 10)


def _keccak(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


class _PasswordJob:
    """Shared range loop: candidates in batches, stop checks between batches, first hit wins."""

    kind = "keystore"
    batch = 1
    memory_per_task = 0

    def __init__(self, space: TypoSpace, file_sha256: str) -> None:
        self.space = space
        self.size = space.size
        h = hashlib.sha256(b"walletdoc-recover-keystore-v1\x00")
        h.update(f"{self.kind}|{file_sha256}|{space.digest}".encode())
        self.spec_hash = h.hexdigest()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(size={self.size}, <redacted>)"

    def run_range(self, start: int, stop: int, should_stop: Callable[[], bool] | None = None) -> RangeResult:
        t0 = time.perf_counter()
        tried = 0
        batch: list[tuple[int, bytes]] = []
        items = self.space.iter_indexed(start, stop)
        while True:
            item = next(items, None)
            if item is not None:
                batch.append((item[0], item[1].encode("utf-8")))
                if len(batch) < self.batch:
                    continue
            if not batch:
                break
            hit = self._check(batch)
            tried += len(batch)
            if hit is not None:
                return RangeResult(start, stop, tried, hit, time.perf_counter() - t0)
            last = batch[-1][0]
            batch = []
            if item is None:
                break
            if should_stop is not None and should_stop() and last + 1 < stop:
                return RangeResult(start, last + 1, tried, None, time.perf_counter() - t0)
        delay = float(os.environ.get(_TEST_RANGE_DELAY, "0") or 0)
        if delay:
            time.sleep(delay)
        return RangeResult(start, stop, tried, None, time.perf_counter() - t0)

    def _check(self, batch: list[tuple[int, bytes]]) -> Hit | None:
        for k in self.matches([pw for _, pw in batch]):
            found = self.confirm(batch[k][1])
            if found is not None:
                return Hit(batch[k][0], found)
        return None

    def matches(self, passwords: list[bytes]) -> list[int]:
        """Positions in `passwords` whose fast check passes (hot path)."""
        raise NotImplementedError

    def confirm(self, password: bytes) -> dict[str, Any] | None:
        """Re-check with the reference verifier; the found values, or None (false positive)."""
        raise NotImplementedError

    def throwaway(self, count: int) -> float:
        """Seconds to check `count` random passwords (calibration; no candidate is used)."""
        passwords = [os.urandom(6).hex().encode() for _ in range(count)]
        t0 = time.perf_counter()
        self.matches(passwords)
        return time.perf_counter() - t0

    def warm_up(self) -> None:
        """Load the PBKDF2 kernel (or nothing for scrypt) before anything is timed."""


class KeystoreJob(_PasswordJob):
    """A v3 keystore: scrypt (one candidate at a time) or pbkdf2 (kernel batches)."""

    kind = "v3"

    def __init__(self, keystore: v3.V3Keystore, space: TypoSpace, file_sha256: str) -> None:
        self.keystore = keystore
        params = keystore.kdf_params
        if keystore.kdf == "scrypt":
            self.batch = 1
            self.memory_per_task = scrypt_maxmem(params["n"], params["r"], params["p"])
        else:
            self.batch = PBKDF2_BATCH
            self.memory_per_task = 0
        super().__init__(space, f"{file_sha256}|{keystore.kdf}")

    def _derive(self, passwords: list[bytes]) -> list[bytes]:
        ks, p = self.keystore, self.keystore.kdf_params
        if ks.kdf != "scrypt":
            return kdf.pbkdf2_sha256_batch(passwords, ks.salt, p["c"], p["dklen"])
        if self.memory_per_task > HASHLIB_MAXMEM_LIMIT:
            return [ks.derive_key(pw) for pw in passwords]
        return [hashlib.scrypt(pw, salt=ks.salt, n=p["n"], r=p["r"], p=p["p"], maxmem=self.memory_per_task,
                               dklen=p["dklen"]) for pw in passwords]

    def matches(self, passwords: list[bytes]) -> list[int]:
        ct, mac = self.keystore.ciphertext, self.keystore.mac
        return [k for k, dk in enumerate(self._derive(passwords)) if hmac.compare_digest(_keccak(dk[16:32] + ct), mac)]

    def confirm(self, password: bytes) -> dict[str, Any] | None:
        if not self.keystore.password_matches(password):
            return None
        key = v3.decrypt_private_key(self.keystore, password)
        address = v3.address_of_key(key) if key is not None else None
        return {"password": password.decode("utf-8"), "address": address, "damaged": key is None}

    def warm_up(self) -> None:
        if self.keystore.kdf != "scrypt":
            kdf.warm_up()


class VaultJob(_PasswordJob):
    """A MetaMask vault: PBKDF2-SHA256 in kernel batches, then one AES-GCM tag check each."""

    kind = "metamask-vault"
    batch = PBKDF2_BATCH

    def __init__(self, vault: mm.MetaMaskVault, space: TypoSpace, file_sha256: str) -> None:
        self.vault = vault
        super().__init__(space, file_sha256)

    def matches(self, passwords: list[bytes]) -> list[int]:
        v = self.vault
        keys = kdf.pbkdf2_sha256_batch(passwords, v.salt, v.iterations, 32)
        return [k for k, key in enumerate(keys) if v.decrypt_with_key(key) is not None]

    def confirm(self, password: bytes) -> dict[str, Any] | None:
        plaintext = self.vault.decrypt(password)
        if plaintext is None:
            return None
        rings = mm.read_keyrings(plaintext)
        del plaintext
        address = rings.accounts[0]["address"] if rings is not None and rings.accounts else None
        return {"password": password.decode("utf-8"), "address": address, "damaged": rings is None}

    def warm_up(self) -> None:
        kdf.warm_up()


PasswordJob = KeystoreJob | VaultJob


def make_job(keystore: v3.V3Keystore | mm.MetaMaskVault, file_sha256: str, space: TypoSpace) -> PasswordJob:
    """The job for a parsed keystore (walletdoc.checks.keystore.parse_keystore) and a space."""
    if isinstance(keystore, v3.V3Keystore):
        return KeystoreJob(keystore, space, file_sha256)
    return VaultJob(keystore, space, file_sha256)


def describe_kdf(job: PasswordJob) -> str:
    """The KDF and its public parameters, for the estimate line."""
    if isinstance(job, VaultJob):
        return f"MetaMask vault, PBKDF2-SHA256 {job.vault.iterations} iterations"
    p = job.keystore.kdf_params
    if job.keystore.kdf == "scrypt":
        return f"v3 scrypt n={p['n']} r={p['r']} p={p['p']}"
    return f"v3 pbkdf2 c={p['c']}"


# -- workers and calibration -----------------------------------------------------------------


@dataclass(frozen=True)
class WorkerPlan:
    workers: int
    cores: int
    requested: int | None
    memory_per_worker: int  # bytes, scrypt buffer + process overhead; 0 when not memory-bound
    available: int | None  # MemAvailable bytes
    limited_by: str  # "cores" | "memory" | "request"


def plan_workers(requested: int | None, memory_per_task: int, cores: int, available: int | None) -> WorkerPlan:
    """Workers = min(requested or cores, cores, how many scrypt buffers fit in MEMORY_SHARE of MemAvailable)."""
    wanted = min(requested or cores, cores)
    limited_by = "request" if requested is not None and requested < cores else "cores"
    per_worker = memory_per_task + PROCESS_OVERHEAD if memory_per_task else 0
    workers = wanted
    if per_worker and available is not None:
        fit = int(available * MEMORY_SHARE // per_worker)
        if fit < 1:
            mib = 1 << 20
            raise BadInput.of("keysearch.no_memory", need_mib=-(-per_worker // mib), available_mib=available // mib)
        if fit < wanted:
            workers, limited_by = fit, "memory"
    return WorkerPlan(max(1, workers), cores, requested, per_worker, available, limited_by)


def seconds_per_try(job: PasswordJob, budget: float = 0.5) -> float:
    """One worker's seconds per candidate with the file's own KDF, measured on throwaway passwords."""
    job.warm_up()
    if job.batch == 1:  # scrypt: run it (once, twice when it is cheap) and keep the faster
        first = job.throwaway(1)
        return min(first, job.throwaway(1)) if first < budget else first
    spent, n = 0.0, 0
    while spent < budget or n == 0:
        spent += job.throwaway(job.batch)
        n += job.batch
    return spent / n


def _probe(job: PasswordJob, barrier: Any, budget: float, out: Any) -> None:
    job.warm_up()
    barrier.wait()
    out.put(seconds_per_try(job, budget))


def parallel_seconds_per_try(job: PasswordJob, workers: int, single: float, budget: float = 0.5,
                             timeout: float = 120.0) -> float:
    """Effective seconds per candidate with `workers` processes busy at once, measured (memory
    bandwidth is shared: scrypt on several cores is slower per core). `single` is one worker's
    figure; it is scaled linearly when a probe cannot run."""
    if workers <= 1:
        return single
    ctx = multiprocessing.get_context("spawn")
    barrier, out = ctx.Barrier(workers), ctx.Queue()
    procs = [ctx.Process(target=_probe, args=(job, barrier, budget, out), daemon=True) for _ in range(workers)]
    for proc in procs:
        proc.start()
    try:
        per = [float(out.get(timeout=timeout)) for _ in procs]
    except Exception:  # noqa: BLE001 - a probe that cannot run means: assume linear scaling
        per = [single] * workers
    finally:
        for proc in procs:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.terminate()
    return max(per) / workers
