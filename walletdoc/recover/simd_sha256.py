"""Multi-lane PBKDF2-HMAC-SHA-256 kernel (numba), the keystore / MetaMask vault hot path.

Candidates are processed LANES at a time in a small work buffer laid out words x lanes
(lanes innermost, contiguous, sized to stay in L1): every schedule step and every round is
one short loop over the lanes, which LLVM vectorises — 32 lanes of uint32 (four 256-bit
registers per word). Numba widens uint32 arithmetic to uint64; every value is cast back to
uint32 so LLVM narrows the vector ops again.
HMAC pad states are compressed once per candidate, then each iteration is two compressions.
Single-threaded on purpose (parallelism comes from processes). Importing this module imports
numba: only walletdoc.recover.kdf imports it, lazily. It never keeps what it is given.
"""

from __future__ import annotations

import numpy as np
from numba import njit

_U = np.uint32

K256 = np.array(
    [
        0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5, 0x3956C25B, 0x59F111F1, 0x923F82A4, 0xAB1C5ED5,
        0xD807AA98, 0x12835B01, 0x243185BE, 0x550C7DC3, 0x72BE5D74, 0x80DEB1FE, 0x9BDC06A7, 0xC19BF174,
        0xE49B69C1, 0xEFBE4786, 0x0FC19DC6, 0x240CA1CC, 0x2DE92C6F, 0x4A7484AA, 0x5CB0A9DC, 0x76F988DA,
        0x983E5152, 0xA831C66D, 0xB00327C8, 0xBF597FC7, 0xC6E00BF3, 0xD5A79147, 0x06CA6351, 0x14292967,
        0x27B70A85, 0x2E1B2138, 0x4D2C6DFC, 0x53380D13, 0x650A7354, 0x766A0ABB, 0x81C2C92E, 0x92722C85,
        0xA2BFE8A1, 0xA81A664B, 0xC24B8B70, 0xC76C51A3, 0xD192E819, 0xD6990624, 0xF40E3585, 0x106AA070,
        0x19A4C116, 0x1E376C08, 0x2748774C, 0x34B0BCB5, 0x391C0CB3, 0x4ED8AA4A, 0x5B9CCA4F, 0x682E6FF3,
        0x748F82EE, 0x78A5636F, 0x84C87814, 0x8CC70208, 0x90BEFFFA, 0xA4506CEB, 0xBEF9A3F7, 0xC67178F2,
    ],
    dtype=np.uint32,
)  # fmt: skip
IV256 = np.array(
    [
        0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19,
    ],
    dtype=np.uint32,
)  # fmt: skip
_PAD = _U(0x80000000)
_LEN = _U((64 + 32) * 8)  # bits hashed by each inner/outer compression after the pad block
_Z = _U(0)


# Lanes per group: a compile-time constant so LLVM proves rows never overlap. Measured (AVX-512
# host, 256-bit vectors): 8 lanes 0.8x hashlib, 16 lanes 3.9x, 32 lanes 4.7x, 64 lanes 4.4x.
LANES = 32
# Rows (each LANES words) of the per-group work buffer.
_IST, _OST, _U1, _T, _ST, _W, _A, _E = 0, 8, 16, 24, 32, 40, 104, 172
_ROWS = 240


@njit(cache=True, inline="always")
def _rotr(x, n):  # type: ignore[no-untyped-def]
    return _U((x >> _U(n)) | (x << _U(32 - n)))


@njit(cache=True, boundscheck=False)
def _compress(b):  # type: ignore[no-untyped-def]
    """Compress the block in rows _W[0:16] into the state in rows _ST[0:8], in place.
    No row arguments: one compiled variant serves every caller (compile time)."""
    st = out = _ST
    L = LANES  # noqa: N806
    for t in range(16, 64):
        o = (_W + t) * L
        for l in range(L):  # noqa: E741
            x = b[o - 15 * L + l]
            y = b[o - 2 * L + l]
            s0 = _U(_rotr(x, 7) ^ _rotr(x, 18) ^ (x >> _U(3)))
            s1 = _U(_rotr(y, 17) ^ _rotr(y, 19) ^ (y >> _U(10)))
            b[o + l] = _U(_U(b[o - 16 * L + l] + s0) + _U(b[o - 7 * L + l] + s1))
    for l in range(L):  # noqa: E741  A[0..3] = d, c, b, a; E[0..3] = h, g, f, e
        b[_A * L + l] = b[(st + 3) * L + l]
        b[(_A + 1) * L + l] = b[(st + 2) * L + l]
        b[(_A + 2) * L + l] = b[(st + 1) * L + l]
        b[(_A + 3) * L + l] = b[st * L + l]
        b[_E * L + l] = b[(st + 7) * L + l]
        b[(_E + 1) * L + l] = b[(st + 6) * L + l]
        b[(_E + 2) * L + l] = b[(st + 5) * L + l]
        b[(_E + 3) * L + l] = b[(st + 4) * L + l]
    for r in range(64):
        k = K256[r]
        oa = (_A + r) * L
        oe = (_E + r) * L
        ow = (_W + r) * L
        for l in range(L):  # noqa: E741
            a, b_, c, d = b[oa + 3 * L + l], b[oa + 2 * L + l], b[oa + L + l], b[oa + l]
            e, f, g, h = b[oe + 3 * L + l], b[oe + 2 * L + l], b[oe + L + l], b[oe + l]
            s1 = _U(_rotr(e, 6) ^ _rotr(e, 11) ^ _rotr(e, 25))
            t1 = _U(_U(h + s1) + _U(_U(g ^ (e & (f ^ g))) + _U(k + b[ow + l])))
            t2 = _U(_U(_rotr(a, 2) ^ _rotr(a, 13) ^ _rotr(a, 22)) + _U((a & b_) | (c & (a | b_))))
            b[oa + 4 * L + l] = _U(t1 + t2)
            b[oe + 4 * L + l] = _U(d + t1)
    for l in range(L):  # noqa: E741
        b[out * L + l] = _U(b[st * L + l] + b[(_A + 67) * L + l])
        b[(out + 1) * L + l] = _U(b[(st + 1) * L + l] + b[(_A + 66) * L + l])
        b[(out + 2) * L + l] = _U(b[(st + 2) * L + l] + b[(_A + 65) * L + l])
        b[(out + 3) * L + l] = _U(b[(st + 3) * L + l] + b[(_A + 64) * L + l])
        b[(out + 4) * L + l] = _U(b[(st + 4) * L + l] + b[(_E + 67) * L + l])
        b[(out + 5) * L + l] = _U(b[(st + 5) * L + l] + b[(_E + 66) * L + l])
        b[(out + 6) * L + l] = _U(b[(st + 6) * L + l] + b[(_E + 65) * L + l])
        b[(out + 7) * L + l] = _U(b[(st + 7) * L + l] + b[(_E + 64) * L + l])


@njit(cache=True, boundscheck=False)
def _iterate_group(b, iterations):  # type: ignore[no-untyped-def]
    """Rows ist[0:8], ost[8:16], u[16:24], t[24:32] of b hold one group of LANES lanes."""
    L = LANES  # noqa: N806
    for l in range(L):  # noqa: E741  block tail: 0x80 pad, zeros, length in bits
        b[(_W + 8) * L + l] = _PAD
        for j in range(9, 15):
            b[(_W + j) * L + l] = _Z
        b[(_W + 15) * L + l] = _LEN
    for _ in range(iterations - 1):
        for j in range(8 * L):
            b[_W * L + j] = b[_U1 * L + j]
            b[_ST * L + j] = b[_IST * L + j]
        _compress(b)
        for j in range(8 * L):
            b[_W * L + j] = b[_ST * L + j]
            b[_ST * L + j] = b[_OST * L + j]
        _compress(b)
        for j in range(8 * L):
            b[_U1 * L + j] = b[_ST * L + j]
            b[_T * L + j] ^= b[_ST * L + j]


@njit(cache=True, boundscheck=False)
def pad_states(keys: np.ndarray, out: np.ndarray) -> None:  # pragma: no cover - numba
    """keys: (16, n) big-endian words of the key block XOR pad -> out: (8, n) state after it."""
    n = keys.shape[1]
    L = LANES  # noqa: N806
    b = np.zeros(_ROWS * L, dtype=np.uint32)
    for lo in range(0, n, L):
        hi = min(n, lo + L)
        for j in range(8):
            for l in range(L):  # noqa: E741
                b[(_ST + j) * L + l] = IV256[j]
        for j in range(16):
            for l in range(hi - lo):  # noqa: E741
                b[(_W + j) * L + l] = keys[j, lo + l]
        _compress(b)
        for j in range(8):
            for l in range(hi - lo):  # noqa: E741
                out[j, lo + l] = b[(_ST + j) * L + l]


@njit(cache=True, boundscheck=False)
def iterate(ist, ost, u, t, iterations):  # type: ignore[no-untyped-def]
    """Run PBKDF2 iterations 2..`iterations` in place. ist/ost: (8, n) HMAC pad states;
    u: (8, n) U_1 words (overwritten); t: (8, n) accumulator, starts as U_1. Lanes are
    processed LANES at a time (the last group padded) so a group's working set stays in L1."""
    n = u.shape[1]
    L = LANES  # noqa: N806
    b = np.zeros(_ROWS * L, dtype=np.uint32)
    for lo in range(0, n, L):
        hi = min(n, lo + L)
        for j in range(8):
            for l in range(hi - lo):  # noqa: E741
                b[(_IST + j) * L + l] = ist[j, lo + l]
                b[(_OST + j) * L + l] = ost[j, lo + l]
                b[(_U1 + j) * L + l] = u[j, lo + l]
                b[(_T + j) * L + l] = t[j, lo + l]
        _iterate_group(b, iterations)
        for j in range(8):
            for l in range(hi - lo):  # noqa: E741
                u[j, lo + l] = b[(_U1 + j) * L + l]
                t[j, lo + l] = b[(_T + j) * L + l]
