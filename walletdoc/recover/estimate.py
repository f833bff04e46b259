"""How big a mnemonic search is and how long it will take on this machine.

Counts the space and the candidates that survive the checksum (exact where cheap, else
the 2^-cs fraction), and calibrates seconds per surviving candidate by timing the real
KDF and BIP32 path of the job on throwaway phrases for well under a second. Uses no word
of the owner's phrase for calibration and reports counts and times only.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from walletdoc.recover import kdf
from walletdoc.recover.verify_mnemonic import BATCH, MnemonicJob

PARALLEL_EFFICIENCY = 0.95
EXACT_COUNT_BUDGET = 1 << 18  # candidates we are willing to checksum just to count


@dataclass(frozen=True)
class Estimate:
    size: int
    survivors: int
    survivors_exact: bool
    seconds_per_candidate: float  # per survivor, one worker (KDF + BIP32 + lookup)
    workers: int

    @property
    def rate(self) -> float:
        """Survivors per second on all workers."""
        scale = self.workers * (PARALLEL_EFFICIENCY if self.workers > 1 else 1.0)
        return scale / max(self.seconds_per_candidate, 1e-9)

    @property
    def seconds(self) -> float:
        return self.survivors / self.rate


def count_survivors(job: MnemonicJob) -> tuple[int, bool]:
    total, exact, budget = 0, True, EXACT_COUNT_BUDGET
    for sub in job.space.subspaces:
        n, ok = job.filter.count_survivors(sub.options, limit=min(budget, 1 << 16))
        if ok and len(sub.options[-1]) != 2048:
            budget -= sub.size
        total += n
        exact = exact and ok
    return total, exact


def calibrate(job: MnemonicJob, seconds: float = 0.5) -> float:
    """Seconds per surviving candidate on one worker, measured on throwaway phrases."""
    length = job.spec.phrase.length
    rng = random.Random(length)  # throwaway phrases, never the owner's
    kdf.bip39_seeds([b" ".join(job.words[:length])] * 8, job.salts[0])  # load the kernel first
    t0 = time.perf_counter()
    n = 0
    while True:
        phrases = [b" ".join(job.words[rng.randrange(2048)] for _ in range(length)) for _ in range(BATCH // 2)]
        seeds = kdf.bip39_seeds(phrases, job.salts[0])
        for seed in seeds:
            job.tree.match(seed, job.target_set)
        n += len(seeds)
        if time.perf_counter() - t0 >= seconds:
            break
    return (time.perf_counter() - t0) / n


def estimate(job: MnemonicJob, workers: int, seconds: float = 0.5) -> Estimate:
    survivors, exact = count_survivors(job)
    spc = calibrate(job, seconds) if survivors else 0.0
    return Estimate(job.size, survivors, exact, spc, workers)
