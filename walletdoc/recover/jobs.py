"""The contract between search jobs and executors.

A job (mnemonic search, keystore password search, …) is an indexable space of candidates
plus a verifier. It must be picklable: executors send it to worker processes or to Dask
workers (owner's machines only). An executor only hands out index ranges and collects
RangeResults; it knows nothing about phrases or passwords. A job's `spec_hash` identifies
the search for checkpoints and is a hash of the spec, never the words themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable


@dataclass(frozen=True)
class Hit:
    """A verified match. `found` holds the recovered values (secret!): never log it."""

    index: int
    found: dict[str, Any] = field(repr=False)

    def __repr__(self) -> str:
        return f"Hit(index={self.index}, found=<redacted>)"


@dataclass
class RangeResult:
    start: int
    stop: int
    tried: int  # candidates that passed the cheap filter and were fully verified
    hit: Hit | None = None
    seconds: float = 0.0

    @property
    def enumerated(self) -> int:
        return self.stop - self.start


@runtime_checkable
class SearchJob(Protocol):
    spec_hash: str  # stable hash of the spec (salted, never the words) for checkpoints
    size: int  # number of candidates enumerated in the whole space
    memory_per_task: int  # bytes one running task needs (scrypt); 0 if negligible

    def run_range(self, start: int, stop: int, should_stop: Callable[[], bool] | None = None) -> RangeResult:
        """Verify candidates [start, stop). Return early with the first hit."""
        ...


def split_ranges(size: int, chunk: int, done: set[tuple[int, int]] | None = None) -> Iterator[tuple[int, int]]:
    """Consecutive [start, stop) ranges of at most `chunk`, skipping those already done."""
    chunk = max(1, int(chunk))
    for start in range(0, size, chunk):
        rng = (start, min(size, start + chunk))
        if done is None or rng not in done:
            yield rng
