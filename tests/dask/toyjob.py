"""A toy SearchJob for executor tests: find the first index whose sha256 starts with a prefix.

Importable by Dask worker processes (tests/ is a package under the repo root, which is on
their sys.path). Optionally sleeps per candidate so ranges last long enough to kill a
worker mid-range, and drops a marker file per range run so tests can count executions.
"""

from __future__ import annotations

import hashlib
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from walletdoc.recover.jobs import Hit, RangeResult


def digest(index: int, salt: bytes = b"toy") -> str:
    return hashlib.sha256(salt + index.to_bytes(8, "big")).hexdigest()


@dataclass
class ToyJob:
    size: int
    prefix: str  # hex prefix to find; "" never matches ("-" is not hex either)
    delay: float = 0.0  # seconds slept per candidate
    marker_dir: str | None = None  # a file per range started / finished goes here
    memory_per_task: int = 0
    spec_hash: str = "toy"
    die: bool = False  # the worker process exits in the middle of every range

    def run_range(self, start: int, stop: int, should_stop: Callable[[], bool] | None = None) -> RangeResult:
        tag = f"{start}-{stop}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self._mark("started", tag)
        tried = 0
        if self.die:
            os._exit(1)
        for index in range(start, stop):
            if should_stop is not None and should_stop():
                self._mark("stopped", tag)
                return RangeResult(start, index, tried)
            if self.delay:
                time.sleep(self.delay)
            tried += 1
            if self.prefix and digest(index).startswith(self.prefix):
                self._mark("hit", tag)
                return RangeResult(start, stop, tried, Hit(index, {"index": index}))
        self._mark("finished", tag)
        return RangeResult(start, stop, tried)

    def _mark(self, state: str, tag: str) -> None:
        if self.marker_dir:
            Path(self.marker_dir, f"{state}-{tag}").touch()


def markers(marker_dir: str | Path, state: str) -> list[tuple[int, int, int]]:
    """(start, stop, pid) of every range that reached `state`."""
    found = []
    for path in Path(marker_dir).glob(f"{state}-*"):
        _, start, stop, pid, _ = path.name.split("-")
        found.append((int(start), int(stop), int(pid)))
    return sorted(found)


def first_index_with_prefix(prefix: str, size: int) -> int | None:
    return next((i for i in range(size) if digest(i).startswith(prefix)), None)
