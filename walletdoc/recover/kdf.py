"""Batched PBKDF2 for the recovery hot path.

The public API is stable: callers pass a batch of candidates and get derived keys in the
same order. The implementation picks the fastest available backend (multi-lane SIMD
kernel when present, hashlib otherwise); hashlib is also the oracle the kernels are
tested against. Never logs or keeps the passwords it is given.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence


def pbkdf2_sha512_batch(
    passwords: Sequence[bytes], salts: Sequence[bytes] | bytes, iterations: int, dklen: int = 64
) -> list[bytes]:
    """PBKDF2-HMAC-SHA512 of each password with its salt (or one salt for all)."""
    if isinstance(salts, (bytes, bytearray)):
        return [hashlib.pbkdf2_hmac("sha512", p, bytes(salts), iterations, dklen) for p in passwords]
    return [hashlib.pbkdf2_hmac("sha512", p, s, iterations, dklen) for p, s in zip(passwords, salts, strict=True)]


def pbkdf2_sha256_batch(
    passwords: Sequence[bytes], salts: Sequence[bytes] | bytes, iterations: int, dklen: int = 32
) -> list[bytes]:
    """PBKDF2-HMAC-SHA256 of each password with its salt (or one salt for all)."""
    if isinstance(salts, (bytes, bytearray)):
        return [hashlib.pbkdf2_hmac("sha256", p, bytes(salts), iterations, dklen) for p in passwords]
    return [hashlib.pbkdf2_hmac("sha256", p, s, iterations, dklen) for p, s in zip(passwords, salts, strict=True)]


def bip39_seeds(mnemonics: Sequence[bytes], passphrase_salt: bytes) -> list[bytes]:
    """BIP39 seeds: mnemonics are NFKD UTF-8 bytes, salt is NFKD b"mnemonic" + passphrase."""
    return pbkdf2_sha512_batch(mnemonics, passphrase_salt, 2048, 64)


def backend() -> str:
    return "hashlib"
