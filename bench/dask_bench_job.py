"""A SearchJob with the cost shape of a 12-word BIP39 search, for bench_dask.py.

Each candidate index goes through a cheap filter that lets exactly 1 in 16 through (like
the BIP39 checksum of a 12-word phrase), and every survivor pays one real BIP39 seed
(PBKDF2-HMAC-SHA512, 2048 iterations, through walletdoc.recover.kdf) on a 12-word-sized
input. It never hits. BIP32 derivation and the address lookup of the real job are left
out, so the real MnemonicJob is somewhat slower per survivor (bench_dask.py --job mnemonic
measures the real one when it is available). Lives in a module, not in __main__, so Dask
workers and pool processes can unpickle it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from walletdoc.recover import kdf
from walletdoc.recover.jobs import RangeResult

BATCH = 128
SALT = b"mnemonic"


def phrase_bytes(index: int) -> bytes:
    # about the length of a 12-word English phrase (~75 bytes): the KDF cost depends on it
    return (b"abandon ability able about above absent absorb abstract absurd abuse access %010d" % index)[:75]


class Bip39CostJob:
    spec_hash = "bench"
    memory_per_task = 0

    def __init__(self, size: int) -> None:
        self.size = size

    def run_range(self, start: int, stop: int, should_stop: Callable[[], bool] | None = None) -> RangeResult:
        began = time.perf_counter()
        batch: list[bytes] = []
        tried = 0
        end = stop
        for index in range(start, stop):
            if index % 16:  # exactly 1/16 survive, as with the 4-bit checksum
                continue
            batch.append(phrase_bytes(index))
            if len(batch) == BATCH:
                kdf.bip39_seeds(batch, SALT)
                tried += len(batch)
                batch.clear()
                if should_stop is not None and should_stop():
                    end = index + 1
                    break
        if batch:
            kdf.bip39_seeds(batch, SALT)
            tried += len(batch)
        return RangeResult(start, end, tried, None, time.perf_counter() - began)


def run_range_plain(job: Bip39CostJob, rng: tuple[int, int]) -> RangeResult:
    """Pool helper (multiprocessing can't pickle a bound method's closure-free lambda)."""
    return job.run_range(*rng)
