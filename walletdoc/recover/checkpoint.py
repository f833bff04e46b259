"""Checkpoints of a search: which index ranges are finished, for which spec.

The file holds merged finished intervals, counters, a random salt and HMAC(salt, spec
hash) — never a word, a passphrase or the plain spec hash. It is written atomically
(temp file with mode 0600 in the same directory, then rename) every few seconds and on
exit. A checkpoint made for other inputs is refused with a clear message, never reused.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import time
from typing import Any

from walletdoc.errors import BadInput
from walletdoc.recover.jobs import RangeResult, SearchJob

FORMAT = "walletdoc-checkpoint/1"
SAVE_EVERY_SECONDS = 3.0
MAX_CHECKPOINT_BYTES = 64 << 20


def merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(i for i in intervals if i[1] > i[0]):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


class Checkpoint:
    """Finished ranges of one job, kept in memory and saved to `path`."""

    def __init__(self, path: str, job: SearchJob, kind: str = "recover") -> None:
        self.path = path
        self.kind = kind
        self.size = job.size
        self._spec_hash = job.spec_hash
        self.salt = secrets.token_bytes(16)
        self.done: list[tuple[int, int]] = []
        self.tried = 0
        self.resumed_ranges = 0
        self._last_save = 0.0

    def _mac(self) -> str:
        return hmac.new(self.salt, self._spec_hash.encode(), hashlib.sha256).hexdigest()

    def load(self) -> list[tuple[int, int]]:
        """Finished ranges from an existing file ([] if none); BadInput if it is for other inputs."""
        try:
            if os.path.getsize(self.path) > MAX_CHECKPOINT_BYTES:
                raise BadInput.of("recover.checkpoint_unreadable", path=self.path)
            with open(self.path, "rb") as fh:
                data = json.loads(fh.read().decode("utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError, ValueError):
            raise BadInput.of("recover.checkpoint_unreadable", path=self.path) from None
        try:
            if data["format"] != FORMAT or data["kind"] != self.kind:
                raise ValueError
            self.salt = bytes.fromhex(data["salt"])
            done = [(int(a), int(b)) for a, b in data["done"]]
            tried = int(data.get("tried", 0))
            mac, size = str(data["spec_mac"]), int(data["size"])
        except (KeyError, TypeError, ValueError):
            raise BadInput.of("recover.checkpoint_unreadable", path=self.path) from None
        if not hmac.compare_digest(mac, self._mac()) or size != self.size:
            raise BadInput.of("recover.checkpoint_mismatch", path=self.path)
        self.done = merge(done)
        self.tried = tried
        self.resumed_ranges = len(self.done)
        return list(self.done)

    @property
    def finished(self) -> int:
        return sum(b - a for a, b in self.done)

    def record(self, result: RangeResult) -> None:
        """Note a finished range (not one that hit: a rerun must find the hit again)."""
        if result.hit is not None:
            return
        self.done = merge([*self.done, (result.start, result.stop)])
        self.tried += result.tried
        if time.monotonic() - self._last_save >= SAVE_EVERY_SECONDS:
            self.save()

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "kind": self.kind,
            "salt": self.salt.hex(),
            "spec_mac": self._mac(),
            "size": self.size,
            "tried": self.tried,
            "done": [list(i) for i in self.done],
            "saved": int(time.time()),
        }

    def save(self) -> None:
        """Atomic write with mode 0600: temp file beside the target, fsync, rename."""
        directory = os.path.dirname(os.path.abspath(self.path))
        tmp = os.path.join(directory, f".{os.path.basename(self.path)}.{secrets.token_hex(4)}.tmp")
        data = json.dumps(self.to_json()).encode()
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise BadInput.of("recover.checkpoint_unwritable", path=self.path,
                              detail=exc.strerror or type(exc).__name__) from None
        self._last_save = time.monotonic()
