"""Batched PBKDF2 for the recovery hot path.

The public API is stable: callers pass a batch of candidates and get derived keys in the
same order. Batches of at least MIN_BATCH candidates go to the multi-lane SIMD kernels
(walletdoc.recover.simd_sha512 / simd_sha256, numba, imported lazily on first use and
compiled once per machine into a disk cache); small batches, and every batch when numba is
missing or fails, use hashlib, which is also the oracle the kernels are tested against.
Single-threaded: parallelism comes from processes. Never logs or keeps the passwords it is
given, and never puts them in an error message.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

MIN_BATCH = 8  # below this the kernel's per-call overhead is not worth it
CHUNK = 4096  # candidates per kernel call: bounds the working arrays (~1 MB per chunk)
_HASHES = {"sha512": (128, 64, ">u8"), "sha256": (64, 32, ">u4")}  # block, digest, word type


class _Kernels:
    """What the lazy numba import found: the kernel modules, or why there are none."""

    modules: dict[str, ModuleType] | None = None
    error: str | None = None
    tried = False
    checked: set[str] = set()  # kernels that passed the self-check in this process


def _ensure_cache_dir() -> None:
    """Point numba's disk cache at a per-user dir when the package dir is not writable."""
    if os.environ.get("NUMBA_CACHE_DIR"):
        return
    here = Path(__file__).resolve().parent
    pycache = here / "__pycache__"
    if os.access(pycache if pycache.exists() else here, os.W_OK):
        return
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    cache = base / "walletdoc" / "numba"
    cache.mkdir(parents=True, exist_ok=True)
    os.environ["NUMBA_CACHE_DIR"] = str(cache)
    import sys

    if "numba" in sys.modules:  # numba already read its config: tell it directly
        sys.modules["numba"].config.CACHE_DIR = str(cache)


def _kernels() -> dict[str, ModuleType] | None:
    if not _Kernels.tried:
        _Kernels.tried = True
        try:
            _ensure_cache_dir()
            from walletdoc.recover import simd_sha256, simd_sha512

            _Kernels.modules = {"sha512": simd_sha512, "sha256": simd_sha256}
        except Exception as exc:  # noqa: BLE001  (any import problem means: use hashlib)
            _Kernels.error = f"{type(exc).__name__}: {exc}"[:200]
    return _Kernels.modules


def _disable(exc: BaseException) -> None:
    _Kernels.modules = None
    _Kernels.error = f"kernel failed: {type(exc).__name__}: {str(exc)[:160]}"


def _simd_batch(
    name: str, mod: ModuleType, passwords: Sequence[bytes], salts: Sequence[bytes], iterations: int, dklen: int
) -> list[bytes]:
    """PBKDF2 through the kernel: pads and U_1 via hashlib (a few compressions), the rest in numba."""
    import numpy as np

    block, hlen, wtype = _HASHES[name]
    native = np.uint64 if wtype == ">u8" else np.uint32
    wbytes = 8 if native is np.uint64 else 4
    nblocks = -(-dklen // hlen)
    keys = b"".join(
        (hashlib.new(name, p).digest() if len(p) > block else bytes(p)).ljust(block, b"\0") for p in passwords
    )
    karr = np.frombuffer(keys, dtype=np.uint8)
    u1 = b"".join(hashlib.pbkdf2_hmac(name, p, s, 1, nblocks * hlen) for p, s in zip(passwords, salts, strict=True))

    def words(buf: Any, per_row: int) -> Any:
        arr = np.frombuffer(buf, dtype=wtype).astype(native)
        return np.ascontiguousarray(arr.reshape(-1, per_row).T)

    n = len(passwords)
    ist = np.empty((8, n), dtype=native)
    ost = np.empty((8, n), dtype=native)
    mod.pad_states(words((karr ^ 0x36).tobytes(), block // wbytes), ist)
    mod.pad_states(words((karr ^ 0x5C).tobytes(), block // wbytes), ost)
    if nblocks > 1:  # one lane per output block, same HMAC key
        ist = np.ascontiguousarray(np.repeat(ist, nblocks, axis=1))
        ost = np.ascontiguousarray(np.repeat(ost, nblocks, axis=1))
    u = words(u1, 8)
    t = u.copy()
    if iterations > 1:
        mod.iterate(ist, ost, u, t, iterations)
    out = t.T.astype(wtype).tobytes()
    step = nblocks * hlen
    return [out[i * step : i * step + dklen] for i in range(n)]


def _self_check(name: str, mod: ModuleType) -> None:
    """First use in a process: the kernel must match hashlib on keys/salts around the block size
    (a miscompiled kernel would silently miss the owner's hit)."""
    block = _HASHES[name][0]
    probe = [bytes([i + 1]) * n for i, n in enumerate((0, 1, block - 1, block, block + 1, 200, 31, 300))]
    salts = [b"s" * n for n in (0, 5, 130, 64, 1, 300, 17, 128)]
    want = [hashlib.pbkdf2_hmac(name, p, s, 3, 80) for p, s in zip(probe, salts, strict=True)]
    if _simd_batch(name, mod, probe, salts, 3, 80) != want:
        raise RuntimeError("self-check against hashlib failed")
    _Kernels.checked.add(name)


def _batch(
    name: str, passwords: Sequence[bytes], salts: Sequence[bytes] | bytes, iterations: int, dklen: int
) -> list[bytes]:
    # memoryview: a str or int is the caller's TypeError here, never a "kernel failure" below
    pws = [memoryview(p).tobytes() for p in passwords]
    if isinstance(salts, (bytes, bytearray)):
        salt_list = [bytes(salts)] * len(pws)
    else:
        salt_list = [memoryview(s).tobytes() for s in salts]
    if len(salt_list) != len(pws):
        raise ValueError("passwords and salts differ in length")
    if len(pws) >= MIN_BATCH and iterations >= 1 and dklen >= 1:
        mods = _kernels()
        if mods is not None:
            try:
                if name not in _Kernels.checked:
                    _self_check(name, mods[name])
                out: list[bytes] = []
                for i in range(0, len(pws), CHUNK):
                    part, part_salts = pws[i : i + CHUNK], salt_list[i : i + CHUNK]
                    out += _simd_batch(name, mods[name], part, part_salts, iterations, dklen)
                return out
            except Exception as exc:  # noqa: BLE001  (compile/LLVM failure: remember, use hashlib)
                _disable(exc)
    return [hashlib.pbkdf2_hmac(name, p, s, iterations, dklen) for p, s in zip(pws, salt_list, strict=True)]


def pbkdf2_sha512_batch(
    passwords: Sequence[bytes], salts: Sequence[bytes] | bytes, iterations: int, dklen: int = 64
) -> list[bytes]:
    """PBKDF2-HMAC-SHA512 of each password with its salt (or one salt for all)."""
    return _batch("sha512", passwords, salts, iterations, dklen)


def pbkdf2_sha256_batch(
    passwords: Sequence[bytes], salts: Sequence[bytes] | bytes, iterations: int, dklen: int = 32
) -> list[bytes]:
    """PBKDF2-HMAC-SHA256 of each password with its salt (or one salt for all)."""
    return _batch("sha256", passwords, salts, iterations, dklen)


def bip39_seeds(mnemonics: Sequence[bytes], passphrase_salt: bytes) -> list[bytes]:
    """BIP39 seeds: mnemonics are NFKD UTF-8 bytes, salt is NFKD b"mnemonic" + passphrase."""
    return pbkdf2_sha512_batch(mnemonics, passphrase_salt, 2048, 64)


def warm_up() -> float:
    """Load (or compile, first time on this machine) both kernels; seconds it took.
    Call once per worker process before timing or estimating rates."""
    start = time.perf_counter()
    probe = [bytes([i]) * (i * 7) for i in range(MIN_BATCH)]
    pbkdf2_sha512_batch(probe, b"salt", 2)
    pbkdf2_sha256_batch(probe, b"salt", 2)
    return time.perf_counter() - start


def backend() -> str:
    """'numba-simd' when the kernels are usable, else 'hashlib (<why>)'."""
    if _kernels() is not None:
        return "numba-simd"
    return f"hashlib ({_Kernels.error})" if _Kernels.error else "hashlib"
