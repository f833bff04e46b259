"""The mnemonic search job: checksum filter -> batched BIP39 KDF -> fast BIP32 -> target lookup.

`MnemonicJob` implements the SearchJob protocol for the executors; it is picklable and
rebuilds its tables in each worker. A hit from the fast path is confirmed with the slow
reference (bip-utils seed + derivation, chains' address encoding) before it is reported,
so a false positive is impossible. The job holds the phrase's word indices and the
passphrases (secret): its repr is redacted and nothing here logs or raises with them.
"""

from __future__ import annotations

import hashlib
import os
import time
import unicodedata
from collections.abc import Callable
from typing import Any

from walletdoc.recover import kdf
from walletdoc.recover.bip32fast import DerivationTree, path_text
from walletdoc.recover.checksum import ChecksumFilter
from walletdoc.recover.jobs import Hit, RangeResult
from walletdoc.recover.spaces import MnemonicSpace, phrase_text, word_bytes
from walletdoc.recover.spec import RecoverySpec, Target

BATCH = 128  # candidates per KDF call (the SIMD kernel wants >= 64)
_TEST_RANGE_DELAY = "WALLETDOC_TEST_RANGE_DELAY"  # test hook: seconds to sleep per range


class MnemonicJob:
    """Search a damaged phrase's space for a phrase that derives one of the target addresses."""

    memory_per_task = 0

    def __init__(self, spec: RecoverySpec) -> None:
        self.spec = spec
        self.spec_hash = spec.digest()
        self._build()

    def _build(self) -> None:
        spec = self.spec
        self.space = MnemonicSpace(spec.phrase, len(spec.passphrases))
        self.size = self.space.size
        self.filter = ChecksumFilter(spec.phrase.length)
        self.tree = DerivationTree((d.path, d.kind) for d in spec.derivations)
        self.targets: dict[tuple[str, bytes], Target] = {}
        for t in spec.targets:  # a legacy "1…" address is BTC and BCH: report it as first parsed
            self.targets.setdefault((t.kind, t.payload), t)
        self.target_set = set(self.targets)
        self.words = word_bytes(spec.phrase.language)
        self.salts = [b"mnemonic" + unicodedata.normalize("NFKD", p).encode() for p in spec.passphrases]

    def __getstate__(self) -> dict[str, Any]:
        return {"spec": self.spec, "spec_hash": self.spec_hash}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.spec = state["spec"]
        self.spec_hash = state["spec_hash"]
        self._build()

    def __repr__(self) -> str:
        return f"MnemonicJob(size={self.size}, <redacted>)"

    def survivors(self, start: int, stop: int) -> int:
        """How many candidates of [start, stop) pass the checksum (for tests and estimates)."""
        n = 0
        for k, lo, hi in self.space.segments(start, stop):
            n += sum(1 for _ in self.filter.survivors(self.space.subspaces[k].options, lo, hi))
        return n

    def run_range(self, start: int, stop: int, should_stop: Callable[[], bool] | None = None) -> RangeResult:
        t0 = time.perf_counter()
        tried = 0
        delay = float(os.environ.get(_TEST_RANGE_DELAY, "0") or 0)
        for k, lo, hi in self.space.segments(start, stop):
            sub = self.space.subspaces[k]
            offset = self.space.offsets[k]
            batch: list[tuple[int, tuple[int, ...]]] = []
            for local, words in self.filter.survivors(sub.options, lo, hi):
                batch.append((offset + local, words))
                if len(batch) >= BATCH:
                    hit = self._verify(batch, sub.passphrase)
                    tried += len(batch)
                    batch = []
                    if hit is not None:
                        return RangeResult(start, stop, tried, hit, time.perf_counter() - t0)
                    if should_stop is not None and should_stop():
                        return RangeResult(start, offset + local + 1, tried, None, time.perf_counter() - t0)
            if batch:
                hit = self._verify(batch, sub.passphrase)
                tried += len(batch)
                if hit is not None:
                    return RangeResult(start, stop, tried, hit, time.perf_counter() - t0)
        if delay:
            time.sleep(delay)
        return RangeResult(start, stop, tried, None, time.perf_counter() - t0)

    def seeds(self, mnemonics: list[bytes], salt: bytes) -> list[bytes]:
        """The BIP39 seeds of a batch (one place, so benchmarks can time the KDF alone)."""
        return kdf.bip39_seeds(mnemonics, salt)

    def warm_up(self) -> None:
        """Load the KDF kernel and run one full throwaway batch through the pipeline in this
        process (worker start: first-call costs stay out of the first range). No owner's word."""
        kdf.warm_up()
        throwaway = [b" ".join(self.words[(i * 7 + j) % 2048] for j in range(self.spec.phrase.length))
                     for i in range(BATCH)]
        for seed in self.seeds(throwaway, self.salts[0]):
            self.tree.match(seed, self.target_set)

    def _verify(self, batch: list[tuple[int, tuple[int, ...]]], passphrase: int) -> Hit | None:
        wb = self.words
        mnemonics = [b" ".join([wb[w] for w in words]) for _, words in batch]
        seeds = self.seeds(mnemonics, self.salts[passphrase])
        for (index, words), seed in zip(batch, seeds, strict=True):
            m = self.tree.match(seed, self.target_set)
            if m is None:
                continue
            step, kind, payload = m
            target = self.targets[(kind, payload)]
            found = {
                "mnemonic": phrase_text(words, self.spec.phrase.language),
                "passphrase": self.spec.passphrases[passphrase],
                "path": path_text(step.path),
                "address": target.address,
                "chain": target.chain,
                "kind": kind,
            }
            if confirm(found, target):
                return Hit(index, found)
        return None


def confirm(found: dict[str, Any], target: Target) -> bool:
    """Re-derive the hit with the slow reference path (bip-utils) and compare addresses."""
    from bip_utils import Bip39SeedGenerator

    from walletdoc.chains.address import parse_address
    from walletdoc.chains.derive import derive_address

    try:
        seed = bytes(Bip39SeedGenerator(found["mnemonic"]).Generate(found["passphrase"]))
    except Exception:  # noqa: BLE001 - bip-utils refuses some forms: plain BIP39 then
        seed = hashlib.pbkdf2_hmac(
            "sha512", unicodedata.normalize("NFKD", found["mnemonic"]).encode(),
            b"mnemonic" + unicodedata.normalize("NFKD", found["passphrase"]).encode(), 2048)
    address = derive_address(seed, target.chain, found["path"], found["kind"]).address
    infos = parse_address(str(address))
    return any(i.normalized == target.address for i in infos) or str(address) == target.address

